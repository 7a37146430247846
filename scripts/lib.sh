# shellcheck shell=bash
# Shared helpers for scripts/run and scripts/test: install what is missing, configure once,
# build incrementally. Source it; do not run it.
#
# Environment knobs:
#   SPG_DRY_RUN=1    print what would be installed / run, change nothing
#   SPG_SKIP_DEPS=1  do not look for or install system packages at all

# Repo root from this file's own location, so the scripts work from any cwd.
SPG_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export SPG_ROOT

spg_log() { printf '==> %s\n' "$*" >&2; }
spg_warn() { printf 'warning: %s\n' "$*" >&2; }
spg_die()
{
    printf 'error: %s\n' "$*" >&2
    exit 1
}

spg_is_dry_run() { [[ "${SPG_DRY_RUN:-0}" == 1 ]]; }

# Echo a command, then run it (or only echo it in dry-run mode), so logs show what happened.
spg_run()
{
    printf '+ %s\n' "$*" >&2
    spg_is_dry_run || "$@"
}

# Replace the shell with a command; in dry-run mode just show it.
spg_exec()
{
    printf '+ exec %s\n' "$*" >&2
    if spg_is_dry_run; then
        exit 0
    fi
    exec "$@"
}

# Run as root: directly when we already are, else through sudo (which must then exist).
spg_as_root()
{
    if [[ "$(id -u)" -eq 0 ]]; then
        spg_run "$@"
    elif command -v sudo >/dev/null 2>&1; then
        spg_run sudo "$@"
    else
        spg_die "need root to run '$*' and sudo is not installed; run it as root, then retry"
    fi
}

# --- Dependency detection ---------------------------------------------------------------

# True when the Debian package is fully installed. A removed package whose config files
# remain also answers `dpkg -s`, so the Status line is checked, not just the exit code.
spg_dpkg_installed()
{
    dpkg -s "$1" 2>/dev/null | grep -q '^Status: install ok installed'
}

# Print (one a line) the apt packages still missing. $1 = "test" adds the test-only extras;
# $1 = "package" the Debian packaging tools; $1 = "fuzz" asks for clang and libFuzzer
# instead of Qt.
spg_missing_apt_packages()
{
    local purpose="${1:-build}"
    # Compilers: the project enables C and C++; g++ pulls in gcc and libc6-dev.
    if ! command -v c++ >/dev/null 2>&1 && ! command -v g++ >/dev/null 2>&1; then
        echo g++
    elif ! command -v cc >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
        echo g++
    fi
    command -v cmake >/dev/null 2>&1 || echo cmake
    command -v ninja >/dev/null 2>&1 || echo ninja-build
    # qt6-base-dev: Core/Gui/Widgets/Test CMake packages. libgl-dev: Qt6Gui's CMake config
    # looks for OpenGL. qt6-qpa-plugins: the platform plugins on some releases (Ubuntu 22.04),
    # which only a Recommends would pull in and we install without recommends.
    # qt6-svg-dev: the pictures export as SVG. fonts-dejavu-core: a font with every glyph the
    # window draws (the log's blocked-call marker U+2016, arrows, the hex view's markers), so
    # a bare machine shows no empty boxes.
    local pkgs=(qt6-base-dev qt6-base-dev-tools libgl-dev qt6-qpa-plugins qt6-svg-dev fonts-dejavu-core)
    # The interface's Spanish and Korean (resources/i18n): Qt6LinguistTools' CMake package
    # (qt6-tools-dev), lupdate and lrelease (qt6-l10n-tools; qt6-tools-dev-tools on some
    # releases), and CJK glyphs so Korean shows as Hangul, not empty boxes (fonts-noto-cjk).
    pkgs+=(qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools fonts-noto-cjk)
    if [[ "$purpose" == fuzz ]]; then
        # scripts/fuzz: clang and its libFuzzer runtime (Debian 12 keeps it in
        # libclang-rt-dev, only a Recommends of clang), and no Qt at all.
        pkgs=(clang libclang-rt-dev)
    fi
    if [[ "$purpose" == test ]]; then
        # Not needed by the tests themselves (they run offscreen) but by screenshot tooling.
        pkgs+=(xvfb xauth)
        # Real peers the tests talk to: scenarios serve curl, nc and socat; the shell tests
        # drive the app with python3.
        pkgs+=(curl netcat-openbsd socat python3)
        # The reader that checks the exported captures (pcapng): tshark, Wireshark's own
        # dissectors. DEBIAN_FRONTEND=noninteractive (spg_ensure_deps_apt) skips its debconf
        # question about capturing as non-root, which the tests never do.
        pkgs+=(tshark)
        # The validators of the install tree (tests/scripts/test_install.sh): the desktop
        # file, the AppStream metainfo, the MIME XML and the man page (groff, man, col) ...
        pkgs+=(desktop-file-utils appstream libxml2-utils groff-base man-db bsdextrautils)
        # ... and Debian's own reader of the package's DEP-5 copyright file.
        pkgs+=(python3-debian)
        # The strace import's tests run small C programs under strace and replay the logs.
        pkgs+=(strace)
    fi
    if [[ "$purpose" == package ]]; then
        # scripts/package: cpack's DEB generator finds the Depends with dpkg-shlibdeps
        # (dpkg-dev) and the executables with file.
        pkgs+=(dpkg-dev file)
    fi
    local p
    for p in "${pkgs[@]}"; do
        spg_dpkg_installed "$p" || echo "$p"
    done
}

