// The window driven by clicks and keystrokes only, against a real engine and real sockets
// on 127.0.0.1: the seeds' server/client flow, an error shown as data, and refused input.
#include "ui/address_field.h"
#include "ui/call_log_model.h"
#include "ui/call_panel.h"
#include "ui/engine_bridge.h"
#include "ui/epoll_fields.h"
#include "ui/fd_sets_field.h"
#include "ui/hex_panel.h"
#include "ui/hex_view.h"
#include "ui/main_window.h"
#include "core/scenario/scenario.h"
#include "ui/payload_editor.h"
#include "ui/scenario_panel.h"
#include "ui/poll_list_field.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include "core/sys/sys.h"
#include "core/words/calls.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTabBar>
#include <QTreeView>
#include <QTemporaryDir>
#include <QtTest>

using namespace spg;
using namespace spg::ui;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<EngineBridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;

    CallPanel* panel() { return m_window->callPanel(); }
    SocketModel* sockets() { return m_window->session().sockets(); }

    // Picks a call with the arrow keys in the focused combo box, as a keyboard user would.
    void chooseCall(const QString& name)
    {
        QComboBox* combo = panel()->findChild<QComboBox*>();
        const int target = combo->findText(name);
        QVERIFY(target >= 0);
        combo->setFocus();
        while (combo->currentIndex() < target)
            QTest::keyClick(combo, Qt::Key_Down);
        while (combo->currentIndex() > target)
            QTest::keyClick(combo, Qt::Key_Up);
        QCOMPARE(combo->currentText(), name);
    }

    void typeInto(QWidget* edit, const QString& text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    void clickPerform() { QTest::mouseClick(panel()->performButton(), Qt::LeftButton); }

    // Clicks a socket's row in the Sockets panel.
    void clickSocket(core::SocketId id)
    {
        QTreeView* view = m_window->socketView();
        const QModelIndex index = sockets()->indexOf(id);
        QVERIFY(index.isValid());
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(m_window->selectedSocket(), id);
    }

    core::SocketId newSocket()
    {
        const int before = sockets()->rowCount();
        chooseCall(QStringLiteral("socket"));
        clickPerform();
        [&] { QTRY_COMPARE(sockets()->rowCount(), before + 1); }();
        const core::SocketId id = sockets()->socketAt(sockets()->index(before, 0));
        [&] { QTRY_COMPARE(m_window->selectedSocket(), id); }();
        return id;
    }

    QString logText() { return m_window->session().log()->toText(); }

private slots:
    void init()
    {
        QSettings().clear();
        m_bridge = std::make_unique<EngineBridge>();
        m_window = std::make_unique<MainWindow>(*m_bridge);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_bridge.reset();
    }

    // An epoll instance by clicks: its own row in the Sockets panel, whose state is the
    // interest list the kernel reports, after epoll_ctl adds a socket edge-triggered.
    void epollInstanceRowShowsItsInterestList()
    {
#ifndef __linux__
        QSKIP("epoll is Linux's");
#endif
        const core::SocketId s = newSocket();
        const int before = sockets()->rowCount();
        chooseCall(QStringLiteral("epoll_create1"));
        clickPerform();
        QTRY_COMPARE(sockets()->rowCount(), before + 1);
        const core::SocketId ep = sockets()->socketAt(sockets()->index(before, 0));
        const int row = sockets()->indexOf(ep).row();
        QCOMPARE(sockets()->index(row, SocketModel::Kind).data().toString(), QStringLiteral("epoll instance"));
        QTRY_COMPARE(sockets()->index(row, SocketModel::State).data().toString(),
                     QStringLiteral("interest list empty"));
        clickSocket(ep);
        chooseCall(QStringLiteral("epoll_ctl"));
        QComboBox* watched = panel()->epollFields()->watchedBox();
        QVERIFY(watched->isVisible());
        // Only sockets are offered as the fd: the instance is the target, not a choice here.
        QCOMPARE(watched->count(), 1);
        QCOMPARE(watched->currentData().toInt(), s);
        // On the box's indicator, where a user clicks (the empty width right of a short label
        // is not the button's).
        QCheckBox* et = panel()->epollFields()->eventBox(QStringLiteral("EPOLLET"));
        QTest::mouseClick(et, Qt::LeftButton, {}, QPoint(8, et->height() / 2));
        QVERIFY(et->isChecked());
        clickPerform();
        // As /proc/self/fdinfo reports it: the kernel adds EPOLLERR|EPOLLHUP to every entry.
        QTRY_COMPARE(sockets()->index(row, SocketModel::State).data().toString(),
                     QStringLiteral("#%1 EPOLLIN|EPOLLERR|EPOLLHUP|EPOLLET").arg(s));
        QVERIFY(logText().contains(QStringLiteral("EPOLL_CTL_ADD")));
    }

    // epoll_ctl's socket list is built only while its form shows: sockets made under
    // another call's form leave it untouched (10,000 arriving would rebuild it per batch),
    // and choosing epoll_ctl lists every one of them.
    void epollSocketListWaitsForItsForm()
    {
#ifndef __linux__
        QSKIP("epoll is Linux's");
#endif
        const core::SocketId a = newSocket();
        const core::SocketId b = newSocket();
        QComboBox* watched = panel()->epollFields()->watchedBox();
        QVERIFY(!watched->isVisible());
        QTest::qWait(50); // Let the queued refresh run, had it been going to.
        QCOMPARE(watched->count(), 0);
        chooseCall(QStringLiteral("epoll_ctl"));
        QVERIFY(watched->isVisible());
        QCOMPARE(watched->count(), 2);
        QCOMPARE(watched->itemData(0).toInt(), a);
        QCOMPARE(watched->itemData(1).toInt(), b);
        // A socket made under another form again is listed when epoll_ctl shows again.
        chooseCall(QStringLiteral("socket"));
        clickPerform();
        chooseCall(QStringLiteral("epoll_ctl"));
        QTRY_COMPARE(watched->count(), 3);
    }

    void serverClientConversationByHand()
    {
        const core::SocketId server = newSocket();
        chooseCall(QStringLiteral("bind"));
        typeInto(panel()->addressField(), QStringLiteral("127.0.0.1:0"));
        QTest::keyClick(panel()->addressField(), Qt::Key_Return);
        QTRY_COMPARE(sockets()->socket(server)->lifecycle, core::Lifecycle::Bound);
        // The address as the kernel got it, byte by byte: port 0 in network order, sin_zero.
        QTRY_VERIFY(panel()->resultText().contains(QStringLiteral("sin_zero")));
        QVERIFY2(panel()->resultText().contains(QStringLiteral("7f 00 00 01")), qPrintable(panel()->resultText()));
        QVERIFY(panel()->resultText().contains(QStringLiteral("htons(0)")));
        chooseCall(QStringLiteral("listen"));
        typeInto(panel()->backlogBox(), QStringLiteral("1"));
        clickPerform();
        QTRY_COMPARE(sockets()->socket(server)->lifecycle, core::Lifecycle::Listening);
        const QString address = QString::fromStdString(sockets()->socket(server)->local);

        const core::SocketId client = newSocket();
        chooseCall(QStringLiteral("connect"));
        typeInto(panel()->addressField(), address);
        clickPerform();
        QTRY_COMPARE(sockets()->index(sockets()->indexOf(server).row(), SocketModel::Queue).data().toString(),
                     QStringLiteral("queue 1 / backlog 1"));
        // The client waits in the queue: it shows as the listener's pending child.
        QTRY_COMPARE(sockets()->rowCount(sockets()->indexOf(server)), 1);

        clickSocket(server);
        chooseCall(QStringLiteral("accept"));
        clickPerform();
        QTRY_VERIFY(sockets()->rowCount() >= 2 && sockets()->socket(client + 1));
        const core::SocketId conn = client + 1;
        QTRY_COMPARE(sockets()->socket(conn)->parent, server);

        clickSocket(client);
        chooseCall(QStringLiteral("send"));
        typeInto(panel()->payloadEditor()->editor(), QStringLiteral("hello"));
        clickPerform();
        QTRY_COMPARE(sockets()->socket(client)->bytesOut, std::uint64_t(5));

        clickSocket(conn);
        chooseCall(QStringLiteral("recv"));
        clickPerform();
        QTRY_COMPARE(sockets()->socket(conn)->bytesIn, std::uint64_t(5));

        HexView* hex = m_window->hexPanel()->view();
        QTRY_COMPARE(hex->hexDumpText(0, 5), QStringLiteral("68 65 6c 6c 6f"));
        QVERIFY(hex->isReceived(0));
        const QString log = logText();
        QVERIFY2(log.contains(QStringLiteral("listen(")) && log.contains(QStringLiteral(", 1) = 0")), qPrintable(log));
        QVERIFY(log.contains(QStringLiteral("connect(")));
        QVERIFY(log.contains(QStringLiteral("accept(")));
        QVERIFY(log.contains(QStringLiteral("send(%1, \"hello\", 5, MSG_NOSIGNAL) = 5").arg(sockets()->socket(client)->fd)));
        QVERIFY(log.contains(QStringLiteral("recv(%1, \"hello\", 1024, 0) = 5").arg(sockets()->socket(conn)->fd)));
    }

    void severalSelectedSocketsShowAsHexTabs()
    {
        const core::SocketId a = newSocket();
        const core::SocketId b = newSocket();
        clickSocket(a);
        QCOMPARE(m_window->hexPanel()->tabs()->isVisible(), false);
        QTreeView* view = m_window->socketView();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          view->visualRect(sockets()->indexOf(b)).center());
        QCOMPARE(m_window->hexPanel()->tabs()->count(), 2);
        QVERIFY(m_window->hexPanel()->tabs()->isVisible());
        QCOMPARE(m_window->hexPanel()->currentKey(), qint64(b));
        m_window->hexPanel()->tabs()->setCurrentIndex(0);
        QCOMPARE(m_window->hexPanel()->currentKey(), qint64(a));
    }

    void addressInUseShowsInLogAndPanel()
    {
        const core::SocketId first = newSocket();
        chooseCall(QStringLiteral("bind"));
        typeInto(panel()->addressField(), QStringLiteral("127.0.0.1:0"));
        clickPerform();
        QTRY_COMPARE(sockets()->socket(first)->lifecycle, core::Lifecycle::Bound);
        const QString taken = QString::fromStdString(sockets()->socket(first)->local);
        newSocket();
        chooseCall(QStringLiteral("bind"));
        typeInto(panel()->addressField(), taken);
        clickPerform();
        QTRY_VERIFY2(panel()->resultText().contains(QStringLiteral("EADDRINUSE")),
                     qPrintable(panel()->resultText() + QLatin1Char('\n') + logText()));
        QTRY_VERIFY(logText().contains(QStringLiteral("= -1 EADDRINUSE (Address already in use)")));
    }

    // poll() over two sockets, built by clicks: the result shows each entry's real revents.
    void pollOverTwoSocketsByClicks()
    {
        const core::SocketId fresh = newSocket(); // Never connected: POLLOUT|POLLHUP.
        const core::SocketId other = newSocket();
        chooseCall(QStringLiteral("poll"));
        PollListField* field = panel()->pollList();
        clickSocket(fresh);
        QTest::mouseClick(field->eventBox(QStringLiteral("POLLOUT")), Qt::LeftButton);
        QTest::mouseClick(field->addButton(), Qt::LeftButton);
        clickSocket(other);
        QTest::mouseClick(field->eventBox(QStringLiteral("POLLOUT")), Qt::LeftButton); // Off again.
        QTest::mouseClick(field->addButton(), Qt::LeftButton);
        QCOMPARE(field->edit()->text(),
                 QStringLiteral("#%1 POLLIN|POLLOUT, #%2 POLLIN").arg(fresh).arg(other));
        typeInto(panel()->timeoutBox(), QStringLiteral("0"));
        clickPerform();
        QTRY_VERIFY(panel()->resultText().startsWith(QStringLiteral("poll([{fd=")));
        // Both fresh sockets report POLLHUP, the first POLLOUT too: the kernel's revents.
        QVERIFY2(panel()->resultText().contains(QStringLiteral("= 2 ([{fd=")), qPrintable(panel()->resultText()));
        QVERIFY2(panel()->resultText().contains(QStringLiteral("revents=POLLOUT|POLLHUP}")),
                 qPrintable(panel()->resultText()));
        QVERIFY(logText().contains(QStringLiteral("revents=POLLHUP}])")));
        // A malformed entry is refused inline and nothing is called.
        typeInto(field->edit(), QStringLiteral("#%1 POLLSOON").arg(fresh));
        clickPerform();
        QVERIFY(panel()->error().contains(QStringLiteral("POLLSOON")));
    }

    // select() over two sockets, built by clicks: the sets come back as the kernel left them.
    void selectOverTwoSocketsByClicks()
    {
        const core::SocketId fresh = newSocket(); // Never connected: readable (HUP) and writable.
        const core::SocketId other = newSocket();
        chooseCall(QStringLiteral("select"));
        FdSetsField* field = panel()->fdSets();
        QVERIFY(field->isVisible());
        clickSocket(fresh);
        QTest::mouseClick(field->addButton(0), Qt::LeftButton);
        clickSocket(other);
        QTest::mouseClick(field->addButton(0), Qt::LeftButton);
        QTest::mouseClick(field->addButton(1), Qt::LeftButton);
        QTest::mouseClick(field->addButton(1), Qt::LeftButton); // Once per set, as an fd_set holds.
        QCOMPARE(field->edit(0)->text(), QStringLiteral("#%1, #%2").arg(fresh).arg(other));
        QCOMPARE(field->edit(1)->text(), QStringLiteral("#%1").arg(other));
        QCOMPARE(field->edit(2)->text(), QString());
        typeInto(panel()->timeoutBox(), QStringLiteral("0"));
        clickPerform();
        const int a = sockets()->socket(fresh)->fd;
        const int b = sockets()->socket(other)->fd;
        const QString call = QStringLiteral("select(%1, [%2 %3], [%3], [], {tv_sec=0, tv_usec=0}) = ")
                                 .arg(std::max(a, b) + 1).arg(a).arg(b);
        QTRY_VERIFY2(panel()->resultText().startsWith(call), qPrintable(panel()->resultText()));
        // Both are readable (POLLHUP counts) and the second writable: three fds ready.
        const QString back = QStringLiteral("= 3 (in [%1 %2], out [%2])").arg(a).arg(b);
        QVERIFY2(panel()->resultText().contains(back), qPrintable(panel()->resultText()));
        QVERIFY2(logText().contains(call + QStringLiteral("3 (in [")), qPrintable(logText()));
        // A malformed entry is refused inline and nothing is called.
        const int calls = m_window->session().log()->rowCount();
        typeInto(field->edit(2), QStringLiteral("#%1, 7").arg(fresh));
        clickPerform();
        QVERIFY2(panel()->error().contains(QStringLiteral("exceptfds: \"7\"")), qPrintable(panel()->error()));
        QCOMPARE(m_window->session().log()->rowCount(), calls);
    }

    // kqueue()/kevent()/kevent64() on Linux: in the list, greyed out with the reason, and
    // refused inline if chosen anyway; nothing reaches the engine.
    void kqueueCallsShownButDisabledWhereAbsent()
    {
        if (core::sys::kqueueAvailable())
            QSKIP("this host has kqueue: the calls are enabled");
        newSocket();
        QTRY_VERIFY(m_window->session().log()->rowCount() >= 1);
        const int calls = m_window->session().log()->rowCount();
        QComboBox* combo = panel()->callBox();
        auto* model = qobject_cast<QStandardItemModel*>(combo->model());
        QVERIFY(model);
        for (core::CallKind kind : { core::CallKind::Kqueue, core::CallKind::Kevent, core::CallKind::Kevent64 }) {
            const int row = combo->findData(int(kind));
            QVERIFY2(row >= 0, "the call is hidden");
            QVERIFY(!model->item(row)->isEnabled());
            QVERIFY2(model->item(row)->text().endsWith(QStringLiteral("unavailable on Linux")),
                     qPrintable(model->item(row)->text()));
            QVERIFY(model->item(row)->toolTip().contains(QStringLiteral("is not available on Linux (macOS and the BSDs have it)")));
        }
        // The keyboard passes over them: Down from the last enabled call stays there.
        const int select = combo->findData(int(core::CallKind::Select));
        combo->setFocus();
        combo->setCurrentIndex(select);
        QTest::keyClick(combo, Qt::Key_End);
        QVERIFY(model->item(combo->currentIndex())->isEnabled());
        panel()->setCall(core::CallKind::Kevent);
        QVERIFY2(panel()->error().startsWith(QStringLiteral("kevent() is not available on Linux")),
                 qPrintable(panel()->error()));
        QVERIFY(!panel()->performButton()->isEnabled());
        QVERIFY(!panel()->perform());
        QCOMPARE(m_window->session().log()->rowCount(), calls);
    }

    // A double-click runs `socket-playground FILE.spg`: main() calls openScenarioFile(), which
    // loads the file into the Scenario panel and runs nothing; a path that cannot be a
    // scenario loads nothing and says why.
    void aFileArgumentIsLoadedNotRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.spg"));
        const QByteArray text = "srv = socket(AF_INET, SOCK_STREAM, 0)\nbind(srv, 127.0.0.1:0)\n";
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QVERIFY(m_window->openScenarioFile(path));
        QCOMPARE(m_window->scenarioPanel()->text(), QString::fromUtf8(text));
        QVERIFY(!m_window->scenarioPanel()->isPlaying());
        QVERIFY(m_window->scenarioPanel()->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(sockets()->rowCount(), 0);
        QVERIFY2(logText().isEmpty(), qPrintable(logText()));

        for (const QString& bad : { dir.filePath(QStringLiteral("missing.spg")), dir.path() }) {
            m_window->scenarioPanel()->setText(QString(), QString());
            QVERIFY(!m_window->openScenarioFile(bad));
            QVERIFY(m_window->scenarioPanel()->text().isEmpty());
            QVERIFY2(m_window->scenarioPanel()->statusText().startsWith(QStringLiteral("Nothing loaded: ")),
                     qPrintable(m_window->scenarioPanel()->statusText()));
        }
        QVERIFY(m_window->scenarioPanel()->statusText().contains(QStringLiteral("directory")));
        QFile big(dir.filePath(QStringLiteral("big.spg")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(int(core::kMaxScenarioBytes) + 1, '#'));
        big.close();
        QVERIFY(!m_window->openScenarioFile(big.fileName()));
        QVERIFY(m_window->scenarioPanel()->text().isEmpty());
        QVERIFY(!m_window->scenarioPanel()->isPlaying());
    }

    void invalidInputIsRefusedAndNothingIsCalled()
    {
        newSocket();
        QTRY_VERIFY(m_window->session().log()->rowCount() >= 1);
        const int calls = m_window->session().log()->rowCount();

        chooseCall(QStringLiteral("bind"));
        typeInto(panel()->addressField(), QStringLiteral("127.0.0.1:99999"));
        clickPerform();
        QVERIFY2(panel()->error().contains(QStringLiteral("65535")), qPrintable(panel()->error()));

        chooseCall(QStringLiteral("send"));
        panel()->payloadEditor()->setMode(PayloadMode::Hex);
        typeInto(panel()->payloadEditor()->editor(), QStringLiteral("68 zz"));
        clickPerform();
        QVERIFY2(panel()->error().contains(QStringLiteral("not a hex digit")), qPrintable(panel()->error()));

        chooseCall(QStringLiteral("setsockopt"));
        panel()->optionBox()->setFocus();
        QTest::keyClicks(panel()->optionBox(), QStringLiteral("SO_RCVBUF"));
        typeInto(panel()->valueEdit(), QStringLiteral("lots"));
        clickPerform();
        QVERIFY2(panel()->error().contains(QStringLiteral("expected an integer")), qPrintable(panel()->error()));

        QTest::qWait(200); // Give a wrongly submitted call every chance to show up.
        QCOMPARE(m_window->session().log()->rowCount(), calls);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
