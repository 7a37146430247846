// Reads /proc/net/tcp{,6} and /proc/net/netstat. The tables print each address as the
// 32-bit words of the struct in host order ("%08X") and the port in host order ("%04X"),
// so a key built the same way from a sockaddr finds a row by plain text comparison.
#include "core/sys/proc_net.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <netinet/in.h>
#include <sstream>
#include <vector>

namespace spg::core::sys {

namespace {

std::string readWhole(const char* path)
{
    std::ifstream in(path);
    if (!in)
        return {};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string words(const void* bytes, std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t word = 0;
        std::memcpy(&word, static_cast<const char*>(bytes) + 4 * i, 4);
        char hex[9];
        std::snprintf(hex, sizeof hex, "%08X", word);
        out += hex;
    }
    return out;
}

std::string endpointText(const sockaddr_storage& a)
{
    char port[6];
    if (a.ss_family == AF_INET) {
        const auto& in = reinterpret_cast<const sockaddr_in&>(a);
        std::snprintf(port, sizeof port, "%04X", ntohs(in.sin_port));
        return words(&in.sin_addr, 1) + ":" + port;
    }
    if (a.ss_family == AF_INET6) {
        const auto& in6 = reinterpret_cast<const sockaddr_in6&>(a);
        std::snprintf(port, sizeof port, "%04X", ntohs(in6.sin6_port));
        return words(&in6.sin6_addr, 4) + ":" + port;
    }
    return {};
}

} // namespace

std::string connectionKey(const sockaddr_storage& local, const sockaddr_storage& peer)
{
    const std::string l = endpointText(local);
    const std::string p = endpointText(peer);
    return l.empty() || p.empty() || local.ss_family != peer.ss_family ? std::string()
                                                                       : l + " " + p;
}

ConnectionState findConnection(const std::string& table, const std::string& key)
{
    ConnectionState out;
    if (table.empty() || key.empty())
        return out;
    out.known = true;
    std::istringstream lines(table);
    std::string line;
    std::getline(lines, line); // the header
    while (std::getline(lines, line)) {
        // "  0: 0100007F:1F90 0100007F:D431 01 ..."
        std::istringstream fields(line);
        std::string slot, local, remote, state;
        if (!(fields >> slot >> local >> remote >> state))
            continue;
        if (local + " " + remote != key)
            continue;
        out.found = true;
        out.state = static_cast<int>(std::strtol(state.c_str(), nullptr, 16));
        return out;
    }
    return out;
}

std::string connectionTable(int family)
{
#if defined(__linux__)
    return readWhole(family == AF_INET6 ? "/proc/net/tcp6" : "/proc/net/tcp");
#else
    (void)family;
    return {};
#endif
}

ListenCounters parseListenCounters(const std::string& netstat)
{
    // Pairs of lines: "TcpExt: SyncookiesSent ... ListenOverflows ListenDrops ..." then
    // "TcpExt: 0 ... 3 3 ...". The names say which column is which.
    ListenCounters out;
    std::istringstream lines(netstat);
    std::string names, values;
    while (std::getline(lines, names) && std::getline(lines, values)) {
        if (names.rfind("TcpExt:", 0) != 0)
            continue;
        std::istringstream n(names), v(values);
        std::string name, value;
        while (n >> name && v >> value) {
            if (name == "ListenOverflows")
                out.overflows = std::strtoull(value.c_str(), nullptr, 10);
            else if (name == "ListenDrops")
                out.drops = std::strtoull(value.c_str(), nullptr, 10);
            else
                continue;
            out.known = true;
        }
    }
    return out;
}

ListenCounters readListenCounters()
{
#if defined(__linux__)
    return parseListenCounters(readWhole("/proc/net/netstat"));
#else
    return {};
#endif
}

} // namespace spg::core::sys
