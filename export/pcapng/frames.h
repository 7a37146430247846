// Synthesised frames for the capture export: Ethernet + IPv4/IPv6 + TCP/UDP, byte for byte,
// with every checksum computed as the receiver checks it. Pure functions on plain values,
// callable from any thread.
#pragma once

#include "core/words/address.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace spg::pcap {

using Bytes = std::vector<unsigned char>;

// The Internet checksum (RFC 1071): the one's complement of the one's-complement sum of
// 16-bit big-endian words, an odd last byte padded with zero. `sum` carries a partial sum
// in (a pseudo-header's), unfolded.
std::uint32_t checksumAdd(std::uint32_t sum, const unsigned char* data, std::size_t length);
std::uint16_t checksumFold(std::uint32_t sum);
inline std::uint16_t internetChecksum(const unsigned char* data, std::size_t length)
{
    return checksumFold(checksumAdd(0, data, length));
}

// TCP flag bits, as in the header's 13th byte.
enum TcpFlag : std::uint8_t { Fin = 0x01, Syn = 0x02, Rst = 0x04, Psh = 0x08, Ack = 0x10 };

struct TcpFields {
    std::uint32_t seq = 0;
    std::uint32_t ack = 0;
    std::uint8_t flags = 0;
    std::uint16_t window = 65535;
    std::uint16_t mss = 0; // Non-zero: a maximum segment size option (SYN, SYN-ACK).
};

// One frame from `src` to `dst`, which must be both AF_INET or both AF_INET6 (the port is
// taken from each). `ipId` is the IPv4 identification (unused for IPv6). The frame starts
// with an Ethernet header whose addresses are zero, as Linux's loopback device writes them.
Bytes tcpFrame(const core::SockAddr& src, const core::SockAddr& dst, std::uint16_t ipId,
               const TcpFields& tcp, const unsigned char* payload, std::size_t length);
Bytes udpFrame(const core::SockAddr& src, const core::SockAddr& dst, std::uint16_t ipId,
               const unsigned char* payload, std::size_t length);

// The largest UDP payload one IPv4 / IPv6 packet can carry (65535 less the headers); a
// longer datagram cannot be written as one packet.
std::size_t maxUdpPayload(int family);

constexpr std::size_t kEthernetHeader = 14;

} // namespace spg::pcap
