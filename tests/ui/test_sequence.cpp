// The Sequence view's ladder, read from its scene, not its pixels: the demos run through the
// real engine in the window, then the lanes, their order, the arrows between calls (the
// handshake, bytes with their counts, FIN, RST, datagrams) and the blocked bars are checked.
// The geometry (visible ranges, hit-testing, the time axis) is checked on its own.
#include "ui/demo_library.h"
#include "ui/engine_bridge.h"
#include "ui/hex_panel.h"
#include "ui/hex_view.h"
#include "ui/main_window.h"
#include "ui/pictures/ladder_layout.h"
#include "ui/pictures/picture_tabs.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/view_image.h"
#include "ui/scenario_panel.h"
#include "ui/session.h"

#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QXmlStreamReader>
#include <QtTest>

using namespace spg;
using namespace spg::ui;
using Kind = LadderScene::ArrowKind;
using core::CallKind;

namespace {

QStringList laneTitles(const LadderScene& scene)
{
    QStringList out;
    for (int lane : scene.laneOrder())
        out << scene.lanes()[std::size_t(lane)].title;
    return out;
}

QString endName(const LadderScene& scene, int call, int lane)
{
    if (call >= 0 && !scene.hasCall(call))
        return QStringLiteral("dropped");
    if (call >= 0) {
        const LadderScene::Call& c = scene.call(call);
        return QStringLiteral("%1#%2").arg(c.name()).arg(c.socket);
    }
    return QStringLiteral("lane:%1").arg(scene.lanes()[std::size_t(lane)].title);
}

// "data send#2>recv#3 7", "fin close#3>lane:#2 client": each arrow, as the tests name it.
QStringList arrows(const LadderScene& scene)
{
    static const char* names[] = { "connect", "accept", "data", "datagram", "fin", "rst" };
    QStringList out;
    for (const LadderScene::Arrow& a : scene.arrows()) {
        QString line = QStringLiteral("%1 %2>%3")
                           .arg(QLatin1String(names[int(a.kind)]),
                                endName(scene, a.from, a.fromLane), endName(scene, a.to, a.toLane));
        if (a.kind == Kind::Data || a.kind == Kind::Datagram)
            line += QStringLiteral(" %1").arg(a.bytes);
        out << line;
    }
    return out;
}

// The checker: true when the scene draws that arrow. Fed a wrong arrow, it says false.
bool hasArrow(const LadderScene& scene, const QString& arrow)
{
    return arrows(scene).contains(arrow);
}

const LadderScene::Arrow* arrowNamed(const LadderScene& scene, const QString& name)
{
    const QStringList all = arrows(scene);
    const int i = int(all.indexOf(name));
    return i < 0 ? nullptr : &scene.arrows()[std::size_t(i)];
}

bool runDemo(MainWindow& window, const QString& name)
{
    ScenarioPanel* panel = window.scenarioPanel();
    panel->setText(demoText(name), name);
    bool finished = false;
    bool ok = false;
    QObject context;
    QObject::connect(panel, &ScenarioPanel::finished, &context, [&](bool good, const QString&) {
        finished = true;
        ok = good;
    });
    panel->run();
    return QTest::qWaitFor([&] { return finished; }, 20000) && ok;
}

} // namespace

