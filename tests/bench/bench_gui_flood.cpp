// bench_gui_flood: does the window keep up while a loopback TCP peer floods a socket it
// shows? A real MainWindow (1280x800, shown) over a real EngineBridge: the engine listens on
// 127.0.0.1:0, a raw POSIX Flooder (flood_peer.h) connects, the engine accepts, auto-receive
// reads, and the accepted socket is selected so the hex view follows the capture. Measured
// on the GUI thread during the flood (see gui_probe.h for the instruments):
//   longest stall          longest gap between ticks of a 1 ms precise QTimer,
//   frame interval         median gap between paints of the hex view's viewport (and, for
//                          comparison, between the bridge's eventsArrived signals),
//   peak resident memory   VmHWM (getrusage elsewhere),
// plus the bytes received (exact: the socket model's bytesIn) and the throughput, against
// the same flood into the engine alone (no window, a sink that drops every batch; capture on),
// run just before and just after the window in the same process: the ratio is the window's
// share of the cost.
//
//   bench_gui_flood [SECONDS [MAX_GIB]]   flood time bound (default 5) and byte bound (default 16)
// Not a test: prints a markdown table on stdout, progress on stderr.
#include "flood_peer.h"
#include "flood_sink.h"
#include "gui_probe.h"

#include "ui/engine_bridge.h"
#include "ui/hex_panel.h"
#include "ui/hex_view.h"
#include "ui/main_window.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include <cstdlib>
#include <map>
#include <sys/socket.h>

namespace spg::bench {

namespace {

using namespace spg::core;

// Submits commands through the window's session and waits, in a real event loop, for their
// final records (the way screenshot_tour drives a window).
class Driver {
public:
    explicit Driver(ui::Session& session) : m_session(session)
    {
        QObject::connect(&session, &ui::Session::callRecorded, [this](const CallRecord& r) {
            if (!r.automatic && r.phase != CallPhase::Blocked)
                m_final[r.command] = r;
        });
    }

    CallRecord waitFinal(CommandId id, int timeoutMs = 5000)
    {
        if (!runUntil([&] { return m_final.count(id) > 0; }, timeoutMs)) {
            std::fprintf(stderr, "bench_gui_flood: command %llu never completed\n",
                         static_cast<unsigned long long>(id));
            std::exit(1);
        }
        return m_final[id];
    }

