// Parsing of the socket addresses users type into kernel-ready sockaddrs, and name lookup.
// Pure functions without shared state, callable from any thread; only resolveHost() blocks,
// inside getaddrinfo().
#include "core/words/address.h"

#include "core/words/c_escapes.h"
#include "core/words/errno_names.h"
#include "core/sys/sys.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/un.h>

namespace spg::core {

namespace {

// The longest name that still leaves room for the terminating NUL (or, for a Linux abstract
// name, for the leading NUL). 107 on Linux, 103 on macOS and the BSDs.
constexpr std::size_t kMaxUnixPath = sizeof(sockaddr_un::sun_path) - 1;
constexpr std::size_t kUnixPathOffset = offsetof(sockaddr_un, sun_path);
static_assert(sizeof(sockaddr_un) <= sizeof(sockaddr_storage));

std::string quoted(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

AddressParse failure(std::string message)
{
    AddressParse result;
    result.error = std::move(message);
    return result;
}

std::string_view trim(std::string_view text)
{
    constexpr std::string_view kSpace = " \t\r\n\f\v";
    const std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos)
        return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

bool isDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// Decimal digits to a number, or -1 once the value passes `limit`, so that a port of a
// hundred digits reports "out of range" instead of wrapping around.
long long parseBounded(std::string_view digits, long long limit)
{
    long long value = 0;
    for (char c : digits) {
        value = value * 10 + (c - '0');
        if (value > limit)
            return -1;
    }
    return value;
}

// `hostHint` is the host part as the user wrote it, so the message can show the fixed form.
std::string parsePort(std::string_view text, std::string_view hostHint, std::uint16_t& port)
{
    if (text.empty())
        return "missing port: write " + std::string(hostHint) + ":PORT";
    const std::string range = "port " + quoted(text) + " is out of range (0-65535)";
    if (text[0] == '-' && isDigits(text.substr(1)))
        return range;
    if (!isDigits(text))
        return "port " + quoted(text) + " is not a number";
    const long long value = parseBounded(text, 65535);
    if (value < 0)
        return range;
    port = static_cast<std::uint16_t>(value);
    return {};
}

bool isIpv6(std::string_view text)
{
    // A scope suffix ("%eth0") is not part of what inet_pton accepts.
    const std::string bare(text.substr(0, text.find('%')));
    in6_addr addr {};
    return inet_pton(AF_INET6, bare.c_str(), &addr) == 1;
}

void fillInet(SockAddr& out, const in_addr& address, std::uint16_t port)
{
    out = {};
    sockaddr_in sin {};
    sys::stampSockaddrLength(reinterpret_cast<sockaddr*>(&sin), sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr = address;
    std::memcpy(&out.storage, &sin, sizeof sin);
    out.length = sizeof sin;
}

void fillInet6(SockAddr& out, const in6_addr& address, std::uint32_t scope, std::uint16_t port)
{
    out = {};
    sockaddr_in6 sin6 {};
    sys::stampSockaddrLength(reinterpret_cast<sockaddr*>(&sin6), sizeof sin6);
    sin6.sin6_family = AF_INET6;
    sin6.sin6_port = htons(port);
    sin6.sin6_addr = address;
    sin6.sin6_scope_id = scope;
    std::memcpy(&out.storage, &sin6, sizeof sin6);
    out.length = sizeof sin6;
}

// The part after "%" in [fe80::1%eth0]: an interface name or its index.
std::string parseScope(std::string_view text, std::uint32_t& scope)
{
    if (text.empty())
        return "empty scope id after \"%\": write [fe80::1%eth0]:PORT";
    if (isDigits(text)) {
        const long long value = parseBounded(text, 0xffffffffLL);
        if (value < 0)
            return "scope id " + quoted(text) + " is out of range";
        scope = static_cast<std::uint32_t>(value);
        return {};
    }
    scope = if_nametoindex(std::string(text).c_str());
    if (scope == 0)
        return "unknown interface " + quoted(text) + " in scope id";
    return {};
}

AddressParse parseBracketed(std::string_view text)
{
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos)
        return failure("unmatched \"[\": write [IPv6]:PORT");
    const std::string_view inside = text.substr(1, close - 1);
    const std::string_view rest = text.substr(close + 1);
    if (inside.empty())
        return failure("empty brackets: write [IPv6]:PORT, for example [::1]:8080");
    const std::size_t percent = inside.find('%');
    const std::string addressText(inside.substr(0, percent));
    in6_addr address {};
    if (inet_pton(AF_INET6, addressText.c_str(), &address) != 1) {
        in_addr v4 {};
        if (inet_pton(AF_INET, addressText.c_str(), &v4) == 1)
            return failure(quoted(addressText) + " is an IPv4 address: write it without brackets, "
                           + addressText + ":PORT");
        return failure(quoted(addressText) + " is not a valid IPv6 address");
    }
    std::uint32_t scope = 0;
    if (percent != std::string_view::npos) {
        if (std::string error = parseScope(inside.substr(percent + 1), scope); !error.empty())
            return failure(std::move(error));
    }
    const std::string bracketed = "[" + std::string(inside) + "]";
    if (!rest.empty() && rest[0] != ':')
        return failure("unexpected " + quoted(rest) + " after \"]\": write " + bracketed + ":PORT");
    AddressParse result;
    std::uint16_t port = 0;
    if (std::string error = parsePort(rest.empty() ? rest : rest.substr(1), bracketed, port);
        !error.empty())
        return failure(std::move(error));
    fillInet6(result.endpoint.addr, address, scope, port);
    result.endpoint.port = port;
    return result;
}

AddressParse parseUnix(std::string_view path)
{
    if (path.empty())
        return failure("empty UNIX path: write unix:/path/to/socket or unix:@name");
    sockaddr_un sun {};
    sun.sun_family = AF_UNIX;
    std::size_t length = 0;
    if (path[0] == '@') {
        if (!sys::hasAbstractUnixNames())
            return failure("abstract UNIX names (unix:@name) exist only on Linux: use a path "
                           "such as unix:/tmp/name.sock");
        // Abstract names live in a kernel namespace, not the file system: sun_path starts
        // with a NUL and the name's length comes from the address length alone.
        const std::string_view name = path.substr(1);
        if (name.size() > kMaxUnixPath)
            return failure("abstract UNIX name is " + std::to_string(name.size())
                           + " bytes; sun_path holds at most " + std::to_string(kMaxUnixPath));
        std::memcpy(sun.sun_path + 1, name.data(), name.size());
        length = kUnixPathOffset + 1 + name.size();
    } else {
        if (path.find('\0') != std::string_view::npos)
            return failure("UNIX path contains a NUL byte");
        if (path.size() > kMaxUnixPath)
            return failure("UNIX path is " + std::to_string(path.size())
                           + " bytes; sun_path holds at most " + std::to_string(kMaxUnixPath));
        std::memcpy(sun.sun_path, path.data(), path.size());
        length = kUnixPathOffset + path.size() + 1;
    }
    sys::stampSockaddrLength(reinterpret_cast<sockaddr*>(&sun), static_cast<socklen_t>(length));
    AddressParse result;
    std::memcpy(&result.endpoint.addr.storage, &sun, sizeof sun);
    result.endpoint.addr.length = static_cast<socklen_t>(length);
    return result;
}

// More than one ":" without brackets: most likely an IPv6 address, so suggest the bracketed
// form, splitting off a trailing port when that is what the user seems to have meant.
std::string colonsMessage(std::string_view text)
{
    const std::size_t last = text.rfind(':');
    const std::string_view head = text.substr(0, last);
    const std::string_view tail = text.substr(last + 1);
    if (isIpv6(head) && isDigits(tail))
        return "IPv6 addresses need brackets: [" + std::string(head) + "]:" + std::string(tail);
    if (isIpv6(text))
        return "IPv6 addresses need brackets: [" + std::string(text) + "]:PORT";
    return "too many \":\" in " + quoted(text) + ": write HOST:PORT, [IPv6]:PORT or unix:/path";
}

bool isHostNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
        || c == '.' || c == '_';
}

AddressParse parseHostPort(std::string_view text)
{
    const std::size_t colon = text.find(':');
    if (colon != text.rfind(':'))
        return failure(colonsMessage(text));
    if (colon == std::string_view::npos) {
        if (text[0] == '/')
            return failure("UNIX socket paths need a prefix: write unix:" + std::string(text));
        if (isDigits(text))
            return failure("missing host: write 127.0.0.1:" + std::string(text)
                           + " or 0.0.0.0:" + std::string(text));
        return failure("missing port: write " + std::string(text) + ":PORT");
    }
    const std::string_view host = text.substr(0, colon);
    if (host.empty())
        return failure("missing host before " + quoted(text) + ": write 127.0.0.1"
                       + std::string(text) + " or 0.0.0.0" + std::string(text));

    // Digits and dots alone are meant as an IPv4 address: handing "999.1.1.1" to the resolver
    // would only turn a typo into a confusing lookup failure.
    const bool numeric = host.find_first_not_of("0123456789.") == std::string_view::npos;
    in_addr address {};
    if (numeric && inet_pton(AF_INET, std::string(host).c_str(), &address) != 1)
        return failure(quoted(host) + " is not a valid IPv4 address");
    for (char c : host) {
        if (!isHostNameChar(c))
            return failure(quoted(host) + " is not a valid host name");
    }

    AddressParse result;
    Endpoint& endpoint = result.endpoint;
    if (std::string error = parsePort(text.substr(colon + 1), host, endpoint.port); !error.empty())
        return failure(std::move(error));
    if (numeric)
        fillInet(endpoint.addr, address, endpoint.port);
    else
        endpoint.host = std::string(host);
    return result;
}

} // namespace

bool Endpoint::isWildcard() const
{
    if (needsResolve())
        return false;
    if (addr.family() == AF_INET && addr.length >= sizeof(sockaddr_in)) {
        sockaddr_in sin;
        std::memcpy(&sin, &addr.storage, sizeof sin);
        return sin.sin_addr.s_addr == htonl(INADDR_ANY);
    }
    if (addr.family() == AF_INET6 && addr.length >= sizeof(sockaddr_in6)) {
        sockaddr_in6 sin6;
        std::memcpy(&sin6, &addr.storage, sizeof sin6);
        return IN6_IS_ADDR_UNSPECIFIED(&sin6.sin6_addr);
    }
    return false;
}

AddressParse parseAddress(std::string_view text)
{
    text = trim(text);
    if (text.empty())
        return failure("empty address");
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        // The C-string form formatAddress() gives a UNIX name with unusual bytes: the bytes
        // inside the quotes count exactly, spaces and control bytes included.
        std::string bytes;
        std::string message;
        if (!cUnescape(text.substr(1, text.size() - 2), bytes, message))
            return failure(message);
        if (bytes.rfind("unix:", 0) == 0)
            return parseUnix(std::string_view(bytes).substr(5));
        if (!bytes.empty() && bytes.front() == '"')
            return failure("an address is quoted once, not twice");
        return parseAddress(bytes);
    }
    constexpr std::string_view kUnixPrefix = "unix:";
    if (text.substr(0, kUnixPrefix.size()) == kUnixPrefix)
        return parseUnix(text.substr(kUnixPrefix.size()));
    if (text[0] == '[')
        return parseBracketed(text);
    return parseHostPort(text);
}