class TestSequence : public QObject {
    Q_OBJECT

private slots:
    void tcpServerClient()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("tcp-server-client")));
        const LadderScene& scene = window.pictures()->sequence()->scene();
        // The client left of its listener, the accepted socket right of it, then the probe
        // and the outside address it tried.
        QCOMPARE(laneTitles(scene),
                 QStringList({ "#2 client", "#1 listener", "#3 accepted", "#4 client",
                               "remote 127.0.0.1:1" }));
        const QStringList all = arrows(scene);
        QVERIFY2(hasArrow(scene, "connect connect#2>lane:#1 listener"), qPrintable(all.join('\n')));
        QVERIFY(hasArrow(scene, "accept accept#1>lane:#3 accepted"));
        QVERIFY(hasArrow(scene, "data send#2>recv#3 7"));
        QVERIFY(hasArrow(scene, "data send#3>recv#2 10"));
        QCOMPARE(arrowNamed(scene, "data send#2>recv#3 7")->label,
                 QStringLiteral("7 B \"hello\\r\\n\""));
        // The client's FIN lands on the server's recv() that returned 0; the server's FIN
        // finds the client already closed, and reaches its lane only.
        QVERIFY2(hasArrow(scene, "fin close#2>recv#3"), qPrintable(all.join('\n')));
        QVERIFY(hasArrow(scene, "fin close#3>lane:#2 client"));
        QVERIFY(hasArrow(scene, "connect connect#4>lane:remote 127.0.0.1:1"));
        QVERIFY(hasArrow(scene, "rst lane:remote 127.0.0.1:1>connect#4"));
        const LadderScene::Call& refused = scene.calls()[std::size_t(
            arrowNamed(scene, "rst lane:remote 127.0.0.1:1>connect#4")->to)];
        QVERIFY(refused.error);
        QCOMPARE(refused.result(), QStringLiteral("ECONNREFUSED"));
        // The wrong answers: arrows the records do not prove are not there.
        QVERIFY(!hasArrow(scene, "data send#3>recv#2 7"));
        QVERIFY(!hasArrow(scene, "rst close#2>recv#3"));
        QVERIFY(!hasArrow(scene, "fin close#1>lane:#2 client"));
    }

    // The scene finds a connect's listener and an accept's client by address through its
    // indexes: a wildcard listener by port, the lowest id where several share an address,
    // and one remote lane per outside address however many sockets talk to it.
    void addressesFindTheirSockets()
    {
        LadderScene scene;
        auto snapshot = [&](core::SocketId id, const char* local, core::Lifecycle life,
                            core::SocketId parent = core::kNoSocket) {
            core::SocketSnapshot s;
            s.id = id;
            s.type = SOCK_STREAM;
            s.local = local;
            s.lifecycle = life;
            s.parent = parent;
            scene.updateSocket(s);
        };
        core::CommandId command = 1;
        auto record = [&](CallKind kind, core::SocketId socket, const char* text) {
            core::CallRecord r;
            r.command = command++;
            r.kind = kind;
            r.socket = socket;
            r.text = text;
            return r;
        };
        auto inet = [](const char* ip, int port) {
            return core::parseAddress(std::string(ip) + ":" + std::to_string(port)).endpoint.addr.bytes();
        };
        snapshot(1, "0.0.0.0:5000", core::Lifecycle::Listening);
        snapshot(2, "127.0.0.1:40000", core::Lifecycle::Created);
        snapshot(4, "127.0.0.1:40001", core::Lifecycle::Created);
        core::CallRecord connect = record(CallKind::Connect, 2, "connect(4, ...) = 0");
        connect.sockaddr = inet("127.0.0.1", 5000);
        scene.addRecord(connect);
        QVERIFY2(hasArrow(scene, "connect connect#2>lane:#1 listener"),
                 qPrintable(arrows(scene).join('\n')));
        core::CallRecord accept = record(CallKind::Accept, 1, "accept(3, ...) = 5");
        accept.created = 3;
        accept.peer = "127.0.0.1:40000";
        snapshot(3, "127.0.0.1:5000", core::Lifecycle::Connected, 1);
        scene.addRecord(accept);
        QCOMPARE(scene.lanes()[std::size_t(scene.laneOf(2))].peer, core::SocketId(3));
        // The accepted socket (id 3) now shares the listener's port on 127.0.0.1: a connect
        // to that port still finds the lowest id there, the wildcard listener.
        core::CallRecord second = record(CallKind::Connect, 4, "connect(6, ...) = 0");
        second.sockaddr = inet("127.0.0.1", 5000);
        scene.addRecord(second);
        QVERIFY(hasArrow(scene, "connect connect#4>lane:#1 listener"));
        QVERIFY(!hasArrow(scene, "connect connect#4>lane:#3 accepted"));
        // Two accepts from the same outside client address share one remote lane.
        for (core::SocketId id : { core::SocketId(5), core::SocketId(6) }) {
            core::CallRecord outside = record(CallKind::Accept, 1, "accept(3, ...) = 7");
            outside.created = id;
            outside.peer = "10.0.0.9:7";
            scene.addRecord(outside);
        }
        QCOMPARE(laneTitles(scene).count(QStringLiteral("remote 10.0.0.9:7")), qsizetype(1));
    }

    // Blocked calls are bars from the box where they blocked to the one where they ended.
    void blockedCallsAreBars()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        window.scenarioPanel()->setText(QStringLiteral("srv = socket(AF_INET, SOCK_STREAM, 0)\n"
                                                       "bind(srv, 127.0.0.1:0)\n"
                                                       "listen(srv, 4)\n"
                                                       "accept(srv)\n"),
                                        QStringLiteral("lab"));
        window.scenarioPanel()->run();
        const LadderScene& scene = window.pictures()->sequence()->scene();
        QTRY_COMPARE(scene.waiting().size(), std::size_t(1));
        const LadderScene::Call waiting = scene.calls()[std::size_t(scene.waiting().front())];
        QCOMPARE(waiting.name(), QStringLiteral("accept"));
        QVERIFY(waiting.waiting);
        window.session().submit(core::makeCancel(waiting.socket, waiting.command));
        QTRY_VERIFY(scene.waiting().empty());
        const LadderScene::Call& ended = scene.calls().back();
        QCOMPARE(ended.name(), QStringLiteral("accept"));
        QVERIFY(ended.blockedRow >= 0 && ended.blockedRow < ended.row);
        QCOMPARE(ended.result(), QStringLiteral("EINTR"));
    }

    void acceptQueue()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("accept-queue")));
        const LadderScene& scene = window.pictures()->sequence()->scene();
        QCOMPARE(laneTitles(scene),
                 QStringList({ "#2 client", "#3 client", "#4 client", "#5 client", "#1 listener",
                               "#6 accepted", "#7 accepted", "#8 accepted", "#9 accepted" }));
        for (int client = 2; client <= 5; ++client)
            QVERIFY(
                hasArrow(scene, QStringLiteral("connect connect#%1>lane:#1 listener").arg(client)));
        for (int accepted = 6; accepted <= 9; ++accepted)
            QVERIFY(
                hasArrow(scene, QStringLiteral("accept accept#1>lane:#%1 accepted").arg(accepted)));
        QVERIFY(hasArrow(scene, "data send#2>recv#6 14"));
        // Each accepted socket is paired with the client it came from.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(scene.lanes()[std::size_t(scene.laneOf(6 + i))].peer, core::SocketId(2 + i));
        QVERIFY(!hasArrow(scene, "data send#2>recv#7 14"));
    }

    void halfClose()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("half-close")));
        const LadderScene& scene = window.pictures()->sequence()->scene();
        QCOMPARE(laneTitles(scene), QStringList({ "#2 client", "#1 listener", "#3 accepted" }));
        const QStringList all = arrows(scene);
        QVERIFY2(hasArrow(scene, "data send#2>recv#3 8"), qPrintable(all.join('\n')));
        QVERIFY(hasArrow(scene, "fin shutdown#2>recv#3")); // the recv that read end-of-file
        QVERIFY(hasArrow(scene, "data send#3>recv#2 9"));
        QVERIFY(hasArrow(scene, "fin close#3>recv#2"));
        // send() after SHUT_WR failed: an error box, and no bytes crossed.
        QVERIFY(
            std::any_of(scene.calls().begin(), scene.calls().end(), [](const LadderScene::Call& c) {
                return c.name() == QLatin1String("send") && c.error
                    && c.result() == QLatin1String("EPIPE");
            }));
        QCOMPARE(all.filter(QStringLiteral("data ")).size(), 2);
        QVERIFY(!hasArrow(scene, "fin close#2>recv#3"));
    }

    void udpDatagrams()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("udp-sendto-recvfrom")));
        const LadderScene& scene = window.pictures()->sequence()->scene();
        QCOMPARE(laneTitles(scene), QStringList({ "#1 datagram", "#2 datagram", "#3 datagram" }));
        const QStringList datagrams = arrows(scene).filter(QStringLiteral("datagram "));
        QCOMPARE(
            datagrams,
            QStringList({ "datagram sendto#2>recvfrom#1 13", "datagram sendto#3>recvfrom#1 13",
                          "datagram sendto#1>recvfrom#2 4", "datagram sendto#2>recvfrom#1 4" }));
        QVERIFY(!hasArrow(scene, "datagram sendto#3>recvfrom#2 13"));
    }

    // The geometry: by order a call's row is its place; the band of y finds exactly the
    // calls inside it, hit-testing finds the box, and real time keeps the order.
    void layoutFindsTheVisibleCalls()
    {
        LadderScene scene;
        const auto t0 = core::WallClock::now();
        for (int i = 0; i < 1000; ++i) {
            core::CallRecord r;
            r.command = core::CommandId(i + 1);
            r.socket = 1 + i % 2;
            r.kind = core::CallKind::GetSockName;
            r.text = "getsockname(3) = 0";
            r.started = t0 + std::chrono::milliseconds(i < 500 ? i : 500 + (i - 500) * 10);
            scene.addRecord(r);
        }
        LadderLayout layout;
        const double y = layout.yOfCall(scene, 400);
        const auto [b, e] = layout.callsIn(scene, y, y + 10 * layout.rowStep());
        QVERIFY(b <= 400 && b >= 398);
        QVERIFY(e >= 411 && e <= 413);
        const int lane = scene.calls()[400].lane;
        const double x = layout.laneX(LadderLayout::positions(scene)[std::size_t(lane)]);
        QCOMPARE(layout.callAt(scene, QPointF(x, y + 3)), 400);
        QCOMPARE(layout.callAt(scene, QPointF(x + layout.boxWidth, y)), -1); // between lanes
        layout.zoom = 2;
        QCOMPARE(layout.yOfCall(scene, 401) - layout.yOfCall(scene, 400), 2 * layout.rowHeight);
        layout.axis = LadderLayout::Axis::Time;
        // The second half is ten times slower: ten times the room per call.
        const double early = layout.yOfCall(scene, 101) - layout.yOfCall(scene, 100);
        const double late = layout.yOfCall(scene, 901) - layout.yOfCall(scene, 900);
        QVERIFY2(std::abs(late / early - 10) < 0.01, qPrintable(QString::number(late / early)));
        const auto [tb, te] =
            layout.callsIn(scene, layout.yOfCall(scene, 900), layout.yOfCall(scene, 900));
        QVERIFY(tb <= 900 && te > 900 && te - tb < 5);
        QCOMPARE(LadderScene::bytesLabel(5, QByteArray("a\"\x01\n", 4)),
                 QStringLiteral("5 B \"a\\\"\\x01\\n…\""));
    }

    // A socketpair's two ends sit side by side; two sends read by one recv draw two arrows.
    void unixStreamPair()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("unix-stream")));
        const LadderScene& scene = window.pictures()->sequence()->scene();
        QCOMPARE(laneTitles(scene).mid(0, 2), QStringList({ "#1 pair", "#2 pair" }));
        const QStringList all = arrows(scene);
        QVERIFY2(hasArrow(scene, "data send#1>recv#2 5"), qPrintable(all.join('\n')));
        QVERIFY(hasArrow(scene, "data send#2>recv#1 5"));
        QCOMPARE(all.filter(QStringLiteral("data send#1>recv#2 4")).size(), 2);
        QVERIFY(hasArrow(scene, "fin shutdown#1>recv#2"));
        QVERIFY(hasArrow(scene, "fin close#2>recv#1"));
        QVERIFY(!hasArrow(scene, "data send#1>recv#2 8"));
    }

