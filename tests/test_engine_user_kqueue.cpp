// The engine's kqueue path (kqueue(), kevent() and kevent64() as the user's calls) run on
// every host through EngineOptions::kqueueApi and the kqueue fake: the queue is a row of
// the socket table, the changelist reaches the seam once with the sockets' real fds, the
// returned events are the record's, a parked call ends at its own timeout, and the row
// lists what the accepted changes registered. The fake answers only what a test scripts;
// the real kqueue is exercised where the host has one (macOS, the BSDs).
#include "engine_harness.h"
#include "fake_kqueue.h"

#include "core/engine/kqueue_registrations.h"
#include "core/words/epoll_words.h"

#include <QtTest>
#include <unistd.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

// The fake stands in for a kqueue; the descriptor it hands out is a pipe's read end, a real
// fd that is never readable, so the engine can watch and close it like a queue.
struct FakeQueue {
    std::shared_ptr<FakeState> state = std::make_shared<FakeState>();
    int pipeFds[2] = { -1, -1 };

    FakeQueue()
    {
        if (::pipe(pipeFds) == 0)
            state->createResult = SysResult { pipeFds[0], 0 };
    }
    ~FakeQueue()
    {
        if (pipeFds[1] >= 0)
            ::close(pipeFds[1]);
    }
    EngineOptions options() const
    {
        EngineOptions o;
        o.backend = spg::test::backendUnderTest();
        std::shared_ptr<FakeState> s = state;
        o.kqueueApi = [s] { return std::make_unique<FakeKqueue>(s); };
        return o;
    }
};

Command kqueueCall()
{
    Command c;
    c.kind = CallKind::Kqueue;
    return c;
}

Command keventCall(SocketId queue, std::vector<KeventChange> changes, int nevents, int timeoutMs)
{
    Command c;
    c.kind = CallKind::Kevent;
    c.socket = queue;
    c.changes = std::move(changes);
    c.nevents = nevents;
    c.timeoutMs = timeoutMs;
    return c;
}

KeventChange change(SocketId socket, std::int16_t filter, std::uint16_t flags)
{
    KeventChange k;
    k.socket = socket;
    k.fields.filter = filter;
    k.fields.flags = flags;
    return k;
}

KEvent kernelEvent(int fd, std::int16_t filter, std::uint16_t flags, std::int64_t data)
{
    KEvent e;
    e.ident = static_cast<std::uint64_t>(fd);
    e.filter = filter;
    e.flags = flags;
    e.data = data;
    return e;
}

Command epollCreate()
{
    Command c;
    c.kind = CallKind::EpollCreate;
    return c;
}

Command epollAdd(SocketId ep, SocketId s)
{
    Command c;
    c.kind = CallKind::EpollCtl;
    c.socket = ep;
    c.epollOp = epoll_bits::CtlAdd;
    c.watched = s;
    c.events = epoll_bits::In;
    return c;
}

} // namespace

