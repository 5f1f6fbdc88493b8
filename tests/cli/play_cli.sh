#!/usr/bin/env bash
# `rapport play` as a learner and a script use it: piped answers, --choices, --json, bad input,
# end of input. usage: play_cli.sh RAPPORT_BINARY SCENARIO_DIR [SANITIZED(0|1)]
# Under the sanitizers the library-wide measures (the analyzer at 10 s, every pinned path) run on
# a few scenarios only and say so: they judge texts, which the Release job checks in full.
set -u
rapport=$1
scenario=$2/sample-coffee-break.json
sanitized=${3:-0}
# Runs are recorded in the progress store: in a folder of the test's own, never the user's.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME
trap 'rm -rf "$XDG_DATA_HOME"' EXIT
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}

# --json prints exactly one JSON document, also with answers from a pipe, and reaches an ending.
out=$(printf '3\n1\n1\n1\n1\n1\n1\n1\n1\n1\n1\n' | "$rapport" play "$scenario" --lang en --json 2>/dev/null)
python3 -c 'import json,sys; d=json.loads(sys.stdin.read()); assert d["finished"] and d["debrief"]["style"]["id"]' <<<"$out"
check "piped answers with --json give one JSON document that reaches an ending" $?

# The same choices give the same document (no timestamps): determinism across processes.
choices=$(python3 -c 'import json,sys; print(",".join(json.loads(sys.stdin.read())["choices"]))' <<<"$out")
a=$("$rapport" play "$scenario" --lang en --json --choices "$choices")
b=$("$rapport" play "$scenario" --lang en --json --choices "$choices")
[ "$a" = "$b" ] && [ -n "$a" ]
check "the same choices give the identical JSON document" $?

# A scripted choice that isn't open exits 1 and names the step.
err=$("$rapport" play "$scenario" --lang en --choices ins_foyer,no_such_choice 2>&1 >/dev/null)
code=$?
[ $code -eq 1 ] && grep -q "step 2" <<<"$err"
check "an unknown scripted choice exits 1 naming step 2 (got $code: $err)" $?

# A number out of range from a pipe is scripted input too: exit 1 with the step.
printf '99\n' | "$rapport" play "$scenario" --lang de >/dev/null 2>/tmp/rapport_play_err.$$
code=$?
[ $code -eq 1 ] && grep -q "Schritt 1" /tmp/rapport_play_err.$$
check "a number out of range exits 1 naming Schritt 1 (got $code)" $?
rm -f /tmp/rapport_play_err.$$

# End of input ends cleanly, without a debrief.
printf '3\n' | "$rapport" play "$scenario" --lang en >/tmp/rapport_play_out.$$ 2>&1
code=$?
[ $code -eq 0 ] && grep -q "Input ended" /tmp/rapport_play_out.$$
check "end of input ends cleanly with exit 0" $?
rm -f /tmp/rapport_play_out.$$

# A finished playthrough prints the debrief with its sections, in German.
out=$("$rapport" play "$scenario" --lang de --choices "$choices")
grep -q "Schlüsselmomente" <<<"$out" && grep -q "Ihr Stil" <<<"$out"
check "the terminal debrief shows key moments and the style" $?

# A scripted run reads as a transcript: the choice taken, not the options left open; whole numbers
# with the real minus sign, no decimals, no engine words; one reason line per person and move.
library=$(dirname "$scenario")/key-account-diagnosis.json
good=$(awk '$1 == "key-account-diagnosis" && $2 == "good" {print $4}' "$(dirname "$0")/../data/paths/library-paths.txt")
out=$("$rapport" play "$library" --lang de --choices "$good" 2>&1)
! grep -qE '^  [0-9]+\) ' <<<"$out"
check "a scripted run does not list the options not taken" $?
# The engine's own lines: the reasons (after "   · ", not the dossier) and the debrief's figures.
engine=$( (grep -E '^   · ' <<<"$out" | grep -v 'Neu im Dossier'; sed -n '/=== Auswertung/,/--- Prinzipien/p' <<<"$out" | sed 1,2d) )
[ -n "$engine" ] && ! grep -qE '[0-9][.,][0-9]|[^[:alnum:]]-[0-9]|[Bb]ester? Zug|bewiesen|geschätzt|Änderungen|[0-9] Mal ' <<<"$engine"
check "the terminal shows whole points, the real minus and no engine words" $?
! grep -E '^   · ' <<<"$out" | grep -vE 'Neu im Dossier|vergeh|Ohne Kontakt|↔' | grep -qvE '^   · [^:]+: .* – '
check "each reason line names the person's values and one sentence" $?
grep -q '^Womit füllen Sie Ihre Beziehungslandkarte? → Sandra Böhm' <<<"$out"
check "a scripted transcript puts the answer on the line of its question" $?
grep -qE '^-- Anwendungstechnik bei Hollmann, Bielefeld – 3 Tage später --$' <<<"$out" && ! grep -qx '   · Es vergehen 3 Tage.' <<<"$out"
check "a time jump at a change of scene is said in the scene's header, not on a line of its own" $?
grep -A1 -E '^-- Freitag, 12\. Dezember – Abschiedsempfang' <<<"$out" | tail -1 | grep -qE '^   · Es vergehen 24 Tage\. Ohne Kontakt'
check "a scene's time jump that brought cooling is told right under its header, before the scene" $?
twice=$(grep -E '^   · .*Ohne Kontakt lässt es nach: ' <<<"$out" | sed 's/.*Ohne Kontakt lässt es nach: //' | tr ';' '\n' |
  grep -E '(Sympathie|Anerkennung|Vertrauen|Gegenseitigkeit|Intensität|Kompetenz) .*\b\1 ')
