#!/usr/bin/env bash
# `rapport explain` and `rapport new` as an author uses them (issue 21): what a choice will do,
# factor by factor, in both languages, with the warning when an adjustment pulls against the model,
# and only the author's adjustments for a choice with "reaction": "author" (issue 22); a new scenario
# that validates strictly, follows the schema and plays to each of its endings; a person's name per
# language as play shows it.
# usage: authoring_cli.sh RAPPORT_BINARY SOURCE_DIR
set -u
rapport=$1
root=$2
scenario=$root/scenarios/sample-coffee-break.json
work=$(mktemp -d)
XDG_DATA_HOME=$work/data
export XDG_DATA_HOME
trap 'rm -rf "$work"' EXIT
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}

# --- explain -------------------------------------------------------------------------------------
out=$("$rapport" explain "$scenario" vortrag_loben --lang en)
code=$?
[ $code -eq 0 ] && grep -q "== Dr. Katrin Lindemann ==" <<<"$out" && grep -q "factors, in this order" <<<"$out" &&
  grep -q "trait: analytical: praise counts less" <<<"$out" && grep -q "channel: how much of a person the channel carries" <<<"$out" &&
  grep -q "after ins_foyer (the shortest path on which it is open)" <<<"$out" && grep -q "== Every change of this choice ==" <<<"$out"
check "explain names the rule, the trait and channel factors and the shortest path (exit $code)" $?

out=$("$rapport" explain "$scenario" vortrag_loben --lang de)
grep -q "Faktoren, in dieser Reihenfolge" <<<"$out" && grep -q "Eigenschaft: analytisch: Lob zählt weniger" <<<"$out" &&
  grep -q "== Modell und Ihre Anpassungen zusammen ==" <<<"$out"
check "explain speaks German" $?

# Research shows as a factor when the choice draws on a researched fact.
out=$("$rapport" explain "$scenario" artikel_ansprechen --lang en)
[ $? -eq 0 ] && grep -q "research: uses research" <<<"$out" && grep -q "after profil,ins_foyer" <<<"$out"
check "a choice that uses research: found after the research, with the research factor" $?

# An author's adjustment and how it combines, in JSON: the model and the adjustment per dimension.
out=$("$rapport" explain "$scenario" zusammenfassen --json)
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
k = [x for x in d["dimensions"] if x["persona"] == "lindemann" and x["dimension"] == "kompetenz"][0]
assert k["adjustment"] == 3, k
assert abs(k["after"] - k["before"] - (k["model"] + k["adjustment"])) < 0.011, k
assert d["acts"][0]["factors"], d["acts"]
for x in d["dimensions"]:
    assert x["opposite"] == (x["model"] * x["adjustment"] < 0), x
PY
check "explain --json: the adjustment adds to the model's change (kompetenz +3)" $?

# --from-path: a path on which the choice is not open says so (exit 1); unknown ids exit 2.
"$rapport" explain "$scenario" artikel_ansprechen --from-path ins_foyer --lang en >/dev/null 2>"$work/err"
[ $? -eq 1 ] && grep -q "is not open after that path" "$work/err"
check "explain after a path where the choice is not open exits 1 and says what is open" $?
"$rapport" explain "$scenario" artikel_ansprechen --from-path profil,ins_foyer --lang en >/dev/null
check "explain after a path where it is open exits 0" $?
"$rapport" explain "$scenario" no_such_choice >/dev/null 2>&1
[ $? -eq 2 ]
check "an unknown choice exits 2" $?

# --- new -----------------------------------------------------------------------------------------
cd "$work" || exit 1
out=$("$rapport" new erster_anruf --lang de)
[ $? -eq 0 ] && [ -f erster_anruf.json ] && grep -q '"\$comment": "Ein Szenario für Rapport' erster_anruf.json
check "new writes ID.json with German notes" $?
"$rapport" validate --strict erster_anruf.json >"$work/validate.txt" 2>&1
check "the new scenario passes validate --strict ($(head -c 300 "$work/validate.txt"))" $?
if python3 -c 'import jsonschema' 2>/dev/null; then
  python3 - "$root/scenarios/rapport-scenario.schema.json" erster_anruf.json <<'PY'
import json, sys, jsonschema
jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))
PY
  check "the new scenario follows the JSON schema (with its \$comment fields)" $?
else
  echo "FAILED: python3-jsonschema is missing (TEST_PACKAGES)"; fail=1
fi
for path in "nach_lieferzeiten_fragen,anrufen ende_termin" "produkt_vorstellen,anrufen ende_hoeflich" \
  "nach_lieferzeiten_fragen,abwarten ende_hoeflich" "produkt_vorstellen,abwarten ende_verlaufen"; do
  set -- $path
  ending=$("$rapport" play erster_anruf.json --guest --lang en --json --choices "$1" |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["ending"] if d["finished"] else "")')
  [ "$ending" = "$2" ]
  check "the new scenario plays $1 to $2 (got '$ending')" $?