std::string resolveHost(const std::string& host, std::uint16_t port, int familyHint, SockAddr& out)
{
    if (familyHint != AF_INET && familyHint != AF_INET6 && familyHint != AF_UNSPEC)
        return "a host name needs an AF_INET or AF_INET6 socket, not " + familyName(familyHint);
    addrinfo hints {};
    hints.ai_family = familyHint;
    // No AI_ADDRCONFIG: on a machine with only loopback configured it would hide localhost.
    hints.ai_flags = AI_NUMERICSERV;
    // The address is the same for every socket type; naming one avoids duplicate entries.
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* list = nullptr;
    const int status = getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &list);
    const int savedErrno = errno;
    if (status != 0) {
        std::string message = gai_strerror(status);
        if (status == EAI_SYSTEM)
            message += ": " + errnoText(savedErrno);
        return message;
    }
    bool found = false;
    for (const addrinfo* entry = list; entry && !found; entry = entry->ai_next) {
        if (entry->ai_addr && entry->ai_addrlen <= sizeof out.storage) {
            out = {};
            std::memcpy(&out.storage, entry->ai_addr, entry->ai_addrlen);
            out.length = entry->ai_addrlen;
            found = true;
        }
    }
    freeaddrinfo(list);
    return found ? std::string() : "the resolver returned no usable address";
}

} // namespace spg::core
