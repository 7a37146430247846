// Renders the README's screenshots: drives a real window into telling states (a filling
// accept queue, a conversation in the hex view, errors in the log) and saves each as a PNG.
// Run by scripts/screenshots under Xvfb; not a test.
#include "ui/call_panel.h"
#include "ui/engine_bridge.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/pictures/picture_tabs.h"
#include "ui/pictures/queues_view.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/view_image.h"
#include "ui/pictures/states_view.h"
#include "ui/scenario_panel.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include <QApplication>
#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QScreen>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <sys/socket.h>

using namespace spg;

namespace {

class Tour {
public:
    Tour(ui::MainWindow& window, QString dir)
        : m_window(window)
        , m_dir(std::move(dir))
    {
        QObject::connect(&window.session(), &ui::Session::callRecorded,
                         [this](const core::CallRecord& r) { m_records.push_back(r); });
    }

    // Submits one call and waits (bounded) until its final record arrives.
    core::CallRecord run(core::Command c)
    {
        const core::CommandId id = m_window.session().submit(std::move(c));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            for (const core::CallRecord& r : m_records)
                if (r.command == id && r.phase != core::CallPhase::Blocked)
                    return r;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
        return {};
    }

    std::string local(core::SocketId id)
    {
        core::Command c;
        c.kind = core::CallKind::GetSockName;
        c.socket = id;
        return run(c).value;
    }

    void settle(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }

    QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name + QStringLiteral(".png"); }

    void shoot(const QString& name)
    {
        settle(400);
        m_window.socketView()->expandAll();
        settle(100);
        const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
        m_window.grab().save(path);
        qInfo("wrote %s", qPrintable(path));
    }

private:
    ui::MainWindow& m_window;
    QString m_dir;
    std::vector<core::CallRecord> m_records;
};

void acceptQueueScene(Tour& t, ui::MainWindow& w)
{
    const core::SocketId srv = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeSetSockOpt(srv, "SO_REUSEADDR", "1"));
    t.run(core::makeBind(srv, "127.0.0.1:0"));
    t.run(core::makeListen(srv, 2));
    const std::string address = t.local(srv);
    for (int i = 0; i < 4; ++i) {
        const core::SocketId c = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
        t.run(core::makeNonBlocking(c, true));
        t.run(core::makeConnect(c, address));
    }
    w.selectSocket(srv);
    w.callPanel()->setCall(core::CallKind::Accept);
    t.settle(1200); // Let the queue reach the kernel's limit.
    t.shoot(QStringLiteral("accept-queue"));
    t.run(core::makeAccept(srv));
}

// The teacher's picture: a backlog of 2 holding 3 connections (Linux: backlog + 1), one
// accepted, one more client kept outside in SYN_SENT, and the overflow counter that says so.
void queuesScene(Tour& t, ui::MainWindow& w)
{
    const core::SocketId srv = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeBind(srv, "127.0.0.1:0"));
    t.run(core::makeListen(srv, 2));
    const std::string address = t.local(srv);
    for (int i = 0; i < 5; ++i) {
        const core::SocketId c = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
        t.run(core::makeNonBlocking(c, true));
        t.run(core::makeConnect(c, address));
        t.settle(60);
        if (i == 0)
            t.run(core::makeAccept(srv));
    }
    w.selectSocket(srv);
    w.pictures()->setCurrentWidget(w.pictures()->queues());
    w.callPanel()->setCall(core::CallKind::Accept);
    t.settle(600);
    t.shoot(QStringLiteral("queues"));
}

// A demo's TCP paths: the client's and its peer's, side by side in the States view.
void statesScene(Tour& t, ui::MainWindow& w, const QString& demo, core::SocketId client, const QString& name)
{
    w.openDemo(demo);
    t.settle(2500); // The demo runs to its end and the kernel finishes its goodbyes.
    w.selectSocket(client);
    w.pictures()->setCurrentWidget(w.pictures()->states());
    t.shoot(name);
}

// A demo's whole ladder, drawn as the Sequence view exports it: the window's centre is too
// short for a conversation, and this is the picture a teacher puts in course material.
void sequenceScene(Tour& t, ui::MainWindow& w, const QString& demo, const QString& name)
{
    w.openDemo(demo);
    t.settle(2500);
    ui::SequenceView* view = w.pictures()->sequence();
    w.pictures()->setCurrentWidget(view);
    view->setFollow(false);
    view->scrollToY(0);
    t.settle(200);
    ui::ImageOptions options;
    options.size = QSize(int(view->layout().width(view->scene())),
                         std::min(1600, int(view->layout().height(view->scene()))));
    QString error;
    const QString path = t.path(name);
    if (ui::saveViewImage(view, path, options, &error))
        qInfo("wrote %s", qPrintable(path));
    else
        qWarning("%s", qPrintable(error));
}

