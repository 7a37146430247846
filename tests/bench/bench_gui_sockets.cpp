// bench_gui_sockets: does the window keep up when 10,000 connections arrive at once? A real
// MainWindow (1280x800, shown) over a real EngineBridge listens on 127.0.0.1:0 with
// listen(srv, 4096) and auto-accept on; another process (connect_clients, beside this
// executable) opens COUNT connections at once and holds them. Measured on the GUI thread
// while they arrive, until the Sockets panel shows every accepted socket:
//   longest stall          longest gap between ticks of a 1 ms precise QTimer (gui_probe.h),
//   frame interval         gaps between paints of the Sockets panel's viewport,
//   drain handling         eventsArrived handling (Session::consume and the views after it),
//   Events panel           rows kept and records counted instead (EventModel's per-batch bound),
//   resident memory        before, after, peak;
// then the Sockets panel scrolled top to bottom in 200 steps, each a synchronous repaint,
// against the same panel's repaint with only the listener in it (the baseline).
//
//   bench_gui_sockets [COUNT [SECONDS]]   connections (default 10000) and time bound (90)
// Not a test: prints a markdown table on stdout, progress on stderr.
#include "gui_probe.h"

#include "ui/engine_bridge.h"
#include "ui/event_model.h"
#include "ui/main_window.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QScrollBar>
#include <QTreeView>

#include <cstdlib>
#include <map>
#include <sys/resource.h>
#include <sys/socket.h>

namespace spg::bench {

namespace {

using namespace spg::core;

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "bench_gui_sockets: %s failed\n", what);
    std::exit(1);
}

// Submits commands through the window's session and waits for their final records.
class Driver {
public:
    explicit Driver(ui::Session& session) : m_session(session)
    {
        QObject::connect(&session, &ui::Session::callRecorded, [this](const CallRecord& r) {
            if (!r.automatic && r.phase != CallPhase::Blocked)
                m_final[r.command] = r;
        });
    }

    CallRecord run(Command c)
    {
        const CommandId id = m_session.submit(std::move(c));
        if (!runUntil([&] { return m_final.count(id) > 0; }, 5000))
            fail("a setup command");
        return m_final[id];
    }

private:
    ui::Session& m_session;
    std::map<CommandId, CallRecord> m_final;
};

// Repaint times of the Sockets panel scrolled from top to bottom in `steps` steps.
std::vector<double> scrollCost(QTreeView& view, int steps)
{
    QScrollBar* bar = view.verticalScrollBar();
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i <= steps; ++i) {
        timer.start();
        bar->setValue(int(qint64(bar->maximum()) * i / steps));
        view.viewport()->repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

std::vector<double> repaintCost(QTreeView& view, int times)
{
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < times; ++i) {
        timer.start();
        view.viewport()->repaint();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return ms;
}

} // namespace

