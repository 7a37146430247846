// Every model under QAbstractItemModelTester, fed the way the engine feeds them: batches of
// snapshots, call records and loop records, including growth past the history cap.
#include "ui/call_log_model.h"
#include "ui/event_model.h"
#include "ui/follow_tail.h"
#include "ui/socket_menu.h"
#include "ui/loop_cost_text.h"
#include "ui/socket_model.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>
#include <sys/socket.h>

using namespace spg;
using namespace spg::ui;

namespace {

core::SocketSnapshot snap(core::SocketId id, core::Lifecycle life, std::string local,
                          std::string peer = {}, core::SocketId parent = core::kNoSocket)
{
    core::SocketSnapshot s;
    s.id = id;
    s.fd = id + 4;
    s.domain = AF_INET;
    s.type = SOCK_STREAM;
    s.lifecycle = life;
    s.local = std::move(local);
    s.peer = std::move(peer);
    s.parent = parent;
    return s;
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT

private slots:
    void socketTreeShowsAcceptedAndPendingChildren()
    {
        SocketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto listener = snap(1, core::Lifecycle::Listening, "127.0.0.1:5000");
        listener.acceptQueue = 2;
        listener.acceptLimit = 1;
        model.apply({ listener,
                      snap(2, core::Lifecycle::Connected, "127.0.0.1:40001", "127.0.0.1:5000"),
                      snap(3, core::Lifecycle::Connected, "127.0.0.1:40002", "127.0.0.1:5000") });
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex l = model.indexOf(1);
        QCOMPARE(model.rowCount(l), 2); // Both clients wait in the queue.
        QVERIFY(model.index(0, 0, l).data(SocketModel::PendingRole).toBool());
        QCOMPARE(model.index(0, SocketModel::Queue).data().toString(), QStringLiteral("queue 2 / backlog 1"));
        QVERIFY(model.index(0, SocketModel::Queue).data(SocketModel::GaugeRole).toDouble() > 0.99);
        // accept() takes client 2: its server side appears as a child, client 2 is no longer pending.
        model.apply({ snap(4, core::Lifecycle::Connected, "127.0.0.1:5000", "127.0.0.1:40001", 1) });
        QCOMPARE(model.rowCount(l), 2);
        QCOMPARE(model.socketAt(model.index(0, 0, l)), 4);
        QVERIFY(!model.index(0, 0, l).data(SocketModel::PendingRole).toBool());
        QCOMPARE(model.socketAt(model.index(1, 0, l)), 3);
        QVERIFY(model.index(1, 0, l).data(SocketModel::PendingRole).toBool());
        // Closing client 3 removes its pending row.
        model.apply({ snap(3, core::Lifecycle::Closed, "", "") });
        QCOMPARE(model.rowCount(l), 1);
        QCOMPARE(model.indexOf(4).parent(), l);
    }

    // Two listeners, one on every interface, 200 clients between them, then half accepted in
    // several batches: each waiting client sits under its own listener, accepted rows keep
    // their places while pending rows come and go, and pendingFor() says what the rows show.
    void socketTreeAtScaleKeepsRowsAndPending()
    {
        SocketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto wide = snap(1, core::Lifecycle::Listening, "0.0.0.0:6000");
        wide.wildcard = true;
        model.apply({ snap(2, core::Lifecycle::Listening, "127.0.0.1:5000"), wide });
        std::vector<core::SocketSnapshot> clients;
        for (core::SocketId id = 10; id < 210; ++id)
            clients.push_back(snap(id, core::Lifecycle::Connected,
                                   "127.0.0.1:" + std::to_string(30000 + id),
                                   id % 2 ? "127.0.0.1:6000" : "127.0.0.1:5000"));
        model.apply(clients);
        QCOMPARE(model.rowCount(model.indexOf(2)), 100);
        QCOMPARE(model.rowCount(model.indexOf(1)), 100);
        QCOMPARE(model.pendingFor(*model.socket(1)).size(), std::size_t(100));
        core::SocketId next = 1000;
        for (int batch = 0; batch < 3; ++batch) {
            std::vector<core::SocketSnapshot> accepted;
            for (core::SocketId id = 10 + 30 * batch; id < 40 + 30 * batch; ++id)
                accepted.push_back(snap(next++, core::Lifecycle::Connected,
                                        id % 2 ? "127.0.0.1:6000" : "127.0.0.1:5000",
                                        "127.0.0.1:" + std::to_string(30000 + id), id % 2 ? 1 : 2));
            model.apply(accepted);
        }
        const QModelIndex narrow = model.indexOf(2);
        QCOMPARE(model.rowCount(narrow), 100); // 45 accepted, then 55 still waiting.
        QCOMPARE(model.pendingFor(*model.socket(2)).size(), std::size_t(55));
        for (core::SocketId id = 1000; id < next; ++id) {
            const QModelIndex at = model.indexOf(id);
            QVERIFY(at.isValid());
            QCOMPARE(model.socketAt(at), id);
            QVERIFY(!at.data(SocketModel::PendingRole).toBool());
        }
        QVERIFY(model.index(45, 0, narrow).data(SocketModel::PendingRole).toBool());
        QCOMPARE(model.socketAt(model.index(45, 0, narrow)), core::SocketId(100));
        // The listener closes: its waiting clients are no longer shown as waiting.
        model.apply({ snap(2, core::Lifecycle::Closed, "") });
        QCOMPARE(model.rowCount(narrow), 45);
        QVERIFY(model.pendingFor(*model.socket(2)).empty());
    }

    // The status bar's wait cost says what LoopStats measured, in the backend's own words.
    void waitCostInWords()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(durationText(100), QStringLiteral("0.1 µs"));
        QCOMPARE(durationText(12345), QStringLiteral("12.3 µs"));
        QCOMPARE(durationText(520000), QStringLiteral("0.52 ms"));
        QCOMPARE(durationText(1.5e9), QStringLiteral("1.5 s"));
        QCOMPARE(durationText(250e6), QStringLiteral("0.25 s"));
        core::LoopStats s;
        QVERIFY(waitCostText(s).isEmpty()); // Nothing measured yet: nothing said.
        s.backend = core::Backend::Poll;
        s.timedIterations = 4;
        s.waitCpuNs = 4 * 520000;
        s.busyNs = 4 * 4000;
        s.watched = 10000;
        QCOMPARE(waitCostText(s), QStringLiteral("poll(): 0.52 ms CPU per call, 10,000 fds · loop 4 µs besides"));
        s.backend = core::Backend::Epoll;
        QVERIFY(waitCostText(s).startsWith(QStringLiteral("epoll_wait(): ")));
        QVERIFY(waitCostExplanation(s).contains(QStringLiteral("only the fds that are ready")));
    }

