// Rendering of sockaddrs: the short form users type (formatAddress) and strace's form
// (straceSockaddr), plus the names of families and socket types.
// Pure functions without shared state, callable from any thread.
#include "core/words/address.h"

#include "core/sys/sys.h"
#include "core/words/c_escapes.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/un.h>

namespace spg::core {

namespace {

constexpr socklen_t kUnixPathOffset = offsetof(sockaddr_un, sun_path);
constexpr socklen_t kFamilyEnd = offsetof(sockaddr, sa_family) + sizeof(sa_family_t);

enum class UnixKind { Unnamed, Path, Abstract };

struct UnixName {
    UnixKind kind = UnixKind::Unnamed;
    std::string bytes;
};

// The kernel reports an unbound UNIX socket with a length that stops before sun_path; a
// pathname runs to its NUL (or to the end of the length when the NUL was left out); a Linux
// abstract name starts with a NUL and takes every remaining byte of the length, NULs included.
UnixName unixName(const sockaddr* sa, socklen_t len)
{
    UnixName name;
    if (len <= kUnixPathOffset)
        return name;
    sockaddr_un sun {};
    std::memcpy(&sun, sa, len < sizeof sun ? len : sizeof sun);
    const std::size_t available = std::min<std::size_t>(len - kUnixPathOffset, sizeof sun.sun_path);
    if (sun.sun_path[0] != '\0') {
        name.kind = UnixKind::Path;
        name.bytes.assign(sun.sun_path, strnlen(sun.sun_path, available));
    } else if (sys::hasAbstractUnixNames()) {
        name.kind = UnixKind::Abstract;
        name.bytes.assign(sun.sun_path + 1, available - 1);
    }
    return name;
}

// Printable ASCII stays as it is; everything else becomes \xNN so the text stays one line.
// With `strace` set, quotes and backslashes are escaped too, as inside a C string literal.
std::string escapeBytes(std::string_view bytes, bool strace)
{
    std::string out;
    for (unsigned char c : bytes) {
        if (strace && (c == '"' || c == '\\')) {
            out += '\\';
            out += static_cast<char>(c);
        } else if (strace && c == '\n') {
            out += "\\n";
        } else if (strace && c == '\r') {
            out += "\\r";
        } else if (strace && c == '\t') {
            out += "\\t";
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        }
    }
    return out;
}

// A name of plain printable bytes reads as typed: unix:/tmp/s. Any other byte (a control
// byte, a backslash, a quote, a space at an end) makes the whole address a C string,
// "unix:/tmp/a\x1bb", which parseAddress() reads back to the same bytes: the text form of
// srv.local must name the same socket, and it must never carry a raw control byte.
std::string unixText(std::string_view prefix, std::string_view name)
{
    bool plain = !name.empty() && name.front() != ' ' && name.back() != ' ';
    for (const unsigned char c : name)
        plain = plain && c > 0x20 && c < 0x7f && c != '"' && c != '\\';
    if (plain || name.empty())
        return std::string(prefix) + std::string(name);
    return "\"" + cEscapeBody(std::string(prefix) + std::string(name)) + "\"";
}

std::string ipv4Text(const in_addr& address)
{
    char text[INET_ADDRSTRLEN] = {};
    inet_ntop(AF_INET, &address, text, sizeof text);
    return text;
}

std::string ipv6Text(const in6_addr& address)
{
    char text[INET6_ADDRSTRLEN] = {};
    inet_ntop(AF_INET6, &address, text, sizeof text);
    return text;
}

// Empty when the index names no interface on this machine (any more).
std::string interfaceName(std::uint32_t index)
{
    char name[IF_NAMESIZE + 1] = {};
    return if_indextoname(index, name) ? std::string(name) : std::string();
}

std::string formatInet6(const sockaddr_in6& sin6)
{
    std::string text = "[" + ipv6Text(sin6.sin6_addr);
    if (sin6.sin6_scope_id != 0) {
        const std::string name = interfaceName(sin6.sin6_scope_id);
        text += "%" + (name.empty() ? std::to_string(sin6.sin6_scope_id) : name);
    }
    return text + "]:" + std::to_string(ntohs(sin6.sin6_port));
}

std::string straceInet6(const sockaddr_in6& sin6)
{
    std::string scope = std::to_string(sin6.sin6_scope_id);
    if (sin6.sin6_scope_id != 0) {
        if (const std::string name = interfaceName(sin6.sin6_scope_id); !name.empty())
            scope = "if_nametoindex(\"" + name + "\")";
    }
    return "{sa_family=AF_INET6, sin6_port=htons(" + std::to_string(ntohs(sin6.sin6_port))
        + "), sin6_flowinfo=htonl(" + std::to_string(ntohl(sin6.sin6_flowinfo))
        + "), inet_pton(AF_INET6, \"" + ipv6Text(sin6.sin6_addr)
        + "\", &sin6_addr), sin6_scope_id=" + scope + "}";
}

std::string straceUnix(const sockaddr* sa, socklen_t len)
{
    const UnixName name = unixName(sa, len);
    switch (name.kind) {
    case UnixKind::Path:
        return "{sa_family=AF_UNIX, sun_path=\"" + escapeBytes(name.bytes, true) + "\"}";
    case UnixKind::Abstract:
        return "{sa_family=AF_UNIX, sun_path=@\"" + escapeBytes(name.bytes, true) + "\"}";
    case UnixKind::Unnamed: break;
    }
    return "{sa_family=AF_UNIX}";
}

// A family this file does not decode, or an address too short for its family: show the raw
// bytes after the family field, as strace does.
std::string straceRaw(const sockaddr* sa, socklen_t len, int family)
{
    const auto* bytes = reinterpret_cast<const char*>(sa);
    const std::string_view data(bytes + kFamilyEnd, len - kFamilyEnd);
    return "{sa_family=" + familyName(family) + ", sa_data=\"" + escapeBytes(data, true) + "\"}";
}

int familyOf(const sockaddr* sa)
{
    sa_family_t family = 0;
    std::memcpy(&family, reinterpret_cast<const char*>(sa) + offsetof(sockaddr, sa_family),
                sizeof family);
    return family;
}

} // namespace

std::string formatAddress(const SockAddr& addr)
{
    return formatAddress(addr.get(), addr.length);
}

std::string formatAddress(const sockaddr* sa, socklen_t len)
{
    if (!sa || len == 0)
        return "(none)";
    if (len < kFamilyEnd)
        return "(truncated)";
    const int family = familyOf(sa);
    if (family == AF_INET && len >= sizeof(sockaddr_in)) {
        sockaddr_in sin;
        std::memcpy(&sin, sa, sizeof sin);
        return ipv4Text(sin.sin_addr) + ":" + std::to_string(ntohs(sin.sin_port));
    }
    if (family == AF_INET6 && len >= sizeof(sockaddr_in6)) {
        sockaddr_in6 sin6;
        std::memcpy(&sin6, sa, sizeof sin6);
        return formatInet6(sin6);
    }
    if (family == AF_UNIX) {
        const UnixName name = unixName(sa, len);
        switch (name.kind) {
        case UnixKind::Path: return unixText("unix:", name.bytes);
        case UnixKind::Abstract: return unixText("unix:@", name.bytes);
        case UnixKind::Unnamed: return "unix:(unnamed)";
        }
    }
    return familyName(family) + ":?";
}

std::string straceSockaddr(const sockaddr* sa, socklen_t len)
{
    if (!sa || len == 0)
        return "NULL";
    if (len < kFamilyEnd)
        return "{sa_family=?}";
    const int family = familyOf(sa);
    if (family == AF_INET && len >= sizeof(sockaddr_in)) {
        sockaddr_in sin;
        std::memcpy(&sin, sa, sizeof sin);
        return "{sa_family=AF_INET, sin_port=htons(" + std::to_string(ntohs(sin.sin_port))
            + "), sin_addr=inet_addr(\"" + ipv4Text(sin.sin_addr) + "\")}";
    }
    if (family == AF_INET6 && len >= sizeof(sockaddr_in6)) {
        sockaddr_in6 sin6;
        std::memcpy(&sin6, sa, sizeof sin6);
        return straceInet6(sin6);
    }
    if (family == AF_UNIX)
        return straceUnix(sa, len);
    return straceRaw(sa, len, family);
}

std::string familyName(int family)
{
    switch (family) {
    case AF_UNSPEC: return "AF_UNSPEC";
    case AF_INET: return "AF_INET";
    case AF_INET6: return "AF_INET6";
    case AF_UNIX: return "AF_UNIX";
    default: return "AF_" + std::to_string(family);
    }
}

std::string socketTypeName(int type)
{
    // Linux and FreeBSD accept these flags inside the type argument of socket(); strace
    // prints them after the type, and so do we.
    std::string flags;
#ifdef SOCK_NONBLOCK
    if (type & SOCK_NONBLOCK) {
        type &= ~SOCK_NONBLOCK;
        flags += "|SOCK_NONBLOCK";
    }
#endif
#ifdef SOCK_CLOEXEC
    if (type & SOCK_CLOEXEC) {
        type &= ~SOCK_CLOEXEC;
        flags += "|SOCK_CLOEXEC";
    }
#endif
    std::string base;
    switch (type) {
    case SOCK_STREAM: base = "SOCK_STREAM"; break;
    case SOCK_DGRAM: base = "SOCK_DGRAM"; break;
    case SOCK_SEQPACKET: base = "SOCK_SEQPACKET"; break;
    case SOCK_RAW: base = "SOCK_RAW"; break;
    default: base = "SOCK_" + std::to_string(type); break;
    }
    return base + flags;
}

} // namespace spg::core
