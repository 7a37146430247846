// TCP from socket calls. A connection is the pair of addresses its sockets reported
// (tcpLocal/tcpPeer). Side 0 is the end that connected, side 1 the end that accepted. When
// both ends are sockets of the session, each direction's bytes are the sender's (what went
// on the wire); when one end is outside (curl, nc), what our socket received stands for what
// that peer sent. The packets follow the calls in the order they completed:
//   connect() = 0 / EINPROGRESS, or accept() of an outside peer: SYN, SYN-ACK, ACK;
//   a send: data segments (at most one MSS each, PSH on the last), then the peer's ACK;
//   a recv from an outside peer: its data segments, then our ACK;
//   shutdown(SHUT_WR|SHUT_RDWR), close(): FIN and the peer's ACK;
//   close() with SO_LINGER {1,0} or with received bytes unread: RST (as Linux does);
//   data sent to a session socket that was already closed: that kernel's RST, not an ACK;
//   recv() = 0 from an outside peer: its FIN; ECONNRESET from an outside peer: its RST.
#include "export/pcapng/tcp_synthesis.h"

#include "export/pcapng/export_parts.h"
#include "core/words/calls.h"

#include <netinet/in.h>

#include <algorithm>
#include <cerrno>
#include <map>

namespace spg::pcap {

std::uint32_t TcpDirection::syn()
{
    synSent = true;
    next = isn + 1;
    return isn;
}

std::uint32_t TcpDirection::data(std::uint64_t bytes)
{
    const std::uint32_t first = next;
    next = static_cast<std::uint32_t>(next + bytes); // modulo 2^32, as the header holds it
    sent += bytes;
    return first;
}

std::uint32_t TcpDirection::fin()
{
    finSent = true;
    return next++;
}

std::uint32_t initialSequence(const std::string& key, int side)
{
    std::uint32_t h = 2166136261u; // FNV-1a
    for (unsigned char c : key + static_cast<char>('0' + side))
        h = (h ^ c) * 16777619u;
    return h;
}

namespace {

using core::CallKind;
using core::CallRecord;

struct Side {
    core::SockAddr addr;
    core::SocketId socket = core::kNoSocket;
    TcpDirection seq;
    std::uint64_t consumed = 0; // Bytes this side's calls read.
    bool closedFd = false;      // close() was called on this side's socket.
    std::uint16_t ipId = 0;
};

struct Connection {
    std::string key;
    Side side[2];
    bool started = false;
    bool closed = false; // An RST ended it.
};

class TcpBuilder {
public:
    TcpBuilder(const SessionLog& log, ExportDraft& draft) : m_log(log), m_draft(draft) { }
    void run();

private:
    void findConnections();
    void onCall(std::size_t index, const CallRecord& r);
    void onConnectionCall(const CallRecord& r, Connection& c, int s);
    void segment(Connection& c, int from, std::uint32_t seq, std::uint8_t flags,
                 const Bytes& payload, std::string comment, std::uint16_t mss = 0);
    void handshake(Connection& c, const std::string& why);
    void data(Connection& c, int from, core::SocketId captureOf, const CallRecord& r);
    void ack(Connection& c, int from, const std::string& why);
    void fin(Connection& c, int from, const std::string& why);
    void rst(Connection& c, int from, const std::string& why);
    std::size_t mss(const Connection& c) const
    {
        return c.side[0].addr.family() == AF_INET6 ? 1440 : 1460;
    }

