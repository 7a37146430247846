// The syscall seam. Each wrapper checks the fault table, makes the call, and captures errno
// before anything else can overwrite it. Faults are global and thread-safe so a test can
// arm one from its own thread and have the engine's worker thread hit it.
#include "core/sys/sys.h"
#include "core/sys/sys_call.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(__linux__)
#include <cstdio>
#include <fstream>
#include <linux/sockios.h>
#include <string_view>
#endif

namespace spg::core::sys {

namespace {

constexpr std::size_t kOps = static_cast<std::size_t>(Op::Count);

struct Fault {
    int error = 0;
    int remaining = 0;
};

std::mutex g_faultMutex;
std::array<Fault, kOps> g_faults {};
std::atomic<bool> g_anyFault { false };
std::array<std::atomic<std::uint64_t>, kOps> g_counts {};

} // namespace

// The atomic flag keeps the common no-fault path free of the mutex.
int detail::takeFault(Op op)
{
    g_counts[static_cast<std::size_t>(op)].fetch_add(1, std::memory_order_relaxed);
    if (!g_anyFault.load(std::memory_order_acquire))
        return 0;
    std::lock_guard lock(g_faultMutex);
    Fault& fault = g_faults[static_cast<std::size_t>(op)];
    if (fault.remaining <= 0)
        return 0;
    --fault.remaining;
    return fault.error;
}

void injectFault(Op op, int error, int times)
{
    std::lock_guard lock(g_faultMutex);
    g_faults[static_cast<std::size_t>(op)] = Fault { error, times };
    g_anyFault.store(true, std::memory_order_release);
}

void clearFaults()
{
    std::lock_guard lock(g_faultMutex);
    g_faults.fill(Fault {});
    g_anyFault.store(false, std::memory_order_release);
}

std::uint64_t callCount(Op op)
{
    return g_counts[static_cast<std::size_t>(op)].load(std::memory_order_relaxed);
}

int noSignalFlag()
{
#ifdef MSG_NOSIGNAL
    return MSG_NOSIGNAL;
#else
    return 0;
#endif
}


SysResult socket(int domain, int type, int protocol)
{
    SPG_SYS_CALL(Op::Socket, ::socket(domain, type, protocol));
}

SysResult socketpair(int domain, int type, int protocol, int fds[2])
{
    SPG_SYS_CALL(Op::Socketpair, ::socketpair(domain, type, protocol, fds));
}

SysResult bind(int fd, const sockaddr* sa, socklen_t len)
{
    SPG_SYS_CALL(Op::Bind, ::bind(fd, sa, len));
}

SysResult listen(int fd, int backlog)
{
    SPG_SYS_CALL(Op::Listen, ::listen(fd, backlog));
}

SysResult connect(int fd, const sockaddr* sa, socklen_t len)
{
    SPG_SYS_CALL(Op::Connect, ::connect(fd, sa, len));
}

SysResult accept(int fd, sockaddr* sa, socklen_t* len)
{
    SPG_SYS_CALL(Op::Accept, ::accept(fd, sa, len));
}

SysResult send(int fd, const void* buf, std::size_t len, int flags)
{
    SPG_SYS_CALL(Op::Send, ::send(fd, buf, len, flags));
}

SysResult recv(int fd, void* buf, std::size_t len, int flags)
{
    SPG_SYS_CALL(Op::Recv, ::recv(fd, buf, len, flags));
}

SysResult sendto(int fd, const void* buf, std::size_t len, int flags, const sockaddr* sa,
                 socklen_t salen)
{
    SPG_SYS_CALL(Op::SendTo, ::sendto(fd, buf, len, flags, sa, salen));
}

SysResult recvfrom(int fd, void* buf, std::size_t len, int flags, sockaddr* sa, socklen_t* salen)
{
    SPG_SYS_CALL(Op::RecvFrom, ::recvfrom(fd, buf, len, flags, sa, salen));
}

SysResult sendmsg(int fd, const msghdr* msg, int flags)
{
    SPG_SYS_CALL(Op::SendMsg, ::sendmsg(fd, msg, flags));
}

SysResult recvmsg(int fd, msghdr* msg, int flags)
{
    SPG_SYS_CALL(Op::RecvMsg, ::recvmsg(fd, msg, flags));
}

SysResult shutdown(int fd, int how)
{
    SPG_SYS_CALL(Op::Shutdown, ::shutdown(fd, how));
}

SysResult close(int fd)
{
    SPG_SYS_CALL(Op::Close, ::close(fd));
}

FileId socketFileId(const char* path)
{
    struct stat st { };
    if (::lstat(path, &st) != 0 || !S_ISSOCK(st.st_mode))
        return {};
    return FileId { static_cast<unsigned long long>(st.st_dev),
                    static_cast<unsigned long long>(st.st_ino), true };
}

bool removeSocketFile(const char* path, const FileId& id)
{
    const FileId now = socketFileId(path);
    if (!id.known || !now.known || now.device != id.device || now.inode != id.inode)
        return false;
    return ::unlink(path) == 0;
}

SysResult setsockopt(int fd, int level, int name, const void* value, socklen_t len)
{
    SPG_SYS_CALL(Op::SetSockOpt, ::setsockopt(fd, level, name, value, len));
}

SysResult getsockopt(int fd, int level, int name, void* value, socklen_t* len)
{
    SPG_SYS_CALL(Op::GetSockOpt, ::getsockopt(fd, level, name, value, len));
}

SysResult getsockname(int fd, sockaddr* sa, socklen_t* len)
{
    SPG_SYS_CALL(Op::GetSockName, ::getsockname(fd, sa, len));
}

SysResult getpeername(int fd, sockaddr* sa, socklen_t* len)
{
    SPG_SYS_CALL(Op::GetPeerName, ::getpeername(fd, sa, len));
}

SysResult fcntl(int fd, int cmd, int arg)
{
    SPG_SYS_CALL(Op::Fcntl, ::fcntl(fd, cmd, arg));
}

SysResult ioctl(int fd, unsigned long request, int* value)
{
    SPG_SYS_CALL(Op::Ioctl, ::ioctl(fd, request, value));
}

SysResult poll(pollfd* fds, unsigned long count, int timeoutMs)
{
    SPG_SYS_CALL(Op::Poll, ::poll(fds, static_cast<nfds_t>(count), timeoutMs));
}

namespace {

SysResult selectSets(int nfds, fd_set* sets)
{
    timeval zero {};
    SPG_SYS_CALL(Op::Select, ::select(nfds, &sets[0], &sets[1], &sets[2], &zero));
}

} // namespace

SysResult selectNow(const std::array<std::vector<int>, 3>& fds,
                    std::array<std::vector<bool>, 3>& ready)
{
    fd_set sets[3];
    int nfds = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        FD_ZERO(&sets[k]);
        ready[k].assign(fds[k].size(), false);
        for (int fd : fds[k]) {
            if (fd < 0 || fd >= FD_SETSIZE)
                return SysResult { -1, EINVAL };
            FD_SET(fd, &sets[k]);
            nfds = std::max(nfds, fd + 1);
        }
    }
    const SysResult res = selectSets(nfds, sets);
    for (std::size_t k = 0; k < 3 && res.ok(); ++k)
        for (std::size_t i = 0; i < fds[k].size(); ++i)
            ready[k][i] = FD_ISSET(fds[k][i], &sets[k]);
    return res;
}

