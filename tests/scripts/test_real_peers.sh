#!/usr/bin/env bash
# Headless scenarios serving the tools people already use: curl against a scenario that
# answers one HTTP request, nc sending lines that recv ... until EOF gathers, and socat
# talking to auto_accept + echo. Each run listens on 127.0.0.1:0 and reports its port on
# --ready-fd. scripts/test installs curl, netcat-openbsd and socat.
#
#   test_real_peers.sh PATH/TO/socket-playground
set -uo pipefail

# shellcheck source=common.sh
source "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/common.sh"

app="${1:?usage: test_real_peers.sh PATH/TO/socket-playground}"
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
require_tools curl nc socat timeout
enter_scratch

# Starts `$app --run $1` in the background and sets $port from its ready line.
serve()
{
    rm -f ready
    mkfifo ready
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM timeout 60 \
        "$app" --run "$1" --ready-fd 3 3>ready >out 2>err &
    pid=$!
    local line=""
    IFS= read -r line <ready
    port="${line##*:}"
    [[ "$line" =~ ^listening\ on\ 127\.0\.0\.1:[0-9]+$ ]] || fail "$1: ready line '$line'"
}

# The run's own end: its exit status into $status.
finish()
{
    wait "$pid"
    status=$?
    pid=""
}

# --- curl: one HTTP request, checked by prefix and contains, answered by send() -------------
cat >http.spg <<'SPG'
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 4)
conn = accept(srv)                       expect peer 127.0.0.1:*
recv(conn, 4096, 0)                      expect prefix "GET /lab HTTP/1.1\r\n", contains "\r\n\r\n"
send(conn, "HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\nhello\n", 0)
close(conn)
SPG
serve http.spg
body="$(curl -s --max-time 20 "http://127.0.0.1:$port/lab")"
finish
[[ $status -eq 0 ]] || fail "the HTTP scenario exited $status"
[[ "$body" == hello ]] || fail "curl got '$body', wanted hello"
grep -Eq '^[0-9]+ calls, 3 expectations held, 0 failed$' err || fail "HTTP: summary"

# --- nc: lines until the peer closes ----------------------------------------------------------
cat >lines.spg <<'SPG'
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 4)
conn = accept(srv)
recv(conn, 4, 0) until EOF               expect "line one\nline two\n", length 18
SPG
serve lines.spg
printf 'line one\nline two\n' | nc -N 127.0.0.1 "$port" >/dev/null
finish
[[ $status -eq 0 ]] || fail "the until-EOF scenario exited $status"
grep -Eq '^recv\([0-9]+, "", 4, 0\) = 0$' out || fail "until EOF: no final recv() = 0"

# --- socat: two clients of auto_accept + echo ---------------------------------------------------
cat >echo.spg <<'SPG'
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 8)
echo(srv)                                # each accepted connection echoes, then sends FIN
auto_accept(srv)                         # after echo: socat may connect as soon as listen() returns
sleep(60000)                             # serve until the test ends the run
SPG
serve echo.spg
for word in ping pong; do
    got="$(printf '%s' "$word" | timeout 20 socat -t 10 - "TCP:127.0.0.1:$port")"
    [[ "$got" == "$word" ]] || fail "socat sent $word and got back '$got'"
done
kill "$pid" 2>/dev/null
finish
grep -q '^# auto-accept on for srv' out || fail "echo: no auto-accept line"

finish_checks "real peers"
