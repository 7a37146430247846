// The loop. Each iteration runs queued commands, tells the backend what to watch, waits,
// and hands each readiness first to a blocked call, then to the socket's automation. What
// nobody consumes is remembered as pending and the socket stops being watched for it, so
// level-triggered backends never spin on readiness a user has not acted on yet.
#include "core/words/address.h"
#include "core/engine/engine_worker.h"
#include "core/words/strace_format.h"
#include "core/sys/sys.h"

#include <algorithm>

namespace spg::core {

namespace {

constexpr unsigned kReadSide = ReadyRead | ReadyReadHangup | ReadyHangup | ReadyError
    | ReadyPriority;
constexpr unsigned kWriteSide = ReadyWrite | ReadyHangup | ReadyError;
constexpr std::size_t kEchoBacklogLimit = 1u << 20;
} // namespace

void EngineWorker::iterate()
{
    runCommands();
    applyInterests();
    // Calls changed state: report it with their records, before the loop sleeps.
    m_reporter.refreshSnapshots(m_sockets, false);
    m_reporter.flush();
    m_ready.clear();
    const SysResult waited = m_poller->wait(waitTimeoutMs(), m_ready);
    LoopStats& stats = m_reporter.stats();
    ++stats.iterations;
    if (!waited.ok() && waited.error != EINTR) {
        CallRecord r;
        r.kind = CallKind::Sync;
        r.phase = CallPhase::Done;
        r.started = WallClock::now();
        r.result = -1;
        r.error = waited.error;
        r.text = std::string(backendName(m_poller->backend())) + " wait failed";
        r.note = "the loop goes on; this is reported, not fatal";
        m_reporter.add(std::move(r));
    }
    stats.readyEvents += m_ready.size();
    for (const ReadyEvent& event : m_ready)
        dispatch(event);
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

unsigned EngineWorker::wantedInterest(const SocketEntry& s) const
{
    if (!s.open())
        return 0;
    unsigned want = 0;
    for (const BlockedCall& call : s.blocked)
        want |= call.needs;
    if (s.autoAccept && s.lifecycle == Lifecycle::Listening && !s.acceptPaused)
        want |= WantRead;
    if (s.receivesAutomatically() && !s.peerClosed && !s.reset && s.echoBacklog.size() < kEchoBacklogLimit
        && s.lifecycle != Lifecycle::Listening)
        want |= WantRead;
    if (!s.echoBacklog.empty())
        want |= WantWrite;
    // Observation: report each kind of readiness once, then wait for a call to consume it.
    if (!(s.pendingReady & kReadSide))
        want |= WantRead;
    if (!(s.pendingReady & kWriteSide) && s.lifecycle != Lifecycle::Listening)
        want |= WantWrite;
    return want;
}

void EngineWorker::applyInterests()
{
    std::size_t watched = 0;
    for (auto& [id, entry] : m_sockets) {
        SocketEntry& s = *entry;
        const unsigned want = wantedInterest(s);
        if (want != s.registered) {
            if (const int error = m_poller->setInterest(s.fd, want)) {
                s.note = std::string(backendName(m_poller->backend())) + " cannot watch fd "
                    + std::to_string(s.fd) + ": " + std::to_string(error);
                s.dirty = true;
            }
            s.registered = want;
        }
        watched += want != 0;
    }
    m_reporter.stats().watched = watched;
}

int EngineWorker::waitTimeoutMs() const
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_incoming.empty() || m_stopping)
            return 0;
    }
    // A lingering close reports from its thread without waking the loop: look often.
    auto wait = std::chrono::milliseconds(m_lingering.empty() ? m_options.tickMs : 10);
    const auto now = SteadyClock::now();
    for (const ParkedPoll& p : m_polls)
        if (p.deadline)
            wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(
                                      std::max(*p.deadline - now, SteadyClock::duration(0))));
    for (const auto& [id, entry] : m_sockets)
        for (const BlockedCall& call : entry->blocked)
            for (const auto& when : { call.deadline, call.retryAt })
                if (when)
                    wait = std::min(wait,
                                    std::chrono::ceil<std::chrono::milliseconds>(
                                        std::max(*when - now, SteadyClock::duration(0))));
    return static_cast<int>(wait.count());
}

void EngineWorker::dispatch(const ReadyEvent& event)
{
    SocketEntry* found = m_sockets.byFd(event.fd);
    if (!found)
        return; // A socket closed earlier in this iteration; its readiness is stale.
    SocketEntry& s = *found;
    if (!s.open())
        return;
    if (std::holds_alternative<RawKevent>(event.raw) && s.lifecycle == Lifecycle::Listening
        && event.data >= 0)
        s.kqueueListenData = event.data;
    const std::size_t slot = m_reporter.addReadiness(s, event, m_poller->backend());
    const unsigned consumed = serviceReady(s, event.ready);
    m_reporter.setConsumed(slot, consumed != 0);
    s.pendingReady |= event.ready & ~consumed;
    s.dirty = true;
}

// Offers readiness to the blocked calls (oldest first), then to the automations. Returns
// the readiness bits that something acted on.
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
