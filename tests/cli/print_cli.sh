#!/usr/bin/env bash
# Printed pages as a user makes them (issue 18): `rapport play --pdf/--png` for every bundled
# scenario, `rapport report SESSION --pdf/--png` for a saved seminar and `rapport report RUN` for a
# stored run, checked with poppler's tools
# (pdfinfo, pdffonts, pdftotext, pdftoppm); and the errors a user can run into.
# usage: print_cli.sh RAPPORT_BINARY SCENARIO_DIR SESSION_FILE [SANITIZED(0|1)]
# Under the sanitizers the page count is checked for three scenarios, and it says so: the layout is
# the Release job's to judge, the sanitizers' the code that draws it.
# Exits 77 (skipped, and said so) when a poppler tool is missing: it never passes without checking.
set -u
rapport=$1
scenarios=$2
session=$3
sanitized=${4:-0}
for tool in pdfinfo pdffonts pdftotext pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is missing (install poppler-utils)"
    exit 77
  fi
done
work=$(mktemp -d)
# Runs are recorded in the progress store: in a folder of the test's own, never the user's.
export XDG_DATA_HOME="$work/data"
trap 'rm -rf "$work"' EXIT
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}
pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
# Every page of FILE names TITLE and PERSON at its top.
every_page_has() {
  local file=$1 n k
  n=$(pages "$file")
  for k in $(seq 1 "$n"); do
    local text
    text=$(pdftotext -f "$k" -l "$k" -layout "$file" - 2>/dev/null | sed 's/\xc2\xad//g')
    shift 1
    for want in "$@"; do grep -qF -- "$want" <<<"$text" || { echo "  page $k of $file lacks: $want"; return 1; }; done
    set -- "$file" "$@"
  done
}

# The debrief of the sample scenario, in German: A4, fonts embedded, one or two pages, the parts a
# trainer hands out, German quotation marks and decimal commas, every page headed.
printf '1\n%.0s' $(seq 1 80) | "$rapport" play sample-coffee-break --lang de --guest --pdf "$work/de.pdf" --png "$work/de.png" >/dev/null 2>"$work/err"
check "play --pdf --png exits 0" $?
grep -q "geschrieben: $work/de.pdf" "$work/err"
check "play names the PDF it wrote" $?
n=$(pages "$work/de.pdf")
[ -n "$n" ] && [ "$n" -ge 1 ] && [ "$n" -le 2 ]
check "the German debrief has one or two pages (has ${n:-none})" $?
pdfinfo "$work/de.pdf" | grep -q "Page size: *595.* x 841.* pts (A4)"
check "the pages are A4" $?
! pdffonts "$work/de.pdf" | awk 'NR > 2 && $(NF-4) != "yes"' | grep -q .
check "every font is embedded" $?
pdffonts "$work/de.pdf" | grep -q DejaVuSans
check "the text is set in DejaVu Sans" $?
text=$(pdftotext "$work/de.pdf" - | sed 's/\xc2\xad//g')
for want in "Die Kaffeepause" "Dr. Katrin Lindemann" "Jonas Petersen" "Ergebnis:" "Die Beziehungen" "Ihr Weg und die Schlüsselmomente" \
            "Ihr Stil:" "Prinzipien" "Gestrichelt: zu Beginn" "„" "Sympathie" "Vertrauen"; do
  grep -qF -- "$want" <<<"$text"
  check "the German debrief shows: $want" $?
done
! grep -qE '[0-9]\.[0-9]' <<<"$(pdftotext "$work/de.pdf" - | grep -vE '^[0-9]+\.')"
check "German numbers have decimal commas, not points" $?
every_page_has "$work/de.pdf" "Die Kaffeepause" "Dr. Katrin Lindemann" "Auswertung"
check "every page is headed by the title and the people" $?
[ -s "$work/de-1.png" ] && file "$work/de-1.png" | grep -q "PNG image data, 827 x 1169"
check "--png writes the pages as A4 images at 100 dpi" $?
[ "$(ls "$work"/de-*.png | wc -l)" -eq "$n" ]
check "one PNG per PDF page" $?

