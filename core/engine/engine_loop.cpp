// The loop. Each iteration runs queued commands, tells the backend what to watch, waits,
// and hands each readiness first to a blocked call, then to the socket's automation. What
// nobody consumes is remembered as pending and the socket stops being watched for it, so
// level-triggered backends never spin on readiness a user has not acted on yet.
#include "core/words/address.h"
#include "core/engine/engine_worker.h"
#include "core/engine/socket_info.h"
#include "core/words/strace_format.h"
#include "core/sys/sys.h"

#include <algorithm>
#include <sys/ioctl.h>

namespace spg::core {

namespace {

constexpr unsigned kReadSide = ReadyRead | ReadyReadHangup | ReadyHangup | ReadyError
    | ReadyPriority;
constexpr unsigned kWriteSide = ReadyWrite | ReadyHangup | ReadyError;
constexpr std::size_t kEchoBacklogLimit = 1u << 20;
constexpr std::size_t kPeriodicRefreshLimit = 256;

// FIONREAD alone, the same read introspect() makes for receiveQueued. Describing a readable
// event needs only this number, and it is needed once per readiness: on a busy socket the
// other six calls of a full introspect() (addresses, TCP_INFO, buffer sizes) would be made
// twice per loop iteration, here and again for the snapshot.
long receiveQueued(int fd)
{
    int queued = 0;
    return sys::ioctl(fd, FIONREAD, &queued).ok() ? queued : -1;
}

} // namespace

void EngineWorker::iterate()
{
    runCommands();
    applyInterests();
    refreshSnapshots(false); // Calls changed state: report it with their records.
    flush();                 // Call records reach the sink before the loop sleeps.
    m_ready.clear();
    const SysResult waited = m_poller->wait(waitTimeoutMs(), m_ready);
    ++m_stats.iterations;
    if (!waited.ok() && waited.error != EINTR) {
        CallRecord r;
        r.kind = CallKind::Sync;
        r.phase = CallPhase::Done;
        r.started = WallClock::now();
        r.result = -1;
        r.error = waited.error;
        r.text = std::string(backendName(m_poller->backend())) + " wait failed";
        r.note = "the loop goes on; this is reported, not fatal";
        m_batch.push_back(std::move(r));
    }
    m_stats.readyEvents += m_ready.size();
    for (const ReadyEvent& event : m_ready)
        dispatch(event);
    expireDeadlines();
    retryPolls();
    finishLingeringCloses(false);
    const auto now = SteadyClock::now();
    const bool periodic = now - m_lastTick >= std::chrono::milliseconds(m_options.tickMs);
    if (periodic)
        m_lastTick = now;
    refreshSnapshots(periodic);
    emitStats(periodic);
    flush();
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
    m_stats.watched = watched;
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
    auto byFd = m_byFd.find(event.fd);
    if (byFd == m_byFd.end())
        return; // A socket closed earlier in this iteration; its readiness is stale.
    SocketEntry& s = *m_sockets.at(byFd->second);
    if (!s.open())
        return;
    if (std::holds_alternative<RawKevent>(event.raw) && s.lifecycle == Lifecycle::Listening
        && event.data >= 0)
        s.kqueueListenData = event.data;
    LoopRecord loop;
    loop.iteration = m_stats.iterations;
    loop.backend = m_poller->backend();
    loop.socket = s.id;
    loop.fd = event.fd;
    loop.ready = event.ready;
    loop.socketError = event.socketError;
    loop.data = event.data;
    loop.raw = event.raw;
    loop.time = WallClock::now();
    loop.meaning = meaningOf(s, event);
    const std::size_t slot = m_batch.size();
    m_batch.push_back(std::move(loop));
    const unsigned consumed = serviceReady(s, event.ready);
    std::get<LoopRecord>(m_batch[slot]).consumed = consumed != 0;
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

std::string EngineWorker::meaningOf(const SocketEntry& s, const ReadyEvent& event) const
{
    const unsigned r = event.ready;
    std::string text;
    if (s.lifecycle == Lifecycle::Listening && (r & ReadyRead)) {
        long waiting = event.data;
        if (waiting < 0)
            waiting = introspect(s.fd, s.domain, s.type, s.protocol).acceptQueue;
        text = "listening socket readable: ";
        text += waiting >= 0 ? std::to_string(waiting) + " connection(s) waiting for accept()"
                             : "a connection is waiting for accept()";
        return text;
    }
    auto add = [&](const std::string& part) {
        if (!text.empty())
            text += "; ";
        text += part;
    };
    if (r & ReadyError)
        add(event.socketError ? "error pending: " + std::to_string(event.socketError)
                              : "error pending (getsockopt SO_ERROR reads and clears it)");
    if (r & ReadyHangup)
        add("hang-up: the connection is closed both ways (or never connected)");
    if (r & ReadyReadHangup)
        add("peer shut down its sending side: recv() will return 0 after the data");
    if (r & ReadyRead) {
        long bytes = event.data;
        if (bytes < 0)
            bytes = receiveQueued(s.fd);
        add(bytes >= 0 ? "readable: " + std::to_string(bytes) + " byte(s) waiting"
                       : "readable");
    }
    if (r & ReadyWrite)
        add(s.lifecycle == Lifecycle::Connecting
                ? "writable: the connection attempt finished (check SO_ERROR)"
                : "writable: the send buffer has room");
    if (r & ReadyPriority)
        add("urgent (out-of-band) data");
    return text;
}

void EngineWorker::refreshSnapshots(bool periodic)
{
    const bool refreshAll = periodic && m_sockets.size() <= kPeriodicRefreshLimit;
    std::size_t open = 0;
    for (auto& [id, entry] : m_sockets) {
        SocketEntry& s = *entry;
        open += s.open();
        const bool listener = s.lifecycle == Lifecycle::Listening;
        if (!s.dirty && !(s.open() && (refreshAll || (periodic && listener))))
            continue;
        s.dirty = false;
        // The kernel's facts stay as last read for a closed socket; the engine's own are
        // copied whole from the entry, which holds them once.
        SocketSnapshot snap = s.last;
        static_cast<SocketState&>(snap) = s;
        snap.blockedIn = s.blocked.empty() ? "" : std::string(callName(s.blocked.front().command.kind));
        snap.blockedCommand = s.blocked.empty() ? 0 : s.blocked.front().id;
        snap.captureDropped = s.capture ? s.capture->stats().dropped : 0;
        if (s.open()) {
            const SocketIntrospection info = introspect(s.fd, s.domain, s.type, s.protocol);
            snap.local = info.local;
            snap.peer = info.peer;
            // 0.0.0.0:0 is merely unbound; a wildcard address with a port is reachable.
            snap.wildcard = info.localIsWildcard && info.local.size() > 2
                && info.local.compare(info.local.size() - 2, 2, ":0") != 0;
            snap.tcpState = info.tcpState;
            snap.receiveQueued = info.receiveQueued;
            snap.receiveBuffer = info.receiveBuffer;
            snap.sendQueued = info.sendQueued;
            snap.sendBuffer = info.sendBuffer;
            snap.acceptQueue = info.acceptQueue;
            snap.acceptLimit = info.acceptLimit;
            if (snap.acceptQueue < 0 && listener && s.kqueueListenData >= 0)
                snap.acceptQueue = static_cast<int>(s.kqueueListenData);
            // A non-blocking connect finishes in the kernel without a call: the TCP state
            // says when it did.
            if (s.lifecycle == Lifecycle::Connecting && info.tcpState != TcpState::SynSent
                && info.tcpState != TcpState::None && !info.peer.empty()) {
                s.lifecycle = Lifecycle::Connected;
                snap.lifecycle = Lifecycle::Connected;
            }
        } else {
            snap.tcpState = TcpState::None;
            snap.receiveQueued = snap.sendQueued = -1;
            snap.acceptQueue = snap.acceptLimit = -1;
        }
        if (snap == s.last)
            continue;
        s.last = snap;
        m_batch.push_back(std::move(snap));
    }
    m_stats.sockets = open;
}

void EngineWorker::emitStats(bool force)
{
    m_stats.backend = m_poller->backend();
    if (!force)
        return;
    // Iteration counts change constantly; send them at the tick rate only.
    if (m_stats == m_lastStats)
        return;
    m_lastStats = m_stats;
    m_batch.push_back(m_stats);
}

void EngineWorker::flush()
{
    if (m_batch.empty())
        return;
    EventBatch batch;
    batch.swap(m_batch);
    m_sink.deliver(std::move(batch));
}

} // namespace spg::core
