// The engine's emulated blocking calls against the real ones. Each test makes the same calls
// on a plain blocking fd (the oracle, right here in the test) and through the engine, and
// compares the answers (result, errno, bytes) and the state afterwards, probed with a
// follow-up call. Run once per backend (CTest sets SPG_BACKEND).
#include "engine_harness.h"

#include "core/address.h"
#include "core/errno_names.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cerrno>
#include <csignal>
#include <functional>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <thread>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

// "0", "7" or "-1 ECONNREFUSED": the part of an answer both sides must agree on.
std::string answer(long result, int error)
{
    return result < 0 ? "-1 " + errnoName(error) : std::to_string(result);
}

std::string answer(const CallRecord& r)
{
    if (r.phase == CallPhase::Refused || r.phase == CallPhase::Blocked)
        return "not made: " + r.text;
    return answer(r.result, r.error);
}

SockAddr addressOf(const std::string& text)
{
    return parseAddress(text).endpoint.addr;
}

// A plain blocking socket, the oracle. Its waits are bounded (10 s) so that a broken test
// fails instead of hanging; no test relies on that bound.
class RealSocket {
public:
    RealSocket(int domain, int type) : m_fd(::socket(domain, type, 0))
    {
        timeval limit { 10, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    }
    ~RealSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RealSocket(const RealSocket&) = delete;
    RealSocket& operator=(const RealSocket&) = delete;

    int fd() const { return m_fd; }

    std::string connect(const std::string& address)
    {
        const SockAddr a = addressOf(address);
        return result(::connect(m_fd, a.get(), a.length));
    }
    std::string peerName()
    {
        SockAddr a;
        a.length = sizeof a.storage;
        const int r = ::getpeername(m_fd, a.get(), &a.length);
        return r == 0 ? formatAddress(a) : answer(-1, errno);
    }
    std::string intOption(int level, int name)
    {
        int value = 0;
        socklen_t len = sizeof value;
        const int r = ::getsockopt(m_fd, level, name, &value, &len);
        return r == 0 ? std::to_string(value) : answer(-1, errno);
    }
    std::string timeouts(long us) // Both directions; 0 = wait forever.
    {
        timeval tv { us / 1000000, static_cast<decltype(tv.tv_usec)>(us % 1000000) };
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        return result(::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));
    }
    std::string bind(const std::string& address)
    {
        const SockAddr a = addressOf(address);
        return result(::bind(m_fd, a.get(), a.length));
    }

    static std::string result(long r) { return answer(r, r < 0 ? errno : 0); }

private:
    int m_fd = -1;
};

// The engine's probes, rendered like the oracle's.
std::string peerName(Harness& h, SocketId s)
{
    Command c;
    c.kind = CallKind::GetPeerName;
    c.socket = s;
    const CallRecord r = h.call(c);
    return r.result == 0 ? r.value : answer(r);
}

std::string soError(Harness& h, SocketId s)
{
    const CallRecord r = h.call(makeGetSockOpt(s, "SO_ERROR"));
    if (r.result != 0)
        return answer(r);
    const std::size_t open = r.text.find("SO_ERROR, [");
    return r.text.substr(open + 11, r.text.find(']', open) - open - 11);
}

Command unixPair()
{
    Command c;
    c.kind = CallKind::Socketpair;
    c.domain = AF_UNIX;
    return c;
}

