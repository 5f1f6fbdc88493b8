# Shared by scripts/start.sh and scripts/test.sh: install what is missing, configure and build.
# Sourced, not run. Works without a terminal and without stdin (CI=true).

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOBS="$(nproc 2>/dev/null || echo 2)"

# What building and starting the simulator needs (Debian 12 package names).
BUILD_PACKAGES=(build-essential cmake ninja-build ccache pkg-config
  nlohmann-json3-dev doctest-dev libsfml-dev libimgui-dev libstb-dev libgl-dev libx11-dev
  libgl1-mesa-dri fonts-dejavu-core libsqlite3-dev libcpp-httplib-dev libqrencode-dev
  libcairo2-dev libpango1.0-dev libhyphen-dev hyphen-de hyphen-en-us)
# What the tests need on top: the schema checks (python3-jsonschema; npm for ajv, which
# scripts/install-ajv.sh puts outside the repository), the window smoke test under Xvfb (xprop from
# x11-utils reads the window's icon), the check of the installed desktop entry, GNU time for the
# hostile-input test, Clang with its sanitizer and libFuzzer runtimes for the sanitizer job and its
# fuzz targets, and the phones: curl as a phone, the page in headless Chromium (driven by
# puppeteer-core from npm, see scripts/install-puppeteer.sh), the QR code read back with zbarimg;
# poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm) reads the printed pages back; Graphviz
# renders `rapport graph`.
TEST_PACKAGES=(python3 openssl python3-jsonschema time xvfb xauth xdotool imagemagick x11-utils desktop-file-utils
  clang libclang-rt-14-dev curl chromium chromium-driver zbar-tools poppler-utils graphviz)
# Debian's npm conflicts with a Node.js from NodeSource, which brings its own npm: ask for the
# package only where no npm is there yet.
command -v npm >/dev/null 2>&1 || TEST_PACKAGES+=(npm)

# build/ is shared by both scripts, so they configure it alike and never rebuild it from scratch.
RELEASE_DIR="$ROOT/build"
RELEASE_ARGS=(-DRAPPORT_GUI=ON -DRAPPORT_TESTS=ON -DRAPPORT_BENCH=ON -DRAPPORT_SANITIZE=OFF)

say() { printf '==> %s\n' "$*"; }

# Minutes and seconds since the script started, for the timings it prints.
elapsed() { printf '%dm%02ds' "$((SECONDS / 60))" "$((SECONDS % 60))"; }

# Installs the Debian packages among "$@" that are not installed yet; nothing to do, no apt at all.
ensure_packages() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "not a Debian system: skipping package installation (needed: $*)"
    return 0
  fi
  local missing=() pkg
  for pkg in "$@"; do
    # dpkg -s also knows removed packages whose config files remain: ask for "installed".
    dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed$' || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    say "all $# packages are installed"
    return 0
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: missing packages and no sudo; as root run: apt-get install ${missing[*]}" >&2
      return 1
    fi
    sudo=(sudo)
    # Without a terminal sudo cannot ask for a password: fail fast instead of hanging.
    [ -t 0 ] || sudo=(sudo -n)
  fi
  say "installing ${#missing[@]} missing packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null &&
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
      "${missing[@]}" </dev/null
}

# configure_and_build BUILD_DIR TARGET|all CMAKE_ARGS...: Release by default, Ninja and ccache when
# present (the top-level CMakeLists picks up ccache itself).
configure_and_build() {
  local dir="$1" target="$2"
  shift 2
  local generator=()
  # A folder configured before keeps its generator; cmake refuses to switch.
  if [ ! -f "$dir/CMakeCache.txt" ] && command -v ninja >/dev/null 2>&1; then
    generator=(-G Ninja)
  fi
  # Configure only when the folder is new or the options changed: `cmake --build` configures
  # again by itself when a CMakeLists.txt changes, and a second run stays fast.
  local stamp="$dir/.rapport-configure-args" args="-DCMAKE_BUILD_TYPE=Release $*"
  if [ ! -f "$dir/CMakeCache.txt" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$args" ]; then
    # Other options (another compiler, say) start from a fresh cache: nothing found or decided
    # under the old ones survives. Objects come back from ccache.
    rm -rf "$dir/CMakeCache.txt" "$dir/CMakeFiles"
    [ -z "${generator[*]}" ] && command -v ninja >/dev/null 2>&1 && [ ! -f "$dir/Makefile" ] && generator=(-G Ninja)
    cmake -S "$ROOT" -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=Release "$@" </dev/null || return 1
    printf '%s' "$args" >"$stamp"
  fi
  if [ "$target" = all ]; then
    cmake --build "$dir" --parallel "$JOBS" </dev/null
  else
    cmake --build "$dir" --parallel "$JOBS" --target "$target" </dev/null
  fi
}
