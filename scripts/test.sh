#!/usr/bin/env bash
# Runs every test on a fresh machine: installs Debian's chromium and fonts-noto-cjk when chromium is missing (for the
# browser test), the pinned npm tools (Azurite, the Agents Playground and friends), restores NuGet packages, checks the
# Teams manifest, builds and lints the Bicep infrastructure (the Bicep CLI from NuGet), then runs the xunit suite. The tests start their own Azurite, bot and Playground.
# Independent steps run side by side (npm ci and the Bicep checks beside the NuGet restore and the build),
# the test classes run in parallel (BotApp.Tests/xunit.runner.json), and the ten slowest tests are printed at the end.
# Arguments go to dotnet test, e.g. scripts/test.sh --filter Category=Core (Core, Storage, Http, System: TestCategoryTests).
set -euo pipefail
cd "$(dirname "$0")/.."
logs=$(mktemp -d)

# The browser test drives Debian's chromium (never a downloaded browser); fonts-noto-cjk draws the cards' Chinese.
if [ ! -x /usr/bin/chromium ]; then
  echo "== chromium and fonts-noto-cjk (apt-get)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk
fi

# The minutes' Word document is rendered to PDF to check its Chinese text (issue 5); that test skips without them,
# so a failed install here only costs that check.
if ! command -v libreoffice >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "== libreoffice-writer and poppler-utils (apt-get, best effort)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q \
    && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends libreoffice-writer poppler-utils; } \
    || echo "   not installed: the PDF rendering test will be skipped"
fi

# Prints a background step's output, and fails the run if the step failed.
finish() {
  local pid=$1 name=$2 status=0
  wait "$pid" || status=$?
  echo "== $name"
  cat "$logs/$name.log"
  if [ "$status" -ne 0 ]; then echo "$name failed (exit $status)" >&2; exit "$status"; fi
}

# npm ci (about 45 s: it unpacks some 450 MB) runs beside the NuGet restore and the build, which need no node; the
# Bicep build and lint need only the restored tools, so they run beside the build too.
echo "== npm tools (package-lock.json) beside the .NET restore and build"
npm ci --no-audit --no-fund >"$logs/npm.log" 2>&1 &
npm_pid=$!
dotnet restore PartyGroupBot.sln
dotnet restore tools/tools.csproj >/dev/null  # the Bicep CLI, for scripts/bicep.sh

# Any warning from the Bicep build or lint fails the run.
bicep_out=$(mktemp -d)
{
  scripts/bicep.sh build infra/main.bicep --outdir "$bicep_out" 2>&1 | tee "$bicep_out/build.log"
  scripts/bicep.sh lint infra/main.bicep 2>&1 | tee "$bicep_out/lint.log"
  if grep -Eiq "warning|error" "$bicep_out/build.log" "$bicep_out/lint.log"; then
    echo "bicep reported warnings or errors (above)" >&2
    exit 1
  fi
  test -s "$bicep_out/main.json"
} >"$logs/bicep.log" 2>&1 &
bicep_pid=$!

# One compiler server for the four projects instead of a compiler started (and JIT-compiled) per project: about 5 s
# less on 2 cores. It is stopped right after, so nothing is left running.
echo "== .NET build"
dotnet build PartyGroupBot.sln --no-restore -nologo -v q -p:UseSharedCompilation=true
dotnet build-server shutdown --vbcscompiler >/dev/null
finish $npm_pid npm
finish $bicep_pid bicep

# The tab's page bundle is committed (the app embeds it, so a plain `dotnet run` needs no node); it must be the one
# tab/src builds to, byte for byte (issue 15).
echo "== tab page bundle (esbuild)"
tab_out=$(mktemp -d)
TAB_OUT="$tab_out/tab.js" bash tab/build.sh
cmp -s "$tab_out/tab.js" BotApp/Tab/Page/tab.js || { echo "BotApp/Tab/Page/tab.js is stale: run tab/build.sh and commit it" >&2; exit 1; }

# The manifest needs the npm tools.
echo "== manifest"
bash manifest/build.sh

echo "== .NET tests"
results=$logs/results
status=0
dotnet test PartyGroupBot.sln --no-build --logger "console;verbosity=normal" --logger "trx;LogFileName=tests.trx" \
  --results-directory "$results" "$@" || status=$?
if compgen -G "$results/*.trx" >/dev/null; then scripts/slowest-tests.sh -n 10 "$results"/*.trx; fi
exit "$status"
