// The scenario side of epoll: its arguments (flags, op, events, maxevents), and the
// `expect events` clause: `events [srv EPOLLIN, c1 EPOLLIN|EPOLLRDHUP]` (exactly these
// events came back, in any order) and `events has srv EPOLLIN` (srv's event holds at least
// these bits). The C exporter prints the same failure messages.
#include "core/scenario/scenario_epoll.h"

#include "core/scenario/scenario_text.h"
#include "core/words/epoll_words.h"
#include "core/words/strace_format.h"

#include <algorithm>

namespace spg::core {

using namespace scenario_text;

Message scenario_text::epollArgument(ArgKind kind, const std::string& text, Step& step)
{
    const auto expected = [&](const char* what) { return makeMessage("spg::scenario", what, text); };
    long n = 0;
    switch (kind) {
    case ArgKind::EpollFlags:
        return parseEpollCreateFlags(text, step.flags)
            ? Message {}
            : expected(SPG_TR_NOOP("spg::scenario", "expected flags: 0, EPOLL_CLOEXEC or a number "
                                                    "(EPOLL_CLOEXEC|0x10), got \"%1\""));
    case ArgKind::EpollOp:
        return epollOpFromName(text, step.epollOp)
            ? Message {}
            : expected(SPG_TR_NOOP("spg::scenario", "expected EPOLL_CTL_ADD, EPOLL_CTL_MOD or "
                                                    "EPOLL_CTL_DEL, got \"%1\""));
    case ArgKind::EpollEvents:
        return parseEpollEvents(text, step.events)
            ? Message {}
            : expected(SPG_TR_NOOP("spg::scenario", "expected EPOLLIN, EPOLLOUT, EPOLLRDHUP, "
                                                    "EPOLLPRI, EPOLLET, EPOLLONESHOT ... joined with "
                                                    "| (or a number), got \"%1\""));
    case ArgKind::MaxEvents:
        // Any number reaches the kernel (0 or less: its EINVAL); the buffer is bounded.
        if (!parseLong(text, n) || n > 1024 || n < -1024)
            return expected(SPG_TR_NOOP("spg::scenario",
                                        "expected maxevents, a number up to 1024, got \"%1\""));
        step.maxEvents = static_cast<int>(n);
        return {};
    default: return makeMessage("spg::scenario", SPG_TR_NOOP("spg::scenario", "this argument is not epoll's"));
    }
}

// After `events`: "[a EPOLLIN, b EPOLLOUT]", "[]" or "has a EPOLLIN".
Message parseEventsClause(std::string rest, const std::set<std::string>& sockets, Expectation& e)
{
    e.kind = ExpectKind::Events;
    auto say = [](const char* text, const auto&... args) {
        return makeMessage("spg::scenario", text, args...);
    };
    auto entry = [&](const std::string& text) -> Message {
        const std::string t = trimmed(text);
        const auto space = t.find(' ');
        const std::string name = t.substr(0, space);
        unsigned bits = 0;
        if (space == std::string::npos || !isIdentifier(name))
            return say(SPG_TR_NOOP("spg::scenario",
                                   "expected a socket and its events: srv EPOLLIN, got \"%1\""),
                       t);
        if (!sockets.count(name))
            return say(SPG_TR_NOOP("spg::scenario", "unknown socket \"%1\""), name);
        if (!parseEpollEvents(trimmed(t.substr(space)), bits))
            return say(SPG_TR_NOOP("spg::scenario",
                                   "expected EPOLL* names joined with |, or a number, got \"%1\""),
                       trimmed(t.substr(space)));
        if (std::find(e.sockets.begin(), e.sockets.end(), name) != e.sockets.end())
            return say(SPG_TR_NOOP("spg::scenario", "\"%1\" is written twice"), name);
        e.sockets.push_back(name);
        e.eventBits.push_back(bits);
        return {};
    };
    return parseListClause(rest, "events", "srv EPOLLIN", e.has, entry);
}

std::string formatEventsClause(const Expectation& e)
{
    auto one = [&](std::size_t i) {
        return e.sockets[i] + " " + epollEventsText(i < e.eventBits.size() ? e.eventBits[i] : 0);
    };
    if (e.has)
        return "events has " + (e.sockets.empty() ? std::string() : one(0));
    std::string out = "events [";
    for (std::size_t i = 0; i < e.sockets.size(); ++i)
        out += (i ? ", " : "") + one(i);
    return out + "]";
}

// Exactly the written events came back (any order), or for `has` the named socket's event
// holds at least these bits. `names` are the returned events' sockets, in the kernel's order.
std::optional<Message> checkEvents(const Expectation& e, const CallRecord& r,
                                   const std::vector<std::string>& names)
{
    Expectation got;
    got.kind = ExpectKind::Events;
    for (std::size_t i = 0; i < r.epollEvents.size(); ++i) {
        got.sockets.push_back(i < names.size() ? names[i] : "?");
        got.eventBits.push_back(r.epollEvents[i].events);
    }
    bool ok = r.result >= 0;
    if (ok && e.has) {
        const auto at = std::find(got.sockets.begin(), got.sockets.end(), e.sockets.at(0));
        ok = at != got.sockets.end()
            && (got.eventBits[static_cast<std::size_t>(at - got.sockets.begin())]
                & e.eventBits.at(0))
                == e.eventBits.at(0);
    } else if (ok) {
        ok = got.sockets.size() == e.sockets.size();
        for (std::size_t i = 0; ok && i < e.sockets.size(); ++i) {
            const auto at = std::find(got.sockets.begin(), got.sockets.end(), e.sockets[i]);
            ok = at != got.sockets.end()
                && got.eventBits[static_cast<std::size_t>(at - got.sockets.begin())]
                    == e.eventBits[i];
        }
    }
    if (ok)
        return std::nullopt;
    return makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "expected %1, got %2"),
                       formatEventsClause(e),
                       r.result < 0 ? resultTail(SysResult { r.result, r.error }).substr(2)
                                    : formatEventsClause(got));
}

} // namespace spg::core
