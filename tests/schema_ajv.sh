#!/usr/bin/env bash
# The scenario schema under a strict validator: ajv (ajv-cli, strict mode) must accept the schema
# itself, every bundled scenario and every file in tests/data/good/ (formats 1 and 2), and must
# reject files that use format 2 in a format 1 file or a format 2 field on the wrong act.
# usage: schema_ajv.sh SOURCE_DIR. When ajv cannot be installed it did not run (exit 77), which
# scripts/test.sh names and fails on unless RAPPORT_SKIP names it.
set -uo pipefail
root=$1
schema="$root/scenarios/rapport-scenario.schema.json"
if ! ajv=$(bash "$root/scripts/install-ajv.sh"); then
  echo "cannot run: ajv is not available, so the schema could not be checked in strict mode"
  exit 77
fi

good=()
for f in "$root"/scenarios/*.json "$root"/tests/data/good/*.json; do
  case "$f" in *.schema.json) ;; *) good+=("$f") ;; esac
done
# What the schema can see of format 2's rules (a condition such as `willingness` is a string to it).
bad=()
for f in format1-new-act format1-new-effect format1-new-field format1-new-persona-field format1-new-start-field \
  format1-present format1-todo field-needs-act letdown-without-failure unknown-failure tender-without-running misspelled-new-act; do
  bad+=("$root/tests/data/bad/$f.json")
done

# run EXPECTATION FILES...: one ajv process for all of them; each file must get the expected verdict.
fail=0
run() {
  local want=$1 out f
  shift
  local args=()
  for f in "$@"; do args+=(-d "$f"); done
  out=$("$ajv" validate --spec=draft7 --strict=true --errors=text -s "$schema" "${args[@]}" 2>&1)
  if grep -q "schema .* is invalid" <<<"$out"; then
    echo "FAILED: the schema is not accepted in strict mode:"
    echo "$out"
    exit 1
  fi
  for f in "$@"; do
    if grep -qxF "$f $want" <<<"$out"; then
      echo "ok ($want): ${f#"$root"/}"
    else
      echo "FAILED: expected $want: ${f#"$root"/}"
      grep -F "$f" <<<"$out" | head -5
      fail=1
    fi
  done
}
run valid "${good[@]}"
run invalid "${bad[@]}"
echo "schema_ajv: $((${#good[@]} + ${#bad[@]})) files checked with ajv in strict mode"
[ $fail -eq 0 ] && echo "schema_ajv: all passed"
exit $fail
