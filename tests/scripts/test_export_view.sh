#!/usr/bin/env bash
# --export-view as a teacher's script uses it, with no display at all: the tcp-server-client
# ladder as SVG (well-formed, with its calls and bytes), the half-close demo's
# TCP states as SVG (well-formed, with the states the demo passes through), the accept-queue
# demo stopped with its queue full as PNG, and the refusals for bad usage.
#
#   test_export_view.sh PATH/TO/socket-playground
set -uo pipefail

# shellcheck source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

app="${1:?usage: test_export_view.sh PATH/TO/socket-playground}"
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# The text elements of an SVG, one a line; fails (status 1) if the document is not well-formed.
svg_texts()
{
    python3 - "$1" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for e in root.iter():
    if e.tag.endswith('}text') or e.tag == 'text':
        print(''.join(e.itertext()).strip())
PY
}

run_app --demo half-close --export-view states --out states.svg
[[ $status -eq 0 && -s states.svg ]] || fail "the states view was not written (status $status)"
if command -v python3 >/dev/null 2>&1; then
    svg_texts states.svg >texts || fail "states.svg is not well-formed XML"
    for label in ESTABLISHED FIN_WAIT_2 TIME_WAIT CLOSE_WAIT '#2: TIME_WAIT'; do
        grep -Fxq "$label" texts || fail "states.svg lacks the label '$label'"
    done
fi
[[ -s err ]] && fail "a successful export wrote to stderr"

# The ladder of the tcp-server-client demo: the handshake, the bytes with their count and
# first bytes, the FIN. A label the ladder cannot hold is the wrong answer, and must be missed.
run_app --demo tcp-server-client --export-view sequence --out sequence.svg
[[ $status -eq 0 && -s sequence.svg ]] || fail "the sequence view was not written (status $status)"
if command -v python3 >/dev/null 2>&1; then
    svg_texts sequence.svg >texts || fail "sequence.svg is not well-formed XML"
    for label in 'connect = 0' 'recv = 7' 'accept → #3' '7 B "hello\r\n"' '10 B "hi there\r\n"' FIN \
        '#1 listener' 'connect ECONNREFUSED'; do
        grep -Fxq "$label" texts || fail "sequence.svg lacks the label '$label'"
    done
    grep -Fxq '8 B "hello\r\n"' texts && fail "sequence.svg holds a byte count nobody sent"
fi

# Line 28 is the getsockname() after c4's connect: the queue is full, c4 waits outside.
run_app --demo accept-queue --export-view queues --until-line 28 --print --out queues.png
[[ $status -eq 0 ]] || fail "the queues view was not written (status $status)"
head -c 8 queues.png | od -An -c | grep -q 'P   N   G' || fail "queues.png is not a PNG"

run_app --demo half-close --export-view nowhere --out x.svg
[[ $status -eq 2 ]] && grep -Fq 'no view named "nowhere"' err || fail "an unknown view was not refused"
run_app --demo half-close --export-view states
[[ $status -eq 2 ]] && grep -Fq 'needs --out' err || fail "a missing --out was not refused"
run_app --demo half-close --export-view states --out x.gif
[[ $status -eq 2 ]] && grep -Fq 'must end in .png or .svg' err || fail "a .gif was not refused"
[[ -e x.gif ]] && fail "a refused export left a file behind"

# A lab that reaches past loopback: refused before it runs (no dialog can be answered
# here), drawn once --allow names its category.
printf 'srv = socket(AF_INET, SOCK_STREAM, 0)\nbind(srv, 0.0.0.0:0)\nlisten(srv, 1)\n' >wide.spg
run_app --run wide.spg --export-view states --out wide.svg
[[ $status -eq 2 ]] && grep -Fq 'wide.spg:2:' err && grep -Fq -- '--allow net' err \
    || fail "a lab binding 0.0.0.0 was not refused with its line and the --allow it needs"
[[ -e wide.svg ]] && fail "a refused lab was drawn"
run_app --run wide.spg --allow net --export-view sockets --out wide.svg
[[ $status -eq 0 && -s wide.svg ]] || fail "--allow net did not let the lab be drawn (status $status)"

finish_checks "export view"
