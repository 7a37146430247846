// The rows of the call table. Signatures and help follow the man pages (socket(2),
// accept(2), poll(2), fcntl(2), ...), in the playground's words.
#include "core/words/calls.h"

#include "core/sys/sys.h"
#include "core/words/translate_noop.h"

namespace spg::core {

namespace {

using A = ArgKind;
using B = Blocks;

const std::vector<CallSpec> kCalls = {
    { CallKind::Socket, "socket", "int socket(int domain, int type, int protocol)",
      "s = socket(AF_INET, SOCK_STREAM, 0)",
      { { "domain", A::Domain }, { "type", A::Type }, { "protocol", A::Protocol } }, B::Never,
      MakesSocket, SPG_TR_NOOP("spg::calls", "Creates an endpoint and returns its descriptor. Nothing is on the network yet."),
      "socket",
      "socket({domain}, {type}, {protocol})" },
    { CallKind::Socketpair, "socketpair", "int socketpair(int domain, int type, int protocol, int sv[2])",
      "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)",
      { { "domain", A::Domain }, { "type", A::Type }, { "protocol", A::Protocol } }, B::Never,
      MakesSocket | MakesTwo,
      SPG_TR_NOOP("spg::calls", "Creates two connected sockets (AF_UNIX): what one sends, the other receives."), "socketpair",
      "socketpair({domain}, {type}, {protocol}, {sv})" },
    { CallKind::Bind, "bind", "int bind(int sockfd, const struct sockaddr *addr, socklen_t addrlen)",
      "bind(s, 127.0.0.1:0)", { { "sockfd", A::Socket }, { "addr", A::Address } }, B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Gives the socket a local address. Port 0 lets the kernel pick a free port. 0.0.0.0 or :: "
      "listens on every interface."),
      "bind",
      "bind({fd}, {addr}, {addrlen})" },
    { CallKind::Listen, "listen", "int listen(int sockfd, int backlog)", "listen(s, 4)",
      { { "sockfd", A::Socket }, { "backlog", A::Backlog } }, B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Makes a stream socket passive: the kernel completes handshakes and queues connections, up "
      "to the backlog, until accept() takes them."),
      "listen",
      "listen({fd}, {backlog})" },
    { CallKind::Connect, "connect", "int connect(int sockfd, const struct sockaddr *addr, socklen_t addrlen)",
      "connect(c, srv.local)", { { "sockfd", A::Socket }, { "addr", A::Address } },
      B::UntilWritable, 0,
      SPG_TR_NOOP("spg::calls", "TCP: performs the handshake with the address. UDP: only sets the default peer. "
      "Non-blocking: returns EINPROGRESS; wait for writable, then read SO_ERROR."),
      "connect",
      "connect({fd}, {addr}, {addrlen})" },
    { CallKind::Accept, "accept", "int accept(int sockfd, struct sockaddr *addr, socklen_t *addrlen)",
      "conn = accept(srv)", { { "sockfd", A::Socket } }, B::UntilReadable, MakesSocket | ReportsPeer,
      SPG_TR_NOOP("spg::calls", "Takes the next completed connection from the listener's queue and returns a new socket for "
      "it. Blocks while the queue is empty (EAGAIN if non-blocking)."),
      "accept",
      "accept({fd}, {addr}, [{addrlen}])" },
    { CallKind::Send, "send", "ssize_t send(int sockfd, const void *buf, size_t len, int flags)",
      "send(c, \"hello\\r\\n\", 0)",
      { { "sockfd", A::Socket }, { "buf", A::Bytes }, { "flags", A::MsgFlags } }, B::UntilWritable,
      CarriesBytes,
      SPG_TR_NOOP("spg::calls", "Queues bytes for the connected peer. Blocking sockets wait until every byte fits in the "
      "send buffer. EPIPE when the peer is gone (SIGPIPE is suppressed)."),
      "send",
      "send({fd}, {buf}, {len}, {flags})" },
    { CallKind::Recv, "recv", "ssize_t recv(int sockfd, void *buf, size_t len, int flags)",
      "recv(conn, 64, 0)", { { "sockfd", A::Socket }, { "len", A::Length }, { "flags", A::MsgFlags } },
      B::UntilReadable, CarriesBytes | Receives,
      SPG_TR_NOOP("spg::calls", "Reads up to len bytes. 0 means the peer shut down its side (end of file). MSG_PEEK leaves "
      "the bytes queued; MSG_WAITALL waits for the whole buffer."),
      "recv",
      "recv({fd}, {buf}, {len}, {flags})" },
    { CallKind::SendTo, "sendto",
      "ssize_t sendto(int sockfd, const void *buf, size_t len, int flags, const struct sockaddr "
      "*dest_addr, socklen_t addrlen)",
      "sendto(u, \"ping\", 0, 127.0.0.1:9)",
      { { "sockfd", A::Socket }, { "buf", A::Bytes }, { "flags", A::MsgFlags }, { "dest_addr", A::Address } },
      B::UntilWritable, CarriesBytes,
      SPG_TR_NOOP("spg::calls", "Sends a datagram to the given address (or on a connected socket, to the peer)."), "sendto",
      "sendto({fd}, {buf}, {len}, {flags}, {addr}, {addrlen})" },
    { CallKind::RecvFrom, "recvfrom",
      "ssize_t recvfrom(int sockfd, void *buf, size_t len, int flags, struct sockaddr *src_addr, "
      "socklen_t *addrlen)",
      "recvfrom(u, 64, 0)", { { "sockfd", A::Socket }, { "len", A::Length }, { "flags", A::MsgFlags } },
      B::UntilReadable, CarriesBytes | Receives | ReportsPeer,
      SPG_TR_NOOP("spg::calls", "Receives one datagram and reports who sent it. A datagram longer than the buffer is cut "
      "short; the rest is lost."),
      "recvfrom",
      "recvfrom({fd}, {buf}, {len}, {flags}, {addr}, [{addrlen}])" },
    { CallKind::SendMsg, "sendmsg", "ssize_t sendmsg(int sockfd, const struct msghdr *msg, int flags)",
      "sendmsg(c, [\"head\", \"body\"], 0)",
      { { "sockfd", A::Socket }, { "msg_iov", A::BytesList }, { "flags", A::MsgFlags }, { "msg_name", A::Address, true } },
      B::UntilWritable, CarriesBytes,
      SPG_TR_NOOP("spg::calls", "Gathers several buffers (iovecs) into one send: each element of the list is one iovec. "
      "An address as the last argument names a datagram's destination."),
      "sendmsg",
      "sendmsg({fd}, {msg}, {flags})" },
    { CallKind::RecvMsg, "recvmsg", "ssize_t recvmsg(int sockfd, struct msghdr *msg, int flags)",
      "recvmsg(u, [4, 4], 0)",
      { { "sockfd", A::Socket }, { "msg_iov", A::LengthList }, { "flags", A::MsgFlags } },
      B::UntilReadable, CarriesBytes | Receives | ReportsPeer | ReportsFlags,
      SPG_TR_NOOP("spg::calls", "Scatters one read over several buffers and reports msg_flags: MSG_TRUNC when a datagram "
      "did not fit."),
      "recvmsg",
      "recvmsg({fd}, {msg}, {flags})" },
    { CallKind::Shutdown, "shutdown", "int shutdown(int sockfd, int how)", "shutdown(c, SHUT_WR)",
      { { "sockfd", A::Socket }, { "how", A::How } }, B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Closes one direction: SHUT_WR sends FIN (the peer reads end of file) while you can still "
      "receive."),
      "shutdown",
      "shutdown({fd}, {how})" },
    { CallKind::Close, "close", "int close(int fd)", "close(c)", { { "fd", A::Socket } }, B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Releases the descriptor. With SO_LINGER {1,0} the connection is aborted with RST instead "
      "of FIN."),
      "close",
      "close({fd})" },
    { CallKind::SetSockOpt, "setsockopt",
      "int setsockopt(int sockfd, int level, int optname, const void *optval, socklen_t optlen)",
      "setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1)",
      { { "sockfd", A::Socket }, { "level", A::Level }, { "optname", A::Option }, { "optval", A::OptionValue } },
      B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Changes a socket option. The kernel may adjust the value: read it back with getsockopt."),
      "setsockopt",
      "setsockopt({fd}, {level}, {optname}, {optval}, {optlen})" },
    { CallKind::GetSockOpt, "getsockopt",
      "int getsockopt(int sockfd, int level, int optname, void *optval, socklen_t *optlen)",
      "getsockopt(s, SOL_SOCKET, SO_RCVBUF)",
      { { "sockfd", A::Socket }, { "level", A::Level }, { "optname", A::Option } }, B::Never,
      ReportsValue,
      SPG_TR_NOOP("spg::calls", "Reads a socket option as the kernel keeps it (Linux doubles SO_RCVBUF/SO_SNDBUF). SO_ERROR "
      "reads and clears the pending error."),
      "getsockopt",
      "getsockopt({fd}, {level}, {optname}, {optval}, [{optlen}])" },
    { CallKind::GetSockName, "getsockname",
      "int getsockname(int sockfd, struct sockaddr *addr, socklen_t *addrlen)", "getsockname(s)",
      { { "sockfd", A::Socket } }, B::Never, ReportsValue,
      SPG_TR_NOOP("spg::calls", "The local address, including the port the kernel chose for port 0."), "getsockname",
      "getsockname({fd}, {addr}, [{addrlen}])" },
    { CallKind::GetPeerName, "getpeername",
      "int getpeername(int sockfd, struct sockaddr *addr, socklen_t *addrlen)", "getpeername(s)",
      { { "sockfd", A::Socket } }, B::Never, ReportsValue,
      SPG_TR_NOOP("spg::calls", "The connected peer's address; ENOTCONN when not connected."), "getpeername",
      "getpeername({fd}, {addr}, [{addrlen}])" },
    { CallKind::SetNonBlocking, "fcntl", "int fcntl(int fd, F_SETFL, flags | O_NONBLOCK)",
      "fcntl(s, F_SETFL, O_NONBLOCK)",
      { { "fd", A::Socket }, { "cmd", A::SetFlCommand }, { "flags", A::NonBlockFlag } }, B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Switches O_NONBLOCK: calls that would block return EAGAIN / EINPROGRESS instead of waiting."),
      "fcntl O_NONBLOCK",
      "fcntl({fd}, F_SETFL, {flags})" },
    { CallKind::IoctlFionread, "ioctl", "int ioctl(int fd, FIONREAD, int *count)",
      "ioctl(s, FIONREAD)", { { "fd", A::Socket }, { "request", A::IoctlRequest } }, B::Never,
      ReportsValue, SPG_TR_NOOP("spg::calls", "How many bytes are waiting to be read."), "ioctl FIONREAD",
      "ioctl({fd}, FIONREAD, [{value}])" },
    { CallKind::Poll, "poll", "int poll(struct pollfd *fds, nfds_t nfds, int timeout)",
      "poll([a POLLIN, b POLLOUT], 1000)", { { "fds", A::PollList }, { "timeout", A::Timeout } },
      B::UntilReady, ReportsReady,
      SPG_TR_NOOP("spg::calls", "Waits until one of the sockets is ready for what its entry asks (POLLIN, POLLOUT, ...), or "
      "the timeout (milliseconds, -1 for ever) ends. Returns how many entries have revents; each "
      "entry's revents is what the kernel found, POLLHUP and POLLERR included."),
      "poll",
      "poll({fds}, {nfds}, {timeout})" },
    { CallKind::Read, "read", "ssize_t read(int fd, void *buf, size_t count)", "read(conn, 64)",
      { { "fd", A::Socket }, { "count", A::Length } }, B::UntilReadable, CarriesBytes | Receives,
      SPG_TR_NOOP("spg::calls", "Reads up to count bytes, as recv() with no flags does; 0 is end of file. Works on any "
      "descriptor, which is why the course notes use it."),
      "read",
      "read({fd}, {buf}, {len})" },
    { CallKind::Write, "write", "ssize_t write(int fd, const void *buf, size_t count)",
      "write(c, \"hello\\r\\n\")", { { "fd", A::Socket }, { "buf", A::Bytes } }, B::UntilWritable,
      CarriesBytes,
      SPG_TR_NOOP("spg::calls", "Writes bytes, as send() with no flags does, with one difference: to a peer that is gone "
      "it raises SIGPIPE, which kills a program with the default handler. The playground "
      "catches it, shows it, and returns EPIPE."),
      "write",
      "write({fd}, {buf}, {len})" },
    { CallKind::Accept4, "accept4",
      "int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags)",
      "conn = accept4(srv, SOCK_NONBLOCK|SOCK_CLOEXEC)",
      { { "sockfd", A::Socket }, { "flags", A::SockFlags } }, B::UntilReadable,
      MakesSocket | ReportsPeer,
      SPG_TR_NOOP("spg::calls", "accept() that sets SOCK_NONBLOCK and SOCK_CLOEXEC on the new socket in the same call "
      "(Linux, FreeBSD): no window in which it is blocking."),
      "accept4",
      "accept4({fd}, {addr}, [{addrlen}], {flags})" },
    { CallKind::GetFl, "fcntl", "int fcntl(int fd, F_GETFL)", "fcntl(s, F_GETFL)",
      { { "fd", A::Socket }, { "cmd", A::GetFlCommand } }, B::Never, ReportsValue,
      SPG_TR_NOOP("spg::calls", "The descriptor's status flags: O_RDWR, and O_NONBLOCK when set."), "fcntl F_GETFL",
      "fcntl({fd}, F_GETFL)" },
    { CallKind::Select, "select",
      "int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds, struct timeval *timeout)",
      "select([a, b], [c], [], 1000)",
      { { "readfds", A::ReadFds }, { "writefds", A::WriteFds }, { "exceptfds", A::ExceptFds },
        { "timeout", A::Timeout } },
      B::UntilReady, ReportsSets,
      SPG_TR_NOOP("spg::calls", "Waits until a socket of readfds is readable, one of writefds writable or one of exceptfds "
      "has an exceptional condition, or the timeout (milliseconds, -1 for a NULL timeout: for "
      "ever) ends. The sets come back holding only the ready sockets; returns how many. An "
      "fd_set holds fds below FD_SETSIZE (1024) only."),
      "select",
      "select({nfds}, {readfds}, {writefds}, {exceptfds}, {timeout})" },
    { CallKind::Cancel, "cancel", "", "", {}, B::Never, Control, "", "cancel",
      "" },
    { CallKind::SetAutomation, "automation", "", "", {}, B::Never, Control, "", "automation",
      "" },
    { CallKind::SetBackend, "backend", "", "", {}, B::Never, Control, "", "backend",
      "" },
    { CallKind::SetCaptureCap, "capture-cap", "", "", {}, B::Never, Control, "", "capture cap",
      "" },
    { CallKind::Sync, "sync", "", "", {}, B::Never, Control, "", "sync",
      "" },
    { CallKind::Kqueue, "kqueue", "int kqueue(void)", "kq = kqueue()", {}, B::Never,
      MakesSocket | KqueueOnly,
      SPG_TR_NOOP("spg::calls", "Creates a kernel event queue and returns its descriptor (macOS and the BSDs). Interest "
      "is registered and events are collected with kevent(); close() releases the queue and "
      "every filter on it."),
      "kqueue",
      "kqueue()" },
    { CallKind::Kevent, "kevent",
      "int kevent(int kq, const struct kevent *changelist, int nchanges, struct kevent "
      "*eventlist, int nevents, const struct timespec *timeout)",
      "kevent(kq, [EV_SET(srv, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0)], 4, 1000)",
      { { "kq", A::Socket }, { "changelist", A::Changelist }, { "nevents", A::EventCount },
        { "timeout", A::Timeout } },
      B::UntilReady, ReportsKevents | KqueueOnly,
      SPG_TR_NOOP("spg::calls", "Applies the changelist (EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE a filter such as "
      "EVFILT_READ on an ident), then waits up to the timeout (milliseconds, -1 for ever) for "
      "up to nevents events. Returns how many; each event carries ident, filter, flags, fflags, "
      "data and udata. A change that fails comes back as an event with EV_ERROR and the errno "
      "in data (always, with EV_RECEIPT: data 0 on success). With EV_EOF, fflags holds the "
      "socket's error. EVFILT_READ on a listener: data is the accept queue's length."),
      "kevent",
      "kevent({fd}, {changelist}, {nchanges}, {events}, {nevents}, {timeout})" },
    { CallKind::Kevent64, "kevent64",
      "int kevent64(int kq, const struct kevent64_s *changelist, int nchanges, struct "
      "kevent64_s *eventlist, int nevents, unsigned int flags, const struct timespec *timeout)",
      "kevent64(kq, [EV_SET64(srv, EVFILT_READ, EV_ADD, 0, 0, 0, 0, 0)], 4, 0, 1000)",
      { { "kq", A::Socket }, { "changelist", A::Changelist64 }, { "nevents", A::EventCount },
        { "flags", A::Kevent64Flags }, { "timeout", A::Timeout } },
      B::UntilReady, ReportsKevents | KqueueOnly,
      SPG_TR_NOOP("spg::calls", "macOS's kevent() over struct kevent64_s: the same fields with a 64-bit udata and two "
      "more, ext[0] and ext[1], that a filter may use. flags: KEVENT_FLAG_IMMEDIATE returns at "
      "once, as a zero timeout does."),
      "kevent64",
      "kevent64({fd}, {changelist}, {nchanges}, {events}, {nevents}, {flags}, {timeout})" },
    { CallKind::EpollCreate, "epoll_create1", "int epoll_create1(int flags)",
      "ep = epoll_create1(0)", { { "flags", A::EpollFlags } }, B::Never, MakesFd,
      SPG_TR_NOOP("spg::calls", "Creates an epoll instance and returns its descriptor: an interest list the kernel keeps, "
      "and a ready list it fills as watched files become ready. Flags: 0 or EPOLL_CLOEXEC. "
      "Linux only."),
      "epoll_create1",
      "epoll_create1({flags})" },
    { CallKind::EpollCtl, "epoll_ctl",
      "int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)",
      "epoll_ctl(ep, EPOLL_CTL_ADD, srv, EPOLLIN|EPOLLET)",
      { { "epfd", A::Epoll }, { "op", A::EpollOp }, { "fd", A::WatchedFd }, { "events", A::EpollEvents } },
      B::Never, 0,
      SPG_TR_NOOP("spg::calls", "Adds fd to the interest list (EPOLL_CTL_ADD), changes its events (EPOLL_CTL_MOD) or "
      "removes it (EPOLL_CTL_DEL). EPOLLET reports only changes (edges), EPOLLONESHOT disarms "
      "the entry after one event until MOD re-arms it. EEXIST, ENOENT, EINVAL and EPERM (a "
      "regular file) come from the kernel. data is the socket's fd here."),
      "epoll_ctl",
      "epoll_ctl({fd}, {op}, {target}, {event})" },
    { CallKind::EpollWait, "epoll_wait",
      "int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)",
      "epoll_wait(ep, 8, 1000)",
      { { "epfd", A::Epoll }, { "maxevents", A::MaxEvents }, { "timeout", A::Timeout } },
      B::UntilReady, ReportsEvents,
      SPG_TR_NOOP("spg::calls", "Waits until an entry of the interest list is ready, or the timeout (milliseconds, -1 for "
      "ever) ends, and returns up to maxevents events, each with the data given to epoll_ctl. "
      "Level-triggered entries are reported while they stay ready; edge-triggered ones once "
      "per change."),
      "epoll_wait",
      "epoll_wait({fd}, {events}, {nevents}, {timeout})" },
};

} // namespace

