#!/usr/bin/env bash
# The authoring view ("Ablaufplan", issue 21) driven under Xvfb as an author would: open the map of a
# scenario, wait for the check, click a node and a choice, search, zoom and drag, edit the file while
# the view is open, larger text and other themes; then the play screen's reload key (F5) on an
# edited file. Screenshots (NN-name.png) and state dumps land in OUT_DIR; each is looked at by the
# checks below (the named controls are drawn) and by a person when the view changes.
#
# usage: tests/gui/authoring_smoke.sh RAPPORT_BINARY OUT_DIR
#   Runs itself under xvfb-run (1280x720) unless RAPPORT_SMOKE_INSIDE_XVFB=1.
# Exit 0 when every check passed; the last line says how many checks ran.

set -u
RAPPORT=$(readlink -f "${1:?usage: authoring_smoke.sh RAPPORT_BINARY OUT_DIR}")
OUT=${2:?usage: authoring_smoke.sh RAPPORT_BINARY OUT_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)

if [ "${RAPPORT_SMOKE_INSIDE_XVFB:-0}" != 1 ]; then
    for tool in xvfb-run xdotool import convert python3; do
        command -v "$tool" >/dev/null || { echo "authoring smoke: $tool is missing (packages xvfb, xdotool, imagemagick, python3)"; exit 1; }
    done
    rm -rf "$OUT" && mkdir -p "$OUT"
    OUT=$(readlink -f "$OUT")
    RAPPORT_SMOKE_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x720x24 -nolisten tcp" "$0" "$RAPPORT" "$OUT"
fi
OUT=$(readlink -f "$OUT")

STATE="$OUT/state.txt"
LOG="$OUT/smoke.log"
DATA="$OUT/data"
SHOT_SETTLE=0.5 # the map does not animate; the play screen's radar takes 0.9 s (shot NAME 1.2)
source "$HERE/lib.sh"

# A data folder of our own: the sample scenario and a small one with a dead end (the analyzer's
# test file), so the map has findings to show.
mkdir -p "$DATA/scenarios" "$OUT/config" "$OUT/data-home"
cp "$SOURCE/scenarios/sample-coffee-break.json" "$DATA/scenarios/"
cp "$SOURCE/scenarios/rapport-scenario.schema.json" "$DATA/scenarios/" # "$schema" finds it, as in scenarios/
cp "$SOURCE/tests/data/analyzer/dead-end.json" "$DATA/scenarios/zz-dead-end.json"
cp -r "$SOURCE/assets" "$DATA/"
SCENARIO="$DATA/scenarios/sample-coffee-break.json"

start_app() {
    env -u CI LANG=de_DE.UTF-8 LC_ALL= LC_MESSAGES= XDG_CONFIG_HOME="$OUT/config" XDG_DATA_HOME="$OUT/data-home" \
        RAPPORT_GUI_STATE="$STATE" "$RAPPORT" --data "$DATA" >>"$OUT/app.log" 2>&1 &
    APP_PID=$!
}
# Clicks a point of the screen.
click_at() { xdotool mousemove --window "$WID" "$1" "$2" click 1; sleep 0.3; }

log "== starting $RAPPORT"
start_app
expect screen start "the window opens"
find_window
[ -n "$WID" ] && pass "found the window" || { fail "no window titled Rapport"; exit 1; }
expect profile-dialog 1 "the first start asks who is playing"
xdotool type --delay 60 "Autorin"
key Return
expect profile Autorin "a profile, so progress would be recorded"
expect intro 1 "the introduction"
key Return
expect intro 0 "closed"

log "== the map of the coffee break"
click map:sample-coffee-break
expect screen authoring "the card's „Ablaufplan“ opens the authoring view"
expect plan-analysed 1 "the check arrives from its thread"
title_is "Rapport – Ablaufplan – Die Kaffeepause"
expect plan-findings 0 "the bundled scenario has no findings"
shot 30-plan
visible plan 30-plan
visible node:vortrag 30-plan
visible plan-status 30-plan

