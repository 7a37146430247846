// Socket options by name and by number: the "level, option" check a parser can call, the
// engine passing numbers to the kernel as given, and the numeric value in the record. The
// answers are compared with the same calls on a plain socket made here.
#include "engine_harness.h"

#include "core/words/errno_names.h"
#include "core/sys/sys.h"
#include "core/words/sockopt.h"

#include <QtTest>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace spg::core;
using spg::test::Harness;

namespace {

std::string answer(long result, int error)
{
    return result < 0 ? "-1 " + errnoName(error) : std::to_string(result);
}

std::string answer(const CallRecord& r)
{
    return r.phase == CallPhase::Refused ? "not made: " + r.note : answer(r.result, r.error);
}

// The oracle: the same option call on a plain socket of its own.
struct RealOption {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    ~RealOption() { ::close(fd); }
    std::string set(int level, int name, int value)
    {
        const int r = ::setsockopt(fd, level, name, &value, sizeof value);
        return answer(r, r < 0 ? errno : 0);
    }
    std::string get(int level, int name, long long* value = nullptr)
    {
        int v = 0;
        socklen_t len = sizeof v;
        const int r = ::getsockopt(fd, level, name, &v, &len);
        if (value)
            *value = v;
        return answer(r, r < 0 ? errno : 0);
    }
};

} // namespace

#define SAME(engine, real) QCOMPARE(QString::fromStdString(engine), QString::fromStdString(real))

class TestEngineOptions : public QObject {
    Q_OBJECT

private slots:
    void checkOptionRefAcceptsNamesAndNumbers()
    {
        QCOMPARE(checkOptionRef("", "SO_REUSEADDR"), std::string());
        QCOMPARE(checkOptionRef("SOL_SOCKET", "SO_REUSEADDR"), std::string());
        QCOMPARE(checkOptionRef("IPPROTO_TCP", "TCP_NODELAY"), std::string());
        QCOMPARE(checkOptionRef(std::to_string(SOL_SOCKET), "SO_RCVBUF"), std::string());
        QCOMPARE(checkOptionRef("SOL_SOCKET", "9999"), std::string());
        QCOMPARE(checkOptionRef("65", "2"), std::string());
        QCOMPARE(checkOptionRef(" SOL_SOCKET ", " 2 "), std::string());
#if defined(SOL_TCP)
        QCOMPARE(checkOptionRef("SOL_TCP", "TCP_NODELAY"), std::string());
        QCOMPARE(optionLevelText(SOL_TCP), std::string("IPPROTO_TCP"));
#endif
    }

    void checkOptionRefNamesWhatIsWrong()
    {
        QCOMPARE(checkOptionRef("IPPROTO_TCP", "SO_RCVBUF"),
                 std::string("SO_RCVBUF is at level SOL_SOCKET"));
        QCOMPARE(checkOptionRef("SOL_SOCKET", "TCP_NODELAY"),
                 std::string("TCP_NODELAY is at level IPPROTO_TCP"));
        QVERIFY(checkOptionRef("SOL_NOPE", "2").find("unknown level \"SOL_NOPE\"") == 0);
        QVERIFY(checkOptionRef("SOL_SOCKET", "SO_NOPE").find("unknown option \"SO_NOPE\"") == 0);
        QVERIFY(checkOptionRef("", "9999").find("give its level") != std::string::npos);
        QVERIFY(checkOptionRef("SOL_SOCKET", "99999999999").find("int") != std::string::npos);
    }

    void resolvedNumbersFindTheKnownOption()
    {
        OptionRef ref;
        QCOMPARE(resolveOptionRef("SOL_SOCKET", std::to_string(SO_REUSEADDR), ref), std::string());
        QVERIFY(ref.known);
        QCOMPARE(ref.known->name, std::string_view("SO_REUSEADDR"));
        QCOMPARE(resolveOptionRef("SOL_SOCKET", "9999", ref), std::string());
        QVERIFY(!ref.known);
        QCOMPARE(ref.level, SOL_SOCKET);
        QCOMPARE(ref.optname, 9999);
        QCOMPARE(optionNameText(ref), std::string("9999"));
        QCOMPARE(optionLevelText(IPPROTO_TCP), std::string("IPPROTO_TCP"));
        QCOMPARE(optionLevelText(4242), std::string("4242"));
    }

