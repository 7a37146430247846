// The engine's sockets: every entry by id and by fd, and the captures of their bytes. Entries
// are never erased (a closed socket stays, so its id answers EBADF and its snapshot remains).
// Threading: capture() from any thread; everything else on the worker thread only.
#pragma once

#include "core/engine/socket_entry.h"

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace spg::core {

class SocketTable {
public:
    using Entries = std::map<SocketId, std::unique_ptr<SocketEntry>>;

    // Takes ownership of a new kernel fd: makes it non-blocking and close-on-exec (the loop
    // must never sleep inside a call) and gives it an id, and a capture of that cap if any.
    SocketEntry& adopt(int fd, int domain, int type, int protocol, SocketId parent,
                       std::optional<std::size_t> captureCap);
    SocketEntry* find(SocketId id);
    SocketEntry& at(SocketId id) { return *m_entries.at(id); }
    // The open socket that owns `fd`, or null (a stale readiness for a closed fd).
    SocketEntry* byFd(int fd);
    // Called when the fd is closed: its number may be reused by the next socket.
    void forgetFd(int fd) { m_byFd.erase(fd); }

    std::size_t size() const { return m_entries.size(); }
    Entries::iterator begin() { return m_entries.begin(); }
    Entries::iterator end() { return m_entries.end(); }
    Entries::const_iterator begin() const { return m_entries.begin(); }
    Entries::const_iterator end() const { return m_entries.end(); }

    // Any thread.
    std::shared_ptr<const Capture> capture(SocketId id) const;

private:
    Entries m_entries;
    std::unordered_map<int, SocketId> m_byFd;
    SocketId m_next = 1;
    mutable std::mutex m_capturesMutex; // Guards m_captures for readers on other threads.
    std::map<SocketId, std::shared_ptr<Capture>> m_captures;
};

} // namespace spg::core
