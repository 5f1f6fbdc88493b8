#!/usr/bin/env bash
# The phone server under a room's load, with the real window (issue 17): `rapport seminar
# sample-coffee-break --phones` under Xvfb, and bench_phones as 250 phones on the loopback. Prints the
# client's figures, then the window's frame times while the load ran, as `name: value unit` lines.
#
# usage: bench/run_phones_bench.sh [BUILD_DIR]
# env:   SIZE=1920x1080 (the screen; the window is full screen, as on a projector)
#        PHONES=250 VOTERS=200 SPREAD=5 (seconds over which the spread votes arrive)
#        TEAMS= (e.g. "Nord,Süd": a team seminar instead of the plenary)
#
# How the frame time is measured: with $RAPPORT_FRAME_LOG set the window writes one line per frame
# drawn, the wall-clock time the frame began and how long it took until display() returned (the
# drawing, Mesa's software rendering and the frame limiter's wait); the frames that began while the
# load ran are counted. The window draws a frame whenever a command was applied (votes included),
# so under load it draws continuously.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(readlink -f "${1:-$root/build}")
for tool in xvfb-run "$build/rapport" "$build/bench/bench_phones"; do
    command -v "$tool" >/dev/null || [ -x "$tool" ] || { echo "missing: $tool (cmake --build build --target rapport bench_phones; package xvfb)" >&2; exit 2; }
done
size=${SIZE:-1920x1080}

if [ -z "${RAPPORT_PHONES_BENCH_INSIDE:-}" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    RAPPORT_PHONES_BENCH_INSIDE=1 WORK="$work" xvfb-run -a -s "-screen 0 ${size}x24 -nolisten tcp" "$0" "$build"
    echo "system_load_average_1min: $(cut -d' ' -f1 /proc/loadavg) runnable"
    exit 0
fi

mkdir -p "$WORK/config/rapport" "$WORK/xdg"
printf 'language=de\nfullscreen=1\nintro-seen=1\n' >"$WORK/config/rapport/settings.ini"
teams=()
[ -n "${TEAMS:-}" ] && teams=(--teams "$TEAMS")
env -u CI XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/xdg" RAPPORT_FRAME_LOG="$WORK/frames.log" \
    "$build/rapport" --data "$root" seminar sample-coffee-break "${teams[@]}" --phones --host 127.0.0.1 --port 18765 \
    >"$WORK/app.out" 2>"$WORK/app.err" &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q '^trainer: ' "$WORK/app.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^join: //p' "$WORK/app.out")
[ -n "$url" ] || { echo "the window did not start its phones:" >&2; cat "$WORK/app.err" >&2; exit 1; }
port=$(sed -E 's|http://[^:]+:([0-9]+)/.*|\1|' <<<"$url")
sleep 1 # the first frames (fonts, layout) are not part of the load
status=0
"$build/bench/bench_phones" 127.0.0.1 "$port" "$(sed -n 's/^room: //p' "$WORK/app.out")" "$(sed -n 's/^trainer: //p' "$WORK/app.out")" \
    "${PHONES:-250}" "${VOTERS:-200}" "${SPREAD:-5}" | tee "$WORK/client.txt" || status=1
wall() { sed -n "s/^$1: \([0-9]*\) ms/\1/p" "$WORK/client.txt"; }
# frames PREFIX START END: the frames that began between START and END (wall-clock ms).
frames() {
    awk -v s="$2" -v e="$3" '$1 >= s && $1 <= e { print $2 }' "$WORK/frames.log" | sort -n >"$WORK/$1.txt"
    local n
    n=$(wc -l <"$WORK/$1.txt")
    pick() { awk -v p="$1" -v n="$2" 'NR == (int(p / 100 * (n - 1) + 0.5) + 1) { printf "%.1f", $1 }' "$3"; }
    echo "$1_frames: $n frames"
    echo "$1_frame_p50_ms: $(pick 50 "$n" "$WORK/$1.txt") ms"
    echo "$1_frame_p99_ms: $(pick 99 "$n" "$WORK/$1.txt") ms"
    echo "$1_frame_max_ms: $(pick 100 "$n" "$WORK/$1.txt") ms"
}
echo "window_screen: $size pixels"
# The same window drawing about as often with one phone, then under the load of the room.
frames window_baseline "$(wall baseline_start_wall)" "$(wall baseline_end_wall)"
frames window_under_load "$(wall load_start_wall)" "$(wall load_end_wall)"
[ -n "${KEEP_FRAMES:-}" ] && cp "$WORK/frames.log" "$KEEP_FRAMES"
kill $app 2>/dev/null || true
wait $app 2>/dev/null || true
exit $status
