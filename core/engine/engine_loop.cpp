// One iteration of the worker: queued commands run, the loop waits and hands each readiness
// first to a blocked call, then to the socket's automation; deadlines, parked polls and
// lingering closes are looked at; the reporter sends what changed.
#include "core/engine/engine_worker.h"

#include <algorithm>

namespace spg::core {

void EngineWorker::iterate()
{
    runCommands();
    for (SocketId id : m_loop.applyInterests())
        endUnwatchable(id);
    // Calls changed state: report it with their records, before the loop sleeps.
    m_reporter.refreshSnapshots(m_sockets, false);
    m_reporter.flush();
    m_loop.waitAndDispatch(waitTimeoutMs(),
                           [this](SocketEntry& s, unsigned ready) { return serviceReady(s, ready); });
    expireDeadlines();
    retryPolls();
    finishLingeringCloses(false);
    const auto now = SteadyClock::now();
    const bool periodic = now - m_lastTick >= std::chrono::milliseconds(m_options.tickMs);
    if (periodic)
        m_lastTick = now;
    m_reporter.refreshSnapshots(m_sockets, periodic);
    m_reporter.emitStats(periodic);
    m_reporter.flush();
}

int EngineWorker::waitTimeoutMs() const
{
    if (m_inbox.pending())
        return 0;
    // A lingering close reports from its thread without waking the loop: look often.
    const auto longest = std::chrono::milliseconds(m_lingering.empty() ? m_options.tickMs : 10);
    std::optional<SteadyClock::time_point> pollsBy;
    for (const ParkedPoll& p : m_polls)
        if (p.deadline)
            pollsBy = pollsBy ? std::min(*pollsBy, *p.deadline) : *p.deadline;
    return m_loop.timeoutMs(longest, pollsBy);
}

// Offers readiness to the blocked calls (oldest first), then to the automations. Returns
// the readiness bits that something acted on. Whatever acts marks the socket dirty when its
// snapshot must be sent at once (auto-receive in a flood leaves that to the tick).
unsigned EngineWorker::serviceReady(SocketEntry& s, unsigned ready)
{
    unsigned consumed = 0;
    const bool readable = ready & (ReadyRead | ReadyReadHangup | ReadyHangup | ReadyError);
    const bool writable = ready & (ReadyWrite | ReadyHangup | ReadyError);
    for (std::size_t i = 0; i < s.blocked.size() && s.open();) {
        BlockedCall& call = s.blocked[i];
        const bool fits = ((call.needs & WantRead) && readable)
            || ((call.needs & WantWrite) && writable);
        if (!fits) {
            ++i;
            continue;
        }
        consumed |= ready & ((call.needs & WantRead) ? kReadSide : kWriteSide);
        s.dirty = true;
        const std::uint64_t before = call.partial();
        if (attempt(s, call) == Attempt::Finished) {
            s.blocked.erase(s.blocked.begin() + static_cast<long>(i));
            continue;
        }
        // Readiness that did not help: some sockets poll ready while the call still cannot
        // go on (sendto on an unconnected UNIX datagram socket to a full peer, say). Retry
        // those on the timer rather than spin.
        if (call.partial() == before && !call.retryAt)
            call.retryLater();
        ++i;
    }
    if (!s.open())
        return ready;
    if (readable && s.autoAccept && s.lifecycle == Lifecycle::Listening && !s.acceptPaused) {
        autoAccept(s);
        s.dirty = true;
        consumed |= ready & kReadSide;
    } else if (readable && s.receivesAutomatically() && !s.peerClosed && !s.reset
               && s.lifecycle != Lifecycle::Listening) {
        autoReceive(s);
        consumed |= ready & kReadSide;
    }
    if (writable && !s.echoBacklog.empty()) {
        flushEcho(s);
        consumed |= ready & kWriteSide;
    }
    return consumed;
}

} // namespace spg::core
