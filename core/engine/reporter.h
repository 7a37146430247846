// The engine's voice: gathers what one loop iteration produced (call records, loop records,
// socket snapshots, statistics) into one batch and hands it to the sink in order.
// Worker thread only: the sink's deliver() runs on the worker too.
#pragma once

#include "core/engine/events.h"
#include "core/sys/proc_net.h"

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace spg::core {

struct SocketEntry;
class SocketTable;

class Reporter {
public:
    // `tick`: how often the loop refreshes on its own (EngineOptions::tickMs).
    Reporter(EngineSink& sink, std::chrono::milliseconds tick);

    // Appends an event as is (engine notices that are not the user's calls).
    void add(EngineEvent event);
    // Appends a finished call record and counts the calls it stands for.
    void addCall(CallRecord record);
    // Appends the record of one readiness the backend returned; the returned slot lets the
    // loop say afterwards whether anything consumed it.
    std::size_t addReadiness(const SocketEntry& s, const ReadyEvent& event, Backend backend);
    void setConsumed(std::size_t slot, bool consumed);

    // Re-reads the sockets touched since the last refresh (calls and events mark them) and,
    // on a periodic tick, those whose kernel state moves unseen (listeners, transitional TCP
    // states, pending readiness, queued bytes, unwatched fds, closed connections followed);
    // sends a snapshot of each whose state changed. Its cost follows what happened, not the
    // number of sockets.
    void refreshSnapshots(SocketTable& sockets, bool periodic);
    // For what touches a socket at nearly every iteration (a flood's receives, an echo):
    // re-reads `s` after this iteration if its state was last read a tick ago or more, and
    // otherwise at the next tick, so a flood pays for one state read per tick, not per read.
    void refreshThrottled(SocketEntry& s);
    // Sends the statistics when forced (a tick, a backend change) and they changed.
    void emitStats(bool force);
    // Hands the batch to the sink; nothing when it is empty.
    void flush();

    LoopStats& stats() { return m_stats; }

private:
    static bool refreshesOnTick(const SocketEntry& s);
    std::vector<Message> meaningOf(const SocketEntry& s, const ReadyEvent& event) const;
    SocketSnapshot snapshotOf(SocketEntry& s);
    SocketSnapshot sendQueueSnapshotOf(SocketEntry& s) const;
    void noteTcpState(SocketEntry& s, TcpState state, bool fromTable);
    void noteOpenTcpState(SocketEntry& s, TcpState state);
    void listenCounters(SocketEntry& s, SocketSnapshot& snap);
    sys::ConnectionState connectionState(const SocketEntry& s);
    bool followClosed(SocketEntry& s);

    EngineSink& m_sink;
    std::chrono::milliseconds m_tick;
    EventBatch m_batch;
    LoopStats m_stats;
    LoopStats m_lastStats;
    std::vector<SocketEntry*> m_refresh; // Reused by each refresh.
    std::unordered_set<SocketEntry*> m_onTick;
    std::size_t m_open = 0;
    // The last call made on each socket since its state was last read: what a TCP step
    // happened after.
    std::unordered_map<SocketId, std::string_view> m_lastCall;
    // /proc/net/netstat, read at most once per refresh and only when a listener is read.
    std::optional<sys::ListenCounters> m_counters;
    // /proc/net/tcp and tcp6, likewise read at most once per refresh, for the connections
    // followed after close() or seen as a TIME_WAIT husk.
    std::optional<std::string> m_tcpTables[2];
};

} // namespace spg::core
