#!/usr/bin/env bash
# Installs ajv-cli (a strict JSON Schema validator) with npm into a cache folder outside the
# repository, once: a second run finds it and does nothing. Prints the path of the `ajv` program.
# usage: install-ajv.sh          (folder: $RAPPORT_NPM_CACHE, default ~/.cache/rapport-npm)
set -uo pipefail

AJV_CLI_VERSION=5.0.0
dir="${RAPPORT_NPM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport-npm}"
ajv="$dir/node_modules/.bin/ajv"

if [ -x "$ajv" ] && [ "$(cat "$dir/.ajv-cli-version" 2>/dev/null)" = "$AJV_CLI_VERSION" ]; then
  echo "$ajv"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "install-ajv: npm is missing (Debian: apt-get install npm; scripts/test.sh installs it)" >&2
  exit 1
fi
mkdir -p "$dir" || exit 1
echo "install-ajv: installing ajv-cli $AJV_CLI_VERSION into $dir" >&2
# Bounded in time, so a machine without the registry fails instead of hanging.
if ! timeout 300 npm install --prefix "$dir" --no-audit --no-fund --no-save --fetch-retries=1 \
    "ajv-cli@$AJV_CLI_VERSION" </dev/null >&2; then
  echo "install-ajv: npm could not install ajv-cli $AJV_CLI_VERSION (is the npm registry reachable?)" >&2
  exit 1
fi
if [ ! -x "$ajv" ]; then
  echo "install-ajv: npm finished, but $ajv is missing" >&2
  exit 1
fi
echo "$AJV_CLI_VERSION" >"$dir/.ajv-cli-version"
echo "$ajv"
