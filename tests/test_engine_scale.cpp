// The engine with many sockets open: each iteration re-reads only what can have changed, so
// what moves in the kernel with no call and no event (a listener's queue, bytes arriving
// behind readiness nobody consumed yet) must still reach the snapshots on the tick, at any
// number of sockets. Real sockets on 127.0.0.1; run once per loop backend; no timing.
#include "engine_harness.h"

#include "core/engine/commands.h"
#include "core/sys/sys.h"
#include "core/words/address.h"

#include <unistd.h>

#include <QtTest>

using namespace spg::core;
using spg::test::Harness;

namespace {

// More than the 256 sockets above which the periodic refresh used to be skipped. Quiet
// UNIX datagram sockets: cheap, and nothing ever happens on them.
constexpr int kBystanders = 300;

void openBystanders(Harness& h)
{
    for (int i = 0; i < kBystanders; ++i)
        QVERIFY(h.socket(AF_UNIX, SOCK_DGRAM) != kNoSocket);
}

// A listener with auto-accept on, in an engine whose tick is made long so that nothing but
// an accept and its readiness runs meanwhile: each call's counts are the accept's own.
struct QuietAcceptor {
    static EngineOptions options()
    {
        EngineOptions o;
        o.backend = spg::test::backendUnderTest();
        o.tickMs = 600000;
        return o;
    }

    QuietAcceptor() : h(options())
    {
        srv = h.listener(8, &address);
        h.call(makeAutomation(srv, Automation::AutoAccept, true));
        h.call(Command {});
        h.call(Command {});
    }

    // Connects a plain client (its fd in `client`); the socket the engine accepted for it,
    // or kNoSocket.
    SocketId connectClient(int& client)
    {
        const AddressParse parsed = parseAddress(address);
        client = ::socket(AF_INET, SOCK_STREAM, 0);
        if (::connect(client, parsed.endpoint.addr.get(), parsed.endpoint.addr.length) != 0)
            return kNoSocket;
        SocketId child = kNoSocket;
        h.waitFor([&] {
            for (const CallRecord& r : h.calls())
                if (r.automatic && r.created != kNoSocket)
                    child = r.created;
            return child != kNoSocket;
        });
        return child;
    }

    Harness h;
    std::string address;
    SocketId srv = kNoSocket;
};

} // namespace

class TestEngineScale : public QObject {
    Q_OBJECT

private slots:
    // The first connection makes the listener readable (an event, so a snapshot); the later
    // ones arrive while that readiness is pending, unwatched: only the tick can show them.
    void acceptQueueGrowsWithManySocketsOpen()
    {
        Harness h;
        openBystanders(h);
        std::string address;
        const SocketId srv = h.listener(16, &address);
        auto connectOne = [&] {
            const SocketId c = h.socket(AF_INET, SOCK_STREAM);
            h.call(makeNonBlocking(c, true));
            h.call(makeConnect(c, address));
        };
        connectOne();
        bool ok = false;
        const SocketSnapshot first = h.waitSnapshot(
            srv, [](const SocketSnapshot& s) { return s.acceptQueue >= 1; }, &ok);
        if (first.acceptQueue < 0)
            QSKIP("this platform's listener does not report its queue outside kqueue");
        QVERIFY(ok);
        QVERIFY(h.stats().sockets > 256 || h.waitFor([&] { return h.stats().sockets > 256; }));
        connectOne();
        connectOne();
        const SocketSnapshot grown = h.waitSnapshot(
            srv, [](const SocketSnapshot& s) { return s.acceptQueue == 3; }, &ok);
        QVERIFY2(ok, std::to_string(grown.acceptQueue).c_str());
    }

    // Bytes that arrive after a readable event nobody consumed: no new event comes (the
    // socket is not watched for reading until a call takes the readiness), so the tick must
    // re-read the receive queue. Above 256 sockets it used to stay at the first count.
    void receiveQueueGrowsBehindPendingReadinessWithManySocketsOpen()
    {
        Harness h;
        openBystanders(h);
        const auto [a, b] = h.tcpPair();
        QCOMPARE(h.call(makeSend(a, "12345")).result, 5L);
        bool ok = false;
        h.waitSnapshot(
            b, [](const SocketSnapshot& s) { return s.receiveQueued == 5; }, &ok);
        QVERIFY(ok);
        QCOMPARE(h.call(makeSend(a, "6789ab")).result, 6L);
        const SocketSnapshot later = h.waitSnapshot(
            b, [](const SocketSnapshot& s) { return s.receiveQueued == 11; }, &ok);
        QVERIFY2(ok, std::to_string(later.receiveQueued).c_str());
    }

