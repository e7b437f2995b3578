#!/usr/bin/env bash
# Usage: scripts/playground-as.sh <aadObjectId> <port>
# Runs one Agents Playground (in the foreground) acting as the member with that aadObjectId:
# a copy of .m365agentsplayground.yml where that member is currentUser and the previous
# currentUser takes their place in `users`, so every instance sees the same team, channel
# and tenant. Bot endpoint: $BOT_ENDPOINT (default http://127.0.0.1:3978/api/messages).
# Each Playground keeps its own messages, so this one does not show the cards posted in another;
# to click one of them, use "Mock an Activity > Custom activity": type "invoke", name
# "adaptiveCard/action", channelData.team.id = the team id, value.action = {"type": "Action.Execute",
# "verb": ..., "data": ...} (docs/card-protocol.md; BotApp.Tests/Browser/PlaygroundMeetingTests.cs does this through the Playground's card-action route).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 <aadObjectId> <port>" >&2; exit 2; }
aad=$1
port=$2
root=$(cd "$(dirname "$0")/.." && pwd)
endpoint=${BOT_ENDPOINT:-http://127.0.0.1:3978/api/messages}
dir=${TMPDIR:-/tmp}/partygroupbot-playground-$port
mkdir -p "$dir"

# The Playground silently moves to a random port when its port is taken; fail instead.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port is already in use" >&2
  exit 1
fi

python3 - "$root/.m365agentsplayground.yml" "$aad" > "$dir/.m365agentsplayground.yml" <<'EOF'
import sys
src, aad = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")

def block(start):
    """Indices of the indented lines that follow lines[start]."""
    end = start + 1
    while end < len(lines) and lines[end].startswith("  "):
        end += 1
    return list(range(start + 1, end))

cu = block(lines.index("currentUser:"))
items, item = [], None
for i in block(lines.index("users:")):
    if lines[i].startswith("  - "):
        item = [i]
        items.append(item)
    elif item is not None:
        item.append(i)

has = lambda idx: any(lines[i].split("#")[0].strip() == f"aadObjectId: {aad}" for i in idx)
if not has(cu):
    match = [it for it in items if has(it)]
    if len(match) != 1:
        known = [l.split(":", 1)[1].strip() for l in lines if l.strip().startswith("aadObjectId:")]
        sys.exit(f"aadObjectId {aad} is not in {src}; known: {', '.join(known)}")
    it = match[0]
    as_current = ["  " + lines[i][4:] for i in it]
    as_item = ["  - " + lines[cu[0]][2:]] + ["  " + lines[i] for i in cu[1:]]
    new = []
    for i, l in enumerate(lines):
        if i == cu[0]:
            new += as_current
        elif i == it[0]:
            new += as_item
        elif i not in cu and i not in it:
            new.append(l)
    lines = new

# Each member gets their own 1:1 chat id, as in Teams.
p = lines.index("personalChat:")
lines[p + 1] = f'  id: "a:personal-{aad}"'
print("\n".join(lines), end="")
EOF

mkdir -p "$dir/bin"
printf '#!/bin/sh\nexit 0\n' > "$dir/bin/xdg-open"
chmod +x "$dir/bin/xdg-open"
cd "$dir"
echo "Playground as $aad on http://127.0.0.1:$port (config $dir/.m365agentsplayground.yml, log $dir/playground.log)"
# TEAMSAPPTESTER_BROWSER=none stops it opening a browser; the xdg-open stub covers versions that ignore it.
PATH="$dir/bin:$PATH" TEAMSAPPTESTER_BROWSER=none \
  M365_AGENTS_PLAYGROUND_CONFIG_PATH="$dir/.m365agentsplayground.yml" \
  M365_AGENTS_PLAYGROUND_LOGFILE="$dir/playground.log" \
  exec "$root/node_modules/.bin/agentsplayground" -e "$endpoint" -c msteams --dt -p "$port"
