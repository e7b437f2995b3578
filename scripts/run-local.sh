#!/usr/bin/env bash
# Runs PartyGroupBot locally: Azurite (table storage), the bot, and the Microsoft 365 Agents
# Playground (a Teams-like web client). Ctrl-C stops all three. Logs: .run/*.log
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

for tool in node npm dotnet; do
  command -v "$tool" >/dev/null || { echo "missing '$tool': install Node.js 20+ and the .NET SDK first" >&2; exit 1; }
done

# npm writes node_modules/.package-lock.json on install; older than the lockfile means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

mkdir -p .run/azurite .run/bin
# The Playground opens a browser with xdg-open at start and exits if that fails.
printf '#!/bin/sh\nexit 0\n' > .run/bin/xdg-open
chmod +x .run/bin/xdg-open

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { # name port pid seconds
  for _ in $(seq "$4"); do
    port_open "$2" && return 0
    kill -0 "$3" 2>/dev/null || { echo "$1 exited; see .run/$1.log:" >&2; tail -n 30 ".run/$1.log" >&2; return 1; }
    sleep 1
  done
  echo "$1 did not listen on port $2 within $4 s; see .run/$1.log" >&2
  return 1
}

# The Playground silently picks a random port when 56150 is taken, so check all three first.
for port in 10002 3978 56150; do
  if port_open "$port"; then echo "port $port is already in use; stop whatever runs there" >&2; exit 1; fi
done

pids=()
# shellcheck disable=SC2317  # called from the trap
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT TERM

# Each child runs in its own process group (setsid) so stop() also ends what it spawned
# (dotnet run starts the app as a separate process).
setsid node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort 10002 \
  --location .run/azurite --disableTelemetry > .run/azurite.log 2>&1 &
pids+=($!)
wait_port azurite 10002 "${pids[-1]}" 30

echo "Starting the bot (the first build can take a few minutes)..."
MicrosoftAppId='' MicrosoftAppPassword='' ASPNETCORE_ENVIRONMENT=Development \
  setsid dotnet run --project BotApp --urls http://127.0.0.1:3978 > .run/bot.log 2>&1 &
pids+=($!)
wait_port bot 3978 "${pids[-1]}" 600

PATH="$root/.run/bin:$PATH" TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$root/.m365agentsplayground.yml" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$root/.run/playground-debug.log" \
  setsid node_modules/.bin/agentsplayground -e http://127.0.0.1:3978/api/messages -c msteams --dt -p 56150 \
  > .run/playground.log 2>&1 &
pids+=($!)
wait_port playground 56150 "${pids[-1]}" 60

cat <<EOF

PartyGroupBot is running.
  Open http://localhost:56150 in a browser (the Microsoft 365 Agents Playground).
  In the team "县人社局党组", channel "General", type:  @PartyGroupBot start meeting
  (type @, pick PartyGroupBot from the list, then the command; in the personal chat no @ is needed)
  The Playground always says en-US; Bot:Locale in BotApp/appsettings.Development.json keeps the cards Chinese.
  You are 王建国; to act as another member, run scripts/playground-as.sh <aadObjectId> <port>.
  Logs: .run/azurite.log .run/bot.log .run/playground.log   Table data: .run/azurite
Press Ctrl-C to stop.
EOF

wait -n "${pids[@]}" || true
echo "a process exited; stopping the others (see .run/*.log)" >&2
exit 1
