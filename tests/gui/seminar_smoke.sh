#!/usr/bin/env bash
# Drives a seminar in the real window under Xvfb as a trainer would, at 1280x720 and at
# 1920x1080 (full screen, as on a projector): two teams vote with hidden consequences, the trainer
# reveals and plays the move, opens a "what if" branch beside the original, looks at the
# comparison; then the window is killed mid-seminar and `rapport` offers to continue it; then a
# plenary seminar from the start screen with a show of hands and the discussion timer; then a team
# seminar with phones (--phones on 127.0.0.1): curl phones join and vote, the projector counts them,
# its QR code is read back with zbarimg, P turns the phones off and on.
# Screenshots of every seminar screen land in OUT_DIR/WxH/; checks read the window's state dump.
#
# usage: tests/gui/seminar_smoke.sh RAPPORT_BINARY OUT_DIR
# Both sizes run at once on two X servers. Exit 0 when every check passed; the last lines say
# how many checks ran at each size.

set -u
RAPPORT=$(readlink -f "${1:?usage: seminar_smoke.sh RAPPORT_BINARY OUT_DIR}")
OUT=${2:?usage: seminar_smoke.sh RAPPORT_BINARY OUT_DIR}
HERE=$(cd "$(dirname "$0")" && pwd)
SOURCE=$(cd "$HERE/../.." && pwd)

if [ -z "${SEMINAR_SMOKE_SIZE:-}" ]; then
    for tool in xvfb-run xdotool import convert curl; do
        command -v "$tool" >/dev/null || { echo "seminar smoke: $tool is missing (packages xvfb, xdotool, imagemagick, curl)"; exit 1; }
    done
    rm -rf "$OUT" && mkdir -p "$OUT"
    OUT=$(readlink -f "$OUT")
    # Both sizes at once, each on its own X server: the steps mostly wait for the window.
    pids=()
    for size in 1280x720 1920x1080; do
        SEMINAR_SMOKE_SIZE=$size xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" "$0" "$RAPPORT" "$OUT/$size" >"$OUT/$size.out" 2>&1 &
        pids+=($!)
    done
    status=0
    for pid in "${pids[@]}"; do wait "$pid" || status=1; done
    for size in 1280x720 1920x1080; do grep -v '^\[[0-9]*s\]   ok' "$OUT/$size.out"; done
    exit $status
fi

mkdir -p "$OUT"
OUT=$(readlink -f "$OUT")
SIZE=$SEMINAR_SMOKE_SIZE
# The projector size takes the screenshots and the checks of the flow; the pixel checks and the CPU
# measurements run at the smaller size only (they do not depend on it, and cost time).
FULL=$([ "$SIZE" = 1280x720 ] && echo 1 || echo 0)
STATE="$OUT/state.txt"
LOG="$OUT/smoke.log"
DATA="$OUT/data"
# Screens settle at once except the radar (shot NAME 1.2); small screenshots are enough here.
SHOT_SETTLE=0.4
SHOT_OPTIONS="-quality 10"
MOUSE_REST="2 2"
KEY_DELAY=60
source "$HERE/lib.sh"

# A field of a team's line in the state dump: team N FIELD.
team() { awk -v t="$1" -v f="$2" '$1 == "seminar-team" && $2 == t { for (i = 3; i <= NF; ++i) { split($i, kv, "="); if (kv[1] == f) print kv[2] } }' "$STATE"; }

expect_team() {
    local t=$1 field=$2 want=$3 what=$4 i
    for i in $(seq 1 50); do
        [ "$(team "$t" "$field")" = "$want" ] && { pass "$what (team $t $field=$want)"; return; }
        sleep 0.1
    done
    fail "$what: team $t $field is '$(team "$t" "$field")', want '$want'"
}

absent() {
    sleep 0.3
    [ -z "$(widget "$1")" ] && pass "$2 ($1 not on screen)" || fail "$2: $1 is on screen"
}

# The screenshot is the whole screen at the size asked for (the window is in full screen).
full_size() {
    local got
    got=$(identify -format %wx%h "$OUT/$1.png")
    [ "$got" = "$SIZE" ] && pass "$1.png is $SIZE" || fail "$1.png is $got, want $SIZE"
}

