# shellcheck shell=bash
# What the shell tests share: a scratch folder to run in, and fail(), which reports a
# check with the run's stdout and stderr and counts it. Source it after setting `tmp`.

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