class TestEngineUserKqueue : public QObject {
    Q_OBJECT

private slots:
    void queueIsARowAndChangesReachTheSeam()
    {
        FakeQueue fake;
        QVERIFY(fake.pipeFds[0] >= 0);
        Harness h(fake.options());
        const SocketId srv = h.listener(4);
        const int srvFd = h.snapshot(srv).fd;
        const CallRecord made = h.call(kqueueCall());
        QCOMPARE(made.phase, CallPhase::Done);
        QCOMPARE(made.result, long(fake.pipeFds[0]));
        QCOMPARE(QString::fromStdString(made.text),
                 QStringLiteral("kqueue() = %1").arg(fake.pipeFds[0]));
        const SocketId kq = made.created;
        SocketSnapshot row =
            h.waitSnapshot(kq, [](const SocketSnapshot& s) { return s.fdKind == FdKind::Kqueue; });
        QCOMPARE(row.fdKind, FdKind::Kqueue);
        QVERIFY(row.kqueueRegistrations.empty());

        // One event scripted: the first ask returns it, with the listener's real fd.
        fake.state->scripted.push_back(
            { kernelEvent(srvFd, kq::FilterRead, kq::Add | kq::Clear, 2) });
        const CallRecord r =
            h.call(keventCall(kq, { change(srv, kq::FilterRead, kq::Add | kq::Clear) }, 4, 1000));
        QCOMPARE(r.phase, CallPhase::Done);
        QCOMPARE(r.result, 1L);
        QCOMPARE(r.kevents.size(), std::size_t(1));
        QCOMPARE(r.kevents[0].data, std::int64_t(2));
        QCOMPARE(fake.state->calls.size(), std::size_t(1));
        QCOMPARE(fake.state->calls[0].kq, fake.pipeFds[0]);
        QCOMPARE(fake.state->calls[0].changes.size(), std::size_t(1));
        QCOMPARE(fake.state->calls[0].changes[0].ident, std::uint64_t(srvFd));
        QCOMPARE(fake.state->calls[0].timeoutMs, 0); // The engine asks and waits itself.
        const QString text = QString::fromStdString(r.text);
        QVERIFY2(text.startsWith(QStringLiteral("kevent(%1, [{ident=%2, filter=EVFILT_READ, "
                                                "flags=EV_ADD|EV_CLEAR")
                                     .arg(fake.pipeFds[0])
                                     .arg(srvFd)),
                 qPrintable(text));
        QVERIFY2(text.endsWith(QStringLiteral(" = 1")), qPrintable(text));

        // The row lists the registration, named by its socket.
        row = h.waitSnapshot(
            kq, [](const SocketSnapshot& s) { return !s.kqueueRegistrations.empty(); });
        QCOMPARE(row.kqueueRegistrations.size(), std::size_t(1));
        QCOMPARE(row.kqueueRegistrations[0].socket, srv);
        QCOMPARE(row.kqueueRegistrations[0].flags, kq::Clear);
        QCOMPARE(QString::fromStdString(registrationsText(row.kqueueRegistrations)),
                 QStringLiteral("#%1 EVFILT_READ EV_CLEAR").arg(srv));

        // Closing the socket drops its registrations, as the kernel does.
        Command close;
        close.kind = CallKind::Close;
        close.socket = srv;
        QCOMPARE(h.call(close).result, 0L);
        row = h.waitSnapshot(kq,
                             [](const SocketSnapshot& s) { return s.kqueueRegistrations.empty(); });
        QVERIFY(row.kqueueRegistrations.empty());

        close.socket = kq;
        QCOMPARE(h.call(close).result, 0L);
        fake.pipeFds[0] = -1; // The engine closed it.
    }

