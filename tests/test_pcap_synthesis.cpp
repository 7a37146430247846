// The capture export's packet synthesis from a hand-made session log (no engine, no
// tshark): the handshake, data cut at the MSS with sequence numbers from the byte counts,
// the peer's ACKs, FIN at close, RST where Linux sends one (SO_LINGER {1,0}, bytes left
// unread), an outside peer's data and FIN, capture drops counted and skipped, UDP written
// once per datagram with a wildcard source resolved, UNIX sockets noted. The file is read
// back by a small pcapng reader here.
#include "export/pcapng/frames.h"
#include "export/pcapng/pcap_export.h"

#include <QtTest>

#include <netinet/in.h>

using namespace spg;
using namespace spg::pcap;
using core::CallKind;

namespace {

struct Seen {
    std::string comment;
    bool tcp = false;
    int srcPort = 0;
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    int flags = 0;
    std::size_t payload = 0;
    std::string src; // IPv4 source, dotted
};

std::uint32_t le32(const std::string& b, std::size_t at)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

std::uint32_t be(const unsigned char* p, int n)
{
    std::uint32_t v = 0;
    for (int i = 0; i < n; ++i)
        v = v << 8 | p[i];
    return v;
}

// Every enhanced packet block of an IPv4 capture, decoded.
std::vector<Seen> readBack(const std::string& file)
{
    std::vector<Seen> out;
    for (std::size_t at = 0; at + 12 <= file.size();) {
        const std::uint32_t type = le32(file, at);
        const std::uint32_t length = le32(file, at + 4);
        if (length < 12 || at + length > file.size())
            break;
        if (type == 6) {
            const std::uint32_t caplen = le32(file, at + 20);
            const auto* f = reinterpret_cast<const unsigned char*>(file.data() + at + 28);
            Seen s;
            const unsigned char* ip = f + 14;
            s.src = std::to_string(ip[12]) + "." + std::to_string(ip[13]) + "."
                + std::to_string(ip[14]) + "." + std::to_string(ip[15]);
            const unsigned char* t = ip + 20;
            s.tcp = ip[9] == 6;
            s.srcPort = static_cast<int>(be(t, 2));
            if (s.tcp) {
                s.seq = be(t + 4, 4);
                s.ack = be(t + 8, 4);
                s.flags = t[13];
                s.payload = caplen - 14 - 20 - static_cast<std::size_t>(t[12] >> 4) * 4;
            } else {
                s.payload = be(t + 4, 2) - 8;
            }
            const std::size_t opt = at + 28 + ((caplen + 3) & ~3u);
            if (opt + 4 <= at + length - 4 && (le32(file, opt) & 0xffff) == 1)
                s.comment = file.substr(opt + 4, le32(file, opt) >> 16);
            out.push_back(s);
        }
        at += length;
    }
    return out;
}

class LogBuilder {
public:
    std::shared_ptr<core::Capture> socket(core::SocketId id, int domain, int type,
                                          const std::string& local, const std::string& peer,
                                          core::SocketId parent = core::kNoSocket,
                                          std::size_t cap = 1 << 20)
    {
        core::SocketSnapshot s;
        s.id = id;
        s.domain = domain;
        s.type = type;
        s.parent = parent;
        s.local = local;
        if (type == SOCK_STREAM) {
            s.tcpLocal = local;
            s.tcpPeer = peer;
        } else {
            s.peer = peer;
        }
        log.onEvent(s);
        return captures[id] = std::make_shared<core::Capture>(cap);
    }
    core::CallRecord& call(CallKind kind, core::SocketId socket, const std::string& text,
                           long result)
    {
        core::CallRecord r;
        r.command = ++m_command;
        r.kind = kind;
        r.socket = socket;
        r.text = text;
        r.result = result;
        r.error = result < 0 ? static_cast<int>(-result) : 0;
        r.started = core::WallClock::now();
        m_pending.push_back(r);
        return m_pending.back();
    }
    // A data call whose bytes go into `socket`'s capture now.
    core::CallRecord& data(CallKind kind, core::SocketId socket, const std::string& bytes,
                           core::Direction direction, const core::SockAddr* peer = nullptr)
    {
        core::CallRecord& r =
            call(kind, socket, std::string(callName(kind)) + "()", static_cast<long>(bytes.size()));
        r.hasData = true;
        r.direction = direction;
        r.dataLength = bytes.size();
        r.dataOffset =
            captures[socket]->append(direction, bytes.data(), bytes.size(), r.command, peer);
        return r;
    }
    PcapExport finish()
    {
        for (const core::CallRecord& r : m_pending)
            log.onEvent(r);
        log.adoptCaptures([this](core::SocketId id) { return captures[id]; });
        return exportPcapng(log, "test");
    }

    SessionLog log;
    std::map<core::SocketId, std::shared_ptr<core::Capture>> captures;

private:
    std::deque<core::CallRecord> m_pending;
    core::CommandId m_command = 0;
};

} // namespace

