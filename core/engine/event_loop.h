// The engine's loop proper: the poller (the backend, and with it the one wake channel), the
// interest each socket has given it, how long a wait may last, and the hand-off of each
// readiness to whoever services it. What to do with readiness is the caller's business.
// Threading: wakeup() from any thread; everything else on the worker thread only.
#pragma once

#include "core/engine/reporter.h"
#include "core/engine/socket_table.h"
#include "core/sys/poller.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace spg::core {

// Readiness bits that a read, or a write, would consume.
inline constexpr unsigned kReadSide =
    ReadyRead | ReadyReadHangup | ReadyHangup | ReadyError | ReadyPriority;
inline constexpr unsigned kWriteSide = ReadyWrite | ReadyHangup | ReadyError;

// Why `wanted` could not be made, as the window shows it: "kqueue is not available on this
// system" when this host lacks it, else `error` (the kernel's answer to making it) as it is.
Message backendError(Backend wanted, const std::string& error);

class EventLoop {
public:
    // Services one readiness of one socket; returns the bits that something acted on.
    using Service = std::function<unsigned(SocketEntry&, unsigned ready)>;

    // Starts the wanted backend; if it cannot start, poll (then select) stands in and the
    // reporter says so.
    EventLoop(Backend wanted, SocketTable& sockets, Reporter& reporter);

    Backend backend() const { return m_poller->backend(); }
    // Ends a wait in progress, or makes the next one return at once. Any thread.
    void wakeup();
    // Drops the old backend whole; every socket registers afresh with the new one. Returns
    // the old backend, or nothing (and `error`) when the new one cannot start.
    std::optional<Backend> switchBackend(Backend wanted, std::string& error);

    // Gives the poller the interest each socket touched since the last pass needs now, and
    // keeps the count of watched ones.
    // Returns the sockets the backend refused to watch (select: fd >= FD_SETSIZE); each one's
    // note says why, and it is asked again whenever it is touched, so no call waits unseen.
    std::vector<SocketId> applyInterests();
    // Before close: epoll and kqueue forget closed fds, poll and select must be told.
    void stopWatching(SocketEntry& s);
    // How long the next wait may last: `longest`, or less when a parked call's deadline or
    // retry time, or `alsoBy`, comes sooner.
    int timeoutMs(std::chrono::milliseconds longest,
                  std::optional<SteadyClock::time_point> alsoBy) const;
    // Waits, reports a failed wait (never fatal), and hands each readiness to `service`.
    void waitAndDispatch(int timeoutMs, const Service& service);

private:
    unsigned wantedInterest(const SocketEntry& s) const;
    Message cannotWatchText(int fd, int error) const;
    void dispatch(const ReadyEvent& event, const Service& service);

    SocketTable& m_sockets;
    Reporter& m_reporter;
    std::unique_ptr<Poller> m_poller;
    mutable std::mutex m_wakeMutex; // A wakeup() from another thread never meets a switch.
    std::vector<ReadyEvent> m_ready;
    std::vector<SocketEntry*> m_touched; // Reused by each interest pass.
    std::optional<SteadyClock::time_point> m_afterWait; // When the last wait returned.
};

} // namespace spg::core
