#!/usr/bin/env bash
# Quick start, command 2: installs the Debian packages that are missing, builds everything and runs
# the whole test suite twice: in Release (build/) and under ASan+UBSan built with Clang
# (build-asan/), whose build also makes the libFuzzer targets and runs each briefly. Exits non-zero
# on any failure and on any test that did not run, unless it was asked to skip that test by name
# (RAPPORT_SKIP=window,fuzz: test names or labels). The last line counts passed and failed tests
# and names every test that did not run. Needs no terminal or stdin; CI=true changes nothing.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ASAN_DIR="$ROOT/build-asan"
# The window links Mesa, whose own leaks LeakSanitizer reports: the sanitizer job builds without it.
# Debug (-O0 -g, asserts on): with the sanitizers, -O2 compiles nlohmann/json code about six times
# slower, which on two cores costs minutes, while the tests themselves run in seconds either way.
ASAN_ARGS=(-DCMAKE_BUILD_TYPE=Debug -DRAPPORT_SANITIZE=ON -DRAPPORT_GUI=OFF
  -DRAPPORT_TESTS=ON -DRAPPORT_BENCH=OFF)
# The short fuzz runs of the sanitizer job (tests/fuzz/CMakeLists.txt), named for when they can't exist.
FUZZ_TESTS=(fuzz_loader_short fuzz_expression_short)

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()
NOT_RUN=()   # tests that could not run although nobody asked to skip them
SKIPPED=()   # tests skipped because RAPPORT_SKIP names them

# RAPPORT_SKIP: names or labels, separated by commas or spaces.
read -r -a SKIP_NAMES <<<"$(tr ',' ' ' <<<"${RAPPORT_SKIP:-}")"
skip_regex() { local IFS='|'; echo "^(${SKIP_NAMES[*]})\$"; }
asked_to_skip() {
  local name
  for name in "${SKIP_NAMES[@]}"; do [ "$name" = "$1" ] && return 0; done
  return 1
}

# The closing line: the counts, then every test that did not run.
closing_line() {
  local line="rapport: ${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed"
  [ "${#NOT_RUN[@]}" -gt 0 ] && line+="; did not run: ${NOT_RUN[*]}"
  [ "${#SKIPPED[@]}" -gt 0 ] && line+="; skipped as asked (RAPPORT_SKIP): ${SKIPPED[*]}"
  echo "$line"
}

# finish MESSAGE STATUS: a summary, then the closing line, then exit.
finish() {
  echo "$1"
  closing_line
  exit "$2"
}

# A failure before any count means something: the closing line says what instead.
abort() {
  echo "rapport: FAILED – $1"
  exit 1
}

# Tests of a configured folder that RAPPORT_SKIP names (by test name or by label).
tests_named_by_skip() {
  local dir="$1"
  [ "${#SKIP_NAMES[@]}" -eq 0 ] && return 0
  { ctest --test-dir "$dir" -N -R "$(skip_regex)"; ctest --test-dir "$dir" -N -L "$(skip_regex)"; } 2>/dev/null |
    sed -n -E 's/^ *Test +#[0-9]+: +([^ ]+).*/\1/p' | sort -u
}

# run_suite NAME DIR CTEST_ARGS... -- CMAKE_ARGS...: builds DIR, runs ctest, adds up the counts and
# the tests that did not run. Returns 2 when the build fails, 1 when a test fails or did not run.
run_suite() {
  local name="$1" dir="$2"
  shift 2
  local ctest_args=()
  while [ "$#" -gt 0 ] && [ "$1" != -- ]; do ctest_args+=("$1"); shift; done
  shift
  say "$name: configuring and building in ${dir#"$ROOT"/} ($(elapsed) so far)"
  mkdir -p "$dir"
  if ! configure_and_build "$dir" all "$@" 2>&1 | tee "$dir/build-output.log"; then
    SUMMARY+=("$name: build failed")
    return 2
  fi
  local warnings
  warnings="$(grep -c 'warning:' "$dir/build-output.log")"
  say "$name: built ($(elapsed) so far; compiler warnings printed: $warnings); running the tests"
  local skipped_here
  skipped_here="$(tests_named_by_skip "$dir")"
  if [ -n "$skipped_here" ]; then
    while read -r t; do SKIPPED+=("$t"); done <<<"$skipped_here"
    ctest_args+=(-E "$(skip_regex)")
  fi
  local log="$dir/ctest-output.log" status=0
  ctest --test-dir "$dir" --output-on-failure --no-tests=error --timeout 300 \
    --parallel "$JOBS" "${ctest_args[@]}" </dev/null 2>&1 | tee "$log" || status=1
  # "100% tests passed, 0 tests failed out of 57"
  local line passed=0 failed=0 total
  line="$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)"
  if [ -n "$line" ]; then
    failed="$(sed -E 's/.* ([0-9]+) tests? failed out of.*/\1/' <<<"$line")"
    total="$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line")"
    passed=$((total - failed))
  elif [ "$status" -ne 0 ]; then
    failed=1 # ctest itself failed (no tests found, or it could not run)
  fi
  # "The following tests did not run:" then lines "\t 82 - gui_smoke (Skipped)": a tool is missing.
  local not_run
  not_run="$(sed -n '/^The following tests did not run:/,/^$/p' "$log" | sed -n -E 's/^[[:space:]]*[0-9]+ - ([^ ]+) .*/\1/p')"
  local t count=0
  while read -r t; do
    [ -z "$t" ] && continue
    count=$((count + 1))
    if asked_to_skip "$t"; then SKIPPED+=("$t"); else NOT_RUN+=("$t"); status=1; fi
  done <<<"$not_run"
  passed=$((passed - count)) # ctest counts a test that did not run as passed
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  local did_not_run=""
  [ "$count" -gt 0 ] && did_not_run=", $count did not run"
  SUMMARY+=("$name: $passed passed, $failed failed$did_not_run")
  [ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
}

