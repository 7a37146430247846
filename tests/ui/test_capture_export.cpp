// File → Export capture… in the window: the action is in the File menu, a demo run in the
// Scenario panel exports as a pcapng file that tshark (where installed) reads with the
// demo's one TCP stream and its bytes, and a restarted engine starts an empty capture.
#include "ui/capture_export.h"
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/scenario_panel.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace spg::ui;

class TestCaptureExport : public QObject {
    Q_OBJECT

private slots:
    void exportsTheWindowsSession()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.show();
        QAction* action = window.menuBar()->findChild<QAction*>(QStringLiteral("exportCapture"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("capture")));
        CaptureExport* exporter = window.findChild<CaptureExport*>();
        QVERIFY(exporter);

        QSignalSpy finished(window.scenarioPanel(), &ScenarioPanel::finished);
        QVERIFY(window.openDemo(QStringLiteral("tcp-server-client")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.pcapng"));
        QString summary;
        QString error;
        // The last close() may still be on its way from the worker: wait for all 11 packets.
        QTRY_VERIFY2(exporter->writeTo(path, summary, error)
                         && summary.contains(
                             QStringLiteral(": 11 packets (1 TCP connections, 0 UDP datagrams)")),
                     qPrintable(summary + error));
        QVERIFY(summary.contains(QStringLiteral("failed connect()")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(QByteArray::fromHex("0a0d0d0a")));
        QVERIFY(bytes.contains("not captured on a wire"));

        const QString tshark = QStandardPaths::findExecutable(QStringLiteral("tshark"));
        if (!tshark.isEmpty()) {
            QProcess p;
            p.start(tshark,
                    { QStringLiteral("-n"), QStringLiteral("-r"), path, QStringLiteral("-T"),
                      QStringLiteral("fields"), QStringLiteral("-e"), QStringLiteral("tcp.stream"),
                      QStringLiteral("-e"), QStringLiteral("tcp.len") });
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            int payload = 0;
            QSet<QString> streams;
            for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = line.split('\t');
                if (f.size() == 2) {
                    streams.insert(QString::fromLatin1(f[0]));
                    payload += f[1].toInt();
                }
            }
            QCOMPARE(streams.size(), 1);
            QCOMPARE(payload, 7 + 10); // "hello\r\n" and "hi there\r\n"
        }

        // A fresh engine: the capture starts empty too.
        bridge.restart();
        QVERIFY(exporter->writeTo(path, summary, error));
        QVERIFY2(summary.contains(QStringLiteral(": 0 packets")), qPrintable(summary));
    }
};

QTEST_MAIN(TestCaptureExport)
#include "test_capture_export.moc"
