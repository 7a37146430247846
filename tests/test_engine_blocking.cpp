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
#include <fcntl.h>
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
    std::string timeouts(long us)
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
};

QTEST_GUILESS_MAIN(TestEngineBlocking)
#include "test_engine_blocking.moc"