done
sum=$(sha256sum erster_anruf.json)
"$rapport" new erster_anruf --lang en >/dev/null 2>"$work/err"
[ $? -eq 1 ] && [ "$(sha256sum erster_anruf.json)" = "$sum" ] && grep -q "already exists" "$work/err"
check "new refuses to overwrite an existing file (exit 1, file unchanged)" $?
"$rapport" new Müller >/dev/null 2>"$work/err"
[ $? -eq 2 ] && [ ! -e Müller.json ] && grep -q "not a valid id\|keine gültige Kennung" "$work/err"
check "an invalid id is refused with the loader's words, nothing written" $?
"$rapport" new english --lang en --out sub/english.json >/dev/null &&
  grep -q '"\$comment": "A scenario for Rapport' sub/english.json && "$rapport" validate --strict sub/english.json >/dev/null
check "new --lang en --out writes English notes into a new folder" $?

# The model and an adjustment pulling apart: a praise (liking up) with an adjustment taking liking down.
python3 - erster_anruf.json opposite.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = d["nodes"][1]["choices"][1]
c["act"] = "praise"; c["topic"] = "messe"
c["adjust"] = [{"persona": "hartmann", "sympathie": -5, "reason": {"de": "Zu dick aufgetragen.", "en": "Laid on too thick."}}]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
out=$("$rapport" explain opposite.json produkt_vorstellen --lang en)
[ $? -eq 0 ] && grep -q "! Warning: your adjustment and the model pull Liking in opposite directions" <<<"$out"
check "explain warns when the adjustment and the model point in opposite directions" $?
out=$("$rapport" explain erster_anruf.json nach_lieferzeiten_fragen --lang en)
! grep -q "Warning" <<<"$out"
check "no warning where they agree or there is no adjustment" $?

# "reaction": "author": explain shows what play does, the author's adjustment alone, not the model's values.
python3 - erster_anruf.json author.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = d["nodes"][1]["choices"][1]
c["reaction"] = "author"
c["adjust"] = [{"persona": "hartmann", "kompetenz": -5, "reason": {"de": "Zu früh verkauft.", "en": "Sold too early."}}]
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
out=$("$rapport" explain author.json produkt_vorstellen --lang en)
[ $? -eq 0 ] && grep -q 'reaction: your own ("reaction": "author")' <<<"$out" && ! grep -q "the model's result" <<<"$out" &&
  ! grep -q "factors, in this order" <<<"$out" && ! grep -q "(model)" <<<"$out" &&
  grep -q "Sabine Hartmann, Competence −5 (your adjustment): Sold too early."  <<<"$out" && grep -q "Your adjustments replace the model's reaction" <<<"$out"
check "explain of a choice with the author's reaction lists only the author's adjustment" $?
out=$("$rapport" explain author.json produkt_vorstellen --lang de)
grep -q 'Reaktion: Ihre eigene ("reaction": "author")' <<<"$out" && ! grep -q "Ergebnis des Modells" <<<"$out"
check "the same in German" $?
out=$("$rapport" explain author.json produkt_vorstellen --json)
python3 - "$out" <<'PY'
import json, sys
d = json.loads(sys.argv[1])
assert d["reaction"] == "author", d.get("reaction")
assert all("delta" not in a and "factors" not in a for a in d["acts"]), d["acts"]
assert all(x["model"] == 0 for x in d["dimensions"]), d["dimensions"]
assert [x["adjustment"] for x in d["dimensions"] if x["dimension"] == "kompetenz"] == [-5], d["dimensions"]
PY
check "explain --json of the author's reaction: no model values, the adjustment -5" $?

# Format 2: a person's name per language, as play shows it in each language.
python3 - erster_anruf.json names.json <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["personas"][0]["name"] = {"de": "Dr. Sabine Hartmann", "en": "Dr Sabine Hartmann"}
json.dump(d, open(sys.argv[2], "w"), ensure_ascii=False)
PY
de=$("$rapport" play names.json --guest --lang de --choices nach_lieferzeiten_fragen,anrufen 2>&1)
en=$("$rapport" play names.json --guest --lang en --choices nach_lieferzeiten_fragen,anrufen 2>&1)
grep -q "^Dr. Sabine Hartmann: " <<<"$de" && ! grep -q "Dr Sabine" <<<"$de" && grep -q "^Dr Sabine Hartmann: " <<<"$en" &&
  ! grep -q "Dr. Sabine" <<<"$en"
check "play shows the name of the language played (Dr. in German, Dr in English)" $?

exit $fail
