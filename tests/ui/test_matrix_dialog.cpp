// Help → Call × state table: the model under QAbstractItemModelTester fed a known result,
// and the dialog playing a part of the matrix through a real engine on its worker thread
// while the GUI thread stays free.
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/matrix_dialog.h"
#include "ui/matrix_model.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QMenuBar>
#include <QTableView>
#include <QtTest>

using namespace spg;
using namespace spg::ui;

class TestMatrixDialog : public QObject {
    Q_OBJECT

private slots:
    void modelLaysOutCallsByStates();
    void dialogRunsOnAWorker();
    void helpMenuOffersIt();
};

namespace {

core::MatrixCell cell(const char* call, const char* state, bool blocking, std::size_t testLine)
{
    core::MatrixCell c;
    c.id = std::string("tcp.") + (blocking ? "blocking." : "nonblocking.") + state + "." + call;
    c.call = call;
    c.state = state;
    c.blocking = blocking;
    c.testLine = testLine;
    return c;
}

} // namespace

void TestMatrixDialog::modelLaysOutCallsByStates()
{
    MatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    std::vector<core::MatrixCell> cells = { cell("connect", "fresh", true, 1),
                                            cell("connect", "connected", true, 0),
                                            cell("recv", "connected", true, 0),
                                            cell("recv", "fresh", false, 0),
                                            cell("listen", "fresh", true, 0) };
    cells[1].deviation = "known engine bug";
    const std::vector<std::vector<std::string>> lines = {
        { "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>", "connect(<fd1>, {...}, 16) = 0" },
        { "connect(<fd1>, {...}, 16) = -1 EISCONN (Transport endpoint is already connected)" },
        { "recv(<fd1>, 0x..., 16, 0) = -1 EAGAIN (Resource temporarily unavailable)" },
        { "recv(<fd1>, 0x..., 16, 0) = -1 EAGAIN (Resource temporarily unavailable)" },
        {}, // the run stopped before this cell's call
    };
    model.setResults(cells, lines, { "", "", "", "", "still waiting" });
    model.setTable(core::MatrixFamily::Tcp, true);
    QCOMPARE(model.rowCount(), 3);    // connect, recv, listen
    QCOMPARE(model.columnCount(), 2); // fresh, connected
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QString("fresh"));
    QCOMPARE(model.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QString("connected"));
    QCOMPARE(model.headerData(2, Qt::Vertical, Qt::DisplayRole).toString(), QString("listen"));
    QCOMPARE(model.index(0, 0).data().toString(), QString("0"));
    QCOMPARE(model.index(0, 1).data().toString(), QString::fromUtf8("-1 EISCONN †"));
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
             QString("connect(<fd1>, {...}, 16) = 0"));
    QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains("known engine bug"));
    QVERIFY(!model.index(1, 0).data().isValid()); // recv was not made blocking on fresh
    QCOMPARE(model.index(2, 0).data().toString(), QString("(stopped)"));
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains("still waiting"));
    model.setTable(core::MatrixFamily::Tcp, false);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QString("-1 EAGAIN"));
    model.setTable(core::MatrixFamily::Udp, true);
    QCOMPARE(model.rowCount(), 0);
}

void TestMatrixDialog::dialogRunsOnAWorker()
{
    std::vector<core::MatrixCell> udp;
    for (core::MatrixCell& c : core::matrixCells())
        if (c.family == core::MatrixFamily::Udp)
            udp.push_back(std::move(c));
    MatrixDialog dialog(core::Backend::Poll, udp);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.show();
    QVERIFY(!dialog.finished()); // the constructor returned before the run ended
    QSignalSpy ready(&dialog, &MatrixDialog::resultsReady);
    QVERIFY(ready.wait(60000));
    QVERIFY(dialog.finished());
    // The UDP table: listen on a datagram socket is refused by the kernel.
    auto* tables = dialog.findChild<QComboBox*>();
    QVERIFY(tables);
    tables->setCurrentIndex(2); // UDP, blocking
    MatrixModel* m = dialog.model();
    int listenRow = -1;
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->headerData(r, Qt::Vertical, Qt::DisplayRole).toString() == "listen")
            listenRow = r;
    QVERIFY(listenRow >= 0);
    QCOMPARE(m->index(listenRow, 0).data().toString(), QString("-1 EOPNOTSUPP"));
    QVERIFY(m->index(listenRow, 0).data(Qt::ToolTipRole).toString().startsWith("listen("));
    QVERIFY(dialog.view()->isEnabled());
}

void TestMatrixDialog::helpMenuOffersIt()
{
    EngineBridge bridge;
    {
        MainWindow window(bridge);
        QAction* found = nullptr;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->text().remove('&') == QString::fromUtf8("Call × state table"))
                        found = a;
        QVERIFY(found);
    }
    bridge.shutdown();
}

QTEST_MAIN(TestMatrixDialog)

#include "test_matrix_dialog.moc"
