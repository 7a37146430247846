// The TCP path the engine records for each socket: every state it read, in order, with the
// call it followed, and after close() the states the kernel's own table still shows
// (FIN_WAIT_2, TIME_WAIT, CLOSED). Real sockets on 127.0.0.1 and ::1; run per backend. The
// /proc readers are also checked on literal tables, with keys that must not match.
#include "engine_harness.h"

#include "core/sys/proc_net.h"

#include <QtTest>
#include <algorithm>
#include <arpa/inet.h>
#include <netinet/in.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

std::vector<TcpState> states(const SocketSnapshot& s)
{
    std::vector<TcpState> out;
    for (const TcpStep& step : s.tcpPath)
        out.push_back(step.state);
    return out;
}

bool reached(const SocketSnapshot& s, TcpState state)
{
    return !s.tcpPath.empty() && s.tcpPath.back().state == state;
}

sockaddr_storage v4(const char* ip, int port)
{
    sockaddr_storage ss {};
    auto& in = reinterpret_cast<sockaddr_in&>(ss);
    in.sin_family = AF_INET;
    in.sin_port = htons(static_cast<std::uint16_t>(port));
    inet_pton(AF_INET, ip, &in.sin_addr);
    return ss;
}

} // namespace

class TestTcpPath : public QObject {
    Q_OBJECT

private slots:
    // The client closes first: FIN_WAIT_2 while the server has not closed, TIME_WAIT once it
    // has; the server's end goes CLOSE_WAIT, then is forgotten (CLOSED) after its close.
    void activeCloseEndsInTimeWait()
    {
        Harness h;
        const auto [client, conn] = h.tcpPair();
        SocketSnapshot c =
            h.waitSnapshot(client, [](auto& s) { return reached(s, TcpState::Established); });
        QCOMPARE(states(c), (std::vector { TcpState::Closed, TcpState::Established }));
        QCOMPARE(c.tcpPath.front().after, std::string("socket"));
        QCOMPARE(c.tcpPath.back().after, std::string("connect"));

        QCOMPARE(h.call(makeCall(CallKind::Close, client)).result, 0L);
        bool ok = false;
        c = h.waitSnapshot(
            client, [](auto& s) { return reached(s, TcpState::FinWait2); }, &ok);
        QVERIFY2(ok,
                 "the client's half-closed connection shows FIN_WAIT_2 from the kernel's table");
        // The first state read after close() is the kernel's answer to it: FIN_WAIT_1 if the
        // peer's ACK had not yet come, else FIN_WAIT_2.
        const auto first = std::find_if(c.tcpPath.begin(), c.tcpPath.end(),
                                        [](const TcpStep& step) { return step.fromTable; });
        QVERIFY(first != c.tcpPath.end());
        QCOMPARE(first->after, std::string("close"));
        QVERIFY2(first->state == TcpState::FinWait1 || first->state == TcpState::FinWait2,
                 tcpStateName(first->state).data());
        QCOMPARE(c.tcpState, TcpState::None); // no fd: nothing read through one

        const SocketSnapshot s = h.waitSnapshot(
            conn, [](auto& x) { return reached(x, TcpState::CloseWait); }, &ok);
        QVERIFY2(ok, "the server's end sees the FIN");
        QCOMPARE(h.call(makeCall(CallKind::Close, conn)).result, 0L);
        h.waitSnapshot(
            conn, [](auto& x) { return reached(x, TcpState::Closed); }, &ok);
        QVERIFY2(ok, "LAST_ACK is answered at once on loopback: the kernel forgets the connection");
        c = h.waitSnapshot(
            client, [](auto& x) { return reached(x, TcpState::TimeWait); }, &ok);
        QVERIFY2(ok, "the side that closed first waits in TIME_WAIT");
        std::vector<TcpState> path = states(c);
        path.erase(std::remove(path.begin(), path.end(), TcpState::FinWait1), path.end());
        QCOMPARE(path,
                 (std::vector { TcpState::Closed, TcpState::Established, TcpState::FinWait2,
                                TcpState::TimeWait }));
        QCOMPARE(c.tcpPath.back().after, std::string("event"));
    }

