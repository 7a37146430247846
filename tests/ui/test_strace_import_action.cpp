// File → Import strace log… in the window: the action is in the File menu, a log loads into
// the Scenario panel as untrusted text (the safety policy checks it before it runs), plays
// there with every expectation held, and bad input leaves the panel as it was.
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/scenario_panel.h"
#include "ui/strace_import_action.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace spg::ui;

namespace {

// One process: a listener, a client that connects to it, and a refused connect.
const char* const kLog =
    "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[1]>\n"
    "bind(3<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, "
    "16) = 0\n"
    "listen(3<TCP:[127.0.0.1:4321]>, 1) = 0\n"
    "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 4<TCP:[2]>\n"
    "connect(4<TCP:[2]>, {sa_family=AF_INET, sin_port=htons(4321), "
    "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n"
    "accept(3<TCP:[127.0.0.1:4321]>, NULL, NULL) = 5<TCP:[127.0.0.1:4321->127.0.0.1:6000]>\n"
    "write(1</dev/pts/0>, \"ok\\n\", 3) = 3\n"
    "+++ exited with 0 +++\n";

QString writeLog(const QTemporaryDir& dir, const char* text)
{
    const QString path = dir.filePath(QStringLiteral("prog.log"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text);
    return path;
}

} // namespace

class TestStraceImportAction : public QObject {
    Q_OBJECT

private slots:
    void importsIntoTheScenarioPanel()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QAction* action = window.menuBar()->findChild<QAction*>(QStringLiteral("importStrace"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("strace")));
        StraceImportAction* importer = window.findChild<StraceImportAction*>();
        QVERIFY(importer);

        QTemporaryDir dir;
        QString summary;
        QString error;
        QVERIFY2(importer->importFile(writeLog(dir, kLog), summary, error), qPrintable(error));
        QVERIFY2(summary.contains(QStringLiteral("6 calls, 1 lines commented")),
                 qPrintable(summary));
        ScenarioPanel* panel = window.scenarioPanel();
        QVERIFY(panel->untrusted()); // a file's text: the policy checks it first
        QVERIFY(panel->text().contains(QStringLiteral("connect(cli, srv.local)")));
        QVERIFY(panel->text().contains(
            QStringLiteral("# line 7: write(): fd 1</dev/pts/0> is not a socket")));

        QSignalSpy finished(panel, &ScenarioPanel::finished);
        panel->run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        // Bad input: the line and column, and the panel keeps its text.
        const QString before = panel->text();
        QVERIFY(!importer->importFile(
            writeLog(dir, "socket(AF_INET, SOCK_STREAM, 0) = 3\nnonsense\n"), summary, error));
        QVERIFY2(error.startsWith(QStringLiteral("prog.log:2:")), qPrintable(error));
        QCOMPARE(panel->text(), before);
    }
};

QTEST_MAIN(TestStraceImportAction)
#include "test_strace_import_action.moc"
