#!/usr/bin/env bash
# long_run.sh [SECONDS]: both fuzz targets at once for SECONDS (default 1800), one per core, under
# `nice -n 19` so that others on the machine can still build. Builds an optimised sanitizer build
# in build-fuzz/ first (Clang, -O2 -g, ASan+UBSan, libFuzzer); the corpora grow across runs in
# build-fuzz/fuzz/{loader,expression}/corpus. Prints each target's final statistics (executions,
# coverage, peak memory) and exits non-zero if either found a problem.
set -uo pipefail
seconds="${1:-1800}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="$root/build-fuzz"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DRAPPORT_SANITIZE=ON -DRAPPORT_FUZZ=ON -DRAPPORT_GUI=OFF -DRAPPORT_TESTS=ON -DRAPPORT_BENCH=OFF || exit 1
fi
nice -n 19 cmake --build "$build" --target fuzz_loader fuzz_expression || exit 1
mkdir -p "$build/fuzz"
# Wall-clock time per input: at nice 19 on a busy machine a large input that takes 2 s of CPU under
# the sanitizers can wait far longer for a core, so a reported timeout is rerun alone before it
# counts (`build-fuzz/tests/fuzz/fuzz_loader ARTIFACT`). RAPPORT_FUZZ_TIMEOUT overrides it.
export RAPPORT_FUZZ_KEEP=1 RAPPORT_FUZZ_TIMEOUT="${RAPPORT_FUZZ_TIMEOUT:-120}"
fuzz="$root/tests/fuzz"
nice -n 19 bash "$fuzz/run_fuzz.sh" "$build/tests/fuzz/fuzz_loader" "$seconds" "$build/fuzz/loader" "$fuzz/scenario.dict" \
  "$root/scenarios" "$root/tests/data/bad" "$root/tests/data/good" "$root/tests/data/hostile" >"$build/fuzz/loader.log" 2>&1 &
loader=$!
nice -n 19 bash "$fuzz/run_fuzz.sh" "$build/tests/fuzz/fuzz_expression" "$seconds" "$build/fuzz/expression" \
  "$fuzz/expression.dict" "$fuzz/expression-seeds" >"$build/fuzz/expression.log" 2>&1 &
expression=$!
status=0
wait "$loader" || status=1
wait "$expression" || status=1
for name in loader expression; do
  echo "== fuzz_$name ($build/fuzz/$name.log)"
  grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)|^stat::|ERROR|SUMMARY' "$build/fuzz/$name.log" | tail -n 12
done
exit "$status"