class TestPcapSynthesis : public QObject {
    Q_OBJECT

private slots:
    void connectionBothEndsInTheSession()
    {
        LogBuilder b;
        b.socket(1, AF_INET, SOCK_STREAM, "127.0.0.1:40000", "127.0.0.1:80");
        b.socket(2, AF_INET, SOCK_STREAM, "127.0.0.1:80", "127.0.0.1:40000", 9);
        b.call(CallKind::Connect, 1, "connect(5, ...) = 0", 0);
        b.call(CallKind::Accept, 9, "accept(4, ...) = 6", 6).created = 2;
        b.data(CallKind::Send, 1, std::string(3000, 'a'), core::Direction::Sent);
        b.data(CallKind::Recv, 2, std::string(3000, 'a'), core::Direction::Received);
        b.data(CallKind::Send, 2, "ok", core::Direction::Sent);
        b.call(CallKind::Close, 1, "close(5) = 0", 0); // "ok" unread: Linux resets
        const PcapExport e = b.finish();
        const std::vector<Seen> p = readBack(e.bytes);
        QCOMPARE(e.tcpConnections, std::size_t(1));
        QCOMPARE(p.size(), std::size_t(3 + 3 + 1 + 1 + 1 + 1));
        QCOMPARE(p[0].flags, int(Syn));
        QCOMPARE(p[0].srcPort, 40000);
        QCOMPARE(p[1].flags, int(Syn | Ack));
        QCOMPARE(p[1].ack, p[0].seq + 1);
        QCOMPARE(p[2].flags, int(Ack));
        const std::uint32_t first = p[0].seq + 1;
        QCOMPARE(p[3].seq, first);
        QCOMPARE(p[3].payload, std::size_t(1460));
        QCOMPARE(p[4].seq, first + 1460);
        QCOMPARE(p[5].payload, std::size_t(80));
        QCOMPARE(p[5].flags, int(Ack | Psh));
        QCOMPARE(p[4].flags, int(Ack));
        QCOMPARE(p[5].comment, std::string("send() [segment 3 of 3]"));
        QCOMPARE(p[6].ack, first + 3000); // the peer's ACK of everything
        QCOMPARE(p[7].payload, std::size_t(2));
        QCOMPARE(p[7].srcPort, 80);
        QCOMPARE(p[9].flags, int(Rst | Ack));
        QCOMPARE(p[9].seq, first + 3000);
        QVERIFY(p[9].comment.find("left unread") != std::string::npos);
    }

    void lingerZeroResetsAndPlainCloseFins()
    {
        for (bool linger : { true, false }) {
            LogBuilder b;
            b.socket(1, AF_INET, SOCK_STREAM, "127.0.0.1:40000", "127.0.0.1:80");
            b.socket(2, AF_INET, SOCK_STREAM, "127.0.0.1:80", "127.0.0.1:40000", 9);
            b.call(CallKind::Connect, 1, "connect(5, ...) = 0", 0);
            b.call(CallKind::SetSockOpt, 1,
                   linger ? "setsockopt(5, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=0}, 8) = 0"
                          : "setsockopt(5, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=5}, 8) = 0",
                   0);
            b.call(CallKind::Close, 1, "close(5) = 0", 0);
            b.call(CallKind::Close, 2, "close(6) = 0", 0);
            const std::vector<Seen> p = readBack(b.finish().bytes);
            if (linger) {
                QCOMPARE(p.size(), std::size_t(4)); // no FIN after the reset
                QCOMPARE(p[3].flags, int(Rst | Ack));
                QCOMPARE(p[3].comment, std::string("RST of close(5) = 0 (SO_LINGER {1,0})"));
            } else {
                QCOMPARE(p.size(), std::size_t(7));
                QCOMPARE(p[3].flags, int(Fin | Ack));
                QCOMPARE(p[4].ack, p[3].seq + 1);
                QCOMPARE(p[5].flags, int(Fin | Ack));
                QCOMPARE(p[5].srcPort, 80);
                QCOMPARE(p[6].ack, p[5].seq + 1);
            }
        }
    }

    void dataToAClosedPeerIsReset()
    {
        // The epipe-no-sigpipe demo: the server closes, the client still sends; the server's
        // kernel answers the data with RST (the client's next send gets EPIPE), not an ACK.
        LogBuilder b;
        b.socket(1, AF_INET, SOCK_STREAM, "127.0.0.1:40000", "127.0.0.1:80");
        b.socket(2, AF_INET, SOCK_STREAM, "127.0.0.1:80", "127.0.0.1:40000", 9);
        b.call(CallKind::Connect, 1, "connect(5, ...) = 0", 0);
        b.call(CallKind::Close, 2, "close(6) = 0", 0);
        b.data(CallKind::Send, 1, "are you there?\n", core::Direction::Sent);
        b.call(CallKind::Close, 1, "close(5) = 0", 0);
        const PcapExport e = b.finish();
        const std::vector<Seen> p = readBack(e.bytes);
        QCOMPARE(p.size(), std::size_t(3 + 2 + 2));
        QCOMPARE(p[5].payload, std::size_t(15));
        QCOMPARE(p[6].srcPort, 80);
        QCOMPARE(p[6].flags, int(Rst));
        QCOMPARE(p[6].seq, p[4].ack); // the closed side's next number, as the ACK of its FIN said
        QVERIFY(p[6].comment.find("closed") != std::string::npos);
        QVERIFY(e.notes.empty()); // the reset ended it: nothing left open
    }