void sequenceServerClientScene(Tour& t, ui::MainWindow& w)
{
    sequenceScene(t, w, QStringLiteral("tcp-server-client"), QStringLiteral("sequence-tcp-server-client"));
}

void sequenceAcceptQueueScene(Tour& t, ui::MainWindow& w)
{
    sequenceScene(t, w, QStringLiteral("accept-queue"), QStringLiteral("sequence-accept-queue"));
}

void sequenceHalfCloseScene(Tour& t, ui::MainWindow& w)
{
    sequenceScene(t, w, QStringLiteral("half-close"), QStringLiteral("sequence-half-close"));
}

void halfCloseStatesScene(Tour& t, ui::MainWindow& w)
{
    statesScene(t, w, QStringLiteral("half-close"), 2, QStringLiteral("states-half-close"));
}

void serverClientStatesScene(Tour& t, ui::MainWindow& w)
{
    statesScene(t, w, QStringLiteral("tcp-server-client"), 2, QStringLiteral("states-tcp-server-client"));
}

void conversationScene(Tour& t, ui::MainWindow& w)
{
    const core::SocketId srv = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeBind(srv, "127.0.0.1:0"));
    t.run(core::makeListen(srv, 4));
    const core::SocketId cli = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeConnect(cli, t.local(srv)));
    const core::SocketId conn = t.run(core::makeAccept(srv)).created;
    t.run(core::makeSend(cli, "GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    t.run(core::makeRecv(conn, 1024));
    t.run(core::makeSend(conn, "HTTP/1.1 200 OK\r\nContent-Length: 13\r\n\r\nHello, world!"));
    t.run(core::makeRecv(cli, 1024));
    t.run(core::makeShutdown(cli, SHUT_WR));
    t.run(core::makeRecv(conn, 1024));
    w.selectSocket(conn);
    w.callPanel()->setCall(core::CallKind::Send);
    t.shoot(QStringLiteral("conversation"));
}

void errorScene(Tour& t, ui::MainWindow& w)
{
    const core::SocketId holder = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeBind(holder, "127.0.0.1:0"));
    const std::string taken = t.local(holder);
    const core::SocketId probe = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeConnect(probe, taken));
    const core::SocketId again = t.run(core::makeSocket(AF_INET, SOCK_STREAM)).created;
    t.run(core::makeBind(again, taken));
    t.run(core::makeAccept(t.run(core::makeSocket(AF_INET, SOCK_DGRAM)).created));
    t.run(core::makeClose(probe));
    t.run(core::makeRecv(probe, 16));
    w.selectSocket(again);
    w.callPanel()->setCall(core::CallKind::Bind);
    t.shoot(QStringLiteral("errors"));
}

void scenarioScene(Tour& t, ui::MainWindow& w)
{
    w.openDemo(QStringLiteral("half-close"));
    t.settle(1500); // The demo runs to its end.
    t.shoot(QStringLiteral("scenario"));
}

// The Korean interface (View → Language): the same demo as the scenario scene, its comments
// and the call help translated, the kernel's words (calls, errno names, flags) as they are.
void koreanScene(Tour& t, ui::MainWindow& w)
{
    w.openDemo(QStringLiteral("half-close"));
    t.settle(1500);
    t.shoot(QStringLiteral("korean"));
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Socket Playground Tour"));
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("resources/screenshots");
    QDir().mkpath(dir);
    const QString scene = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    using Scene = void (*)(Tour&, ui::MainWindow&);
    const std::pair<const char*, Scene> scenes[] = { { "accept-queue", acceptQueueScene },
                                                     { "conversation", conversationScene },
                                                     { "errors", errorScene },
                                                     { "scenario", scenarioScene },
                                                     { "queues", queuesScene },
                                                     { "states-half-close", halfCloseStatesScene },
                                                     { "states-tcp-server-client", serverClientStatesScene },
                                                     { "sequence-tcp-server-client", sequenceServerClientScene },
                                                     { "sequence-accept-queue", sequenceAcceptQueueScene },
                                                     { "sequence-half-close", sequenceHalfCloseScene },
                                                     { "korean", koreanScene } };
    for (const auto& [name, run] : scenes) {
        if (!scene.isEmpty() && scene != QLatin1String(name))
            continue;
        // A fresh window and engine per scene, so each picture tells one story.
        ui::installLanguage(QLatin1String(name) == QLatin1String("korean") ? QStringLiteral("ko")
                                                                           : QStringLiteral("en"));
        ui::EngineBridge bridge;
        ui::MainWindow window(bridge);
        window.resize(1280, 800);
        window.show();
        Tour tour(window, dir);
        run(tour, window);
        bridge.shutdown();
    }
    return 0;
}