int run(int argc, char** argv)
{
    spg::bench::raiseFileLimit(); // The engine holds every accepted socket.
    ProbeApp app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Socket Playground Bench"));
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    const double maxSeconds = argc > 2 ? std::atof(argv[2]) : 90;
    if (count <= 0 || maxSeconds <= 0) {
        std::fprintf(stderr, "usage: bench_gui_sockets [COUNT [SECONDS]]\n");
        return 2;
    }

    ui::EngineBridge bridge;
    Clock::time_point drainStart {};
    std::vector<double> drainMs;
    bool measuring = false;
    QObject::connect(&bridge, &ui::EngineBridge::eventsArrived, [&] { drainStart = Clock::now(); });
    ui::MainWindow window(bridge);
    QObject::connect(&bridge, &ui::EngineBridge::drained, [&] {
        if (measuring)
            drainMs.push_back(msBetween(drainStart, Clock::now()));
    });
    window.resize(1280, 800);
    window.show();
    if (!waitExposed(window))
        std::fprintf(stderr, "bench_gui_sockets: the window was never exposed; measuring anyway\n");
    settle(300);
    ui::Session& session = window.session();
    ui::SocketModel* sockets = session.sockets();
    QTreeView* view = window.socketView();

    Driver driver(session);
    const SocketId listener = driver.run(makeSocket(AF_INET, SOCK_STREAM)).created;
    if (listener == kNoSocket || driver.run(makeBind(listener, "127.0.0.1:0")).result != 0
        || driver.run(makeListen(listener, 4096)).result != 0)
        fail("the engine's listener");
    Command name;
    name.kind = CallKind::GetSockName;
    name.socket = listener;
    const std::string address = driver.run(name).value;
    const int port = std::atoi(address.c_str() + address.rfind(':') + 1);
    if (driver.run(makeAutomation(listener, Automation::AutoAccept, true)).result != 0)
        fail("auto-accept");
    settle(300);
    const std::vector<double> baseline = repaintCost(*view, 50);

    const auto accepted = [&] {
        const QModelIndex at = sockets->indexOf(listener);
        return at.isValid() ? sockets->rowCount(at) : 0;
    };
    QProcess clients;
    clients.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QString program =
        QCoreApplication::applicationDirPath() + QStringLiteral("/connect_clients");
    const std::uint64_t rssBefore = currentRssBytes();
    PaintClock paints(view->viewport());
    StallProbe stalls;
    std::fprintf(stderr, "bench_gui_sockets: %d connections to 127.0.0.1:%d (%s)\n", count, port,
                 platformName());
    measuring = true;
    paints.start();
    app.startProbe();
    stalls.start();
    const Clock::time_point start = Clock::now();
    clients.start(program,
                  { QString::number(port), QString::number(count), QStringLiteral("300") });
    if (!clients.waitForStarted(5000))
        fail("starting connect_clients");
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, [&] {
        std::fprintf(stderr, "  %.1f s: %d accepted sockets shown\n",
                     secondsBetween(start, Clock::now()), accepted());
    });
    progress.start(1000);
    const bool all = runUntil([&] { return accepted() >= count; }, int(maxSeconds * 1000));
    const double arrivalSeconds = secondsBetween(start, Clock::now());
    settle(300); // The last batch's repaint belongs to the arrival.
    stalls.stop();
    app.stopProbe();
    paints.stop();
    measuring = false;
    progress.stop();
    const QString clientLine = QString::fromUtf8(clients.readAllStandardOutput()).trimmed();
    const std::uint64_t rssAfter = currentRssBytes();

    view->expand(sockets->indexOf(listener));
    settle(100);
    const std::vector<double> scroll = scrollCost(*view, 200);
    const std::uint64_t peak = peakRssBytes();
    const int shown = accepted();
    const int eventRows = session.events()->rowCount();
    const std::size_t notKept = session.events()->notKept();
    clients.closeWriteChannel(); // End-of-file: the clients close and exit.
    clients.waitForFinished(10000);
    bridge.shutdown();

    const double stall = stalls.longestMs();
    const std::vector<double> frames = paints.intervalsMs();
    const double base = median(baseline);
    std::printf("### The window with %d connections arriving: MainWindow 1280x800, auto-accept "
                "on a listener\n\n",
                count);
    std::printf("Platform %s; the clients are another process (connect_clients: %s); "
                "listen(srv, 4096); MB = 10^6 bytes.\n\n",
                platformName(), clientLine.isEmpty() ? "no report" : qPrintable(clientLine));
    std::printf("| measure | value | target | met |\n|---|---|---|---|\n");
    std::printf("| longest GUI stall while they arrive (gap between 1 ms timer ticks) "
                "| %s ms (at %.1f s) | ≤ 50 ms | %s |\n",
                fixed(stall, 1).c_str(), stalls.longestAtSeconds(), metText(stall <= 50));
    std::printf("| accepted sockets shown in the Sockets panel | %d of %d in %s s | all | %s |\n",
                shown, count, fixed(arrivalSeconds, 2).c_str(), metText(all));
    std::printf("| Sockets panel scrolled top to bottom, repaint per step (201 steps) | median %s "
                "ms, max %s ms; %s× the one-row panel's %s ms | smooth (≤ 16 ms) | %s |\n",
                fixed(median(scroll), 2).c_str(), fixed(percentile(scroll, 100), 2).c_str(),
                fixed(base > 0 ? median(scroll) / base : 0, 2).c_str(), fixed(base, 2).c_str(),
                metText(percentile(scroll, 100) <= 16));
    std::printf("| resident memory | %s MB before, %s MB after, %s MB peak | reported | |\n",
                fixed(megabytes(rssBefore), 1).c_str(), fixed(megabytes(rssAfter), 1).c_str(),
                fixed(megabytes(peak), 1).c_str());
    std::printf("| Events panel | %d rows; %zu records counted in summary rows | bounded "
                "per frame | |\n",
                eventRows, notKept);
    printStallAndDispatchTables(
        app, stalls, stall,
        { detailRow("Sockets viewport paint interval, ms (" + std::to_string(paints.frames())
                        + " paints)",
                    spreadCells(frames, 1)),
          detailRow("eventsArrived handling, ms (" + std::to_string(drainMs.size()) + " drains)",
                    spreadCells(drainMs, 2)) });
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
