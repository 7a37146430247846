// Reads socket state for snapshots: addresses, queues, buffer sizes and the TCP state. The
// platform's ways of asking (Linux TCP_INFO, whose tcpi_unacked and tcpi_sacked mean a
// listener's queue and limit; macOS TCP_CONNECTION_INFO and SO_NWRITE; FreeBSD TCP_INFO and
// SO_LISTENQLEN) are in the syscall seam; here each kernel's state numbers map onto TcpState.
#include "core/engine/socket_info.h"

#include "core/words/address.h"
#include "core/sys/sys.h"

#include <array>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

namespace spg::core {

std::string_view lifecycleName(Lifecycle lifecycle)
{
    switch (lifecycle) {
    case Lifecycle::Created: return "created";
    case Lifecycle::Bound: return "bound";
    case Lifecycle::Listening: return "listening";
    case Lifecycle::Connecting: return "connecting";
    case Lifecycle::Connected: return "connected";
    case Lifecycle::Closed: return "closed";
    }
    return "?";
}

std::string_view tcpStateName(TcpState state)
{
    static constexpr std::array<std::string_view, 12> names = {
        "", "CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "CLOSE_WAIT",
        "FIN_WAIT_1", "CLOSING", "LAST_ACK", "FIN_WAIT_2", "TIME_WAIT"
    };
    return names[static_cast<std::size_t>(state)];
}

TcpState tcpStateFromLinux(int state)
{
    // include/net/tcp_states.h: 1 ESTABLISHED .. 11 CLOSING, 12 NEW_SYN_RECV.
    switch (state) {
    case 1: return TcpState::Established;
    case 2: return TcpState::SynSent;
    case 3: return TcpState::SynReceived;
    case 4: return TcpState::FinWait1;
    case 5: return TcpState::FinWait2;
    case 6: return TcpState::TimeWait;
    case 7: return TcpState::Closed;
    case 8: return TcpState::CloseWait;
    case 9: return TcpState::LastAck;
    case 10: return TcpState::Listen;
    case 11: return TcpState::Closing;
    case 12: return TcpState::SynReceived;
    }
    return TcpState::None;
}

TcpState tcpStateFromBsd(int state)
{
    // netinet/tcp_fsm.h: TCPS_CLOSED 0 .. TCPS_TIME_WAIT 10, the same on macOS and FreeBSD.
    static constexpr std::array<TcpState, 11> map = {
        TcpState::Closed, TcpState::Listen, TcpState::SynSent, TcpState::SynReceived,
        TcpState::Established, TcpState::CloseWait, TcpState::FinWait1, TcpState::Closing,
        TcpState::LastAck, TcpState::FinWait2, TcpState::TimeWait
    };
    return state >= 0 && state < 11 ? map[static_cast<std::size_t>(state)] : TcpState::None;
}

namespace {

long intOption(int fd, int level, int name)
{
    int value = 0;
    socklen_t len = sizeof value;
    const SysResult r = sys::getsockopt(fd, level, name, &value, &len);
    return r.ok() ? value : -1;
}

void readAddresses(int fd, SocketIntrospection& out, const SockAddr* knownPeer)
{
    SockAddr local;
    local.length = sizeof local.storage;
    if (sys::getsockname(fd, local.get(), &local.length).ok()) {
        out.local = formatAddress(local);
        Endpoint e;
        e.addr = local;
        out.localIsWildcard = e.isWildcard();
        out.localAddr = local;
    }
    if (knownPeer) {
        out.peer = formatAddress(*knownPeer);
        out.peerAddr = *knownPeer;
        return;
    }
    SockAddr peer;
    peer.length = sizeof peer.storage;
    if (sys::getpeername(fd, peer.get(), &peer.length).ok()) {
        out.peer = formatAddress(peer);
        out.peerAddr = peer;
    }
}

// Linux's inet_getname() and the BSDs' getpeername() answer ENOTCONN for a TCP socket in
// CLOSED or SYN_SENT (or one that was never connected); in any other state, the address of
// the peer it was connected to, which for an accepted connection is what accept() gave.
bool peerStandsAsAccepted(TcpState state)
{
    return state != TcpState::None && state != TcpState::Closed && state != TcpState::SynSent
        && state != TcpState::Listen;
}

// The TCP state and, for listeners, the accept queue, in each platform's own way: the seam
// reads the kernel's numbers, and this maps them onto one TcpState.
void readTcp(int fd, SocketIntrospection& out)
{
    const sys::TcpInfo info = sys::readTcpInfo(fd);
    if (info.known)
        out.tcpState =
            info.linuxNumbering ? tcpStateFromLinux(info.state) : tcpStateFromBsd(info.state);
    if (out.tcpState != TcpState::Listen)
        return;
    out.acceptQueue = info.acceptQueue;
    out.acceptLimit = info.acceptLimit;
    sys::readListenQueue(fd, out.acceptQueue, out.acceptLimit);
}

} // namespace

SocketIntrospection introspect(int fd, int domain, int type, int protocol,
                               const SockAddr* acceptedPeer)
{
    SocketIntrospection out;
    const bool tcp = (domain == AF_INET || domain == AF_INET6) && type == SOCK_STREAM
        && (protocol == 0 || protocol == IPPROTO_TCP);
    if (tcp)
        readTcp(fd, out);
    const bool peerKnown = tcp && acceptedPeer && acceptedPeer->length > 0
        && peerStandsAsAccepted(out.tcpState);
    readAddresses(fd, out, peerKnown ? acceptedPeer : nullptr);
    int queued = 0;
    if (sys::ioctl(fd, FIONREAD, &queued).ok())
        out.receiveQueued = queued;
    out.sendQueued = sys::sendQueued(fd);
    out.receiveBuffer = intOption(fd, SOL_SOCKET, SO_RCVBUF);
    out.sendBuffer = intOption(fd, SOL_SOCKET, SO_SNDBUF);
    return out;
}

} // namespace spg::core
