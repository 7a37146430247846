// The loop tells the backend what to watch, waits, and hands each readiness on. What nobody
// consumes is remembered as pending and the socket stops being watched for it, so
// level-triggered backends never spin on readiness a user has not acted on yet.
#include "core/engine/event_loop.h"

#include "core/sys/sys.h"
#include "core/words/errno_names.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <ctime>

namespace spg::core {

namespace {

constexpr std::size_t kEchoBacklogLimit = 1u << 20;

std::chrono::milliseconds untilMs(SteadyClock::time_point when, SteadyClock::time_point now)
{
    return std::chrono::ceil<std::chrono::milliseconds>(
        std::max(when - now, SteadyClock::duration(0)));
}

} // namespace

EventLoop::EventLoop(Backend wanted, SocketTable& sockets, Reporter& reporter)
    : m_sockets(sockets), m_reporter(reporter)
{
    std::string error;
    m_poller = makePoller(wanted, error);
    if (!m_poller) {
        std::string fallbackError;
        m_poller = makePoller(Backend::Poll, fallbackError);
        if (!m_poller)
            m_poller = makePoller(Backend::Select, fallbackError);
        CallRecord r;
        r.kind = CallKind::SetBackend;
        r.phase = CallPhase::Refused;
        r.started = WallClock::now();
        setEngineLine(r, SPG_TR_NOOP("spg::engine", "backend %1: %2"), backendName(wanted),
                      backendError(wanted, error));
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "using poll instead")));
        m_reporter.add(std::move(r));
    }
    m_reporter.stats().backend = m_poller->backend();
    m_reporter.stats().available = availableBackends();
}

void EventLoop::wakeup()
{
    std::lock_guard lock(m_wakeMutex);
    m_poller->wakeup();
}

Message backendError(Backend wanted, const std::string& error)
{
    const std::vector<Backend> here = availableBackends();
    if (std::find(here.begin(), here.end(), wanted) == here.end())
        return noteMessage(SPG_TR_NOOP("spg::notes", "%1 is not available on this system"),
                           backendName(wanted));
    return plainValue(error); // The kernel's answer to making it (epoll_create1's errno).
}

std::optional<Backend> EventLoop::switchBackend(Backend wanted, std::string& error)
{
    auto poller = makePoller(wanted, error);
    if (!poller)
        return std::nullopt;
    const Backend old = m_poller->backend();
    {
        std::lock_guard lock(m_wakeMutex);
        m_poller = std::move(poller);
    }
    // The old backend's cost stays in the statistics for comparison; the new one's counts
    // afresh from its first wait (a backend chosen again does not mix in its earlier period,
    // which watched other fds).
    LoopStats& stats = m_reporter.stats();
    stats.waits[std::size_t(wanted)] = {};
    m_afterWait.reset();
    stats.watched = 0;
    for (auto& [id, s] : m_sockets)
        s->registered = 0;
    m_sockets.touchAllInterest();
    return old;
}