    // A close tells only the lists that named the socket: two epoll instances and the queue
    // lose it, a third instance keeps its own socket, and the work is those three lists,
    // not the 300 other rows of the table (closeScans counts the entries looked at).
    void closeForgetsOnlyWhereTheSocketWasRegistered()
    {
        FakeQueue fake;
        Harness h(fake.options());
        for (int i = 0; i < 300; ++i)
            QVERIFY(h.socket(AF_UNIX, SOCK_DGRAM) != kNoSocket);
        const auto [a, b] = h.tcpPair();
        const CallRecord first = h.call(epollCreate());
        if (first.error == ENOSYS)
            QSKIP("no epoll on this host");
        const SocketId ep1 = first.created;
        const SocketId ep2 = h.call(epollCreate()).created;
        const SocketId ep3 = h.call(epollCreate()).created;
        QCOMPARE(h.call(epollAdd(ep1, a)).result, 0L);
        QCOMPARE(h.call(epollAdd(ep2, a)).result, 0L);
        QCOMPARE(h.call(epollAdd(ep3, b)).result, 0L);
        const SocketId kq = h.call(kqueueCall()).created;
        QCOMPARE(h.call(keventCall(kq,
                                   { change(a, kq::FilterRead, kq::Add),
                                     change(b, kq::FilterRead, kq::Add) },
                                   4, 0))
                     .result,
                 0L);
        auto listed = [&](SocketId id, std::size_t n) {
            return h.waitSnapshot(id, [n](const SocketSnapshot& s) {
                return s.interest.size() + s.kqueueRegistrations.size() == n;
            });
        };
        QCOMPARE(listed(kq, 2).kqueueRegistrations.size(), std::size_t(2));
        QCOMPARE(listed(ep1, 1).interest.size(), std::size_t(1));
        QCOMPARE(listed(ep3, 1).interest.size(), std::size_t(1));
        QCOMPARE(h.stats().closeScans, std::uint64_t(0));

        QCOMPARE(h.call(makeClose(a)).result, 0L);
        QVERIFY(listed(ep1, 0).interest.empty());
        QVERIFY(listed(ep2, 0).interest.empty());
        const SocketSnapshot queue = listed(kq, 1);
        QCOMPARE(queue.kqueueRegistrations.size(), std::size_t(1));
        QCOMPARE(queue.kqueueRegistrations[0].socket, b);
        QCOMPARE(h.snapshot(ep3).interest.size(), std::size_t(1));
        QVERIFY(h.waitFor([&] { return h.stats().closeScans > 0; }));
        QVERIFY2(h.stats().closeScans <= 3, std::to_string(h.stats().closeScans).c_str());

        // The closed socket's entries are gone with it: a socket given its fd number later
        // and closed costs only what it registered itself (nothing).
        const SocketId reused = h.socket(AF_UNIX, SOCK_DGRAM);
        const std::uint64_t before = h.stats().closeScans;
        QCOMPARE(h.call(makeClose(reused)).result, 0L);
        QCOMPARE(h.call(makeClose(b)).result, 0L);
        QVERIFY(listed(ep3, 0).interest.empty());
        QVERIFY(listed(kq, 0).kqueueRegistrations.empty());
        QVERIFY(h.waitFor([&] { return h.stats().closeScans >= before + 2; }));
        QCOMPARE(h.stats().closeScans, before + 2); // b's instance and queue, nothing more

        QCOMPARE(h.call(makeClose(kq)).result, 0L);
        fake.pipeFds[0] = -1; // The engine closed it.
    }

    // Nothing scripted: the call parks (a Blocked record) and ends at its own timeout with
    // 0 and "(Timeout)", the changelist sent once.
    void parkedCallEndsAtItsTimeout()
    {
        FakeQueue fake;
        Harness h(fake.options());
        const SocketId srv = h.listener(4);
        const SocketId kq = h.call(kqueueCall()).created;
        CommandId id = 0;
        const CallRecord first =
            h.start(keventCall(kq, { change(srv, kq::FilterRead, kq::Add) }, 4, 150), &id);
        QCOMPARE(first.phase, CallPhase::Blocked);
        const CallRecord last = h.finish(id);
        QCOMPARE(last.phase, CallPhase::Resumed);
        QCOMPARE(last.result, 0L);
        QVERIFY2(QString::fromStdString(last.text).endsWith(QStringLiteral(" = 0 (Timeout)")),
                 last.text.c_str());
        QVERIFY(fake.state->calls.size() >= 2);
        QCOMPARE(fake.state->calls.front().changes.size(), std::size_t(1));
        for (std::size_t i = 1; i < fake.state->calls.size(); ++i)
            QVERIFY(fake.state->calls[i].changes.empty()); // Once, with the first ask.
        QVERIFY2(QString::fromStdString(last.note).contains(QStringLiteral("first ask")),
                 last.note.c_str());
    }

