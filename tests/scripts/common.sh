# shellcheck shell=bash
# What the shell tests share: require_tools, a scratch folder to run in (enter_scratch),
# fail(), which reports a check with the run's stdout and stderr and counts it, and run_app.
# Source it, then call enter_scratch or set `tmp` (and `app` for run_app).

failures=0

fail()
{
    printf 'FAIL: %s\n' "$*"
    for f in out err; do
        [[ -f "$tmp/$f" ]] && printf -- '--- %s ---\n%s\n' "$f" "$(cat "$tmp/$f")"
    done
    failures=$((failures + 1))
}

# Skips the whole test (exit 77, which CTest reports as skipped) unless every tool is here.
require_tools()
{
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "SKIP: $tool is not installed (scripts/test installs it)"
            exit 77
        fi
    done
}

# A scratch folder as the current directory, removed (and a background $pid killed) on exit.
enter_scratch()
{
    tmp="$(mktemp -d)"
    pid=""
    trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
    cd "$tmp" || exit 1
}

# Ends the test: non-zero when a check failed.
finish_checks()
{
    if [[ $failures -gt 0 ]]; then
        echo "$failures check(s) failed"
        exit 1
    fi
    echo "PASS: $1"
}

# A bound on each run where coreutils' timeout exists (macOS has none by default).
limit=()
if command -v timeout >/dev/null 2>&1; then
    limit=(timeout 60)
fi

# Runs $app with no display; stdout to $tmp/out, stderr to $tmp/err, status in $status.
run_app()
{
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ${limit[@]+"${limit[@]}"} "$app" "$@" \
        >"$tmp/out" 2>"$tmp/err"
    status=$?
}
