#!/usr/bin/env bash
# --export-pcap read back by Wireshark's own reader (tshark, through pcap_check.py): an HTTP
# exchange over TCP on 127.0.0.1 and on ::1 (one response longer than a segment), UDP over
# IPv4 (a demo) and IPv6, and an HTTP client outside the session. Each capture must dissect
# with no malformed frame, bad checksum or error, the HTTP request must be seen as HTTP,
# and the TCP streams' byte totals and the UDP lengths must be what the engine's calls
# returned (read from the run's own lines). Then the checker is fed wrong answers (a flipped
# byte, a broken header, totals off by one, a header without the note) and must fail each.
#
#   test_export_pcap.sh PATH/TO/socket-playground
set -uo pipefail

# shellcheck source=common.sh
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/common.sh"
check="$here/pcap_check.py"

app="${1:?usage: test_export_pcap.sh PATH/TO/socket-playground}"
app="$(cd "$(dirname "$app")" && pwd)/$(basename "$app")"
require_tools tshark python3
enter_scratch

# The engine's counters for one connection, from a run's lines: "C+S", the bytes the
# connecting socket's send calls returned, then the accepted socket's.
tcp_counters()
{
    awk '
        /^connect\(/ { split($0, a, /[(,]/); cli = a[2] }
        /^accept4?\(/ && / = [0-9]+$/ { srv = $NF }
        /^(send|write|sendto|sendmsg)\(/ && / = [0-9]+$/ {
            split($0, a, /[(,]/); sent[a[2]] += $NF
        }
        END { printf "%d+%d\n", sent[cli], sent[srv] }' "$1"
}

# The lengths every sendto()/sendmsg() returned, in order: "13,13,4,4".
udp_counters()
{
    awk '/^(sendto|sendmsg)\(/ && / = [0-9]+$/ { out = out sep $NF; sep = "," } END { print out }' "$1"
}

# A response longer than one segment: 3041 bytes.
python3 -c 'import sys; b = b"x" * 3000; sys.stdout.buffer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(b) + b)' >resp.bin

http_scenario()
{
    cat <<SPG
srv = socket($1, SOCK_STREAM, 0)
bind(srv, $2:0)
listen(srv, 4)
cli = socket($1, SOCK_STREAM, 0)
connect(cli, srv.local)                  expect 0
conn = accept(srv)
send(cli, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", 0)   expect 27
recv(conn, 4096, 0)                      expect "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
send(conn, file("resp.bin"), 0)          expect 3041
close(conn)
recv(cli, 1000, 0) until EOF             expect length 3041
close(cli)
close(srv)
SPG
}

for family in 4 6; do
    if [[ $family == 4 ]]; then http_scenario AF_INET 127.0.0.1 >http$family.spg
    else http_scenario AF_INET6 '[::1]' >http$family.spg; fi
    run_app --run http$family.spg --export-pcap http$family.pcapng
    [[ $status -eq 0 && -s http$family.pcapng ]] || fail "IPv$family: the capture was not written (status $status)"
    grep -Eq '^capture: 13 packets \(1 TCP connections, 0 UDP datagrams\) written to' err \
        || fail "IPv$family: no capture line on stderr"
    expected="$(tcp_counters out)"
    [[ "$expected" == 27+3041 ]] || fail "IPv$family: the run's own counters read $expected"
    python3 "$check" http$family.pcapng --streams 1 --tcp-bytes "$expected" --http-requests 1 >report \
        || fail "IPv$family: $(cat report)"
done
proto="$(tshark -n -r http6.pcapng -T fields -e ipv6.src -Y 'frame.number == 1' 2>/dev/null)"
[[ "$proto" == ::1 ]] || fail "the IPv6 capture's first packet is not from ::1 ('$proto')"
tshark -n -r http4.pcapng -T fields -e frame.comment -Y http.request 2>/dev/null \
    | grep -Eq '^send\([0-9]+, "GET / HTTP/1\.1\\r\\nHost: x\\r\\n\\r\\n", 27, MSG_NOSIGNAL\) = 27$' \
    || fail "the HTTP request's comment does not name its send() call"

# UDP: a demo (IPv4, each datagram with its boundaries) and IPv6 from an unbound socket.
run_app --demo udp-sendto-recvfrom --export-pcap udp4.pcapng
[[ $status -eq 0 ]] || fail "UDP demo: status $status"
expected="$(udp_counters out)"
[[ "$expected" == 13,13,4,4 ]] || fail "UDP demo: the run's own counters read $expected"
python3 "$check" udp4.pcapng --streams 0 --udp "$expected" >report || fail "UDP IPv4: $(cat report)"
cat >udp6.spg <<'SPG'
a = socket(AF_INET6, SOCK_DGRAM, 0)
bind(a, [::1]:0)
b = socket(AF_INET6, SOCK_DGRAM, 0)
sendto(b, "hello", 0, a.local)                  expect 5
sendto(b, "a longer datagram", 0, a.local)      expect 17
recvfrom(a, 64, 0)                              expect "hello"
recvfrom(a, 4, 0)                               expect "a lo"
SPG
run_app --run udp6.spg --export-pcap udp6.pcapng
[[ $status -eq 0 ]] || fail "UDP IPv6: status $status"
python3 "$check" udp6.pcapng --udp "$(udp_counters out)" >report || fail "UDP IPv6: $(cat report)"

# A client outside the session: what our socket received stands for what it sent, its
# close is seen as end-of-file, and the handshake is written at accept().
cat >outside.spg <<'SPG'
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 4)
conn = accept(srv)
recv(conn, 4096, 0)                      expect "GET /outside HTTP/1.1\r\nHost: x\r\n\r\n"
send(conn, "HTTP/1.0 200 OK\r\nContent-Length: 6\r\n\r\nhello\n", 0)   expect 44
recv(conn, 64, 0)                        expect 0
close(conn)
close(srv)
SPG
rm -f ready && mkfifo ready
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ${limit[@]+"${limit[@]}"} \
    "$app" --run outside.spg --ready-fd 3 --export-pcap outside.pcapng 3>ready >out 2>err &
pid=$!
IFS= read -r line <ready
python3 - "${line##*:}" <<'PY'
import socket, sys
s = socket.create_connection(('127.0.0.1', int(sys.argv[1])), timeout=20)
s.sendall(b'GET /outside HTTP/1.1\r\nHost: x\r\n\r\n')
got = b''
while not got.endswith(b'hello\n'):
    chunk = s.recv(4096)
    if not chunk:
        break
    got += chunk
s.close()
PY
wait "$pid"
status=$?
pid=""
[[ $status -eq 0 ]] || fail "the outside client's scenario exited $status"
# The engine's counters: what conn's recv calls returned, then what its send returned.
expected="$(awk '/^recv\(/ && / = [0-9]+$/ { r += $NF } /^send\(/ && / = [0-9]+$/ { s += $NF }
                END { printf "%d+%d\n", r, s }' out)"
[[ "$expected" == 34+44 ]] || fail "outside client: the run's own counters read $expected"
python3 "$check" outside.pcapng --streams 1 --tcp-bytes "$expected" --http-requests 1 >report \
    || fail "outside client: $(cat report)"
[[ "$(tshark -n -r outside.pcapng -Y 'tcp.flags.fin == 1' 2>/dev/null | wc -l)" -eq 2 ]] \
    || fail "outside client: not one FIN each way"

# Demos with the other endings (half-close, a reset by SO_LINGER {1,0}, data to a closed
# socket answered by RST), several clients, and TCP beside UDP read back clean too.
for demo in half-close rst-linger epipe-no-sigpipe poll-server stream-vs-datagram; do
    run_app --demo "$demo" --export-pcap "$demo.pcapng"
    [[ $status -eq 0 ]] || fail "$demo: status $status"
    python3 "$check" "$demo.pcapng" >report || fail "$demo: $(cat report)"
done
[[ "$(tshark -n -r rst-linger.pcapng -Y 'tcp.flags.reset == 1' 2>/dev/null | wc -l)" -eq 1 ]] \
    || fail "rst-linger: not one RST"
[[ "$(tshark -n -r epipe-no-sigpipe.pcapng -Y 'tcp.flags.reset == 1' 2>/dev/null | wc -l)" -eq 1 ]] \
    || fail "epipe-no-sigpipe: the data sent to the closed socket was not answered by one RST"

# UNIX sockets are left out, and the file and stderr say so.
run_app --demo unix-stream --export-pcap unix.pcapng
[[ $status -eq 0 ]] && grep -q '^capture: Left out: [0-9]* UNIX-domain socket' err \
    || fail "UNIX sockets: no note on stderr (status $status)"
grep -aq 'UNIX-domain socket' unix.pcapng || fail "UNIX sockets: no note in the file"

# The command line: --export-pcap needs a scenario, and goes alone.
run_app --export-pcap x.pcapng
[[ $status -eq 2 ]] && grep -Fq 'needs --run FILE or --demo NAME' err || fail "--export-pcap alone was not refused"
run_app --demo half-close --export-pcap x.pcapng --export-c x.c
[[ $status -eq 2 ]] && grep -Fq 'goes alone' err || fail "--export-pcap with --export-c was not refused"

# Wrong answers: each check must fail when what it checks is wrong.
python3 - <<'PY'
data = open('http4.pcapng', 'rb').read()
at = data.find(b'GET / HTTP')
flipped = bytearray(data); flipped[at + 2] ^= 1                 # the payload, not its checksum
open('flipped.pcapng', 'wb').write(flipped)
broken = bytearray(data); broken[at - 20 + 12] = 0xF0            # TCP header length 60 bytes
open('broken.pcapng', 'wb').write(broken)
open('unlabelled.pcapng', 'wb').write(data.replace(b'not captured on a wire', b'not captured on a WIRE', 1))
PY
expect_fail()
{
    local what="$1" pattern="$2"
    shift 2
    if python3 "$check" "$@" >report; then
        fail "the checker passed $what"
    elif ! grep -Eq "$pattern" report; then
        fail "the checker failed $what without saying '$pattern': $(cat report)"
    fi
}
expect_fail "a flipped payload byte" 'Bad checksum' flipped.pcapng
expect_fail "a broken TCP header" 'Malformed' broken.pcapng
expect_fail "a header without the note" 'reconstructed' unlabelled.pcapng
expect_fail "a byte total off by one" 'TCP bytes per stream' http4.pcapng --tcp-bytes 27+3042
expect_fail "a stream count off by one" 'TCP streams' http4.pcapng --streams 2
expect_fail "a missing HTTP request" 'HTTP requests' http4.pcapng --http-requests 2
expect_fail "a UDP length off by one" 'UDP payload lengths' udp4.pcapng --udp 13,13,4,5

finish_checks "export pcap"
