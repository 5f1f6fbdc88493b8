#!/usr/bin/env bash
# Runs the phone page test (phone_page.js) in headless Chromium against a seminar with its phone
# server on 127.0.0.1 (phone_host). When Chromium, Node.js or puppeteer-core is missing it did not
# run (exit 77), which scripts/test.sh names and fails on unless RAPPORT_SKIP names it:
# scripts/install-puppeteer.sh puts puppeteer-core into ~/.cache/rapport-test (scripts/test.sh runs it).
#
# usage: tests/phones/phone_page.sh PHONE_HOST SOURCE_DIR OUT_DIR
set -u
HOST_BIN=${1:?usage: phone_page.sh PHONE_HOST SOURCE_DIR OUT_DIR}
SOURCE=${2:?}
OUT=${3:?}
rm -rf "$OUT" && mkdir -p "$OUT"
OUT=$(readlink -f "$OUT")

[ -x /usr/bin/chromium ] || { echo "phone page: /usr/bin/chromium is missing (Debian package chromium, in TEST_PACKAGES)"; exit 77; }
command -v node >/dev/null || { echo "phone page: node is missing (Node.js 18 or newer)"; exit 77; }
PUPPETEER="${RAPPORT_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport-test}/puppeteer"
[ -f "$PUPPETEER/node_modules/puppeteer-core/package.json" ] ||
    { echo "phone page: puppeteer-core is not installed in $PUPPETEER; run scripts/install-puppeteer.sh"; exit 77; }

"$HOST_BIN" "$SOURCE/scenarios/sample-coffee-break.json" --host 127.0.0.1 --port 18900 >"$OUT/host.out" 2>"$OUT/host.err" &
HOST_PID=$!
"$HOST_BIN" "$SOURCE/scenarios/sample-coffee-break.json" --teams 'Nord,Süd' --host 127.0.0.1 --port 18920 >"$OUT/teams.out" 2>"$OUT/teams.err" &
TEAMS_PID=$!
trap 'kill $HOST_PID $TEAMS_PID 2>/dev/null; wait $HOST_PID $TEAMS_PID 2>/dev/null' EXIT
for _ in $(seq 1 50); do grep -q '^trainer: ' "$OUT/host.out" 2>/dev/null && grep -q '^trainer: ' "$OUT/teams.out" 2>/dev/null && break; sleep 0.1; done
JOIN=$(sed -n 's/^join: //p' "$OUT/host.out")
ROOM=$(sed -n 's/^room: //p' "$OUT/host.out")
PIN=$(sed -n 's/^trainer: //p' "$OUT/host.out")
[ -n "$PIN" ] || { echo "phone page: the phone server did not start"; cat "$OUT/host.err"; exit 1; }
BASE=${JOIN%%/\?room=*}
# Chromium is given a home of its own, so the test never touches the user's profile.
TEAMS_JOIN=$(sed -n 's/^join: //p' "$OUT/teams.out")
HOME="$OUT/home" timeout 150 node "$SOURCE/tests/phones/phone_page.js" "$PUPPETEER" "$BASE" "$ROOM" "$PIN" "$OUT" "$TEAMS_JOIN"
