#!/usr/bin/env bash
# The progress store as a learner and a script use it from the terminal: runs recorded in the
# default profile, --profile, --guest, `rapport history`, `play --resume` covering the whole run,
# and a foreign or damaged database that is reported and never overwritten, while play goes on
# with the same output and exit code. usage: store_cli.sh RAPPORT_BINARY SCENARIO_DIR
set -u
rapport=$1
scenario=$2/sample-coffee-break.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data
db=$XDG_DATA_HOME/rapport/rapport.db
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}
runs() { # number of runs in `history --json` for the arguments given
  "$rapport" history --json "$@" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["runs"]))'
}
# A finished path through the coffee break, from a piped run.
full=$(printf '3\n1\n1\n1\n1\n1\n1\n1\n' | "$rapport" play "$scenario" --lang en --json --guest |
  python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["finished"]; print(",".join(d["choices"]))')
n=$(tr ',' '\n' <<<"$full" | wc -l)

# A scripted run is recorded in the default profile, with what the exports will need.
"$rapport" play "$scenario" --lang en --choices "$full" >/dev/null 2>"$work/err"
check "a scripted run exits 0 and says nothing about recording (stderr: $(cat "$work/err"))" $(( $? + $(wc -c <"$work/err") ))
"$rapport" history --json >"$work/history.json"
python3 - "$work/history.json" "$n" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["runs"]
assert len(runs) == 1, runs
r = runs[0]
assert r["finished"] and r["decisions"] == int(sys.argv[2]) and r["scenario"] == "sample-coffee-break", r
assert len(r["contentHash"]) == 64 and r["lang"] == "en" and r["seed"] == 1 and r["origin"] == "script", r
assert r["ending"] and r["style"] and isinstance(r["score"], int) and "scoreLabel" in r and r["startedAt"].endswith("Z"), r
assert r["persons"] and all(len(p["dimensions"]) == 6 for p in r["persons"]), r["persons"]
assert all(len(v) == 2 for p in r["persons"] for v in p["dimensions"].values())
assert r["principles"] and all({"principle", "followed", "violated"} <= set(p) for p in r["principles"]), r["principles"]
PY
check "history --json: one finished run with hash, language, seed, ending, style, score, principles, six dimensions per person" $?
[ "$(sha256sum "$scenario" | cut -d' ' -f1)" = "$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["runs"][0]["contentHash"])' "$work/history.json")" ]
check "the content hash is the SHA-256 of the scenario file (sha256sum agrees)" $?

# play --json stays the same document with and without recording; no ids or times in it.
a=$("$rapport" play "$scenario" --lang en --json --choices "$full" 2>/dev/null)
b=$("$rapport" play "$scenario" --lang en --json --choices "$full" --guest 2>/dev/null)
[ -n "$a" ] && [ "$a" = "$b" ]
check "play --json prints the identical document whether the run is recorded or not" $?
[ "$(runs)" = 2 ]
check "the guest run stored nothing (2 runs, not 3)" $?

# Profiles keep their runs apart; the terminal never asks.
"$rapport" play "$scenario" --lang en --choices ins_foyer --profile "Anna B" </dev/null >/dev/null 2>&1
[ "$(runs --profile 'Anna B')" = 1 ] && [ "$(runs)" = 2 ]
check "--profile records in that profile only" $?
"$rapport" history --profile "Anna B" --lang de | grep -q "unterbrochen nach 1 Entscheidung  "
check "history in German names the unfinished run" $?

# Resume: the output covers the whole run, the answers before the interruption included.
printf '3\n1\n1\n' | "$rapport" play "$scenario" --lang en --profile resumer >/dev/null 2>"$work/err"
grep -q -- "--resume --profile resumer" "$work/err"
check "an interrupted run says how to continue it" $?
rest=$(tr ',' '\n' <<<"$full" | tail -n +4)
resumed=$(printf '%s\n' "$rest" | "$rapport" play --resume --profile resumer --json 2>"$work/err")
code=$?
oneshot=$("$rapport" play "$scenario" --lang en --json --guest --choices "$full")
[ $code -eq 0 ] && [ "$resumed" = "$oneshot" ]
check "play --resume --json gives the same document as the whole run in one go (exit $code)" $?
grep -q "continuing the run after 3 decisions" "$work/err"
check "resume says on stderr where it continues" $?
"$rapport" history --json --profile resumer | python3 -c '
import json,sys; r=json.load(sys.stdin)["runs"]; assert len(r)==1 and r[0]["finished"] and r[0]["decisions"]=='"$n"', r'
check "the resumed run is one finished run with every decision" $?
printf '3\n1\n' | "$rapport" play "$scenario" --lang de --profile resumer >/dev/null 2>&1
"$rapport" play --resume --profile resumer --choices "$(tr ',' '\n' <<<"$full" | sed -n 3p)" >"$work/out" 2>/dev/null
[ "$(grep -c "→" "$work/out")" = 3 ] && grep -q "== Die Kaffeepause ==" "$work/out"
check "the resumed transcript shows the earlier decisions too (3 arrows), in the run's language" $?
"$rapport" play --resume --profile nobody >/dev/null 2>"$work/err"
[ $? -eq 2 ] && grep -q "nothing to resume\|nichts fortzusetzen" "$work/err"
check "--resume with nothing to resume exits 2 and says so" $?
"$rapport" play "$scenario" --resume >/dev/null 2>&1; [ $? -eq 2 ]
check "--resume with a SCENARIO is a usage error" $?
"$rapport" play "$scenario" --guest --profile x >/dev/null 2>&1; [ $? -eq 2 ]
check "--guest with --profile is a usage error" $?

# A database that is not ours, or damaged, is reported and never overwritten; play goes on.
for kind in foreign damaged; do
  rm -rf "$XDG_DATA_HOME" && mkdir -p "$(dirname "$db")"
  if [ $kind = foreign ]; then
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("create table notes(t)"); c.commit()' "$db"
  else
    "$rapport" play "$scenario" --choices ins_foyer >/dev/null 2>&1
    python3 -c 'import sys; f=open(sys.argv[1],"r+b"); f.seek(100); f.write(b"\xa5"*40)' "$db"
  fi
  cp "$db" "$work/before.db"
  out=$("$rapport" play "$scenario" --lang en --json --choices "$full" 2>"$work/err")
  code=$?
  [ $code -eq 0 ] && [ "$out" = "$oneshot" ]
  check "$kind database: play exits 0 with the same document" $?
  grep -q "left as it is" "$work/err" && grep -q "not recorded" "$work/err"
  check "$kind database: stderr says the file is left as it is and the run is not recorded" $?
  "$rapport" play "$scenario" --lang en --choices ins_foyer,no_such >/dev/null 2>&1; [ $? -eq 1 ]
  check "$kind database: a bad scripted choice still exits 1" $?
  "$rapport" history >/dev/null 2>"$work/err"; [ $? -eq 2 ] && grep -q "left as it is" "$work/err"
  check "$kind database: history exits 2 with the reason" $?
  cmp -s "$db" "$work/before.db" && { [ ! -e "$db-wal" ] || [ ! -s "$db-wal" ]; }
  check "$kind database: the file is byte for byte unchanged" $?
done

[ $fail -eq 0 ] && echo "store_cli: all passed"
exit $fail
