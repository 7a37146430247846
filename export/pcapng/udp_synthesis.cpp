// UDP from socket calls: one packet per datagram, with the boundaries and addresses the
// calls had. A datagram sent by a socket of the session is written at its send; a datagram
// received is written at its recv only when no socket of the session sent it (a peer outside,
// such as nc -u), so no datagram appears twice.
#include "export/pcapng/export_parts.h"

#include <netinet/in.h>

namespace spg::pcap {

namespace {

using core::CallKind;
using core::CallRecord;

class UdpBuilder {
public:
    UdpBuilder(const SessionLog& log, ExportDraft& draft) : m_log(log), m_draft(draft) { }
    void run();

private:
    void onSend(std::size_t index, const CallRecord& r, const LoggedSocket& s);
    void onRecv(std::size_t index, const CallRecord& r, const LoggedSocket& s);
    void write(std::size_t index, const CallRecord& r, const core::SockAddr& from,
               const core::SockAddr& to, const Bytes& bytes, std::string comment);
    bool sentByUs(const core::SockAddr& from) const;
    static core::SockAddr segmentPeer(const CallRecord& r, const LoggedSocket& s);

    const SessionLog& m_log;
    ExportDraft& m_draft;
    std::size_t m_noBytes = 0;
    std::size_t m_noAddress = 0;
    std::size_t m_tooLong = 0;
    std::uint16_t m_ipId = 1;
};

// The other side's address the capture kept with this call's bytes, if any.
core::SockAddr UdpBuilder::segmentPeer(const CallRecord& r, const LoggedSocket& s)
{
    if (!s.capture || r.dataLength == 0)
        return {};
    for (const core::CaptureSegment& seg :
         s.capture->segments(r.dataOffset, r.dataOffset + r.dataLength))
        if (seg.command == r.command && isIpFamily(seg.peer.family()))
            return seg.peer;
    return {};
}

bool UdpBuilder::sentByUs(const core::SockAddr& from) const
{
    for (const auto& [id, s] : m_log.sockets()) {
        core::SockAddr local;
        if (s.type == SOCK_DGRAM && ipAddress(s.local, local) && sameEndpoint(local, from))
            return true;
    }
    return false;
}

void UdpBuilder::write(std::size_t index, const CallRecord& r, const core::SockAddr& from,
                       const core::SockAddr& to, const Bytes& bytes, std::string comment)
{
    if (bytes.size() > maxUdpPayload(from.family())) {
        ++m_tooLong;
        return;
    }
    m_draft.packets.push_back({ index, endNs(r),
                                udpFrame(from, to, m_ipId++, bytes.data(), bytes.size()),
                                std::move(comment) });
    ++m_draft.udpDatagrams;
}

void UdpBuilder::onSend(std::size_t index, const CallRecord& r, const LoggedSocket& s)
{
    core::SockAddr to;
    core::SockAddr from;
    const bool haveTo = ipAddressFromBytes(r.sockaddr, to)
        || isIpFamily((to = segmentPeer(r, s)).family()) || ipAddress(s.peer, to);
    // An unbound socket's first sendto() binds it to the wildcard; the packet leaves from
    // the address of the route, which for loopback is the destination's own.
    if (!haveTo || !ipAddress(s.local, from) || from.family() != to.family()
        || (isWildcard(from) && !isLoopback(to))) {
        ++m_noAddress;
        return;
    }
    if (isWildcard(from))
        from = withIpOf(from, to);
    std::uint64_t dropped = 0;
    const Bytes bytes =
        capturedBytes(s.capture.get(), r.dataOffset, static_cast<std::uint64_t>(r.result), dropped);
    if (dropped) {
        ++m_noBytes;
        return;
    }
    write(index, r, from, to, bytes, r.text);
}

void UdpBuilder::onRecv(std::size_t index, const CallRecord& r, const LoggedSocket& s)
{
    core::SockAddr from;
    core::SockAddr to;
    const bool haveFrom = ipAddressFromBytes(r.sockaddr, from)
        || isIpFamily((from = segmentPeer(r, s)).family()) || ipAddress(s.peer, from);
    if (haveFrom && sentByUs(from))
        return; // Its sender's call wrote it.
    if (!haveFrom || !ipAddress(s.local, to) || from.family() != to.family()
        || (isWildcard(to) && !isLoopback(from))) {
        ++m_noAddress;
        return;
    }
    if (isWildcard(to))
        to = withIpOf(to, from);
    std::uint64_t dropped = 0;
    const Bytes bytes = capturedBytes(s.capture.get(), r.dataOffset, r.dataLength, dropped);
    if (dropped) {
        ++m_noBytes;
        return;
    }
    std::string comment = r.text + " (received from a peer outside the session)";
    if (r.msgFlags & MSG_TRUNC)
        comment += " [MSG_TRUNC: the datagram was longer; only the bytes read are known]";
    write(index, r, from, to, bytes, comment);
}

void UdpBuilder::run()
{
    const auto& calls = m_log.calls();
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const CallRecord& r = calls[i];
        const auto it = m_log.sockets().find(r.socket);
        if (it == m_log.sockets().end() || !isIpFamily(it->second.domain)
            || it->second.type != SOCK_DGRAM || r.result < 0)
            continue;
        if (r.kind == CallKind::Send || r.kind == CallKind::SendTo || r.kind == CallKind::SendMsg
            || r.kind == CallKind::Write)
            onSend(i, r, it->second);
        else if ((r.kind == CallKind::Recv || r.kind == CallKind::RecvFrom
                  || r.kind == CallKind::RecvMsg || r.kind == CallKind::Read)
                 && r.hasData)
            onRecv(i, r, it->second);
    }
    if (m_noBytes)
        m_draft.notes.push_back(
            "Not written: " + std::to_string(m_noBytes)
            + " UDP datagram(s) whose bytes the capture had dropped (its cap or budget).");
    if (m_noAddress)
        m_draft.notes.push_back(
            "Not written: " + std::to_string(m_noAddress)
            + " UDP datagram(s) whose source or destination address is not known.");
    if (m_tooLong)
        m_draft.notes.push_back("Not written: " + std::to_string(m_tooLong)
                                + " UDP datagram(s) longer than one IP packet can carry.");
}

} // namespace

void synthesiseUdp(const SessionLog& log, ExportDraft& draft)
{
    UdpBuilder(log, draft).run();
}

} // namespace spg::pcap