    const SessionLog& m_log;
    ExportDraft& m_draft;
    std::vector<Connection> m_connections;
    std::map<core::SocketId, std::pair<std::size_t, int>> m_ends; // socket -> connection, side
    std::map<core::SocketId, bool> m_lingerZero;
    std::size_t m_record = 0;
    std::uint64_t m_time = 0;
    std::uint64_t m_droppedBytes = 0;
    std::size_t m_refused = 0;
};

void TcpBuilder::findConnections()
{
    std::map<std::string, std::size_t> byKey;
    for (const auto& [id, s] : m_log.sockets()) {
        if (!isIpFamily(s.domain) || s.type != SOCK_STREAM)
            continue;
        core::SockAddr local;
        core::SockAddr peer;
        if (!ipAddress(s.tcpLocal, local) || !ipAddress(s.tcpPeer, peer)
            || local.family() != peer.family())
            continue;
        const int side = s.parent != core::kNoSocket ? 1 : 0;
        const std::string key =
            std::min(s.tcpLocal, s.tcpPeer) + " " + std::max(s.tcpLocal, s.tcpPeer);
        auto [it, fresh] = byKey.emplace(key, m_connections.size());
        if (fresh) {
            Connection c;
            c.key = key;
            for (int i = 0; i < 2; ++i) {
                c.side[i].seq.isn = initialSequence(key, i);
                c.side[i].ipId = static_cast<std::uint16_t>(c.side[i].seq.isn >> 16);
            }
            c.side[side].addr = local;
            c.side[1 - side].addr = peer;
            m_connections.push_back(c);
        }
        m_connections[it->second].side[side].socket = id;
        m_ends[id] = { it->second, side };
    }
    m_draft.tcpConnections = m_connections.size();
}

void TcpBuilder::segment(Connection& c, int from, std::uint32_t seq, std::uint8_t flags,
                         const Bytes& payload, std::string comment, std::uint16_t mss)
{
    Side& s = c.side[from];
    const Side& o = c.side[1 - from];
    TcpFields f;
    f.seq = seq;
    f.flags = flags;
    f.ack = (flags & Ack) ? o.seq.next : 0;
    f.mss = mss;
    m_draft.packets.push_back(
        { m_record, m_time, tcpFrame(s.addr, o.addr, s.ipId++, f, payload.data(), payload.size()),
          std::move(comment) });
}

void TcpBuilder::handshake(Connection& c, const std::string& why)
{
    c.started = true;
    const auto m = static_cast<std::uint16_t>(mss(c));
    segment(c, 0, c.side[0].seq.syn(), Syn, {}, "SYN of " + why, m);
    segment(c, 1, c.side[1].seq.syn(), Syn | Ack, {}, "SYN-ACK (the listener's kernel) of " + why,
            m);
    segment(c, 0, c.side[0].seq.next, Ack, {}, "ACK completing " + why);
}

void TcpBuilder::ack(Connection& c, int from, const std::string& why)
{
    segment(c, from, c.side[from].seq.next, Ack, {}, "ACK (the receiving kernel's) for " + why);
}

void TcpBuilder::data(Connection& c, int from, core::SocketId captureOf, const CallRecord& r)
{
    const auto it = m_log.sockets().find(captureOf);
    const core::Capture* capture = it == m_log.sockets().end() ? nullptr : it->second.capture.get();
    std::uint64_t dropped = 0;
    const Bytes bytes = capturedBytes(capture, r.dataOffset, r.dataLength, dropped);
    if (!c.started)
        handshake(c, "a connection no recorded call opened (written before its first data)");
    if (dropped) {
        // The numbers still count the lost bytes, so Wireshark shows the gap where it was.
        c.side[from].seq.data(dropped);
        m_droppedBytes += dropped;
    }
    const std::size_t step = mss(c);
    const std::size_t count = (bytes.size() + step - 1) / step;
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t at = i * step;
        const Bytes part(bytes.begin() + static_cast<long>(at),
                         bytes.begin() + static_cast<long>(std::min(bytes.size(), at + step)));
        std::string comment = r.text;
        if (count > 1)
            comment += " [segment " + std::to_string(i + 1) + " of " + std::to_string(count) + "]";
        if (dropped && i == 0)
            comment += " [" + std::to_string(dropped)
                + " earlier bytes of this call were dropped from the capture]";
        const bool last = i + 1 == count;
        segment(c, from, c.side[from].seq.data(part.size()), Ack | (last ? Psh : 0), part, comment);
        // Without window scaling the peer must ACK before 64 KiB are in flight.
        if (!last && (i + 1) % 32 == 0)
            ack(c, 1 - from, r.text);
    }
    const Side& to = c.side[1 - from];
    if (to.socket != core::kNoSocket && to.closedFd) {
        // Data for a socket that is gone: its kernel resets, and the sender's next send
        // gets EPIPE (the epipe-no-sigpipe demo).
        c.closed = true;
        segment(c, 1 - from, to.seq.next, Rst, {},
                "RST (the receiving kernel's: its socket was closed) for " + r.text);
        return;
    }
    ack(c, 1 - from, r.text);
}

void TcpBuilder::fin(Connection& c, int from, const std::string& why)
{
    if (c.closed || c.side[from].seq.finSent)
        return;
    segment(c, from, c.side[from].seq.fin(), Fin | Ack, {}, "FIN of " + why);
    ack(c, 1 - from, why);
}

void TcpBuilder::rst(Connection& c, int from, const std::string& why)
{
    if (c.closed)
        return;
    c.closed = true;
    segment(c, from, c.side[from].seq.next, Rst | Ack, {}, "RST of " + why);
}

void TcpBuilder::onConnectionCall(const CallRecord& r, Connection& c, int s)
{
    const int o = 1 - s;
    const bool outside = c.side[o].socket == core::kNoSocket;
    if (r.kind == CallKind::Connect && (r.result == 0 || r.error == EINPROGRESS) && !c.started)
        handshake(c,
                  r.error == EINPROGRESS
                      ? r.text + " (it completed after the call returned; no call saw when)"
                      : r.text);
    else if (core::sends(r.kind) && r.result > 0 && r.hasData && !c.closed)
        data(c, s, r.socket, r);
    else if (core::receives(r.kind) && r.result > 0 && r.hasData) {
        c.side[s].consumed += r.dataLength;
        if (outside && !c.closed)
            data(c, o, r.socket, r);
    } else if (core::receives(r.kind) && r.result == 0 && r.error == 0 && outside)
        fin(c, o, r.text + " (the peer's, seen as end-of-file)");
    else if (r.kind == CallKind::Shutdown && r.result == 0
             && (r.text.find("SHUT_WR") != std::string::npos
                 || r.text.find("SHUT_RDWR") != std::string::npos))
        fin(c, s, r.text);
    else if (r.kind == CallKind::Close && c.started && !c.side[s].closedFd) {
        c.side[s].closedFd = true;
        const bool unread = !outside && c.side[s].consumed < c.side[o].seq.sent;
        if (m_lingerZero[r.socket])
            rst(c, s, r.text + " (SO_LINGER {1,0})");
        else if (unread)
            rst(c, s, r.text + " (received bytes left unread)");
        else
            fin(c, s, r.text);
    }
    if (r.error == ECONNRESET && outside)
        rst(c, o, r.text + " (the peer's, seen as ECONNRESET)");
}

void TcpBuilder::onCall(std::size_t index, const CallRecord& r)
{
    m_record = index;
    m_time = endNs(r);
    if (r.kind == CallKind::SetSockOpt && r.result == 0
        && r.text.find("SO_LINGER") != std::string::npos)
        m_lingerZero[r.socket] = r.text.find("l_onoff=1, l_linger=0}") != std::string::npos;
    // accept() names the listener; the connection is the new socket's.
    if ((r.kind == CallKind::Accept || r.kind == CallKind::Accept4) && r.result >= 0) {
        const auto it = m_ends.find(r.created);
        if (it != m_ends.end() && !m_connections[it->second.first].started)
            handshake(m_connections[it->second.first],
                      r.text + " (the peer's connect(), before it)");
        return;
    }
    const auto it = m_ends.find(r.socket);
    if (it != m_ends.end()) {
        onConnectionCall(r, m_connections[it->second.first], it->second.second);
        return;
    }
    const auto s = m_log.sockets().find(r.socket);
    if (r.kind == CallKind::Connect && r.error != 0 && r.error != EINPROGRESS
        && s != m_log.sockets().end() && isIpFamily(s->second.domain)
        && s->second.type == SOCK_STREAM)
        ++m_refused;
}

void TcpBuilder::run()
{
    findConnections();
    const auto& calls = m_log.calls();
    for (std::size_t i = 0; i < calls.size(); ++i)
        onCall(i, calls[i]);
    if (m_droppedBytes)
        m_draft.notes.push_back("Not written: " + std::to_string(m_droppedBytes)
                                + " TCP payload bytes the capture had dropped (its cap or budget); "
                                  "sequence numbers skip them, so Wireshark shows the gaps.");
    if (m_refused)
        m_draft.notes.push_back("Not written: " + std::to_string(m_refused)
                                + " failed connect() call(s) (such as ECONNREFUSED): a failed "
                                  "connect leaves no local port to show its SYN and the RST from.");
    const auto open =
        std::count_if(m_connections.begin(), m_connections.end(), [](const Connection& c) {
            return c.started && !c.closed && !(c.side[0].seq.finSent && c.side[1].seq.finSent);
        });
    if (open)
        m_draft.notes.push_back(std::to_string(open)
                                + " TCP connection(s) still open when the session ended: no call "
                                  "closed them, so no FIN or RST is written for them.");
}

} // namespace

void synthesiseTcp(const SessionLog& log, ExportDraft& draft)
{
    TcpBuilder(log, draft).run();
}

} // namespace spg::pcap
