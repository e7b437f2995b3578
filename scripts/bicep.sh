#!/usr/bin/env bash
# Runs the Bicep CLI that NuGet serves (package Azure.Bicep.CommandLine.linux-x64, pinned in tools/tools.csproj),
# restoring it first when missing. Nothing is downloaded from anywhere but the NuGet feed. Usage: scripts/bicep.sh build infra/main.bicep
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version=$(sed -n 's/.*Azure.Bicep.CommandLine.linux-x64" Version="\[\([0-9.]*\)\]".*/\1/p' "$root/tools/tools.csproj")
packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -f "$bicep" ]; then
  dotnet restore "$root/tools/tools.csproj" >&2
fi
[ -x "$bicep" ] || chmod +x "$bicep"
exec "$bicep" "$@"
