#include "call_help.h"

#include <QObject>

namespace spg::ui {

using core::CallKind;

QString callSignature(CallKind kind)
{
    switch (kind) {
    case CallKind::Socket: return QStringLiteral("int socket(int domain, int type, int protocol)");
    case CallKind::Socketpair: return QStringLiteral("int socketpair(int domain, int type, int protocol, int sv[2])");
    case CallKind::Bind: return QStringLiteral("int bind(int fd, const struct sockaddr *addr, socklen_t len)");
    case CallKind::Listen: return QStringLiteral("int listen(int fd, int backlog)");
    case CallKind::Connect: return QStringLiteral("int connect(int fd, const struct sockaddr *addr, socklen_t len)");
    case CallKind::Accept: return QStringLiteral("int accept(int fd, struct sockaddr *addr, socklen_t *len)");
    case CallKind::Send: return QStringLiteral("ssize_t send(int fd, const void *buf, size_t len, int flags)");
    case CallKind::Recv: return QStringLiteral("ssize_t recv(int fd, void *buf, size_t len, int flags)");
    case CallKind::SendTo: return QStringLiteral("ssize_t sendto(int fd, const void *buf, size_t len, int flags, const struct sockaddr *to, socklen_t tolen)");
    case CallKind::RecvFrom: return QStringLiteral("ssize_t recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *from, socklen_t *fromlen)");
    case CallKind::SendMsg: return QStringLiteral("ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)");
    case CallKind::RecvMsg: return QStringLiteral("ssize_t recvmsg(int fd, struct msghdr *msg, int flags)");
    case CallKind::Shutdown: return QStringLiteral("int shutdown(int fd, int how)");
    case CallKind::Close: return QStringLiteral("int close(int fd)");
    case CallKind::SetSockOpt: return QStringLiteral("int setsockopt(int fd, int level, int name, const void *val, socklen_t len)");
    case CallKind::GetSockOpt: return QStringLiteral("int getsockopt(int fd, int level, int name, void *val, socklen_t *len)");
    case CallKind::GetSockName: return QStringLiteral("int getsockname(int fd, struct sockaddr *addr, socklen_t *len)");
    case CallKind::GetPeerName: return QStringLiteral("int getpeername(int fd, struct sockaddr *addr, socklen_t *len)");
    case CallKind::SetNonBlocking: return QStringLiteral("int fcntl(int fd, F_SETFL, flags | O_NONBLOCK)");
    case CallKind::IoctlFionread: return QStringLiteral("int ioctl(int fd, FIONREAD, int *count)");
    default: return {};
    }
}

QString callHelp(CallKind kind)
{
    switch (kind) {
    case CallKind::Socket: return QObject::tr("Creates an endpoint and returns its descriptor. Nothing is on the network yet.");
    case CallKind::Socketpair: return QObject::tr("Creates two connected sockets (AF_UNIX): what one sends, the other receives.");
    case CallKind::Bind: return QObject::tr("Gives the socket a local address. Port 0 lets the kernel pick a free port. 0.0.0.0 or :: listens on every interface.");
    case CallKind::Listen: return QObject::tr("Makes a stream socket passive: the kernel completes handshakes and queues connections, up to the backlog, until accept() takes them.");
    case CallKind::Connect: return QObject::tr("TCP: performs the handshake with the address. UDP: only sets the default peer. Non-blocking: returns EINPROGRESS; wait for writable, then read SO_ERROR.");
    case CallKind::Accept: return QObject::tr("Takes the next completed connection from the listener's queue and returns a new socket for it. Blocks while the queue is empty (EAGAIN if non-blocking).");
    case CallKind::Send: return QObject::tr("Queues bytes for the connected peer. Blocking sockets wait until every byte fits in the send buffer. EPIPE when the peer is gone (SIGPIPE is suppressed).");
    case CallKind::Recv: return QObject::tr("Reads up to len bytes. 0 means the peer shut down its side (end of file). MSG_PEEK leaves the bytes queued; MSG_WAITALL waits for the whole buffer.");
    case CallKind::SendTo: return QObject::tr("Sends a datagram to the given address (or on a connected socket, to the peer).");
    case CallKind::RecvFrom: return QObject::tr("Receives one datagram and reports who sent it. A datagram longer than the buffer is cut short; the rest is lost.");
    case CallKind::SendMsg: return QObject::tr("Gathers several buffers (iovecs) into one send: each line of the payload is one iovec.");
    case CallKind::RecvMsg: return QObject::tr("Scatters one read over several buffers and reports msg_flags: MSG_TRUNC when a datagram did not fit.");
    case CallKind::Shutdown: return QObject::tr("Closes one direction: SHUT_WR sends FIN (the peer reads end of file) while you can still receive.");
    case CallKind::Close: return QObject::tr("Releases the descriptor. With SO_LINGER {1,0} the connection is aborted with RST instead of FIN.");
    case CallKind::SetSockOpt: return QObject::tr("Changes a socket option. The kernel may adjust the value: read it back with getsockopt.");
    case CallKind::GetSockOpt: return QObject::tr("Reads a socket option as the kernel keeps it (Linux doubles SO_RCVBUF/SO_SNDBUF). SO_ERROR reads and clears the pending error.");
    case CallKind::GetSockName: return QObject::tr("The local address, including the port the kernel chose for port 0.");
    case CallKind::GetPeerName: return QObject::tr("The connected peer's address; ENOTCONN when not connected.");
    case CallKind::SetNonBlocking: return QObject::tr("Switches O_NONBLOCK: calls that would block return EAGAIN / EINPROGRESS instead of waiting.");
    case CallKind::IoctlFionread: return QObject::tr("How many bytes are waiting to be read.");
    default: return {};
    }
}

} // namespace spg::ui
