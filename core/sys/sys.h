// The syscall seam: every POSIX call the engine makes goes through here.
// Each wrapper captures errno at once and returns it as data, and each consults a
// fault-injection table so tests can make the next call of a kind fail with EINTR,
// EAGAIN, EMFILE, ... without mocking the kernel.
// Thread-safe: the wrappers may be called from any thread; faults are global.
#pragma once

#include "core/sys/types.h"

#include <array>
#include <cstddef>
#include <vector>
#include <poll.h>
#include <sys/socket.h>

namespace spg::core::sys {

enum class Op : int {
    Socket, Socketpair, Bind, Listen, Connect, Accept, Send, Recv, SendTo, RecvFrom,
    SendMsg, RecvMsg, Shutdown, Close, SetSockOpt, GetSockOpt, GetSockName, GetPeerName,
    Fcntl, Ioctl, Poll, Read, Write, Accept4, Wait, Select, Count
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
// SOCK_NONBLOCK where the system has it (accept4's and socket()'s flag), else 0.
int sockNonBlockFlag();
bool takePendingSigpipe();

// Flag that suppresses SIGPIPE on send: MSG_NOSIGNAL where it exists, else 0
// (there SO_NOSIGPIPE is set on every socket at creation instead).
int noSignalFlag();

} // namespace spg::core::sys
