// Renders steps back into scenario lines, so a session recorded in the window reads like a
// file written by hand (and parses back into the same steps).
#include "core/scenario/scenario.h"

#include "core/sys/poller.h"
#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_kevent.h"
#include "core/scenario/scenario_text.h"
#include "core/words/epoll_words.h"

namespace spg::core {

namespace {

// A value with no name (shutdown(s, 7) earns EINVAL) stays a number, so it reads back.
std::string howSymbol(int how)
{
    switch (how) {
    case SHUT_RD: return "SHUT_RD";
    case SHUT_WR: return "SHUT_WR";
    case SHUT_RDWR: return "SHUT_RDWR";
    }
    return std::to_string(how);
}

std::string payloadText(const Step& s)
{
    if (!s.payloadFile.empty())
        return "file(" + cString(s.payloadFile) + ")";
    return cString(s.payload.empty() ? "" : s.payload[0]);
}

std::string listOf(const std::vector<std::string>& items)
{
    std::string out;
    for (const std::string& i : items)
        out += (out.empty() ? "" : ", ") + i;
    return "[" + out + "]";
}

// One argument as a scenario writes it, by its kind in the call table.
std::string argumentText(ArgKind kind, const Step& s)
{
    std::vector<std::string> items;
    switch (kind) {
    case ArgKind::Socket: return s.socket;
    case ArgKind::Domain: return domainSymbol(s.domain);
    case ArgKind::Type: return typeSymbol(s.type);
    case ArgKind::Protocol: return std::to_string(s.protocol);
    case ArgKind::Address: return s.address.text();
    case ArgKind::Backlog: return std::to_string(s.backlog);
    case ArgKind::MsgFlags: return flagsSymbol(s.flags);
    case ArgKind::SockFlags: return sockFlagsSymbol(s.flags);
    case ArgKind::Bytes: return payloadText(s);
    case ArgKind::BytesList:
        for (const std::string& p : s.payload)
            items.push_back(cString(p));
        return listOf(items);
    case ArgKind::Length: return std::to_string(s.length);
    case ArgKind::LengthList:
        for (std::size_t n : s.iovLengths)
            items.push_back(std::to_string(n));
        return listOf(items);
    case ArgKind::How: return howSymbol(s.how);
    case ArgKind::Level: return s.level;
    case ArgKind::Option: return s.option;
    case ArgKind::OptionValue: return s.value;
    case ArgKind::SetFlCommand: return "F_SETFL";
    case ArgKind::GetFlCommand: return "F_GETFL";
    case ArgKind::NonBlockFlag: return s.enable ? "O_NONBLOCK" : "0";
    case ArgKind::IoctlRequest: return "FIONREAD";
    case ArgKind::PollList:
        for (const PollArg& a : s.pollFds)
            items.push_back(a.socket + " " + pollEventsText(a.events));
        return listOf(items);
    case ArgKind::Timeout: return std::to_string(s.timeoutMs);
    case ArgKind::ReadFds:
    case ArgKind::WriteFds:
    case ArgKind::ExceptFds:
        return listOf(s.fdSets[static_cast<std::size_t>(kind) - static_cast<std::size_t>(ArgKind::ReadFds)]);
    case ArgKind::Epoll: return s.socket;
    case ArgKind::WatchedFd: return s.watched;
    case ArgKind::EpollFlags: return epollCreateFlagsText(s.flags);
    case ArgKind::EpollOp: return epollOpName(s.epollOp);
    case ArgKind::EpollEvents: return epollEventsText(s.events);
    case ArgKind::MaxEvents: return std::to_string(s.maxEvents);
    case ArgKind::Changelist: return changelistText(s.changes, false);
    case ArgKind::Changelist64: return changelistText(s.changes, true);
    case ArgKind::EventCount: return std::to_string(s.nevents);
    case ArgKind::Kevent64Flags: return kevent64FlagsText(s.keventFlags);
    }
    return "";
}

std::string callText(const Step& s)
{
    if (s.call == CallKind::SetAutomation)
        return std::string(s.automation == Automation::AutoAccept ? "auto_accept"
                           : s.automation == Automation::AutoReceive ? "auto_receive"
                                                                     : "echo")
            + "(" + s.socket + ")";
    const CallSpec& spec = callSpec(s.call);
    if (spec.has(Control))
        return "# (engine control, not a socket call)";
    std::string args;
    for (const ArgSpec& a : spec.args) {
        const std::string text = argumentText(a.kind, s);
        if (a.optional && text.empty())
            continue;
        args += (args.empty() ? "" : ", ") + text;
    }
    return std::string(spec.name) + "(" + args + ")";
}

} // namespace

std::string automationLine(const Step& step)
{
    const char* what = step.automation == Automation::AutoAccept
        ? "every connection it queues is accepted"
        : step.automation == Automation::AutoReceive ? "what arrives is read and kept"
                                                     : "what arrives is sent back";
    const char* scope =
        step.automation == Automation::AutoAccept ? "" : " (on a listener: on each connection it accepts)";
    return "# " + std::string(automationName(step.automation)) + " on for " + step.socket + ": "
        + what + scope;
}

std::string formatStep(const Step& s)
{
    std::string line;
    switch (s.kind) {
    case StepKind::Wait:
        line = s.waitFor.empty() ? "wait" : "wait " + s.waitFor;
        if (s.waitTimeoutMs > 0)
            line += s.waitTimeoutMs % 1000 == 0 ? " " + std::to_string(s.waitTimeoutMs / 1000) + "s"
                                                : " " + std::to_string(s.waitTimeoutMs) + "ms";
        break;
    case StepKind::Sleep: line = "sleep(" + std::to_string(s.sleepMs) + ")"; break;
    case StepKind::Call:
        if (!s.assign.empty())
            line = s.assign + (s.assign2.empty() ? "" : ", " + s.assign2) + " = ";
        line += callText(s);
        if (s.untilEof)
            line += " until EOF";
        if (s.background)
            line += " &";
        if (s.ask)
            line += " ask";
        break;
    }
    const std::string expect = formatExpectations(s.expects);
    if (!expect.empty())
        line += (line.size() < 36 ? std::string(36 - line.size(), ' ') : std::string(" ")) + expect;
    return line;
}

} // namespace spg::core
