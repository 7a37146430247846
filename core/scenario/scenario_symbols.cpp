// The symbolic constants scenario files may use, with the values of this platform, plus the
// small formatters shared by the recorder and the C exporter.
#include "core/scenario/scenario.h"

#include "core/words/strace_format.h"

#include <array>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace spg::core {

namespace {

struct Symbol {
    const char* name;
    int value;
};

const Symbol kSymbols[] = {
    { "AF_INET", AF_INET }, { "AF_INET6", AF_INET6 }, { "AF_UNIX", AF_UNIX },
    { "AF_LOCAL", AF_UNIX }, { "AF_UNSPEC", AF_UNSPEC }, { "PF_INET", AF_INET },
    { "PF_INET6", AF_INET6 }, { "PF_UNIX", AF_UNIX },
    { "SOCK_STREAM", SOCK_STREAM }, { "SOCK_DGRAM", SOCK_DGRAM },
    { "SOCK_SEQPACKET", SOCK_SEQPACKET }, { "SOCK_RAW", SOCK_RAW },
#ifdef SOCK_NONBLOCK
    { "SOCK_NONBLOCK", SOCK_NONBLOCK }, { "SOCK_CLOEXEC", SOCK_CLOEXEC },
#endif
    { "IPPROTO_IP", 0 }, { "IPPROTO_TCP", IPPROTO_TCP }, { "IPPROTO_UDP", IPPROTO_UDP },
    { "MSG_PEEK", MSG_PEEK }, { "MSG_WAITALL", MSG_WAITALL }, { "MSG_DONTWAIT", MSG_DONTWAIT },
    { "MSG_OOB", MSG_OOB }, { "MSG_TRUNC", MSG_TRUNC }, { "MSG_DONTROUTE", MSG_DONTROUTE },
    { "MSG_EOR", MSG_EOR }, { "MSG_CTRUNC", MSG_CTRUNC },
#ifdef MSG_NOSIGNAL
    { "MSG_NOSIGNAL", MSG_NOSIGNAL },
#endif
#ifdef MSG_MORE
    { "MSG_MORE", MSG_MORE },
#endif
    { "SHUT_RD", SHUT_RD }, { "SHUT_WR", SHUT_WR }, { "SHUT_RDWR", SHUT_RDWR },
    { "O_NONBLOCK", O_NONBLOCK }, { "F_SETFL", F_SETFL }, { "F_GETFL", F_GETFL },
    { "FIONREAD", 0 },
};

} // namespace

bool symbolValue(std::string_view name, int& out)
{
    for (const Symbol& s : kSymbols)
        if (name == s.name) {
            out = s.value;
            return true;
        }
    return false;
}

std::string domainSymbol(int domain)
{
    switch (domain) {
    case AF_INET: return "AF_INET";
    case AF_INET6: return "AF_INET6";
    case AF_UNIX: return "AF_UNIX";
    }
    return std::to_string(domain);
}

std::string typeSymbol(int type)
{
    std::string out;
    int base = type;
#ifdef SOCK_NONBLOCK
    base &= ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
#endif
    switch (base) {
    case SOCK_STREAM: out = "SOCK_STREAM"; break;
    case SOCK_DGRAM: out = "SOCK_DGRAM"; break;
    case SOCK_SEQPACKET: out = "SOCK_SEQPACKET"; break;
    case SOCK_RAW: out = "SOCK_RAW"; break;
    default: out = std::to_string(base);
    }
#ifdef SOCK_NONBLOCK
    if (type & SOCK_NONBLOCK)
        out += "|SOCK_NONBLOCK";
    if (type & SOCK_CLOEXEC)
        out += "|SOCK_CLOEXEC";
#endif
    return out;
}

namespace {

// The names of `prefix` symbols the parser knows whose bits are set, then whatever is left
// as a decimal number, so that every value formats into text that parses back to it.
std::string bitsSymbol(int flags, std::string_view prefix)
{
    std::string out;
    unsigned left = static_cast<unsigned>(flags);
    for (const Symbol& s : kSymbols) {
        const auto bit = static_cast<unsigned>(s.value);
        if (std::string_view(s.name).rfind(prefix, 0) == 0 && bit != 0 && (left & bit) == bit) {
            out += (out.empty() ? "" : "|") + std::string(s.name);
            left &= ~bit;
        }
    }
    if (left != 0 || out.empty())
        out += (out.empty() ? "" : "|") + std::to_string(left);
    return out;
}

} // namespace

std::string flagsSymbol(int flags)
{
    return bitsSymbol(flags, "MSG_");
}

std::string sockFlagsSymbol(int flags)
{
    return bitsSymbol(flags, "SOCK_");
}

std::string cString(std::string_view bytes)
{
    return quoteBytes(bytes.data(), bytes.size(), bytes.size());
}

std::string ScenarioError::format(const std::string& file) const
{
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

bool ScenarioParse::onlyUnavailable() const
{
    if (errors.empty())
        return false;
    for (const ScenarioError& e : errors)
        if (!e.unavailable)
            return false;
    return true;
}

} // namespace spg::core
