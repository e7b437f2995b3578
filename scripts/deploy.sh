#!/usr/bin/env bash
# Deploys PartyGroupBot to Azure in one command, from an `az login` session (docs/deployment.md says what to prepare):
#   1. compiles infra/main.bicep with the Bicep CLI from NuGet and deploys it to the resource group;
#   2. publishes BotApp (Release) and zip-deploys it to the web app;
#   3. waits for /health/ready;
#   4. builds the Teams app package with the real bot id and domain: manifest/build/PartyGroupBot.zip.
#
# Required:  RESOURCE_GROUP, BOT_APP_ID, BOT_APP_PASSWORD (the app registration's client secret; read from the
#            environment, written only to a private temporary parameters file, stored only in Key Vault)
# Optional:  LOCATION (default chinaeast2 when BOT_CLOUD=China, else eastasia), NAME (resource prefix, default pgb),
#            BOT_CLOUD (Public | China | USGovernment), BOT_TENANT_ID, TENANT_IDS and ADMIN_IDS (comma-separated),
#            ALERT_EMAIL, CREATE_AZURE_BOT (true | false), PLAN_SKU, INSTANCE_COUNT
set -euo pipefail
cd "$(dirname "$0")/.."

: "${RESOURCE_GROUP:?set RESOURCE_GROUP (created if missing)}"
: "${BOT_APP_ID:?set BOT_APP_ID (the application id of the app registration)}"
: "${BOT_APP_PASSWORD:?set BOT_APP_PASSWORD (a client secret of that registration)}"
BOT_CLOUD=${BOT_CLOUD:-Public}
case "$BOT_CLOUD" in
  China) default_location=chinaeast2; az_cloud=AzureChinaCloud ;;
  USGovernment) default_location=usgovvirginia; az_cloud=AzureUSGovernment ;;
  Public) default_location=eastasia; az_cloud=AzureCloud ;;
  *) echo "BOT_CLOUD must be Public, China or USGovernment" >&2; exit 1 ;;
esac
LOCATION=${LOCATION:-$default_location}
NAME=${NAME:-pgb}

command -v az >/dev/null || { echo "the Azure CLI (az) is needed: https://learn.microsoft.com/cli/azure/install-azure-cli" >&2; exit 1; }
active_cloud=$(az cloud show --query name -o tsv)
if [ "$active_cloud" != "$az_cloud" ]; then
  echo "az is set to $active_cloud; for BOT_CLOUD=$BOT_CLOUD run: az cloud set --name $az_cloud && az login" >&2
  exit 1
fi
az account show --query "{subscription:name, tenant:tenantId}" -o tsv >/dev/null || { echo "run az login first" >&2; exit 1; }
BOT_TENANT_ID=${BOT_TENANT_ID:-$(az account show --query tenantId -o tsv)}
TENANT_IDS=${TENANT_IDS:-$BOT_TENANT_ID}

work=$(mktemp -d)
chmod 700 "$work"
trap 'rm -rf "$work"' EXIT

echo "== infrastructure (infra/main.bicep → $RESOURCE_GROUP in $LOCATION, cloud $BOT_CLOUD)"
scripts/bicep.sh build infra/main.bicep --outfile "$work/main.json"
export NAME LOCATION BOT_APP_ID BOT_APP_PASSWORD BOT_TENANT_ID TENANT_IDS BOT_CLOUD
python3 - "$work/parameters.json" <<'PY'
import json, os, sys
ids = lambda key: [x.strip() for x in os.environ.get(key, "").split(",") if x.strip()]
values = {
    "name": os.environ["NAME"], "location": os.environ["LOCATION"],
    "botAppId": os.environ["BOT_APP_ID"], "botAppPassword": os.environ["BOT_APP_PASSWORD"],
    "botTenantId": os.environ["BOT_TENANT_ID"], "allowedTenantIds": ids("TENANT_IDS"), "administratorIds": ids("ADMIN_IDS"),
    "botCloud": os.environ["BOT_CLOUD"], "alertEmail": os.environ.get("ALERT_EMAIL", ""),
    "createAzureBot": os.environ.get("CREATE_AZURE_BOT", "true").lower() != "false",
}
if os.environ.get("PLAN_SKU"): values["planSku"] = os.environ["PLAN_SKU"]
if os.environ.get("INSTANCE_COUNT"): values["instanceCount"] = int(os.environ["INSTANCE_COUNT"])
doc = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
       "contentVersion": "1.0.0.0", "parameters": {k: {"value": v} for k, v in values.items()}}
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
with os.fdopen(fd, "w") as f: json.dump(doc, f)
PY
az group create --name "$RESOURCE_GROUP" --location "$LOCATION" --output none
az deployment group create --resource-group "$RESOURCE_GROUP" --name partygroupbot \
  --template-file "$work/main.json" --parameters "@$work/parameters.json" --query properties.outputs --output json > "$work/outputs.json"
output() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]]["value"])' "$work/outputs.json" "$1"; }
web_app=$(output webAppName)
host=$(output hostName)

echo "== publish and zip-deploy BotApp to $web_app"
dotnet publish BotApp/BotApp.csproj --configuration Release --output "$work/publish" --nologo
(cd "$work/publish" && python3 -c 'import os,zipfile
with zipfile.ZipFile("../bot.zip","w",zipfile.ZIP_DEFLATED) as z:
    for d,_,fs in os.walk("."):
        for f in fs: z.write(os.path.join(d,f), os.path.relpath(os.path.join(d,f)))')
az webapp deploy --resource-group "$RESOURCE_GROUP" --name "$web_app" --src-path "$work/bot.zip" --type zip --output none

echo "== waiting for https://$host/health/ready"
for _ in $(seq 60); do
  if curl -fsS "https://$host/health/ready" >/dev/null 2>&1; then ready=1; break; fi
  sleep 10
done
[ "${ready:-}" = 1 ] || { echo "not ready after 10 minutes: az webapp log tail -g $RESOURCE_GROUP -n $web_app" >&2; exit 1; }

echo "== Teams app package"
MICROSOFT_APP_ID="$BOT_APP_ID" BOT_DOMAIN="$host" bash manifest/build.sh

cat <<DONE

Deployed. Messaging endpoint: https://$host/api/messages
Upload manifest/build/PartyGroupBot.zip in the Teams admin center (docs/deployment.md, step 5), add the app to the
party group's team, and have an administrator type "@PartyGroupBot setup" in its channel.
DONE