# A named control really drawn (the full-size run only: the others check the layout's sizes).
visible_here() { [ "$FULL" = 1 ] || return 0; visible "$@"; }

# The window, found by its title; the mouse out of the way.
find_seminar_window() {
    find_window
    [ -n "$WID" ] && pass "found the window" || { fail "no window titled Rapport"; exit 1; }
    xdotool mousemove --window "$WID" 2 2
}

start_app() {
    env -u CI LANG=de_DE.UTF-8 LC_ALL= LC_MESSAGES= XDG_CONFIG_HOME="$OUT/config" XDG_DATA_HOME="$OUT/xdg-data" \
        RAPPORT_PRINT_DIR="$OUT/prints" RAPPORT_GUI_STATE="$STATE" "$RAPPORT" --data "$DATA" "$@" >>"$OUT/app.log" 2>&1 &
    APP_PID=$!
}

mkdir -p "$DATA/scenarios" "$OUT/config/rapport"
# With the schema beside it, as an installed copy has it (its "$schema" then points somewhere).
cp "$SOURCE/scenarios/sample-coffee-break.json" "$SOURCE/scenarios/rapport-scenario.schema.json" "$DATA/scenarios/"
# Full screen, so a screenshot is exactly what a projector at this size shows. No intro-seen:
# `rapport seminar` must open without the first-run introduction in the way.
printf 'language=de\nfullscreen=1\n' >"$OUT/config/rapport/settings.ini"

log "== $SIZE: rapport seminar with two teams"
start_app seminar sample-coffee-break --teams 'Nord,Süd'
expect screen seminar "rapport seminar opens the seminar directly"
find_seminar_window
expect intro 0 "no introduction in the way"
expect seminar-form teams "two teams"
expect seminar-teams 2 "two teams"
expect seminar-phase waiting "it rests at the first decision, waiting"
expect seminar-round 1 "round 1"
shot 01-waiting
full_size 01-waiting
visible_here seminar-option:1 01-waiting
visible_here seminar-radar 01-waiting
visible_here seminar-forward 01-waiting
FILE=$(value seminar-file)
[ -s "$FILE" ] && grep -q '"kind": "rapport-seminar"' "$FILE" && pass "the session is saved in the data folder ($FILE)" ||
    fail "no saved session at '$FILE'"
case "$FILE" in "$OUT/xdg-data/rapport/sessions/"*) pass "saved under XDG_DATA_HOME/rapport/sessions" ;; *) fail "saved outside XDG_DATA_HOME: $FILE" ;; esac

log "== voting: the teams' choices stay hidden, so do consequences and scores"
key Next
expect seminar-phase voting "Page Down opens the vote"
expect_team 0 phase voting "lockstep"
expect_team 1 phase voting "lockstep"
absent seminar-score "no score while voting"
click seminar-option:3
expect_team 0 votes 1 "a click records Nord's choice"
expect seminar-selected 1 "and moves on to Süd"
key 1
expect_team 1 votes 1 "key 1 records Süd's choice"
shot 02-voting
visible_here seminar-team:0 02-voting
absent seminar-reasons "no consequences while voting"
expect_team 0 path 0 "nothing has been played yet"
grep -q '"votes": \[' "$FILE" && grep -q '"trainer"' "$FILE" && pass "the votes are saved at once" || fail "votes not in the saved file"

log "== close and reveal: the distribution first, the move not yet played"
key Next
expect seminar-phase closed "Page Down closes the vote"
key Next
expect seminar-phase revealed "Page Down reveals"
expect_team 0 path 0 "revealed, but the move is not played yet"
absent seminar-reasons "no consequences before the move"
absent seminar-score "no score before the move"
shot 03-revealed
visible_here seminar-unity 03-revealed
visible_here seminar-option:1 03-revealed

log "== apply: the move, what happened, what it did to the relationship and why"
key Next
expect seminar-phase applied "Page Down plays the majority's move"
expect_team 0 path 1 "Nord played its move"
expect_team 1 path 1 "Süd played its move"
key Tab
expect seminar-selected 0 "Tab shows the next team"
shot 04-applied 1.0
visible_here seminar-move 04-applied
visible_here seminar-score 04-applied
key Next
expect seminar-phase waiting "Page Down goes on to the next decision"
expect seminar-round 2 "round 2"
key Next
key 1 # Nord's choice; Süd, whose research left one option, does not vote: a tie at zero takes the first
key Next Next Next
expect seminar-phase applied "the second decision played"
click seminar-team:0
expect seminar-selected 0 "Nord shown, whose opener moved the relationship"
shot 05-applied-reasons 1.0
visible_here seminar-reasons 05-applied-reasons
key Next
expect seminar-round 3 "round 3"

