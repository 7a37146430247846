// Shared by the capture export's parts (pcap_export.cpp, tcp_synthesis.cpp,
// udp_synthesis.cpp): the packet list being built and the small helpers each part needs.
// Internal to export/pcapng. One thread at a time.
#pragma once

#include "export/pcapng/frames.h"
#include "export/pcapng/session_log.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spg::pcap {

struct Packet {
    std::size_t record = 0; // Index of the call in the log: packets are ordered by it.
    std::uint64_t timeNs = 0;
    Bytes frame;
    std::string comment;
};

// The packets of every part, and the notes on what could not be written.
struct ExportDraft {
    std::vector<Packet> packets;
    std::vector<std::string> notes;
    std::size_t tcpConnections = 0;
    std::size_t udpDatagrams = 0;
};

// When a call ended, in nanoseconds since the Unix epoch: its packets carry that time.
std::uint64_t endNs(const core::CallRecord& record);

// The bytes of [offset, offset + length) still in `capture`. Dropped bytes are always the
// oldest, so what is kept is a tail: `dropped` says how many at the front were lost.
Bytes capturedBytes(const core::Capture* capture, core::ByteOffset offset, std::uint64_t length,
                    std::uint64_t& dropped);

// "127.0.0.1:80", "[::1]:80" as an address the frames can use; false for anything else.
bool ipAddress(const std::string& text, core::SockAddr& out);
// A struct sockaddr as the record holds it (bytes), when it is AF_INET or AF_INET6.
bool ipAddressFromBytes(const std::string& bytes, core::SockAddr& out);
bool isWildcard(const core::SockAddr& a);
bool isLoopback(const core::SockAddr& a);
// `a` with the IP of `ip` and its own port.
core::SockAddr withIpOf(const core::SockAddr& a, const core::SockAddr& ip);
// Same family and port, and the same IP or either one the wildcard.
bool sameEndpoint(const core::SockAddr& a, const core::SockAddr& b);

bool isIpFamily(int domain);

void synthesiseTcp(const SessionLog& log, ExportDraft& draft);
void synthesiseUdp(const SessionLog& log, ExportDraft& draft);

} // namespace spg::pcap
