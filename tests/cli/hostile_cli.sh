#!/usr/bin/env bash
# The three commands given hostile input as a user or a script would (issue 11): special files,
# a loop of links, a file name with a line break, numbers past 64 bits, 300,000 piped answers,
# one endless answer line. Each must answer with a clear message and the documented exit code,
# within 20 s (60 s under the sanitizers) and, in Release, within 1 GB.
# usage: hostile_cli.sh RAPPORT_BINARY DATA_DIR SANITIZED(0|1)
set -u
rapport=$1
data=$2
sanitized=$3
limit=20
[ "$sanitized" = 1 ] && limit=60
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Runs are recorded (the progress store) as a user's would be, but not in the user's own history.
export XDG_DATA_HOME=$work/data
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}
# run NAME CMD...: runs with the time limit; sets $rc, $out (stdout), $err (stderr), $peak_kb.
run() {
  local name=$1
  shift
  /usr/bin/time -f '%M' -o "$work/time" timeout -s KILL "$limit" "$@" >"$work/out" 2>"$work/err"
  rc=$?
  out=$(head -c 20000 "$work/out")
  err=$(head -c 20000 "$work/err")
  peak_kb=$(tail -n 1 "$work/time" 2>/dev/null | tr -dc '0-9')
  [ "$rc" -eq 137 ] && echo "  ($name: killed after $limit s)"
  return 0
}
within_memory() { [ "$sanitized" = 1 ] || [ "${peak_kb:-0}" -lt 1048576 ]; }

mkfifo "$work/pipe.json"
run fifo "$rapport" validate --lang en "$work/pipe.json"
[ "$rc" -eq 2 ] && grep -q "named pipe (FIFO)" <<<"$out"
check "validate refuses a FIFO at once, exit 2" $?
run fifo-play "$rapport" play --lang en "$work/pipe.json" </dev/null
[ "$rc" -eq 2 ] && grep -q "named pipe" <<<"$err"
check "play refuses a FIFO at once, exit 2" $?
run device "$rapport" validate --lang en /dev/zero
[ "$rc" -eq 2 ] && grep -q "a device" <<<"$out"
check "validate refuses /dev/zero at once, exit 2" $?

ln -s b.json "$work/a.json"
ln -s a.json "$work/b.json"
run loop "$rapport" analyze --lang en "$work/a.json"
[ "$rc" -eq 2 ] && grep -q "loop of symbolic links" <<<"$err"
check "a loop of symbolic links is named as one" $?

mkdir "$work/folder"
# Without "$schema": in another folder its relative path would point nowhere (a warning of its own).
grep -v '"\$schema"' "$data/bad/out-of-range.json" >"$work/folder/$(printf 'x\nforged.json:1:1: error: forged.json')"
run newline "$rapport" validate --lang en "$work/folder"
lines=$(grep -c . <<<"$out")
[ "$rc" -eq 1 ] && [ "$lines" -eq 2 ] && ! grep -q '^forged' <<<"$out" && grep -q 'x\\nforged.json' <<<"$out"
check "a file name with a line break stays on its diagnostic's line" $?

run budget "$rapport" analyze --lang en --budget-ms 9223372036854775807 sample-coffee-break
[ "$rc" -eq 0 ]
check "analyze with the largest budget stops when its work is done" $?
# A long chain of endings that tie on the result (too many states for the exact layer): the
# budget holds. Each tying ending used to build its way back to the start: 20 s and more.
run chain "$rapport" analyze --lang en --budget-ms 750 "$data/analyzer/conditional.json"
[ "$rc" -le 1 ] && [ "$rc" -ne 137 ]
check "analyze keeps its budget on a long chain of equal endings (exit $rc)" $?
run budget-overflow "$rapport" analyze --budget-ms 99999999999999999999 sample-coffee-break
[ "$rc" -eq 2 ] && grep -q "from 0 to 9223372036854775807" <<<"$err"
check "a budget past 64 bits is a usage error" $?
run seed "$rapport" play --lang en --seed 18446744073709551615 --choices profil sample-coffee-break
[ "$rc" -eq 0 ]
check "the largest seed plays" $?
run seed-overflow "$rapport" play --seed 18446744073709551616 sample-coffee-break
[ "$rc" -eq 2 ] && grep -q "from 0 to 18446744073709551615" <<<"$err"
check "a seed past 64 bits is a usage error" $?

yes fragen | head -n 300000 >"$work/answers"
run answers "$rapport" play --lang en "$data/hostile/answer-loop.json" <"$work/answers"
[ "$rc" -eq 1 ] && grep -q "grown too long" <<<"$err" && ! grep -q -- "--resume" <<<"$err" && within_memory
check "300,000 piped answers: play stops as too long, recorded, in time and memory, and offers no resume (peak ${peak_kb:-?} KB)" $?
"$rapport" history --json | python3 -c 'import json,sys; r=json.load(sys.stdin)["runs"][0]; assert not r["finished"] and r["decisions"] > 1000, r'
check "... and its decisions are in the history" $?
run answers-json "$rapport" play --json --lang en "$data/hostile/answer-loop.json" <"$work/answers"
[ "$rc" -eq 1 ] && python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["stuck"]' "$work/out" && within_memory
check "... and with --json one complete document (peak ${peak_kb:-?} KB)" $?

head -c 50000000 /dev/zero | tr '\0' 'x' >"$work/long-line"
run long-answer "$rapport" play --lang en sample-coffee-break <"$work/long-line"
[ "$rc" -eq 1 ] && [ "${#err}" -lt 2000 ] && within_memory
check "a 50 MB answer line is refused with a short message (peak ${peak_kb:-?} KB)" $?

evil_profile=$(printf 'evil\nname\033[2J')
run profile-play "$rapport" play --lang en --profile "$evil_profile" --choices profil sample-coffee-break
[ "$rc" -eq 0 ] && [ "$(grep -c . <<<"$err")" -eq 1 ] && ! grep -q $'\033' <<<"$err" && grep -q 'evil\\nname' <<<"$err"
check "a profile name with a line break is refused on one line; the game goes on" $?
run profile-history "$rapport" history --lang en --profile "$evil_profile"
[ "$rc" -eq 0 ] && [ "$(grep -c . <<<"$out")" -eq 1 ] && ! grep -q $'\033' <<<"$out"
check "history cites such a profile name on one line" $?

run command "$rapport" "$(printf 'evil\ncommand\033[2J')"
[ "$rc" -eq 2 ] && [ "$(grep -c . <<<"$err")" -eq 1 ] && ! grep -q $'\033' <<<"$err"
check "an unknown command is cited on one line, escapes escaped" $?

exit "$fail"