#if defined(__linux__)
    // A UNIX client through a listener is unnamed: accept() reports no address to match,
    // so it is paired as the kernel hands connections over, oldest first.
    void unixListenerPairsUnnamedClients()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        const QString name =
            QStringLiteral("unix:@spg-sequence-%1").arg(QCoreApplication::applicationPid());
        window.scenarioPanel()->setText(QStringLiteral("srv = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                                       "bind(srv, %1)\n"
                                                       "listen(srv, 4)\n"
                                                       "c1 = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                                       "connect(c1, srv.local)\n"
                                                       "c2 = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                                       "connect(c2, srv.local)\n"
                                                       "a1 = accept(srv)\n"
                                                       "a2 = accept(srv)\n"
                                                       "send(c2, \"two\", 0)\n"
                                                       "recv(a2, 64, 0)\n")
                                            .arg(name),
                                        QStringLiteral("lab"));
        bool finished = false;
        QObject::connect(window.scenarioPanel(), &ScenarioPanel::finished, &window,
                         [&](bool, const QString&) { finished = true; });
        window.scenarioPanel()->run();
        QTRY_VERIFY(finished);
        const LadderScene& scene = window.pictures()->sequence()->scene();
        QCOMPARE(scene.lanes()[std::size_t(scene.laneOf(4))].peer, core::SocketId(2));
        QCOMPARE(scene.lanes()[std::size_t(scene.laneOf(5))].peer, core::SocketId(3));
        QVERIFY2(hasArrow(scene, "data send#3>recv#5 3"), qPrintable(arrows(scene).join('\n')));
        QVERIFY(!hasArrow(scene, "data send#3>recv#4 3"));
    }
