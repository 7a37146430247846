// Frame building. Headers are written field by field in network byte order, so the result
// does not depend on the host's byte order; checksums are computed over the finished bytes.
#include "export/pcapng/frames.h"

#include <netinet/in.h>

#include <cstring>

namespace spg::pcap {

namespace {

constexpr std::uint8_t kProtoTcp = 6;
constexpr std::uint8_t kProtoUdp = 17;
constexpr std::size_t kIpv4Header = 20;
constexpr std::size_t kIpv6Header = 40;

void put16(unsigned char* p, std::uint16_t v)
{
    p[0] = static_cast<unsigned char>(v >> 8);
    p[1] = static_cast<unsigned char>(v);
}

void put32(unsigned char* p, std::uint32_t v)
{
    put16(p, static_cast<std::uint16_t>(v >> 16));
    put16(p + 2, static_cast<std::uint16_t>(v));
}

bool isV6(const core::SockAddr& a)
{
    return a.family() == AF_INET6;
}

const unsigned char* ipBytes(const core::SockAddr& a)
{
    if (isV6(a))
        return reinterpret_cast<const sockaddr_in6*>(a.get())->sin6_addr.s6_addr;
    return reinterpret_cast<const unsigned char*>(
        &reinterpret_cast<const sockaddr_in*>(a.get())->sin_addr);
}

std::uint16_t portOf(const core::SockAddr& a)
{
    return isV6(a) ? ntohs(reinterpret_cast<const sockaddr_in6*>(a.get())->sin6_port)
                   : ntohs(reinterpret_cast<const sockaddr_in*>(a.get())->sin_port);
}

// The pseudo-header's sum (RFC 793 / RFC 8200 section 8.1) for a transport segment.
std::uint32_t pseudoSum(const core::SockAddr& src, const core::SockAddr& dst, std::uint8_t proto,
                        std::size_t length)
{
    const std::size_t addrLen = isV6(src) ? 16 : 4;
    std::uint32_t sum = checksumAdd(0, ipBytes(src), addrLen);
    sum = checksumAdd(sum, ipBytes(dst), addrLen);
    unsigned char tail[8] = {};
    put32(tail, static_cast<std::uint32_t>(length));
    tail[7] = proto;
    return checksumAdd(sum, tail, sizeof tail);
}

// Ethernet and IP headers for a transport segment of `length` bytes; returns the frame with
// room for the segment, and where the segment starts.
Bytes ipFrame(const core::SockAddr& src, const core::SockAddr& dst, std::uint16_t ipId,
              std::uint8_t proto, std::size_t length, std::size_t& transport)
{
    const std::size_t ipLen = isV6(src) ? kIpv6Header : kIpv4Header;
    Bytes f(kEthernetHeader + ipLen + length, 0);
    put16(&f[12], isV6(src) ? 0x86DD : 0x0800);
    unsigned char* ip = &f[kEthernetHeader];
    if (isV6(src)) {
        ip[0] = 0x60;
        put16(ip + 4, static_cast<std::uint16_t>(length));
        ip[6] = proto;
        ip[7] = 64; // hop limit
        std::memcpy(ip + 8, ipBytes(src), 16);
        std::memcpy(ip + 24, ipBytes(dst), 16);
    } else {
        ip[0] = 0x45;
        put16(ip + 2, static_cast<std::uint16_t>(kIpv4Header + length));
        put16(ip + 4, ipId);
        put16(ip + 6, 0x4000); // don't fragment, as Linux sends TCP and small UDP
        ip[8] = 64;            // TTL
        ip[9] = proto;
        std::memcpy(ip + 12, ipBytes(src), 4);
        std::memcpy(ip + 16, ipBytes(dst), 4);
        put16(ip + 10, internetChecksum(ip, kIpv4Header));
    }
    transport = kEthernetHeader + ipLen;
    return f;
}

} // namespace

std::uint32_t checksumAdd(std::uint32_t sum, const unsigned char* data, std::size_t length)
{
    std::size_t i = 0;
    for (; i + 1 < length; i += 2) {
        sum += static_cast<std::uint32_t>(data[i] << 8 | data[i + 1]);
        // Folding as we go keeps any length from overflowing 32 bits; the sum is the same.
        if (sum & 0x80000000u)
            sum = (sum & 0xffff) + (sum >> 16);
    }
    if (i < length)
        sum += static_cast<std::uint32_t>(data[i] << 8);
    return sum;
}

std::uint16_t checksumFold(std::uint32_t sum)
{
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffff);
}

Bytes tcpFrame(const core::SockAddr& src, const core::SockAddr& dst, std::uint16_t ipId,
               const TcpFields& tcp, const unsigned char* payload, std::size_t length)
{
    const std::size_t header = tcp.mss ? 24 : 20;
    std::size_t at = 0;
    Bytes f = ipFrame(src, dst, ipId, kProtoTcp, header + length, at);
    unsigned char* t = &f[at];
    put16(t, portOf(src));
    put16(t + 2, portOf(dst));
    put32(t + 4, tcp.seq);
    put32(t + 8, tcp.ack);
    t[12] = static_cast<unsigned char>((header / 4) << 4);
    t[13] = tcp.flags;
    put16(t + 14, tcp.window);
    if (tcp.mss) {
        t[20] = 2; // kind: maximum segment size
        t[21] = 4;
        put16(t + 22, tcp.mss);
    }
    if (length)
        std::memcpy(t + header, payload, length);
    const std::uint32_t sum = pseudoSum(src, dst, kProtoTcp, header + length);
    put16(t + 16, checksumFold(checksumAdd(sum, t, header + length)));
    return f;
}

Bytes udpFrame(const core::SockAddr& src, const core::SockAddr& dst, std::uint16_t ipId,
               const unsigned char* payload, std::size_t length)
{
    std::size_t at = 0;
    Bytes f = ipFrame(src, dst, ipId, kProtoUdp, 8 + length, at);
    unsigned char* u = &f[at];
    put16(u, portOf(src));
    put16(u + 2, portOf(dst));
    put16(u + 4, static_cast<std::uint16_t>(8 + length));
    if (length)
        std::memcpy(u + 8, payload, length);
    const std::uint16_t check =
        checksumFold(checksumAdd(pseudoSum(src, dst, kProtoUdp, 8 + length), u, 8 + length));
    put16(u + 6, check == 0 ? 0xffff : check); // 0 means "no checksum" in UDP
    return f;
}

std::size_t maxUdpPayload(int family)
{
    return family == AF_INET6 ? 65535 - 8 : 65535 - kIpv4Header - 8;
}

} // namespace spg::pcap
