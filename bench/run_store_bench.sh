#!/usr/bin/env bash
# The progress store's costs (issue 19), printed as `name: value unit` lines:
#   - a decision's write (sync and commit) at the 99th percentile, and the progress and history
#     queries at 10,000 runs (bench_store);
#   - 300,000 piped answers to `rapport play`, recorded and as a guest: time and peak memory;
#   - the window's progress screen at 10,000 runs: from the click to its first frame on screen
#     (median of several starts, under Xvfb), with the CPU time spent in that span; once as the
#     learner meets it (the data read ahead while the start screen idled) and once right after a
#     terminal recorded a run, so that the click has to read the 10,000 runs.
#
# usage: bench/run_store_bench.sh [BUILD_DIR]   (default: build; needs rapport and bench_store)
# env:   RUNS=10000  ANSWERS=300000  OPENS=5
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
rapport="$build/rapport"
bench="$build/bench/bench_store"
[ -x "$rapport" ] && [ -x "$bench" ] || { echo "build first: cmake --build $build --target rapport bench_store" >&2; exit 2; }
runs=${RUNS:-10000}
answers=${ANSWERS:-300000}
opens=${OPENS:-5}
endless="$root/tests/data/store/endless-talk.json"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$bench" measure "$endless" "$runs" 5000

# Piped answers: an endless conversation (answer 1 asks again), recorded in batches.
awk -v n="$answers" 'BEGIN { for (i = 0; i < n; ++i) print 1 }' >"$work/answers.txt"
for mode in recorded guest; do
    extra=()
    [ $mode = guest ] && extra=(--guest)
    XDG_DATA_HOME="$work/pipe-$mode" /usr/bin/time -f "%e %M" -o "$work/time" \
        "$rapport" play "$endless" --lang en "${extra[@]}" <"$work/answers.txt" >/dev/null 2>"$work/err"
    read -r seconds kb <"$work/time"
    echo "piped_${answers}_answers_${mode}_seconds: $seconds s"
    echo "piped_${answers}_answers_${mode}_peak_memory: $((kb / 1024)) MB"
done
stored=$(python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from decision").fetchone()[0])' \
    "$work/pipe-recorded/rapport/rapport.db")
echo "piped_${answers}_answers_decisions_stored: $stored decisions"

# The window's progress screen on a profile with RUNS finished runs.
command -v xvfb-run >/dev/null && command -v xdotool >/dev/null || { echo "progress_screen_open: skipped (needs xvfb and xdotool)"; exit 0; }
mkdir -p "$work/gui-data/rapport" "$work/gui-config/rapport"
"$bench" make-db "$work/gui-data/rapport/rapport.db" Bench "$runs"
printf 'language=de\ntext-size=100\nintro-seen=1\nprofile=Bench\n' >"$work/gui-config/rapport/settings.ini"
cat >"$work/open.sh" <<'EOF'
#!/usr/bin/env bash
# Inside Xvfb: start the window, click "My progress", print the state dump's figures.
set -u
state=$1/state.txt
rm -f "$state"
XDG_CONFIG_HOME=$1/gui-config XDG_DATA_HOME=$1/gui-data RAPPORT_GUI_STATE=$state "$2" >/dev/null 2>&1 &
pid=$!
widget() { awk -v n="$1" '$1 == "widget" && $2 == n { print $3, $4, $5, $6; exit }' "$state" 2>/dev/null; }
for i in $(seq 1 200); do [ -n "$(widget progress)" ] && break; sleep 0.1; done
sleep 1
# After a terminal's run the data read ahead is stale: the click reads the database again.
[ "$3" = cold ] && XDG_DATA_HOME=$1/gui-data "$2" play sample-coffee-break --profile Bench --choices ins_foyer >/dev/null 2>&1
sleep 0.3
wid=$(xdotool search --limit 1 --name '^Rapport' | head -1)
read -r x y w h <<<"$(widget progress)"
xdotool mousemove --window "$wid" $((x + w / 2)) $((y + h / 2)) click 1
for i in $(seq 1 100); do grep -q '^progress-open-ms=[1-9]' "$state" 2>/dev/null && break; sleep 0.1; done
grep -E '^progress-(open|load|open-cpu|load-cpu)-ms=' "$state" | tr '\n' ' '
echo
kill "$pid"
EOF
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for mode in warm cold; do
    for i in $(seq 1 "$opens"); do
        xvfb-run -a -s "-screen 0 1280x720x24" bash "$work/open.sh" "$work" "$rapport" $mode
    done >"$work/opens-$mode.txt"
    field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" "$work/opens-$mode.txt" | median; }
    what=$([ $mode = warm ] && echo "read ahead while the start screen idled" || echo "read on the click, after a terminal's run")
    echo "progress_screen_open_${mode}_${runs}_runs: $(field progress-open-ms) ms (click to first frame on screen, $what; median of $opens starts, 1280x720)"
    echo "progress_screen_open_${mode}_cpu_${runs}_runs: $(field progress-open-cpu-ms) ms (CPU time of the window in that span)"
    echo "progress_screen_query_on_click_${mode}_${runs}_runs: $(field progress-load-ms) ms ($(field progress-load-cpu-ms) ms CPU)"
done
