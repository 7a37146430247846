// epoll's names, in the order strace prints them.
#include "core/words/epoll_words.h"

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

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
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
        if (!epollEventFromName(trim(text.substr(0, bar)), one))
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

std::string epollCreateFlagsText(int flags)
{
    if (flags == 0)
        return "0";
    if (flags == epoll_bits::Cloexec)
        return "EPOLL_CLOEXEC";
    if (flags & epoll_bits::Cloexec)
        return "EPOLL_CLOEXEC|" + std::to_string(flags & ~epoll_bits::Cloexec);
    return std::to_string(flags);
}

bool parseEpollCreateFlags(std::string_view text, int& out)
{
    text = trim(text);
    if (text == "EPOLL_CLOEXEC") {
        out = epoll_bits::Cloexec;
        return true;
    }
    long long v = 0;
    if (!number(text, v) || v < 0 || v > 0x7fffffff)
        return false;
    out = static_cast<int>(v);
    return true;
}

std::string epollEventText(unsigned events, std::uint64_t data)
{
    return "{events=" + epollEventsText(events) + ", data={u32="
        + std::to_string(static_cast<std::uint32_t>(data)) + ", u64=" + std::to_string(data) + "}}";
}

} // namespace spg::core