    // A change the kernel refused (EV_ERROR with an errno) registers nothing; the failed
    // call leaves the list as it was.
    void refusedChangesRegisterNothing()
    {
        FakeQueue fake;
        Harness h(fake.options());
        const SocketId a = h.listener(4);
        const SocketId b = h.listener(4);
        const int aFd = h.snapshot(a).fd;
        const SocketId kq = h.call(kqueueCall()).created;
        fake.state->scripted.push_back({ kernelEvent(aFd, kq::FilterRead, kq::Error, EBADF) });
        const CallRecord r = h.call(keventCall(
            kq, { change(a, kq::FilterRead, kq::Add), change(b, kq::FilterRead, kq::Add) }, 4, 0));
        QCOMPARE(r.result, 1L);
        QVERIFY2(QString::fromStdString(r.text).contains(QStringLiteral("data=9 /* EBADF */")),
                 r.text.c_str());
        SocketSnapshot row = h.waitSnapshot(
            kq, [](const SocketSnapshot& s) { return !s.kqueueRegistrations.empty(); });
        QCOMPARE(row.kqueueRegistrations.size(), std::size_t(1));
        QCOMPARE(row.kqueueRegistrations[0].socket, b);

        fake.state->failNextKevent = SysResult { -1, EINVAL };
        const CallRecord failed =
            h.call(keventCall(kq, { change(b, kq::FilterRead, kq::Delete) }, 4, 0));
        QCOMPARE(failed.result, -1L);
        QCOMPARE(failed.error, EINVAL);
        row = h.snapshot(kq);
        QCOMPARE(row.kqueueRegistrations.size(), std::size_t(1));
    }

    // The list itself, without an engine: EV_DELETE, EV_DISABLE/EV_ENABLE, a fired
    // EV_ONESHOT, EV_DISPATCH, a refused EV_DELETE of nothing.
    void registrationsFollowTheKernelsRules()
    {
        std::vector<KqueueWatch> list;
        auto ok = [](std::vector<KEvent64> events) {
            return KeventOutcome { SysResult { long(events.size()), 0 }, std::move(events) };
        };
        auto c = [](std::uint64_t ident, std::int16_t filter, std::uint16_t flags) {
            KEvent64 e;
            e.ident = ident;
            e.filter = filter;
            e.flags = flags;
            return e;
        };
        applyKevent(list,
                    { c(5, kq::FilterRead, kq::Add | kq::Oneshot), c(6, kq::FilterRead, kq::Add),
                      c(7, kq::FilterWrite, kq::Add | kq::Dispatch) },
                    ok({}));
        QCOMPARE(list.size(), std::size_t(3));
        applyKevent(list, { c(6, kq::FilterRead, kq::Disable) }, ok({}));
        QCOMPARE(list[1].flags, kq::Disable);
        applyKevent(list, { c(6, kq::FilterRead, kq::Enable) }, ok({}));
        QCOMPARE(list[1].flags, std::uint16_t(0));
        applyKevent(list, {}, ok({ c(5, kq::FilterRead, 0), c(7, kq::FilterWrite, 0) }));
        QCOMPARE(list.size(), std::size_t(2)); // The one-shot fired and is gone.
        QCOMPARE(list[1].flags, std::uint16_t(kq::Dispatch | kq::Disable));
        KEvent64 enoent = c(9, kq::FilterRead, kq::Error);
        enoent.data = ENOENT;
        applyKevent(list, { c(9, kq::FilterRead, kq::Delete) }, ok({ enoent }));
        QCOMPARE(list.size(), std::size_t(2));
        applyKevent(list, { c(6, kq::FilterRead, kq::Delete) }, ok({}));
        QCOMPARE(list.size(), std::size_t(1));
        forgetIdent(list, 7);
        QVERIFY(list.empty());
        QCOMPARE(QString::fromStdString(registrationsText(list)),
                 QStringLiteral("nothing registered"));
    }
};

QTEST_GUILESS_MAIN(TestEngineUserKqueue)
#include "test_engine_user_kqueue.moc"