log "== what if: a branch at decision 2 beside the original"
click seminar-team:0
expect seminar-selected 0 "Nord shown"
key w
expect seminar-what-if 1 "W opens what if"
shot 06-what-if
visible_here seminar-what-if-round:2 06-what-if
key 2
wait_widget seminar-what-if-option:1 && pass "decision 2's other options are offered" || fail "no other options"
shot 07-what-if-options
visible_here seminar-what-if-option:1 07-what-if-options
key 1
expect seminar-what-if 0 "the branch is open"
expect seminar-lines 3 "a third line: Nord's branch"
expect seminar-active-line 2 "Nord plays on the branch"
expect seminar-phase applied "the branch's move is played at once"
shot 08-branch 1.0
visible_here seminar-line-radar:0 08-branch
visible_here seminar-line-radar:2 08-branch
click seminar-switch:0
expect seminar-active-line 0 "switch back to the original"
click seminar-switch:2
expect seminar-active-line 2 "and to the branch again"

log "== the comparison"
key v
expect screen comparison "V opens the comparison"
shot 09-comparison
visible_here comparison-parting 09-comparison
visible_here comparison-score:0 09-comparison
visible_here comparison-score:2 09-comparison
visible_here comparison-radar:1 09-comparison
click comparison-print
for i in $(seq 1 100); do [ -n "$(value print-file)" ] && break; sleep 0.1; done
PRINTED=$(value print-file)
if [ -n "$PRINTED" ] && [ -s "$PRINTED" ] && head -c 5 "$PRINTED" | grep -q '%PDF-'; then
    pass "the comparison's print button writes the handouts as a PDF ($(basename "$PRINTED"))"
else
    fail "the comparison's print button wrote no PDF (print-file='$PRINTED')"
fi
if command -v pdftotext >/dev/null && [ -s "$PRINTED" ]; then
    pdftotext "$PRINTED" - | grep -q "Handout:" && pass "the PDF holds the teams' handouts" || fail "the PDF has no handout"
fi
key Escape
expect screen seminar "Esc goes back to the seminar"

log "== a crash mid-seminar, then rapport offers to continue"
REVISION=$(value seminar-revision)
kill -9 "$APP_PID"
wait "$APP_PID" 2>/dev/null
APP_PID=""
grep -q "\"revision\": $REVISION," "$FILE" && pass "the file holds the last step (revision $REVISION)" || fail "the file lags behind revision $REVISION"
ls "$(dirname "$FILE")" | grep -q tmp && fail "a temporary was left beside the session" || pass "no half-written temporary beside it"
rm -f "$STATE"
start_app
expect screen start "rapport opens on the start screen"
find_seminar_window
key Return # the first-run introduction
expect intro 0 "introduction closed"
expect seminar-offer "$FILE" "it offers the unfinished seminar"
shot 10-offer
visible_here seminar-resume 10-offer
click seminar-resume
expect screen seminar "continue: back in the seminar"
expect seminar-lines 3 "with both teams' lines and the branch"
expect seminar-active-line 2 "on the branch, as left"
expect seminar-revision "$REVISION" "nothing lost"
shot 11-resumed
click lang-en
expect lang en "English"
shot 12-english
key h
expect theme high-contrast "H switches to high contrast"
shot 13-high-contrast
key h
expect theme light "and back"

log "== a plenary seminar from the start screen: a show of hands, the timer"
key Escape
expect screen start "Esc: the start screen (the seminar stays saved)"
click seminar-continue && expect screen seminar "the seminar in progress is one click away"
key Escape
click lang-de
key s
expect screen seminar-setup "S opens the seminar set-up"
shot 14-setup
visible_here seminar-begin 14-setup
visible_here seminar-plenary 14-setup
key Return
expect seminar-form plenary "plenary is the default"
key Next
click seminar-more:2
click seminar-more:2
key 3
key 3
key 3
# Shift held as a person holds it, not as a chord in one instant.
xdotool keydown shift && sleep 0.2 && xdotool key 3 && sleep 0.2 && xdotool keyup shift && sleep 0.25
expect_team 0 votes 4 "two hands for option 2, two for option 3 (Shift+3 takes one back)"
key t
expect seminar-timer 1 "T starts the discussion timer"
shot 15-hands
visible_here seminar-timer 15-hands
visible_here seminar-more:2 15-hands
key Next Next
expect seminar-phase revealed "revealed"
shot 16-plenary-revealed
visible_here seminar-unity 16-plenary-revealed

