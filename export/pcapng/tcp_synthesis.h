// TCP sequence arithmetic for the capture export: one direction of a connection, whose
// numbers start at an initial sequence number and advance by every byte sent (SYN and FIN
// count one each), modulo 2^32. Pure values; any thread.
#pragma once

#include <cstdint>
#include <string>

namespace spg::pcap {

struct TcpDirection {
    std::uint32_t isn = 0;
    std::uint32_t next = 0; // The sequence number of the next byte (snd_nxt).
    std::uint64_t sent = 0; // Payload bytes sent (not SYN/FIN).
    bool synSent = false;
    bool finSent = false;

    // The SYN takes one number; returns the SYN's own sequence number.
    std::uint32_t syn();
    // `bytes` payload bytes from next; returns the first one's sequence number.
    std::uint32_t data(std::uint64_t bytes);
    // The FIN takes one number; returns the FIN's own sequence number.
    std::uint32_t fin();
};

// A deterministic initial sequence number for one direction of the connection `key`, so an
// export of the same session is the same file, and numbers wrap past 2^32 in some.
std::uint32_t initialSequence(const std::string& key, int side);

} // namespace spg::pcap
