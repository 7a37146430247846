// The headless runner: an engine sink that queues batches for the calling thread, which
// feeds them to the player between bounded waits.
#include "core/scenario/scenario_runner.h"

#include "core/engine/engine.h"
#include "core/scenario/scenario_player.h"
#include "core/scenario/scenario_scratch.h"
#include "core/sys/sys.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>

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

// Finds the scenario's listeners: a successful listen() record, then the snapshot that the
// engine sends right after it, whose local address is getsockname()'s answer.
class ListenWatch {
public:
    void onEvent(const EngineEvent& event)
    {
        if (const auto* r = std::get_if<CallRecord>(&event)) {
            if (r->kind == CallKind::Listen && r->phase == CallPhase::Done && r->command != 0
                && r->result == 0)
                m_pending.push_back(r->socket);
        } else if (const auto* s = std::get_if<SocketSnapshot>(&event)) {
            auto it = std::find(m_pending.begin(), m_pending.end(), s->id);
            if (it != m_pending.end() && !s->local.empty()) {
                m_pending.erase(it);
                m_found.push_back(s->local);
            }
        }
    }
    std::vector<std::string> take() { return std::exchange(m_found, {}); }

private:
    std::vector<SocketId> m_pending;
    std::vector<std::string> m_found;
};

std::string counted(int n, const char* what)
{
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

} // namespace

static void playScenario(const Scenario& scenario, const RunOptions& options,
                         const ScratchFolder* scratch, RunResult& result);

std::string runSummary(const RunResult& result)
{
    std::string out = counted(result.callsMade, "call") + ", "
        + counted(result.expectationsHeld, "expectation") + " held, "
        + (result.exitCode != 0 ? "1" : "0") + " failed";
    if (result.exitCode != 0 && result.failureLine > 0)
        out += " (stopped at line " + std::to_string(result.failureLine) + ")";
    return out;
}

std::string unavailableHere(const Scenario& scenario)
{
    for (const Step& s : scenario.steps)
        if (s.kind == StepKind::Call && !sys::haveEpoll()
            && (s.call == CallKind::EpollCreate || s.call == CallKind::EpollCtl
                || s.call == CallKind::EpollWait))
            return "skipped: line " + std::to_string(s.line) + " calls " + std::string(callName(s.call))
                + "(), and epoll exists only on Linux";
    return "";
}

RunResult runScenario(const Scenario& scenario, const RunOptions& options)
{
    if (std::string why = unavailableHere(scenario); !why.empty()) {
        RunResult skipped;
        skipped.skipped = std::move(why);
        return skipped;
    }
    // The whole file is checked before the engine exists: nothing runs without consent.
    RunResult result;
    if (options.ownScenario) {
        playScenario(scenario, options, nullptr, result);
        return result;
    }
    result.policy = checkPolicy(scenario, PolicyContext { options.allow });
    if (result.policy.refused()) {
        result.exitCode = 2;
        return result;
    }
    std::unique_ptr<ScratchFolder> ownScratch;
    const ScratchFolder* scratch = options.scratch;
    if (!scratch) {
        std::string why;
        ownScratch = ScratchFolder::make(why);
        if (!ownScratch) {
            result.exitCode = 1;
            result.failure = why;
            return result;
        }
        scratch = ownScratch.get();
    }
    playScenario(scenario, options, scratch, result);
    return result;
}

// The run itself. The engine shuts down (closing every socket, which unlinks the files they
// bound) before this returns, so the scratch folder is empty of live sockets when removed.
static void playScenario(const Scenario& scenario, const RunOptions& options,
                         const ScratchFolder* scratch, RunResult& result)
{
    QueueSink sink;
    EngineOptions engineOptions;
    engineOptions.backend = options.backend;
    engineOptions.strsize = options.strsize;
    engineOptions.kqueueApi = options.kqueueApi;
    Engine engine(sink, engineOptions);
    ScenarioPlayer player(
        scenario, [&](Command c) { return engine.submit(std::move(c)); },
        [&](SocketId id, ByteOffset offset, std::uint64_t length) {
            std::string bytes(static_cast<std::size_t>(length), '\0');
            if (auto capture = engine.capture(id))
                bytes.resize(capture->read(offset, bytes.data(), bytes.size()));
            return bytes;
        });
    if (scratch)
        player.setPrepare(
            [scratch](const Step& step, Command& c) { return scratch->prepare(step, c); });
    ListenWatch listeners;
    auto flushOutput = [&] {
        for (ScenarioPlayer::Output& o : player.takeOutput()) {
            if (options.print)
                options.print(o.text);
            result.lines.push_back(std::move(o.text));
        }
        // After the lines, so "listening on" follows the listen() line it comes from.
        for (const std::string& address : listeners.take())
            if (options.listening)
                options.listening(address);
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
            player.fail(player.currentLine(),
                        plainValue(player.stallMessage(player.waitLimitMs(options.stepTimeoutMs))));
            break;
        }
        for (const EventBatch& batch : sink.take(std::chrono::milliseconds(20)))
            for (const EngineEvent& event : batch) {
                listeners.onEvent(event);
                player.onEvent(event);
                if (options.observe)
                    options.observe(event);
            }
    }
    if (options.observe) // What arrived after the last step (the final snapshots).
        for (const EventBatch& batch : sink.take(std::chrono::milliseconds(0)))
            for (const EngineEvent& event : batch)
                options.observe(event);
    if (options.finished)
        options.finished([&engine](SocketId id) { return engine.capture(id); });
    result.failure = player.failure();
    result.failureLine = player.failureLine();
    result.callsMade = player.callsMade();
    result.expectationsHeld = player.expectationsHeld();
    result.exitCode = player.status() == ScenarioPlayer::Status::Failed ? 1 : 0;
    engine.shutdown();
}

} // namespace spg::core
