namespace PartyGroupBot.Hosting;

/// <summary>
/// One row per cloud (<c>Bot:Cloud</c> = Public | China | USGovernment): where the Bot Framework, sign-in, Microsoft
/// Graph and Table storage live there. The bot takes every endpoint from its row, so under China nothing is sent to a
/// public-cloud host; a key set in configuration still wins over the row (<see cref="BotFrameworkSettings"/>).
/// Sources: Microsoft's "Configure a bot to run in Azure operated by 21Vianet" and the Azure Government bot settings.
/// </summary>
public sealed record BotCloud(
    string Name,
    string ChannelService,
    string BotFrameworkScope,
    string OpenIdMetadataUrl,
    string OAuthUrl,
    string EmulatorOpenIdMetadataUrl,
    string LoginHost,
    string MultiTenantLoginTenant,
    string GraphBaseUrl,
    string StorageEndpointSuffix,
    bool OffersTeamsGraph)
{
    public const string Key = "Bot:Cloud";

    public static readonly BotCloud Public = new(
        "Public",
        ChannelService: "",
        BotFrameworkScope: "https://api.botframework.com",
        OpenIdMetadataUrl: "https://login.botframework.com/v1/.well-known/openidconfiguration",
        OAuthUrl: "https://api.botframework.com",
        EmulatorOpenIdMetadataUrl: "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration",
        LoginHost: "https://login.microsoftonline.com",
        MultiTenantLoginTenant: "botframework.com",
        GraphBaseUrl: "https://graph.microsoft.com/v1.0",
        StorageEndpointSuffix: "core.windows.net",
        OffersTeamsGraph: true);

    /// <summary>Microsoft 365 and Azure operated by 21Vianet. Teams' Graph APIs (a channel's files folder) are not offered there.</summary>
    public static readonly BotCloud China = new(
        "China",
        ChannelService: "https://botframework.azure.cn",
        BotFrameworkScope: "https://api.botframework.azure.cn",
        OpenIdMetadataUrl: "https://login.botframework.azure.cn/v1/.well-known/openidconfiguration",
        OAuthUrl: "https://token.botframework.azure.cn/",
        EmulatorOpenIdMetadataUrl: "https://login.partner.microsoftonline.cn/a55a4d5b-9241-49b1-b4ff-befa8db00269/v2.0/.well-known/openid-configuration",
        LoginHost: "https://login.partner.microsoftonline.cn",
        MultiTenantLoginTenant: "microsoftservices.onmicrosoft.cn",
        GraphBaseUrl: "https://microsoftgraph.chinacloudapi.cn/v1.0",
        StorageEndpointSuffix: "core.chinacloudapi.cn",
        OffersTeamsGraph: false);

    public static readonly BotCloud USGovernment = new(
        "USGovernment",
        ChannelService: "https://botframework.azure.us",
        BotFrameworkScope: "https://api.botframework.us",
        OpenIdMetadataUrl: "https://login.botframework.azure.us/v1/.well-known/openidconfiguration",
        OAuthUrl: "https://tokengcch.botframework.azure.us/",
        EmulatorOpenIdMetadataUrl: "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0/.well-known/openid-configuration",
        LoginHost: "https://login.microsoftonline.us",
        MultiTenantLoginTenant: "MicrosoftServices.onmicrosoft.us",
        GraphBaseUrl: "https://graph.microsoft.us/v1.0",
        StorageEndpointSuffix: "core.usgovcloudapi.net",
        OffersTeamsGraph: true);

    public static IReadOnlyList<BotCloud> All { get; } = [Public, China, USGovernment];

    /// <summary>The configured cloud, Public when <c>Bot:Cloud</c> is empty; null for a name not in the table.</summary>
    public static BotCloud? From(IConfiguration config) =>
        config[Key] is not { Length: > 0 } name ? Public : All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Graph scope for app-only tokens: the Graph host's <c>.default</c>.</summary>
    public string GraphScope => new Uri(GraphBaseUrl).GetLeftPart(UriPartial.Authority) + "/.default";

    /// <summary>MSAL's authority for a tenant in this cloud.</summary>
    public string Authority(string tenant) => $"{LoginHost}/{tenant}";

    /// <summary>
    /// The Bot Framework keys <c>ConfigurationBotFrameworkAuthentication</c> reads, for this cloud; a key already set in
    /// <paramref name="config"/> keeps its value. A single-tenant bot signs in at its own tenant, others at the Bot
    /// Framework's.
    /// </summary>
    public IReadOnlyDictionary<string, string?> BotFrameworkSettings(IConfiguration config)
    {
        var singleTenant = string.Equals(config["MicrosoftAppType"], "SingleTenant", StringComparison.OrdinalIgnoreCase)
                           && config["MicrosoftAppTenantId"] is { Length: > 0 };
        var loginTenant = singleTenant ? config["MicrosoftAppTenantId"]! : MultiTenantLoginTenant;
        var row = new Dictionary<string, string?>
        {
            ["ChannelService"] = ChannelService,
            ["ToChannelFromBotLoginUrl"] = Authority(loginTenant),
            ["ToChannelFromBotOAuthScope"] = BotFrameworkScope,
            ["ToBotFromChannelTokenIssuer"] = BotFrameworkScope,
            ["ToBotFromChannelOpenIdMetadataUrl"] = OpenIdMetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorOpenIdMetadataUrl,
            ["OAuthUrl"] = OAuthUrl,
            ["ValidateAuthority"] = "true",
        };
        foreach (var key in row.Keys.ToList())
            if (config[key] is { Length: > 0 } own) row[key] = own;
        return row;
    }

    /// <summary>The storage connection string with this cloud's endpoint suffix when it names an account without one.</summary>
    public string StorageConnectionString(string connection)
    {
        if (connection.Contains("UseDevelopmentStorage", StringComparison.OrdinalIgnoreCase)
            || connection.Contains("EndpointSuffix=", StringComparison.OrdinalIgnoreCase)
            || connection.Contains("TableEndpoint=", StringComparison.OrdinalIgnoreCase))
            return connection;
        return connection.TrimEnd(';') + ";EndpointSuffix=" + StorageEndpointSuffix;
    }
}
