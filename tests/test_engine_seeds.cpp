// The calls the seeds' course notes write and the engine had not offered: read() and
// write() (SIGPIPE raised and consumed), accept4() with its flags, fcntl(F_GETFL), and the
// user's own poll() with the kernel's revents. Real sockets on 127.0.0.1; run per backend.
#include "engine_harness.h"

#include "core/engine/commands.h"

#include <QtTest>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

Command makeWrite(SocketId s, std::string bytes)
{
    Command c = makeCall(CallKind::Write, s);
    c.payload = { std::move(bytes) };
    return c;
}

Command makeRead(SocketId s, std::size_t n)
{
    Command c = makeCall(CallKind::Read, s);
    c.length = n;
    return c;
}

Command makePoll(std::vector<PollEntry> entries, int timeoutMs)
{
    Command c;
    c.kind = CallKind::Poll;
    c.pollFds = std::move(entries);
    c.timeoutMs = timeoutMs;
    return c;
}

} // namespace

class TestEngineSeeds : public QObject {
    Q_OBJECT

private slots:
    void readAndWriteOnTcpUdpAndUnix()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        QCOMPARE(h.call(makeWrite(a, "hello")).result, 5L);
        const CallRecord r = h.call(makeRead(b, 64));
        QCOMPARE(r.result, 5L);
        QVERIFY2(r.text.rfind("read(", 0) == 0 && r.text.find("\"hello\", 64)") != std::string::npos,
                 r.text.c_str());
        // UDP: read() takes one datagram, its boundary kept.
        const SocketId u = h.socket(AF_INET, SOCK_DGRAM);
        const SocketId v = h.socket(AF_INET, SOCK_DGRAM);
        h.call(makeBind(u, "127.0.0.1:0"));
        h.call(makeConnect(v, h.localAddress(u)));
        h.call(makeConnect(u, h.localAddress(v)));
        h.call(makeWrite(v, "one"));
        h.call(makeWrite(v, "two!"));
        QCOMPARE(h.call(makeRead(u, 64)).result, 3L);
        QCOMPARE(h.call(makeRead(u, 64)).result, 4L);
        // UNIX stream: a socketpair.
        Command pair = makeSocket(AF_UNIX, SOCK_STREAM);
        pair.kind = CallKind::Socketpair;
        const CallRecord made = h.call(pair);
        QCOMPARE(h.call(makeWrite(made.created, "unix")).result, 4L);
        QCOMPARE(h.captured(made.created2).size(), std::size_t(0));
        QCOMPARE(h.call(makeRead(made.created2, 8)).result, 4L);
        QCOMPARE(h.captured(made.created2), std::string("unix"));
    }

    // A real program would be killed here; the engine survives, says so, and returns EPIPE.
    void writeToAVanishedPeerRaisesSigpipe()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        h.call(makeClose(b));
        // The first write draws the peer's reset; a later one sees it, once it has arrived.
        const CallRecord w = h.callUntil(makeWrite(a, "are you there?"),
                                         [](const CallRecord& r) { return r.error == EPIPE; });
        QCOMPARE(w.error, EPIPE);
        QVERIFY2(w.note.find("SIGPIPE raised") != std::string::npos, w.note.c_str());
        // send() with MSG_NOSIGNAL on the same socket: EPIPE and no signal at all.
        const CallRecord s = h.call(makeSend(a, "again"));
        QCOMPARE(s.error, EPIPE);
        QVERIFY2(s.note.find("SIGPIPE was suppressed") != std::string::npos, s.note.c_str());
    }

    void accept4SetsNonBlockAndFcntlShowsIt()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(4, &address);
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeConnect(cli, address));
        Command four = makeCall(CallKind::Accept4, srv);
        four.flags = SOCK_NONBLOCK | SOCK_CLOEXEC;
        const CallRecord r = h.call(four);
        QVERIFY2(r.result >= 0, r.text.c_str());
        QVERIFY2(r.text.find("SOCK_NONBLOCK|SOCK_CLOEXEC) = ") != std::string::npos, r.text.c_str());
        // The peer's struct sockaddr as the kernel returned it: AF_INET, 16 bytes.
        QCOMPARE(r.sockaddr.size(), sizeof(sockaddr_in));
        QCOMPARE(r.sockaddr.substr(4, 4), std::string("\x7f\0\0\x01", 4));
        const CallRecord flags = h.call(makeCall(CallKind::GetFl, r.created));
        QVERIFY(flags.number && (*flags.number & O_NONBLOCK));
        QCOMPARE(flags.value, std::string("O_RDWR|O_NONBLOCK"));
        QCOMPARE(h.call(makeRead(r.created, 8)).error, EAGAIN); // It really is non-blocking.
        const CallRecord blocking = h.call(makeCall(CallKind::GetFl, cli));
        QCOMPARE(blocking.value, std::string("O_RDWR")); // As a real blocking socket reads.
    }

    // poll() returns the kernel's revents, not the events asked for.
    void pollReturnsTheKernelsRevents()
    {
        Harness h;
        const SocketId fresh = h.socket(AF_INET, SOCK_STREAM);
        CallRecord r = h.call(makePoll({ { fresh, POLLIN | POLLOUT } }, 0));
        QCOMPARE(r.result, 1L);
        QCOMPARE(int(r.revents.at(0)), POLLOUT | POLLHUP);
        const SocketId refused = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeNonBlocking(refused, true));
        h.call(makeConnect(refused, "127.0.0.1:1"));
        r = h.call(makePoll({ { refused, POLLOUT } }, -1)); // Blocks until the RST is in.
        QCOMPARE(int(r.revents.at(0)), POLLOUT | POLLERR | POLLHUP);
        QVERIFY2(r.text.find("revents=POLLOUT|POLLERR|POLLHUP") != std::string::npos, r.text.c_str());
        // Two entries, one ready: the count is 1 and the other's revents is 0.
        const auto [a, b] = h.tcpPair();
        h.call(makeSend(a, "x"));
        r = h.call(makePoll({ { a, POLLIN }, { b, POLLIN } }, 1000));
        QCOMPARE(r.result, 1L);
        QCOMPARE(int(r.revents.at(0)), 0);
        QCOMPARE(int(r.revents.at(1)), POLLIN);
        // Nothing ready: the timeout ends it with 0.
        h.call(makeRecv(b, 8));
        r = h.call(makePoll({ { b, POLLIN } }, 30));
        QCOMPARE(r.result, 0L);
        QVERIFY2(r.text.find("(Timeout)") != std::string::npos, r.text.c_str());
        // A closed socket: POLLNVAL, as for any descriptor that is not open.
        h.call(makeClose(fresh));
        r = h.call(makePoll({ { fresh, POLLIN } }, 0));
        QCOMPARE(int(r.revents.at(0)), POLLNVAL);
    }

    void blockedPollIsCancellable()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        CommandId id = 0;
        const CallRecord first = h.start(makePoll({ { b, POLLIN } }, -1), &id);
        QCOMPARE(first.phase, CallPhase::Blocked);
        h.call(makeCancel(b));
        const CallRecord r = h.finish(id);
        QCOMPARE(r.phase, CallPhase::Cancelled);
        QCOMPARE(r.error, EINTR);
        Q_UNUSED(a);
    }
};

QTEST_APPLESS_MAIN(TestEngineSeeds)

#include "test_engine_seeds.moc"
