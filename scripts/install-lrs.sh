#!/usr/bin/env bash
# Installs the Learning Record Store the LRS test runs against (Learning Locker's statement
# service, npm `xapi-statements`) and the offline statement validator (`xapi-validation`) from the
# npm registry into a cache folder outside the repository; does nothing when they are there.
# Uses the `npm` on the PATH (Node.js 20 runs both).
#
# usage: scripts/install-lrs.sh   (prints the folder holding node_modules/ on its last line)
# env:   RAPPORT_NODE_CACHE (default ~/.cache/rapport-test)
set -euo pipefail
dir="${RAPPORT_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rapport-test}/lrs"
if [ -f "$dir/node_modules/xapi-statements/package.json" ] && [ -f "$dir/node_modules/xapi-validation/package.json" ]; then
  echo "$dir"
  exit 0
fi
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "install-lrs: $tool is missing (install Node.js 18 or newer with npm)" >&2; exit 1; }
done
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts --loglevel=error \
  "xapi-statements@5.0.1" "xapi-validation@2.1.4" >&2 </dev/null
for pkg in xapi-statements xapi-validation; do
  [ -f "$dir/node_modules/$pkg/package.json" ] || { echo "install-lrs: npm did not install $pkg" >&2; exit 1; }
done
echo "$dir"
