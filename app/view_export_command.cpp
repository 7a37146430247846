// The window is built but never shown on a screen (Qt's offscreen platform when there is no
// display); the scenario runs in its Scenario panel exactly as in the window, and the view is
// drawn once the run has finished or paused before --until-line.
#include "view_export_command.h"

#include "core/scenario/scenario.h"
#include "core/scenario/scenario_policy.h"
#include "ui/call_log_model.h"
#include "ui/demo_library.h"
#include "ui/engine_bridge.h"
#include "ui/hex_panel.h"
#include "ui/hex_view.h"
#include "ui/main_window.h"
#include "ui/pictures/picture_tabs.h"
#include "ui/pictures/queues_view.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/states_view.h"
#include "ui/pictures/view_image.h"
#include "ui/scenario_panel.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <QTreeView>
#include <algorithm>
#include <cstdio>

namespace spg::app {

namespace {

constexpr int kRunLimitMs = 60000;

void err(const QString& text)
{
    std::fprintf(stderr, "socket-playground: %s\n", qPrintable(text));
}

void settle(int ms, const std::function<bool()>& done = {})
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms && !(done && done()))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

// The whole ladder from its first call, as wide as its lanes and as tall as its calls
// (within reason: a long run is cut at the bottom).
QSize sequenceSize(ui::SequenceView* view)
{
    view->setFollow(false);
    view->scrollToY(0);
    const ui::LadderLayout& layout = view->layout();
    const int width = std::clamp(int(layout.width(view->scene())), 640, 4000);
    const int height = std::clamp(int(layout.height(view->scene())), 200, 6000);
    return { width, height };
}

QWidget* viewNamed(ui::MainWindow& w, const QString& name)
{
    if (name == QLatin1String("states"))
        return w.pictures()->states();
    if (name == QLatin1String("queues"))
        return w.pictures()->queues();
    if (name == QLatin1String("sequence"))
        return w.pictures()->sequence();
    if (name == QLatin1String("hex"))
        return w.hexPanel()->view();
    if (name == QLatin1String("log"))
        return w.logView();
    if (name == QLatin1String("sockets"))
        return w.socketView();
    if (name == QLatin1String("events"))
        return w.eventView();
    return nullptr;
}

// The socket a picture is about when none is named: the one with the longest TCP path, which
// tells the most of the story (ties: the first made).
core::SocketId mostTelling(const ui::SocketModel& model)
{
    core::SocketId best = core::kNoSocket;
    std::size_t longest = 0;
    for (core::SocketId id : model.ids())
        if (model.socket(id)->tcpPath.size() > longest) {
            longest = model.socket(id)->tcpPath.size();
            best = id;
        }
    return best;
}

// The offscreen platform's chatter about window hints means nothing to someone writing an
// image; everything else still reaches stderr.
void quietOffscreen(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("propagateSizeHints"))
        || message.startsWith(QLatin1String("QStandardPaths:")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

void quietenOffscreenPlatform()
{
    qInstallMessageHandler(quietOffscreen);
}

QString exportableViews()
{
    return QStringLiteral("sequence, states, queues, hex, log, sockets, events");
}

int exportViewImage(const Options& o)
{
    ui::EngineBridge bridge;
    ui::MainWindow window(bridge);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    window.show();
    QWidget* view = viewNamed(window, o.exportView);
    ui::ScenarioPanel* panel = window.scenarioPanel();
    QString error;
    if (!o.demo.isEmpty()) {
        const QString text = ui::demoText(o.demo);
        if (text.isNull())
            error = QStringLiteral("no demo named \"%1\"; try --list-demos").arg(o.demo);
        else
            panel->setText(text, o.demo);
    } else if (!panel->open(o.runFile, &error) && error.isEmpty()) {
        error = QStringLiteral("%1: cannot be opened").arg(o.runFile);
    }
    if (!error.isEmpty()) {
        err(error);
        bridge.shutdown();
        return 2;
    }
    // The lab's reach is decided before anything runs, as --run does: no dialog can be
    // answered here, so what --allow does not cover is refused.
    const core::ScenarioParse parsed =
        core::parseScenario(panel->text().toStdString(), panel->folder().toStdString());
    if (parsed.ok()) {
        core::PolicyContext context;
        context.allowed = o.allow;
        const core::PolicyReport report = core::checkPolicy(parsed.scenario, context);
        if (report.refused()) {
            const std::string source =
                (o.demo.isEmpty() ? o.runFile : o.demo + QStringLiteral(".spg")).toStdString();
            for (const std::string& line : core::formatRefusal(report, source))
                err(QString::fromStdString(line));
            bridge.shutdown();
            return 2;
        }
        panel->setAllowed(o.allow);
    }
    bool finished = false;
    bool ok = true;
    QString failure;
    QObject::connect(panel, &ui::ScenarioPanel::finished, [&](bool good, const QString& message) {
        finished = true;
        ok = good;
        failure = message;
    });
    if (o.untilLine > 0)
        panel->runToLine(o.untilLine);
    else
        panel->run();
    settle(kRunLimitMs, [&] {
        return finished
            || (o.untilLine > 0 && panel->statusText().startsWith(QLatin1String("Paused")));
    });
    settle(400); // The last snapshots, and the kernel's goodbyes (TIME_WAIT) to be read.
    const core::SocketId socket =
        o.socket > 0 ? core::SocketId(o.socket) : mostTelling(*window.session().sockets());
    if (socket != core::kNoSocket)
        window.selectSocket(socket);
    // A picture is drawn when it is in front.
    if (view == window.pictures()->states() || view == window.pictures()->queues()
        || view == window.pictures()->sequence())
        window.pictures()->setCurrentWidget(view);
    settle(100);
    ui::ImageOptions image;
    image.print = o.print;
    if (o.exportView == QLatin1String("states"))
        image.size = QSize(1100, 440);
    else if (o.exportView == QLatin1String("queues"))
        image.size = QSize(1100, 320);
    else if (o.exportView == QLatin1String("sequence"))
        image.size = sequenceSize(window.pictures()->sequence());
    if (!ui::saveViewImage(view, o.out, image, &error)) {
        err(error);
        bridge.shutdown();
        return 2;
    }
    bridge.shutdown();
    if (!ok) {
        err(QStringLiteral("the image was written, but the scenario failed: %1").arg(failure));
        return 1;
    }
    return 0;
}

} // namespace spg::app
