// epoll as the user's own calls: epoll_create1, epoll_ctl and epoll_wait through the engine,
// against the same calls made directly on a plain socketpair in the same test (the oracle):
// level- against edge-triggered, EPOLLONESHOT, the interest list after DEL, and a parked
// epoll_wait woken, cancelled and timed out. Real sockets on 127.0.0.1; run once per loop
// backend. Linux only (elsewhere epoll_create1 answers ENOSYS).
#include "engine_harness.h"

#include "core/engine/commands.h"
#include "core/words/epoll_words.h"

#include <QtTest>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/epoll.h>
#endif

using namespace spg::core;
using spg::test::Harness;

namespace {

Command makeEpollCreate(int flags = 0)
{
    Command c;
    c.kind = CallKind::EpollCreate;
    c.flags = flags;
    return c;
}

Command makeEpollCtl(SocketId ep, int op, SocketId s, unsigned events)
{
    Command c;
    c.kind = CallKind::EpollCtl;
    c.socket = ep;
    c.epollOp = op;
    c.watched = s;
    c.events = events;
    return c;
}

Command makeEpollWait(SocketId ep, int timeoutMs, int maxEvents = 8)
{
    Command c;
    c.kind = CallKind::EpollWait;
    c.socket = ep;
    c.maxEvents = maxEvents;
    c.timeoutMs = timeoutMs;
    return c;
}

#ifdef __linux__
// The oracle: how many events a plain epoll instance returns, over a plain socketpair, for
// the same sequence (write, wait, wait again without reading).
std::pair<int, int> plainTwoWaits(unsigned events)
{
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0)
        return { -2, -2 };
    const int ep = ::epoll_create1(0);
    epoll_event e {};
    e.events = events;
    ::epoll_ctl(ep, EPOLL_CTL_ADD, sv[1], &e);
    (void)!::write(sv[0], "x", 1);
    epoll_event out[8];
    const int first = ::epoll_wait(ep, out, 8, 1000);
    const int second = ::epoll_wait(ep, out, 8, 0);
    for (int fd : { sv[0], sv[1], ep })
        ::close(fd);
    return { first, second };
}
#endif

} // namespace

