// bench_log_volume: does the window stay responsive when the syscall log takes a million
// records? A real MainWindow (1280x800, shown, over a real but idle EngineBridge) is fed
// 10^6 core::CallRecord values, shaped like auto-receive's recv() records, through
// Session::consume in batches of 10 000, one batch per tick of a 16 ms timer, the way the
// bridge drains at frame rate. Measured: the GUI thread's longest stall (gap between ticks
// of a 1 ms precise timer, see gui_probe.h) during the feed, the total time, the log's row
// and dropped counts at the end (the model caps its history), and peak resident memory.
//
//   bench_log_volume [RECORDS [BATCH [SECONDS [sequence]]]]   defaults 1000000, 10000, 300
// (a time bound); "sequence" puts the Sequence tab in front (the ladder then repaints too).
// Not a test: prints a markdown table on stdout, progress on stderr.
#include "gui_probe.h"

#include "core/words/strace_format.h"
#include "ui/call_log_model.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/pictures/picture_tabs.h"
#include "ui/pictures/sequence_view.h"
#include "ui/session.h"

#include <QTableView>

#include <cstdlib>
#include <string>

namespace spg::bench {

namespace {

using namespace spg::core;

// One batch of records like those auto-receive makes during a flood: recv() of 256 KiB with
// the first 32 bytes quoted strace-style.
EventBatch templateBatch(std::size_t size)
{
    std::vector<unsigned char> bytes(32);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<unsigned char>(i * 31 + 7);
    const std::string text =
        "recv(7, " + quoteBytes(bytes.data(), 262144) + ", 262144, 0) = 262144";
    EventBatch batch;
    batch.reserve(size);
    for (std::size_t i = 0; i < size; ++i) {
        CallRecord r;
        r.kind = CallKind::Recv;
        r.phase = CallPhase::Done;
        r.socket = 3;
        r.fd = 7;
        r.text = text;
        r.result = 262144;
        r.automatic = true;
        r.durationNs = 12000 + static_cast<std::int64_t>(i % 5000);
        r.direction = Direction::Received;
        r.dataLength = 262144;
        batch.emplace_back(std::move(r));
    }
    return batch;
}

} // namespace

int run(int argc, char** argv)
{
    ProbeApp app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Socket Playground Bench"));
    const std::size_t total = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
    const std::size_t batchSize = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 10000;
    const double maxSeconds = argc > 3 ? std::atof(argv[3]) : 300;
    const bool sequenceInFront = argc > 4 && std::string(argv[4]) == "sequence";
    if (total == 0 || batchSize == 0 || maxSeconds <= 0 || (argc > 4 && !sequenceInFront)) {
        std::fprintf(stderr, "usage: bench_log_volume [RECORDS [BATCH [SECONDS [sequence]]]]\n");
        return 2;
    }

    ui::EngineBridge bridge;
    ui::MainWindow window(bridge);
    window.resize(1280, 800);
    if (sequenceInFront) {
        auto* sequence = window.findChild<ui::SequenceView*>();
        window.findChild<ui::PictureTabs*>()->setCurrentWidget(sequence);
    }
    window.show();
    if (!waitExposed(window))
        std::fprintf(stderr, "bench_log_volume: the window was never exposed; measuring anyway\n");
    settle(300);
    ui::Session& session = window.session();
    ui::CallLogModel* log = session.log();

    EventBatch batch = templateBatch(batchSize);
    const std::uint64_t rssBefore = currentRssBytes();
    std::vector<double> consumeMs;
    // The same split by phase: while the log fills up to its cap (every row is fresh memory)
    // and once it is at the cap (the oldest rows' memory is reused), with the page faults
    // each phase's consume() took (first touches of fresh memory).
    std::vector<double> fillingMs, cappedMs;
    long fillingFaults = 0, cappedFaults = 0;
    std::size_t fed = 0;
    CommandId command = 1000000; // Clear of anything the idle engine numbers.
    ByteOffset offset = 0;
    StallProbe stalls;
    QTimer feeder;
    feeder.setInterval(16);
    const Clock::time_point start = Clock::now();
    bool timedOut = false;
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        if (fed >= total || secondsBetween(start, Clock::now()) > maxSeconds) {
            timedOut = fed < total;
            feeder.stop();
            return;
        }
        // Fresh numbers and times, as a real batch would carry; cheap next to consume().
        const std::size_t n = std::min(batchSize, total - fed);
        if (n < batch.size())
            batch.resize(n);
        const auto now = WallClock::now();
        for (EngineEvent& event : batch) {
            auto& r = std::get<CallRecord>(event);
            r.command = ++command;
            r.started = now;
            r.dataOffset = offset;
            offset += r.dataLength;
        }
        // The bridge hands its batch over by move; the copy stands in for the worker's.
        EventBatch handed = batch;
        const bool filling = std::size_t(log->rowCount()) + n <= log->cap();
        const long faults0 = minorFaults();
        const Clock::time_point t0 = Clock::now();
        session.consume(std::move(handed));
        consumeMs.push_back(msBetween(t0, Clock::now()));
        (filling ? fillingMs : cappedMs).push_back(consumeMs.back());
        (filling ? fillingFaults : cappedFaults) += minorFaults() - faults0;
        fed += n;
        if (consumeMs.size() % 10 == 0)
            std::fprintf(stderr, "  %zu records fed in %.1f s; last consume %.1f ms; %d rows\n",
                         fed, secondsBetween(start, Clock::now()), consumeMs.back(),
                         log->rowCount());
    });
    std::fprintf(stderr, "bench_log_volume: feeding %zu records in batches of %zu (%s)\n", total,
                 batchSize, platformName());
    app.startProbe();
    stalls.start();
    feeder.start();
    runUntil([&] { return !feeder.isActive(); }, int(maxSeconds * 1000) + 10000);
    const double feedSeconds = secondsBetween(start, Clock::now());
    settle(300); // The last batch's repaint belongs to the feed.
    stalls.stop();
    app.stopProbe();
    const double totalSeconds = secondsBetween(start, Clock::now());
    const std::uint64_t peak = peakRssBytes();
    const int rows = log->rowCount();
    const std::size_t dropped = log->dropped();
    const int shown = window.logView()->model()->rowCount();
    bridge.shutdown();

    const double stall = stalls.longestMs();
    std::printf("### Syscall log volume: 10^6 records into a shown MainWindow 1280x800\n\n");
    std::printf("Platform %s; %zu recv() records fed through Session::consume in batches of "
                "%zu, one batch per 16 ms timer tick (as the bridge drains at frame rate); "
                "%s tab in front; MB = 10^6 bytes.\n\n",
                platformName(), fed, batchSize, sequenceInFront ? "Sequence" : "Bytes");
    std::printf("| measure | value | target | met |\n");
    std::printf("|---|---|---|---|\n");
    const double consumeP95 = percentile(consumeMs, 95);
    std::printf("| `Session::consume` per batch, p95 | %s ms (median %s, max %s) | ≤ 8 ms | %s |\n",
                fixed(consumeP95, 2).c_str(), fixed(median(consumeMs), 2).c_str(),
                fixed(percentile(consumeMs, 100), 2).c_str(), metText(consumeP95 <= 8));
    std::printf("| longest GUI stall during the feed (gap between 1 ms precise-timer ticks) "
                "| %s ms (at %.1f s) | ≤ 25 ms | %s |\n",
                fixed(stall, 1).c_str(), stalls.longestAtSeconds(), metText(stall <= 25));
    std::printf("| records fed | %zu of %zu%s | all | %s |\n", fed, total,
                timedOut ? " (time bound hit)" : "", metText(fed == total));
    std::printf("| feed time (first batch to last) | %s s (ideal at 16 ms per batch: %s s) "
                "| (none) | |\n",
                fixed(feedSeconds, 2).c_str(),
                fixed(double((total + batchSize - 1) / batchSize) * 0.016, 2).c_str());
    std::printf("| log rows at the end / dropped count | %d / %zu (cap %zu; %d rows in the view's "
                "filter) | rows + dropped = fed | %s |\n",
                rows, dropped, log->cap(), shown, metText(std::size_t(rows) + dropped == fed));
    std::printf("| peak resident memory (VmHWM) | %s MB (%s MB before the feed) | (none) | |\n",
                fixed(megabytes(peak), 1).c_str(), fixed(megabytes(rssBefore), 1).c_str());

    printStallAndDispatchTables(
        app, stalls, stall,
        { detailRow("Session::consume per batch, ms (" + std::to_string(consumeMs.size())
                        + " batches)",
                    spreadCells(consumeMs, 2)),
          detailRow("… while the log fills to its cap (" + std::to_string(fillingMs.size())
                        + " batches, " + std::to_string(fillingFaults) + " page faults)",
                    spreadCells(fillingMs, 2)),
          detailRow("… at its cap (" + std::to_string(cappedMs.size()) + " batches, "
                        + std::to_string(cappedFaults) + " page faults)",
                    spreadCells(cappedMs, 2)) },
        "\nTotal with a 300 ms settle after the last batch: " + fixed(totalSeconds, 2) + " s.\n");
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