    // The socket count the statistics show follows opens and closes without a walk of the
    // table: a close counts down, a new socket counts up.
    void openSocketCountFollowsOpensAndCloses()
    {
        Harness h;
        const SocketId a = h.socket(AF_UNIX, SOCK_DGRAM);
        const SocketId b = h.socket(AF_UNIX, SOCK_DGRAM);
        QVERIFY(h.waitFor([&] { return h.stats().sockets == 2; }));
        QCOMPARE(h.call(makeClose(a)).result, 0L);
        QVERIFY(h.waitFor([&] { return h.stats().sockets == 1; }));
        QCOMPARE(h.call(makeClose(b)).result, 0L);
        QVERIFY(h.waitFor([&] { return h.stats().sockets == 0; }));
        QVERIFY(h.socket(AF_UNIX, SOCK_DGRAM) != kNoSocket);
        QVERIFY(h.waitFor([&] { return h.stats().sockets == 1; }));
    }

    // Two listeners whose auto-accept paused on EMFILE both resume when any socket is
    // closed, and that close looks at those two, not at the 300 other rows of the table.
    void pausedAcceptsResumeAfterACloseWithoutAWalk()
    {
        Harness h;
        openBystanders(h);
        std::string address1;
        std::string address2;
        const SocketId srv1 = h.listener(8, &address1);
        const SocketId srv2 = h.listener(8, &address2);
        sys::injectFault(spg::test::autoAcceptOp(), EMFILE, 2);
        h.call(makeAutomation(srv1, Automation::AutoAccept, true));
        h.call(makeAutomation(srv2, Automation::AutoAccept, true));
        for (const std::string& address : { address1, address2 })
            h.call(makeConnect(h.socket(AF_INET, SOCK_STREAM), address));
        for (const SocketId srv : { srv1, srv2 }) {
            bool paused = false;
            h.waitSnapshot(
                srv, [](const SocketSnapshot& s) { return !s.note.empty(); }, &paused);
            QVERIFY(paused);
        }
        auto accepted = [](const CallRecord& r) { return r.automatic && r.created != kNoSocket; };
        QCOMPARE(h.countCalls(accepted), std::size_t(0));
        QCOMPARE(h.stats().closeScans, std::uint64_t(0));
        QCOMPARE(h.call(makeClose(h.socket(AF_UNIX, SOCK_DGRAM))).result, 0L);
        QCOMPARE(h.waitCalls(accepted, 2), std::size_t(2));
        QVERIFY(h.waitFor([&] { return h.stats().closeScans > 0; }));
        QVERIFY2(h.stats().closeScans <= 2, std::to_string(h.stats().closeScans).c_str());
    }

    // An auto-accepted connection is adopted as a plain acceptor would: accept4() gives the
    // fd the loop's flags (no fcntl() after it). The tick is made long so that nothing but
    // the accept and its readiness runs meanwhile.
    void autoAcceptAdoptsWithoutFcntl()
    {
        QuietAcceptor a;
        Harness& h = a.h;
        const auto fcntls = sys::callCount(sys::Op::Fcntl);
        int client = -1;
        const SocketId child = a.connectClient(client);
        QVERIFY(child != kNoSocket);
        QVERIFY(h.waitFor([&] {
            for (const LoopRecord& l : h.loops())
                if (l.socket == child && (l.ready & ReadyWrite))
                    return true;
            return false;
        }));
        h.call(Command {}); // The iteration that reported the readiness has refreshed.
        h.call(Command {});
        ::close(client);
        if (!sys::socketTypeFlags())
            QSKIP("no accept4() here: the new fd is made non-blocking with fcntl()");
        QCOMPARE(sys::callCount(sys::Op::Fcntl) - fcntls, std::uint64_t(0));
    }

