#!/usr/bin/env bash
# Runs every test on a fresh machine: installs the pinned npm tools (Azurite and friends), restores NuGet
# packages, checks the Teams manifest, then runs the xunit suite. The tests start their own Azurite.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== npm tools (package-lock.json)"
npm ci --no-audit --no-fund

echo "== Teams manifest"
bash manifest/build.sh

echo "== .NET restore and tests"
dotnet restore PartyGroupBot.sln
dotnet test PartyGroupBot.sln --no-restore --logger "console;verbosity=normal" "$@"