    void socketWordsAndWildcardFlag()
    {
        SocketModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto s = snap(1, core::Lifecycle::Bound, "0.0.0.0:8080");
        s.wildcard = true;
        s.tcpState = core::TcpState::Closed;
        s.blockedIn = "accept";
        model.apply({ s });
        QVERIFY(model.index(0, SocketModel::Local).data().toString().contains(QStringLiteral("all interfaces")));
        QCOMPARE(model.index(0, SocketModel::State).data().toString(), QStringLiteral("bound · CLOSED"));
        QCOMPARE(model.index(0, SocketModel::Blocked).data().toString(), QStringLiteral("blocked in accept()"));
        QCOMPARE(model.index(0, SocketModel::Kind).data().toString(), QStringLiteral("TCP/IPv4"));
    }

    void callLogAppendsInBatchesAndCaps()
    {
        CallLogModel model(5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        std::vector<core::CallRecord> batch;
        for (int i = 0; i < 3; ++i) {
            core::CallRecord r;
            r.text = "close(" + std::to_string(i) + ") = 0";
            batch.push_back(r);
        }
        model.append(std::move(batch));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        std::vector<core::CallRecord> more(4);
        more[3].text = "connect(5, ...) = -1 ECONNREFUSED (Connection refused)";
        more[3].result = -1;
        more[3].error = ECONNREFUSED;
        model.append(std::move(more));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.dropped(), std::size_t(2));
        const QModelIndex last = model.index(4, CallLogModel::Result);
        QCOMPARE(last.data().toString(), QStringLiteral("ECONNREFUSED"));
        QVERIFY(last.data(CallLogModel::FailedRole).toBool());
        QVERIFY(model.index(4, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Connection refused")));
        QVERIFY(model.toText().contains(QStringLiteral("ECONNREFUSED")));
    }

    void callLogFilterBySocketAndFailures()
    {
        CallLogModel model(100);
        CallLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<core::CallRecord> batch(4);
        batch[0].socket = 1;
        batch[1].socket = 2;
        batch[2].socket = 1;
        batch[2].result = -1;
        batch[2].error = EAGAIN;
        batch[3].socket = 2;
        model.append(std::move(batch));
        filter.setSocket(1);
        QCOMPARE(filter.rowCount(), 2);
        filter.setFailuresOnly(true);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSocket(core::kNoSocket);
        filter.setFailuresOnly(false);
        QCOMPARE(filter.rowCount(), 4);
    }

    void eventModelShowsRawRecordsAndPending()
    {
        EventModel model(3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        core::LoopRecord r;
        r.backend = core::Backend::Poll;
        r.socket = 1;
        r.fd = 5;
        r.ready = core::ReadyRead;
        r.raw = core::RawPoll { 5, 1, 1 };
        r.meaning = { core::makeMessage(
            "spg::events", "listening socket readable: %1 connection(s) waiting for accept()", 2) };
        model.append({ r, r, r, r });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.dropped(), std::size_t(1));
        QVERIFY(model.index(0, EventModel::Raw).data().toString().contains(QStringLiteral("revents=POLLIN")));
        QCOMPARE(model.index(0, EventModel::Status).data().toString(), QStringLiteral("pending"));
        QCOMPARE(model.index(0, EventModel::Ready).data().toString(), QStringLiteral("readable"));
    }

    // 10,000 sockets ready in one frame: the batch keeps its first records and one row that
    // counts the rest, so the work per batch is bounded and nothing goes unsaid.
    void eventModelBoundsEachBatchAndCountsTheRest()
    {
        EventModel model(100, 4);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<core::LoopRecord> batch(10);
        for (std::size_t i = 0; i < batch.size(); ++i) {
            batch[i].iteration = 7 + i / 5;
            batch[i].socket = core::SocketId(i + 1);
            batch[i].meaning = { core::makeMessage("spg::events", "writable") };
        }
        model.append(std::move(batch));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.notKept(), std::size_t(6));
        QCOMPARE(model.index(3, EventModel::Socket).data().toString(), QStringLiteral("#4 fd -1"));
        QCOMPARE(model.index(4, EventModel::Status).data().toString(), QStringLiteral("not kept"));
        QVERIFY(model.index(4, EventModel::Meaning).data().toString().startsWith(QStringLiteral("6 more")));
        QCOMPARE(model.index(4, EventModel::Iteration).data().toString(), QStringLiteral("7–8"));
        model.append(std::vector<core::LoopRecord>(4)); // At the bound: no summary.
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.notKept(), std::size_t(6));
        model.clear();
        QCOMPARE(model.notKept(), std::size_t(0));
    }

