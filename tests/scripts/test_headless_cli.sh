#!/usr/bin/env bash
# The app's headless command line as a script sees it: the exact failure message and the
# closing summary on stderr, --strsize, and --ready-fd with a real peer that connects to
# the port the run reports (the scenario listens on port 0).
#
#   test_headless_cli.sh PATH/TO/socket-playground
set -uo pipefail

# shellcheck source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

app="${1:?usage: test_headless_cli.sh PATH/TO/socket-playground}"
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
readme="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/README.md"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# --- A failing line: the message README shows, then the summary -------------------------
cat >lab.spg <<'SPG'
a = socket(AF_INET, SOCK_DGRAM, 0)
bind(a, 127.0.0.1:0)
b = socket(AF_INET, SOCK_DGRAM, 0)
sendto(b, "hello\r\n", 0, a.local)        expect 7
recv(a, 64, 0)                           expect "bye"
close(a)
SPG
run_app --run lab.spg
[[ $status -eq 1 ]] || fail "a failing line exited $status, wanted 1"
expected_err='lab.spg:5: FAILED: expected "bye", got "hello\r\n" (first difference at offset 0)
5 calls, 1 expectation held, 1 failed (stopped at line 5)'
[[ "$(cat err)" == "$expected_err" ]] || fail "stderr of a failing run is not exactly:
$expected_err"
# README shows the same form: file:line, then the reason without a second "line N:".
grep -q 'lab.spg:9: FAILED: expected ' "$readme" || fail "README does not show 'lab.spg:9: FAILED: expected ...'"
if grep -q 'FAILED: line ' "$readme"; then fail "README still shows 'FAILED: line N:'"; fi

# --- --version: one line, the project's version (scripts and packagers read it) ----------
run_app --version
[[ $status -eq 0 && "$(cat out)" =~ ^socket-playground\ [0-9]+\.[0-9]+\.[0-9]+$ ]] ||
    fail "--version printed \"$(cat out)\" (status $status), not \"socket-playground X.Y.Z\""
# The check's wrong answer: --help's first line is no version line.
run_app --help
[[ "$(head -n 1 out)" =~ ^socket-playground\ [0-9]+\.[0-9]+\.[0-9]+$ ]] &&
    fail "the --version check accepted --help's first line"

# --- A passing demo that ends in ECONNREFUSED: the summary says nothing failed ------------
run_app --demo tcp-server-client --run
[[ $status -eq 0 ]] || fail "tcp-server-client exited $status"
tail -n 1 out | grep -q 'ECONNREFUSED' || fail "tcp-server-client no longer ends in ECONNREFUSED"
tail -n 1 err | grep -Eq '^[0-9]+ calls, [0-9]+ expectations held, 0 failed$' \
    || fail "a passing run does not end with the summary"

# --- kqueue where there is none: the demo is skipped (77), a file is refused (2) ---------
if [[ "$(uname -s)" == Linux ]]; then
    run_app --demo kqueue-server --run
    [[ $status -eq 77 ]] || fail "kqueue-server on Linux exited $status, wanted 77 (skipped)"
    grep -q 'kqueue-server.spg: skipped: this demo is for macOS and the BSDs' err \
        || fail "kqueue-server on Linux does not say it is skipped"
    [[ ! -s out ]] || fail "kqueue-server on Linux ran calls"
    printf 'kq = kqueue()\nkevent(kq, [], 1, 0)\n' >kq.spg
    run_app --run kq.spg
    [[ $status -eq 2 ]] || fail "a kqueue scenario on Linux exited $status, wanted 2"
    grep -q '^kq.spg:1:6: kqueue() is not available on Linux (macOS and the BSDs have it)' err \
        || fail "a kqueue scenario on Linux does not name line 1, column 6 and the reason"
    run_app --list-demos
    grep -Eq '^kqueue-server +.*macOS/BSD only$' out || fail "--list-demos does not mark kqueue-server"
fi

# --- --strsize ----------------------------------------------------------------------------
run_app --run lab.spg --strsize 3
grep -Eq '^sendto\([0-9]+, "hel"\.\.\., 7, ' out || fail "--strsize 3 does not cut the payload to 3 bytes"
run_app --run lab.spg
grep -Fq '"hello\r\n", 7, ' out || fail "the default strsize cut a 7-byte payload"
for bad in -1 x 1048577; do
    run_app --run lab.spg --strsize "$bad"
    if [[ $status -ne 2 ]] || ! grep -q -- '--strsize needs' err; then
        fail "--strsize $bad was accepted"
    fi
