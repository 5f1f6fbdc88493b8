#!/usr/bin/env bash
# Quick start, command 2: installs the Debian packages that are missing, builds everything and runs
# the whole test suite twice: in Release (build/) and under ASan+UBSan (build-asan/). Exits non-zero
# on any failure; the last line says how many tests passed and failed. Needs no terminal or stdin.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ASAN_DIR="$ROOT/build-asan"
# The window links Mesa, whose own leaks LeakSanitizer reports: the sanitizer job builds without it.
# Debug (-O0 -g, asserts on): with the sanitizers, -O2 compiles nlohmann/json code about six times
# slower, which on two cores costs minutes, while the tests themselves run in seconds either way.
ASAN_ARGS=(-DCMAKE_BUILD_TYPE=Debug -DRAPPORT_SANITIZE=ON -DRAPPORT_GUI=OFF
  -DRAPPORT_TESTS=ON -DRAPPORT_BENCH=OFF)

TOTAL_PASSED=0
TOTAL_FAILED=0
SUMMARY=()

# finish MESSAGE STATUS: a summary, then the closing line with the counts, then exit.
finish() {
  echo "$1"
  echo "rapport: ${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed"
  exit "$2"
}

# A failure before any count means something: the closing line says what instead.
abort() {
  echo "rapport: FAILED – $1"
  exit 1
}

# run_suite NAME DIR CTEST_ARGS... -- CMAKE_ARGS...: builds DIR, runs ctest, adds up the counts.
# Returns 2 when the build fails, 1 when a test fails.
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
  TOTAL_PASSED=$((TOTAL_PASSED + passed))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  SUMMARY+=("$name: $passed passed, $failed failed")
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

ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}" || abort "the missing packages could not be installed (see above)."
# The phone page test drives Chromium with puppeteer-core from npm, kept outside the repository;
# when it cannot be installed the test fails and says so (it is not skipped).
"$ROOT/scripts/install-puppeteer.sh" >/dev/null || say "puppeteer-core could not be installed: the phones_page test will fail"

overall=0
run_suite "Release" "$RELEASE_DIR" -- "${RELEASE_ARGS[@]}"
case $? in
  0) ;;
  2) abort "the Release build failed (see the errors above)." ;;
  *) overall=1 ;;
esac
install_check || overall=1

# halt_on_error: UBSan findings fail the test rather than scroll by. The window smoke test is
# labelled `window`; it runs in the Release job only.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:check_initialization_order=1:strict_init_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
run_suite "ASan+UBSan" "$ASAN_DIR" --label-exclude window -- "${ASAN_ARGS[@]}"
case $? in
  0) ;;
  2) abort "the ASan+UBSan build failed (see the errors above; Release: ${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed)." ;;
  *) overall=1 ;;
esac

if [ "$overall" -ne 0 ]; then
  finish "FAILED after $(elapsed): $(IFS=';'; echo "${SUMMARY[*]}" | sed 's/;/; /g')." 1
fi
finish "All tests passed in $(elapsed): $(IFS=';'; echo "${SUMMARY[*]}" | sed 's/;/; /g')." 0
