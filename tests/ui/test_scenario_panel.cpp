// The Scenario panel in a real window with a real engine: calls made in the window are
// recorded as replayable lines; a demo runs to the end; Step stops after one line; a
// failed expectation stops playback and marks its line with the reason.
#include "ui/call_panel.h"
#include "ui/demo_library.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/scenario_panel.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include "core/scenario/scenario.h"

#include <QPlainTextEdit>
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
};

QTEST_MAIN(TestScenarioPanel)
#include "test_scenario_panel.moc"
