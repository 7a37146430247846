// The syscall seam: every POSIX call the engine makes goes through here.
// Each wrapper captures errno at once and returns it as data, and each consults a
// fault-injection table so tests can make the next call of a kind fail with EINTR,
// EAGAIN, EMFILE, ... without mocking the kernel.
// Thread-safe: the wrappers may be called from any thread; faults are global.
#pragma once

#include "core/sys/types.h"

#include <cstddef>
#include <poll.h>
#include <sys/socket.h>

namespace spg::core::sys {

enum class Op : int {
    Socket, Socketpair, Bind, Listen, Connect, Accept, Send, Recv, SendTo, RecvFrom,
    SendMsg, RecvMsg, Shutdown, Close, SetSockOpt, GetSockOpt, GetSockName, GetPeerName,
    Fcntl, Ioctl, Poll, Wait, Count
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

// Flag that suppresses SIGPIPE on send: MSG_NOSIGNAL where it exists, else 0
// (there SO_NOSIGPIPE is set on every socket at creation instead).
int noSignalFlag();

} // namespace spg::core::sys
