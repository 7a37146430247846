#include "quick_calls.h"

#include <sys/socket.h>

namespace spg::ui {

namespace {

int domainOf(const std::string& address)
{
    if (address.rfind("unix:", 0) == 0)
        return AF_UNIX;
    return !address.empty() && address[0] == '[' ? AF_INET6 : AF_INET;
}

} // namespace

CallChain tcpListenerChain(const std::string& address, int backlog)
{
    return { core::makeSocket(domainOf(address), SOCK_STREAM),
             { core::makeBind(core::kNoSocket, address),
               core::makeListen(core::kNoSocket, backlog) } };
}

CallChain tcpClientChain(int domain, const std::string& address)
{
    return { core::makeSocket(domain, SOCK_STREAM), { core::makeConnect(core::kNoSocket, address) } };
}

CallChain udpSocketChain(const std::string& address)
{
    return { core::makeSocket(domainOf(address), SOCK_DGRAM), { core::makeBind(core::kNoSocket, address) } };
}

} // namespace spg::ui
