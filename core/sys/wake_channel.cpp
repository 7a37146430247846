// The wake channel behind the poll, select and epoll backends. Linux gets an eventfd, a
// single counter that one read resets; other systems get a non-blocking pipe.
// Threading: signal() from any thread or signal handler; drain() on the waiting thread.
#include "core/sys/wake_channel.h"

#include <cerrno>
#include <cstdint>
#include <unistd.h>

#if defined(__linux__)
#include <sys/eventfd.h>
#else
#include <fcntl.h>
#endif

namespace spg::core {

namespace {

#if !defined(__linux__)
// macOS has no pipe2(), so the flags are set one by one right after creation.
int makeNonBlockingCloexec(int fd)
{
    const int fdFlags = ::fcntl(fd, F_GETFD);
    if (fdFlags < 0 || ::fcntl(fd, F_SETFD, fdFlags | FD_CLOEXEC) < 0)
        return errno;
    const int statusFlags = ::fcntl(fd, F_GETFL);
    if (statusFlags < 0 || ::fcntl(fd, F_SETFL, statusFlags | O_NONBLOCK) < 0)
        return errno;
    return 0;
}
#endif

} // namespace

WakeChannel::WakeChannel()
{
#if defined(__linux__)
    m_readFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_readFd < 0) {
        m_openError = errno;
        return;
    }
    m_writeFd = m_readFd;
#else
    int fds[2];
    if (::pipe(fds) < 0) {
        m_openError = errno;
        return;
    }
    m_readFd = fds[0];
    m_writeFd = fds[1];
    m_openError = makeNonBlockingCloexec(m_readFd);
    if (m_openError == 0)
        m_openError = makeNonBlockingCloexec(m_writeFd);
    if (m_openError != 0) {
        ::close(m_readFd);
        ::close(m_writeFd);
        m_readFd = m_writeFd = -1;
    }
#endif
}

WakeChannel::~WakeChannel()
{
    if (m_writeFd >= 0 && m_writeFd != m_readFd)
        ::close(m_writeFd);
    if (m_readFd >= 0)
        ::close(m_readFd);
}

void WakeChannel::signal()
{
    if (m_writeFd < 0)
        return;
    // A signal handler may interrupt code that is about to read errno, so it is restored.
    const int savedErrno = errno;
#if defined(__linux__)
    const std::uint64_t one = 1; // eventfd takes exactly eight bytes.
    ssize_t written;
    do
        written = ::write(m_writeFd, &one, sizeof one);
    while (written < 0 && errno == EINTR);
#else
    const char byte = 1;
    ssize_t written;
    do
        written = ::write(m_writeFd, &byte, 1);
    while (written < 0 && errno == EINTR);
#endif
    // EAGAIN means the channel is already full of wake-ups, which is all that is needed.
    errno = savedErrno;
}

void WakeChannel::drain()
{
    if (m_readFd < 0)
        return;
    // One eventfd read resets its counter; a pipe may hold many bytes, so read until empty.
    char buffer[64];
    for (;;) {
        const ssize_t got = ::read(m_readFd, buffer, sizeof buffer);
        if (got > 0)
            continue;
        if (got < 0 && errno == EINTR)
            continue;
        break;
    }
}

} // namespace spg::core
