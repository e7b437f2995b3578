// PartyGroupBot in one resource group: an App Service plan on Linux (two instances or more), the web app with its
// health check, a Storage account for the tables, Key Vault holding the secrets (read by the app through Key Vault
// references with its managed identity), Application Insights on Log Analytics, and the Azure Bot with its Teams
// channel. No cloud's host name is written here: environment() gives them, so the same file deploys to Azure,
// Azure operated by 21Vianet and Azure Government. scripts/deploy.sh runs it; docs/deployment.md explains it.

targetScope = 'resourceGroup'

@description('Prefix of every resource name (letters and digits).')
@minLength(2)
@maxLength(10)
param name string = 'pgb'

param location string = resourceGroup().location

@description('The bot\'s Microsoft Entra app registration (single tenant): its application (client) id.')
param botAppId string

@description('A client secret of that app registration; stored only in Key Vault.')
@secure()
param botAppPassword string

@description('The tenant of the app registration.')
param botTenantId string = tenant().tenantId

@description('The tab\'s SSO audience (Tab:Audience): the Application ID URI api://<bot host>/<bot app id> set under Expose an API. Empty: only v2 tokens, whose audience is the app id, are accepted.')
param tabAudience string = ''

@description('Tenant ids whose Teams may use the bot (Bot:Tenants).')
param allowedTenantIds array = [
  tenant().tenantId
]

@description('Microsoft Entra object ids of the people allowed to run setup (Bot:Administrators).')
param administratorIds array = []

@description('Which cloud the bot talks to (Bot:Cloud): Public, China (operated by 21Vianet) or USGovernment.')
@allowed([
  'Public'
  'China'
  'USGovernment'
])
param botCloud string = 'Public'

@description('Create the Azure Bot resource and its Teams channel. Set false where they must be created by hand.')
param createAzureBot bool = true

@description('App Service plan SKU; Basic or higher runs alwaysOn and several instances.')
param planSku string = 'P0v3'

@description('Instances of the web app; at least two, so one can restart while the other serves.')
@minValue(2)
param instanceCount int = 2

@description('Mail address that receives the alerts; empty for no action group (alerts still show in the portal).')
param alertEmail string = ''

var suffix = uniqueString(resourceGroup().id, name)
var storageName = take(toLower('${name}st${suffix}'), 24)
var vaultName = take('${name}-kv-${suffix}', 24)
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: botAppPassword
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'StorageConnectionString'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

// The app reads the secrets through Key Vault references with this identity, which may read secrets and nothing else.
resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

var listSettings = concat(
  map(range(0, length(allowedTenantIds)), i => {
    name: 'Bot__Tenants__${i}'
    value: allowedTenantIds[i]
  }),
  map(range(0, length(administratorIds)), i => {
    name: 'Bot__Administrators__${i}'
    value: administratorIds[i]
  }),
  empty(tabAudience) ? [] : [
    {
      name: 'Tab__Audience'
      value: tabAudience
    }
  ]
)

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: '${name}-bot-${suffix}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  dependsOn: [
    readSecrets
  ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/health/ready'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat([
        {
          name: 'ASPNETCORE_ENVIRONMENT'
          value: 'Production'
        }
        {
          name: 'MicrosoftAppType'
          value: 'SingleTenant'
        }
        {
          name: 'MicrosoftAppId'
          value: botAppId
        }
        {
          name: 'MicrosoftAppTenantId'
          value: botTenantId
        }
        {
          name: 'MicrosoftAppPassword'
          value: '@Microsoft.KeyVault(SecretUri=${botSecret.properties.secretUri})'
        }
        {
          name: 'Storage__ConnectionString'
          value: '@Microsoft.KeyVault(SecretUri=${storageSecret.properties.secretUri})'
        }
        {
          name: 'Bot__Cloud'
          value: botCloud
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: insights.properties.ConnectionString
        }
        {
          name: 'WEBSITE_HEALTHCHECK_MAXPINGFAILURES'
          value: '3'
        }
      ], listSettings)
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = if (createAzureBot) {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'PartyGroupBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    developerAppInsightsApplicationId: insights.properties.AppId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = if (createAzureBot) {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource mail 'Microsoft.Insights/actionGroups@2023-01-01' = if (!empty(alertEmail)) {
  name: '${name}-alerts'
  location: 'global'
  properties: {
    groupShortName: take(name, 12)
    enabled: true
    emailReceivers: [
      {
        name: 'operator'
        emailAddress: alertEmail
        useCommonAlertSchema: true
      }
    ]
  }
}

var actions = empty(alertEmail) ? [] : [
  {
    actionGroupId: mail.id
  }
]

// An instance failing /health/ready (storage unreachable, bad settings) for five minutes.
resource unhealthy 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${name}-unhealthy'
  location: 'global'
  properties: {
    description: 'An instance of the bot fails /health/ready: Table storage unreachable or settings invalid. See docs/runbook.md.'
    severity: 1
    enabled: true
    scopes: [
      site.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'health'
          metricName: 'HealthCheckStatus'
          operator: 'LessThan'
          threshold: 100
          timeAggregation: 'Average'
        }
      ]
    }
    actions: actions
  }
}

// Server errors: turns failing, which Teams shows users as the bot not answering.
resource serverErrors 'Microsoft.Insights/metricAlerts@2018-03-01' = {
  name: '${name}-server-errors'
  location: 'global'
  properties: {
    description: 'More than 10 HTTP 5xx answers in 5 minutes. See docs/runbook.md.'
    severity: 2
    enabled: true
    scopes: [
      site.id
    ]
    evaluationFrequency: 'PT1M'
    windowSize: 'PT5M'
    criteria: {
      'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria'
      allOf: [
        {
          criterionType: 'StaticThresholdCriterion'
          name: 'http5xx'
          metricName: 'Http5xx'
          operator: 'GreaterThan'
          threshold: 10
          timeAggregation: 'Total'
        }
      ]
    }
    actions: actions
  }
}

output webAppName string = site.name
output hostName string = site.properties.defaultHostName
output messagingEndpoint string = 'https://${site.properties.defaultHostName}/api/messages'
output storageAccountName string = storage.name
output keyVaultName string = vault.name
output applicationInsightsName string = insights.name
output botResourceName string = createAzureBot ? bot.name : ''