[ -z "$twice" ]
check "cooling names each of a person's values once, however many steps the wait took (${twice:-none twice})" $?
grep -qE '^   · Felix Brandes: [^–]*Kompetenz \+9, Gefallen-Konto \+1 – Ihr Beitrag' <<<"$out" && ! grep -qE '^   · Felix Brandes: Gefallen-Konto' <<<"$out"
check "the favour an act earns stands in the act's line, with its one sentence" $?
lines=$(wc -l <<<"$out")
[ "$lines" -le 265 ]
check "the good path of key-account-diagnosis reads in $lines lines (at most 265)" $?
# The issue's measure: the analyzer's best path, read in German, standard output and error together.
if [ "$sanitized" = 1 ]; then
  echo "not in the sanitizer job (the Release job measures it): the analyzer's best path of key-account-diagnosis at --budget-work 4000000"
else
  # A budget in work (about 10 s on one idle core): the same best path on every machine at any load.
  best=$("$rapport" analyze "$library" --json --budget-work 4000000 2>/dev/null |
    python3 -c 'import json, sys; print(",".join(json.load(sys.stdin)["best"]["witness"]["path"]))')
  out=$("$rapport" play "$library" --lang de --choices "$best" 2>&1)
  lines=$(wc -l <<<"$out")
  [ -n "$best" ] && grep -q '^Ergebnis: ' <<<"$out" && [ "$lines" -le 187 ]
  check "the analyzer's best path of key-account-diagnosis reads in $lines lines (at most 187)" $?
  # Two reason lines in a row for the same person would be one move told twice.
  twice=$(awk -F: '/^   · / && !/Neu im Dossier|vergeh|Ohne Kontakt|↔/ {if ($1 == prev) print; prev = $1; next} {prev = ""}' <<<"$out")
  [ -z "$twice" ]
  check "one move moves one person on one line, with all of the move's reasons" $?
fi
held=$("$rapport" play "$library" --lang de --choices "$good" --reasons end 2>&1)
before=$(sed -n '/=== Auswertung/q;p' <<<"$held" | grep -cE '^   · [^:]+: [^–]*[+−±][0-9].* – ')
grep -q 'Was Ihre Entscheidungen bewirkt haben:' <<<"$held" && [ "$before" -eq 0 ]
check "--reasons end keeps the reasons back until the debrief" $?
"$rapport" play "$library" --reasons later >/dev/null 2>&1; [ $? -eq 2 ]
check "--reasons takes only now or end (exit 2)" $?

# No reason line says the same sentence twice (one act's loss and gain share their sentence), on
# the authors' good and poor paths of every library scenario (in the sanitizer job: of three).
paths="$(dirname "$0")/../data/paths/library-paths.txt"
if [ "$sanitized" = 1 ]; then
  echo "sanitizer job: the pinned paths of three scenarios (the Release job reads all of them)"
  paths_read=$(grep -E '^(email-relationship-repair|key-account-diagnosis|handed-over-relationship) ' "$paths")
else
  paths_read=$(cat "$paths")
fi
repeats=$(while read -r id kind _ending choices; do
  case "$id" in ''|'#'*) continue ;; esac
  "$rapport" play "$id" --guest --lang de --choices "$choices" 2>&1 | python3 -c '
import re, sys
for line in sys.stdin:
    if not line.startswith("   · ") or " – " not in line: continue
    said = [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„])", line.split(" – ", 1)[1]) if len(s.strip()) > 12]
    twice = {s for s in said if said.count(s) > 1}
    if twice: print(sys.argv[1], sorted(twice)[0])
' "$id $kind"
done <<<"$paths_read")
[ -n "$paths_read" ] || echo "no pinned paths found in $paths"
[ -n "$paths_read" ] && [ -z "$repeats" ] || echo "$repeats" | head -5
[ -n "$paths_read" ] && [ -z "$repeats" ]
check "no reason line on the library's pinned paths says a sentence twice" $?

# A bundled scenario can be named by its id; usage errors exit 2.
"$rapport" play sample-coffee-break --choices ins_foyer --lang en >/dev/null 2>&1
check "a bundled scenario is found by its id" $?
"$rapport" play >/dev/null 2>&1; [ $? -eq 2 ]
check "play without a scenario is a usage error (exit 2)" $?
"$rapport" play "$scenario" --seed x >/dev/null 2>&1; [ $? -eq 2 ]
check "a malformed seed is a usage error (exit 2)" $?

[ $fail -eq 0 ] && echo "play_cli: all passed"
exit $fail
