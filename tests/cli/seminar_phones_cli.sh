#!/usr/bin/env bash
# `rapport seminar ... --phones` on the command line: the options are explained, and wrong ones are
# refused with exit 2 and a reason, before any window or server starts.
#
# usage: tests/cli/seminar_phones_cli.sh RAPPORT_BINARY SOURCE_DIR
set -u
RAPPORT=${1:?usage: seminar_phones_cli.sh RAPPORT_BINARY SOURCE_DIR}
SOURCE=${2:?}
checks=0 failures=0
expect() { # expect WHAT STATUS WANTED_TEXT -- ARGS...
    local what=$1 status=$2 text=$3
    shift 4
    local out code
    out=$(env -u DISPLAY CI=true "$RAPPORT" --data "$SOURCE" "$@" 2>&1)
    code=$?
    checks=$((checks + 1))
    if [ "$code" = "$status" ] && grep -q -- "$text" <<<"$out"; then
        echo "  ok   $what"
    else
        failures=$((failures + 1))
        echo "  FAIL $what: exit $code, output: $out"
    fi
}
expect "the help explains --phones" 0 "--phones" -- seminar --help
expect "the help explains --port" 0 "next free one" -- seminar --help
expect "the help names the P key" 0 "P phones" -- seminar --help
expect "--port without --phones" 2 "belong to --phones" -- seminar sample-coffee-break --port 9000
expect "--host without --phones" 2 "belong to --phones" -- seminar sample-coffee-break --host 127.0.0.1
expect "a port that is no number" 2 "1 to 65535" -- seminar sample-coffee-break --phones --port abc
expect "port 0" 2 "1 to 65535" -- seminar sample-coffee-break --phones --port 0
expect "port 70000" 2 "1 to 65535" -- seminar sample-coffee-break --phones --port 70000
expect "--port without a value" 2 "port" -- seminar sample-coffee-break --phones --port
echo "seminar phones CLI: $((checks - failures)) of $checks checks passed"
[ "$failures" = 0 ]
