// The engine's emulated blocking receives against the real ones: MSG_WAITALL, SO_RCVLOWAT,
// MSG_PEEK, timeouts, a cancel, and a reset in the middle. Each test makes the same calls on
// a plain blocking fd (see oracle.h) and through the engine, and compares the answers and
// the state afterwards. Run once per backend (CTest sets SPG_BACKEND).
#include "oracle.h"

#include "core/words/strace_format.h"

#include <QtTest>

#include <sys/socket.h>
#include <thread>

using namespace spg::core;
using namespace spg::test;

class TestEngineReceive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("backend under test: %s",
              std::string(backendName(spg::test::backendUnderTest())).c_str());
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

    // Cancelling a MSG_WAITALL recv that has bytes is a signal arriving: the count comes back.
    void cancelAfterSomeBytesReturnsTheCount()
    {
        RealPair real;
        realSend(real.fd[0], "abc");
        const std::string realAnswer =
            interrupted([&] { return realRecv(real.fd[1], 10, MSG_WAITALL); });

        Harness h;
        const CallRecord p = h.call(unixPair());
        h.call(makeSend(p.created, "abc"));
        CommandId id = 0;
        QCOMPARE(h.start(makeRecv(p.created2, 10, MSG_WAITALL), &id).phase, CallPhase::Blocked);
        const CallRecord ended = cancelled(h, p.created2, id);
        QCOMPARE(ended.phase, CallPhase::Cancelled);
        SAME(answer(ended), realAnswer);
    }

    // A MSG_WAITALL that gathers more than its line shows keeps only the line's bytes, yet
    // every number and byte stays the kernel's: the count, the capture, the first strsize
    // bytes in the line. recvmsg keeps all it gathers: each iovec shows its own start.
    void waitAllGathersMoreThanItsLineShows()
    {
        const std::string first(20, 'a'), second = std::string(30, 'b') + std::string(30, 'c');
        const std::string all = first + second;
        RealPair real;
        realSend(real.fd[0], first);
        std::string realBytes;
        const std::string realAnswer = realRecvWithLateSend(
            real.fd[1], [&] { realSend(real.fd[0], second); }, all.size(), MSG_WAITALL, &realBytes);

        Harness h;
        const CallRecord p = h.call(unixPair());
        h.call(makeSend(p.created, first));
        CommandId id = 0;
        QCOMPARE(h.start(makeRecv(p.created2, all.size(), MSG_WAITALL), &id).phase, CallPhase::Blocked);
        h.call(makeSend(p.created, second));
        const CallRecord got = h.finish(id);
        SAME(answer(got), realAnswer);
        SAME(h.captured(p.created2), realBytes);
        QCOMPARE(got.dataLength, std::uint64_t(all.size()));
        const std::string shown = quoteBytes(all.data(), all.size(), kDefaultStrsize);
        QVERIFY2(got.text.find(", " + shown + ", 80, MSG_WAITALL) = 80") != std::string::npos,
                 got.text.c_str());

        Command msg;
        msg.kind = CallKind::RecvMsg;
        msg.socket = p.created2;
        msg.flags = MSG_WAITALL;
        msg.iovLengths = { 45, 35 };
        h.call(makeSend(p.created, first));
        QCOMPARE(h.start(msg, &id).phase, CallPhase::Blocked);
        h.call(makeSend(p.created, second));
        const CallRecord gathered = h.finish(id);
        QCOMPARE(gathered.result, 80L);
        const std::string second45 = quoteBytes(all.data() + 45, 35, kDefaultStrsize);
        QVERIFY2(gathered.text.find("{iov_base=" + second45 + ", iov_len=35}") != std::string::npos,
                 gathered.text.c_str());
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

    // MSG_WAITALL that meets end of file returns what it gathered; the next recv says 0.
    void waitAllAtEndOfFileReturnsThePartialCount()
    {
        Harness h;
        RealPair real;
        realSend(real.fd[0], "abc");
        std::string realBytes;
        const std::string realAnswer = realRecvWithLateSend(
            real.fd[1], [&] { ::shutdown(real.fd[0], SHUT_WR); }, 10, MSG_WAITALL, &realBytes);

        const CallRecord p = h.call(unixPair());
        h.call(makeSend(p.created, "abc"));
        CommandId id = 0;
        QCOMPARE(h.start(makeRecv(p.created2, 10, MSG_WAITALL), &id).phase, CallPhase::Blocked);
        h.call(makeShutdown(p.created, SHUT_WR));
        SAME(answer(h.finish(id)), realAnswer);
        SAME(h.captured(p.created2), realBytes);
        SAME(answer(h.call(makeRecv(p.created2, 10))), realRecv(real.fd[1], 10, 0));
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

QTEST_GUILESS_MAIN(TestEngineReceive)
#include "test_engine_receive.moc"