    // setsockopt(s, SOL_SOCKET, 9999, 1): the kernel answers, not the playground.
    void unknownNumericOptionReachesTheKernel()
    {
        Harness h;
        RealOption real;
        const SocketId s = h.socket(AF_INET, SOCK_STREAM);
        const CallRecord set = h.call(makeSetSockOpt(s, "9999", "1", "SOL_SOCKET"));
        const std::string realSet = real.set(SOL_SOCKET, 9999, 1);
#if defined(__linux__)
        QCOMPARE(realSet, std::string("-1 ENOPROTOOPT"));
#endif
        SAME(answer(set), realSet);
        QVERIFY2(set.text.find("setsockopt(") == 0
                     && set.text.find(", SOL_SOCKET, 9999, [1], 4) = -1 ") != std::string::npos,
                 set.text.c_str());
        const CallRecord get = h.call(makeGetSockOpt(s, "9999", "SOL_SOCKET"));
        SAME(answer(get), real.get(SOL_SOCKET, 9999));
        QVERIFY(!get.number);
        // An unknown numeric level goes to the kernel too.
        SAME(answer(h.call(makeSetSockOpt(s, "1", "1", "4242"))), real.set(4242, 1, 1));
    }

    // getsockopt(s, SOL_SOCKET, <SO_REUSEADDR's number>) works and is logged by name.
    void knownOptionByNumberIsNamed()
    {
        Harness h;
        RealOption real;
        const SocketId s = h.socket(AF_INET, SOCK_STREAM);
        const std::string number = std::to_string(SO_REUSEADDR);
        const std::string level = std::to_string(SOL_SOCKET);
        SAME(answer(h.call(makeSetSockOpt(s, number, "1", level))),
             real.set(SOL_SOCKET, SO_REUSEADDR, 1));
        const CallRecord get = h.call(makeGetSockOpt(s, number, "SOL_SOCKET"));
        long long realValue = -1;
        SAME(answer(get), real.get(SOL_SOCKET, SO_REUSEADDR, &realValue));
        QVERIFY(get.number);
        QCOMPARE(*get.number, realValue);
        QVERIFY2(get.text.find(", SOL_SOCKET, SO_REUSEADDR, [") != std::string::npos,
                 get.text.c_str());
        const CallRecord wrong = h.call(makeGetSockOpt(s, "SO_RCVBUF", "IPPROTO_TCP"));
        QCOMPARE(wrong.phase, CallPhase::Refused);
        QCOMPARE(wrong.note, std::string("SO_RCVBUF is at level SOL_SOCKET"));
    }

    // The record carries the kernel's number beside the words.
    void recordsCarryTheNumber()
    {
        Harness h;
        RealOption real;
        const SocketId s = h.socket(AF_INET, SOCK_STREAM);
        long long realValue = -1;
        real.get(SOL_SOCKET, SO_REUSEADDR, &realValue);
        const CallRecord off = h.call(makeGetSockOpt(s, "SO_REUSEADDR"));
        QCOMPARE(off.value, std::string("off (0)")); // The words stay.
        QVERIFY(off.number);
        QCOMPARE(*off.number, realValue);
        h.call(makeSetSockOpt(s, "TCP_NODELAY", "on"));
        real.set(IPPROTO_TCP, TCP_NODELAY, 1);
        real.get(IPPROTO_TCP, TCP_NODELAY, &realValue);
        QCOMPARE(h.call(makeGetSockOpt(s, "TCP_NODELAY")).number,
                 std::optional<long long>(realValue));
        QCOMPARE(h.call(makeGetSockOpt(s, "SO_TYPE")).number,
                 std::optional<long long>(SOCK_STREAM));
        QCOMPARE(h.call(makeGetSockOpt(s, "SO_ERROR")).number, std::optional<long long>(0));
        h.call(makeSetSockOpt(s, "SO_RCVBUF", "8192"));
        real.set(SOL_SOCKET, SO_RCVBUF, 8192);
        real.get(SOL_SOCKET, SO_RCVBUF, &realValue);
        QCOMPARE(h.call(makeGetSockOpt(s, "SO_RCVBUF")).number,
                 std::optional<long long>(realValue));
        // No single number: linger, timeouts, and calls that are not getsockopt.
        QVERIFY(!h.call(makeGetSockOpt(s, "SO_LINGER")).number);
        QVERIFY(!h.call(makeGetSockOpt(s, "SO_RCVTIMEO")).number);
        QVERIFY(!h.call(makeSetSockOpt(s, "SO_REUSEADDR", "1")).number);
    }

    void fionreadCarriesTheCount()
    {
        Harness h;
        const auto [a, b] = h.tcpPair();
        h.call(makeSend(a, "12345"));
        QVERIFY(h.waitSnapshot(b, [](const SocketSnapshot& s) { return s.receiveQueued == 5; })
                    .receiveQueued
                == 5);
        Command ioctl;
        ioctl.kind = CallKind::IoctlFionread;
        ioctl.socket = b;
        QCOMPARE(h.call(ioctl).number, std::optional<long long>(5));
    }