# Print the Homebrew formulae still missing (macOS). Xcode's command line tools provide c++.
spg_missing_brew_formulae()
{
    command -v cmake >/dev/null 2>&1 || echo cmake
    command -v ninja >/dev/null 2>&1 || echo ninja
    [[ -d "$(brew --prefix)/opt/qt" ]] || echo qt
}

# --- Installing -------------------------------------------------------------------------

spg_ensure_deps_apt()
{
    local missing=() p
    # A read loop rather than mapfile: macOS still ships bash 3.2.
    while IFS= read -r p; do missing+=("$p"); done < <(spg_missing_apt_packages "$1")
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    spg_log "installing missing packages: ${missing[*]}"
    # `apt-get update` only now, when something really has to be installed: it is the slow
    # part, and a fresh machine's package lists may be empty.
    spg_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    spg_as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

spg_ensure_deps_brew()
{
    if ! command -v c++ >/dev/null 2>&1; then
        spg_die "no C++ compiler: run 'xcode-select --install', then retry"
    fi
    local missing=() f
    while IFS= read -r f; do missing+=("$f"); done < <(spg_missing_brew_formulae)
    if [[ ${#missing[@]} -gt 0 ]]; then
        spg_log "installing missing formulae: ${missing[*]}"
        spg_run brew install "${missing[@]}"
    fi
    # Homebrew's Qt is keg-only on some setups; point find_package at it.
    local qt_prefix
    qt_prefix="$(brew --prefix qt)"
    export CMAKE_PREFIX_PATH="${qt_prefix}${CMAKE_PREFIX_PATH:+:$CMAKE_PREFIX_PATH}"
}

# Install whatever the build (and, with $1 = "test", the test run; with "fuzz", scripts/fuzz)
# needs and is missing.
spg_ensure_deps()
{
    local purpose="${1:-build}"
    if [[ "${SPG_SKIP_DEPS:-0}" == 1 ]]; then
        return 0
    fi
    case "$(uname -s)" in
    Linux)
        command -v apt-get >/dev/null 2>&1 \
            || spg_die "only apt-based systems are automated; install a C++20 compiler, cmake, ninja and Qt 6 (Core Gui Widgets Test) yourself, then rerun with SPG_SKIP_DEPS=1"
        spg_ensure_deps_apt "$purpose"
        ;;
    Darwin)
        command -v brew >/dev/null 2>&1 \
            || spg_die "Homebrew is required on macOS (https://brew.sh), or set SPG_SKIP_DEPS=1"
        spg_ensure_deps_brew
        ;;
    *)
        spg_warn "unknown system $(uname -s); not installing anything"
        ;;
    esac
}

# --- Configure and build ----------------------------------------------------------------

# Configure only when the build tree is missing or half-made, or the presets file changed
# (that can change cache variables). Edits to CMakeLists.txt are caught by the generated
# build itself: ninja reruns cmake when any of them is newer.
spg_configure()
{
    local preset="$1"
    local bdir="$SPG_ROOT/build/$preset"
    if [[ -f "$bdir/CMakeCache.txt" && -f "$bdir/build.ninja" \
        && ! "$SPG_ROOT/CMakePresets.json" -nt "$bdir/CMakeCache.txt" ]]; then
        return 0
    fi
    spg_log "configuring preset '$preset'"
    (cd "$SPG_ROOT" && spg_run cmake --preset "$preset")
}

# Configure if needed, then build the preset (optionally only the given targets).
spg_build()
{
    local preset="$1"
    shift
    spg_configure "$preset"
    local targets=()
    if [[ $# -gt 0 ]]; then
        targets=(--target "$@")
    fi
    spg_log "building preset '$preset'${1:+ (targets: $*)}"
    # ${a[@]+...} keeps an empty array from tripping `set -u` in bash < 4.4.
    (cd "$SPG_ROOT" && spg_run cmake --build --preset "$preset" ${targets[@]+"${targets[@]}"})
}