int fdSetSize()
{
    return FD_SETSIZE;
}

std::uint64_t physicalMemoryBytes()
{
#if defined(_SC_PHYS_PAGES) && defined(_SC_PAGESIZE)
    const long pages = ::sysconf(_SC_PHYS_PAGES);
    const long size = ::sysconf(_SC_PAGESIZE);
    if (pages > 0 && size > 0)
        return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(size);
#endif
    return 0;
}

int closedFdBelowSetSize()
{
    for (int fd = 0; fd < FD_SETSIZE; ++fd)
        if (::fcntl(fd, F_GETFD) < 0 && errno == EBADF)
            return fd;
    return -1;
}

SysResult read(int fd, void* buf, std::size_t len)
{
    SPG_SYS_CALL(Op::Read, ::read(fd, buf, len));
}

SysResult write(int fd, const void* buf, std::size_t len)
{
    SPG_SYS_CALL(Op::Write, ::write(fd, buf, len));
}

SysResult accept4(int fd, sockaddr* sa, socklen_t* len, int flags)
{
#if defined(__linux__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__)
    SPG_SYS_CALL(Op::Accept4, ::accept4(fd, sa, len, flags));
#else
    (void)fd;
    (void)sa;
    (void)len;
    (void)flags;
    SPG_SYS_CALL(Op::Accept4, (errno = ENOSYS, -1));
#endif
}

// Platform facts: the only place outside the pollers that names a platform macro.

void stampSockaddrLength(sockaddr* sa, socklen_t length)
{
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__)      \
    || defined(__DragonFly__) || defined(SIN6_LEN)
    sa->sa_len = static_cast<decltype(sa->sa_len)>(length);
#else
    (void)sa;
    (void)length;
#endif
}

bool kqueueAvailable()
{
#if defined(SPG_HAVE_KQUEUE)
    return true;
#else
    return false;
#endif
}

bool kevent64Available()
{
#if defined(SPG_HAVE_KQUEUE) && defined(__APPLE__)
    return true;
#else
    return false;
#endif
}

