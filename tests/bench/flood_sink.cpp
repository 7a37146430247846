// FloodSink: one pass over each batch, one atomic add per batch, a lock only when a user
// command's record or the end of the flood arrives.
#include "flood_sink.h"

#include <cstdio>
#include <cstdlib>

namespace spg::bench {

using namespace spg::core;

void FloodSink::deliver(EventBatch&& batch)
{
    if (!m_knowWorker.load(std::memory_order_relaxed)) {
        m_worker = pthread_self();
        m_knowWorker.store(true);
    }
    std::uint64_t bytes = 0;
    std::uint64_t calls = 0;
    int ended = 0;
    std::string error;
    for (EngineEvent& event : batch) {
        auto* r = std::get_if<CallRecord>(&event);
        if (!r)
            continue;
        if (r->automatic) {
            if (r->socket < 0 || r->socket >= kMaxWatched
                || !m_watched[static_cast<std::size_t>(r->socket)].load(std::memory_order_relaxed))
                continue;
            calls += r->calls;
            if (r->hasData && r->direction == Direction::Received) {
                bytes += r->dataLength;
            } else if (r->result <= 0) {
                ++ended; // recv() = 0 is the peer's SHUT_WR; < 0 stops auto-receive.
                if (r->result < 0)
                    error = r->text;
            }
            continue;
        }
        if (r->phase == CallPhase::Blocked || r->command == 0)
            continue;
        std::lock_guard lock(m_mutex);
        m_final[r->command] = std::move(*r);
        m_changed.notify_all();
    }
    if (calls) {
        m_bytes.fetch_add(bytes);
        m_calls.fetch_add(calls);
    }
    if (ended) {
        const auto now = Clock::now();
        std::lock_guard lock(m_mutex);
        m_endedCount += ended;
        m_endedAt = now;
        if (!error.empty())
            m_endError = std::move(error);
        m_changed.notify_all();
    }
}

CallRecord FloodSink::call(Engine& engine, Command command)
{
    return waitFinal(engine.submit(std::move(command)));
}

CallRecord FloodSink::waitFinal(CommandId id)
{
    std::unique_lock lock(m_mutex);
    if (!m_changed.wait_for(lock, std::chrono::seconds(10), [&] { return m_final.count(id); })) {
        std::fprintf(stderr, "bench: no answer from the engine for command %llu\n",
                     static_cast<unsigned long long>(id));
        std::exit(1);
    }
    return m_final[id];
}

void FloodSink::watch(SocketId id)
{
    if (id < 0 || id >= kMaxWatched) {
        std::fprintf(stderr, "bench: socket id %d is too large to watch\n", id);
        std::exit(1);
    }
    std::lock_guard lock(m_mutex);
    ++m_watching;
    m_watched[static_cast<std::size_t>(id)].store(true);
}

bool FloodSink::waitEnd(double seconds)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::duration<double>(seconds),
                              [&] { return m_watching > 0 && m_endedCount >= m_watching; });
}

Clock::time_point FloodSink::endedAt() const
{
    std::lock_guard lock(m_mutex);
    return m_endedAt;
}

clockid_t FloodSink::workerClock() const
{
    clockid_t clock = CLOCK_THREAD_CPUTIME_ID; // Only if no batch came yet, which set-up rules out.
    if (m_knowWorker.load())
        pthread_getcpuclockid(m_worker, &clock);
    return clock;
}

std::string FloodSink::endError() const
{
    std::lock_guard lock(m_mutex);
    return m_endError;
}

} // namespace spg::bench
