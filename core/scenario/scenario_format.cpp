// Renders steps back into scenario lines, so a session recorded in the window reads like a
// file written by hand (and parses back into the same steps).
#include "core/scenario/scenario.h"

#include "core/sys/poller.h"
#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_text.h"

namespace spg::core {

namespace {

std::string socketArgs(const Step& s)
{
    return domainSymbol(s.domain) + ", " + typeSymbol(s.type) + ", " + std::to_string(s.protocol);
}

std::string howSymbol(int how)
{
    return how == SHUT_RD ? "SHUT_RD" : how == SHUT_RDWR ? "SHUT_RDWR" : "SHUT_WR";
}

std::string payloadText(const Step& s)
{
    if (!s.payloadFile.empty())
        return "file(" + cString(s.payloadFile) + ")";
    return cString(s.payload.empty() ? "" : s.payload[0]);
}

std::string callText(const Step& s)
{
    const std::string sock = s.socket;
    switch (s.call) {
    case CallKind::Socket: return "socket(" + socketArgs(s) + ")";
    case CallKind::Socketpair: return "socketpair(" + socketArgs(s) + ")";
    case CallKind::Bind: return "bind(" + sock + ", " + s.address.text() + ")";
    case CallKind::Connect: return "connect(" + sock + ", " + s.address.text() + ")";
    case CallKind::Listen: return "listen(" + sock + ", " + std::to_string(s.backlog) + ")";
    case CallKind::Accept: return "accept(" + sock + ")";
    case CallKind::Send:
        return "send(" + sock + ", " + payloadText(s) + ", " + flagsSymbol(s.flags) + ")";
    case CallKind::SendTo:
        return "sendto(" + sock + ", " + payloadText(s) + ", " + flagsSymbol(s.flags) + ", "
            + s.address.text() + ")";
    case CallKind::Recv:
    case CallKind::RecvFrom:
        return std::string(callName(s.call)) + "(" + sock + ", " + std::to_string(s.length) + ", "
            + flagsSymbol(s.flags) + ")";
    case CallKind::SendMsg: {
        std::string parts;
        for (const std::string& p : s.payload)
            parts += (parts.empty() ? "" : ", ") + cString(p);
        return "sendmsg(" + sock + ", [" + parts + "], " + flagsSymbol(s.flags)
            + (s.address.text().empty() ? "" : ", " + s.address.text()) + ")";
    }
    case CallKind::RecvMsg: {
        std::string sizes;
        for (std::size_t n : s.iovLengths)
            sizes += (sizes.empty() ? "" : ", ") + std::to_string(n);
        return "recvmsg(" + sock + ", [" + sizes + "], " + flagsSymbol(s.flags) + ")";
    }
    case CallKind::Shutdown: return "shutdown(" + sock + ", " + howSymbol(s.how) + ")";
    case CallKind::Close: return "close(" + sock + ")";
    case CallKind::SetSockOpt:
        return "setsockopt(" + sock + ", " + s.level + ", " + s.option + ", " + s.value + ")";
    case CallKind::GetSockOpt: return "getsockopt(" + sock + ", " + s.level + ", " + s.option + ")";
    case CallKind::GetSockName: return "getsockname(" + sock + ")";
    case CallKind::GetPeerName: return "getpeername(" + sock + ")";
    case CallKind::Poll: {
        std::string entries;
        for (const PollArg& a : s.pollFds)
            entries += (entries.empty() ? "" : ", ") + a.socket + " " + pollEventsText(a.events);
        return "poll([" + entries + "], " + std::to_string(s.timeoutMs) + ")";
    }
    case CallKind::SetNonBlocking:
        return "fcntl(" + sock + ", F_SETFL, " + (s.enable ? "O_NONBLOCK" : "0") + ")";
    case CallKind::IoctlFionread: return "ioctl(" + sock + ", FIONREAD)";
    case CallKind::SetAutomation:
        return std::string(s.automation == Automation::AutoAccept ? "auto_accept"
                           : s.automation == Automation::AutoReceive ? "auto_receive"
                                                                     : "echo")
            + "(" + sock + ")";
    default: return "# (engine control, not a socket call)";
    }
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
        break;
    }
    const std::string expect = formatExpectations(s.expects);
    if (!expect.empty())
        line += (line.size() < 36 ? std::string(36 - line.size(), ' ') : std::string(" ")) + expect;
    return line;
}

} // namespace spg::core