# `cmake --install` must give a working copy: install the Release build into a temporary prefix and
# validate the scenarios there with the installed binary. Counts as one test.
install_check() {
  local prefix log="$RELEASE_DIR/install-check.log" status=0
  prefix="$(mktemp -d)"
  say "install check: cmake --install into a temporary prefix, then its rapport validates its scenarios"
  { cmake --install "$RELEASE_DIR" --prefix "$prefix" &&
      "$prefix/bin/rapport" --data "$prefix/share/rapport" validate "$prefix/share/rapport/scenarios"
  } </dev/null >"$log" 2>&1 || status=1
  rm -rf "$prefix"
  if [ "$status" -eq 0 ]; then
    TOTAL_PASSED=$((TOTAL_PASSED + 1))
    SUMMARY+=("install: 1 passed, 0 failed")
  else
    cat "$log"
    echo "install check FAILED (log: ${log#"$ROOT"/})"
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
    SUMMARY+=("install: 0 passed, 1 failed")
  fi
  return "$status"
}

# Whether Clang can build and link a libFuzzer target with the sanitizers (compiler and runtimes).
clang_fuzzer_works() {
  command -v clang++ >/dev/null 2>&1 || return 1
  local probe
  probe="$(mktemp -d)"
  printf '%s\n' '#include <cstddef>' '#include <cstdint>' \
    'extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t*, std::size_t) { return 0; }' >"$probe/probe.cpp"
  clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" >/dev/null 2>&1
  local ok=$?
  rm -rf "$probe"
  return "$ok"
}

# The test packages are installed before anything is configured, so nothing is ever looked for
# before it could be there; tests look for their tools again whenever they run.
ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" || abort "the missing packages could not be installed (see above)."
# The phone page test drives Chromium with puppeteer-core from npm, kept outside the repository;
# when it cannot be installed the test does not run, and this script fails and names it (unless
# RAPPORT_SKIP=phones_page).
"$ROOT/scripts/install-puppeteer.sh" >/dev/null || say "puppeteer-core could not be installed: the phones_page test will not run"

overall=0
run_suite "Release" "$RELEASE_DIR" -- "${RELEASE_ARGS[@]}"
case $? in
  0) ;;
  2) abort "the Release build failed (see the errors above)." ;;
  *) overall=1 ;;
esac
install_check || overall=1

# The sanitizer job is built with Clang, so the fuzz targets come out of the same build. Without
# a working Clang it still runs (with the default compiler), but the fuzz runs did not run.
if clang_fuzzer_works; then
  ASAN_ARGS+=(-DCMAKE_CXX_COMPILER=clang++ -DRAPPORT_FUZZ=ON)
else
  say "Clang with libFuzzer and the sanitizer runtimes is missing (packages clang, libclang-rt-14-dev): no fuzz runs"
  ASAN_ARGS+=(-DRAPPORT_FUZZ=OFF)
  for t in "${FUZZ_TESTS[@]}"; do
    if asked_to_skip "$t" || asked_to_skip fuzz; then SKIPPED+=("$t"); else NOT_RUN+=("$t"); overall=1; fi
  done
fi
# halt_on_error: UBSan findings fail the test rather than scroll by. The window smoke tests
# (`window`) and the model's judgment and calibration checks (`model`: hundreds of playthroughs and
# analyses that judge behaviour, not memory, and take over five minutes unoptimised) run in the
# Release job only.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
run_suite "ASan+UBSan" "$ASAN_DIR" --label-exclude 'window|model' -- "${ASAN_ARGS[@]}"
case $? in
  0) ;;
  2) abort "the ASan+UBSan build failed (see the errors above; Release: ${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed)." ;;
  *) overall=1 ;;
esac

if [ "$overall" -ne 0 ]; then
  finish "FAILED after $(elapsed): $(IFS=';'; echo "${SUMMARY[*]}" | sed 's/;/; /g')." 1
fi
finish "All tests passed in $(elapsed): $(IFS=';'; echo "${SUMMARY[*]}" | sed 's/;/; /g')." 0
