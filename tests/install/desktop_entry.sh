#!/usr/bin/env bash
# `cmake --install` gives a desktop user a working Rapport: installs the build into a temporary
# prefix and checks the menu entry (valid by desktop-file-validate, its Exec and Icon installed),
# the icon in every size of the hicolor theme, and the window's icon in the data folder.
# (scripts/test.sh checks separately that the installed program validates its scenarios.)
#
# usage: tests/install/desktop_entry.sh BUILD_DIR SOURCE_DIR
# Exit 0 when every check passed; the last line says how many checks ran.

set -u
BUILD=${1:?usage: desktop_entry.sh BUILD_DIR SOURCE_DIR}
SOURCE=${2:?usage: desktop_entry.sh BUILD_DIR SOURCE_DIR}
CHECKS=0
FAILS=0
pass() { CHECKS=$((CHECKS + 1)); echo "  ok   $*"; }
fail() { CHECKS=$((CHECKS + 1)); FAILS=$((FAILS + 1)); echo "  FAIL $*"; }

command -v desktop-file-validate >/dev/null ||
    { echo "desktop_entry: desktop-file-validate is missing (package desktop-file-utils)"; exit 1; }
PREFIX=$(mktemp -d)
trap 'rm -rf "$PREFIX"' EXIT
if ! cmake --install "$BUILD" --prefix "$PREFIX" >"$PREFIX.log" 2>&1; then
    cat "$PREFIX.log"; rm -f "$PREFIX.log"
    echo "desktop_entry: cmake --install failed"; exit 1
fi
rm -f "$PREFIX.log"

ENTRY="$PREFIX/share/applications/rapport.desktop"
if [ -f "$ENTRY" ]; then pass "share/applications/rapport.desktop installed"; else fail "no share/applications/rapport.desktop"; fi
if out=$(desktop-file-validate "$ENTRY" 2>&1) && [ -z "$out" ]; then
    pass "the entry is valid (desktop-file-validate)"
else
    fail "desktop-file-validate: $out"
fi
for key in 'Name' 'Name\[de\]' 'Comment' 'Comment\[de\]'; do
    grep -q "^$key=." "$ENTRY" && pass "the entry has ${key//\\/}" || fail "the entry has no ${key//\\/}"
done

EXEC=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$ENTRY")
[ -x "$PREFIX/bin/$EXEC" ] && pass "Exec=$EXEC is the installed bin/$EXEC" || fail "Exec=$EXEC is not installed in bin/"

ICON=$(sed -n 's/^Icon=//p' "$ENTRY")
THEME="$PREFIX/share/icons/hicolor"
[ -f "$THEME/scalable/apps/$ICON.svg" ] && pass "Icon=$ICON: scalable/apps/$ICON.svg" || fail "no scalable/apps/$ICON.svg"
for size in 16 32 48 64 128 256; do
    if cmp -s "$THEME/${size}x${size}/apps/$ICON.png" "$SOURCE/assets/icons/rapport-$size.png"; then
        pass "Icon=$ICON: ${size}x${size}/apps/$ICON.png"
    else
        fail "${size}x${size}/apps/$ICON.png missing or not assets/icons/rapport-$size.png"
    fi
done
[ -f "$PREFIX/share/rapport/assets/icons/rapport-64.png" ] && pass "the window's icon is in the data folder (share/rapport/assets/icons/)" ||
    fail "no share/rapport/assets/icons/rapport-64.png for the window"

echo "desktop_entry: $CHECKS checks, $FAILS failed"
[ "$FAILS" -eq 0 ]
