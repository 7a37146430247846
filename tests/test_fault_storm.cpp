// Fault storms against the engine, once per loop backend (CTest sets SPG_BACKEND): a thousand
// clients that connect and reset, a peer that half-closes and is then killed, a peer that
// stops reading while a send is parked, and EMFILE at the real descriptor limit while
// auto-accept is on. Every check is an exact count of what the kernel answered; every wait is
// bounded (the harness's), so a stuck loop fails instead of hanging; no timing is checked.
#include "engine_harness.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <dirent.h>
#include <iterator>
#include <netinet/in.h>
#include <set>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

int errnoOf(const CallRecord& r)
{
    return r.result < 0 ? r.error : 0;
}

// The descriptors open now, by number (empty where /proc/self/fd is missing).
std::set<int> openFds()
{
    std::set<int> fds;
    if (DIR* dir = opendir("/proc/self/fd")) {
        const int own = dirfd(dir);
        while (const dirent* e = readdir(dir))
            if (e->d_name[0] != '.' && std::atoi(e->d_name) != own)
                fds.insert(std::atoi(e->d_name));
        closedir(dir);
    }
    return fds;
}

// The descriptors that stay open: the worker opens /proc files for a moment on its ticks
// (netstat for a listener's counters, the TCP table), and a scan that meets one would count
// a number that is free again a moment later. Only fds seen in every one of a few scans
// across several ticks count.
std::set<int> steadyFds()
{
    std::set<int> steady = openFds();
    for (int scan = 0; scan < 6 && !steady.empty(); ++scan) {
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
        const std::set<int> now = openFds();
        std::set<int> both;
        std::set_intersection(steady.begin(), steady.end(), now.begin(), now.end(),
                              std::inserter(both, both.begin()));
        steady.swap(both);
    }
    return steady;
}