log "== a node, its texts, a choice explained"
click node:eroeffnung
expect plan-selected eroeffnung "a click selects the node"
shot 31-node
visible details-node 31-node
CHOICE=$(awk '$1 == "widget" && $2 ~ /^explain:/ { sub("explain:", "", $2); print $2; exit }' "$OUT/31-node.state.txt")
[ -n "$CHOICE" ] && pass "the details list the decision's choices ($CHOICE first)" || fail "no choice to explain"
click "explain:$CHOICE"
expect plan-choice "$CHOICE" "the choice is selected"
expect plan-explained 1 "and explained by the engine"
shot 32-explained
visible explanation 32-explained
EXPECTED=$(env LANG=de_DE.UTF-8 "$RAPPORT" --data "$DATA" explain sample-coffee-break "$CHOICE" --lang de 2>/dev/null | head -1)
[ -n "$EXPECTED" ] && pass "rapport explain explains $CHOICE too (\"$EXPECTED\")" || fail "rapport explain gave nothing for $CHOICE"

log "== search"
click plan-search
xdotool type --delay 40 "Telefon"
key Return
expect plan-search Telefon "typed into the search"
HITS=$(value plan-hits)
[ "${HITS:-0}" -ge 1 ] && pass "search by text finds $HITS node(s)" || fail "no hits for Telefon"
SELECTED=$(value plan-selected)
[ -n "$SELECTED" ] && [ "$SELECTED" != eroeffnung ] && pass "Enter goes to the first hit ($SELECTED)" || fail "Enter did not move to a hit (selected '$SELECTED')"
shot 33-search
visible "node:$SELECTED" 33-search
expect text-input 1 "the search field keeps the keyboard after Enter"
key ctrl+a BackSpace
xdotool type --delay 40 "l_kaffee"
key Return
expect plan-selected l_kaffee "search by id"
click plan-status # out of the search field

log "== zoom and move"
ZOOM=$(value plan-zoom)
read -r px py pw ph <<<"$(widget plan)"
xdotool mousemove --window "$WID" $((px + pw / 2)) $((py + ph / 2))
for i in 1 2 3; do xdotool click 4; sleep 0.1; done
sleep 0.3
awk -v a="$ZOOM" -v b="$(value plan-zoom)" 'BEGIN { exit !(b > a) }' && pass "the wheel zooms in ($ZOOM -> $(value plan-zoom))" ||
    fail "zoom stayed at $(value plan-zoom)"
PAN=$(value plan-pan)
# An empty corner of the plan, dragged.
xdotool mousemove --window "$WID" $((px + 12)) $((py + ph - 12)) mousedown 1
sleep 0.1
for step in 1 2 3 4 5; do xdotool mousemove --window "$WID" $((px + 12 + step * 30)) $((py + ph - 12 - step * 20)); sleep 0.05; done
xdotool mouseup 1
sleep 0.3
[ "$(value plan-pan)" != "$PAN" ] && pass "dragging moves the plan ($PAN -> $(value plan-pan))" || fail "the plan did not move"
[ "$(value plan-selected)" = l_kaffee ] && pass "a drag does not change the selection" || fail "a drag changed the selection"
shot 34-zoomed
ZOOM=$(value plan-zoom)
PAN=$(value plan-pan)

log "== the file changes on disk while the map is open"
sed -i 's/Der Kaffee ist in Ordnung, ja./Der Kaffee ist gut, ja./' "$SCENARIO"
expect plan-version 2 "the map follows the file"
expect plan-analysed 1 "and checks the new version"
[ "$(value plan-zoom)" = "$ZOOM" ] && [ "$(value plan-pan)" = "$PAN" ] && pass "zoom and position kept across the reload" ||
    fail "the view moved on reload (zoom $(value plan-zoom), pan $(value plan-pan))"
expect plan-selected l_kaffee "the selection is kept"
shot 35-reloaded
grep -q "Der Kaffee ist gut" "$STATE" 2>/dev/null || true
key Escape
expect screen start "Esc goes back to the start"

