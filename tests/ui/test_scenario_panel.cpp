// The Scenario panel in a real window with a real engine: calls made in the window are
// recorded as replayable lines; a demo runs to the end; Step stops after one line; a
// failed expectation stops playback and marks its line with the reason.
#include "ui/call_panel.h"
#include "ui/consent_dialog.h"
#include "ui/demo_library.h"
#include "ui/engine_bridge.h"
#include "ui/lab_coach.h"
#include "ui/main_window.h"
#include "ui/predict_dialog.h"
#include "ui/scenario_panel.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include "core/scenario/scenario.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QPushButton>
#include <QtTest>

using namespace spg;
using namespace spg::ui;

class TestScenarioPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<EngineBridge> m_bridge;
    std::unique_ptr<MainWindow> m_window;

    ScenarioPanel* panel() { return m_window->scenarioPanel(); }

private slots:
    void init()
    {
        QSettings().clear();
        m_bridge = std::make_unique<EngineBridge>();
        m_window = std::make_unique<MainWindow>(*m_bridge);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_bridge.reset();
    }

    void demosAreBuiltIn()
    {
        QVERIFY(!demos().isEmpty());
        QVERIFY(!demoText(QStringLiteral("tcp-server-client")).isEmpty());
        QVERIFY(demoText(QStringLiteral("no-such-demo")).isNull());
    }

    void callsMadeInTheWindowAreRecorded()
    {
        m_window->callPanel()->setCall(core::CallKind::Socket);
        QTest::mouseClick(m_window->callPanel()->performButton(), Qt::LeftButton);
        QTRY_VERIFY(panel()->text().contains(QStringLiteral("s1 = socket(AF_INET, SOCK_STREAM, 0)")));
        QTRY_COMPARE(m_window->selectedSocket(), 1);
        m_window->callPanel()->setCall(core::CallKind::Listen);
        QTest::mouseClick(m_window->callPanel()->performButton(), Qt::LeftButton);
        QTRY_VERIFY(panel()->text().contains(QStringLiteral("listen(s1, 2)")));
        // What was recorded parses and replays.
        QVERIFY(core::parseScenario(panel()->text().toStdString()).ok());
    }

    void demoRunsToTheEnd()
    {
        QSignalSpy finished(panel(), &ScenarioPanel::finished);
        QVERIFY(m_window->openDemo(QStringLiteral("tcp-server-client")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(m_window->session().sockets()->rowCount() >= 3);
        QVERIFY(panel()->statusText().contains(QStringLiteral("every expectation held")));
    }

    // A lab stops before each `ask` line for a prediction, runs the call, and judges the
    // prediction against the kernel's answer: put off once, then one right and one wrong.
    void labAsksBeforeEachQuestion()
    {
        panel()->setText(QStringLiteral("# lab: Two questions\n"
                                        "# Guess first, then look.\n"
                                        "\n"
                                        "a = socket(AF_INET, SOCK_DGRAM, 0)\n"
                                        "recv(a, 4, MSG_DONTWAIT)  ask\n"
                                        "close(a)  ask\n"),
                         QStringLiteral("lab.spg"));
        int shown = 0;
        std::function<void()> answer = [&] {
            auto* d = qobject_cast<PredictDialog*>(QApplication::activeModalWidget());
            if (!d) {
                QTimer::singleShot(20, answer);
                return;
            }
            ++shown;
            QString button = QStringLiteral("Run the call");
            if (shown == 1) {
                button = QStringLiteral("Not now");
            } else if (shown == 2) {
                QVERIFY(d->bytesField()); // A receive: the bytes are asked too.
                QTest::mouseClick(d->failsChoice(), Qt::LeftButton, {},
                                  QPoint(8, d->failsChoice()->height() / 2));
                d->errnoBox()->setCurrentText(QStringLiteral("EAGAIN"));
                QVERIFY(d->failsChoice()->isChecked());
            } else {
                QVERIFY(!d->bytesField());
                d->resultBox()->setValue(5); // close() returns 0: wrong.
            }
            for (QPushButton* b : d->findChildren<QPushButton*>())
                if (b->text() == button)
                    QTest::mouseClick(b, Qt::LeftButton);
            if (shown < 3)
                QTimer::singleShot(20, answer);
        };
        QTimer::singleShot(0, answer);
        QSignalSpy finished(panel(), &ScenarioPanel::finished);
        panel()->run();
        QTRY_COMPARE(shown, 1);
        QTRY_VERIFY(panel()->statusText().contains(QStringLiteral("Paused at the question on line 5")));
        QVERIFY(panel()->lab()->box()->isVisible());
        QCOMPARE(panel()->lab()->box()->toolTip(), QStringLiteral("Guess first, then look."));
        QCOMPARE(panel()->lab()->score().asked, 0);
        panel()->run(); // Asks again.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(shown, 3);
        QCOMPARE(panel()->lab()->score().asked, 2);
        QCOMPARE(panel()->lab()->score().right, 1);
        const QString box = panel()->lab()->box()->text();
        QVERIFY2(box.contains(QStringLiteral("score: 1 of 2 answered right, 2 questions in all")), qPrintable(box));
        QVERIFY2(box.contains(QStringLiteral("you said 5; the kernel said 0. Not this time.")), qPrintable(box));
    }

    void stepRunsOneLine()
    {
        panel()->setText(QStringLiteral("a = socket(AF_INET, SOCK_DGRAM, 0)\n"
                                        "b = socket(AF_INET, SOCK_DGRAM, 0)\n"),
                         QStringLiteral("two.spg"));
        panel()->step();
        QTRY_VERIFY(panel()->statusText().contains(QStringLiteral("Paused before line 2")));
        QCOMPARE(m_window->session().sockets()->rowCount(), 1);
        QCOMPARE(panel()->currentLine(), 2);
        panel()->step();
        QTRY_COMPARE(m_window->session().sockets()->rowCount(), 2);
    }

    void failureStopsAndMarksTheLine()
    {
        QSignalSpy finished(panel(), &ScenarioPanel::finished);
        panel()->setText(QStringLiteral("s = socket(AF_INET, SOCK_STREAM, 0)\n"
                                        "connect(s, 127.0.0.1:1)  expect 0\n"
                                        "close(s)\n"),
                         QStringLiteral("bad.spg"));
        panel()->run();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QCOMPARE(panel()->failedLine(), 2);
        QVERIFY(panel()->statusText().contains(QStringLiteral("ECONNREFUSED")));
        QVERIFY(!panel()->editor()->extraSelections().isEmpty());
    }

    void syntaxErrorsRunNothing()
    {
        panel()->setText(QStringLiteral("s = socket(AF_INET, SOCK_STREAM, 0)\nbind(s, 1.2.3.4:99999)\n"),
                         QStringLiteral("typo.spg"));
        panel()->run();
        QCOMPARE(panel()->failedLine(), 2);
        QVERIFY2(panel()->statusText().contains(QStringLiteral("typo.spg:2:9")), qPrintable(panel()->statusText()));
        QTest::qWait(100);
        QCOMPARE(m_window->session().sockets()->rowCount(), 0);
    }

    // A lab file that reaches past loopback: the dialog lists each such line before anything
    // runs; Cancel runs nothing, Allow once runs it, with its UNIX names in a scratch folder.
    void labFromAFileAsksFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.spg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("s = socket(AF_INET, SOCK_STREAM, 0)\n"
                   "bind(s, 0.0.0.0:0)\n"
                   "u = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                   "bind(u, unix:lab.sock)                   expect 0\n"
                   "listen(u, 1)\n"
                   "c = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                   "connect(c, unix:/nonexistent-spg/bus)    expect ENOENT\n");
        file.close();
        QVERIFY(panel()->open(path));
        QVERIFY(panel()->untrusted());
        const QStringList expected {
            QStringLiteral("line 2: bind 0.0.0.0:0 (every interface)"),
            QStringLiteral(
                "line 7: connect to unix:/nonexistent-spg/bus (outside the scratch folder)"),
        };
        QStringList shown;
        answerConsent(false, shown);
        panel()->run();
        QCOMPARE(shown, expected);
        QVERIFY(!panel()->isPlaying());
        QVERIFY2(panel()->statusText().contains(QStringLiteral("Not run")),
                 qPrintable(panel()->statusText()));
        QCOMPARE(panel()->scratch(), nullptr);
        // A call by hand is not checked; once its socket shows, none of the lab's came first.
        m_window->callPanel()->setCall(core::CallKind::Socket);
        QTest::mouseClick(m_window->callPanel()->performButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->session().sockets()->rowCount() >= 1);
        QCOMPARE(m_window->session().sockets()->rowCount(), 1);

        QSignalSpy finished(panel(), &ScenarioPanel::finished);
        shown.clear();
        answerConsent(true, shown);
        panel()->run();
        QCOMPARE(shown, expected);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(panel()->scratch() != nullptr);
        // The Sockets panel lists the file with its real path, in the scratch folder.
        const std::string where = "unix:" + panel()->scratch()->path() + "/lab.sock";
        bool listed = false;
        for (core::SocketId id = 1; id <= 8; ++id)
            if (const core::SocketSnapshot* snap = m_window->session().sockets()->socket(id))
                listed = listed || snap->local == where;
        QVERIFY2(listed, where.c_str());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("lab.sock"))));
    }

    // The check could fail: a lab inside the lab shows no dialog at all.
    void labInsideTheLabAsksNothing()
    {
        QStringList shown;
        answerConsent(false, shown);
        QSignalSpy finished(panel(), &ScenarioPanel::finished);
        panel()->setText(
            QStringLiteral("s = socket(AF_INET, SOCK_STREAM, 0)\nbind(s, 127.0.0.1:0)\n"),
            QStringLiteral("fine.spg"));
        panel()->run();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(finished.first().at(0).toBool());
        QCoreApplication::processEvents(); // The answering timer has fired by now.
        QCOMPARE(shown, QStringList { QStringLiteral("(no dialog)") });
    }

private:
    // Answers the consent dialog that run() is about to show, from inside its event loop.
    void answerConsent(bool allow, QStringList& shown)
    {
        QTimer::singleShot(0, this, [allow, &shown] {
            auto* dialog = qobject_cast<ConsentDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                shown << QStringLiteral("(no dialog)");
                return;
            }
            shown = dialog->lines();
            QTest::mouseClick(allow ? dialog->allowButton() : dialog->cancelButton(),
                              Qt::LeftButton);
        });
    }
};

QTEST_MAIN(TestScenarioPanel)
#include "test_scenario_panel.moc"
