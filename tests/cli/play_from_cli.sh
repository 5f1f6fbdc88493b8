#!/usr/bin/env bash
# `rapport play --from NODE --set ... --continue` as an author tries part of a scenario (issue 21):
# the start node and values are used, --json lists the choices from there on, mistakes are named,
# and such try-outs are not recorded as progress. usage: play_from_cli.sh RAPPORT_BINARY SCENARIO_DIR
set -u
rapport=$1
scenario=$2/sample-coffee-break.json
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}
runs() { "$rapport" history --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["runs"]))'; }

# From a later decision, with trust set: the choices listed are those from that node on.
out=$("$rapport" play "$scenario" --lang en --json --from vertiefen --set lindemann.vertrauen=70 \
  --choices zusammenfassen,studie_anbieten,nichts_fordern,mail)
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert d["from"] == "vertiefen", d["from"]
assert d["choices"] == ["zusammenfassen", "studie_anbieten", "nichts_fordern", "mail"], d["choices"]
assert d["finished"], d
assert d["lines"][0]["node"] != "vortrag", d["lines"][0]
PY
check "--from vertiefen --set plays from that decision to an ending; --json lists the choices from there" $?

# The start value matters: trust set to 90 ends with more trust than trust set to 0.
trust() {
  "$rapport" play "$scenario" --lang en --json --from vertiefen --set "lindemann.vertrauen=$1" --choices zusammenfassen |
    python3 -c 'import json,sys; d=json.load(sys.stdin); p=[p for p in d["debrief"]["personas"] if p["persona"]=="lindemann"][0]; print(int(p["dimensions"]["vertrauen"][1]))'
}
high=$(trust 90); low=$(trust 0)
[ -n "$high" ] && [ -n "$low" ] && [ "$high" -gt "$low" ]
check "the --set value is the start value (trust after one move: $low from 0, $high from 90)" $?

# Mistakes are named, exit 2, nothing is played.
err=$("$rapport" play "$scenario" --lang de --from vertiefn --set lindemann.vertrauen=150 --set lindeman.kompetenz=3 2>&1 >/dev/null)
code=$?
[ $code -eq 2 ] && grep -q "Den Knoten „vertiefn“ gibt es nicht. Meinten Sie „vertiefen“?" <<<"$err" &&
  grep -q "zwischen 0 und 100" <<<"$err" && grep -q "Die Person „lindeman“ gibt es nicht" <<<"$err"
check "an unknown node, a value out of range and an unknown person are all named, exit 2 (got $code: $err)" $?
err=$("$rapport" play "$scenario" --lang en --set lindemann.mood=3 2>&1 >/dev/null)
[ $? -eq 2 ] && grep -q "There is no field 'mood'; possible fields: sympathie" <<<"$err"
check "an unknown field lists the possible fields" $?

# Try-outs are not progress: no run recorded; a normal run is.
before=$(runs)
"$rapport" play "$scenario" --lang en --from vertiefen --choices zusammenfassen >/dev/null 2>&1
after=$(runs)
[ "$before" = "$after" ]
check "a run with --from is not recorded ($before before, $after after)" $?

# --continue: the scripted prefix, then the answers from a pipe, to an ending.
out=$(printf '1\n1\n1\n1\n1\n1\n1\n1\n' | "$rapport" play "$scenario" --lang en --json --choices ins_foyer --continue)
python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["finished"] and d["choices"][0]=="ins_foyer" and len(d["choices"])>2, d["choices"]' "$out"
check "--continue keeps playing from the pipe after the --choices prefix" $?
out=$(printf '1\n' | "$rapport" play "$scenario" --lang en --choices ins_foyer --continue 2>&1)
grep -q "Your choice>" <<<"$out" && grep -qE '^  1\) ' <<<"$out"
check "after the prefix the open choices are listed and asked for" $?
"$rapport" play "$scenario" --continue >/dev/null 2>&1
[ $? -eq 2 ]
check "--continue without --choices is a usage error" $?

exit $fail
