// The select(2) backend, kept for the lesson it teaches: fd_set is a fixed bitmap, so fds
// at or above FD_SETSIZE are refused rather than written past its end.
// Threading: worker thread only, except wakeup(), which may be called from any thread.
#include "core/sys/poller_backends.h"
#include "core/sys/wake_channel.h"

#include <cerrno>
#include <map>
#include <sys/select.h>

namespace spg::core {

namespace {

bool fitsFdSet(int fd)
{
    return fd >= 0 && fd < FD_SETSIZE;
}

class SelectPoller final : public Poller {
public:
    SelectPoller()
    {
        FD_ZERO(&m_read);
        FD_ZERO(&m_write);
    }

    // 0 when usable; the wake fd itself must fit an fd_set too.
    int openError() const
    {
        if (m_wake.openError())
            return m_wake.openError();
        return fitsFdSet(m_wake.readFd()) ? 0 : EINVAL;
    }

    Backend backend() const override { return Backend::Select; }

    int setInterest(int fd, unsigned interest) override
    {
        if (fd < 0 || fd == m_wake.readFd())
            return EBADF;
        if (interest == 0) {
            // An fd that was refused was never registered, so removing it is a no-op.
            if (m_interest.erase(fd) != 0) {
                FD_CLR(fd, &m_read);
                FD_CLR(fd, &m_write);
            }
            return 0;
        }
        if (!fitsFdSet(fd))
            return EINVAL;
        m_interest[fd] = interest;
        if (interest & WantRead)
            FD_SET(fd, &m_read);
        else
            FD_CLR(fd, &m_read);
        if (interest & WantWrite)
            FD_SET(fd, &m_write);
        else
            FD_CLR(fd, &m_write);
        return 0;
    }

    SysResult wait(int timeoutMs, std::vector<ReadyEvent>& out) override
    {
        // select() overwrites its sets, so it gets copies of the registered ones. Urgent data
        // shows up in exceptfds, which is watched for every fd watched for reading.
        fd_set readSet = m_read;
        fd_set writeSet = m_write;
        fd_set exceptSet = m_read;
        const int wakeFd = m_wake.readFd();
        FD_SET(wakeFd, &readSet);
        int maxFd = wakeFd;
        if (!m_interest.empty() && m_interest.rbegin()->first > maxFd)
            maxFd = m_interest.rbegin()->first;
        timeval timeout {};
        timeval* timeoutPtr = nullptr;
        if (timeoutMs >= 0) {
            timeout.tv_sec = timeoutMs / 1000;
            timeout.tv_usec = static_cast<decltype(timeout.tv_usec)>(timeoutMs % 1000) * 1000;
            timeoutPtr = &timeout;
        }
        const int count = ::select(maxFd + 1, &readSet, &writeSet, &exceptSet, timeoutPtr);
        if (count < 0)
            return SysResult { -1, errno };
        if (count == 0)
            return SysResult { 0, 0 };
        if (FD_ISSET(wakeFd, &readSet))
            m_wake.drain();
        long reported = 0;
        for (const auto& [fd, interest] : m_interest) {
            const RawSelect raw { fd, FD_ISSET(fd, &readSet) != 0, FD_ISSET(fd, &writeSet) != 0,
                FD_ISSET(fd, &exceptSet) != 0 };
            if (!raw.readSet && !raw.writeSet && !raw.exceptSet)
                continue;
            ReadyEvent event;
            event.fd = fd;
            event.ready = (raw.readSet ? ReadyRead : 0u) | (raw.writeSet ? ReadyWrite : 0u)
                | (raw.exceptSet ? ReadyPriority : 0u);
            event.raw = raw;
            out.push_back(event);
            ++reported;
        }
        return SysResult { reported, 0 };
    }

    void wakeup() override { m_wake.signal(); }

private:
    WakeChannel m_wake;
    std::map<int, unsigned> m_interest; // Ordered, so the highest fd is at the end.
    fd_set m_read;
    fd_set m_write;
};

} // namespace

std::unique_ptr<Poller> makeSelectPoller(std::string& error)
{
    auto poller = std::make_unique<SelectPoller>();
    if (const int failed = poller->openError()) {
        error = creationError("select: cannot create the wake channel", failed);
        return nullptr;
    }
    return poller;
}

} // namespace spg::core
