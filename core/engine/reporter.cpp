// The reporter: one batch per loop iteration, snapshots built from each socket's single
// state, and statistics sent at the tick rate. It reads the kernel only to describe what it
// reports (introspection for snapshots, FIONREAD for a readable event).
#include "core/engine/reporter.h"

#include "core/engine/event_loop.h"
#include "core/engine/socket_info.h"
#include "core/engine/socket_table.h"
#include "core/sys/proc_net.h"
#include "core/sys/sys.h"
#include "core/words/errno_names.h"

#include <sys/ioctl.h>

#include <algorithm>

namespace spg::core {

namespace {

// FIONREAD alone, the same read introspect() makes for receiveQueued. Describing a readable
// event needs only this number, and it is needed once per readiness: on a busy socket the
// other six calls of a full introspect() (addresses, TCP_INFO, buffer sizes) would be made
// twice per loop iteration, here and again for the snapshot.
long receiveQueued(int fd)
{
    int queued = 0;
    return sys::ioctl(fd, FIONREAD, &queued).ok() ? queued : -1;
}

// States a connection passes through on its way somewhere else: read them on every tick,
// as they change without any call.
bool transitional(TcpState state)
{
    switch (state) {
    case TcpState::SynSent:
    case TcpState::SynReceived:
    case TcpState::FinWait1:
    case TcpState::FinWait2:
    case TcpState::Closing:
    case TcpState::LastAck:
    case TcpState::TimeWait: return true;
    default: return false;
    }
}

// How long a closed connection is followed in the kernel's table: TIME_WAIT lasts 60 s on
// Linux (TCP_TIMEWAIT_LEN), FIN_WAIT_2 tcp_fin_timeout (60 s by default).
constexpr auto kFollowAfterClose = std::chrono::seconds(120);
constexpr std::size_t kTcpPathLimit = 64;

// The kernel's facts as last read; the engine's own copied whole from the entry, which
// holds them once.
SocketSnapshot engineFacts(const SocketEntry& s)
{
    SocketSnapshot snap = s.last;
    static_cast<SocketState&>(snap) = s;
    snap.blockedIn = s.blocked.empty() ? "" : std::string(callName(s.blocked.front().command.kind));
    snap.blockedCommand = s.blocked.empty() ? 0 : s.blocked.front().id;
    const CaptureStats stats = s.capture ? s.capture->stats() : CaptureStats {};
    snap.captureDropped = stats.dropped;
    snap.captureBudgetDropped = stats.budgetDropped;
    return snap;
}

// An epoll instance has no socket facts to ask for: its row is its interest list, as the
// kernel reports it in /proc/self/fdinfo, each fd named by the open socket that has it. A
// kqueue's row is its registrations, which the engine keeps (SocketState::kqueueRegistrations).
SocketSnapshot instanceSnapshotOf(SocketEntry& s, SocketTable& sockets)
{
    SocketSnapshot snap;
    static_cast<SocketState&>(snap) = s;
    std::vector<sys::EpollInterest> list;
    if (s.fdKind == FdKind::Epoll && s.open() && sys::epollInterest(s.fd, list))
        for (const sys::EpollInterest& e : list) {
            const SocketEntry* owner = sockets.byFd(e.fd);
            snap.interest.push_back(EpollWatch { owner ? owner->id : kNoSocket, e.fd, e.events, e.data });
        }
    return snap;
}

} // namespace

Reporter::Reporter(EngineSink& sink, std::chrono::milliseconds tick) : m_sink(sink), m_tick(tick) { }

void Reporter::refreshThrottled(SocketEntry& s)
{
    if (SteadyClock::now() - s.snapshotAt >= m_tick)
        s.dirty = true;
    else
        m_onTick.insert(&s); // The tick's refresh reads it, then keeps it only if it still moves.
}

void Reporter::add(EngineEvent event)
{
    m_batch.push_back(std::move(event));
}

void Reporter::addCall(CallRecord record)
{
    m_stats.calls += record.calls; // A batched automatic receive stands for several.
    if (record.socket != kNoSocket && !isEngineControl(record.kind))
        m_lastCall[record.socket] = callName(record.kind);
    m_batch.push_back(std::move(record));
}

std::size_t Reporter::addReadiness(const SocketEntry& s, const ReadyEvent& event, Backend backend)
{
    LoopRecord loop;
    loop.iteration = m_stats.iterations;
    loop.backend = backend;
    loop.socket = s.id;
    loop.fd = event.fd;
    loop.ready = event.ready;
    loop.socketError = event.socketError;
    loop.data = event.data;
    loop.raw = event.raw;
    loop.time = WallClock::now();
    loop.meaning = meaningOf(s, event);
    m_batch.push_back(std::move(loop));
    return m_batch.size() - 1;
}

void Reporter::setConsumed(std::size_t slot, bool consumed)
{
    std::get<LoopRecord>(m_batch[slot]).consumed = consumed;
}

// Each part is a template and its values (core/words/message.h): the window translates the
// words and keeps the numbers; headless readers join the English.
std::vector<Message> Reporter::meaningOf(const SocketEntry& s, const ReadyEvent& event) const
{
    constexpr const char* c = "spg::events";
    const unsigned r = event.ready;
    if (s.fdKind == FdKind::Epoll)
        return { makeMessage(
            c,
            SPG_TR_NOOP("spg::events",
                        "epoll instance readable: epoll_wait() would return an event now")) };
    if (s.lifecycle == Lifecycle::Listening && (r & ReadyRead)) {
        long waiting = event.data;
        if (waiting < 0)
            waiting = introspect(s.fd, s.domain, s.type, s.protocol).acceptQueue;
        if (waiting >= 0)
            return { makeMessage(
                c,
                SPG_TR_NOOP("spg::events",
                            "listening socket readable: %1 connection(s) waiting for accept()"),
                waiting) };
        return { makeMessage(
            c,
            SPG_TR_NOOP("spg::events",
                        "listening socket readable: a connection is waiting for accept()")) };
    }
    std::vector<Message> parts;
    if (r & ReadyError)
        parts.push_back(
            event.socketError
                ? makeMessage(c, SPG_TR_NOOP("spg::events", "error pending: %1"),
                              errnoName(event.socketError))
                : makeMessage(
                    c,
                    SPG_TR_NOOP("spg::events",
                                "error pending (getsockopt SO_ERROR reads and clears it)")));
    if (r & ReadyHangup)
        parts.push_back(makeMessage(
            c,
            SPG_TR_NOOP("spg::events",
                        "hang-up: the connection is closed both ways (or never connected)")));
    if (r & ReadyReadHangup)
        parts.push_back(makeMessage(
            c,
            SPG_TR_NOOP("spg::events",
                        "peer shut down its sending side: recv() will return 0 after the data")));
    if (r & ReadyRead) {
        long bytes = event.data;
        if (bytes < 0)
            bytes = receiveQueued(s.fd);
        parts.push_back(bytes >= 0 ? makeMessage(
                            c, SPG_TR_NOOP("spg::events", "readable: %1 byte(s) waiting"), bytes)
                                   : makeMessage(c, SPG_TR_NOOP("spg::events", "readable")));
    }
    if (r & ReadyWrite)
        parts.push_back(
            s.lifecycle == Lifecycle::Connecting
                ? makeMessage(
                    c,
                    SPG_TR_NOOP("spg::events",
                                "writable: the connection attempt finished (check SO_ERROR)"))
                : makeMessage(c, SPG_TR_NOOP("spg::events", "writable: the send buffer has room")));
    if (r & ReadyPriority)
        parts.push_back(makeMessage(c, SPG_TR_NOOP("spg::events", "urgent (out-of-band) data")));
    return parts;
}

// A closed socket keeps the kernel's facts as last read, and its TCP path goes on in the
// kernel's table; an open one is read afresh.
SocketSnapshot Reporter::snapshotOf(SocketEntry& s)
{
    if (!s.open()) {
        if (!s.followedClose && s.tcpPeer.length && !s.tcpPath.empty()) {
            s.followedClose = true;
            s.followUntil = SteadyClock::now() + kFollowAfterClose;
            followClosed(s);
        }
        m_lastCall.erase(s.id);
        SocketSnapshot snap = engineFacts(s);
        snap.tcpState = TcpState::None;
        snap.receiveQueued = snap.sendQueued = -1;
        snap.acceptQueue = snap.acceptLimit = -1;
        return snap;
    }
    const SocketIntrospection info = introspect(s.fd, s.domain, s.type, s.protocol, &s.acceptedPeer);
    s.sentSinceRead = false;
    if (info.tcpState != TcpState::None && info.peerAddr.length) {
        s.tcpLocal = info.localAddr;
        s.tcpPeer = info.peerAddr;
    }
    noteOpenTcpState(s, info.tcpState);
    m_lastCall.erase(s.id);
    SocketSnapshot snap = engineFacts(s);
    snap.local = info.local;
    snap.peer = info.peer;
    if (s.tcpPeer.length) {
        snap.tcpLocal = formatAddress(s.tcpLocal);
        snap.tcpPeer = formatAddress(s.tcpPeer);
    }
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
    if (snap.acceptQueue < 0 && s.lifecycle == Lifecycle::Listening && s.kqueueListenData >= 0)
        snap.acceptQueue = static_cast<int>(s.kqueueListenData);
    if (s.lifecycle == Lifecycle::Listening)
        listenCounters(s, snap);
    // A non-blocking connect finishes in the kernel without a call: the TCP state says
    // when it did.
    if (s.lifecycle == Lifecycle::Connecting && info.tcpState != TcpState::SynSent
        && info.tcpState != TcpState::None && !info.peer.empty()) {
        s.lifecycle = Lifecycle::Connected;
        snap.lifecycle = Lifecycle::Connected;
    }
    return snap;
}

// The kernel's facts as last read, but for the send queue, read now: one call instead of
// the seven of snapshotOf(), for a change that can only have moved that queue. None at all
// when it was read as 0 and nothing was sent since (a connection accepted a moment ago,
// reported writable at once): it can only have stayed 0.
SocketSnapshot Reporter::sendQueueSnapshotOf(SocketEntry& s) const
{
    SocketSnapshot snap = engineFacts(s);
    if (s.last.sendQueued != 0 || s.sentSinceRead)
        snap.sendQueued = sys::sendQueued(s.fd);
    s.sentSinceRead = false;
    return snap;
}

// An fd that reads CLOSED after its connection was made may be a husk: when a connection
// enters TIME_WAIT, Linux hands it to a small time-wait entry and leaves the socket CLOSED.
// The connection table then tells the connection's real state.
// The listen counters' change since the socket began listening: the first read is the
// baseline, so a fresh listener shows 0 and 0.
void Reporter::listenCounters(SocketEntry& s, SocketSnapshot& snap)
{
    if (!m_counters)
        m_counters = sys::readListenCounters();
    if (!m_counters->known)
        return;
    if (!s.listenBaseline)
        s.listenBaseline = std::make_pair(m_counters->overflows, m_counters->drops);
    snap.listenOverflows = static_cast<std::int64_t>(m_counters->overflows - s.listenBaseline->first);
    snap.listenDrops = static_cast<std::int64_t>(m_counters->drops - s.listenBaseline->second);
}

// The kernel's state of the connection `s` had, from this refresh's read of the table.
sys::ConnectionState Reporter::connectionState(const SocketEntry& s)
{
    const int family = s.tcpLocal.storage.ss_family;
    std::optional<std::string>& table = m_tcpTables[family == AF_INET6 ? 1 : 0];
    if (!table)
        table = sys::connectionTable(family);
    return sys::findConnection(*table, sys::connectionKey(s.tcpLocal.storage, s.tcpPeer.storage));
}

void Reporter::noteOpenTcpState(SocketEntry& s, TcpState state)
{
    const TcpState before = s.tcpPath.empty() ? TcpState::None : s.tcpPath.back().state;
    const bool closing = before == TcpState::FinWait1 || before == TcpState::FinWait2
        || before == TcpState::Closing || before == TcpState::TimeWait;
    if (state == TcpState::Closed && s.tcpPeer.length && closing) {
        const sys::ConnectionState c = connectionState(s);
        if (c.known && c.found && tcpStateFromLinux(c.state) != TcpState::Closed) {
            noteTcpState(s, tcpStateFromLinux(c.state), true);
            return;
        }
    }
    noteTcpState(s, state, false);
}

void Reporter::noteTcpState(SocketEntry& s, TcpState state, bool fromTable)
{
    if (state == TcpState::None || (!s.tcpPath.empty() && s.tcpPath.back().state == state)
        || s.tcpPath.size() >= kTcpPathLimit)
        return;
    const auto call = m_lastCall.find(s.id);
    TcpStep step;
    step.state = state;
    step.at = WallClock::now();
    step.after = call == m_lastCall.end() ? "event" : std::string(call->second);
    step.fromTable = fromTable;
    s.tcpPath.push_back(std::move(step));
}

// After close() the kernel keeps a connection that still has a goodbye to finish (FIN_WAIT,
// LAST_ACK) or to guard (TIME_WAIT), without a descriptor. Its table says which; when the
// connection is no longer in it, the kernel has forgotten it: CLOSED. True if a step was added.
bool Reporter::followClosed(SocketEntry& s)
{
    const sys::ConnectionState c = connectionState(s);
    if (!c.known) {
        s.followUntil.reset();
        return false;
    }
    const std::size_t steps = s.tcpPath.size();
    noteTcpState(s, c.found ? tcpStateFromLinux(c.state) : TcpState::Closed, true);
    if (!c.found || SteadyClock::now() >= *s.followUntil)
        s.followUntil.reset();
    return s.tcpPath.size() != steps;
}

// What can change in the kernel with no call and no event the loop would see: a listener's
// queue, a connection passing through a transitional state, queued bytes the peer acknowledges
// or adds to while the readiness that would tell is pending (not consumed, so not watched),
// a socket the backend does not watch at all, and a closed connection still followed in the
// kernel's table. Everything else changes only through calls and events, which mark it dirty.
bool Reporter::refreshesOnTick(const SocketEntry& s)
{
    if (!s.open())
        return s.followUntil.has_value();
    if (s.fdKind != FdKind::Socket)
        return false; // An epoll instance or a kqueue changes only through calls.
    return s.lifecycle == Lifecycle::Listening || transitional(s.last.tcpState)
        || (!s.tcpPath.empty() && transitional(s.tcpPath.back().state))
        || (s.pendingReady & kReadSide) || s.last.sendQueued > 0 || s.last.receiveQueued > 0
        || s.registered == 0;
}

void Reporter::refreshSnapshots(SocketTable& sockets, bool periodic)
{
    const auto now = SteadyClock::now();
    m_counters.reset();
    m_tcpTables[0].reset();
    m_tcpTables[1].reset();
    sockets.takeSnapshotQueue(m_refresh);
    // A dirty socket is in the queue already; the tick adds the ones that move unseen.
    if (periodic)
        for (SocketEntry* s : m_onTick)
            if (!s->dirty && !s->sendQueueOnly)
                m_refresh.push_back(s);
    // In id order, as a walk of the whole table would send them.
    std::sort(m_refresh.begin(), m_refresh.end(),
              [](const SocketEntry* a, const SocketEntry* b) { return a->id < b->id; });
    for (SocketEntry* entry : m_refresh) {
        SocketEntry& s = *entry;
        const bool stepped = periodic && !s.open() && s.followUntil && followClosed(s);
        // The tick's full read wins over a send-queue-only one.
        const bool sendQueueOnly = s.sendQueueOnly && !s.dirty && s.open()
            && s.fdKind == FdKind::Socket && !(periodic && m_onTick.contains(&s));
        s.sendQueueOnly = false;
        if (s.dirty || stepped || s.open()) {
            s.dirty = false;
            if (!sendQueueOnly)
                s.snapshotAt = now;
            SocketSnapshot snap = s.fdKind != FdKind::Socket ? instanceSnapshotOf(s, sockets)
                : sendQueueOnly                              ? sendQueueSnapshotOf(s)
                                                             : snapshotOf(s);
            if (!(snap == s.last)) {
                s.last = snap;
                m_batch.push_back(std::move(snap));
            }
        }
        if (s.countedOpen != s.open()) {
            s.countedOpen = s.open();
            m_open = s.countedOpen ? m_open + 1 : m_open - 1;
        }
        if (refreshesOnTick(s))
            m_onTick.insert(&s);
        else
            m_onTick.erase(&s);
    }
    m_stats.sockets = m_open;
}

void Reporter::emitStats(bool force)
{
    if (!force)
        return;
    // Iteration counts change constantly; send them at the tick rate only.
    if (m_stats == m_lastStats)
        return;
    m_lastStats = m_stats;
    m_batch.push_back(m_stats);
}

void Reporter::flush()
{
    if (m_batch.empty())
        return;
    EventBatch batch;
    batch.swap(m_batch);
    m_sink.deliver(std::move(batch));
}

} // namespace spg::core