    // shutdown(SHUT_WR) leaves the fd open; once the peer closes too, Linux moves the
    // connection to a time-wait entry and the fd reads CLOSED. The path shows TIME_WAIT,
    // read from the connection table, not the husk's CLOSED.
    void halfCloseThenPeerCloseIsTimeWait()
    {
        Harness h;
        const auto [client, conn] = h.tcpPair();
        Command shut = makeCall(CallKind::Shutdown, client);
        shut.how = SHUT_WR;
        QCOMPARE(h.call(shut).result, 0L);
        bool ok = false;
        h.waitSnapshot(
            client, [](auto& s) { return reached(s, TcpState::FinWait2); }, &ok);
        QVERIFY2(ok, "shutdown(SHUT_WR): FIN_WAIT_2 through the fd");
        QCOMPARE(h.call(makeCall(CallKind::Close, conn)).result, 0L);
        SocketSnapshot c = h.waitSnapshot(
            client, [](auto& s) { return reached(s, TcpState::TimeWait); }, &ok);
        QVERIFY2(ok, "the peer's FIN: TIME_WAIT in the kernel's table");
        QVERIFY(c.tcpPath.back().fromTable);
        QCOMPARE(c.tcpState, TcpState::Closed); // what TCP_INFO on the fd says: the husk
        QVERIFY(!c.tcpLocal.empty() && !c.tcpPeer.empty());
        QCOMPARE(h.snapshot(conn).tcpLocal, c.tcpPeer); // the two ends pair up after close
        QCOMPARE(h.call(makeCall(CallKind::Close, client)).result, 0L);
        c = h.waitSnapshot(client, [](auto& s) { return s.lifecycle == Lifecycle::Closed; });
        QCOMPARE(c.tcpPath.back().state, TcpState::TimeWait);
        QCOMPARE(std::count_if(c.tcpPath.begin(), c.tcpPath.end(),
                               [](const TcpStep& x) { return x.state == TcpState::TimeWait; }),
                 1L);
    }

    void listenerAndIpv6()
    {
        Harness h;
        const SocketId srv = h.listener(4, nullptr, "[::1]:0");
        const SocketSnapshot s =
            h.waitSnapshot(srv, [](auto& x) { return reached(x, TcpState::Listen); });
        QCOMPARE(states(s), (std::vector { TcpState::Closed, TcpState::Listen }));
        QCOMPARE(s.tcpPath.back().after, std::string("listen"));
        QVERIFY(s.tcpPath.front().at <= s.tcpPath.back().at);
    }

    void udpHasNoPath()
    {
        Harness h;
        const SocketId u = h.socket(AF_INET, SOCK_DGRAM);
        QVERIFY(h.snapshot(u).tcpPath.empty());
    }

    void findsTheRowByItsKey()
    {
        const std::string table =
            "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid\n"
            "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000\n"
            "   1: 0100007F:D431 0100007F:1F90 06 00000000:00000000 03:00001770 00000000     0\n";
        const std::string key = sys::connectionKey(v4("127.0.0.1", 0xD431), v4("127.0.0.1", 8080));
        QCOMPARE(key, std::string("0100007F:D431 0100007F:1F90"));
        sys::ConnectionState c = sys::findConnection(table, key);
        QVERIFY(c.known && c.found);
        QCOMPARE(c.state, 6);
        QCOMPARE(tcpStateFromLinux(c.state), TcpState::TimeWait);
        // The reversed pair is another connection, and must not match.
        c = sys::findConnection(table,
                                sys::connectionKey(v4("127.0.0.1", 8080), v4("127.0.0.1", 0xD431)));
        QVERIFY(c.known && !c.found);
        QVERIFY(!sys::findConnection("", key).known);
        QVERIFY(sys::connectionKey(v4("127.0.0.1", 1), sockaddr_storage {}).empty());
    }

    void parsesTheListenCounters()
    {
        const std::string netstat = "TcpExt: SyncookiesSent ListenOverflows ListenDrops TCPHPHits\n"
                                    "TcpExt: 0 7 9 100\n"
                                    "IpExt: InNoRoutes ListenDrops\n"
                                    "IpExt: 1 555\n";
        const sys::ListenCounters n = sys::parseListenCounters(netstat);
        QVERIFY(n.known);
        QCOMPARE(n.overflows, std::uint64_t(7));
        QCOMPARE(n.drops, std::uint64_t(9)); // IpExt's column of the same name is not TcpExt's
        QVERIFY(!sys::parseListenCounters("Ip: Forwarding\nIp: 1\n").known);
#if defined(__linux__)
        QVERIFY(sys::readListenCounters().known);
#endif
    }
};

QTEST_GUILESS_MAIN(TestTcpPath)
#include "test_tcp_path.moc"
