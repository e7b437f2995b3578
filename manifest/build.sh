#!/usr/bin/env bash
# Builds manifest/build/PartyGroupBot.zip (manifest.json, color.png, outline.png at the root),
# with the bot id replaced by $MICROSOFT_APP_ID and the bot's host name put in validDomains by $BOT_DOMAIN when
# they are set (scripts/deploy.sh sets both), and validates it offline.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -d node_modules/@microsoft/app-manifest ] || npm ci --no-audit --no-fund

out=${MANIFEST_OUT:-manifest/build}  # tests build into their own folder
stage=$out/package
rm -rf "$stage" "$out/PartyGroupBot.zip"
mkdir -p "$stage"
cp manifest/color.png manifest/outline.png "$stage/"

python3 - "$stage" <<'EOF'
import json, os, sys, zipfile
stage = sys.argv[1]
with open("manifest/manifest.json", encoding="utf-8") as f:
    m = json.load(f)
app_id = os.environ.get("MICROSOFT_APP_ID", "").strip()
placeholder_id = m["bots"][0]["botId"]
if app_id:
    m["bots"][0]["botId"] = app_id
domain = os.environ.get("BOT_DOMAIN", "").strip()
if domain:
    m["validDomains"] = [domain]
# The tab (issue 15) is served by the bot's own host; its SSO resource is api://<host>/<app id>.
placeholder_host = "partygroupbot.example.com"
def on_bot_host(part):
    text = json.dumps(part, ensure_ascii=False)
    if domain:
        text = text.replace(placeholder_host, domain)
    if app_id:
        text = text.replace(placeholder_id, app_id)
    return json.loads(text)
for key in ("staticTabs", "configurableTabs", "webApplicationInfo"):
    if key in m:
        m[key] = on_bot_host(m[key])
with open(os.path.join(stage, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump(m, f, ensure_ascii=False, indent=2)
    f.write("\n")
EOF

node manifest/validate.js "$stage/manifest.json"

python3 - "$stage" "$out/PartyGroupBot.zip" <<'EOF'
import sys, zipfile
stage, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
    for name in ("manifest.json", "color.png", "outline.png"):
        # fixed timestamp so the same inputs give the same zip
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(f"{stage}/{name}", "rb") as f:
            z.writestr(info, f.read())
EOF

echo "Built $out/PartyGroupBot.zip (bot id: $(python3 -c 'import json,sys;print(json.load(open(sys.argv[1]))["bots"][0]["botId"])' "$stage/manifest.json"))"
