#!/usr/bin/env bash
# require.sh TOOL... -- COMMAND [ARGS...]: runs COMMAND when every TOOL is on the PATH; otherwise
# says which are missing and exits 77, which CTest reports as "did not run" (SKIP_RETURN_CODE),
# so that scripts/test.sh can name the test instead of counting it as passed or losing it.
set -u
missing=()
while [ "$#" -gt 0 ] && [ "$1" != -- ]; do
  command -v "$1" >/dev/null 2>&1 || missing+=("$1")
  shift
done
shift
if [ "${#missing[@]}" -gt 0 ]; then
  echo "cannot run: ${missing[*]} not found (scripts/common.sh lists the packages; scripts/test.sh installs them)"
  exit 77
fi
exec "$@"
