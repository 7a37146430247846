// The headless runner: an engine sink that queues batches for the calling thread, which
// feeds them to the player between bounded waits.
#include "scenario_runner.h"

#include "engine.h"
#include "scenario_player.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace spg::core {

namespace {

class QueueSink : public EngineSink {
public:
    void deliver(EventBatch&& batch) override
    {
        {
            std::lock_guard lock(m_mutex);
            m_batches.push_back(std::move(batch));
        }
        m_ready.notify_one();
    }

    // Waits up to `timeout` for at least one batch; returns every batch queued.
    std::deque<EventBatch> take(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait_for(lock, timeout, [&] { return !m_batches.empty(); });
        std::deque<EventBatch> out;
        out.swap(m_batches);
        return out;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<EventBatch> m_batches;
};

} // namespace

RunResult runScenario(const Scenario& scenario, const RunOptions& options)
{
    QueueSink sink;
    EngineOptions engineOptions;
    engineOptions.backend = options.backend;
    Engine engine(sink, engineOptions);
    ScenarioPlayer player(
        scenario, [&](Command c) { return engine.submit(std::move(c)); },
        [&](SocketId id, ByteOffset offset, std::uint64_t length) {
            std::string bytes(static_cast<std::size_t>(length), '\0');
            if (auto capture = engine.capture(id))
                bytes.resize(capture->read(offset, bytes.data(), bytes.size()));
            return bytes;
        });
    RunResult result;
    auto flushOutput = [&] {
        for (ScenarioPlayer::Output& o : player.takeOutput()) {
            if (options.print)
                options.print(o.text);
            result.lines.push_back(std::move(o.text));
        }
    };
    for (;;) {
        const ScenarioPlayer::Status status = player.advance();
        flushOutput();
        if (status == ScenarioPlayer::Status::Finished || status == ScenarioPlayer::Status::Failed)
            break;
        const long waitedMs = static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                    SteadyClock::now() - player.waitingSince())
                                                    .count());
        if (!player.wakeAt() && waitedMs > player.waitLimitMs(options.stepTimeoutMs)) {
            player.fail(player.currentLine(), player.stallMessage(player.waitLimitMs(options.stepTimeoutMs)));
            break;
        }
        for (const EventBatch& batch : sink.take(std::chrono::milliseconds(20)))
            for (const EngineEvent& event : batch)
                player.onEvent(event);
    }
    result.failure = player.failure();
    result.failureLine = player.failureLine();
    result.exitCode = player.status() == ScenarioPlayer::Status::Failed ? 1 : 0;
    engine.shutdown();
    return result;
}

} // namespace spg::core
