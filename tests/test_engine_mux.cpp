// Multiplexing as the user's own calls: select() over three sets, with the fd_sets the
// kernel returned, and the playground's refusal of an fd an fd_set cannot hold. Real sockets
// on 127.0.0.1; run once per loop backend.
#include "engine_harness.h"

#include "core/engine/commands.h"

#include <QtTest>
#include <sys/select.h>
#include <unistd.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

Command makeSelect(std::vector<SocketId> in, std::vector<SocketId> out, std::vector<SocketId> ex,
                   int timeoutMs)
{
    Command c;
    c.kind = CallKind::Select;
    c.fdSets = { std::move(in), std::move(out), std::move(ex) };
    c.timeoutMs = timeoutMs;
    return c;
}

std::vector<bool> flags(std::initializer_list<bool> list)
{
    return std::vector<bool>(list);
}

} // namespace

class TestEngineMux : public QObject {
    Q_OBJECT

private slots:
    // Three fds: one readable, one not, one writable. The sets come back holding only the
    // ready ones, and the line shows them as strace does.
    void selectWithThreeFds()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        const auto [c, d] = h.tcpPair();
        h.call(makeSend(a, "x"));
        CallRecord r = h.call(makeSelect({ b, d }, { c }, {}, 1000));
        QCOMPARE(r.result, 2L);
        QCOMPARE(r.selected[0], flags({ true, false }));
        QCOMPARE(r.selected[1], flags({ true }));
        QVERIFY(r.selected[2].empty());
        const int fb = h.snapshot(b).fd, fd = h.snapshot(d).fd, fc = h.snapshot(c).fd;
        const std::string want = "select(" + std::to_string(std::max({ fb, fd, fc }) + 1) + ", ["
            + std::to_string(fb) + " " + std::to_string(fd) + "], [" + std::to_string(fc)
            + "], [], {tv_sec=1, tv_usec=0}) = 2 (in [" + std::to_string(fb) + "], out ["
            + std::to_string(fc) + "])";
        QCOMPARE(r.text, want);
        // Nothing ready: the timeout ends it with 0 and every set comes back empty.
        h.call(makeRecv(b, 8));
        r = h.call(makeSelect({ b, d }, {}, {}, 30));
        QCOMPARE(r.result, 0L);
        QCOMPARE(r.selected[0], flags({ false, false }));
        QVERIFY2(r.text.find("{tv_sec=0, tv_usec=30000}) = 0 (Timeout)") != std::string::npos,
                 r.text.c_str());
    }

    // A NULL timeout waits (parked, the loop keeps running) until a socket is ready.
    void parkedSelectEndsWhenReady()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        CommandId id = 0;
        const CallRecord first = h.start(makeSelect({ b }, {}, {}, -1), &id);
        QCOMPARE(first.phase, CallPhase::Blocked);
        h.call(makeSend(a, "x"));
        const CallRecord r = h.finish(id);
        QCOMPARE(r.phase, CallPhase::Resumed);
        QCOMPARE(r.result, 1L);
        QCOMPARE(r.selected[0], flags({ true }));
        QVERIFY2(r.text.find(", NULL) = 1 (in [") != std::string::npos, r.text.c_str());
    }

    void blockedSelectIsCancellable()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        CommandId id = 0;
        QCOMPARE(h.start(makeSelect({ b }, {}, {}, -1), &id).phase, CallPhase::Blocked);
        h.call(makeCancel(b));
        const CallRecord r = h.finish(id);
        QCOMPARE(r.phase, CallPhase::Cancelled);
        QCOMPARE(r.error, EINTR);
        Q_UNUSED(a);
    }

    // A closed socket is asked about as a descriptor surely not open: EBADF.
    void selectOnAClosedSocketIsEbadf()
    {
        Harness h;
        const SocketId s = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeClose(s));
        const CallRecord r = h.call(makeSelect({ s }, {}, {}, 0));
        QCOMPARE(r.result, -1L);
        QCOMPARE(r.error, EBADF);
    }

    // An fd at or past FD_SETSIZE: FD_SET would write past the fd_set. The playground refuses
    // with EINVAL and says why, and the sockets below it still work.
    void selectRefusesAnFdPastFdSetSize()
    {
        Harness h;
        std::vector<int> fillers; // Take every free number below FD_SETSIZE (bounded).
        for (int i = 0; i < FD_SETSIZE + 8; ++i) {
            const int fd = ::dup(2);
            QVERIFY(fd >= 0);
            if (fd >= FD_SETSIZE) {
                ::close(fd);
                break;
            }
            fillers.push_back(fd);
        }
        const SocketId high = h.socket(AF_INET, SOCK_STREAM);
        for (int fd : fillers)
            ::close(fd);
        const int fd = h.snapshot(high).fd;
        QVERIFY2(fd >= FD_SETSIZE, std::to_string(fd).c_str());
        const SocketId low = h.socket(AF_INET, SOCK_STREAM);
        const CallRecord r = h.call(makeSelect({ low }, { high }, {}, 0));
        QCOMPARE(r.result, -1L);
        QCOMPARE(r.error, EINVAL);
        QVERIFY2(r.note.find("select() cannot watch fd " + std::to_string(fd) + " (FD_SETSIZE 1024)")
                     != std::string::npos,
                 r.note.c_str());
        // The same call without it reaches the kernel (a fresh socket is readable: POLLHUP).
        const CallRecord ok = h.call(makeSelect({ low }, {}, {}, 0));
        QCOMPARE(ok.result, 1L);
        h.call(makeClose(high));
    }
};

QTEST_APPLESS_MAIN(TestEngineMux)

#include "test_engine_mux.moc"
