# shellcheck shell=bash
# What the shell tests share: a scratch folder to run in, fail(), which reports a check with
# the run's stdout and stderr and counts it, and run_app. Source it, then set `tmp` (and
# `app` for run_app).

failures=0

fail()
{
    printf 'FAIL: %s\n' "$*"
    for f in out err; do
        [[ -f "$tmp/$f" ]] && printf -- '--- %s ---\n%s\n' "$f" "$(cat "$tmp/$f")"
    done
    failures=$((failures + 1))
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