# English is complete.
printf '1\n%.0s' $(seq 1 80) | "$rapport" play sample-coffee-break --lang en --guest --pdf "$work/en.pdf" >/dev/null 2>&1
text=$(pdftotext "$work/en.pdf" - | sed 's/\xc2\xad//g')
for want in "Score:" "The relationships" "Your path and its key moments" "Your style:" "Principles" "Dashed: at the start"; do
  grep -qF -- "$want" <<<"$text"
  check "the English debrief shows: $want" $?
done
! grep -qE "Ergebnis|Beziehungen|Schlüsselmomente" <<<"$text"
check "the English debrief has no German headings" $?

# Every bundled scenario prints on one or two pages, in German, headed on every page.
[ "$sanitized" = 1 ] && echo "sanitizer job: the page count of three scenarios (the Release job checks all of them)"
for file in "$scenarios"/*.json; do
  case "$file" in *.schema.json) continue ;; esac
  if [ "$sanitized" = 1 ]; then
    case "$file" in */sample-coffee-break.json|*/key-account-diagnosis.json|*/handed-over-relationship.json) ;; *) continue ;; esac
  fi
  name=$(basename "$file" .json)
  printf '1\n%.0s' $(seq 1 200) | "$rapport" play "$file" --lang de --guest --pdf "$work/$name.pdf" >/dev/null 2>&1
  n=$(pages "$work/$name.pdf")
  [ -n "$n" ] && [ "$n" -ge 1 ] && [ "$n" -le 2 ]
  check "$name: the debrief has one or two pages (has ${n:-none})" $?
  title=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["title"]["de"])' "$file")
  every_page_has "$work/$name.pdf" "$title" "Auswertung"
  check "$name: every page is headed by the title" $?
done

# A saved seminar: the comparison page, then a handout per team and branch.
"$rapport" report "$session" --lang de --pdf "$work/seminar.pdf" --png "$work/seminar.png" 2>"$work/err"
check "report --pdf --png exits 0" $?
n=$(pages "$work/seminar.pdf")
[ -n "$n" ] && [ "$n" -ge 4 ]
check "the seminar prints a comparison page and three handouts (has ${n:-none} pages)" $?
first=$(pdftotext -f 1 -l 1 "$work/seminar.pdf" - | sed 's/\xc2\xad//g')
for want in "Die Teams im Vergleich" "Seminar vom 03.12.2026, 09:30 Uhr" "Nord" "Süd" "Nord – Variante 1 (ab Entscheidung 3)" \
            "Die Wege trennten sich bei Entscheidung 3" "Beziehungsqualität"; do
  grep -qF -- "$want" <<<"$first"
  check "the comparison page shows: $want" $?
done
all=$(pdftotext "$work/seminar.pdf" - | sed 's/\xc2\xad//g')
for want in "Handout: Nord" "Handout: Süd" "Handout: Nord – Variante 1"; do
  grep -qF -- "$want" <<<"$all"
  check "the seminar has the handout headed: $want" $?
done
every_page_has "$work/seminar.pdf" "Die Kaffeepause" "Jonas Petersen"
check "every seminar page is headed by the title and the people" $?
[ "$(ls "$work"/seminar-*.png | wc -l)" -eq "$n" ]
check "report --png writes one image per page" $?
"$rapport" report "$session" --lang en --comparison-only --pdf "$work/comparison.pdf" 2>/dev/null
[ "$(pages "$work/comparison.pdf")" = 1 ] && pdftotext "$work/comparison.pdf" - | grep -q "The teams compared"
check "report --comparison-only prints the comparison page alone, in English" $?
pdftoppm -r 50 -png -f 1 -l 1 "$work/comparison.pdf" "$work/look" && [ -s "$work/look-1.png" ]
check "pdftoppm renders the page" $?

