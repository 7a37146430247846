// Names of calls and automations, and the Command builders.
#include "core/engine/commands.h"

#include <array>

namespace spg::core {

std::string_view automationName(Automation automation)
{
    switch (automation) {
    case Automation::AutoAccept: return "auto-accept";
    case Automation::AutoReceive: return "auto-receive";
    case Automation::Echo: return "echo";
    }
    return "?";
}

Command makeSocket(int domain, int type, int protocol)
{
    Command c;
    c.kind = CallKind::Socket;
    c.domain = domain;
    c.type = type;
    c.protocol = protocol;
    return c;
}

Command makeCall(CallKind kind, SocketId s)
{
    Command c;
    c.kind = kind;
    c.socket = s;
    return c;
}

Command makeBind(SocketId s, std::string address)
{
    Command c = makeCall(CallKind::Bind, s);
    c.address = std::move(address);
    return c;
}

Command makeListen(SocketId s, int backlog)
{
    Command c = makeCall(CallKind::Listen, s);
    c.backlog = backlog;
    return c;
}

Command makeConnect(SocketId s, std::string address)
{
    Command c = makeCall(CallKind::Connect, s);
    c.address = std::move(address);
    return c;
}

Command makeAccept(SocketId s)
{
    return makeCall(CallKind::Accept, s);
}

Command makeSend(SocketId s, std::string bytes, int flags)
{
    Command c = makeCall(CallKind::Send, s);
    c.payload.push_back(std::move(bytes));
    c.flags = flags;
    return c;
}

Command makeRecv(SocketId s, std::size_t length, int flags)
{
    Command c = makeCall(CallKind::Recv, s);
    c.length = length;
    c.flags = flags;
    return c;
}

Command makeClose(SocketId s)
{
    return makeCall(CallKind::Close, s);
}

Command makeSetSockOpt(SocketId s, std::string option, std::string value, std::string level)
{
    Command c = makeCall(CallKind::SetSockOpt, s);
    c.level = std::move(level);
    c.option = std::move(option);
    c.value = std::move(value);
    return c;
}

Command makeGetSockOpt(SocketId s, std::string option, std::string level)
{
    Command c = makeCall(CallKind::GetSockOpt, s);
    c.level = std::move(level);
    c.option = std::move(option);
    return c;
}

Command makeShutdown(SocketId s, int how)
{
    Command c = makeCall(CallKind::Shutdown, s);
    c.how = how;
    return c;
}

Command makeAutomation(SocketId s, Automation automation, bool enable)
{
    Command c = makeCall(CallKind::SetAutomation, s);
    c.automation = automation;
    c.enable = enable;
    return c;
}

Command makeNonBlocking(SocketId s, bool enable)
{
    Command c = makeCall(CallKind::SetNonBlocking, s);
    c.enable = enable;
    return c;
}

Command makeCancel(SocketId s, CommandId target)
{
    Command c = makeCall(CallKind::Cancel, s);
    c.target = target;
    return c;
}

} // namespace spg::core
