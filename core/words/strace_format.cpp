// strace-style rendering helpers. Flag names are listed only where the platform defines
// them, so the same code prints MSG_NOSIGNAL on Linux and omits it on macOS.
#include "core/words/strace_format.h"

#include "core/words/c_escapes.h"

#include "core/words/errno_names.h"

#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <utility>

namespace spg::core {

namespace {

using FlagName = std::pair<int, const char*>;

std::string flagsText(int flags, std::initializer_list<FlagName> names)
{
    std::string out;
    for (const auto& [bit, name] : names) {
        if (bit != 0 && (flags & bit) == bit) {
            if (!out.empty())
                out += '|';
            out += name;
            flags &= ~bit;
        }
    }
    if (flags != 0) {
        char hex[24];
        std::snprintf(hex, sizeof hex, "%#x", static_cast<unsigned>(flags));
        if (!out.empty())
            out += '|';
        out += hex;
    }
    return out.empty() ? "0" : out;
}

} // namespace

std::string quoteBytes(const void* data, std::size_t length, std::size_t limit)
{
    const std::size_t shown = length < limit ? length : limit;
    std::string out = "\"" + cEscapeBody(std::string_view(static_cast<const char*>(data), shown)) + "\"";
    if (shown < length)
        out += "...";
    return out;
}

std::string msgFlagsText(int flags)
{
    return flagsText(flags, {
        { MSG_OOB, "MSG_OOB" },
        { MSG_PEEK, "MSG_PEEK" },
        { MSG_DONTROUTE, "MSG_DONTROUTE" },
        { MSG_CTRUNC, "MSG_CTRUNC" },
        { MSG_TRUNC, "MSG_TRUNC" },
        { MSG_DONTWAIT, "MSG_DONTWAIT" },
        { MSG_EOR, "MSG_EOR" },
        { MSG_WAITALL, "MSG_WAITALL" },
#ifdef MSG_NOSIGNAL
        { MSG_NOSIGNAL, "MSG_NOSIGNAL" },
#endif
#ifdef MSG_MORE
        { MSG_MORE, "MSG_MORE" },
#endif
    });
}

std::string shutdownHowText(int how)
{
    switch (how) {
    case SHUT_RD: return "SHUT_RD";
    case SHUT_WR: return "SHUT_WR";
    case SHUT_RDWR: return "SHUT_RDWR";
    }
    return std::to_string(how);
}

std::string protocolText(int domain, int protocol)
{
    if (domain != AF_INET && domain != AF_INET6)
        return std::to_string(protocol);
    switch (protocol) {
    case 0: return "IPPROTO_IP";
    case IPPROTO_TCP: return "IPPROTO_TCP";
    case IPPROTO_UDP: return "IPPROTO_UDP";
#ifdef IPPROTO_SCTP
    case IPPROTO_SCTP: return "IPPROTO_SCTP";
#endif
    case IPPROTO_ICMP: return "IPPROTO_ICMP";
    }
    return std::to_string(protocol);
}

std::string resultTail(const SysResult& result)
{
    if (result.value >= 0)
        return "= " + std::to_string(result.value);
    return "= -1 " + errnoName(result.error) + " (" + errnoText(result.error) + ")";
}

std::string fileFlagsText(int flags)
{
    std::string access;
    switch (flags & O_ACCMODE) {
    case O_RDONLY: access = "O_RDONLY"; break;
    case O_WRONLY: access = "O_WRONLY"; break;
    default: access = "O_RDWR"; break;
    }
    const std::string rest = flagsText(flags & ~O_ACCMODE, {
        { O_NONBLOCK, "O_NONBLOCK" },
        { O_APPEND, "O_APPEND" },
#ifdef O_ASYNC
        { O_ASYNC, "O_ASYNC" },
#endif
    });
    return rest == "0" ? access : access + "|" + rest;
}

std::string sockFlagsText(int flags)
{
    return flagsText(flags, {
#ifdef SOCK_NONBLOCK
        { SOCK_NONBLOCK, "SOCK_NONBLOCK" },
        { SOCK_CLOEXEC, "SOCK_CLOEXEC" },
#endif
    });
}

namespace {

// The length of the well-formed UTF-8 sequence at `at` (2 to 4), or 0. Overlong forms,
// surrogates and code points past U+10FFFF are not well formed.
std::size_t utf8Length(std::string_view text, std::size_t at)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[at + i]); };
    const unsigned char lead = byte(0);
    const std::size_t n = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0;
    if (n == 0 || lead > 0xf4 || at + n > text.size())
        return 0;
    for (std::size_t i = 1; i < n; ++i)
        if ((byte(i) & 0xc0) != 0x80)
            return 0;
    if ((lead == 0xe0 && byte(1) < 0xa0) || (lead == 0xed && byte(1) > 0x9f)
        || (lead == 0xf0 && byte(1) < 0x90) || (lead == 0xf4 && byte(1) > 0x8f))
        return 0;
    return n;
}

void appendOctal(std::string& out, unsigned char c)
{
    char octal[8];
    std::snprintf(octal, sizeof octal, "\\%o", c); // strace: \33 for ESC, \0 for NUL
    out += octal;
}

} // namespace

std::string escapeControls(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7f) {
            out += text[i++];
        } else if (c == '\n' || c == '\t') {
            out += c == '\n' ? "\\n" : "\\t";
            ++i;
        } else if (const std::size_t n = c >= 0x80 ? utf8Length(text, i) : 0; n != 0) {
            // Readable text stays readable, except the C1 controls (U+0080 to U+009F, among
            // them CSI U+009B), which some terminals obey as they obey ESC [.
            const bool c1 = c == 0xc2 && static_cast<unsigned char>(text[i + 1]) < 0xa0;
            for (std::size_t k = 0; k < n; ++k)
                c1 ? appendOctal(out, static_cast<unsigned char>(text[i + k])) : void(out += text[i + k]);
            i += n;
        } else {
            // A control byte, DEL, or a byte of no UTF-8 character (a lone 0x9b is CSI to an
            // 8-bit terminal).
            appendOctal(out, c);
            ++i;
        }
    }
    return out;
}

} // namespace spg::core