if [ "$FULL" = 1 ]; then
log "== idle with the timer running"
sleep 1
TICKS=$(getconf CLK_TCK)
t0=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
sleep 4
t1=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
IDLE=$(awk -v d=$((t1 - t0)) -v hz="$TICKS" 'BEGIN { printf "%.2f", 100 * d / hz / 4 }')
log "   CPU with the timer running: $IDLE % of a core"
awk -v p="$IDLE" 'BEGIN { exit !(p < 5.0) }' && pass "a running timer costs little CPU ($IDLE %)" || fail "timer CPU $IDLE %"
key t
expect seminar-timer 0 "T pauses it"
t0=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
sleep 3
t1=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
IDLE=$(awk -v d=$((t1 - t0)) -v hz="$TICKS" 'BEGIN { printf "%.2f", 100 * d / hz / 3 }')
awk -v p="$IDLE" 'BEGIN { exit !(p < 2.0) }' && pass "idle CPU on the seminar screen under 2 % ($IDLE %)" || fail "idle CPU $IDLE %"
fi

log "== ending the seminar keeps it in the progress store"
key v
expect screen comparison "V opens the comparison"
click comparison-end
DB="$OUT/xdg-data/rapport/rapport.db"
for i in $(seq 1 50); do
    ROWS=$(python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute("SELECT count(*) FROM seminar_session WHERE form = ? AND scenario_id = ?", ("plenary", "sample-coffee-break")).fetchone()[0])' "$DB" 2>/dev/null)
    [ "$ROWS" = 1 ] && break
    sleep 0.1
done
[ "$ROWS" = 1 ] && pass "the ended plenary seminar is in the progress store" || fail "seminar_session rows after the end: '$ROWS'"

# Ctrl held as a person holds it: a chord sent in one instant can lose its modifier on a busy machine.
xdotool keydown ctrl && sleep 0.2 && xdotool key q && sleep 0.2 && xdotool keyup ctrl
for i in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APP_PID" 2>/dev/null; then fail "Ctrl+Q did not close the window"; else wait "$APP_PID"; [ $? = 0 ] && pass "Ctrl+Q, exit 0" || fail "exit code not 0"; fi
APP_PID=""

log "== phones: rapport seminar --phones on 127.0.0.1, phones join and vote with curl"
rm -f "$STATE"
: >"$OUT/phones.out"
# The phone page comes from the data folder's assets/web/, as in an installed copy.
mkdir -p "$DATA/assets" && cp -r "$SOURCE/assets/web" "$DATA/assets/"
env -u CI LANG=de_DE.UTF-8 LC_ALL= LC_MESSAGES= XDG_CONFIG_HOME="$OUT/config" XDG_DATA_HOME="$OUT/xdg-data" \
    RAPPORT_GUI_STATE="$STATE" "$RAPPORT" --data "$DATA" seminar sample-coffee-break --teams 'Nord,Süd' --phones \
    --host 127.0.0.1 --port 18780 >"$OUT/phones.out" 2>>"$OUT/app.log" &
APP_PID=$!
for i in $(seq 1 100); do grep -q '^trainer: ' "$OUT/phones.out" && break; sleep 0.1; done
JOIN=$(sed -n 's/^join: //p' "$OUT/phones.out")
ROOM=$(sed -n 's/^room: //p' "$OUT/phones.out")
PIN=$(sed -n 's/^trainer: //p' "$OUT/phones.out")
BASE=${JOIN%%/\?room=*}
case "$JOIN" in http://127.0.0.1:187*/\?room=$ROOM) pass "stdout: join $JOIN, room $ROOM, a trainer PIN" ;; *) fail "no join line on stdout: '$JOIN'" ;; esac
expect screen seminar "the seminar opens with its phones"
find_seminar_window
expect phones on "phones on"
expect phones-url "$JOIN" "the window shows the printed join address"
phone() { curl -s --max-time 5 "$BASE/api/join" -H 'Content-Type: application/json' -d "{\"room\":\"$ROOM\",\"team\":\"$1\"}" |
    sed -n 's/.*"token":"\([0-9a-f]*\)".*/\1/p'; }
