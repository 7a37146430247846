// The poll(2) backend: one pollfd array rebuilt incrementally, the wake channel at index 0.
// It only translates revents into Ready bits; the loop decides what to do with them.
// Threading: worker thread only, except wakeup(), which may be called from any thread.
#include "core/sys/poller_backends.h"
#include "core/sys/wake_channel.h"

#include <cerrno>
#include <poll.h>
#include <unordered_map>

namespace spg::core {

namespace {

short pollEventsFor(unsigned interest)
{
    short events = 0;
    if (interest & WantRead) {
        events |= POLLIN;
#if defined(POLLRDHUP)
        // Without it poll reports a half-closed peer only as "readable".
        events |= POLLRDHUP;
#endif
    }
    if (interest & WantWrite)
        events |= POLLOUT;
    return events;
}

unsigned readyFromRevents(short revents)
{
    unsigned ready = 0;
    if (revents & POLLIN)
        ready |= ReadyRead;
    if (revents & POLLOUT)
        ready |= ReadyWrite;
    if (revents & POLLHUP)
        ready |= ReadyHangup;
#if defined(POLLRDHUP)
    if (revents & POLLRDHUP)
        ready |= ReadyReadHangup;
#endif
    // POLLNVAL means the fd is not open; to the loop that is an error on that socket.
    if (revents & (POLLERR | POLLNVAL))
        ready |= ReadyError;
    if (revents & POLLPRI)
        ready |= ReadyPriority;
    return ready;
}

class PollPoller final : public Poller {
public:
    PollPoller()
    {
        m_fds.push_back(pollfd { m_wake.readFd(), POLLIN, 0 });
    }

    int openError() const { return m_wake.openError(); }

    Backend backend() const override { return Backend::Poll; }

    int setInterest(int fd, unsigned interest) override
    {
        if (fd < 0 || fd == m_wake.readFd())
            return EBADF;
        const auto found = m_index.find(fd);
        if (interest == 0) {
            if (found != m_index.end())
                remove(found->second);
            return 0;
        }
        const short events = pollEventsFor(interest);
        if (found != m_index.end()) {
            m_fds[found->second].events = events;
        } else {
            m_index.emplace(fd, m_fds.size());
            m_fds.push_back(pollfd { fd, events, 0 });
        }
        return 0;
    }

    SysResult wait(int timeoutMs, std::vector<ReadyEvent>& out) override
    {
        const int count = ::poll(m_fds.data(), static_cast<nfds_t>(m_fds.size()), timeoutMs);
        if (count < 0)
            return SysResult { -1, errno };
        if (m_fds[0].revents != 0)
            m_wake.drain();
        long reported = 0;
        // poll() counts the entries it filled in: stop at the last one rather than read
        // thousands of quiet entries after it.
        const long ready = count - (m_fds[0].revents != 0 ? 1 : 0);
        for (std::size_t i = 1; i < m_fds.size() && reported < ready; ++i) {
            const pollfd& entry = m_fds[i];
            if (entry.revents == 0)
                continue;
            ReadyEvent event;
            event.fd = entry.fd;
            event.ready = readyFromRevents(entry.revents);
            event.raw = RawPoll { entry.fd, entry.events, entry.revents };
            out.push_back(event);
            ++reported;
        }
        return SysResult { reported, 0 };
    }

    void wakeup() override { m_wake.signal(); }

private:
    // Swap-remove keeps the array dense; index 0 (the wake channel) never moves because
    // only entries from 1 on are removed and the last one takes their place.
    void remove(std::size_t index)
    {
        const std::size_t last = m_fds.size() - 1;
        m_index.erase(m_fds[index].fd);
        if (index != last) {
            m_fds[index] = m_fds[last];
            m_index[m_fds[index].fd] = index;
        }
        m_fds.pop_back();
    }

    WakeChannel m_wake;
    std::vector<pollfd> m_fds;
    std::unordered_map<int, std::size_t> m_index; // fd -> position in m_fds.
};

} // namespace

std::unique_ptr<Poller> makePollPoller(std::string& error)
{
    auto poller = std::make_unique<PollPoller>();
    if (const int failed = poller->openError()) {
        error = creationError("poll: cannot create the wake channel", failed);
        return nullptr;
    }
    return poller;
}

} // namespace spg::core
