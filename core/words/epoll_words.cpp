// epoll's names, in the order strace prints them.
#include "core/words/epoll_words.h"

#include "core/words/blanks.h"

#include <cstdio>
#include <cstdlib>

namespace spg::core {

namespace {

struct Named {
    unsigned bit;
    std::string_view name;
};

constexpr Named kEvents[] = {
    { epoll_bits::In, "EPOLLIN" },
    { epoll_bits::Pri, "EPOLLPRI" },
    { epoll_bits::Out, "EPOLLOUT" },
    { epoll_bits::Err, "EPOLLERR" },
    { epoll_bits::Hup, "EPOLLHUP" },
    { 0x040, "EPOLLRDNORM" },
    { 0x080, "EPOLLRDBAND" },
    { 0x100, "EPOLLWRNORM" },
    { 0x200, "EPOLLWRBAND" },
    { 0x400, "EPOLLMSG" },
    { epoll_bits::RdHup, "EPOLLRDHUP" },
    { 1u << 28, "EPOLLEXCLUSIVE" },
    { 1u << 29, "EPOLLWAKEUP" },
    { epoll_bits::OneShot, "EPOLLONESHOT" },
    { epoll_bits::Et, "EPOLLET" },
};

bool number(std::string_view text, long long& out)
{
    if (text.empty() || text.size() > 20)
        return false;
    const std::string s(text);
    char* end = nullptr;
    out = std::strtoll(s.c_str(), &end, 0);
    return end && *end == '\0';
}


} // namespace

std::string epollEventsText(unsigned events)
{
    std::string out;
    unsigned rest = events;
    for (const Named& n : kEvents)
        if (events & n.bit) {
            out += (out.empty() ? "" : "|") + std::string(n.name);
            rest &= ~n.bit;
        }
    if (rest) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%#x", rest);
        out += (out.empty() ? "" : "|") + std::string(hex);
    }
    return out.empty() ? "0" : out;
}

bool epollEventFromName(std::string_view name, unsigned& out)
{
    for (const Named& n : kEvents)
        if (n.name == name) {
            out = n.bit;
            return true;
        }
    long long v = 0;
    if (number(name, v) && v >= 0 && v <= 0xffffffffLL) {
        out = static_cast<unsigned>(v);
        return true;
    }
    return false;
}

bool parseEpollEvents(std::string_view text, unsigned& out)
{
    out = 0;
    while (true) {
        const auto bar = text.find('|');
        unsigned one = 0;
        if (!epollEventFromName(trimBlanks(text.substr(0, bar)), one))
            return false;
        out |= one;
        if (bar == std::string_view::npos)
            return true;
        text.remove_prefix(bar + 1);
    }
}

std::string epollOpName(int op)
{
    switch (op) {
    case epoll_bits::CtlAdd: return "EPOLL_CTL_ADD";
    case epoll_bits::CtlDel: return "EPOLL_CTL_DEL";
    case epoll_bits::CtlMod: return "EPOLL_CTL_MOD";
    default: return std::to_string(op);
    }
}

bool epollOpFromName(std::string_view name, int& out)
{
    for (int op : { epoll_bits::CtlAdd, epoll_bits::CtlDel, epoll_bits::CtlMod })
        if (epollOpName(op) == name) {
            out = op;
            return true;
        }
    long long v = 0;
    if (!number(name, v) || v < -1000 || v > 1000)
        return false;
    out = static_cast<int>(v);
    return true;
}

// Bits the kernel refuses (EINVAL) are still the user's to pass: they print as one hex
// number after the name, and read back the same.
std::string epollCreateFlagsText(int flags)
{
    const unsigned bits = static_cast<unsigned>(flags);
    const unsigned rest = bits & ~static_cast<unsigned>(epoll_bits::Cloexec);
    char hex[16];
    std::snprintf(hex, sizeof hex, "0x%x", rest);
    if (bits == 0)
        return "0";
    if (rest == 0)
        return "EPOLL_CLOEXEC";
    return (bits & epoll_bits::Cloexec) ? "EPOLL_CLOEXEC|" + std::string(hex) : std::string(hex);
}

bool parseEpollCreateFlags(std::string_view text, int& out)
{
    unsigned bits = 0;
    for (std::string_view rest = text; !rest.empty();) {
        const std::size_t bar = rest.find('|');
        const std::string_view part = trimBlanks(rest.substr(0, bar));
        long long v = 0;
        if (part == "EPOLL_CLOEXEC")
            bits |= static_cast<unsigned>(epoll_bits::Cloexec);
        else if (number(part, v) && v >= 0 && v <= 0xffffffffLL)
            bits |= static_cast<unsigned>(v);
        else
            return false;
        if (bar == std::string_view::npos)
            break;
        rest.remove_prefix(bar + 1);
    }
    if (trimBlanks(text).empty())
        return false;
    out = static_cast<int>(bits);
    return true;
}

std::string epollEventText(unsigned events, std::uint64_t data)
{
    return "{events=" + epollEventsText(events) + ", data={u32="
        + std::to_string(static_cast<std::uint32_t>(data)) + ", u64=" + std::to_string(data) + "}}";
}

} // namespace spg::core