vote() { curl -s --max-time 5 -o /dev/null -w '%{http_code}' "$BASE/api/vote" -H "Authorization: Bearer $1" -d "{\"choice\":\"$2\"}"; }
trainer() { curl -s --max-time 5 -o /dev/null -w '%{http_code}' "$BASE/api/trainer/$1" -H "Authorization: Bearer $PIN" -d '{}'; }
N1=$(phone Nord); N2=$(phone Nord); N3=$(phone Nord); S1=$(phone Süd); S2=$(phone Süd)
[ -n "$N1" ] && [ -n "$S2" ] && pass "five phones joined" || fail "phones could not join"
expect phones-joined 5 "the projector counts five phones"
[ "$(trainer open)" = 200 ] && pass "the trainer's phone opens the vote" || fail "open refused"
expect seminar-phase voting "the window follows the remote"
VOTES="$(vote "$N1" presse)$(vote "$N2" presse)$(vote "$N3" profil)$(vote "$S1" ins_foyer)$(vote "$S2" ins_foyer)"
[ "$VOTES" = 200200200200200 ] && pass "five votes accepted" || fail "votes answered $VOTES"
expect_team 0 votes 3 "Nord's three votes counted"
expect_team 1 votes 2 "Süd's two votes counted"
shot 17-phones-voting 1.0
visible_here seminar-room-code 17-phones-voting
visible_here seminar-phones-joined 17-phones-voting
absent seminar-reasons "nothing revealed while the phones vote"
if command -v zbarimg >/dev/null; then
    read -r x y w h <<<"$(awk '$1 == "widget" && $2 == "seminar-qr" { print $3, $4, $5, $6; exit }' "$OUT/17-phones-voting.state.txt")"
    convert "$OUT/17-phones-voting.png" -crop "${w}x${h}+${x}+${y}" +repage "$OUT/17-qr.png"
    DECODED=$(zbarimg --raw -q "$OUT/17-qr.png" 2>/dev/null)
    [ "$DECODED" = "$JOIN" ] && pass "the QR code on the projector reads $DECODED" || fail "the QR code reads '$DECODED', not $JOIN"
else
    fail "zbarimg is missing (package zbar-tools): the QR code on the projector is not checked"
fi
[ "$(trainer close)$(trainer reveal)" = 200200 ] && pass "close and reveal from the remote" || fail "close or reveal refused"
expect seminar-phase revealed "revealed on the projector"
shot 18-phones-revealed 0.6
visible_here seminar-unity 18-phones-revealed
[ "$(trainer apply)" = 200 ] && pass "apply from the remote" || fail "apply refused"
expect seminar-phase applied "the move played"
curl -s "$BASE/api/state" -H "Authorization: Bearer $N3" | grep -q '"move":{"choice":"presse"' &&
    pass "a Nord phone that voted otherwise sees its team's majority move" || fail "the phone does not see the move"
key p
expect phones off "P turns the phones off"
curl -s --max-time 2 "$BASE/api/state" -H "Authorization: Bearer $N1" >/dev/null && fail "the server still answers" || pass "and the server is gone"
key p
expect phones on "P turns them on again"
[ "$(sed -n 's/^room: //p' "$OUT/phones.out" | tail -1)" != "$ROOM" ] && pass "with a new room code (printed again)" || fail "no new room code"
xdotool keydown ctrl && sleep 0.2 && xdotool key q && sleep 0.2 && xdotool keyup ctrl
for i in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APP_PID" 2>/dev/null; then fail "Ctrl+Q did not close the window with phones on"; else wait "$APP_PID"; [ $? = 0 ] && pass "Ctrl+Q with phones on, exit 0" || fail "exit code not 0"; fi
APP_PID=""

log "seminar smoke $SIZE: $((CHECKS - FAILS)) of $CHECKS checks passed, screenshots in $OUT"
[ "$FAILS" = 0 ]