// Both ends of a real UNIX stream pair, closed at the end; waits bounded like RealSocket's.
struct RealPair {
    int fd[2] = { -1, -1 };
    RealPair()
    {
        ::socketpair(AF_UNIX, SOCK_STREAM, 0, fd);
        for (int f : fd) {
            timeval limit { 10, 0 };
            ::setsockopt(f, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
            ::setsockopt(f, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
        }
    }
    ~RealPair()
    {
        ::close(fd[0]);
        ::close(fd[1]);
    }
    void timeout(int which, int option, long us)
    {
        timeval tv { us / 1000000, static_cast<decltype(tv.tv_usec)>(us % 1000000) };
        ::setsockopt(fd[which], SOL_SOCKET, option, &tv, sizeof tv);
    }
};

std::string realRecv(int fd, std::size_t length, int flags, std::string* bytes = nullptr)
{
    std::string buffer(length, '\0');
    const long n = ::recv(fd, buffer.data(), length, flags);
    if (bytes && n > 0)
        *bytes = buffer.substr(0, static_cast<std::size_t>(n));
    return RealSocket::result(n);
}

std::string realSend(int fd, const std::string& bytes)
{
    return RealSocket::result(::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL));
}

// A real blocking recv while a second thread sends more a little later (`lateSend`). The
// answer does not depend on the delay: whether the bytes arrive before or during the call,
// it returns the same.
std::string realRecvWithLateSend(int fd, const std::function<void()>& lateSend,
                                 std::size_t length, int flags, std::string* bytes)
{
    std::thread sender([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        lateSend();
    });
    const std::string got = realRecv(fd, length, flags, bytes);
    sender.join();
    return got;
}

// Waits (bounded) until the kernel reports an error pending on a real socket.
bool waitForError(int fd)
{
    pollfd p { fd, 0, 0 };
    return ::poll(&p, 1, 5000) == 1 && (p.revents & POLLERR);
}

// A port on 127.0.0.1 where nobody listens: bound by `holder`, which never listens.
std::string refusingAddress(Harness& h)
{
    const SocketId holder = h.socket(AF_INET, SOCK_STREAM);
    h.call(makeBind(holder, "127.0.0.1:0"));
    return h.localAddress(holder);
}

} // namespace

// QCOMPARE on QString prints both sides when they differ; std::string would not.
#define SAME(engine, real) QCOMPARE(QString::fromStdString(engine), QString::fromStdString(real))