const std::vector<CallSpec>& callTable()
{
    return kCalls;
}

const CallSpec& callSpec(CallKind kind)
{
    return kCalls[static_cast<std::size_t>(kind)];
}

const CallSpec* findCall(std::string_view name)
{
    for (const CallSpec& c : kCalls)
        if (c.name == name && !c.has(Control))
            return &c;
    return nullptr;
}

std::string_view callName(CallKind kind)
{
    return callSpec(kind).name;
}

bool callFromName(std::string_view name, CallKind& out)
{
    for (const CallSpec& c : kCalls)
        if (c.name == name) {
            out = c.kind;
            return true;
        }
    return false;
}

bool receives(CallKind kind)
{
    return callSpec(kind).has(Receives);
}

bool sends(CallKind kind)
{
    return callSpec(kind).has(CarriesBytes) && !callSpec(kind).has(Receives);
}

bool isEngineControl(CallKind kind)
{
    return callSpec(kind).has(Control);
}

Message callUnavailableHere(CallKind kind)
{
    const CallSpec& spec = callSpec(kind);
    if (!spec.has(KqueueOnly))
        return {};
    if (!sys::kqueueAvailable())
        return makeMessage("spg::calls",
                           SPG_TR_NOOP("spg::calls", "%1() is not available on %2 (macOS and the "
                                                     "BSDs have it); use epoll_create1/epoll_wait "
                                                     "or poll"),
                           spec.name, sys::systemName());
    if (kind == CallKind::Kevent64 && !sys::kevent64Available())
        return makeMessage("spg::calls",
                           SPG_TR_NOOP("spg::calls", "%1() is macOS only; %2 has kevent()"),
                           spec.name, sys::systemName());
    return {};
}

} // namespace spg::core