class TestEngineEpollCalls : public QObject {
    Q_OBJECT

private slots:
#ifdef __linux__
    // A second wait without reading: the level-triggered entry is reported again, the
    // edge-triggered one is not; as a plain epoll instance does.
    void levelAgainstEdgeTriggered()
    {
        for (const unsigned mode : { epoll_bits::In, epoll_bits::In | epoll_bits::Et }) {
            Harness h;
            const auto [a, b] = h.tcpPair();
            const CallRecord made = h.call(makeEpollCreate());
            QVERIFY2(made.result >= 0, made.text.c_str());
            const SocketId ep = made.created;
            QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, mode)).result, 0L);
            h.call(makeSend(a, "x"));
            const CallRecord first = h.call(makeEpollWait(ep, 1000));
            const CallRecord second = h.call(makeEpollWait(ep, 0));
            const auto [plainFirst, plainSecond] = plainTwoWaits(mode);
            QCOMPARE(first.result, long(plainFirst));
            QCOMPARE(second.result, long(plainSecond));
            QCOMPARE(second.result, (mode & epoll_bits::Et) ? 0L : 1L);
            QCOMPARE(first.epollEvents.size(), std::size_t(1));
            QCOMPARE(first.epollEvents[0].socket, b);
            QCOMPARE(first.epollEvents[0].events, epoll_bits::In);
            const std::string fd = std::to_string(h.snapshot(b).fd);
            const std::string want = "epoll_wait(" + std::to_string(h.snapshot(ep).fd)
                + ", [{events=EPOLLIN, data={u32=" + fd + ", u64=" + fd + "}}], 8, 1000) = 1";
            QCOMPARE(first.text, want);
            // New bytes are a new edge for both.
            h.call(makeSend(a, "y"));
            QCOMPARE(h.call(makeEpollWait(ep, 1000)).result, 1L);
        }
    }

    // EPOLLONESHOT: one event, then the entry is disarmed (though still readable) until MOD.
    void oneShotDisarmsUntilMod()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        const SocketId ep = h.call(makeEpollCreate()).created;
        const unsigned once = epoll_bits::In | epoll_bits::OneShot;
        QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, once)).result, 0L);
        h.call(makeSend(a, "x"));
        QCOMPARE(h.call(makeEpollWait(ep, 1000)).result, 1L);
        QCOMPARE(h.call(makeEpollWait(ep, 0)).result, 0L);
        QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlMod, b, once)).result, 0L);
        const CallRecord again = h.call(makeEpollWait(ep, 0));
        QCOMPARE(again.result, 1L);
        QCOMPARE(again.epollEvents.at(0).socket, b);
    }

    // The Sockets panel's row: the interest list as the kernel reports it, each fd mapped
    // back to its socket; DEL removes the entry and a second DEL is the kernel's ENOENT.
    void interestListAfterDel()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        const CallRecord made = h.call(makeEpollCreate(epoll_bits::Cloexec));
        QCOMPARE(made.text, "epoll_create1(EPOLL_CLOEXEC) = " + std::to_string(made.result));
        const SocketId ep = made.created;
        const CallRecord add = h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, a, epoll_bits::In));
        const std::string fa = std::to_string(h.snapshot(a).fd);
        QCOMPARE(add.text,
                 "epoll_ctl(" + std::to_string(made.result) + ", EPOLL_CTL_ADD, " + fa
                     + ", {events=EPOLLIN, data={u32=" + fa + ", u64=" + fa + "}}) = 0");
        h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, epoll_bits::In | epoll_bits::Et));
        bool ok = false;
        SocketSnapshot snap = h.waitSnapshot(
            ep, [](const SocketSnapshot& s) { return s.interest.size() == 2; }, &ok);
        QVERIFY(ok);
        QCOMPARE(snap.fdKind, FdKind::Epoll);
        // The kernel lists its entries in its own order (a tree), not in the order added.
        const auto entryOfB = std::find_if(snap.interest.begin(), snap.interest.end(),
                                           [&](const EpollWatch& w) { return w.socket == b; });
        QVERIFY(entryOfB != snap.interest.end());
        QCOMPARE(entryOfB->events & (epoll_bits::In | epoll_bits::Et),
                 epoll_bits::In | epoll_bits::Et);
        QCOMPARE(entryOfB->fd, h.snapshot(b).fd);
        QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, epoll_bits::In)).error, EEXIST);
        QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlDel, a, 0)).result, 0L);
        snap = h.waitSnapshot(
            ep, [](const SocketSnapshot& s) { return s.interest.size() == 1; }, &ok);
        QVERIFY(ok);
        QCOMPARE(snap.interest[0].socket, b);
        const CallRecord again = h.call(makeEpollCtl(ep, epoll_bits::CtlDel, a, 0));
        QCOMPARE(again.error, ENOENT);
        QVERIFY2(again.text.find(", NULL) = -1 ENOENT") != std::string::npos, again.text.c_str());
        QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, ep, epoll_bits::In)).error, EINVAL);
        QCOMPARE(h.call(makeEpollCtl(ep, 99, b, epoll_bits::In)).error, EINVAL);
        // Closing a watched socket takes it off the list (its last reference is gone).
        h.call(makeClose(b));
        snap = h.waitSnapshot(
            ep, [](const SocketSnapshot& s) { return s.interest.empty(); }, &ok);
        QVERIFY(ok);
    }

    void parkedWaitWokenByData()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        const SocketId ep = h.call(makeEpollCreate()).created;
        h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, epoll_bits::In | epoll_bits::Et));
        CommandId id = 0;
        const CallRecord first = h.start(makeEpollWait(ep, -1), &id);
        QCOMPARE(first.phase, CallPhase::Blocked);
        h.call(makeSend(a, "x"));
        const CallRecord r = h.finish(id);
        QCOMPARE(r.phase, CallPhase::Resumed);
        QCOMPARE(r.result, 1L);
        QCOMPARE(r.epollEvents.at(0).socket, b);
        // The edge went to the user's call, once: a second look finds none.
        QCOMPARE(h.call(makeEpollWait(ep, 0)).result, 0L);
    }

    void parkedWaitCancelledAndTimedOut()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        const SocketId ep = h.call(makeEpollCreate()).created;
        h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, epoll_bits::In));
        CommandId id = 0;
        QCOMPARE(h.start(makeEpollWait(ep, -1), &id).phase, CallPhase::Blocked);
        Command cancel;
        cancel.kind = CallKind::Cancel;
        cancel.socket = ep;
        h.call(cancel);
        const CallRecord r = h.finish(id);
        QCOMPARE(r.phase, CallPhase::Cancelled);
        QCOMPARE(r.error, EINTR);
        const CallRecord timed = h.call(makeEpollWait(ep, 30));
        QCOMPARE(timed.result, 0L);
        QCOMPARE(timed.text,
                 "epoll_wait(" + std::to_string(h.snapshot(ep).fd) + ", [], 8, 30) = 0");
        Q_UNUSED(a);
    }

    // close(ep) closes it like a socket: the row shows it closed with no list, and a call on
    // it answers EBADF without asking the kernel; automation is refused (it is no socket).
    void closeEndsTheInstance()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        const SocketId ep = h.call(makeEpollCreate()).created;
        h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, b, epoll_bits::In));
        QCOMPARE(h.call(makeAutomation(ep, Automation::AutoAccept, true)).phase,
                 CallPhase::Refused);
        QCOMPARE(h.call(makeClose(ep)).result, 0L);
        bool ok = false;
        h.waitSnapshot(
            ep,
            [](const SocketSnapshot& s) {
                return s.lifecycle == Lifecycle::Closed && s.interest.empty();
            },
            &ok);
        QVERIFY(ok);
        QCOMPARE(h.call(makeEpollWait(ep, 0)).error, EBADF);
        QCOMPARE(h.call(makeEpollCtl(ep, epoll_bits::CtlAdd, a, epoll_bits::In)).error, EBADF);
    }
#else
    void unavailable()
    {
        Harness h;
        QCOMPARE(h.call(makeEpollCreate()).error, ENOSYS);
    }
#endif
};

QTEST_APPLESS_MAIN(TestEngineEpollCalls)

#include "test_engine_epoll_calls.moc"
