// bench_sequence_scroll: does the Sequence view stay fluid with 10^5 calls? Two SequenceViews
// (1000x600, shown): one holds 100 calls (the baseline), the other 10^5, both a client and an
// accepted socket trading 16-byte sends and recvs (so half the calls end an arrow), with a
// blocked recv every 50 calls. The records are built here and fed to the scene the way the
// window feeds it; the engine is not involved (10^5 real calls would measure the engine).
// Each view is scrolled programmatically from top to bottom in 300 steps, each step followed
// by a synchronous repaint, while a 1 ms timer (gui_probe.h's StallProbe) measures the longest
// time the GUI thread was kept from its event loop. Also timed: building the scene. A third
// row feeds the 10^5 calls live, 1000 a batch, to a view that follows the newest.
//
//   bench_sequence_scroll [CALLS]   calls in the big view (default 100000)
// Not a test: prints a markdown table on stdout, progress on stderr.
#include "gui_probe.h"

#include "ui/pictures/sequence_view.h"

#include <QElapsedTimer>
#include <QScrollBar>

#include <sys/socket.h>

#include <cstdlib>
#include <memory>

namespace spg::bench {

namespace {

using namespace spg::core;

CallRecord record(CommandId id, SocketId socket, CallKind kind, std::string text, long result)
{
    CallRecord r;
    r.command = id;
    r.socket = socket;
    r.kind = kind;
    r.text = std::move(text);
    r.result = result;
    r.started = WallClock::time_point(std::chrono::microseconds(id * 40));
    return r;
}

// A listener #1, a client #2 connected to it, the accepted #3; then send/recv pairs, added
// `count` records at a time (the window gets them in batches too).
class Filler {
public:
    explicit Filler(ui::LadderScene& scene) : m_scene(scene)
    {
        SocketSnapshot s;
        s.type = SOCK_STREAM;
        s.id = 1, s.lifecycle = Lifecycle::Listening, s.local = "127.0.0.1:4000";
        scene.updateSocket(s);
        s.id = 2, s.lifecycle = Lifecycle::Connected, s.local = "127.0.0.1:5000";
        scene.updateSocket(s);
        s.id = 3, s.parent = 1, s.local = "127.0.0.1:4000";
        scene.updateSocket(s);
        CallRecord accept = record(m_id++, 1, CallKind::Accept, "accept(3, ...) = 5", 5);
        accept.created = 3;
        accept.peer = "127.0.0.1:5000";
        scene.addRecord(accept);
    }

