// Every model under QAbstractItemModelTester, fed the way the engine feeds them: batches of
// snapshots, call records and loop records, including growth past the history cap.
#include "snapshots.h"
#include "ui/call_log_model.h"
#include "ui/event_model.h"
#include "ui/follow_tail.h"
#include "ui/loop_cost_text.h"
#include "ui/row_ring.h"
#include "ui/socket_menu.h"
#include "ui/socket_model.h"

#include <QAbstractItemModelTester>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>
#include <sys/socket.h>

#include <memory>
#include <numeric>
#include <tuple>

using namespace spg;
using namespace spg::ui;
using spg::uitest::snap;

namespace {

// A record with every field set, each from `i`, so two records differ in every field.
core::CallRecord fullRecord(int i)
{
    core::CallRecord r;
    r.command = core::CommandId(1000 + i);
    r.kind = core::CallKind::RecvMsg;
    r.phase = i % 2 ? core::CallPhase::Done : core::CallPhase::Cancelled;
    r.socket = core::SocketId(10 + i);
    r.fd = 20 + i;
    r.text = "recvmsg(" + std::to_string(20 + i) + ", ...) = " + std::to_string(i);
    r.result = i;
    r.error = i % 7;
    r.note = "note " + std::to_string(i);
    r.noteWhat = core::makeMessage("spg::events", "error pending: %1", std::to_string(i));
    r.textWhat = core::makeMessage("spg::engine", "cancel: %1", std::to_string(i));
    r.started = core::WallClock::time_point(std::chrono::nanoseconds(123456789 + i));
    r.durationNs = 500 + i;
    r.automatic = i % 3 == 0;
    r.calls = std::uint32_t(1 + i);
    r.unwatchable = i % 2 == 0;
    r.created = core::SocketId(30 + i);
    r.created2 = core::SocketId(40 + i);
    r.hasData = i % 2 == 0;
    r.direction = i % 2 ? core::Direction::Sent : core::Direction::Received;
    r.dataOffset = core::ByteOffset(5000 + i);
    r.dataLength = std::uint64_t(600 + i);
    r.msgFlags = MSG_TRUNC | i;
    r.peer = "127.0.0.1:" + std::to_string(7000 + i);
    r.value = "value " + std::to_string(i);
    r.number = 900 + i;
    r.peeked = "peek" + std::to_string(i);
    r.revents = { short(i), short(i + 1) };
    r.sockaddr = std::string(16, char(i));
    r.selected = { std::vector<bool> { true, i % 2 == 0 }, std::vector<bool> { false },
                   std::vector<bool>(std::size_t(1 + i % 3), true) };
    r.epollEvents = { core::EpollReady { core::SocketId(50 + i), unsigned(i), std::uint64_t(i) } };
    core::KEvent64 k;
    k.ident = std::uint64_t(60 + i);
    k.filter = std::int16_t(-1 - i);
    k.flags = std::uint16_t(i);
    k.fflags = std::uint32_t(80 + i);
    k.data = 70 + i;
    k.udata = std::uint64_t(90 + i);
    k.ext[0] = std::uint64_t(100 + i);
    k.ext[1] = std::uint64_t(110 + i);
    r.kevents = { k };
    return r;
}

// Every field of a CallRecord, one by one. A field added to CallRecord changes its size and
// stops this test at compile time until the comparison names it too.
bool sameRecord(const core::CallRecord& a, const core::CallRecord& b)
{
    static_assert(sizeof(core::CallRecord) == 568 + sizeof(core::Message), "a CallRecord field was added: compare it below");
    const auto kevents = [](const std::vector<core::KEvent64>& v) {
        std::vector<std::tuple<std::uint64_t, int, unsigned, std::uint32_t, std::int64_t,
                               std::uint64_t, std::uint64_t, std::uint64_t>> out;
        for (const core::KEvent64& k : v)
            out.emplace_back(k.ident, k.filter, k.flags, k.fflags, k.data, k.udata, k.ext[0],
                             k.ext[1]);
        return out;
    };
    return a.command == b.command && a.kind == b.kind && a.phase == b.phase
        && a.socket == b.socket && a.fd == b.fd && a.text == b.text && a.result == b.result
        && a.error == b.error && a.note == b.note && a.noteWhat == b.noteWhat && a.textWhat == b.textWhat
        && a.started == b.started && a.durationNs == b.durationNs && a.automatic == b.automatic
        && a.calls == b.calls && a.unwatchable == b.unwatchable && a.created == b.created
        && a.created2 == b.created2 && a.hasData == b.hasData && a.direction == b.direction
        && a.dataOffset == b.dataOffset && a.dataLength == b.dataLength
        && a.msgFlags == b.msgFlags && a.peer == b.peer && a.value == b.value
        && a.number == b.number && a.peeked == b.peeked && a.revents == b.revents
        && a.sockaddr == b.sockaddr && a.selected == b.selected
        && a.epollEvents == b.epollEvents && kevents(a.kevents) == kevents(b.kevents);
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
        s.wait().timedIterations = 4;
        s.wait().waitCpuNs = 4 * 520000;
        s.wait().busyNs = 4 * 4000;
        s.wait().lastWaitNs = 100'000'000;
        s.wait().watched = 10000;
        QCOMPARE(waitCostText(s), QStringLiteral("poll(): 0.52 ms CPU per call, 10,000 fds · loop 4 µs besides"));
        QVERIFY(waitCostExplanation(s).contains(
            QStringLiteral("The last call took 0.1 s from call to return")));
        // One backend measured: nothing to set beside it.
        QVERIFY(waitCostComparison(s).isEmpty());
        QVERIFY(!waitCostExplanation(s).contains(QStringLiteral("Measured in this run")));
        s.backend = core::Backend::Epoll;
        QVERIFY(waitCostText(s).isEmpty()); // epoll has not waited yet: poll's figures are not its.
        s.wait().timedIterations = 2;
        s.wait().waitCpuNs = 2 * 100;
        s.wait().watched = 10000;
        QVERIFY(waitCostText(s).startsWith(QStringLiteral("epoll_wait(): 0.1 µs CPU per call")));
        QVERIFY(waitCostExplanation(s).contains(QStringLiteral("only the fds that are ready")));
        const QString both = QStringLiteral("poll(): 0.52 ms CPU per call over 10,000 fds; "
                                            "epoll_wait(): 0.1 µs CPU per call over 10,000 fds");
        QCOMPARE(waitCostComparison(s), both);
        QVERIFY(waitCostExplanation(s).endsWith(QStringLiteral("Measured in this run: ") + both
                                                + QLatin1Char('.')));
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

    // The comparison below must see a change in any one field, or it proves nothing.
    void sameRecordSeesEveryField()
    {
        const core::CallRecord base = fullRecord(2);
        QVERIFY(sameRecord(base, fullRecord(2)));
        const core::CallRecord other = fullRecord(3);
        int fields = 0;
        const auto differs = [&](auto member) {
            core::CallRecord changed = base;
            changed.*member = other.*member;
            ++fields;
            return !sameRecord(base, changed);
        };
        using R = core::CallRecord;
        QVERIFY(differs(&R::command) && differs(&R::phase) && differs(&R::socket));
        QVERIFY(differs(&R::fd) && differs(&R::text) && differs(&R::result) && differs(&R::error));
        QVERIFY(differs(&R::note) && differs(&R::noteWhat) && differs(&R::textWhat) && differs(&R::started));
        QVERIFY(differs(&R::durationNs) && differs(&R::automatic) && differs(&R::calls));
        QVERIFY(differs(&R::unwatchable) && differs(&R::created) && differs(&R::created2));
        QVERIFY(differs(&R::hasData) && differs(&R::direction) && differs(&R::dataOffset));
        QVERIFY(differs(&R::dataLength) && differs(&R::msgFlags) && differs(&R::peer));
        QVERIFY(differs(&R::value) && differs(&R::number) && differs(&R::peeked));
        QVERIFY(differs(&R::revents) && differs(&R::sockaddr) && differs(&R::selected));
        QVERIFY(differs(&R::epollEvents) && differs(&R::kevents));
        QCOMPARE(fields, 31);
        core::CallRecord kind = base;
        kind.kind = core::CallKind::Send;
        QVERIFY(!sameRecord(base, kind));
    }

    // Records move into the log (no copy) and through its ring's recycled chunks: each kept
    // row must still hold every field it was given, past the cap and across chunk edges.
    // A refused call: the window shows "listen(...)", a copied or saved line says it was not
    // made and why; an engine line refused at start-up keeps its own words.
    void refusedCallsSayWhatWasNotMade()
    {
        core::CallRecord r;
        r.kind = core::CallKind::Listen;
        r.phase = core::CallPhase::Refused;
        r.text = "listen(...) not made: there is no socket #9";
        core::setNote(r, core::noteMessage("there is no socket #%1", 9));
        QCOMPARE(ui::CallLogModel::callText(r), QStringLiteral("listen(...)"));
        QCOMPARE(ui::CallLogModel::lineText(r),
                 QStringLiteral("listen(...) not made  /* there is no socket #9 */"));
        core::CallRecord fallback;
        fallback.kind = core::CallKind::SetBackend;
        fallback.phase = core::CallPhase::Refused;
        core::setEngineLine(fallback, "backend %1: %2", "kqueue", "not here");
        core::setNote(fallback, core::noteMessage("using poll instead"));
        QCOMPARE(ui::CallLogModel::callText(fallback), QStringLiteral("backend kqueue: not here"));
        QCOMPARE(ui::CallLogModel::lineText(fallback),
                 QStringLiteral("backend kqueue: not here  /* using poll instead */"));
    }

    void callLogKeepsEveryFieldOfMovedRecords()
    {
        CallLogModel model(700);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        int next = 0;
        for (int size : { 1, 255, 256, 300, 999, 3, 513 }) {
            std::vector<core::CallRecord> batch;
            for (int i = 0; i < size; ++i)
                batch.push_back(fullRecord(next++));
            model.append(std::move(batch));
            QCOMPARE(std::size_t(model.rowCount()) + model.dropped(), std::size_t(next));
            for (int row = 0; row < model.rowCount(); ++row) {
                const int i = int(model.dropped()) + row;
                QVERIFY2(sameRecord(model.row(row), fullRecord(i)), qPrintable(QString::number(i)));
            }
        }
        QCOMPARE(model.rowCount(), 700);
    }

    void rowRingKeepsOrderAndFreesDroppedRows()
    {
        RowRing<std::shared_ptr<int>, 4> ring;
        std::vector<std::weak_ptr<int>> watch;
        for (int i = 0; i < 11; ++i) {
            auto value = std::make_shared<int>(i);
            watch.push_back(value);
            ring.push_back(std::move(value));
        }
        QCOMPARE(ring.size(), std::size_t(11));
        ring.pop_front(5); // across a chunk edge
        QCOMPARE(ring.size(), std::size_t(6));
        QCOMPARE(*ring.front(), 5);
        QCOMPARE(*ring.back(), 10);
        for (int i = 11; i < 20; ++i) // reuses the chunks given back
            ring.push_back(std::make_shared<int>(i));
        std::vector<int> seen;
        for (const auto& p : ring)
            seen.push_back(*p);
        std::vector<int> expected(15);
        std::iota(expected.begin(), expected.end(), 5);
        QCOMPARE(seen, expected);
        const auto at = std::lower_bound(ring.begin(), ring.end(), 12,
                                         [](const std::shared_ptr<int>& p, int v) { return *p < v; });
        QCOMPARE(at - ring.begin(), 7);
        ring.pop_front(100);
        QVERIFY(ring.empty());
        ring.push_back(std::make_shared<int>(42));
        QCOMPARE(*ring[0], 42);
        // Dropped rows hold their memory only until their slots are written again: after
        // more rows than the spare chunks hold pass through, none of the first is alive.
        const std::size_t through = (RowRing<int, 4>::kSpareChunks + 2) * 4;
        for (std::size_t i = 0; i < through; ++i) {
            ring.push_back(std::make_shared<int>(int(i)));
            ring.pop_front();
        }
        for (std::size_t i = 0; i < watch.size(); ++i)
            QVERIFY2(watch[i].expired(), qPrintable(QString::number(i)));
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