class TestEngineBlocking : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("backend under test: %s",
              std::string(backendName(spg::test::backendUnderTest())).c_str());
    }

    // A blocking connect leaves the socket connected: a second connect says EISCONN.
    void tcpConnectThenConnectAgain()
    {
        Harness h;
        std::string address;
        h.listener(8, &address);
        RealSocket real(AF_INET, SOCK_STREAM);
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
        QCOMPARE(peerName(h, cli).empty(), real.peerName().empty());
        SAME(soError(h, cli), real.intOption(SOL_SOCKET, SO_ERROR));
    }

    // A refused blocking connect leaves the socket unconnected and its error consumed: the
    // next connect to a live listener succeeds, as a fresh one would.
    void tcpRefusedThenConnectToAListener()
    {
        Harness h;
        std::string address;
        h.listener(8, &address);
        const std::string refusing = refusingAddress(h);
        RealSocket real(AF_INET, SOCK_STREAM);
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        const std::string refused = real.connect(refusing);
        QCOMPARE(refused, std::string("-1 ECONNREFUSED")); // The oracle saw what we meant.
        SAME(answer(h.call(makeConnect(cli, refusing))), refused);
        SAME(soError(h, cli), real.intOption(SOL_SOCKET, SO_ERROR));
        SAME(peerName(h, cli), real.peerName());
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
    }

    void tcpRefusedThenConnectAtOnce()
    {
        Harness h;
        std::string address;
        h.listener(8, &address);
        const std::string refusing = refusingAddress(h);
        RealSocket real(AF_INET, SOCK_STREAM);
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        SAME(answer(h.call(makeConnect(cli, refusing))), real.connect(refusing));
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
        QCOMPARE(peerName(h, cli).rfind("127.0.0.1:", 0), real.peerName().rfind("127.0.0.1:", 0));
    }

    void unixConnectThenConnectAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = "unix:" + dir.filePath("s").toStdString();
        const std::string idle = "unix:" + dir.filePath("idle").toStdString();
        const std::string missing = "unix:" + dir.filePath("missing").toStdString();
        Harness h;
        h.listener(8, nullptr, path.c_str());
        const SocketId bound = h.socket(AF_UNIX, SOCK_STREAM);
        h.call(makeBind(bound, idle)); // Bound but not listening: refuses.
        RealSocket real(AF_UNIX, SOCK_STREAM);
        const SocketId cli = h.socket(AF_UNIX, SOCK_STREAM);
        SAME(answer(h.call(makeConnect(cli, missing))), real.connect(missing));
        SAME(answer(h.call(makeConnect(cli, idle))), real.connect(idle));
        SAME(answer(h.call(makeConnect(cli, path))), real.connect(path));
        SAME(answer(h.call(makeConnect(cli, path))), real.connect(path));
        SAME(peerName(h, cli), real.peerName());
    }

    // Linux applies SO_SNDTIMEO to a blocking connect: it returns EINPROGRESS and the socket
    // stays connecting; a second blocking connect then waits again and says EALREADY.
    void connectTimesOutAndStaysConnecting()
    {
#if !defined(__linux__)
        QSKIP("only Linux applies SO_SNDTIMEO to connect()");
#endif
        Harness h;
        std::string address;
        h.listener(0, &address);
        // Linux admits backlog + 1 connections; with the queue full it drops further SYNs,
        // so the next handshakes stay in SYN_SENT.
        const SocketId first = h.socket(AF_INET, SOCK_STREAM);
        QCOMPARE(h.call(makeConnect(first, address)).result, 0L);
        RealSocket real(AF_INET, SOCK_STREAM);
        real.timeouts(100000);
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        QCOMPARE(h.call(makeSetSockOpt(cli, "SO_SNDTIMEO", "0.1")).result, 0L);
        const std::string timedOut = real.connect(address);
        QCOMPARE(timedOut, std::string("-1 EINPROGRESS")); // The oracle saw what we meant.
        SAME(answer(h.call(makeConnect(cli, address))), timedOut);
        SAME(answer(h.call(makeConnect(cli, address))), real.connect(address));
        SAME(peerName(h, cli), real.peerName());
    }

    // Linux applies SO_RCVTIMEO to accept().
    void acceptTimesOut()
    {
#if !defined(__linux__)
        QSKIP("only Linux applies SO_RCVTIMEO to accept()");
#endif
        Harness h;
        const SocketId srv = h.listener(4);
        RealSocket real(AF_INET, SOCK_STREAM);
        real.bind("127.0.0.1:0");
        ::listen(real.fd(), 4);
        real.timeouts(50000);
        QCOMPARE(h.call(makeSetSockOpt(srv, "SO_RCVTIMEO", "0.05")).result, 0L);
        SAME(answer(h.call(makeAccept(srv))), RealSocket::result(::accept(real.fd(), nullptr, nullptr)));
    }

    // MSG_WAITALL that times out after some bytes returns their count, not EAGAIN.
    void waitAllTimeoutReturnsThePartialCount()
    {
        Harness h;
        RealPair real;
        real.timeout(1, SO_RCVTIMEO, 50000);
        const CallRecord p = h.call(unixPair());
        QCOMPARE(h.call(makeSetSockOpt(p.created2, "SO_RCVTIMEO", "0.05")).result, 0L);
        SAME(answer(h.call(makeSend(p.created, "abc"))), realSend(real.fd[0], "abc"));
        std::string realBytes;
        const CallRecord got = h.call(makeRecv(p.created2, 10, MSG_WAITALL));
        SAME(answer(got), realRecv(real.fd[1], 10, MSG_WAITALL, &realBytes));
        SAME(h.captured(p.created2), realBytes);
        QCOMPARE(got.dataLength, std::uint64_t(3));
        SAME(answer(h.call(makeRecv(p.created2, 10, 0))), realRecv(real.fd[1], 10, 0));
    }

    // A blocking send into a full buffer with SO_SNDTIMEO returns what it queued.
    void sendTimeoutReturnsThePartialCount()
    {
        Harness h;
        RealPair real;
        real.timeout(0, SO_SNDTIMEO, 50000);
        const CallRecord p = h.call(unixPair());
        QCOMPARE(h.call(makeSetSockOpt(p.created, "SO_SNDTIMEO", "0.05")).result, 0L);
        const std::string big(4 << 20, 'q');
        const std::string realSent = realSend(real.fd[0], big);
        QVERIFY2(realSent != "-1 EAGAIN" && realSent.size() < 8, realSent.c_str());
        SAME(answer(h.call(makeSend(p.created, big))), realSent);
        SAME(answer(h.call(makeSend(p.created, "more"))), realSend(real.fd[0], "more"));
    }

    // Cancelling a MSG_WAITALL recv that has bytes is a signal arriving: the count comes back.
    void cancelAfterSomeBytesReturnsTheCount()
    {
        RealPair real;
        realSend(real.fd[0], "abc");
        struct sigaction quiet {};
        quiet.sa_handler = [](int) {};
        struct sigaction old {};
        ::sigaction(SIGUSR1, &quiet, &old); // No SA_RESTART: the call is interrupted.
        std::thread signaller([self = pthread_self()] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            pthread_kill(self, SIGUSR1);
        });
        const std::string realAnswer = realRecv(real.fd[1], 10, MSG_WAITALL);
        signaller.join();
        ::sigaction(SIGUSR1, &old, nullptr);

        Harness h;
        const CallRecord p = h.call(unixPair());
        h.call(makeSend(p.created, "abc"));
        CommandId id = 0;
        QCOMPARE(h.start(makeRecv(p.created2, 10, MSG_WAITALL), &id).phase, CallPhase::Blocked);
        Command cancel;
        cancel.kind = CallKind::Cancel;
        cancel.socket = p.created2;
        cancel.target = id;
        h.call(cancel);
        const CallRecord cancelled = h.finish(id);
        QCOMPARE(cancelled.phase, CallPhase::Cancelled);
        SAME(answer(cancelled), realAnswer);
    }

    // A blocking recv with SO_RCVLOWAT gathers that many bytes before it returns.
    void receiveLowWatermarkGathers()
    {
        Harness h;
        RealPair real;
        int five = 5;
        ::setsockopt(real.fd[1], SOL_SOCKET, SO_RCVLOWAT, &five, sizeof five);
        realSend(real.fd[0], "abc");
        std::string realBytes;
        const std::string realAnswer = realRecvWithLateSend(
            real.fd[1], [&] { realSend(real.fd[0], "de"); }, 10, 0, &realBytes);

        const CallRecord p = h.call(unixPair());
        QCOMPARE(h.call(makeSetSockOpt(p.created2, "SO_RCVLOWAT", "5")).result, 0L);
        h.call(makeSend(p.created, "abc"));
        CommandId id = 0;
        QCOMPARE(h.start(makeRecv(p.created2, 10), &id).phase, CallPhase::Blocked);
        h.call(makeSend(p.created, "de"));
        SAME(answer(h.finish(id)), realAnswer);
        SAME(h.captured(p.created2), realBytes);
    }

    // MSG_PEEK|MSG_WAITALL on UNIX stream: the peek returns what is queued (Linux stops after
    // one pass over the queue), and the bytes stay queued.
    void unixPeekWaitAllTakesWhatIsQueued()
    {
        Harness h;
        RealPair real;
        realSend(real.fd[0], "abc");
        std::string realPeeked;
        const std::string realAnswer = realRecvWithLateSend(
            real.fd[1], [&] { realSend(real.fd[0], "de"); }, 5, MSG_PEEK | MSG_WAITALL,
            &realPeeked);
        std::string realBytes;
        const std::string realAfter = realRecv(real.fd[1], 10, 0, &realBytes);

        const CallRecord p = h.call(unixPair());
        h.call(makeSend(p.created, "abc"));
        const CallRecord peeked = h.call(makeRecv(p.created2, 5, MSG_PEEK | MSG_WAITALL));
        SAME(answer(peeked), realAnswer);
        SAME(peeked.peeked, realPeeked);
        h.call(makeSend(p.created, "de"));
        SAME(answer(h.call(makeRecv(p.created2, 10))), realAfter);
        SAME(h.captured(p.created2), realBytes);
    }

    // On TCP, MSG_PEEK|MSG_WAITALL waits for the whole buffer and peeks it from the start.
    void tcpPeekWaitAllGathersTheWholeBuffer()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(4, &address);
        RealSocket real(AF_INET, SOCK_STREAM);
        QCOMPARE(real.connect(address), std::string("0"));
        const SocketId realPeer = h.call(makeAccept(srv)).created;
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        QCOMPARE(h.call(makeConnect(cli, address)).result, 0L);
        const SocketId peer = h.call(makeAccept(srv)).created;

        h.call(makeSend(realPeer, "abc"));
        std::string realPeeked;
        const std::string realAnswer = realRecvWithLateSend(
            real.fd(), [&] { h.call(makeSend(realPeer, "de")); }, 5, MSG_PEEK | MSG_WAITALL,
            &realPeeked);
        std::string realBytes;
        const std::string realAfter = realRecv(real.fd(), 10, 0, &realBytes);

        h.call(makeSend(peer, "abc"));
        CommandId id = 0;
        QCOMPARE(h.start(makeRecv(cli, 5, MSG_PEEK | MSG_WAITALL), &id).phase, CallPhase::Blocked);
        h.call(makeSend(peer, "de"));
        const CallRecord peeked = h.finish(id);
        SAME(answer(peeked), realAnswer);
        SAME(peeked.peeked, realPeeked);
        SAME(answer(h.call(makeRecv(cli, 10))), realAfter);
        SAME(h.captured(cli), realBytes);
    }

    // MSG_DONTWAIT wins over MSG_WAITALL: the call takes what is there and returns.
    void waitAllWithDontWaitReturnsAtOnce()
    {
        Harness h;
        RealPair real;
        realSend(real.fd[0], "abc");
        const CallRecord p = h.call(unixPair());
        h.call(makeSend(p.created, "abc"));
        SAME(answer(h.call(makeRecv(p.created2, 10, MSG_WAITALL | MSG_DONTWAIT))),
             realRecv(real.fd[1], 10, MSG_WAITALL | MSG_DONTWAIT));
    }

    // A blocking UNIX connect to a listener whose backlog is full waits for room (Linux says
    // EAGAIN only to a non-blocking one), and SO_SNDTIMEO ends the wait with EAGAIN.
    void unixConnectWaitsForRoomInTheBacklog()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = "unix:" + dir.filePath("s").toStdString();
        Harness h;
        const SocketId srv = h.listener(0, nullptr, path.c_str());
        const SocketId first = h.socket(AF_UNIX, SOCK_STREAM);
        QCOMPARE(h.call(makeConnect(first, path)).result, 0L);
        const SocketId probe = h.socket(AF_UNIX, SOCK_STREAM);
        h.call(makeNonBlocking(probe, true));
        if (answer(h.call(makeConnect(probe, path))) != "-1 EAGAIN")
            QSKIP("this kernel does not report a full UNIX backlog with EAGAIN");

        RealSocket realTimed(AF_UNIX, SOCK_STREAM);
        realTimed.timeouts(50000);
        const SocketId timed = h.socket(AF_UNIX, SOCK_STREAM);
        h.call(makeSetSockOpt(timed, "SO_SNDTIMEO", "0.05"));
        SAME(answer(h.call(makeConnect(timed, path))), realTimed.connect(path));

        RealSocket real(AF_UNIX, SOCK_STREAM);
        std::string realAnswer;
        std::thread waiter([&] { realAnswer = real.connect(path); });
        const SocketId cli = h.socket(AF_UNIX, SOCK_STREAM);
        CommandId id = 0;
        QCOMPARE(h.start(makeConnect(cli, path), &id).phase, CallPhase::Blocked);
        for (int i = 0; i < 3; ++i) // first, then the real one and ours in either order
            QVERIFY(h.call(makeAccept(srv)).created != kNoSocket);
        waiter.join();
        SAME(answer(h.finish(id)), realAnswer);
        SAME(answer(h.call(makeConnect(cli, path))), real.connect(path));
    }

    // A TCP reset while a blocking send waits with part of its bytes queued: the count comes
    // back and the error stays pending for the next send (ECONNRESET, then EPIPE).
    void resetDuringPartialSendKeepsTheError()
    {
        Harness h;
        const SocketId srv = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeSetSockOpt(srv, "SO_RCVBUF", "4096")); // Inherited: the peers read little.
        h.call(makeBind(srv, "127.0.0.1:0"));
        h.call(makeListen(srv, 4));
        const std::string address = h.localAddress(srv);
        const std::string big(1 << 20, 'x');

        RealSocket real(AF_INET, SOCK_STREAM);
        int small = 4096;
        ::setsockopt(real.fd(), SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
        QCOMPARE(real.connect(address), std::string("0"));
        const SocketId realPeer = h.call(makeAccept(srv)).created;
        std::string realFirst;
        std::thread sender([&] { realFirst = realSend(real.fd(), big); });
        QVERIFY(h.waitSnapshot(realPeer, [](const SocketSnapshot& s) { return s.receiveQueued > 0; })
                    .receiveQueued > 0);

        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeSetSockOpt(cli, "SO_SNDBUF", "4096"));
        QCOMPARE(h.call(makeConnect(cli, address)).result, 0L);
        const SocketId peer = h.call(makeAccept(srv)).created;
        CommandId id = 0;
        QCOMPARE(h.start(makeSend(cli, big), &id).phase, CallPhase::Blocked);
        QVERIFY(h.waitSnapshot(peer, [](const SocketSnapshot& s) { return s.receiveQueued > 0; })
                    .receiveQueued > 0);

        for (SocketId s : { realPeer, peer }) {
            h.call(makeSetSockOpt(s, "SO_LINGER", "{1,0}"));
            h.call(makeClose(s));
        }
        sender.join();
        const CallRecord first = h.finish(id);
        // The counts depend on how far each send got; both are counts, not errors.
        QVERIFY2(realFirst.rfind("-1", 0) != 0, realFirst.c_str());
        QVERIFY2(first.result > 0 && first.result < static_cast<long>(big.size()), first.text.c_str());
        SAME(answer(h.call(makeSend(cli, "more"))), realSend(real.fd(), "more"));
        SAME(answer(h.call(makeSend(cli, "more"))), realSend(real.fd(), "more"));
    }

    // sendto() on an unconnected UNIX datagram socket into a full receiver: a blocking one
    // waits for room (SO_SNDTIMEO ends it with EAGAIN), although the socket polls writable.
    void unixDatagramSendtoWaitsForRoom()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = "unix:" + dir.filePath("engine").toStdString();
        const std::string realPath = "unix:" + dir.filePath("real").toStdString();
        RealSocket realReceiver(AF_UNIX, SOCK_DGRAM);
        QCOMPARE(realReceiver.bind(realPath), std::string("0"));
        RealSocket real(AF_UNIX, SOCK_DGRAM);
        const SockAddr to = addressOf(realPath);
        int filled = 0;
        while (filled < 100000 && ::sendto(real.fd(), "x", 1, MSG_DONTWAIT, to.get(), to.length) == 1)
            ++filled;
        real.timeouts(50000);
        const std::string realTimedOut = RealSocket::result(::sendto(real.fd(), "x", 1, 0, to.get(), to.length));
        QCOMPARE(realTimedOut, std::string("-1 EAGAIN"));
        real.timeouts(0);
        std::string realAnswer;
        std::thread waiter([&] { realAnswer = RealSocket::result(::sendto(real.fd(), "x", 1, 0, to.get(), to.length)); });
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // Not needed for the answer.
        char byte = 0;
        ::recv(realReceiver.fd(), &byte, 1, 0);
        waiter.join();

        Harness h;
        const SocketId receiver = h.socket(AF_UNIX, SOCK_DGRAM);
        QCOMPARE(h.call(makeBind(receiver, path)).result, 0L);
        const SocketId sender = h.socket(AF_UNIX, SOCK_DGRAM);
        Command sendto;
        sendto.kind = CallKind::SendTo;
        sendto.socket = sender;
        sendto.payload = { "x" };
        sendto.address = path;
        sendto.flags = MSG_DONTWAIT;
        for (int i = 0; i < filled; ++i)
            QCOMPARE(h.call(sendto).result, 1L);
        SAME(answer(h.call(sendto)), std::string("-1 EAGAIN"));
        sendto.flags = 0;
        h.call(makeSetSockOpt(sender, "SO_SNDTIMEO", "0.05"));
        SAME(answer(h.call(sendto)), realTimedOut);
        h.call(makeSetSockOpt(sender, "SO_SNDTIMEO", "0"));
        CommandId id = 0;
        QCOMPARE(h.start(sendto, &id).phase, CallPhase::Blocked);
        QCOMPARE(h.call(makeRecv(receiver, 1)).result, 1L);
        SAME(answer(h.finish(id)), realAnswer);
    }

    // shutdown() on a socket whose blocking call waits wakes the call, as in a second thread:
    // accept() on the listener says EINVAL, recv() says 0 (end of file).
    void shutdownWakesABlockedCall()
    {
        Harness h;
        RealSocket realListener(AF_INET, SOCK_STREAM);
        realListener.bind("127.0.0.1:0");
        ::listen(realListener.fd(), 4);
        std::string realAccept;
        std::thread acceptor([&] {
            realAccept = RealSocket::result(::accept(realListener.fd(), nullptr, nullptr));
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // Not needed for the answer.
        ::shutdown(realListener.fd(), SHUT_RDWR);
        acceptor.join();
        const SocketId srv = h.listener(4);
        CommandId id = 0;
        QCOMPARE(h.start(makeAccept(srv), &id).phase, CallPhase::Blocked);
        h.call(makeShutdown(srv, SHUT_RDWR));
        SAME(answer(h.finish(id)), realAccept);

        RealPair real;
        std::string realRecvAnswer;
        std::thread reader([&] { realRecvAnswer = realRecv(real.fd[1], 10, 0); });
        std::this_thread::sleep_for(std::chrono::milliseconds(20)); // Not needed for the answer.
        ::shutdown(real.fd[1], SHUT_RD);
        reader.join();
        const CallRecord p = h.call(unixPair());
        QCOMPARE(h.start(makeRecv(p.created2, 10), &id).phase, CallPhase::Blocked);
        h.call(makeShutdown(p.created2, SHUT_RD));
        SAME(answer(h.finish(id)), realRecvAnswer);
    }

    // A TCP reset after part of a MSG_WAITALL: the count comes back and the error stays
    // pending for the next call (tcp_recvmsg does not consume it when it has copied bytes).
    void resetAfterPartialWaitAllKeepsTheError()
    {
        Harness h;
        std::string address;
        const SocketId srv = h.listener(4, &address);
        RealSocket real(AF_INET, SOCK_STREAM);
        QCOMPARE(real.connect(address), std::string("0"));
        const SocketId realPeer = h.call(makeAccept(srv)).created;
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        QCOMPARE(h.call(makeConnect(cli, address)).result, 0L);
        const SocketId peer = h.call(makeAccept(srv)).created;
        for (SocketId s : { peer, realPeer }) {
            h.call(makeSend(s, "abc"));
            h.call(makeSetSockOpt(s, "SO_LINGER", "{1,0}"));
            h.call(makeClose(s));
        }
        QVERIFY(waitForError(real.fd()));
        SAME(answer(h.call(makeRecv(cli, 10, MSG_WAITALL))), realRecv(real.fd(), 10, MSG_WAITALL));
        SAME(answer(h.call(makeRecv(cli, 10, 0))), realRecv(real.fd(), 10, 0));
        SAME(answer(h.call(makeRecv(cli, 10, 0))), realRecv(real.fd(), 10, 0));
    }
};

QTEST_GUILESS_MAIN(TestEngineBlocking)
#include "test_engine_blocking.moc"
