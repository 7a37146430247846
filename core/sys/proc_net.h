// What Linux's /proc/net tables tell about TCP that no fd can: the state of a connection
// after close() (FIN_WAIT_2, TIME_WAIT, LAST_ACK live on in the kernel without a descriptor),
// and the system-wide listen counters that explain dropped connections. Elsewhere these
// report `known = false`: the views then say that the platform does not tell.
// Thread-safe: each call reads the files afresh.
#pragma once

#include <cstdint>
#include <string>
#include <sys/socket.h>

namespace spg::core::sys {

struct ConnectionState {
    bool known = false; // The platform has the table and it could be read.
    bool found = false; // The connection is in it (else the kernel has forgotten it: CLOSED).
    int state = -1;     // Linux numbering (include/net/tcp_states.h), as tcpi_state.
};

// The text of /proc/net/tcp (AF_INET) or /proc/net/tcp6 (AF_INET6); empty where the
// platform has no such table. Read it once for many lookups: it lists every connection.
std::string connectionTable(int family);

// The kernel's state of the connection whose key (the "local rem" pair as the table spells
// it: "0100007F:1F90 0100007F:D431") is `key`, looked up in a table's text.
ConnectionState findConnection(const std::string& table, const std::string& key);
std::string connectionKey(const sockaddr_storage& local, const sockaddr_storage& peer);

struct ListenCounters {
    bool known = false;
    std::uint64_t overflows = 0; // TcpExt ListenOverflows: the accept queue was full
    std::uint64_t drops = 0;     // TcpExt ListenDrops: every SYN or ACK a listener dropped
};

// The TcpExt counters from /proc/net/netstat. They count for the whole network namespace,
// not per listener: a view shows their change since a moment it chose.
ListenCounters readListenCounters();
// The same, parsed from the file's text (for tests).
ListenCounters parseListenCounters(const std::string& netstat);

} // namespace spg::core::sys
