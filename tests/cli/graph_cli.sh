#!/usr/bin/env bash
# `rapport graph` as an author uses it: DOT that Graphviz renders without a warning for every
# bundled scenario, the findings and ratings in it, SVG through dot, and the missing package named.
# usage: graph_cli.sh RAPPORT_BINARY SOURCE_DIR. Exits 77 (did not run) when Graphviz is missing.
set -u
rapport=$1
root=$2
if ! command -v dot >/dev/null 2>&1; then
  echo "SKIPPED: Graphviz's dot is not installed (package graphviz, in TEST_PACKAGES)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
check() { # name, condition exit status
  if [ "$2" -eq 0 ]; then echo "ok: $1"; else echo "FAILED: $1"; fail=1; fi
}

# Every bundled scenario, in both languages: DOT on stdout, rendered by dot with nothing on stderr.
for f in "$root"/scenarios/*.json; do
  case $f in *schema.json) continue ;; esac
  name=$(basename "$f" .json)
  for lang in de en; do
    "$rapport" graph "$f" --lang $lang --format dot --budget-ms 200 >"$work/$name.dot" 2>"$work/err"
    code=$?
    dot -Tsvg "$work/$name.dot" >"$work/$name.svg" 2>"$work/dot_err"
    dcode=$?
    [ $code -eq 0 ] && [ $dcode -eq 0 ] && [ ! -s "$work/dot_err" ] && grep -q "<svg" "$work/$name.svg"
    check "$name ($lang) renders with dot -Tsvg without a warning (rapport $code, dot $dcode: $(head -c 300 "$work/dot_err"))" $?
  done
done

# The picture says what an author needs: every node and choice id, endings filled by rating.
f=$root/scenarios/sample-coffee-break.json
"$rapport" graph "$f" --lang en >"$work/coffee.dot"
missing=$(python3 - "$f" "$work/coffee.dot" <<'PY'
import json, sys
d = json.load(open(sys.argv[1])); dot = open(sys.argv[2]).read()
for n in d["nodes"]:
    if '"%s" [label=' % n["id"] not in dot: print("node", n["id"])
    for c in n.get("choices", []):
        if 'label="%s' % c["id"] not in dot: print("choice", c["id"])
    if n.get("rating") == "good" and not any(l.startswith('  "%s" [' % n["id"]) and "#b9e4a8" in l for l in dot.splitlines()):
        print("good ending not green", n["id"])
PY
)
[ -z "$missing" ]
check "every node and choice of the coffee break is in the graph, good endings green ($missing)" $?

# The analyzer's findings: a dead end and a choice never open, in red, in the author's language.
"$rapport" graph "$root/tests/data/analyzer/dead-end.json" --lang de >"$work/dead.dot"
grep -q '"sackgasse" \[label="sackgasse\\n! Sackgasse' "$work/dead.dot" && grep -q 'nie offen' "$work/dead.dot"
check "a dead end and a choice never open are marked in German" $?
"$rapport" graph "$root/tests/data/analyzer/loops.json" --lang en >"$work/loops.dot"
grep -q '"wartezimmer" -> "wartezimmer" \[label="noch_einmal", color="#1f5fbf"' "$work/loops.dot"
check "a loop is drawn in blue" $?

# --format svg draws through Graphviz.
"$rapport" graph "$f" --lang en --format svg >"$work/coffee.svg" 2>"$work/err"
[ $? -eq 0 ] && head -c 400 "$work/coffee.svg" | grep -q "<svg\|<?xml" && [ ! -s "$work/err" ]
check "--format svg writes an SVG picture" $?

# Without Graphviz, --format svg names the package to install and exits 1; DOT still works.
err=$(PATH=/nonexistent "$rapport" graph "$f" --lang en --format svg 2>&1 >/dev/null)
code=$?
[ $code -eq 1 ] && grep -q "graphviz" <<<"$err"
check "without dot, --format svg exits 1 naming the package graphviz (got $code: $err)" $?
PATH=/nonexistent "$rapport" graph "$f" --lang en --format dot >/dev/null
check "without dot, --format dot still works" $?

# Usage errors exit 2.
"$rapport" graph "$f" --format png >/dev/null 2>&1
[ $? -eq 2 ]
check "an unknown format exits 2" $?

exit $fail