    void add(int count)
    {
        for (const CommandId last = m_id + CommandId(count); m_id < last;) {
            CallRecord send =
                record(m_id++, 2, CallKind::Send, "send(4, \"0123456789abcdef\", 16, 0) = 16", 16);
            send.hasData = true;
            send.dataOffset = m_sent;
            send.dataLength = 16;
            m_sent += 16;
            m_scene.addRecord(send);
            CallRecord recv =
                record(m_id++, 3, CallKind::Recv, "recv(5, \"0123456789abcdef\", 64, 0) = 16", 16);
            if (m_id % 50 == 0) {
                recv.phase = CallPhase::Blocked;
                m_scene.addRecord(recv);
                recv.phase = CallPhase::Resumed;
            }
            recv.hasData = true;
            recv.direction = Direction::Received;
            recv.dataOffset = m_received;
            recv.dataLength = 16;
            m_received += 16;
            m_scene.addRecord(recv);
        }
    }

private:
    ui::LadderScene& m_scene;
    CommandId m_id = 1;
    ByteOffset m_sent = 0;
    ByteOffset m_received = 0;
};

struct Row {
    std::string name;
    std::unique_ptr<ui::SequenceView> view;
    double buildMs = 0;
    double stallMs = 0;
    std::vector<double> paintMs;
};

Row measure(const std::string& name, int calls)
{
    Row row { name, std::make_unique<ui::SequenceView>(), 0, 0, {} };
    ui::SequenceView& view = *row.view;
    QElapsedTimer timer;
    timer.start();
    Filler(view.scene()).add(calls);
    view.sceneChanged();
    row.buildMs = double(timer.nsecsElapsed()) / 1e6;
    view.resize(1000, 600);
    view.show();
    waitExposed(view);
    view.setFollow(false);
    settle(100);
    for (int i = 0; i < 10; ++i) // warm-up: glyph caches
        view.viewport()->repaint();
    StallProbe probe;
    probe.start();
    const int max = view.verticalScrollBar()->maximum();
    constexpr int kSteps = 300;
    for (int step = 0; step <= kSteps; ++step) {
        view.scrollToY(int(qint64(max) * step / kSteps));
        timer.start();
        view.viewport()->repaint();
        row.paintMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents(); // the probe's ticks: a stall shows as a long gap
    }
    probe.stop();
    row.stallMs = probe.longestMs();
    std::fprintf(
        stderr, "  %s: built in %.1f ms, paint median %.3f ms, max %.3f ms, stall %.1f ms\n",
        name.c_str(), row.buildMs, median(row.paintMs), percentile(row.paintMs, 100), row.stallMs);
    return row;
}

// The live case: the view in front and following while the calls arrive, 1000 records per
// batch, each batch followed by a repaint (the newest calls) and the event loop.
Row measureLive(const std::string& name, int calls)
{
    Row row { name, std::make_unique<ui::SequenceView>(), 0, 0, {} };
    ui::SequenceView& view = *row.view;
    view.resize(1000, 600);
    view.show();
    waitExposed(view);
    settle(100);
    Filler filler(view.scene());
    StallProbe probe;
    probe.start();
    QElapsedTimer timer;
    QElapsedTimer total;
    total.start();
    for (int added = 0; added < calls; added += 1000) {
        filler.add(1000);
        timer.start();
        view.sceneChanged();
        view.viewport()->repaint();
        row.paintMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    probe.stop();
    row.buildMs = double(total.nsecsElapsed()) / 1e6;
    row.stallMs = probe.longestMs();
    std::fprintf(stderr, "  %s: %.1f ms in all, paint median %.3f ms, max %.3f ms, stall %.1f ms\n",
                 name.c_str(), row.buildMs, median(row.paintMs), percentile(row.paintMs, 100),
                 row.stallMs);
    return row;
}

} // namespace

int run(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int calls = argc > 1 ? std::atoi(argv[1]) : 100000;
    if (calls < 100) {
        std::fprintf(stderr, "usage: bench_sequence_scroll [CALLS >= 100]\n");
        return 2;
    }
    std::vector<Row> rows;
    rows.push_back(measure("100 calls (baseline)", 100));
    rows.push_back(measure(std::to_string(calls) + " calls", calls));
    rows.push_back(
        measureLive(std::to_string(calls) + " calls fed live (1000 a batch, following)", calls));
    const Row& base = rows.front();
    std::printf("### Sequence view: scrolling %d calls vs 100\n\n", calls);
    std::printf("Platform %s; SequenceView 1000x600, shown; scrolled top to bottom in 300 steps, "
                "each followed by viewport()->repaint() (timed with QElapsedTimer) and the "
                "event loop (a 1 ms precise timer measures the longest stall). Ratio: against "
                "the baseline's figure.\n\n",
                platformName());
    std::printf("| view | scene built in ms | paint median ms | paint max ms | longest stall ms "
                "| stall ratio | target (stall ≤ 50 ms) |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        const bool baseline = &row == &rows.front();
        std::printf("| %s | %s | %s | %s | %s | %s | %s |\n", row.name.c_str(),
                    fixed(row.buildMs, 1).c_str(), fixed(median(row.paintMs), 3).c_str(),
                    fixed(percentile(row.paintMs, 100), 3).c_str(), fixed(row.stallMs, 1).c_str(),
                    fixed(base.stallMs > 0 ? row.stallMs / base.stallMs : 0, 2).c_str(),
                    baseline ? "(baseline)" : metText(row.stallMs <= 50));
    }
    std::printf("\nPeak resident memory: %s MB.\n", fixed(megabytes(peakRssBytes()), 1).c_str());
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
