#!/usr/bin/env bash
# Fails when a doctest test case name contains ';' (CTest would register it as pieces that run
# nothing), and checks that a single registered name really selects one test case.
# usage: test_names.sh RAPPORT_TESTS
set -u
tests=$1
names=$("$tests" --list-test-cases --no-version | grep -v '^\[doctest\]' | grep -v '^=*$')
count=$(grep -c . <<<"$names")
[ "$count" -gt 100 ] || { echo "FAILED: only $count test cases listed"; exit 1; }
bad=$(grep ';' <<<"$names")
if [ -n "$bad" ]; then
  echo "FAILED: test case names with ';' (write ',' instead):"
  echo "$bad"
  exit 1
fi
# One name taken as CTest passes it: exactly one test case runs.
first=$(head -n 1 <<<"$names")
ran=$("$tests" "--test-case=${first//,/\\,}" 2>&1 | grep -E '^\[doctest\] test cases:' | sed -E 's/.*test cases: *([0-9]+).*/\1/')
[ "$ran" = 1 ] || { echo "FAILED: '$first' selected $ran test cases"; exit 1; }
echo "all $count test case names register whole"