// A raw client of `address`: the test's own socket, not the engine's.
int rawClient(const std::string& address, int receiveBuffer = 0)
{
    const AddressParse parsed = parseAddress(address);
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (receiveBuffer) // before connect(), so the window it offers is small from the start
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    timeval limit { 10, 0 }; // A failure must not hang the suite.
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    if (::connect(fd, parsed.endpoint.addr.get(), parsed.endpoint.addr.length) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// close() with SO_LINGER {1, 0}: the kernel sends RST instead of FIN.
void resetClose(int fd)
{
    const linger abort { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
    ::close(fd);
}

bool autoAccepted(const CallRecord& r)
{
    return r.automatic && r.kind == CallKind::Accept && r.created != kNoSocket;
}

} // namespace

class TestFaultStorm : public QObject {
    Q_OBJECT

private slots:
    // 1,000 clients connect and reset at once; auto-accept takes every one exactly once, and
    // each accepted socket closes cleanly. In rounds of 100, with the accepted sockets closed
    // after each, so select() never needs a descriptor past FD_SETSIZE.
    void thousandResetClients()
    {
        const std::set<int> before = openFds();
        {
            Harness h;
            std::string address;
            const SocketId srv = h.listener(128, &address);
            QCOMPARE(h.call(makeAutomation(srv, Automation::AutoAccept, true)).result, 0L);
            std::size_t accepted = 0;
            std::set<SocketId> closed;
            for (int round = 0; round < 10; ++round) {
                for (int i = 0; i < 100; ++i) {
                    const int fd = rawClient(address);
                    QVERIFY2(fd >= 0, strerror(errno));
                    resetClose(fd);
                }
                accepted += 100;
                QCOMPARE(h.waitCalls(autoAccepted, accepted), accepted);
                for (const CallRecord& r : h.calls())
                    if (autoAccepted(r) && closed.insert(r.created).second)
                        QCOMPARE(h.call(makeClose(r.created)).result, 0L);
                QCOMPARE(closed.size(), accepted);
            }
            h.call(Command {}); // one more loop turn: nothing more may be accepted
            QCOMPARE(h.countCalls(autoAccepted), std::size_t(1000));
            QCOMPARE(h.countCalls([](const CallRecord& r) { return r.automatic && r.result < 0; }),
                     std::size_t(0));
            QCOMPARE(h.snapshot(srv).acceptQueue, 0);
        }
        if (!before.empty())
            QCOMPARE(openFds(), before); // shutdown closed every socket
    }

    // A peer (a child process) sends 5 bytes and half-closes, is sent 3 bytes it never
    // reads, and is killed: its close with unread data resets the connection, so our next
    // send fails with EPIPE (Linux: a reset in CLOSE_WAIT) and the counters stay exact.
    void halfClosedPeerKilled()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(1, &address);
        const pid_t child = fork();
        if (child == 0) { // only async-signal-safe calls from here on
            const int fd = rawClient(address);
            if (fd < 0 || ::send(fd, "hello", 5, 0) != 5 || ::shutdown(fd, SHUT_WR) != 0)
                _exit(1);
            for (;;)
                pause();
        }
        QVERIFY(child > 0);
        const CallRecord acc = h.call(makeAccept(srv));
        QVERIFY(acc.created != kNoSocket);
        const SocketId conn = acc.created;
        QCOMPARE(h.call(makeRecv(conn, 16, MSG_WAITALL)).result, 5L); // the data, then EOF
        QCOMPARE(h.call(makeRecv(conn, 16)).result, 0L);
        QCOMPARE(h.call(makeSend(conn, "bye")).result, 3L); // the peer never reads it
        ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
        // The reset has been sent by the time the child is reaped; on loopback it has arrived
        // too, but sends go on until one fails (up to 10 s), so a slow host is not a failure.
        const CallRecord r =
            h.callUntil(makeSend(conn, "x"), [](const CallRecord& x) { return x.result <= 0; });
        QCOMPARE(errnoOf(r), EPIPE);
        const SocketSnapshot s = h.waitSnapshot(conn, [](const SocketSnapshot& x) { return x.peerClosed; });
        QCOMPARE(s.bytesIn, std::uint64_t(5));
        QVERIFY(s.bytesOut >= 3); // 3, plus any "x" sent before the reset arrived
        QCOMPARE(h.call(makeClose(conn)).result, 0L);
        QCOMPARE(h.call(makeClose(srv)).result, 0L);
    }

    // The peer stops reading; a blocking send of 4 MiB parks once the buffers are full, and is
    // cancelled. It ends as a real send interrupted by a signal: with the bytes it moved.
    // The peer then reads exactly that many bytes, and EOF.
    void peerStopsReadingThenSendIsCancelled()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(1, &address);
        const int peer = rawClient(address, 4096);
        QVERIFY(peer >= 0);
        const SocketId conn = h.call(makeAccept(srv)).created;
        QVERIFY(conn != kNoSocket);
        // Small buffers both ways, so 4 MiB cannot fit in them on any host.
        QCOMPARE(h.call(makeSetSockOpt(conn, "SO_SNDBUF", "4096")).result, 0L);
        const std::string big(4 << 20, 'z');
        CommandId id = 0;
        QCOMPARE(h.start(makeSend(conn, big), &id).phase, CallPhase::Blocked);
        h.call(makeCancel(conn, id));
        const CallRecord sent = h.finish(id);
        QCOMPARE(sent.phase, CallPhase::Cancelled);
        QVERIFY2(sent.result > 0 && sent.result < long(big.size()), sent.text.c_str());
        QCOMPARE(h.call(makeClose(conn)).result, 0L);
        std::string got;
        char buf[65536];
        ssize_t n = 0;
        while ((n = ::recv(peer, buf, sizeof buf, 0)) > 0)
            got.append(buf, std::size_t(n));
        QCOMPARE(n, ssize_t(0)); // EOF, not a timeout
        ::close(peer);
        QCOMPARE(got.size(), std::size_t(sent.result));
        QVERIFY(got == big.substr(0, got.size()));
        QCOMPARE(h.call(makeClose(srv)).result, 0L);
    }

    // EMFILE at the real limit: with RLIMIT_NOFILE lowered so exactly two descriptors are
    // free, auto-accept takes two of five queued connections, then pauses on EMFILE (no
    // spin); once the limit is back and a descriptor is freed, it takes the other three.
    void emfileAtTheProcessLimit()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(8, &address);
        int clients[5];
        for (int& fd : clients) {
            fd = rawClient(address);
            QVERIFY(fd >= 0);
        }
        // Each connect() returned after the handshake: all five are queued now.
        const std::set<int> used = steadyFds();
        if (used.empty())
            QSKIP("/proc/self/fd is not available here");
        rlimit saved {};
        QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlim_t limit = 0; // the lowest limit that leaves exactly two numbers free below it
        while (limit - rlim_t(std::distance(used.begin(), used.lower_bound(int(limit)))) < 2)
            ++limit;
        rlimit low = saved;
        low.rlim_cur = limit;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &low), 0);
        h.call(makeAutomation(srv, Automation::AutoAccept, true));
        bool paused = false;
        const SocketSnapshot s = h.waitSnapshot(srv, [](const SocketSnapshot& x) { return !x.note.empty(); }, &paused);
        const std::size_t early = h.countCalls(autoAccepted);
        const int queued = s.acceptQueue;
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0); // before any check can return
        QVERIFY(paused);
        QVERIFY2(s.note.find("EMFILE") != std::string::npos, s.note.c_str());
        QCOMPARE(early, std::size_t(2));
        QCOMPARE(queued, 3);
        QCOMPARE(h.countCalls([](const CallRecord& r) { return r.automatic && errnoOf(r) == EMFILE; }),
                 std::size_t(1)); // one refusal, then it waits: no spin
        h.call(makeClose(h.socket(AF_INET, SOCK_DGRAM))); // a descriptor came free
        QCOMPARE(h.waitCalls(autoAccepted, 5), std::size_t(5));
        QCOMPARE(h.waitSnapshot(srv, [](const SocketSnapshot& x) { return x.acceptQueue == 0; }).acceptQueue, 0);
        for (int fd : clients)
            ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestFaultStorm)
#include "test_fault_storm.moc"
