# What the window smoke tests share: checks that count, the window's state dump, the mouse and
# keys of a person (xdotool), and screenshots looked at (ImageMagick). Source it after setting
# OUT (the output folder), STATE (the state dump the window writes) and LOG.
# Settings a test may change before sourcing: SHOT_SETTLE (seconds before a screenshot, 1.2: the
# radar eases in over 0.9 s), SHOT_OPTIONS (extra options of `import`), MOUSE_REST ("X Y" the
# mouse goes to after a click, so no tooltip covers the next screenshot), KEY_DELAY (ms), DB (the
# progress database `sql` reads).

CHECKS=0
FAILS=0
APP_PID=""
WID=""
GUI_START=$(date +%s)

log() { echo "[$(($(date +%s) - GUI_START))s] $*" | tee -a "$LOG"; }
pass() { CHECKS=$((CHECKS + 1)); log "  ok   $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILS=$((FAILS + 1)); log "  FAIL $*"; }

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID" 2>/dev/null; fi
}
trap cleanup EXIT

# The value of KEY in the state dump.
value() { sed -n "s/^$1=//p" "$STATE" 2>/dev/null | head -1; }

# Waits until KEY has VALUE in the state dump (up to 20 s).
wait_for() {
    local key=$1 want=$2 i
    for i in $(seq 1 200); do
        [ "$(value "$key")" = "$want" ] && return 0
        sleep 0.1
    done
    return 1
}

# expect KEY VALUE WHAT: a check that the window reaches a state.
expect() {
    local key=$1 want=$2 what=$3
    if wait_for "$key" "$want"; then pass "$what ($key=$want)"; else fail "$what: $key is '$(value "$key")', want '$want'"; fi
}

# The rectangle "X Y W H" of a named control, from the state dump.
widget() { awk -v n="$1" '$1 == "widget" && $2 == n { print $3, $4, $5, $6; exit }' "$STATE"; }

# Waits until a named control is on screen (up to 10 s).
wait_widget() {
    local i
    for i in $(seq 1 100); do
        [ -n "$(widget "$1")" ] && return 0
        sleep 0.1
    done
    return 1
}

# Clicks the middle of a named control, as a person would with the mouse.
click() {
    local name=$1 x y w h
    if ! wait_widget "$name"; then fail "no control named $name on screen"; return 1; fi
    read -r x y w h <<<"$(widget "$name")"
    xdotool mousemove --window "$WID" $((x + w / 2)) $((y + h / 2)) click 1
    sleep 0.3
    # Away from the control again, so no tooltip covers the next screenshot.
    # shellcheck disable=SC2086 # "X Y": two arguments
    xdotool mousemove --window "$WID" ${MOUSE_REST:-640 2}
}

key() {
    xdotool key --delay "${KEY_DELAY:-80}" "$@"
    sleep 0.3
}

# shot NAME [SECONDS]: a screenshot of the whole (virtual) screen after the window has settled.
shot() {
    sleep "${2:-${SHOT_SETTLE:-1.2}}"
    # shellcheck disable=SC2086 # options are words
    import ${SHOT_OPTIONS:-} -window root "$OUT/$1.png"
    [ -s "$OUT/$1.png" ] && pass "screenshot $1.png" || fail "screenshot $1.png not written"
    cp "$STATE" "$OUT/$1.state.txt" 2>/dev/null
}

# visible NAME IMAGE: a named control is really drawn in a screenshot: its area holds many
# colours (anti-aliased text), not just the flat background.
visible() {
    local name=$1 image=$2 x y w h colours
    read -r x y w h <<<"$(awk -v n="$name" '$1 == "widget" && $2 == n { print $3, $4, $5, $6; exit }' "$OUT/$image.state.txt")"
    if [ -z "${w:-}" ]; then fail "$name is not on screen in $image"; return; fi
    colours=$(convert "$OUT/$image.png" -crop "${w}x${h}+${x}+${y}" +repage -format %k info:)
    if [ "${colours:-0}" -ge 8 ]; then pass "$name drawn in $image.png ($colours colours)"; else fail "$name looks empty in $image.png ($colours colours)"; fi
}

title_is() {
    local want=$1 got
    got=$(xdotool getwindowname "$WID")
    [ "$got" = "$want" ] && pass "window title '$got'" || fail "window title '$got', want '$want'"
}

# differs A B: two screenshots are not the same picture.
differs() {
    local a=$1 b=$2 diff
    diff=$(compare -metric AE "$OUT/$a.png" "$OUT/$b.png" null: 2>&1 | cut -d' ' -f1)
    [ "${diff:-0}" != 0 ] && pass "$b.png differs from $a.png ($diff pixels)" || fail "$b.png looks the same as $a.png"
}

# CPU share of the window over a few seconds of doing nothing (percent of one core).
idle_cpu() {
    local seconds=$1 ticks t0 t1
    ticks=$(getconf CLK_TCK)
    t0=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    sleep "$seconds"
    t1=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
    awk -v d=$((t1 - t0)) -v hz="$ticks" -v s="$seconds" 'BEGIN { printf "%.2f", 100 * d / hz / s }'
}

# The value of an SQL query on the progress database (python3's sqlite3, as another program reads it).
sql() { python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])' "${DB:-$OUT/data-home/rapport/rapport.db}" "$1"; }

# The window's X id, found by its title (WID; empty when there is none after 6 s).
find_window() {
    local i
    WID=""
    for i in $(seq 1 60); do
        WID=$(xdotool search --limit 1 --name '^Rapport' 2>/dev/null | head -1)
        [ -n "$WID" ] && break
        sleep 0.1
    done
}
