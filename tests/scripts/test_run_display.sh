#!/usr/bin/env bash
# scripts/run's display check, without building or starting anything: SPG_DRY_RUN=1 makes
# the script print its commands instead of running them, so only the check decides the exit
# status. With no display, headless arguments must pass and a window must be refused.
#
#   test_run_display.sh [PATH/TO/scripts/run]    (default: the one beside this repo's tests)
set -uo pipefail

run_script="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/scripts/run}"
if [[ "$(uname -s)" != Linux ]]; then
    echo "SKIP: the display check only applies on Linux"
    exit 77
fi

failures=0
out=""
status=0

# Runs scripts/run with no display in the environment and the given arguments.
run_without_display()
{
    out="$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM SPG_DRY_RUN=1 SPG_SKIP_DEPS=1 \
        bash "$run_script" "$@" 2>&1)"
    status=$?
}

fail()
{
    printf 'FAIL: %s\n--- output ---\n%s\n--------------\n' "$*" "$out"
    failures=$((failures + 1))
}

expect_passes()
{
    run_without_display "$@"
    [[ $status -eq 0 ]] || fail "scripts/run $* exited $status without a display, wanted 0"
    [[ "$out" == *"+ exec "*"socket-playground $*"* ]] \
        || fail "scripts/run $* did not hand its arguments to the app"
}

expect_refused()
{
    run_without_display "$@"
    [[ $status -eq 2 ]] || fail "scripts/run $* exited $status without a display, wanted 2"
    [[ "$out" == *"error: no display"* ]] || fail "scripts/run $*: no 'no display' error"
    [[ "$out" == *"scripts/run --run lab.spg"* ]] || fail "scripts/run $*: the hint lacks --run"
    [[ "$out" == *"xvfb-run scripts/run"* ]] || fail "scripts/run $*: the hint lacks xvfb-run"
    # An offscreen window is invisible and never exits: not a way out.
    [[ "$out" != *"QT_QPA_PLATFORM=offscreen"* ]] \
        || fail "scripts/run $*: the hint still suggests QT_QPA_PLATFORM=offscreen"
    [[ "$out" != *"+ exec "* ]] || fail "scripts/run $*: started the app anyway"
}

expect_passes --run lab.spg
expect_passes --demo tcp-server-client --run
expect_passes --run lab.spg --backend poll
expect_passes --list-demos
expect_passes --help
expect_passes -h
expect_passes --run lab.spg --export-c lab.c
expect_passes --demo tcp-server-client --export-c lab.c
expect_passes --matrix
expect_refused
expect_refused --demo tcp-server-client
expect_refused --backend poll

# A display, or a platform the user chose, lets the window through.
out="$(env -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM DISPLAY=:99 SPG_DRY_RUN=1 SPG_SKIP_DEPS=1 \
    bash "$run_script" 2>&1)"
status=$?
[[ $status -eq 0 ]] || fail "scripts/run with DISPLAY set exited $status, wanted 0"

if [[ $failures -gt 0 ]]; then
    echo "$failures check(s) failed"
    exit 1
fi
echo "PASS: scripts/run's display check"