done
run_app --strsize 8
[[ $status -eq 2 ]] || fail "--strsize without --run or --export-c was accepted"
run_app --run lab.spg --export-c lab.c --strsize 5
grep -q '^#define STRSIZE 5$' lab.c || fail "--export-c --strsize 5 did not set STRSIZE"

# --- --ready-fd and "listening on", with a real peer --------------------------------------
cat >serve.spg <<'SPG'
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 1)
conn = accept(srv)
recv(conn, 5, MSG_WAITALL)               expect "ping\n"
send(conn, "pong\n", 0)                  expect 5
close(conn)
close(srv)
SPG
run_app --run serve.spg --ready-fd 9
if [[ $status -ne 2 ]] || ! grep -q 'file descriptor is not open' err; then
    fail "--ready-fd on a closed fd was accepted"
fi

if command -v python3 >/dev/null 2>&1; then
    mkfifo ready
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ${limit[@]+"${limit[@]}"} \
        "$app" --run serve.spg --ready-fd 3 3>ready >out 2>err &
    pid=$!
    line=""
    IFS= read -r line <ready # EOF (empty) if the run ends without listening
    port="${line##*:}"
    if [[ "$line" =~ ^listening\ on\ 127\.0\.0\.1:[0-9]+$ && "$port" -gt 0 ]]; then
        peer="$(python3 - "$port" <<'PY'
import socket, sys
s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=30)
s.sendall(b"ping\n")
got = b""
while True:
    chunk = s.recv(64)
    if not chunk:
        break
    got += chunk
print(s.getsockname()[1], got.decode().strip())
PY
)"
        wait "$pid"
        status=$?
        [[ $status -eq 0 ]] || fail "the served run exited $status"
        [[ "$peer" == *" pong" ]] || fail "the peer got '${peer#* }', wanted pong"
        # The run's accept() line names the peer's own port: it really was our client.
        grep -Fq "htons(${peer%% *})" out || fail "accept() does not show the peer's port ${peer%% *}"
        grep -Fxq "$line" err || fail "stderr lacks '$line'"
        grep -Eq '^recv\([0-9]+, "ping\\n", 5, MSG_WAITALL\) = 5$' out \
            || fail "the run did not receive ping"
    else
        fail "the ready fd gave '$line', not 'listening on 127.0.0.1:PORT'"
        kill "$pid" 2>/dev/null
        wait "$pid"
    fi
else
    echo "note: no python3; the --ready-fd peer test is skipped"
fi

# --- Files that are not scenarios, and text that must not reach the terminal raw --------
printf '  \n# only a comment\n' >empty.spg
run_app --run empty.spg
[[ $status -eq 2 ]] && grep -Fxq 'no calls in empty.spg' err || fail "an empty scenario was not refused with 'no calls in empty.spg'"
run_app --run /dev/null
[[ $status -eq 2 ]] && grep -q 'is a character device' err || fail "/dev/null was not named for what it is"
printf 'x = socket(AF_INET, SOCK_STREAM, \033]0;pwned\007)\n' >escape.spg
run_app --run escape.spg
if grep -q $'\033' err || grep -q $'\007' err; then fail "a control byte from the file reached stderr"; fi
grep -Fq '\33]0;pwned\7' err || fail "the control bytes were not shown escaped"
head -c 4000 /dev/urandom | tr -d '\n' | fold -w 40 >binary.spg
run_app --run binary.spg
[[ $status -eq 2 ]] && [[ $(wc -l <err) -le 21 ]] && grep -Eq '^\.\.\. and [0-9]+ more$' err \
    || fail "a binary file's errors were not cut after 20"

# --- The safety policy: refused whole, nothing run, every finding with what allows it -----
cat >reach.spg <<'SPG'
u = socket(AF_UNIX, SOCK_STREAM, 0)
bind(u, unix:.bashrc)                    expect 0
s = socket(AF_INET, SOCK_STREAM, 0)
bind(s, 0.0.0.0:0)
SPG
run_app --run reach.spg
[[ $status -eq 2 ]] || fail "a lab binding 0.0.0.0 exited $status, wanted 2"
[[ ! -s out ]] || fail "a refused lab printed call lines: nothing may run before consent"
grep -Fxq 'reach.spg:4:9: bind 0.0.0.0:0 (every interface) [needs --allow net]' err \
    || fail "the refusal does not name reach.spg:4:9 and --allow net"
