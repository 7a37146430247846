// Parsing of the socket addresses users type into kernel-ready sockaddrs, and name lookup.
// Pure functions without shared state, callable from any thread; only resolveHost() blocks,
// inside getaddrinfo().
#include "core/words/address.h"

#include "core/sys/sys.h"
#include "core/words/c_escapes.h"
#include "core/words/errno_names.h"
#include "core/words/translate_noop.h"

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

constexpr const char* kContext = "spg::address";

// A message that says nothing: the helpers below return it when the part was fine.
bool fine(const Message& m)
{
    return *m.text == '\0';
}

template<typename... Args>
Message say(const char* text, const Args&... args)
{
    return makeMessage(kContext, text, args...);
}

AddressParse failure(Message message)
{
    AddressParse result;
    result.error = message.english();
    result.message = std::move(message);
    return result;
}

template<typename... Args>
AddressParse failure(const char* text, const Args&... args)
{
    return failure(say(text, args...));
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
Message parsePort(std::string_view text, std::string_view hostHint, std::uint16_t& port)
{
    if (text.empty())
        return say(SPG_TR_NOOP("spg::address", "missing port: write %1:PORT"), hostHint);
    const Message range =
        say(SPG_TR_NOOP("spg::address", "port %1 is out of range (0-65535)"), quoted(text));
    if (text[0] == '-' && isDigits(text.substr(1)))
        return range;
    if (!isDigits(text))
        return say(SPG_TR_NOOP("spg::address", "port %1 is not a number"), quoted(text));
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
Message parseScope(std::string_view text, std::uint32_t& scope)
{
    if (text.empty())
        return say(
            SPG_TR_NOOP("spg::address", "empty scope id after \"%\": write [fe80::1%eth0]:PORT"));
    if (isDigits(text)) {
        const long long value = parseBounded(text, 0xffffffffLL);
        if (value < 0)
            return say(SPG_TR_NOOP("spg::address", "scope id %1 is out of range"), quoted(text));
        scope = static_cast<std::uint32_t>(value);
        return {};
    }
    scope = if_nametoindex(std::string(text).c_str());
    if (scope == 0)
        return say(SPG_TR_NOOP("spg::address", "unknown interface %1 in scope id"), quoted(text));
    return {};
}

AddressParse parseBracketed(std::string_view text)
{
    const std::size_t close = text.find(']');
    if (close == std::string_view::npos)
        return failure(SPG_TR_NOOP("spg::address", "unmatched \"[\": write [IPv6]:PORT"));
    const std::string_view inside = text.substr(1, close - 1);
    const std::string_view rest = text.substr(close + 1);
    if (inside.empty())
        return failure(SPG_TR_NOOP("spg::address",
                                   "empty brackets: write [IPv6]:PORT, for example [::1]:8080"));
    const std::size_t percent = inside.find('%');
    const std::string addressText(inside.substr(0, percent));
    in6_addr address {};
    if (inet_pton(AF_INET6, addressText.c_str(), &address) != 1) {
        in_addr v4 {};
        if (inet_pton(AF_INET, addressText.c_str(), &v4) == 1)
            return failure(SPG_TR_NOOP("spg::address",
                                       "%1 is an IPv4 address: write it without brackets, %2:PORT"),
                           quoted(addressText), addressText);
        return failure(SPG_TR_NOOP("spg::address", "%1 is not a valid IPv6 address"),
                       quoted(addressText));
    }
    std::uint32_t scope = 0;
    if (percent != std::string_view::npos) {
        if (Message error = parseScope(inside.substr(percent + 1), scope); !fine(error))
            return failure(std::move(error));
    }
    const std::string bracketed = "[" + std::string(inside) + "]";
    if (!rest.empty() && rest[0] != ':')
        return failure(SPG_TR_NOOP("spg::address", "unexpected %1 after \"]\": write %2:PORT"),
                       quoted(rest), bracketed);
    AddressParse result;
    std::uint16_t port = 0;
    if (Message error = parsePort(rest.empty() ? rest : rest.substr(1), bracketed, port);
        !fine(error))
        return failure(std::move(error));
    fillInet6(result.endpoint.addr, address, scope, port);
    result.endpoint.port = port;
    return result;
}

AddressParse parseUnix(std::string_view path)
{
    if (path.empty())
        return failure(SPG_TR_NOOP("spg::address",
                                   "empty UNIX path: write unix:/path/to/socket or unix:@name"));
    sockaddr_un sun {};
    sun.sun_family = AF_UNIX;
    std::size_t length = 0;
    if (path[0] == '@') {
        if (!sys::hasAbstractUnixNames())
            return failure(
                SPG_TR_NOOP("spg::address",
                            "abstract UNIX names (unix:@name) exist only on Linux: use a "
                            "path such as unix:/tmp/name.sock"));
        // Abstract names live in a kernel namespace, not the file system: sun_path starts
        // with a NUL and the name's length comes from the address length alone.
        const std::string_view name = path.substr(1);
        if (name.size() > kMaxUnixPath)
            return failure(SPG_TR_NOOP("spg::address",
                                       "abstract UNIX name is %1 bytes; sun_path holds at most %2"),
                           name.size(), kMaxUnixPath);
        std::memcpy(sun.sun_path + 1, name.data(), name.size());
        length = kUnixPathOffset + 1 + name.size();
    } else {
        if (path.find('\0') != std::string_view::npos)
            return failure(SPG_TR_NOOP("spg::address", "UNIX path contains a NUL byte"));
        if (path.size() > kMaxUnixPath)
            return failure(
                SPG_TR_NOOP("spg::address", "UNIX path is %1 bytes; sun_path holds at most %2"),
                path.size(), kMaxUnixPath);
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
Message colonsMessage(std::string_view text)
{
    const std::size_t last = text.rfind(':');
    const std::string_view head = text.substr(0, last);
    const std::string_view tail = text.substr(last + 1);
    if (isIpv6(head) && isDigits(tail))
        return say(SPG_TR_NOOP("spg::address", "IPv6 addresses need brackets: [%1]:%2"), head,
                   tail);
    if (isIpv6(text))
        return say(SPG_TR_NOOP("spg::address", "IPv6 addresses need brackets: [%1]:PORT"), text);
    return say(SPG_TR_NOOP("spg::address",
                           "too many \":\" in %1: write HOST:PORT, [IPv6]:PORT or unix:/path"),
               quoted(text));
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
            return failure(
                SPG_TR_NOOP("spg::address", "UNIX socket paths need a prefix: write unix:%1"),
                text);
        if (isDigits(text))
            return failure(
                SPG_TR_NOOP("spg::address", "missing host: write 127.0.0.1:%1 or 0.0.0.0:%1"),
                text);
        return failure(SPG_TR_NOOP("spg::address", "missing port: write %1:PORT"), text);
    }
    const std::string_view host = text.substr(0, colon);
    if (host.empty())
        return failure(
            SPG_TR_NOOP("spg::address", "missing host before %1: write 127.0.0.1%2 or 0.0.0.0%2"),
            quoted(text), text);

    // Digits and dots alone are meant as an IPv4 address: handing "999.1.1.1" to the resolver
    // would only turn a typo into a confusing lookup failure.
    const bool numeric = host.find_first_not_of("0123456789.") == std::string_view::npos;
    in_addr address {};
    if (numeric && inet_pton(AF_INET, std::string(host).c_str(), &address) != 1)
        return failure(SPG_TR_NOOP("spg::address", "%1 is not a valid IPv4 address"), quoted(host));
    for (char c : host) {
        if (!isHostNameChar(c))
            return failure(SPG_TR_NOOP("spg::address", "%1 is not a valid host name"),
                           quoted(host));
    }

    AddressParse result;
    Endpoint& endpoint = result.endpoint;
    if (Message error = parsePort(text.substr(colon + 1), host, endpoint.port); !fine(error))
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
        return failure(SPG_TR_NOOP("spg::address", "empty address"));
    if (text.size() >= 2 && text.front() == '"' && text.back() == '"') {
        // The C-string form formatAddress() gives a UNIX name with unusual bytes: the bytes
        // inside the quotes count exactly, spaces and control bytes included.
        std::string bytes;
        Message message;
        if (!cUnescape(text.substr(1, text.size() - 2), bytes, message))
            return failure(std::move(message));
        if (bytes.rfind("unix:", 0) == 0)
            return parseUnix(std::string_view(bytes).substr(5));
        if (!bytes.empty() && bytes.front() == '"')
            return failure(SPG_TR_NOOP("spg::address", "an address is quoted once, not twice"));
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