unsigned EventLoop::wantedInterest(const SocketEntry& s) const
{
    if (!s.open())
        return 0;
    // An epoll instance is only ever readable (an event is ready): watched once, like any
    // readiness, until a call on it may have taken it.
    if (s.fdKind == FdKind::Epoll)
        return (s.pendingReady & kReadSide) ? 0u : unsigned(WantRead);
    unsigned want = 0;
    for (const BlockedCall& call : s.blocked)
        want |= call.needs;
    if (s.autoAccept && s.lifecycle == Lifecycle::Listening && !s.acceptPaused)
        want |= WantRead;
    if (s.receivesAutomatically() && !s.peerClosed && !s.reset
        && s.echoBacklog.size() < kEchoBacklogLimit && s.lifecycle != Lifecycle::Listening)
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

// Only the sockets touched since the last pass can want something new: everything the
// interest depends on (parked calls, automation flags, pending readiness, the lifecycle)
// changes in a call or an event on that socket, and each of those marks it dirty.
std::vector<SocketId> EventLoop::applyInterests()
{
    std::vector<SocketId> refused;
    m_sockets.takeInterestQueue(m_touched);
    std::size_t& watched = m_reporter.stats().watched;
    for (SocketEntry* entry : m_touched) {
        SocketEntry& s = *entry;
        if (!s.blocked.empty())
            m_sockets.noteTimes(s);
        const unsigned want = wantedInterest(s);
        if (want == s.registered)
            continue;
        if (const int error = m_poller->setInterest(s.fd, want)) {
            // Not registered: whatever touches this socket later (a call that parks on it,
            // say) brings it back here, so that call learns it at once too.
            Message note = cannotWatchText(s.fd, error);
            if (s.note != note.english())
                s.dirty = true;
            setNote(s, std::move(note));
            refused.push_back(s.id);
            continue;
        }
        watched = watched - (s.registered != 0) + (want != 0);
        s.registered = want;
    }
    return refused;
}

Message EventLoop::cannotWatchText(int fd, int error) const
{
    if (m_poller->backend() == Backend::Select && error == EINVAL)
        return noteMessage(SPG_TR_NOOP("spg::notes", "select() cannot watch fd %1 (FD_SETSIZE %2)"), fd,
                           sys::fdSetSize());
    return noteMessage(SPG_TR_NOOP("spg::notes", "%1 cannot watch fd %2: %3"),
                       std::string(backendName(m_poller->backend())), fd, std::string(errnoName(error)));
}

void EventLoop::stopWatching(SocketEntry& s)
{
    if (s.registered) {
        m_poller->setInterest(s.fd, 0);
        s.registered = 0;
        --m_reporter.stats().watched;
    }
}

int EventLoop::timeoutMs(std::chrono::milliseconds longest,
                         std::optional<SteadyClock::time_point> alsoBy) const
{
    auto wait = longest;
    const auto now = SteadyClock::now();
    if (alsoBy)
        wait = std::min(wait, untilMs(*alsoBy, now));
    if (const auto soonest = m_sockets.soonestTime())
        wait = std::min(wait, untilMs(*soonest, now));
    return static_cast<int>(wait.count());
}

static std::uint64_t nanosecondsBetween(SteadyClock::time_point from, SteadyClock::time_point to)
{
    return std::uint64_t(std::chrono::duration_cast<std::chrono::nanoseconds>(to - from).count());
}

// The calling thread's CPU time: a wait's own cost, without the time it slept.
static std::uint64_t threadCpuNs()
{
    timespec t {};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return std::uint64_t(t.tv_sec) * 1000000000u + std::uint64_t(t.tv_nsec);
}

void EventLoop::waitAndDispatch(int timeoutMs, const Service& service)
{
    m_ready.clear();
    LoopStats& stats = m_reporter.stats();
    WaitCost& cost = stats.wait();
    const SteadyClock::time_point start = SteadyClock::now();
    if (m_afterWait)
        cost.busyNs += nanosecondsBetween(*m_afterWait, start);
    cost.watched = stats.watched;
    const std::uint64_t cpu = threadCpuNs();
    const SysResult waited = m_poller->wait(timeoutMs, m_ready);
    cost.lastWaitCpuNs = threadCpuNs() - cpu;
    m_afterWait = SteadyClock::now();
    cost.lastWaitNs = nanosecondsBetween(start, *m_afterWait);
    cost.waitCpuNs += cost.lastWaitCpuNs;
    ++cost.timedIterations;
    ++stats.iterations;
    if (!waited.ok() && waited.error != EINTR) {
        CallRecord r;
        r.kind = CallKind::Sync;
        r.phase = CallPhase::Done;
        r.started = WallClock::now();
        r.result = -1;
        r.error = waited.error;
        setEngineLine(r, SPG_TR_NOOP("spg::engine", "%1 wait failed"),
                      backendName(m_poller->backend()));
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "the loop goes on; this is reported, not fatal")));
        m_reporter.add(std::move(r));
    }
    stats.readyEvents += m_ready.size();
    for (const ReadyEvent& event : m_ready)
        dispatch(event, service);
}

void EventLoop::dispatch(const ReadyEvent& event, const Service& service)
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
    const unsigned pendingBefore = s.pendingReady;
    const unsigned consumed = service(s, event.ready);
    m_reporter.setConsumed(slot, consumed != 0);
    s.pendingReady |= event.ready & ~consumed;
    // The service marks what it changed; readiness left pending changes the snapshot too.
    // Write readiness alone on an established connection tells nothing new of the kernel's
    // state but, at most, its send queue: the refresh re-reads that alone (a connection
    // accepted a moment ago is reported writable at once, and would be read whole twice).
    const unsigned gained = s.pendingReady & ~pendingBefore;
    if (gained && !s.dirty) {
        if ((gained & ~unsigned(ReadyWrite)) == 0 && s.lifecycle == Lifecycle::Connected)
            s.touchSendQueue();
        else
            s.dirty = true;
    }
}

} // namespace spg::core
