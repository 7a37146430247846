// The epoll(7) backend, level-triggered, with data.u64 holding the fd. The kernel keeps
// the interest set, so this file only tracks which fds it has added (ADD versus MOD).
// Threading: worker thread only, except wakeup(), which may be called from any thread.
#if defined(__linux__)

#include "core/sys/poller_backends.h"
#include "core/sys/wake_channel.h"

#include <algorithm>
#include <cerrno>
#include <sys/epoll.h>
#include <unistd.h>
#include <unordered_map>

namespace spg::core {

namespace {

std::uint32_t epollEventsFor(unsigned interest)
{
    std::uint32_t events = 0;
    if (interest & WantRead)
        events |= EPOLLIN | EPOLLRDHUP;
    if (interest & WantWrite)
        events |= EPOLLOUT;
    return events;
}

unsigned readyFromEpoll(std::uint32_t events)
{
    unsigned ready = 0;
    if (events & EPOLLIN)
        ready |= ReadyRead;
    if (events & EPOLLOUT)
        ready |= ReadyWrite;
    if (events & EPOLLHUP)
        ready |= ReadyHangup;
    if (events & EPOLLRDHUP)
        ready |= ReadyReadHangup;
    if (events & EPOLLERR)
        ready |= ReadyError;
    if (events & EPOLLPRI)
        ready |= ReadyPriority;
    return ready;
}

class EpollPoller final : public Poller {
public:
    EpollPoller()
    {
        if (m_wake.openError()) {
            m_openError = m_wake.openError();
            return;
        }
        m_epfd = ::epoll_create1(EPOLL_CLOEXEC);
        if (m_epfd < 0) {
            m_openError = errno;
            return;
        }
        if (const int failed = control(EPOLL_CTL_ADD, m_wake.readFd(), EPOLLIN))
            m_openError = failed;
    }

    ~EpollPoller() override
    {
        if (m_epfd >= 0)
            ::close(m_epfd);
    }

    EpollPoller(const EpollPoller&) = delete;
    EpollPoller& operator=(const EpollPoller&) = delete;

    int openError() const { return m_openError; }

    Backend backend() const override { return Backend::Epoll; }

    int setInterest(int fd, unsigned interest) override
    {
        if (fd < 0 || fd == m_wake.readFd())
            return EBADF;
        const auto found = m_registered.find(fd);
        if (interest == 0) {
            if (found == m_registered.end())
                return 0;
            m_registered.erase(found);
            // Closing an fd drops it from the epoll set already, so "not there" is success.
            const int failed = control(EPOLL_CTL_DEL, fd, 0);
            return failed == EBADF || failed == ENOENT ? 0 : failed;
        }
        const std::uint32_t events = epollEventsFor(interest);
        int failed = 0;
        if (found != m_registered.end()) {
            failed = control(EPOLL_CTL_MOD, fd, events);
            // The fd was closed and its number reused since it was added: add it afresh.
            if (failed == ENOENT)
                failed = control(EPOLL_CTL_ADD, fd, events);
        } else {
            failed = control(EPOLL_CTL_ADD, fd, events);
            // The kernel kept an entry that an earlier, failed delete should have removed.
            if (failed == EEXIST)
                failed = control(EPOLL_CTL_MOD, fd, events);
        }
        if (failed == 0)
            m_registered[fd] = interest;
        else
            m_registered.erase(fd);
        return failed;
    }

    SysResult wait(int timeoutMs, std::vector<ReadyEvent>& out) override
    {
        // Room for every watched fd, so one call reports everything that is ready.
        m_events.resize(std::max<std::size_t>(m_registered.size() + 1, 16));
        const int count = ::epoll_wait(m_epfd, m_events.data(), static_cast<int>(m_events.size()),
                                       timeoutMs);
        if (count < 0)
            return SysResult { -1, errno };
        long reported = 0;
        for (int i = 0; i < count; ++i) {
            const epoll_event& got = m_events[static_cast<std::size_t>(i)];
            const int fd = static_cast<int>(got.data.u64);
            if (fd == m_wake.readFd()) {
                m_wake.drain();
                continue;
            }
            ReadyEvent event;
            event.fd = fd;
            event.ready = readyFromEpoll(got.events);
            event.raw = RawEpoll { got.events, got.data.u64 };
            out.push_back(event);
            ++reported;
        }
        return SysResult { reported, 0 };
    }

    void wakeup() override { m_wake.signal(); }

private:
    int control(int op, int fd, std::uint32_t events)
    {
        epoll_event change {};
        change.events = events;
        change.data.u64 = static_cast<std::uint64_t>(fd);
        return ::epoll_ctl(m_epfd, op, fd, &change) < 0 ? errno : 0;
    }

    WakeChannel m_wake;
    int m_epfd = -1;
    int m_openError = 0;
    std::unordered_map<int, unsigned> m_registered; // fd -> interest given to the kernel.
    std::vector<epoll_event> m_events;
};

} // namespace

std::unique_ptr<Poller> makeEpollPoller(std::string& error)
{
    auto poller = std::make_unique<EpollPoller>();
    if (const int failed = poller->openError()) {
        error = creationError("epoll", failed);
        return nullptr;
    }
    return poller;
}

} // namespace spg::core

#endif // defined(__linux__)