    // SO_ERROR's number is the errno the kernel kept (here from a refused connect).
    void soErrorNumberIsTheErrno()
    {
        Harness h;
        const SocketId holder = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeBind(holder, "127.0.0.1:0"));
        const SocketId cli = h.socket(AF_INET, SOCK_STREAM);
        h.call(makeNonBlocking(cli, true));
        h.call(makeConnect(cli, h.localAddress(holder)));
        std::optional<long long> error;
        QVERIFY(h.waitFor([&] {
            error = h.call(makeGetSockOpt(cli, "SO_ERROR")).number;
            return error && *error != 0;
        }));
        QCOMPARE(*error, static_cast<long long>(ECONNREFUSED));
    }
    // The engine's own select() loop and a socket whose fd is at or above FD_SETSIZE: an
    // accept() that would have to wait ends at once and says why, instead of waiting for
    // ever (FD_SET never writes past the fd_set: the backend refuses the fd).
    void selectLoopSaysAtOnceThatItCannotWatchAHighFd()
    {
        const int target = sys::fdSetSize() + 76; // fd 1100 where FD_SETSIZE is 1024
        rlimit limit {};
        if (getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur < rlim_t(target + 64))
            QSKIP("the descriptor limit is too low to reach FD_SETSIZE");
        EngineOptions options;
        options.backend = Backend::Select;
        Harness h(options); // Its wake channel takes low fds, which select() can watch.
        // Every free fd below the target is taken, so the listener lands at the target.
        const int devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        std::vector<int> filler;
        for (int fd = 3; fd < target; ++fd)
            if (::fcntl(fd, F_GETFD) < 0 && ::dup2(devnull, fd) == fd)
                filler.push_back(fd);
        const SocketId srv = h.listener(2);
        for (int fd : filler)
            ::close(fd);
        ::close(devnull);
        const int fd = h.snapshot(srv).fd;
        QVERIFY2(fd >= sys::fdSetSize(), qPrintable(QString::number(fd)));
        const CallRecord r = h.call(makeAccept(srv));
        QCOMPARE(r.phase, CallPhase::Cancelled);
        QVERIFY(r.unwatchable);
        const std::string said = "select() cannot watch fd " + std::to_string(fd) + " (FD_SETSIZE "
            + std::to_string(sys::fdSetSize()) + ")";
        QVERIFY2(r.note.rfind(said, 0) == 0, r.note.c_str());
        QVERIFY(h.snapshot(srv).note.rfind(said, 0) == 0);
    }
    // A 1 MiB budget over four connections that each carry 1 MiB (sent by one end, read by
    // the other's auto-receive): all captures together keep at most the budget, the largest
    // lost their oldest bytes first (a quiet socket keeps its few), and every count is exact.
    void theCaptureBudgetIsSharedByEverySocket()
    {
        constexpr std::size_t kMiB = 1u << 20;
        EngineOptions options;
        options.backend = spg::test::backendUnderTest();
        options.captureBudget = kMiB;
        Harness h(options);
        const auto [quiet, quietPeer] = h.tcpPair();
        QCOMPARE(h.call(makeSend(quiet, std::string(1000, 'q'))).result, 1000L);
        std::vector<std::pair<SocketId, SocketId>> pairs;
        for (int i = 0; i < 4; ++i) {
            pairs.push_back(h.tcpPair());
            h.call(makeAutomation(pairs.back().second, Automation::AutoReceive, true));
        }
        for (const auto& [client, server] : pairs)
            QCOMPARE(h.call(makeSend(client, std::string(kMiB, 'x'))).result, long(kMiB));
        for (const auto& [client, server] : pairs)
            h.waitSnapshot(server, [&](const SocketSnapshot& s) { return s.bytesIn == kMiB; });
        h.call(Command {}); // a sync: every append is done
        std::uint64_t kept = 0;
        std::vector<SocketId> all { quiet, quietPeer };
        for (const auto& [client, server] : pairs)
            all.insert(all.end(), { client, server });
        for (SocketId id : all) {
            const CaptureStats s = h.engine().capture(id)->stats();
            const std::uint64_t seen = s.bytesSent + s.bytesReceived;
            QCOMPARE(s.end, seen);                  // every byte counted
            QCOMPARE(s.dropped, s.begin);           // dropped: the oldest ones
            QCOMPARE(s.budgetDropped, s.dropped);   // no socket reached its own cap
            kept += s.end - s.begin;
        }
        QVERIFY2(kept <= kMiB, qPrintable(QString::number(kept)));
        QCOMPARE(h.engine().capture(quiet)->stats().dropped, std::uint64_t(0));
        QCOMPARE(h.engine().capture(pairs.front().first)->stats().end, std::uint64_t(kMiB));
        QVERIFY(h.engine().capture(pairs.front().first)->stats().budgetDropped > 0);
        QVERIFY(h.waitSnapshot(pairs.front().first, [](const SocketSnapshot& s) {
                     return s.captureBudgetDropped > 0 && s.captureDropped == s.captureBudgetDropped;
                 }).captureBudgetDropped > 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineOptions)
#include "test_engine_options.moc"