std::string systemName()
{
#if defined(__linux__)
    return "Linux";
#elif defined(__APPLE__)
    return "macOS";
#elif defined(__FreeBSD__)
    return "FreeBSD";
#elif defined(__NetBSD__)
    return "NetBSD";
#elif defined(__OpenBSD__)
    return "OpenBSD";
#elif defined(__DragonFly__)
    return "DragonFly BSD";
#else
    return "this system";
#endif
}

bool hasAbstractUnixNames()
{
#if defined(__linux__)
    return true;
#else
    return false;
#endif
}

void suppressSigPipe(int fd)
{
#ifdef SO_NOSIGPIPE
    int one = 1;
    sys::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#else
    (void)fd;
#endif
}

int socketTypeFlags()
{
#ifdef SOCK_NONBLOCK
    return SOCK_NONBLOCK | SOCK_CLOEXEC;
#else
    return 0;
#endif
}

int socketTypeNonBlock()
{
#ifdef SOCK_NONBLOCK
    return SOCK_NONBLOCK;
#else
    return 0;
#endif
}

void blockSigpipe()
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

// sigpending() + sigwait() rather than sigtimedwait(), which macOS lacks: a SIGPIPE that
// write() raised is directed at the writing thread, where it stays pending while blocked.
bool takePendingSigpipe()
{
    const int saved = errno;
    sigset_t pending;
    sigemptyset(&pending);
    bool raised = sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1;
    if (raised) {
        sigset_t one;
        sigemptyset(&one);
        sigaddset(&one, SIGPIPE);
        int signal = 0;
        raised = sigwait(&one, &signal) == 0;
    }
    errno = saved;
    return raised;
}

#if defined(__linux__)
bool acceptInheritsNonBlocking()
{
    return false;
}
bool connectWaitsWhenAlreadyConnecting()
{
    return true;
}
bool timeoutsBoundConnectAndAccept()
{
    return true;
}
bool closeLingersWhenNonBlocking()
{
    return true;
}
#else
bool acceptInheritsNonBlocking()
{
    return true;
}
bool connectWaitsWhenAlreadyConnecting()
{
    return false;
}
bool timeoutsBoundConnectAndAccept()
{
    return false;
}
bool closeLingersWhenNonBlocking()
{
    return false;
}
#endif

long lingeringBytes(int fd)
{
#if defined(__linux__) && defined(SIOCOUTQ)
    int value = 0;
    return sys::ioctl(fd, SIOCOUTQ, &value).ok() ? value : -1;
#else
    (void)fd;
    return -1;
#endif
}

long sendQueued(int fd)
{
#if defined(__linux__) && defined(SIOCOUTQ)
    return lingeringBytes(fd);
#elif defined(SO_NWRITE)
    int value = 0;
    socklen_t len = sizeof value;
    return sys::getsockopt(fd, SOL_SOCKET, SO_NWRITE, &value, &len).ok() ? value : -1;
#else
    (void)fd;
    return -1;
#endif
}

short pollReadHangup()
{
#ifdef POLLRDHUP
    return POLLRDHUP;
#else
    return 0;
#endif
}

TcpInfo readTcpInfo(int fd)
{
    TcpInfo out;
#if defined(__linux__)
    tcp_info info {};
    socklen_t len = sizeof info;
    if (sys::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len).ok()) {
        out = TcpInfo { true, true, info.tcpi_state, static_cast<int>(info.tcpi_unacked),
                        static_cast<int>(info.tcpi_sacked) };
    }
#elif defined(__APPLE__) && defined(TCP_CONNECTION_INFO)
    tcp_connection_info info {};
    socklen_t len = sizeof info;
    if (sys::getsockopt(fd, IPPROTO_TCP, TCP_CONNECTION_INFO, &info, &len).ok())
        out = TcpInfo { true, false, info.tcpi_state, -1, -1 };
#elif defined(TCP_INFO)
    tcp_info info {};
    socklen_t len = sizeof info;
    if (sys::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len).ok())
        out = TcpInfo { true, false, info.tcpi_state, -1, -1 };
#else
    (void)fd;
#endif
    return out;
}

bool readListenQueue(int fd, int& queue, int& limit)
{
#if defined(SO_LISTENQLEN) && defined(SO_LISTENQLIMIT)
    int value = 0;
    socklen_t len = sizeof value;
    queue = sys::getsockopt(fd, SOL_SOCKET, SO_LISTENQLEN, &value, &len).ok() ? value : -1;
    len = sizeof value;
    limit = sys::getsockopt(fd, SOL_SOCKET, SO_LISTENQLIMIT, &value, &len).ok() ? value : -1;
    return true;
#else
    (void)fd;
    (void)queue;
    (void)limit;
    return false;
#endif
}

} // namespace spg::core::sys