    void logFollowsTheTailUnlessTheUserScrolledUp()
    {
        CallLogModel model(1000);
        QTableView view;
        view.setModel(&model);
        view.resize(400, 200);
        view.show();
        FollowTail tail(&view, 10);
        model.append(std::vector<core::CallRecord>(200));
        QScrollBar* bar = view.verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0 && bar->value() == bar->maximum());
        bar->setValue(0); // The user scrolls up to read.
        QVERIFY(!tail.following());
        model.append(std::vector<core::CallRecord>(50));
        QTest::qWait(50);
        QCOMPARE(bar->value(), 0);
        bar->setValue(bar->maximum()); // Back at the end: following again.
        model.append(std::vector<core::CallRecord>(50));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QCOMPARE(model.rowCount(), 300);
    }

    // Text that reaches a model from a file (a UNIX path, a payload, a note) shows its control
    // bytes escaped as the log prints them: ESC as \33, a newline as \n, so a path can neither
    // break a row nor carry a terminal sequence into a tooltip that is copied.
    void modelsEscapeControlBytesInWhatTheyShow()
    {
        static const char kNasty[] = "unix:/tmp/a\x1b]52;c;aGk=\x07\r\nb\0c";
        const std::string nasty(kNasty, sizeof kNasty - 1);
        const auto clean = [](const QVariant& v) {
            for (const QChar c : v.toString())
                if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0))
                    return false;
            return true;
        };
        SocketModel sockets;
        QAbstractItemModelTester socketTester(&sockets);
        core::SocketSnapshot s = snap(1, core::Lifecycle::Listening, nasty, nasty);
        s.note = nasty;
        sockets.apply({ s });
        for (int column : { int(SocketModel::Local), int(SocketModel::Peer), int(SocketModel::Blocked) })
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                QVERIFY2(clean(sockets.index(0, column).data(role)), qPrintable(QString::number(column)));
        QCOMPARE(sockets.index(0, SocketModel::Local).data().toString(),
                 QStringLiteral("unix:/tmp/a\\33]52;c;aGk=\\7\\15\\nb\\0c"));

        CallLogModel log(100);
        QAbstractItemModelTester logTester(&log);
        core::CallRecord r;
        r.text = "bind(5, " + nasty + ") = 0";
        r.note = nasty;
        log.append({ r });
        for (int column = 0; column < log.columnCount(); ++column)
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                QVERIFY2(clean(log.index(0, column).data(role)), qPrintable(QString::number(column)));
        QVERIFY(log.index(0, CallLogModel::Note).data().toString().contains(QStringLiteral("\\33]52")));

        EventModel events(100);
        QAbstractItemModelTester eventTester(&events);
        core::LoopRecord e;
        e.meaning = { core::makeMessage("spg::events", "error pending: %1", nasty) };
        events.append({ e });
        for (int column = 0; column < events.columnCount(); ++column)
            for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole) })
                QVERIFY2(clean(events.index(0, column).data(role)), qPrintable(QString::number(column)));
    }

    void menuSuggestsCallsForTheState()
    {
        const auto listening = suggestedCalls(snap(1, core::Lifecycle::Listening, "x"));
        QCOMPARE(listening.front(), core::CallKind::Accept);
        const auto created = suggestedCalls(snap(1, core::Lifecycle::Created, ""));
        QCOMPARE(created.front(), core::CallKind::Bind);
        const auto connected = suggestedCalls(snap(1, core::Lifecycle::Connected, ""));
        QCOMPARE(connected.front(), core::CallKind::Send);
    }
};

QTEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
