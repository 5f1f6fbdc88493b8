#!/usr/bin/env bash
# The simulator window's cost under Xvfb (issue 7): time to the first frame, CPU time per frame
# while the radar animates, and the CPU share of an idle window. Prints `name: value unit` lines.
#
# usage: bench/run_gui_bench.sh [BUILD_DIR]   (default: build; needs build/rapport with the window)
# env:   LAUNCHES=5 (start-ups measured)  IDLE_SECONDS=10  K4=1 (also animate full screen at 3840x2160)
#        K4_MOVES=4 (moves animated at 4K; Mesa's software renderer needs about 0.1 s a frame there)
# Takes about 1.5 minutes.
#
# How it measures: the window writes its own frame statistics to $RAPPORT_GUI_STATE (frames drawn
# while an animation ran, and the process CPU time those frames took, Mesa's rendering threads
# included); xdotool presses the choice keys as a player would; the idle share is the process's
# utime+stime from /proc over IDLE_SECONDS with nothing happening.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=$(readlink -f "${1:-$root/build}")
rapport="$build/rapport"
[ -x "$rapport" ] || { echo "build rapport first: cmake --build $build --target rapport" >&2; exit 2; }
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (packages xvfb, xdotool)" >&2; exit 2; }
done

if [ "${RAPPORT_BENCH_INSIDE_XVFB:-}" = "" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    RAPPORT_BENCH_INSIDE_XVFB=1280x720 RAPPORT_BENCH_WORK="$work" \
        xvfb-run -a -s "-screen 0 1280x720x24 -nolisten tcp" "$0" "$build"
    if [ "${K4:-1}" = 1 ]; then
        RAPPORT_BENCH_INSIDE_XVFB=3840x2160 RAPPORT_BENCH_WORK="$work" \
            xvfb-run -a -s "-screen 0 3840x2160x24 -nolisten tcp" "$0" "$build"
    fi
    echo "system_load_average_1min: $(cut -d' ' -f1 /proc/loadavg) runnable"
    exit 0
fi

size=$RAPPORT_BENCH_INSIDE_XVFB
work=$RAPPORT_BENCH_WORK/$size
mkdir -p "$work/data/scenarios"
cp "$root/scenarios/sample-coffee-break.json" "$work/data/scenarios/"
state="$work/state.txt"
suffix=$([ "$size" = 1280x720 ] && echo "" || echo "_4k")
fullscreen=$([ "$size" = 1280x720 ] && echo 0 || echo 1)

value() { sed -n "s/^$1=//p" "$state" 2>/dev/null | head -1; }
wait_for() {
    local i
    for i in $(seq 1 300); do
        [ "$(value "$1")" = "$2" ] && return 0
        sleep 0.1
    done
    echo "bench: timed out waiting for $1=$2" >&2
    return 1
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# A profile of the bench's own, created by a terminal run, so that the window opens without asking.
XDG_DATA_HOME="$work/data-home" "$rapport" --data "$work/data" play sample-coffee-break --profile Bench --choices ins_foyer >/dev/null 2>&1
launch() {
    rm -rf "$work/config" "$state"
    mkdir -p "$work/config/rapport"
    printf 'language=de\ntext-size=100\nintro-seen=1\nprofile=Bench\nfullscreen=%s\n' "$fullscreen" >"$work/config/rapport/settings.ini"
    env -u CI XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data-home" RAPPORT_GUI_STATE="$state" "$rapport" --data "$work/data" >/dev/null 2>&1 &
    pid=$!
    wait_for screen start
}
quit() {
    xdotool key ctrl+q
    local i
    for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill "$pid" 2>/dev/null || true # the window did not take the key in time; the figures are in
    wait "$pid" || true
}

if [ -z "$suffix" ]; then
    walls=() cpus=()
    for i in $(seq 1 "${LAUNCHES:-5}"); do
        launch
        walls+=("$(value startup-ms)")
        cpus+=("$(value startup-cpu-ms)")
        quit
    done
    echo "gui_startup_to_first_frame_median: $(printf '%s\n' "${walls[@]}" | median) ms"
    echo "gui_startup_cpu_median: $(printf '%s\n' "${cpus[@]}" | median) ms"
fi

launch
w=${size%x*}
xdotool mousemove $((w / 2)) 2 # the pointer rests on the empty top bar
xdotool key 1 && wait_for screen briefing
xdotool key Return && wait_for screen play
frames0=$(value animated-frames)
cpu0=$(value animated-cpu-ms)
wall0=$(value animated-wall-ms)
moves=0
max_moves=$([ -z "$suffix" ] && echo 20 || echo "${K4_MOVES:-4}") # a 4K software frame is slow
while [ "$(value finished)" != 1 ] && [ $moves -lt "$max_moves" ]; do
    step=$(value step)
    xdotool key 1
    wait_for step $((step + 1))
    sleep 1.2 # let the animation run to its end
    moves=$((moves + 1))
done
frames=$(( $(value animated-frames) - frames0 ))
awk -v f="$frames" -v c1="$(value animated-cpu-ms)" -v c0="$cpu0" -v w1="$(value animated-wall-ms)" -v w0="$wall0" -v m="$moves" -v s="$suffix" 'BEGIN {
    if (f == 0) { print "bench: no animated frames" > "/dev/stderr"; exit 1 }
    printf "gui_animated_frames%s: %d frames over %d moves\n", s, f, m
    printf "gui_frame_cpu_animating%s: %.2f ms\n", s, (c1 - c0) / f
    printf "gui_frame_time_animating%s: %.2f ms\n", s, (w1 - w0) / f
}'

if [ -z "$suffix" ]; then
    sleep 1
    hz=$(getconf CLK_TCK)
    seconds=${IDLE_SECONDS:-10}
    t0=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    frames_before=$(value frames)
    sleep "$seconds"
    t1=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
    awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$seconds" 'BEGIN { printf "gui_idle_cpu_share: %.2f %% of a core\n", 100 * d / hz / s }'
    echo "gui_idle_frames_drawn: $(( $(value frames) - frames_before )) frames in $seconds s"
fi
quit
