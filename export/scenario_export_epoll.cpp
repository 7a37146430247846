// The C of the epoll calls, as a program written from the man pages makes them, printing the
// engine's lines (engine_epoll.cpp is the specification): the entry's data is the socket's
// fd, and a closed socket or instance is passed as INT_MAX, surely not open.
#include "export/scenario_export.h"

#include "core/words/epoll_words.h"

namespace spg::core::c_export {

namespace {

std::string eventsCode(unsigned events)
{
    return events == 0 ? "0" : replaceAll(epollEventsText(events), "|", " | ");
}

} // namespace

bool epollCode(const Step& s, const CallContext& context, Code& c, std::uint64_t& helpers)
{
    Lines& b = c.body;
    switch (s.call) {
    case CallKind::EpollCreate:
        b.push_back("$Depoll_create1(" + epollCreateFlagsText(s.flags) + ");");
        b.push_back("print_call($R, "
                    + cLiteral(pct("epoll_create1(" + epollCreateFlagsText(s.flags) + ")")) + ");");
        return true;
    case CallKind::EpollCtl: {
        const auto& [fd, closed] = context.watched;
        if (closed)
            b.push_back("/* " + fd
                        + " was closed: INT_MAX is surely not open, so the kernel "
                          "answers EBADF as for any closed fd. */");
        b.push_back("struct epoll_event ev = { .events = " + eventsCode(s.events)
                    + ", .data.u64 = (uint64_t)" + fd + " };");
        const std::string op = epollOpName(s.epollOp);
        b.push_back("$Depoll_ctl($FD, " + op + ", " + (closed ? "INT_MAX" : fd) + ", &ev);");
        b.push_back("print_epoll_ctl($R, $FD, " + op + ", " + fd + ", &ev);");
        helpers |= HelperEpollCtl;
        return true;
    }
    case CallKind::EpollWait: {
        const std::string n = num(s.maxEvents > 0 ? s.maxEvents : 1);
        b.push_back("struct epoll_event events[" + n + "];");
        if (context.socketClosed)
            b.push_back("/* $FD was closed: INT_MAX is surely not open, so the kernel answers "
                        "EBADF as for any closed fd. */");
        b.push_back("$Depoll_wait(" + std::string(context.socketClosed ? "INT_MAX" : "$FD")
                    + ", events, " + num(s.maxEvents) + ", " + num(s.timeoutMs) + ");");
        b.push_back("print_epoll_wait($R, $FD, events, " + num(s.maxEvents) + ", "
                    + num(s.timeoutMs) + ");");
        c.events = "events";
        helpers |= HelperEpollWait;
        return true;
    }
    default: return false;
    }
}

} // namespace spg::core::c_export
