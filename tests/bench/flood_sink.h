// The engine sink for bench_flood. It must cost next to nothing per record, or the benchmark
// would measure the sink: during the flood it only adds up the received bytes of the one
// watched socket and drops every record with its batch. During set-up it keeps the final
// record of each user command so the benchmark can wait for it.
// Threading: deliver() on the engine's worker; everything else on the benchmark's thread.
#pragma once

#include "bench_stats.h"
#include "core/engine/engine.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <map>
#include <mutex>
#include <pthread.h>
#include <string>

namespace spg::bench {

class FloodSink : public core::EngineSink {
public:
    void deliver(core::EventBatch&& batch) override;

    // Submits and waits for the command's final record (exits the benchmark on timeout).
    core::CallRecord call(core::Engine& engine, core::Command command);
    core::CallRecord waitFinal(core::CommandId id);

    // From now on, count the bytes auto-receive reads on `id` and note its end-of-file.
    // Several sockets may be watched (ids below kMaxWatched); call before their floods start.
    void watch(core::SocketId id);
    // Waits until every watched socket's auto-receive ended (EOF or error); false on timeout.
    bool waitEnd(double seconds);

    std::uint64_t bytes() const { return m_bytes.load(); }
    // Auto-receive calls counted (a record may stand for several: CallRecord::calls).
    std::uint64_t calls() const { return m_calls.load(); }
    Clock::time_point endedAt() const;
    std::string endError() const; // Empty when the flood ended with a clean EOF.
    // The CPU clock of the engine's worker (known once any batch arrived), so the benchmark
    // can tell how busy the receiving side was.
    clockid_t workerClock() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<core::CommandId, core::CallRecord> m_final;
    static constexpr core::SocketId kMaxWatched = 1024;
    std::array<std::atomic<bool>, kMaxWatched> m_watched {};
    int m_watching = 0; // Under m_mutex, like m_endedCount.
    int m_endedCount = 0;
    std::atomic<std::uint64_t> m_bytes { 0 };
    std::atomic<std::uint64_t> m_calls { 0 };
    std::atomic<bool> m_knowWorker { false };
    pthread_t m_worker {};
    Clock::time_point m_endedAt {};
    std::string m_endError;
};

} // namespace spg::bench