    void connectionsLeftOpenAreNoted()
    {
        LogBuilder b;
        b.socket(1, AF_INET, SOCK_STREAM, "127.0.0.1:40000", "127.0.0.1:80");
        b.call(CallKind::Connect, 1, "connect(5, ...) = 0", 0);
        const PcapExport e = b.finish();
        QCOMPARE(e.notes.size(), std::size_t(1));
        QVERIFY2(e.notes[0].find("1 TCP connection(s) still open") != std::string::npos,
                 e.notes[0].c_str());
    }

    void outsidePeerDataAndFin()
    {
        LogBuilder b;
        b.socket(2, AF_INET, SOCK_STREAM, "127.0.0.1:80", "127.0.0.1:40000", 9);
        b.call(CallKind::Accept, 9, "accept(4, ...) = 6", 6).created = 2;
        b.data(CallKind::Recv, 2, "GET / HTTP/1.0\r\n\r\n", core::Direction::Received);
        b.call(CallKind::Recv, 2, "recv(6, \"\", 64, 0) = 0", 0);
        const std::vector<Seen> p = readBack(b.finish().bytes);
        QCOMPARE(p.size(), std::size_t(3 + 2 + 2));
        QCOMPARE(p[0].srcPort, 40000); // the outside client's SYN, written at accept()
        QCOMPARE(p[3].srcPort, 40000);
        QCOMPARE(p[3].payload, std::size_t(18));
        QCOMPARE(p[4].srcPort, 80);
        QCOMPARE(p[5].flags, int(Fin | Ack));
        QCOMPARE(p[5].seq, p[3].seq + 18);
    }

    void droppedBytesAreSkippedAndCounted()
    {
        LogBuilder b;
        b.socket(1, AF_INET, SOCK_STREAM, "127.0.0.1:40000", "127.0.0.1:80", core::kNoSocket, 4096);
        b.call(CallKind::Connect, 1, "connect(5, ...) = 0", 0);
        b.data(CallKind::Send, 1, std::string(5000, 'x'), core::Direction::Sent);
        const PcapExport e = b.finish();
        const std::vector<Seen> p = readBack(e.bytes);
        QCOMPARE(p[3].seq, p[0].seq + 1 + (5000 - 4096));
        QCOMPARE(p[3].payload + p[4].payload + p[5].payload, std::size_t(4096));
        QVERIFY(p[3].comment.find("904 earlier bytes") != std::string::npos);
        QCOMPARE(e.notes.size(), std::size_t(2)); // the drop, and the connection left open
        QVERIFY(e.notes[0].find("904 TCP payload bytes") != std::string::npos);
        QVERIFY(e.bytes.find(e.notes[0]) != std::string::npos); // in the section header
    }

    void udpOncePerDatagramFromTheRouteAddress()
    {
        LogBuilder b;
        b.socket(1, AF_INET, SOCK_DGRAM, "0.0.0.0:5555", "");
        b.socket(2, AF_INET, SOCK_DGRAM, "127.0.0.1:6000", "");
        const core::SockAddr to = core::parseAddress("127.0.0.1:6000").endpoint.addr;
        const core::SockAddr from = core::parseAddress("127.0.0.1:5555").endpoint.addr;
        const core::SockAddr outside = core::parseAddress("127.0.0.1:7777").endpoint.addr;
        b.data(CallKind::SendTo, 1, "ping", core::Direction::Sent, &to).sockaddr = to.bytes();
        b.data(CallKind::RecvFrom, 2, "ping", core::Direction::Received, &from).sockaddr =
            from.bytes();
        b.data(CallKind::RecvFrom, 2, "from nc", core::Direction::Received, &outside).sockaddr =
            outside.bytes();
        b.socket(3, AF_UNIX, SOCK_STREAM, "unix:/tmp/x", "");
        const PcapExport e = b.finish();
        const std::vector<Seen> p = readBack(e.bytes);
        QCOMPARE(e.udpDatagrams, std::size_t(2));
        QCOMPARE(p.size(), std::size_t(2));
        QCOMPARE(p[0].src, std::string("127.0.0.1"));
        QCOMPARE(p[0].srcPort, 5555);
        QCOMPARE(p[0].payload, std::size_t(4));
        QCOMPARE(p[1].srcPort, 7777);
        QCOMPARE(p[1].payload, std::size_t(7));
        QCOMPARE(e.notes.size(), std::size_t(1));
        QVERIFY(e.notes[0].find("1 UNIX-domain socket") != std::string::npos);
        QVERIFY(e.bytes.find(kReconstructedNote) != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestPcapSynthesis)
#include "test_pcap_synthesis.moc"
