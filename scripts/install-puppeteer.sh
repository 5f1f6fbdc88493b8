#!/usr/bin/env bash
# Installs puppeteer-core 24 (it drives Debian's chromium in the phone page test) from the npm
# registry into a cache folder outside the repository; does nothing when it is already there.
# Version 24: version 25 needs a newer Node.js than Debian 12's 20. Uses the `npm` on the PATH: on
# some machines Debian's npm package conflicts with the installed Node.js, so it is not installed here.
#
# usage: scripts/install-puppeteer.sh   (prints the folder holding node_modules/ on its last line)
# env:   RAPPORT_NODE_CACHE (default ~/.cache/rapport-test)
set -euo pipefail
dir="${RAPPORT_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport-test}/puppeteer"
if [ -f "$dir/node_modules/puppeteer-core/package.json" ]; then
  echo "$dir"
  exit 0
fi
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "install-puppeteer: $tool is missing (install Node.js 18 or newer with npm)" >&2; exit 1; }
done
mkdir -p "$dir"
# No browser download (Debian's chromium is used); no scripts, no audit, no funding notes.
PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
  "puppeteer-core@24" >&2 </dev/null
[ -f "$dir/node_modules/puppeteer-core/package.json" ] || { echo "install-puppeteer: npm did not install puppeteer-core" >&2; exit 1; }
echo "$dir"
