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
                                std::optional<std::size_t> captureCap)
{
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
    m_byFd[fd] = ref.id;
    m_entries[ref.id] = std::move(entry);
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

std::shared_ptr<const Capture> SocketTable::capture(SocketId id) const
{
    std::lock_guard lock(m_capturesMutex);
    auto it = m_captures.find(id);
    return it == m_captures.end() ? nullptr : it->second;
}

} // namespace spg::core
