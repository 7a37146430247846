// The socket table: adopting a kernel fd prepares it the way the engine needs every fd, and
// indexes it by id and by fd; captures are published for readers on other threads.
#include "core/engine/socket_table.h"

#include "core/sys/sys.h"

#include <fcntl.h>

namespace spg::core {

namespace {

// Every fd the engine owns is non-blocking in the kernel (the loop must never sleep inside a
// call) and close-on-exec; on platforms without MSG_NOSIGNAL, SO_NOSIGPIPE stops SIGPIPE.
void prepareFd(int fd)
{
    const SysResult flags = sys::fcntl(fd, F_GETFL, 0);
    if (flags.ok())
        sys::fcntl(fd, F_SETFL, static_cast<int>(flags.value) | O_NONBLOCK);
    sys::fcntl(fd, F_SETFD, FD_CLOEXEC);
    sys::suppressSigPipe(fd);
}

} // namespace

SocketEntry& SocketTable::adopt(int fd, int domain, int type, int protocol, SocketId parent,
                                std::optional<std::size_t> captureCap, bool prepared)
{
    if (prepared)
        sys::suppressSigPipe(fd);
    else
        prepareFd(fd);
    auto entry = std::make_unique<SocketEntry>();
    entry->id = m_next++;
    entry->fd = fd;
    entry->domain = domain;
    entry->type = type;
    entry->protocol = protocol;
    entry->parent = parent;
    if (captureCap) {
        entry->capture = std::make_shared<Capture>(*captureCap);
        std::lock_guard lock(m_capturesMutex);
        m_captures[entry->id] = entry->capture;
    }
    SocketEntry& ref = *entry;
    ref.queues = &m_queues;
    ref.dirty.m_owner = &ref;
    ref.touch();
    m_byFd[fd] = ref.id;
    m_entries.emplace_hint(m_entries.end(), ref.id, std::move(entry));
    return ref;
}

SocketEntry* SocketTable::find(SocketId id)
{
    auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : it->second.get();
}

SocketEntry* SocketTable::byFd(int fd)
{
    auto it = m_byFd.find(fd);
    return it == m_byFd.end() ? nullptr : m_entries.at(it->second).get();
}

void SocketTable::takeInterestQueue(std::vector<SocketEntry*>& out)
{
    out.clear();
    out.swap(m_queues.interest);
    for (SocketEntry* s : out)
        s->inInterestQueue = false;
}

void SocketTable::takeSnapshotQueue(std::vector<SocketEntry*>& out)
{
    out.clear();
    out.swap(m_queues.snapshot);
    for (SocketEntry* s : out)
        s->inSnapshotQueue = false;
}

void SocketTable::touchAllInterest()
{
    for (auto& [id, entry] : m_entries)
        entry->touchInterest();
}

void SocketTable::noteTimes(SocketEntry& s)
{
    std::optional<SteadyClock::time_point> soonest;
    for (const BlockedCall& call : s.blocked)
        for (const auto& when : { call.deadline, call.retryAt })
            if (when && (!soonest || *when < *soonest))
                soonest = when;
    if (!soonest || (s.queuedTime && *s.queuedTime <= *soonest))
        return;
    s.queuedTime = soonest;
    m_times.emplace(*soonest, &s);
}

std::optional<SteadyClock::time_point> SocketTable::soonestTime() const
{
    if (m_times.empty())
        return std::nullopt;
    return m_times.top().first;
}

void SocketTable::takeDue(SteadyClock::time_point now, std::vector<SocketEntry*>& out)
{
    out.clear();
    while (!m_times.empty() && m_times.top().first <= now) {
        const auto [when, s] = m_times.top();
        m_times.pop();
        if (s->queuedTime != when)
            continue; // A later or sooner entry of the same socket stands for it.
        s->queuedTime.reset();
        out.push_back(s);
    }
}

std::shared_ptr<const Capture> SocketTable::capture(SocketId id) const
{
    std::lock_guard lock(m_capturesMutex);
    auto it = m_captures.find(id);
    return it == m_captures.end() ? nullptr : it->second;
}

} // namespace spg::core