log "== a scenario with a dead end"
click map:dead-end
expect screen authoring "its map"
expect plan-analysed 1 "checked"
[ "$(value plan-findings)" -ge 1 ] 2>/dev/null && pass "findings are marked ($(value plan-findings) node(s))" || fail "no findings on the dead-end scenario"
click node:sackgasse
expect plan-selected sackgasse "the dead end selected"
shot 36-findings
visible node:sackgasse 36-findings
visible details-node 36-findings
click lang-en
expect lang en "the map in English"
shot 36b-findings-en
visible details-node 36b-findings-en
grep -q "^title=Rapport – Scenario map – " "$STATE" && pass "the window title says Scenario map" || fail "title '$(value title)'"
click lang-de
expect lang de "back to German"

log "== idle"
sleep 1
IDLE=$(idle_cpu 3)
awk -v p="$IDLE" 'BEGIN { exit !(p < 2.0) }' && pass "the map idles under 2 % of a core ($IDLE %)" || fail "idle CPU on the map $IDLE %"

log "== 250 % text and other themes"
for i in 1 2 3 4 5 6; do key ctrl+KP_Add; done
expect text-size 250 "text size 250 %"
shot 37-plan-250
visible plan-tab:0 37-plan-250
visible plan 37-plan-250
click plan-tab:1
shot 38-details-250
visible details-node 38-details-250
for i in 1 2 3 4 5 6; do key ctrl+KP_Subtract; done
expect text-size 100 "back to 100 %"
click settings
click theme-dark
expect theme dark "the dark theme"
key Escape
expect screen authoring "Esc returns to the map"
shot 39-plan-dark
visible plan 39-plan-dark
click settings
click theme-high-contrast
expect theme high-contrast "high contrast"
key Escape
shot 40-plan-high-contrast
visible plan 40-plan-high-contrast
click settings
click theme-light
key Escape
key Escape

log "== F5 in the play screen: the same moves on the new version"
expect screen start "on the start screen"
click card:sample-coffee-break
expect screen briefing "the briefing"
click begin
expect screen play "playing"
key 1
key 1
key 1
expect step 3 "three moves"
expect recorded-run 1 "recorded as a run"
RUN_STEPS=$(sql "SELECT steps FROM run WHERE id = 1")
sed -i 's/Der Kaffee ist gut, ja./Der Kaffee ist wirklich gut, ja./' "$SCENARIO"
expect newer-version 1 "the game learns of the new version"
shot 41-newer-version 1.2
visible reload-same 41-newer-version
key F5
expect reloaded 1 "F5 reloads"
expect replayed 3 "and replays the three moves"
expect step 3 "at the same point"
expect newer-version 0 "on the new version"
shot 42-reloaded 1.2
visible reloaded-note 42-reloaded
key 1
expect step 4 "playing on after the reload"
sleep 0.5
[ "$(sql "SELECT count(*) FROM run")" = 1 ] && [ "$(sql "SELECT steps FROM run WHERE id = 1")" = "$RUN_STEPS" ] &&
    pass "the reloaded run is not recorded as progress (still one run of $RUN_STEPS moves)" ||
    fail "the reloaded run was recorded (runs $(sql "SELECT count(*) FROM run"), steps $(sql "SELECT steps FROM run WHERE id = 1"))"
key F5
expect reloaded 1 "F5 on an unchanged file keeps the game"
expect step 4 "where it was"

log "== quit"
key ctrl+q
for i in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APP_PID" 2>/dev/null; then fail "Ctrl+Q did not close the window"; else
    wait "$APP_PID"
    code=$?
    [ "$code" = 0 ] && pass "Ctrl+Q closes the window, exit 0" || fail "exit code $code"
fi
APP_PID=""
log "authoring smoke: $((CHECKS - FAILS)) of $CHECKS checks passed, screenshots in $OUT"
[ "$FAILS" = 0 ]
