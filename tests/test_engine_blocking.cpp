// The engine's emulated blocking calls against the real ones: connect, accept, send, and
// what shutdown() does to a waiting call (receives are in test_engine_receive.cpp). Each
// test makes the same calls on a plain blocking fd (the oracle, made by the test; see
// oracle.h) and through the engine, and compares the answers (result, errno, bytes) and the
// state afterwards, probed with a follow-up call. Run once per backend (SPG_BACKEND).
#include "oracle.h"

#include <QTemporaryDir>
#include <QtTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace spg::core;
using namespace spg::test;

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

    // A blocking connect interrupted by a signal says EINTR and leaves the socket connecting
    // (the handshake goes on): the next blocking connect waits again and, with SO_SNDTIMEO,
    // says EALREADY.
    void cancelledConnectStaysConnecting()
    {
#if !defined(__linux__)
        QSKIP("relies on Linux's SO_SNDTIMEO for connect() to end the probe");
#endif
        Harness h;
        std::string address;
        h.listener(0, &address);
        const SocketId first = h.socket(AF_INET, SOCK_STREAM);
        QCOMPARE(h.call(makeConnect(first, address)).result, 0L); // The queue is now full.
        RealSocket real(AF_INET, SOCK_STREAM);
        const std::string realInterrupted = interrupted([&] { return real.connect(address); });
        QCOMPARE(realInterrupted, std::string("-1 EINTR"));
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        CommandId id = 0;
        QCOMPARE(h.start(makeConnect(cli, address), &id).phase, CallPhase::Blocked);
        SAME(answer(cancelled(h, cli, id)), realInterrupted);
        real.timeouts(50000);
        h.call(makeSetSockOpt(cli, "SO_SNDTIMEO", "0.05"));
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
        SAME(answer(h.call(makeAccept(srv))),
             RealSocket::result(::accept(real.fd(), nullptr, nullptr)));
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
        QVERIFY(
            h.waitSnapshot(realPeer, [](const SocketSnapshot& s) { return s.receiveQueued > 0; })
                .receiveQueued
            > 0);

        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeSetSockOpt(cli, "SO_SNDBUF", "4096"));
        QCOMPARE(h.call(makeConnect(cli, address)).result, 0L);
        const SocketId peer = h.call(makeAccept(srv)).created;
        CommandId id = 0;
        QCOMPARE(h.start(makeSend(cli, big), &id).phase, CallPhase::Blocked);
        QVERIFY(h.waitSnapshot(peer, [](const SocketSnapshot& s) { return s.receiveQueued > 0; })
                    .receiveQueued
                > 0);

        for (SocketId s : { realPeer, peer }) {
            h.call(makeSetSockOpt(s, "SO_LINGER", "{1,0}"));
            h.call(makeClose(s));
        }
        sender.join();
        const CallRecord first = h.finish(id);
        // The counts depend on how far each send got; both are counts, not errors.
        QVERIFY2(realFirst.rfind("-1", 0) != 0, realFirst.c_str());
        QVERIFY2(first.result > 0 && first.result < static_cast<long>(big.size()),
                 first.text.c_str());
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
        while (filled < 100000
               && ::sendto(real.fd(), "x", 1, MSG_DONTWAIT, to.get(), to.length) == 1)
            ++filled;
        real.timeouts(50000);
        const std::string realTimedOut =
            RealSocket::result(::sendto(real.fd(), "x", 1, 0, to.get(), to.length));
        QCOMPARE(realTimedOut, std::string("-1 EAGAIN"));
        real.timeouts(0);
        std::string realAnswer;
        std::thread waiter([&] {
            realAnswer = RealSocket::result(::sendto(real.fd(), "x", 1, 0, to.get(), to.length));
        });
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

    // close() with SO_LINGER: {1,0} resets the peer; {1,N} with everything acknowledged
    // returns at once with an orderly end of file. Same answers and the same peer state.
    void lingeringCloseAnswersAsTheKernel()
    {
        for (const char* linger : { "{1,0}", "{1,5}" }) {
            Harness h;
            std::string address;
            const SocketId srv = h.listener(4, &address);
            RealSocket real(AF_INET, SOCK_STREAM);
            QCOMPARE(real.connect(address), std::string("0"));
            const SocketId realPeer = h.call(makeAccept(srv)).created;
            const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
            QCOMPARE(h.call(makeConnect(cli, address)).result, 0L);
            const SocketId peer = h.call(makeAccept(srv)).created;

            QCOMPARE(h.call(makeSetSockOpt(cli, "SO_LINGER", linger)).result, 0L);
            ::linger l { 1, linger[3] == '0' ? 0 : 5 };
            ::setsockopt(real.fd(), SOL_SOCKET, SO_LINGER, &l, sizeof l);
            SAME(answer(h.call(makeSend(cli, "bye"))), realSend(real.fd(), "bye"));
            // Everything sent is acknowledged before close (the peers' kernels ack at once).
            QVERIFY(
                h.waitSnapshot(peer, [](const SocketSnapshot& s) { return s.receiveQueued == 3; })
                    .receiveQueued
                == 3);
            QVERIFY(h.waitSnapshot(realPeer,
                                   [](const SocketSnapshot& s) { return s.receiveQueued == 3; })
                        .receiveQueued
                    == 3);
            const CallRecord closed = h.call(makeClose(cli));
            SAME(answer(closed), RealSocket::result(::close(real.release())));
            SAME(answer(h.call(makeRecv(peer, 10))), answer(h.call(makeRecv(realPeer, 10))));
            SAME(answer(h.call(makeRecv(peer, 10))), answer(h.call(makeRecv(realPeer, 10))));
        }
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
};

QTEST_GUILESS_MAIN(TestEngineBlocking)
#include "test_engine_blocking.moc"
