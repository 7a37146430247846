// bench_roundtrip: how long a command takes from Engine::submit() until its record reaches
// the sink, one command at a time (a Sync command: the engine's cheapest, so this measures
// the queue, the wake-up of the loop and the delivery, not a system call).
//
// Part of that time is the machine's, not the engine's: waking a thread that sleeps in the
// kernel. So the same run measures a plain two-thread condition-variable ping-pong, and each
// engine number is set against the baseline with the same number of thread wake-ups:
//   submit() -> record at the sink          one wake-up (the loop's)   vs one handoff
//   submit() -> submitting thread woken     two wake-ups               vs ping-pong round trip
// Engine and baseline samples alternate in blocks, so drift of the machine hits both alike.
// A wake-up costs a few µs when both threads share a CPU but, on this virtual machine,
// 20 µs and more when it must cross to the other vCPU. The scheduler decides that, so a
// ratio far from 1 in either direction usually means the two were placed differently.
//
//   bench_roundtrip [SAMPLES]   samples per measurement (default 20000), after a warm-up
#include "bench_stats.h"
#include "core/engine/engine.h"

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>

namespace spg::bench {

namespace {

using namespace spg::core;

struct Samples {
    std::vector<double> oneWay;    // µs until the other side has it
    std::vector<double> roundTrip; // µs until the asking thread runs again
};

// Notes when the newest command's record reached the sink and wakes the waiting thread.
class SyncSink : public EngineSink {
public:
    void deliver(EventBatch&& batch) override
    {
        CommandId newest = 0;
        for (const EngineEvent& event : batch)
            if (const auto* r = std::get_if<CallRecord>(&event); r && r->command > newest)
                newest = r->command;
        if (newest == 0)
            return;
        const auto now = Clock::now();
        {
            std::lock_guard lock(m_mutex);
            m_done = newest;
            m_arrivedAt = now;
        }
        m_changed.notify_one();
    }

    // Blocks until command `id` reached the sink; returns when it got there.
    Clock::time_point wait(CommandId id)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_done >= id; });
        return m_arrivedAt;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    CommandId m_done = 0;
    Clock::time_point m_arrivedAt {};
};

void measureEngine(Engine& engine, SyncSink& sink, int count, Samples* out)
{
    for (int i = 0; i < count; ++i) {
        const auto t0 = Clock::now();
        const CommandId id = engine.submit(Command {}); // kind = Sync
        const auto arrived = sink.wait(id);
        const auto back = Clock::now();
        if (out) {
            out->oneWay.push_back(microsBetween(t0, arrived));
            out->roundTrip.push_back(microsBetween(t0, back));
        }
    }
}

// The baseline: thread A hands a turn to thread B and waits for it to come back, with the
// same mutex + condition variable pattern the engine's sink and submitter use.
void measurePingPong(int count, Samples* out)
{
    std::mutex mutex;
    std::condition_variable toB;
    std::condition_variable toA;
    bool bTurn = false;
    bool stop = false;
    Clock::time_point bWoke {};
    std::thread b([&] {
        std::unique_lock lock(mutex);
        for (;;) {
            toB.wait(lock, [&] { return bTurn || stop; });
            if (stop)
                return;
            bWoke = Clock::now();
            bTurn = false;
            // Signal after unlocking, as the engine does, so A does not wake into a held lock.
            lock.unlock();
            toA.notify_one();
            lock.lock();
        }
    });
    for (int i = 0; i < count; ++i) {
        const auto t0 = Clock::now();
        {
            std::lock_guard lock(mutex);
            bTurn = true;
        }
        toB.notify_one();
        std::unique_lock lock(mutex);
        toA.wait(lock, [&] { return !bTurn; });
        const auto back = Clock::now();
        if (out) {
            out->oneWay.push_back(microsBetween(t0, bWoke));
            out->roundTrip.push_back(microsBetween(t0, back));
        }
    }
    {
        std::lock_guard lock(mutex);
        stop = true;
    }
    toB.notify_one();
    b.join();
}

void printRow(const char* name, const std::vector<double>& us, const std::string& ratio,
              const char* target, const char* met)
{
    std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", name, fixed(median(us), 1).c_str(),
                fixed(percentile(us, 90), 1).c_str(), fixed(percentile(us, 99), 1).c_str(),
                ratio.c_str(), target, met);
}

} // namespace

int run(int argc, char** argv)
{
    const int samples = argc > 1 ? std::atoi(argv[1]) : 20000;
    if (samples <= 0) {
        std::fprintf(stderr, "usage: bench_roundtrip [SAMPLES]\n");
        return 2;
    }
    constexpr int kWarmUp = 1000;
    constexpr int kBlocks = 4;

    SyncSink sink;
    Engine engine(sink); // Default options: the backend and tick the app uses.
    measureEngine(engine, sink, kWarmUp, nullptr);
    measurePingPong(kWarmUp, nullptr);

    Samples eng;
    Samples base;
    for (int block = 0; block < kBlocks; ++block) {
        const int n = samples / kBlocks + (block < samples % kBlocks ? 1 : 0);
        measureEngine(engine, sink, n, &eng);
        measurePingPong(n, &base);
    }
    engine.shutdown();

    const double oneWayRatio = median(eng.oneWay) / median(base.oneWay);
    const double roundTripRatio = median(eng.roundTrip) / median(base.roundTrip);
    const bool met = median(eng.oneWay) <= 50.0;
    std::printf("### Command round trip: Sync command, one at a time\n\n");
    std::printf("Backend %s; %d samples each after %d warm-up; times in µs.\n\n",
                std::string(backendName(defaultBackend())).c_str(), samples, kWarmUp);
    std::printf(
        "| measurement | median | p90 | p99 | ratio vs baseline (median) | target | met |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    printRow("engine: submit() → record at the sink", eng.oneWay, fixed(oneWayRatio, 2),
             "median ≤ 50 µs", met ? "yes" : "NO");
    printRow("baseline: one condition-variable handoff", base.oneWay, "(baseline)", "", "");
    printRow("engine: submit() → submitting thread woken", eng.roundTrip, fixed(roundTripRatio, 2),
             "", "");
    printRow("baseline: two-thread ping-pong round trip", base.roundTrip, "(baseline)", "", "");
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
