#!/usr/bin/env bash
# The runner's speed against inkjs and the reference player, on the same generated graphs, in
# one run (issue 3). Prints `name: value unit` lines.
#
# usage: bench/run_runner_bench.sh [BUILD_DIR]   (default: build; needs bench_runner built there)
# env:   SIZES="2000 20000"  M=5000000  RUNS=5  M_PEER=200000  SEED=1
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
peer=$(cd "$root/../shared/bench" 2>/dev/null && pwd) || { echo "shared/bench not found beside the checkout" >&2; exit 2; }
runner="$build/bench/bench_runner"
[ -x "$runner" ] || { echo "build bench_runner first: cmake --build $build --target bench_runner" >&2; exit 2; }
sizes=${SIZES:-"2000 20000"}
m=${M:-5000000}
runs=${RUNS:-5}
m_peer=${M_PEER:-200000}
seed=${SEED:-1}

# inkjs from the npm registry, installed once into a cache folder outside the checkout.
ink_dir=${RAPPORT_BENCH_CACHE:-$HOME/.cache/rapport-bench}/inkjs
if [ ! -d "$ink_dir/node_modules/inkjs" ]; then
  mkdir -p "$ink_dir"
  npm install --silent --no-audit --no-fund --prefix "$ink_dir" inkjs@2.4.0 >&2
fi
export NODE_PATH="$ink_dir/node_modules"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
field() { sed -n "s/.*[ ^]$1=\([^ ]*\).*/\1/p" <<<" $2"; }
value() { sed -n "s/^$1: \([^ ]*\).*/\1/p" <<<"$2"; }

for n in $sizes; do
  python3 "$peer/story_graph.py" "$n" "$seed" graph > "$work/g$n.json"
  python3 "$peer/story_graph.py" "$n" "$seed" ink > "$work/g$n.ink"
  python3 "$here/graph_to_scenario.py" "$work/g$n.json" > "$work/s$n.json"
  node "$peer/compile_ink.js" "$work/g$n.ink" "$work/g$n.ink.json" >/dev/null

  ref=$(python3 "$peer/play_graph.py" "$work/g$n.json" "$m_peer")
  ours_check=$("$runner" graph "$work/s$n.json" "$m_peer" 1)
  ink=$(node "$peer/bench_inkjs.js" "$work/g$n.ink.json" "$m_peer")
  ours=$("$runner" graph "$work/s$n.json" "$m" "$runs")

  same=yes
  for k in checksum path text; do
    [ "$(field $k "$ref")" = "$(value runner_$k "$ours_check")" ] || same=no
  done
  [ "$(field checksum "$ref")" = "$(field checksum "$ink")" ] || same=no
  ink_rate=$(field choices_per_s "$ink")
  our_rate=$(value runner_choices_per_s_median "$ours")
  echo "graph_n$n: $n knots"
  echo "reference_checksum_n$n: $(field checksum "$ref") hex (path $(field path "$ref"), text $(field text "$ref"), M=$m_peer)"
  echo "runner_matches_reference_n$n: $same (checksum, path, text at M=$m_peer; inkjs checksum too)"
  echo "inkjs_choices_per_s_n$n: $ink_rate choices/s (M=$m_peer)"
  echo "runner_choices_per_s_n$n: $our_rate choices/s (median of $runs, M=$m)"
  awk -v a="$our_rate" -v b="$ink_rate" -v n="$n" 'BEGIN { printf "runner_vs_inkjs_n%s: %.0f x\n", n, a / b }'
done

# Rewind snapshot and saved-state costs on the sample scenario, at its third decision.
state=$("$runner" state "$root/scenarios/sample-coffee-break.json" profil ins_foyer)
echo "$state"
