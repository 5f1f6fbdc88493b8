#!/usr/bin/env bash
# Quick start, command 1: installs the Debian packages that are missing, builds Rapport in Release
# (build/) and opens the simulator window. With CI=true or without a usable display it only builds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# True when an X display is set and answers; SFML aborts the process when it isn't.
display_usable() {
  [ -n "${DISPLAY:-}" ] || return 1
  if command -v xdpyinfo >/dev/null 2>&1; then xdpyinfo >/dev/null 2>&1; return; fi
  if command -v xset >/dev/null 2>&1; then xset q >/dev/null 2>&1; return; fi
  if command -v xdotool >/dev/null 2>&1; then xdotool getdisplaygeometry >/dev/null 2>&1; return; fi
  case "$DISPLAY" in
    # A local display is a socket; a remote one (host:N, SSH forwarding) is left to rapport.
    :*|unix:*) local n="${DISPLAY#*:}"; [ -S "/tmp/.X11-unix/X${n%%.*}" ] ;;
    *) return 0 ;;
  esac
}

ensure_packages "${BUILD_PACKAGES[@]}"
say "building build/rapport (Release)"
configure_and_build "$RELEASE_DIR" rapport "${RELEASE_ARGS[@]}"

BIN="$RELEASE_DIR/rapport"
case "${CI:-}" in
  true|TRUE|True|1)
    echo "Built $BIN in $(elapsed); CI=true, so no window is started."
    exit 0 ;;
esac
if ! display_usable; then
  if [ -z "${DISPLAY:-}" ]; then why="there is no display (DISPLAY is not set)"; else why="display $DISPLAY does not answer"; fi
  echo "Built $BIN in $(elapsed); $why, so no window: run it on a desktop, or try $BIN --help."
  exit 0
fi
say "starting the simulator (built in $(elapsed))"
exec "$BIN" "$@"