run_app --run reach.spg --allow net
[[ $status -eq 0 ]] || fail "--allow net did not let the lab run (status $status)"
[[ ! -e .bashrc ]] || fail "a relative UNIX path was created in the current folder"
run_app --run reach.spg --allow-all
[[ $status -eq 0 ]] || fail "--allow-all did not let the lab run (status $status)"
run_app --run reach.spg --allow disk
[[ $status -eq 2 ]] || fail "--allow with an unknown category exited $status, wanted 2"
# A run ended by a signal still removes its scratch folder, with the socket file in it.
printf 's = socket(AF_UNIX, SOCK_STREAM, 0)\nbind(s, unix:lab.sock)\nlisten(s, 1)\nc = accept(s)\n' >wait.spg
env -u DISPLAY -u WAYLAND_DISPLAY "$app" --run wait.spg >out 2>err &
waiting=$!
for _ in $(seq 500); do grep -q '^listening on ' err && break; sleep 0.02; done
folder="$(sed -n 's|^listening on unix:\(.*\)/lab.sock$|\1|p' err)"
[[ -S "$folder/lab.sock" ]] || fail "the waiting run did not report its socket file ($folder)"
kill "$waiting"
wait "$waiting"
[[ -n "$folder" && ! -e "$folder" ]] || fail "a run stopped by SIGTERM left its scratch folder $folder"

# --- Bytes from a file never drive the terminal: a UNIX path and an abstract name holding
# ESC, BEL, CR, NUL and an OSC 52 clipboard write, the same in a payload and in a failing
# expectation, raw bytes in a comment and a lone C1 CSI byte (0x9b) in an error. Out comes
# no control byte but the line ends, and srv.local still names the socket (its text form
# reads back to the same bytes).
printf '%s\n' \
    "srv = socket(AF_UNIX, SOCK_STREAM, 0)   # $(printf '\033]52;c;aGk=\007 \r')" \
    'bind(srv, "unix:./p\x1b]0;T\x07\r\x1b]52;c;aGk=\x07")' \
    'listen(srv, 2)' \
    'cli = socket(AF_UNIX, SOCK_STREAM, 0)' \
    'connect(cli, srv.local)                 expect 0' \
    'conn = accept(srv)' \
    'send(cli, "\x1b]52;c;aGk=\x07\r\0\x9b", 0) expect 15' \
    'getpeername(cli)                        expect 0' \
    'ab = socket(AF_UNIX, SOCK_DGRAM, 0)' \
    'bind(ab, "unix:@spg\x00\x1b]0;T\x07")' \
    'u = socket(AF_UNIX, SOCK_DGRAM, 0)' \
    'sendto(u, "x", 0, ab.local)              expect 1' \
    'recv(conn, 64, 0)                       expect "\x1b]2;forged\x07"' >ctl.spg
run_app --run ctl.spg
[[ $status -eq 1 ]] || fail "the control-byte scenario did not stop at its failing expectation (status $status)"
grep -q 'ctl.spg:13: FAILED' err || fail "the control-byte scenario failed early: $(cat -v err)"
if LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f\x9b]' out err \
    || [[ $(cat out err | tr -d '\000' | wc -c) -ne $(cat out err | wc -c) ]]; then
    fail "a raw control byte reached stdout or stderr: $(cat -v out err)"
fi
grep -Fq 'sun_path="./p\x1b]0;T\x07\r\x1b]52;c;aGk=\x07"' out || fail "the UNIX path was not shown escaped"
grep -Fq 'listening on "unix:./p\x1b]0;T\x07\r\x1b]52;c;aGk=\x07"' err \
    || fail "the listener's path was not announced escaped"
printf 'x = socket(AF_INET, SOCK_STREAM, \233[31m)\n' >c1.spg
run_app --run c1.spg
if LC_ALL=C grep -q $'\x9b' err; then fail "a C1 control byte from the file reached stderr"; fi
grep -Fq '\233[31m' err || fail "the C1 byte was not shown escaped: $(cat -v err)"

# --- --backend select and a socket at fd >= FD_SETSIZE: the run says so at once, at the
# call that would wait, instead of stalling and then advising '&'. 1100 sockets first push
# the listener's fd past 1024, as a busy server's would be.
if [[ $(ulimit -n) -ge 2048 ]]; then
    for ((i = 0; i < 1100; ++i)); do echo "f$i = socket(AF_UNIX, SOCK_DGRAM, 0)"; done >highfd.spg
    printf '%s\n' 'srv = socket(AF_INET, SOCK_STREAM, 0)' 'bind(srv, 127.0.0.1:0)' \
        'listen(srv, 2)' 'conn = accept(srv)' >>highfd.spg
    run_app --backend select --run highfd.spg
    [[ $status -eq 1 ]] && grep -Eq '^highfd.spg:1104: FAILED: select\(\) cannot watch fd 1[0-9]{3} \(FD_SETSIZE 1024\)' err \
        || fail "a high fd under --backend select was not named at once (status $status): $(cat err)"
    if grep -q "'&'" err; then fail "the high-fd run advised '&'"; fi
fi

finish_checks "headless command line"
