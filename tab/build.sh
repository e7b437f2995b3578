#!/usr/bin/env bash
# Bundles the tab's page (issue 15) with esbuild into BotApp/Tab/Page/tab.js, which the app embeds and serves at /tab.
# The bundle is committed, so `dotnet run` works without node; scripts/test.sh rebuilds it and the tests fail if the
# committed bundle is stale (TabBundleTests).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x node_modules/.bin/esbuild ] || npm ci --no-audit --no-fund
node_modules/.bin/esbuild tab/src/main.js --bundle --minify --format=iife --target=es2020 --legal-comments=none \
  --outfile="${TAB_OUT:-BotApp/Tab/Page/tab.js}" --log-level=warning