#endif

    // Clicking a box selects its call in the log, and a log row selects its box.
    void selectionIsLinked()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("tcp-server-client")));
        SequenceView* view = window.pictures()->sequence();
        window.pictures()->setCurrentWidget(view);
        const LadderScene& scene = view->scene();
        const LadderScene::Arrow* data = arrowNamed(scene, "data send#2>recv#3 7");
        QVERIFY(data);
        emit view->callClicked(scene.calls()[std::size_t(data->to)].command);
        // Its bytes are selected in the hex view of its socket.
        const LadderScene::Call& recv = scene.calls()[std::size_t(data->to)];
        QCOMPARE(window.hexPanel()->currentKey(), qint64(3));
        QCOMPARE(window.hexPanel()->view()->selection(),
                 (std::pair<quint64, quint64>(recv.dataOffset, recv.dataOffset + 7)));
        const QModelIndex row = window.logView()->currentIndex();
        QVERIFY(row.isValid());
        QVERIFY(row.sibling(row.row(), 2).data().toString().startsWith(QStringLiteral("recv(")));
        const int other = data->from;
        window.logView()->setCurrentIndex(window.logView()->model()->index(0, 0));
        QCOMPARE(view->selectedCall(), 0);
        QVERIFY(other != 0);
    }

    // A long run keeps only the newest calls: the oldest go, the view says how many, and the
    // kept calls' arrows and their link to the log still name the right calls.
    void boundedHistoryKeepsTheNewest()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.resize(1400, 900);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("tcp-server-client")));
        SequenceView* view = window.pictures()->sequence();
        window.pictures()->setCurrentWidget(view);
        LadderScene& scene = view->scene();
        const LadderScene::Arrow* data = arrowNamed(scene, "data send#2>recv#3 7");
        QVERIFY(data);
        const int recvIndex = data->to;
        const qint64 total = scene.endCall();
        QVERIFY(data->from < recvIndex);
        // Keep the calls from the recv on: its send is dropped, the recv is the oldest kept.
        scene.setCap(std::size_t(total - recvIndex));
        view->sceneChanged();
        QCOMPARE(scene.droppedCalls(), qint64(recvIndex));
        QCOMPARE(qint64(scene.calls().size()), total - recvIndex);
        QCOMPARE(scene.endCall(), total);
        auto* label = view->findChild<QLabel*>(QStringLiteral("sequenceDropped"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("%1 older calls not drawn").arg(recvIndex));
        const QStringList all = arrows(scene);
        QVERIFY2(hasArrow(scene, "data dropped>recv#3 7"), qPrintable(all.join('\n')));
        QVERIFY(!hasArrow(scene, "data send#2>recv#3 7"));
        QVERIFY(std::all_of(scene.arrows().begin(), scene.arrows().end(),
                            [&](const LadderScene::Arrow& a) { return a.toRow >= recvIndex; }));
        QCOMPARE(scene.callOf(scene.call(recvIndex).command), recvIndex);
        QVERIFY(view->grab().width() > 0); // Paints an arrow whose send is gone.
        // A real click on the recv's box selects it and its row in the log.
        view->setFollow(false);
        const LadderLayout& layout = view->layout();
        const double y = layout.yOfCall(scene, std::size_t(recvIndex));
        const double x = layout.laneX(LadderLayout::positions(scene)[std::size_t(
            scene.call(recvIndex).lane)]);
        view->scrollToY(0);
        view->horizontalScrollBar()->setValue(std::max(0, int(x) - 200));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          QPoint(int(x) - view->horizontalScrollBar()->value(),
                                 int(y) - view->verticalScrollBar()->value()));
        QCOMPARE(view->selectedCall(), recvIndex);
        const QModelIndex row = window.logView()->currentIndex();
        QVERIFY(row.isValid());
        QVERIFY(row.sibling(row.row(), 2).data().toString().startsWith(QStringLiteral("recv(")));
    }

    void exportedSvgHoldsTheLabels()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QVERIFY(runDemo(window, QStringLiteral("half-close")));
        SequenceView* view = window.pictures()->sequence();
        window.pictures()->setCurrentWidget(view);
        view->scrollToY(0);
        ImageOptions options;
        options.size = QSize(900, 900);
        QXmlStreamReader xml(viewSvg(view, options));
        QStringList texts;
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("text"))
                texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(texts.contains(QStringLiteral("connect = 0")), qPrintable(texts.join('|')));
        QVERIFY(texts.contains(QStringLiteral("8 B \"request\\n\"")));
        QVERIFY(texts.contains(QStringLiteral("FIN")));
        QCOMPARE(viewName(view), QStringLiteral("sequence"));
    }
};

QTEST_MAIN(TestSequence)
#include "test_sequence.moc"