# A run from the progress store, by its number in `rapport history` (issue 19): the same pages as
# the run printed when it was played, in the run's language unless --lang says otherwise.
printf '1\n%.0s' $(seq 1 80) | "$rapport" play sample-coffee-break --lang en --profile printer --pdf "$work/played.pdf" >/dev/null 2>&1
run=$("$rapport" history --profile printer --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["runs"][0]["id"])')
"$rapport" report "$run" --pdf "$work/run.pdf" 2>"$work/err"
check "report RUN --pdf exits 0 (stderr: $(cat "$work/err"))" $?
[ "$(pdftotext "$work/run.pdf" - | md5sum)" = "$(pdftotext "$work/played.pdf" - | md5sum)" ]
check "report RUN prints the text the run printed when it was played (English, as it was played)" $?
"$rapport" report "#$run" --lang de --pdf "$work/run-de.pdf" 2>/dev/null && pdftotext "$work/run-de.pdf" - | grep -q "Auswertung"
check "report #RUN --lang de prints it in German" $?
out=$("$rapport" report 99999 --pdf "$work/none.pdf" 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q "99999" <<<"$out" && grep -q "rapport history" <<<"$out" && [ ! -e "$work/none.pdf" ]
check "an unknown run number: exit 2, it points to rapport history, nothing written" $?
printf '1\n1\n' | "$rapport" play sample-coffee-break --lang en --profile halfway >/dev/null 2>&1
half=$("$rapport" history --profile halfway --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["runs"][0]["id"])')
out=$("$rapport" report "$half" --pdf "$work/half.pdf" 2>&1); rc=$?
[ $rc -eq 0 ] && grep -q "not finished" <<<"$out" && [ "$(pages "$work/half.pdf")" -ge 1 ]
check "an unfinished run prints as far as it got, and says so" $?

# Errors a user can run into: plain words, exit 2, no crash, nothing half written.
out=$("$rapport" report "$work/missing.json" --pdf "$work/x.pdf" 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q "missing.json" <<<"$out" && [ ! -e "$work/x.pdf" ]
check "a missing session file: exit 2 naming the file, nothing written" $?
echo '{"kind": "something else"}' >"$work/other.json"
out=$("$rapport" report "$work/other.json" --pdf "$work/x.pdf" 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q "other.json" <<<"$out"
check "a file that is no saved seminar: exit 2 naming the file" $?
out=$("$rapport" report "$session" 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q -- "--pdf" <<<"$out"
check "report without --pdf or --png says what is missing" $?
out=$("$rapport" play sample-coffee-break --guest --pdf 2>&1 </dev/null); rc=$?
[ $rc -eq 2 ] && grep -q -- "--pdf needs a value" <<<"$out"
check "play --pdf without a file name is a usage error" $?
mkdir -p "$work/ro" && echo old >"$work/ro/keep.pdf" && chmod 500 "$work/ro"
if [ "$(id -u)" -ne 0 ]; then
  out=$(printf '1\n%.0s' $(seq 1 80) | "$rapport" play sample-coffee-break --guest --pdf "$work/ro/keep.pdf" 2>&1 >/dev/null); rc=$?
  [ $rc -eq 2 ] && grep -q "keep.pdf" <<<"$out" && [ "$(cat "$work/ro/keep.pdf")" = old ]
  check "an unwritable folder: exit 2 naming the file, the old file kept" $?
fi
out=$(printf '1\n%.0s' $(seq 1 80) | "$rapport" play sample-coffee-break --guest --pdf "$work/de.pdf/inside.pdf" 2>&1 >/dev/null); rc=$?
[ $rc -eq 2 ] && grep -q "de.pdf" <<<"$out"
check "a path through a file: exit 2 naming it" $?
chmod 700 "$work/ro"

exit $fail
