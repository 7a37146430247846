// The reporter: one batch per loop iteration, snapshots built from each socket's single
// state, and statistics sent at the tick rate. It reads the kernel only to describe what it
// reports (introspection for snapshots, FIONREAD for a readable event).
#include "core/engine/reporter.h"

#include "core/engine/socket_info.h"
#include "core/engine/socket_table.h"
#include "core/sys/sys.h"

#include <sys/ioctl.h>

namespace spg::core {

namespace {

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

// The kernel's facts stay as last read for a closed socket; the engine's own are copied
// whole from the entry, which holds them once.
SocketSnapshot snapshotOf(SocketEntry& s)
{
    SocketSnapshot snap = s.last;
    static_cast<SocketState&>(snap) = s;
    snap.blockedIn = s.blocked.empty() ? "" : std::string(callName(s.blocked.front().command.kind));
    snap.blockedCommand = s.blocked.empty() ? 0 : s.blocked.front().id;
    const CaptureStats stats = s.capture ? s.capture->stats() : CaptureStats {};
    snap.captureDropped = stats.dropped;
    snap.captureBudgetDropped = stats.budgetDropped;
    if (!s.open()) {
        snap.tcpState = TcpState::None;
        snap.receiveQueued = snap.sendQueued = -1;
        snap.acceptQueue = snap.acceptLimit = -1;
        return snap;
    }
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
    if (snap.acceptQueue < 0 && s.lifecycle == Lifecycle::Listening && s.kqueueListenData >= 0)
        snap.acceptQueue = static_cast<int>(s.kqueueListenData);
    // A non-blocking connect finishes in the kernel without a call: the TCP state says
    // when it did.
    if (s.lifecycle == Lifecycle::Connecting && info.tcpState != TcpState::SynSent
        && info.tcpState != TcpState::None && !info.peer.empty()) {
        s.lifecycle = Lifecycle::Connected;
        snap.lifecycle = Lifecycle::Connected;
    }
    return snap;
}

} // namespace

Reporter::Reporter(EngineSink& sink) : m_sink(sink) { }

void Reporter::add(EngineEvent event)
{
    m_batch.push_back(std::move(event));
}

void Reporter::addCall(CallRecord record)
{
    ++m_stats.calls;
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

std::string Reporter::meaningOf(const SocketEntry& s, const ReadyEvent& event) const
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
        add(bytes >= 0 ? "readable: " + std::to_string(bytes) + " byte(s) waiting" : "readable");
    }
    if (r & ReadyWrite)
        add(s.lifecycle == Lifecycle::Connecting
                ? "writable: the connection attempt finished (check SO_ERROR)"
                : "writable: the send buffer has room");
    if (r & ReadyPriority)
        add("urgent (out-of-band) data");
    return text;
}

void Reporter::refreshSnapshots(SocketTable& sockets, bool periodic)
{
    const bool refreshAll = periodic && sockets.size() <= kPeriodicRefreshLimit;
    std::size_t open = 0;
    for (auto& [id, entry] : sockets) {
        SocketEntry& s = *entry;
        open += s.open();
        const bool listener = s.lifecycle == Lifecycle::Listening;
        if (!s.dirty && !(s.open() && (refreshAll || (periodic && listener))))
            continue;
        s.dirty = false;
        SocketSnapshot snap = snapshotOf(s);
        if (snap == s.last)
            continue;
        s.last = snap;
        m_batch.push_back(std::move(snap));
    }
    m_stats.sockets = open;
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
