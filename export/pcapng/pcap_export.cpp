// The driver of the capture export: the helpers the TCP and UDP parts share, the notes on
// what no link type carries (UNIX sockets), and the file itself, packets in call order.
#include "export/pcapng/pcap_export.h"

#include "export/pcapng/export_parts.h"
#include "export/pcapng/pcapng_writer.h"

#include <netinet/in.h>

#include <algorithm>
#include <cstring>

namespace spg::pcap {

const char* const kReconstructedNote =
    "Reconstructed by Socket Playground from socket calls, not captured on a wire. Every "
    "payload byte is one that a call sent or received (from the playground's capture); the "
    "Ethernet and IP headers, TCP handshakes, ACKs, FIN and RST segments, sequence and "
    "acknowledgement numbers are synthesised from the calls and their exact byte counts. "
    "Each packet's comment names the call that produced it. TCP data is cut at the "
    "Ethernet MSS (1460 bytes over IPv4, 1440 over IPv6), not where the kernel cut it.";

std::string applicationName()
{
    return std::string("Socket Playground ") + SPG_VERSION_TEXT;
}

std::uint64_t endNs(const core::CallRecord& record)
{
    const auto since =
        std::chrono::duration_cast<std::chrono::nanoseconds>(record.started.time_since_epoch());
    return static_cast<std::uint64_t>(since.count() + std::max<std::int64_t>(record.durationNs, 0));
}

Bytes capturedBytes(const core::Capture* capture, core::ByteOffset offset, std::uint64_t length,
                    std::uint64_t& dropped)
{
    dropped = length;
    if (!capture || length == 0)
        return {};
    const core::CaptureStats stats = capture->stats();
    const core::ByteOffset start = std::max(offset, stats.begin);
    if (start >= offset + length)
        return {};
    Bytes bytes(static_cast<std::size_t>(offset + length - start));
    bytes.resize(capture->read(start, bytes.data(), bytes.size()));
    dropped = length - bytes.size();
    return bytes;
}

bool isIpFamily(int domain)
{
    return domain == AF_INET || domain == AF_INET6;
}

bool ipAddress(const std::string& text, core::SockAddr& out)
{
    if (text.empty())
        return false;
    const core::AddressParse parse = core::parseAddress(text);
    if (!parse.ok() || parse.endpoint.needsResolve() || !isIpFamily(parse.endpoint.addr.family()))
        return false;
    out = parse.endpoint.addr;
    return true;
}

bool ipAddressFromBytes(const std::string& bytes, core::SockAddr& out)
{
    if (bytes.size() < sizeof(sa_family_t) || bytes.size() > sizeof out.storage)
        return false;
    core::SockAddr a;
    std::memcpy(&a.storage, bytes.data(), bytes.size());
    a.length = static_cast<socklen_t>(bytes.size());
    const bool whole = (a.family() == AF_INET && bytes.size() >= sizeof(sockaddr_in))
        || (a.family() == AF_INET6 && bytes.size() >= sizeof(sockaddr_in6));
    if (whole)
        out = a;
    return whole;
}

namespace {

const unsigned char* ipOf(const core::SockAddr& a, std::size_t& length)
{
    if (a.family() == AF_INET6) {
        length = 16;
        return reinterpret_cast<const sockaddr_in6*>(a.get())->sin6_addr.s6_addr;
    }
    length = 4;
    return reinterpret_cast<const unsigned char*>(
        &reinterpret_cast<const sockaddr_in*>(a.get())->sin_addr);
}

std::uint16_t portOf(const core::SockAddr& a)
{
    return a.family() == AF_INET6 ? reinterpret_cast<const sockaddr_in6*>(a.get())->sin6_port
                                  : reinterpret_cast<const sockaddr_in*>(a.get())->sin_port;
}

} // namespace

bool isWildcard(const core::SockAddr& a)
{
    std::size_t n = 0;
    const unsigned char* ip = ipOf(a, n);
    return std::all_of(ip, ip + n, [](unsigned char b) { return b == 0; });
}

bool isLoopback(const core::SockAddr& a)
{
    std::size_t n = 0;
    const unsigned char* ip = ipOf(a, n);
    if (n == 4)
        return ip[0] == 127;
    return std::all_of(ip, ip + 15, [](unsigned char b) { return b == 0; }) && ip[15] == 1;
}

core::SockAddr withIpOf(const core::SockAddr& a, const core::SockAddr& ip)
{
    core::SockAddr out = ip;
    if (out.family() == AF_INET6)
        reinterpret_cast<sockaddr_in6*>(out.get())->sin6_port = portOf(a);
    else
        reinterpret_cast<sockaddr_in*>(out.get())->sin_port = portOf(a);
    return out;
}

bool sameEndpoint(const core::SockAddr& a, const core::SockAddr& b)
{
    if (a.family() != b.family() || portOf(a) != portOf(b))
        return false;
    std::size_t n = 0;
    std::size_t m = 0;
    const unsigned char* x = ipOf(a, n);
    const unsigned char* y = ipOf(b, m);
    return std::memcmp(x, y, n) == 0 || isWildcard(a) || isWildcard(b);
}

namespace {

// UNIX sockets have no link type that Wireshark dissects as what they are (no addresses, no
// segments), so they are left out, and said so with their byte counts.
void noteUnixSockets(const SessionLog& log, ExportDraft& draft)
{
    std::size_t sockets = 0;
    std::uint64_t bytes = 0;
    for (const auto& [id, s] : log.sockets())
        if (s.domain == AF_UNIX) {
            ++sockets;
            if (s.capture)
                bytes += s.capture->stats().bytesSent;
        }
    if (sockets)
        draft.notes.push_back("Left out: " + std::to_string(sockets) + " UNIX-domain socket"
                              + (sockets == 1 ? "" : "s") + " (" + std::to_string(bytes)
                              + " bytes sent); no link type carries AF_UNIX traffic as such.");
}

} // namespace

PcapExport exportPcapng(const SessionLog& log, const std::string& application)
{
    ExportDraft draft;
    synthesiseTcp(log, draft);
    synthesiseUdp(log, draft);
    noteUnixSockets(log, draft);
    if (log.callsNotKept())
        draft.notes.push_back("Left out: the calls after the first "
                              + std::to_string(SessionLog::kMaxCalls) + " ("
                              + std::to_string(log.callsNotKept()) + " more) were not kept.");
    // Each part writes its packets in call order; merged, they keep it (stable: within one
    // call, the order each part wrote them).
    std::stable_sort(draft.packets.begin(), draft.packets.end(),
                     [](const Packet& a, const Packet& b) { return a.record < b.record; });

    std::vector<std::string> comments { kReconstructedNote };
    comments.insert(comments.end(), draft.notes.begin(), draft.notes.end());
    PcapngWriter writer;
    writer.sectionHeader(comments, application);
    const std::uint32_t ip = writer.interface(
        kLinkEthernet, "playground", "packets synthesised from socket calls (IPv4 and IPv6)");
    std::uint64_t last = 0;
    for (const Packet& p : draft.packets) {
        // Strictly increasing, a nanosecond apart at least, so every reader keeps the order.
        last = std::max(p.timeNs, last + 1);
        writer.packet(ip, last, p.frame, p.comment);
    }
    PcapExport out;
    out.bytes = writer.bytes();
    out.packets = writer.packets();
    out.tcpConnections = draft.tcpConnections;
    out.udpDatagrams = draft.udpDatagrams;
    out.notes = std::move(draft.notes);
    return out;
}

} // namespace spg::pcap
