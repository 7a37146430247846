// The engine's voice: gathers what one loop iteration produced (call records, loop records,
// socket snapshots, statistics) into one batch and hands it to the sink in order.
// Worker thread only: the sink's deliver() runs on the worker too.
#pragma once

#include "core/engine/events.h"
#include "core/sys/proc_net.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace spg::core {

struct SocketEntry;
class SocketTable;

class Reporter {
public:
    explicit Reporter(EngineSink& sink);

    // Appends an event as is (engine notices that are not the user's calls).
    void add(EngineEvent event);
    // Appends a finished call record and counts the calls it stands for.
    void addCall(CallRecord record);
    // Appends the record of one readiness the backend returned; the returned slot lets the
    // loop say afterwards whether anything consumed it.
    std::size_t addReadiness(const SocketEntry& s, const ReadyEvent& event, Backend backend);
    void setConsumed(std::size_t slot, bool consumed);

    // Sends a snapshot of every socket whose state changed (all of them on a periodic tick,
    // up to a limit; listeners always, as their queues fill without any call).
    void refreshSnapshots(SocketTable& sockets, bool periodic);
    // Sends the statistics when forced (a tick, a backend change) and they changed.
    void emitStats(bool force);
    // Hands the batch to the sink; nothing when it is empty.
    void flush();

    LoopStats& stats() { return m_stats; }

private:
    std::string meaningOf(const SocketEntry& s, const ReadyEvent& event) const;
    SocketSnapshot snapshotOf(SocketEntry& s);
    void noteTcpState(SocketEntry& s, TcpState state, bool fromTable);
    void noteOpenTcpState(SocketEntry& s, TcpState state);
    void listenCounters(SocketEntry& s, SocketSnapshot& snap);
    sys::ConnectionState connectionState(const SocketEntry& s);
    bool followClosed(SocketEntry& s);

    EngineSink& m_sink;
    EventBatch m_batch;
    LoopStats m_stats;
    LoopStats m_lastStats;
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
