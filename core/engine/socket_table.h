// The engine's sockets: every entry by id and by fd, and the captures of their bytes. Entries
// are never erased (a closed socket stays, so its id answers EBADF and its snapshot remains).
// Threading: capture() from any thread; everything else on the worker thread only.
#pragma once

#include "core/engine/socket_entry.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <queue>
#include <unordered_map>
#include <vector>

namespace spg::core {

class SocketTable {
public:
    using Entries = std::map<SocketId, std::unique_ptr<SocketEntry>>;

    // Takes ownership of a new kernel fd: makes it non-blocking and close-on-exec (the loop
    // must never sleep inside a call) and gives it an id, and a capture of that cap if any.
    // `prepared`: the call that made the fd set both flags already (accept4, socket's type).
    SocketEntry& adopt(int fd, int domain, int type, int protocol, SocketId parent,
                       std::optional<std::size_t> captureCap, bool prepared = false);
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

    // The sockets touched since the last take, each once; their queued marks are cleared.
    // `out` is reused by the caller, so a quiet iteration allocates nothing.
    void takeInterestQueue(std::vector<SocketEntry*>& out);
    void takeSnapshotQueue(std::vector<SocketEntry*>& out);
    // Every socket, for the loop's interest pass (a new backend knows none of them).
    void touchAllInterest();

    // Parked calls' deadlines and retry times, soonest first. noteTimes() queues the soonest
    // time of `s`'s calls when it is sooner than what is queued for it; an entry whose call
    // ended meanwhile stays until its time and then costs one look.
    void noteTimes(SocketEntry& s);
    std::optional<SteadyClock::time_point> soonestTime() const;
    // The sockets with a queued time at or before `now`, each once, in the order due.
    void takeDue(SteadyClock::time_point now, std::vector<SocketEntry*>& out);

    // Any thread.
    std::shared_ptr<const Capture> capture(SocketId id) const;

private:
    using Timed = std::pair<SteadyClock::time_point, SocketEntry*>;

    Entries m_entries;
    TouchQueues m_queues;
    std::priority_queue<Timed, std::vector<Timed>, std::greater<>> m_times;
    std::unordered_map<int, SocketId> m_byFd;
    SocketId m_next = 1;
    mutable std::mutex m_capturesMutex; // Guards m_captures for readers on other threads.
    std::map<SocketId, std::shared_ptr<Capture>> m_captures;
};

} // namespace spg::core
