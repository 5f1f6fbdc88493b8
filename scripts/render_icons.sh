#!/usr/bin/env bash
# Renders the application icon (assets/icons/rapport.svg) into the PNG sizes that the window and
# the desktop's icon theme use: assets/icons/rapport-SIZE.png. Run it after editing the SVG and
# commit the PNGs with it; the build never renders anything.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
ICONS="$(cd "$(dirname "${BASH_SOURCE[0]}")/../assets/icons" && pwd)"
command -v rsvg-convert >/dev/null || { echo "render_icons: rsvg-convert is missing (apt-get install librsvg2-bin)" >&2; exit 1; }
for size in 16 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" "$ICONS/rapport.svg" --output "$ICONS/rapport-$size.png"
  echo "assets/icons/rapport-$size.png"
done