    // Idle, the tick reads again only what can change unseen (listeners, sockets in
    // transitional TCP states, queues not yet read); quiet connections are read after calls
    // and events only, and a snapshot goes out only when a read found a change. One listener
    // and 30 idle connections: a tick's reads are the listener's, not the 60 ends' (each
    // full read makes one getsockname()), and it sends nothing.
    void quietSocketsAreNotReadOnTheTick()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(64, &address);
        for (int i = 0; i < 30; ++i) {
            const SocketId c = h.socket(AF_INET, SOCK_STREAM);
            h.call(makeConnect(c, address));
            QVERIFY(h.call(makeAccept(srv)).created != kNoSocket);
        }
        // Idle, the engine sends its statistics once per tick, after that tick's refresh.
        const auto afterTicks = [&h](std::size_t ticks) {
            const std::size_t start = h.statsSent();
            return h.waitFor([&] { return h.statsSent() >= start + ticks; });
        };
        QVERIFY(afterTicks(3)); // The new connections' first reads and readiness settle.
        const auto names = sys::callCount(sys::Op::GetSockName);
        const auto sent = h.snapshotsSent();
        const std::size_t from = h.statsSent();
        QVERIFY(afterTicks(5));
        const auto reads = sys::callCount(sys::Op::GetSockName) - names;
        const std::size_t ticks = h.statsSent() - from;
        // The listener once per tick, and the tick under way while counting.
        QVERIFY2(reads <= ticks + 1,
                 (std::to_string(reads) + " reads in " + std::to_string(ticks) + " ticks").c_str());
        // And the listener read the same each time: no snapshot goes out unchanged.
        QCOMPARE(h.snapshotsSent() - sent, std::size_t(0));
    }

    // An accepted connection is read without asking what the kernel already answered:
    // accept() gave its peer, and a send queue read as 0 with nothing sent since is still 0.
    // Every full read makes one getsockname() and two ioctl()s (FIONREAD, SIOCOUTQ), so the
    // counts tie together however many reads the listener needed: the accepted socket's
    // reads add no getpeername(), and its first write readiness adds no ioctl(). The peer
    // shown is still the kernel's (the client's own address), and a call on the socket
    // drops accept()'s answer: the next read asks getpeername() again.
    void acceptedConnectionIsNotAskedAgain()
    {
        QuietAcceptor a;
        Harness& h = a.h;
        const auto names = sys::callCount(sys::Op::GetSockName);
        const auto peers = sys::callCount(sys::Op::GetPeerName);
        const auto ioctls = sys::callCount(sys::Op::Ioctl);
        int client = -1;
        const SocketId child = a.connectClient(client);
        QVERIFY(child != kNoSocket);
        SockAddr clientAddr;
        clientAddr.length = sizeof clientAddr.storage;
        QCOMPARE(::getsockname(client, clientAddr.get(), &clientAddr.length), 0);
        const SocketSnapshot writable = h.waitSnapshot(
            child, [](const SocketSnapshot& s) { return (s.pendingReady & ReadyWrite) != 0; });
        h.call(Command {});
        h.call(Command {});
        QCOMPARE(writable.peer, formatAddress(clientAddr));
        QCOMPARE(writable.sendQueued, 0L);
        const auto reads = sys::callCount(sys::Op::GetSockName) - names;
        QVERIFY(reads >= 2); // The listener's and the accepted socket's.
        QCOMPARE(sys::callCount(sys::Op::GetPeerName) - peers, reads - 1);
        QCOMPARE(sys::callCount(sys::Op::Ioctl) - ioctls, 2 * reads);

        Command ask = makeGetSockOpt(child, "SO_RCVBUF");
        const auto peersBefore = sys::callCount(sys::Op::GetPeerName);
        h.call(ask);
        QVERIFY(h.waitFor([&] { return sys::callCount(sys::Op::GetPeerName) > peersBefore; }));
        QCOMPARE(h.snapshot(child).peer, formatAddress(clientAddr));
        ::close(client);
    }
};

QTEST_APPLESS_MAIN(TestEngineScale)

#include "test_engine_scale.moc"
