// The option table. Each entry is guarded by the macro that defines it, so the table holds
// exactly the options this platform's headers know; TCP keepalive idle time is
// TCP_KEEPIDLE on Linux and TCP_KEEPALIVE on macOS.
#include "core/words/sockopt.h"

#include "core/words/blanks.h"
#include "core/words/message.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>

namespace spg::core {

namespace {

std::vector<SocketOption> buildTable()
{
    std::vector<SocketOption> t;
    auto add = [&](std::string_view name, std::string_view levelName, int level, int opt,
                   OptionKind kind, std::string_view help) {
        t.push_back(SocketOption { name, levelName, level, opt, kind, help });
    };
    const auto S = OptionKind::Int;
    const auto B = OptionKind::Bool;
    add("SO_REUSEADDR", "SOL_SOCKET", SOL_SOCKET, SO_REUSEADDR, B,
        SPG_TR_NOOP(
            "spg::sockopt",
            "Allow bind() to an address in TIME_WAIT or, for listeners, one still in use by old "
            "connections."));
#ifdef SO_REUSEPORT
    add("SO_REUSEPORT", "SOL_SOCKET", SOL_SOCKET, SO_REUSEPORT, B,
        SPG_TR_NOOP("spg::sockopt",
                    "Allow several sockets to bind the same address and port; the kernel spreads "
                    "connections among them."));
#endif
    add("SO_KEEPALIVE", "SOL_SOCKET", SOL_SOCKET, SO_KEEPALIVE, B,
        SPG_TR_NOOP("spg::sockopt",
                    "Send keepalive probes on an idle connection to detect a dead peer."));
    add("SO_LINGER", "SOL_SOCKET", SOL_SOCKET, SO_LINGER, OptionKind::Linger,
        SPG_TR_NOOP(
            "spg::sockopt",
            "What close() does with unsent data: {1,0} discards it and sends RST at once."));
    add("SO_RCVBUF", "SOL_SOCKET", SOL_SOCKET, SO_RCVBUF, S,
        SPG_TR_NOOP(
            "spg::sockopt",
            "Receive buffer size in bytes (Linux doubles the value you set for bookkeeping)."));
    add("SO_SNDBUF", "SOL_SOCKET", SOL_SOCKET, SO_SNDBUF, S,
        SPG_TR_NOOP(
            "spg::sockopt",
            "Send buffer size in bytes (Linux doubles the value you set for bookkeeping)."));
    add("SO_RCVLOWAT", "SOL_SOCKET", SOL_SOCKET, SO_RCVLOWAT, S,
        SPG_TR_NOOP("spg::sockopt", "Minimum number of bytes before the socket reports readable."));
    add("SO_SNDLOWAT", "SOL_SOCKET", SOL_SOCKET, SO_SNDLOWAT, S,
        SPG_TR_NOOP(
            "spg::sockopt",
            "Minimum free send-buffer space before the socket reports writable (read-only on "
            "Linux)."));
    add("SO_RCVTIMEO", "SOL_SOCKET", SOL_SOCKET, SO_RCVTIMEO, OptionKind::Timeval,
        SPG_TR_NOOP("spg::sockopt",
                    "Timeout for blocking receive calls; they fail with EAGAIN when it expires."));
    add("SO_SNDTIMEO", "SOL_SOCKET", SOL_SOCKET, SO_SNDTIMEO, OptionKind::Timeval,
        SPG_TR_NOOP("spg::sockopt",
                    "Timeout for blocking send calls; they fail with EAGAIN when it expires."));
    add("SO_BROADCAST", "SOL_SOCKET", SOL_SOCKET, SO_BROADCAST, B,
        SPG_TR_NOOP("spg::sockopt", "Allow datagrams to be sent to a broadcast address."));
    add("SO_ERROR", "SOL_SOCKET", SOL_SOCKET, SO_ERROR, S,
        SPG_TR_NOOP("spg::sockopt",
                    "Read and clear the pending socket error, e.g. the result of a non-blocking "
                    "connect()."));
    add("SO_TYPE", "SOL_SOCKET", SOL_SOCKET, SO_TYPE, S,
        SPG_TR_NOOP("spg::sockopt",
                    "The socket type (SOCK_STREAM=1, SOCK_DGRAM=2 on Linux); read-only."));
#ifdef SO_ACCEPTCONN
    add("SO_ACCEPTCONN", "SOL_SOCKET", SOL_SOCKET, SO_ACCEPTCONN, B,
        SPG_TR_NOOP("spg::sockopt", "1 if listen() has been called on the socket; read-only."));
#endif
    add("TCP_NODELAY", "IPPROTO_TCP", IPPROTO_TCP, TCP_NODELAY, B,
        SPG_TR_NOOP(
            "spg::sockopt",
            "Disable Nagle's algorithm: small segments are sent at once instead of coalesced."));
#if defined(TCP_KEEPIDLE)
    add("TCP_KEEPIDLE", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPIDLE, S,
        SPG_TR_NOOP("spg::sockopt",
                    "Seconds a connection must be idle before the first keepalive probe."));
#elif defined(TCP_KEEPALIVE)
    add("TCP_KEEPALIVE", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPALIVE, S,
        SPG_TR_NOOP("spg::sockopt",
                    "Seconds a connection must be idle before the first keepalive probe."));
#endif
#ifdef TCP_KEEPINTVL
    add("TCP_KEEPINTVL", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPINTVL, S,
        SPG_TR_NOOP("spg::sockopt", "Seconds between keepalive probes."));
#endif
#ifdef TCP_KEEPCNT
    add("TCP_KEEPCNT", "IPPROTO_TCP", IPPROTO_TCP, TCP_KEEPCNT, S,
        SPG_TR_NOOP("spg::sockopt",
                    "Unanswered keepalive probes before the connection is dropped."));
#endif
    add("IP_TTL", "IPPROTO_IP", IPPROTO_IP, IP_TTL, S,
        SPG_TR_NOOP("spg::sockopt", "Time-to-live of outgoing IPv4 packets (hops)."));
    add("IPV6_V6ONLY", "IPPROTO_IPV6", IPPROTO_IPV6, IPV6_V6ONLY, B,
        SPG_TR_NOOP(
            "spg::sockopt",
            "Restrict an AF_INET6 socket to IPv6; when 0 it also accepts IPv4-mapped peers."));
    return t;
}

bool parseLong(std::string_view text, long& out)
{
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && ptr == end;
}

Message parseLinger(std::string_view text, OptionValue& out)
{
    const Message expected = makeMessage(
        "spg::sockopt", SPG_TR_NOOP("spg::sockopt", "expected {onoff,seconds}, e.g. {1,0}"));
    if (text.size() < 2 || text.front() != '{' || text.back() != '}')
        return expected;
    text = text.substr(1, text.size() - 2);
    const auto comma = text.find(',');
    long onoff = 0;
    long secs = 0;
    if (comma == std::string_view::npos || !parseLong(trimBlanks(text.substr(0, comma)), onoff)
        || !parseLong(trimBlanks(text.substr(comma + 1)), secs))
        return expected;
    if (secs < 0)
        return makeMessage("spg::sockopt",
                           SPG_TR_NOOP("spg::sockopt", "linger seconds must not be negative"));
    out.lingerOnOff = static_cast<int>(onoff);
    out.lingerSeconds = static_cast<int>(secs);
    return {};
}

Message parseTimeval(std::string_view text, OptionValue& out)
{
    std::string copy(text);
    char* end = nullptr;
    const double seconds = std::strtod(copy.c_str(), &end);
    if (copy.empty() || end != copy.c_str() + copy.size() || !std::isfinite(seconds)
        || seconds < 0)
        return makeMessage(
            "spg::sockopt",
            SPG_TR_NOOP("spg::sockopt",
                        "expected a timeout in seconds, e.g. 1.5 (0 = wait forever)"));
    // struct timeval's tv_sec is a long: 2^63 s and beyond have no timeval to pass. Below
    // that every value reaches the kernel as typed (it treats huge ones as "for ever").
    if (seconds >= 9223372036854775808.0)
        return makeMessage(
            "spg::sockopt",
            SPG_TR_NOOP("spg::sockopt",
                        "a timeout is at most %1 seconds (struct timeval's tv_sec is a long)"),
            std::to_string(std::numeric_limits<long>::max()));
    out.seconds = static_cast<long>(seconds);
    out.micros = std::lround((seconds - static_cast<double>(out.seconds)) * 1e6);
    if (out.micros >= 1000000) {
        out.seconds += 1;
        out.micros -= 1000000;
    }
    return {};
}

struct LevelName {
    std::string_view name;
    int level;
};

constexpr LevelName kLevels[] = {
    { "SOL_SOCKET", SOL_SOCKET },
    { "IPPROTO_TCP", IPPROTO_TCP },
    { "IPPROTO_IP", IPPROTO_IP },
    { "IPPROTO_IPV6", IPPROTO_IPV6 },
    { "IPPROTO_UDP", IPPROTO_UDP },
#if defined(SOL_TCP) && defined(SOL_IP)
    // Linux's aliases, accepted as typed; the log prints the IPPROTO_ names above.
    { "SOL_TCP", SOL_TCP },
    { "SOL_IP", SOL_IP },
#endif
#if defined(SOL_IPV6)
    { "SOL_IPV6", SOL_IPV6 },
#endif
};

bool parseInt(std::string_view text, int& out)
{
    long n = 0;
    if (!parseLong(text, n) || n < -2147483648L || n > 2147483647L)
        return false;
    out = static_cast<int>(n);
    return true;
}

bool isNumber(std::string_view text)
{
    long n = 0;
    return parseLong(text, n);
}

bool parseLevel(std::string_view text, int& out)
{
    for (const LevelName& l : kLevels)
        if (l.name == text) {
            out = l.level;
            return true;
        }
    return parseInt(text, out);
}

const SocketOption* findOptionByNumber(int level, int optname)
{
    for (const SocketOption& option : socketOptions())
        if (option.level == level && option.optname == optname)
            return &option;
    return nullptr;
}

std::string knownOptionNames()
{
    std::string list;
    for (const SocketOption& o : socketOptions())
        list += std::string(list.empty() ? "" : ", ") + std::string(o.name);
    return list;
}

} // namespace

Message optionRefMessage(std::string_view level, std::string_view option, OptionRef& out)
{
    level = trimBlanks(level);
    option = trimBlanks(option);
    const std::string levelText(level);
    const std::string optionText(option);
    int levelNumber = 0;
    if (!level.empty() && !parseLevel(level, levelNumber))
        return makeMessage("spg::sockopt",
                           SPG_TR_NOOP("spg::sockopt", "unknown level \"%1\"; expected SOL_SOCKET, "
                                                       "IPPROTO_TCP, IPPROTO_IP, IPPROTO_IPV6 or a "
                                                       "number"),
                           levelText);
    if (isNumber(option)) {
        int optname = 0;
        if (!parseInt(option, optname))
            return makeMessage("spg::sockopt",
                               SPG_TR_NOOP("spg::sockopt", "option number %1 does not fit in an int"),
                               optionText);
        if (level.empty())
            return makeMessage("spg::sockopt",
                               SPG_TR_NOOP("spg::sockopt", "option %1 is a number: give its level "
                                                           "too, e.g. SOL_SOCKET, %1"),
                               optionText);
        out = OptionRef { levelNumber, optname, findOptionByNumber(levelNumber, optname) };
        return {};
    }
    const SocketOption* known = findOption(option);
    if (!known)
        return makeMessage("spg::sockopt",
                           SPG_TR_NOOP("spg::sockopt", "unknown option \"%1\"; known: %2, or a "
                                                       "number with its level"),
                           optionText, knownOptionNames());
    if (!level.empty() && levelNumber != known->level)
        return makeMessage("spg::sockopt", SPG_TR_NOOP("spg::sockopt", "%1 is at level %2"),
                           known->name, known->levelName);
    out = OptionRef { known->level, known->optname, known };
    return {};
}

std::string resolveOptionRef(std::string_view level, std::string_view option, OptionRef& out)
{
    const Message m = optionRefMessage(level, option, out);
    return *m.text ? m.english() : std::string();
}

std::string checkOptionRef(std::string_view level, std::string_view option)
{
    OptionRef ignored;
    return resolveOptionRef(level, option, ignored);
}

std::string optionLevelText(int level)
{
    for (const LevelName& l : kLevels)
        if (l.level == level)
            return std::string(l.name);
    return std::to_string(level);
}

std::string optionNameText(const OptionRef& ref)
{
    return ref.known ? std::string(ref.known->name) : std::to_string(ref.optname);
}

const SocketOption& numericOption()
{
    static const SocketOption plain {
        "", "", 0, 0, OptionKind::Int, "An option the playground does not know by name."
    };
    return plain;
}

const std::vector<SocketOption>& socketOptions()
{
    static const std::vector<SocketOption> table = buildTable();
    return table;
}

const SocketOption* findOption(std::string_view name)
{
    for (const SocketOption& option : socketOptions())
        if (option.name == name)
            return &option;
    return nullptr;
}

std::string parseOptionValue(const SocketOption& option, std::string_view text, OptionValue& out)
{
    const Message m = optionValueMessage(option, text, out);
    return *m.text ? m.english() : std::string();
}

Message optionValueMessage(const SocketOption& option, std::string_view text, OptionValue& out)
{
    text = trimBlanks(text);
    switch (option.kind) {
    case OptionKind::Linger:
        return parseLinger(text, out);
    case OptionKind::Timeval:
        return parseTimeval(text, out);
    case OptionKind::Bool:
        if (text == "on" || text == "true") {
            out.number = 1;
            return {};
        }
        if (text == "off" || text == "false") {
            out.number = 0;
            return {};
        }
        [[fallthrough]];
    case OptionKind::Int:
        if (!parseLong(text, out.number) || out.number < -2147483648L || out.number > 2147483647L)
            return makeMessage("spg::sockopt",
                               SPG_TR_NOOP("spg::sockopt", "expected an integer, got \"%1\""),
                               text);
        return {};
    }
    return makeMessage("spg::sockopt", SPG_TR_NOOP("spg::sockopt", "unknown option kind"));
}

unsigned encodeOptionValue(const SocketOption& option, const OptionValue& value,
                           unsigned char* buffer, unsigned capacity)
{
    switch (option.kind) {
    case OptionKind::Linger: {
        linger l {};
        l.l_onoff = value.lingerOnOff;
        l.l_linger = value.lingerSeconds;
        if (capacity < sizeof l)
            return 0;
        std::memcpy(buffer, &l, sizeof l);
        return sizeof l;
    }
    case OptionKind::Timeval: {
        timeval tv {};
        tv.tv_sec = value.seconds;
        tv.tv_usec = static_cast<decltype(tv.tv_usec)>(value.micros);
        if (capacity < sizeof tv)
            return 0;
        std::memcpy(buffer, &tv, sizeof tv);
        return sizeof tv;
    }
    case OptionKind::Int:
    case OptionKind::Bool:
        break;
    }
    const int n = static_cast<int>(value.number);
    if (capacity < sizeof n)
        return 0;
    std::memcpy(buffer, &n, sizeof n);
    return sizeof n;
}

OptionValue decodeOptionValue(const SocketOption& option, const unsigned char* buffer,
                              unsigned length)
{
    OptionValue v;
    if (option.kind == OptionKind::Linger && length >= sizeof(linger)) {
        linger l {};
        std::memcpy(&l, buffer, sizeof l);
        v.lingerOnOff = l.l_onoff;
        v.lingerSeconds = l.l_linger;
    } else if (option.kind == OptionKind::Timeval && length >= sizeof(timeval)) {
        timeval tv {};
        std::memcpy(&tv, buffer, sizeof tv);
        v.seconds = tv.tv_sec;
        v.micros = tv.tv_usec;
    } else if (length >= sizeof(int)) {
        int n = 0;
        std::memcpy(&n, buffer, sizeof n);
        v.number = n;
    } else if (length == 1) {
        v.number = buffer[0]; // Some BSD options are a single byte.
    }
    return v;
}

std::string renderOptionValue(const SocketOption& option, const unsigned char* buffer,
                              unsigned length)
{
    const OptionValue v = decodeOptionValue(option, buffer, length);
    switch (option.kind) {
    case OptionKind::Linger:
        return "{l_onoff=" + std::to_string(v.lingerOnOff)
            + ", l_linger=" + std::to_string(v.lingerSeconds) + "}";
    case OptionKind::Timeval:
        return "{tv_sec=" + std::to_string(v.seconds) + ", tv_usec=" + std::to_string(v.micros)
            + "}";
    case OptionKind::Int:
    case OptionKind::Bool:
        break;
    }
    return "[" + std::to_string(v.number) + "]";
}

std::string describeOptionValue(const SocketOption& option, const OptionValue& value)
{
    switch (option.kind) {
    case OptionKind::Linger:
        return value.lingerOnOff ? "on, " + std::to_string(value.lingerSeconds) + " s" : "off";
    case OptionKind::Timeval: {
        char text[64];
        std::snprintf(text, sizeof text, "%ld.%06ld s", value.seconds, value.micros);
        return text;
    }
    case OptionKind::Bool:
        return value.number ? "on (" + std::to_string(value.number) + ")" : "off (0)";
    case OptionKind::Int:
        break;
    }
    return std::to_string(value.number);
}

} // namespace spg::core