    CallRecord run(Command c) { return waitFinal(m_session.submit(std::move(c))); }

private:
    ui::Session& m_session;
    std::map<CommandId, CallRecord> m_final;
};

int portOf(const std::string& address) // "127.0.0.1:40123"
{
    const auto colon = address.rfind(':');
    return colon == std::string::npos ? 0 : std::atoi(address.c_str() + colon + 1);
}

const SocketSnapshot* snapshot(ui::MainWindow& window, SocketId id)
{
    return window.session().sockets()->socket(id);
}

// The same flood into the engine alone (capture on, 64 MiB cap), in GB/s: the baseline.
double engineAloneGbps(const FloodLimits& limits)
{
    FloodSink sink;
    Engine engine(sink, EngineOptions {});
    const SocketId listener = sink.call(engine, makeSocket(AF_INET, SOCK_STREAM)).created;
    if (sink.call(engine, makeBind(listener, "127.0.0.1:0")).result != 0
        || sink.call(engine, makeListen(listener, 1)).result != 0)
        fail("engine-alone listener");
    const int port = portOf(sink.call(engine, makeCall(CallKind::GetSockName, listener)).value);
    const CommandId accept = engine.submit(makeAccept(listener));
    const int fd = connectLoopback(port);
    if (fd < 0)
        fail("engine-alone connect");
    Flooder flooder(fd, limits);
    const SocketId conn = sink.waitFinal(accept).created;
    sink.call(engine, makeAutomation(conn, Automation::AutoReceive, true));
    sink.watch(conn);
    flooder.start();
    if (!sink.waitEnd(limits.maxSeconds + 60))
        fail("the engine-alone flood's end");
    flooder.join();
    engine.shutdown();
    const double seconds = secondsBetween(flooder.startedAt(), sink.endedAt());
    return seconds > 0 ? double(sink.bytes()) / seconds / 1e9 : 0;
}

} // namespace

int run(int argc, char** argv)
{
    ProbeApp app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Socket Playground Bench"));
    FloodLimits limits;
    limits.maxSeconds = 5;
    limits.maxBytes = 16ull << 30;
    if (argc > 1)
        limits.maxSeconds = std::atof(argv[1]);
    if (argc > 2)
        limits.maxBytes = static_cast<std::uint64_t>(std::atof(argv[2]) * double(1ull << 30));
    if (limits.maxSeconds <= 0 || limits.maxBytes == 0) {
        std::fprintf(stderr, "usage: bench_gui_flood [SECONDS [MAX_GIB]]\n");
        return 2;
    }

    std::fprintf(stderr, "bench_gui_flood: the engine alone first (baseline)\n");
    const double aloneBefore = engineAloneGbps(limits);
    ui::EngineBridge bridge; // Default options: capture on, 64 MiB cap.
    // Drain handling time: from this first eventsArrived receiver (connected before the
    // window's) to the bridge's drained(), after the session took the batch.
    Clock::time_point drainStart {};
    std::vector<Clock::time_point> drains;
    std::vector<double> drainMs;
    bool measuring = false;
    QObject::connect(&bridge, &ui::EngineBridge::eventsArrived, [&] { drainStart = Clock::now(); });
    ui::MainWindow window(bridge);
    QObject::connect(&bridge, &ui::EngineBridge::drained, [&] {
        if (!measuring)
            return;
        drains.push_back(drainStart);
        drainMs.push_back(msBetween(drainStart, Clock::now()));
    });
    window.resize(1280, 800);
    window.show();
    if (!waitExposed(window))
        std::fprintf(stderr, "bench_gui_flood: the window was never exposed; measuring anyway\n");
    settle(300);
    ui::HexView* hex = window.hexPanel()->view();

    Driver driver(window.session());
    const SocketId listener = driver.run(makeSocket(AF_INET, SOCK_STREAM)).created;
    if (listener == kNoSocket || driver.run(makeBind(listener, "127.0.0.1:0")).result != 0
        || driver.run(makeListen(listener, 1)).result != 0)
        fail("engine listener");
    Command name;
    name.kind = CallKind::GetSockName;
    name.socket = listener;
    const int port = portOf(driver.run(name).value);

    const CommandId accept =
        window.session().submit(makeAccept(listener)); // Blocks until we connect.
    const int fd = connectLoopback(port);
    if (fd < 0)
        fail("connect to 127.0.0.1");
    Flooder flooder(fd, limits);
    const SocketId conn = driver.waitFinal(accept).created;
    if (conn == kNoSocket)
        fail("engine accept");
    if (driver.run(makeAutomation(conn, Automation::AutoReceive, true)).result != 0)
        fail("auto-receive");
    if (!runUntil([&] { return snapshot(window, conn) != nullptr; }, 5000))
        fail("the accepted socket never reached the socket model");
    window.selectSocket(conn);
    settle(300);
    if (window.selectedSocket() != conn || !hex->source())
        fail("the hex view does not show the accepted socket");

    // Auto-receive's end-of-file record, as the GUI sees it: the end of the transfer.
    Clock::time_point eofSeen {};
    QObject::connect(&window.session(), &ui::Session::callRecorded, [&](const CallRecord& r) {
        if (r.automatic && r.socket == conn && r.hasData == false && r.result <= 0
            && eofSeen == Clock::time_point {})
            eofSeen = Clock::now();
    });

    const std::uint64_t rssBefore = currentRssBytes();
    PaintClock paints(hex->viewport());
    StallProbe stalls;
    std::fprintf(stderr, "bench_gui_flood: flooding socket #%d for up to %g s / %g GiB (%s)\n",
                 conn, limits.maxSeconds, double(limits.maxBytes) / double(1ull << 30),
                 platformName());
    measuring = true;
    paints.start();
    app.startProbe();
    stalls.start();
    flooder.start();
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        const SocketSnapshot* s = snapshot(window, conn);
        std::fprintf(stderr, "  %.1f s: %.2f GB sent, %.2f GB shown as received, %zu frames\n",
                     secondsBetween(flooder.startedAt(), Clock::now()),
                     double(flooder.sent()) / 1e9, s ? double(s->bytesIn) / 1e9 : 0.0,
                     paints.frames());
    });
    progress.start(1000);
    const bool ended = runUntil([&] { return eofSeen != Clock::time_point {}; },
                                int(limits.maxSeconds * 1000) + 60000);
    stalls.stop();
    app.stopProbe();
    paints.stop();
    measuring = false;
    progress.stop();
    if (!ended)
        std::fprintf(stderr, "bench_gui_flood: the window never saw the end of the flood\n");
    flooder.join();
    const std::uint64_t sent = flooder.sent();
    // The exact count comes with the socket's next snapshot after the end-of-file.
    runUntil(
        [&] {
            const SocketSnapshot* s = snapshot(window, conn);
            return s && s->bytesIn == sent;
        },
        5000);
    const SocketSnapshot* last = snapshot(window, conn);
    const std::uint64_t received = last ? last->bytesIn : 0;
    if (received != sent)
        std::fprintf(stderr, "bench_gui_flood: the socket model shows %llu of %llu bytes sent\n",
                     static_cast<unsigned long long>(received),
                     static_cast<unsigned long long>(sent));
    const double seconds = secondsBetween(flooder.startedAt(), ended ? eofSeen : Clock::now());
    const std::uint64_t peak = peakRssBytes();
    const int logRows = window.session().log()->rowCount();
    bridge.shutdown();
    std::fprintf(stderr, "bench_gui_flood: the engine alone again (baseline)\n");
    const double aloneAfter = engineAloneGbps(limits);
    const double alone = (aloneBefore + aloneAfter) / 2;
    const double windowGbps = seconds > 0 ? double(received) / seconds / 1e9 : 0;

    const std::vector<double> frames = paints.intervalsMs();
    const std::vector<double> drainIntervals = PaintClock::intervals(drains);
    const double stall = stalls.longestMs();
    const double frame = median(frames);
    const double cap = double(Capture::kDefaultCap);
    const double memTarget = cap + 150e6;

    std::printf("### GUI under a loopback TCP flood: MainWindow 1280x800, hex view following "
                "the flooded socket\n\n");
    std::printf("Platform %s; engine auto-receive with capture on (64 MiB cap); the flood "
                "stops after %g s or %g GiB; GB = 10^9 bytes, MB = 10^6 bytes.\n\n",
                platformName(), limits.maxSeconds, double(limits.maxBytes) / double(1ull << 30));
    std::printf("| measure | value | target | met |\n");
    std::printf("|---|---|---|---|\n");
    std::printf("| longest GUI stall (gap between 1 ms precise-timer ticks) | %s ms (at %.1f s) "
                "| ≤ 50 ms | %s |\n",
                fixed(stall, 1).c_str(), stalls.longestAtSeconds(), metText(stall <= 50));
    std::printf("| median hex view frame interval (viewport paints) | %s ms (%zu frames) "
                "| ≤ 20 ms | %s |\n",
                fixed(frame, 1).c_str(), paints.frames(), metText(!frames.empty() && frame <= 20));
    std::printf("| peak resident memory (VmHWM) | %s MB (%s MB before the flood) "
                "| ≤ %s MB (64 MiB cap + 150 MB) | %s |\n",
                fixed(megabytes(peak), 1).c_str(), fixed(megabytes(rssBefore), 1).c_str(),
                fixed(memTarget / 1e6, 1).c_str(), metText(double(peak) <= memTarget));
    std::printf("| bytes received (socket model's bytesIn) | %llu of %llu sent | all | %s |\n",
                static_cast<unsigned long long>(received), static_cast<unsigned long long>(sent),
                metText(received == sent));
    std::printf("| throughput (first send to the EOF record reaching the GUI) | %s GB/s "
                "over %s s | (none) | |\n",
                fixed(windowGbps, 2).c_str(), fixed(seconds, 2).c_str());
    std::printf("| the same flood into the engine alone, before / after the window | %s / %s "
                "GB/s | (baseline) | |\n",
                fixed(aloneBefore, 2).c_str(), fixed(aloneAfter, 2).c_str());
    std::printf("| ratio: window following / engine alone (mean of both) | %s | ≥ 0.90 | %s |\n",
                fixed(alone > 0 ? windowGbps / alone : 0, 2).c_str(),
                metText(alone > 0 && windowGbps / alone >= 0.9));

    printStallAndDispatchTables(
        app, stalls, stall,
        { detailRow("hex viewport paint interval, ms", spreadCells(frames, 1)),
          detailRow("eventsArrived interval, ms (" + std::to_string(drains.size()) + " drains)",
                    spreadCells(drainIntervals, 1)),
          detailRow("eventsArrived handling (models, hex refresh), ms", spreadCells(drainMs, 2)) },
        "\nSyscall log rows at the end: " + std::to_string(logRows) + ".\n");
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
