// The syscall seam: every POSIX call the engine makes goes through here.
// Each wrapper captures errno at once and returns it as data, and each consults a
// fault-injection table so tests can make the next call of a kind fail with EINTR,
// EAGAIN, EMFILE, ... without mocking the kernel.
// Thread-safe: the wrappers may be called from any thread; faults are global.
#pragma once

#include "core/sys/types.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>
#include <poll.h>
#include <sys/socket.h>

namespace spg::core::sys {

enum class Op : int {
    Socket, Socketpair, Bind, Listen, Connect, Accept, Send, Recv, SendTo, RecvFrom,
    SendMsg, RecvMsg, Shutdown, Close, SetSockOpt, GetSockOpt, GetSockName, GetPeerName,
    Fcntl, Ioctl, Poll, Read, Write, Accept4, Wait, Select, EpollCreate, EpollCtl, EpollWait, Count
};

// Makes the next `times` calls of `op` fail with `error` before reaching the kernel.
void injectFault(Op op, int error, int times = 1);
void clearFaults();
// How many calls of `op` went through the seam (injected or real) since process start.
std::uint64_t callCount(Op op);

SysResult socket(int domain, int type, int protocol);
SysResult socketpair(int domain, int type, int protocol, int fds[2]);
SysResult bind(int fd, const sockaddr* sa, socklen_t len);
SysResult listen(int fd, int backlog);
SysResult connect(int fd, const sockaddr* sa, socklen_t len);
SysResult accept(int fd, sockaddr* sa, socklen_t* len);
SysResult send(int fd, const void* buf, std::size_t len, int flags);
SysResult recv(int fd, void* buf, std::size_t len, int flags);
SysResult sendto(int fd, const void* buf, std::size_t len, int flags, const sockaddr* sa,
                 socklen_t salen);
SysResult recvfrom(int fd, void* buf, std::size_t len, int flags, sockaddr* sa, socklen_t* salen);
SysResult sendmsg(int fd, const msghdr* msg, int flags);
SysResult recvmsg(int fd, msghdr* msg, int flags);
SysResult shutdown(int fd, int how);
SysResult close(int fd);
SysResult setsockopt(int fd, int level, int name, const void* value, socklen_t len);
SysResult getsockopt(int fd, int level, int name, void* value, socklen_t* len);
SysResult getsockname(int fd, sockaddr* sa, socklen_t* len);
SysResult getpeername(int fd, sockaddr* sa, socklen_t* len);
SysResult fcntl(int fd, int cmd, int arg);
SysResult ioctl(int fd, unsigned long request, int* value);
SysResult poll(pollfd* fds, unsigned long count, int timeoutMs);
// select() with a zero timeval: only looks. `fds` are readfds, writefds and exceptfds;
// `ready` comes back with, for each fd in order, whether the kernel left it in its set.
// Every fd must be in [0, FD_SETSIZE): the caller checks (FD_SET past it writes beyond the
// fd_set), and an fd outside is answered EINVAL here without calling the kernel.
SysResult selectNow(const std::array<std::vector<int>, 3>& fds,
                    std::array<std::vector<bool>, 3>& ready);
// FD_SETSIZE: the first fd an fd_set cannot hold.
int fdSetSize();
// The machine's physical memory in bytes (sysconf), or 0 when the system does not say.
std::uint64_t physicalMemoryBytes();
// The lowest descriptor that is not open now (below FD_SETSIZE), or -1. The lowest: Linux's
// select() ignores fds past the process's fd table instead of answering EBADF.
int closedFdBelowSetSize();
SysResult read(int fd, void* buf, std::size_t len);
SysResult write(int fd, const void* buf, std::size_t len);
// accept4() where the system has it (Linux, the BSDs); elsewhere -1 ENOSYS, as a program
// built there would find no such call.
SysResult accept4(int fd, sockaddr* sa, socklen_t* len, int flags);

// write() on a connection whose peer has gone raises SIGPIPE, which kills a program with
// the default handler. The thread that writes blocks it, so the signal stays pending, and
// takePendingSigpipe() consumes it afterwards: true when one was pending.
void blockSigpipe();
bool takePendingSigpipe();

// epoll, the user's own instances (Linux; elsewhere each call is -1 ENOSYS, as a program
// built there would find no such call). The event bits are epoll's own (EPOLLIN ...);
// data is the u64 the instance hands back.
struct EpollEvent {
    unsigned events = 0;
    std::uint64_t data = 0;
};
// Whether this system has epoll at all (Linux): a scenario that uses it is skipped elsewhere.
bool haveEpoll();
SysResult epollCreate1(int flags);
SysResult epollCtl(int ep, int op, int fd, unsigned events, std::uint64_t data);
// epoll_wait() with timeout 0: only looks. `out` holds the events returned, in order.
SysResult epollWaitNow(int ep, int maxEvents, std::vector<EpollEvent>& out);
// One line of the interest list, as /proc/self/fdinfo/EP reports it (tfd, events, data).
struct EpollInterest {
    int fd = -1;
    unsigned events = 0;
    std::uint64_t data = 0;
};
// Reads the instance's interest list from /proc/self/fdinfo; false where there is no such
// file (not Linux, or `ep` is no epoll instance).
bool epollInterest(int ep, std::vector<EpollInterest>& out);

// Flag that suppresses SIGPIPE on send: MSG_NOSIGNAL where it exists, else 0
// (there SO_NOSIGPIPE is set on every socket at creation instead).
int noSignalFlag();

// Platform facts. Only this seam (and the poller backends) name platform macros; the rest of
// core asks these functions, so a difference between kernels is stated in one place.

// Sets SO_NOSIGPIPE on platforms that lack MSG_NOSIGNAL; nothing elsewhere.
void suppressSigPipe(int fd);
// The flags socket() accepts inside its type (SOCK_NONBLOCK | SOCK_CLOEXEC), 0 where none.
int socketTypeFlags();
// The non-blocking flag inside socket()'s type, 0 where socket() takes none.
int socketTypeNonBlock();
// accept() gives the new socket the listener's O_NONBLOCK (BSD, macOS); Linux does not.
bool acceptInheritsNonBlocking();
// A blocking connect() on a socket that is already connecting waits for that attempt
// (Linux); BSD and macOS answer EALREADY at once.
bool connectWaitsWhenAlreadyConnecting();
// SO_SNDTIMEO bounds connect() and SO_RCVTIMEO bounds accept() (Linux); BSD and macOS
// sleep in both without a limit.
bool timeoutsBoundConnectAndAccept();
// close() with SO_LINGER {1, N>0} lingers on a non-blocking socket too (Linux); BSD and
// macOS do not linger then.
bool closeLingersWhenNonBlocking();
// Bytes the kernel still holds to send (unsent and unacknowledged) where a close() would
// wait for them: SIOCOUTQ on Linux; -1 where the platform cannot tell.
long lingeringBytes(int fd);
// Bytes queued in the send buffer, as introspection shows them: SIOCOUTQ on Linux,
// SO_NWRITE on macOS; -1 elsewhere.
long sendQueued(int fd);
// The poll() event that asks for a peer's shutdown of its sending side: POLLRDHUP where it
// exists, else 0.
short pollReadHangup();

// BSD-derived kernels (macOS, FreeBSD, NetBSD, OpenBSD, DragonFly) carry a length byte at
// the start of every sockaddr; this sets it there and does nothing on Linux and Solaris.
void stampSockaddrLength(sockaddr* sa, socklen_t length);
// UNIX sockets can have abstract names (sun_path starting with a NUL): Linux only.
bool hasAbstractUnixNames();

// The file a UNIX socket's bind() made: its device and inode, so it can be removed later
// only while it is still that socket's file (not one made since at the same path).
struct FileId {
    unsigned long long device = 0;
    unsigned long long inode = 0;
    bool known = false;
};
// lstat(): the socket file at `path`, or an unknown id when it is not a socket.
FileId socketFileId(const char* path);
// unlink(`path`) when it still is the socket file `id`; true when it was removed.
bool removeSocketFile(const char* path, const FileId& id);

// What a TCP socket's kernel says of its state, in that kernel's own numbering.
struct TcpInfo {
    bool known = false;          // The platform has a way to ask, and the call succeeded.
    bool linuxNumbering = false; // tcpi_state numbering: Linux's, otherwise BSD's TCPS_*.
    int state = -1;
    int acceptQueue = -1; // Listeners, where the same call tells (Linux: tcpi_unacked).
    int acceptLimit = -1; // Listeners, where the same call tells (Linux: tcpi_sacked).
};
// TCP_INFO on Linux and FreeBSD, TCP_CONNECTION_INFO on macOS.
TcpInfo readTcpInfo(int fd);
// A listener's accept queue and limit through SO_LISTENQLEN / SO_LISTENQLIMIT (FreeBSD,
// macOS); false, and nothing asked, where those options do not exist.
bool readListenQueue(int fd, int& queue, int& limit);

// kqueue() and kevent() as the user's own calls: macOS and the BSDs (where <sys/event.h>
// exists); kevent64() on macOS only. Elsewhere the playground refuses them before running.
bool kqueueAvailable();
bool kevent64Available();
// The host system as a user knows it: "Linux", "macOS", "FreeBSD", ...
std::string systemName();

} // namespace spg::core::sys
