// The app's command line, parsed: the bare FILE of a double-click (the desktop entry runs
// `socket-playground %f`) opens the window on that file; it does not mix with the headless
// modes; --export-pcap runs headless; and --help shows the form.
#include "app/command_line.h"

#include <QtTest>

using spg::app::Options;
using spg::app::parseOptions;

class TestCommandLine : public QObject {
    Q_OBJECT

private slots:
    void aBareFileOpensTheWindow()
    {
        const Options o = parseOptions({ "socket-playground", "/home/me/lab.spg" });
        QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
        QCOMPARE(o.openFile, QStringLiteral("/home/me/lab.spg"));
        QVERIFY(o.runFile.isEmpty());
        const Options b = parseOptions({ "socket-playground", "--backend", "poll", "lab.spg" });
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QCOMPARE(b.openFile, QStringLiteral("lab.spg"));
        QCOMPARE(b.backend, QStringLiteral("poll"));
    }

    void aBareFileGoesAlone()
    {
        QVERIFY(!parseOptions({ "socket-playground", "a.spg", "b.spg" }).error.isEmpty());
        QVERIFY(!parseOptions({ "socket-playground", "--run", "a.spg", "b.spg" }).error.isEmpty());
        QVERIFY(!parseOptions({ "socket-playground", "--demo", "x", "b.spg" }).error.isEmpty());
        QVERIFY(!parseOptions({ "socket-playground", "-x" }).error.isEmpty());
        // --run still takes its file, as before.
        const Options r = parseOptions({ "socket-playground", "--run", "a.spg" });
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.runFile, QStringLiteral("a.spg"));
        QVERIFY(r.openFile.isEmpty());
    }

    void exportPcapRunsHeadless()
    {
        // --demo NAME alone means "run it headless" here, as --demo NAME --run does.
        const Options d = parseOptions({ "socket-playground", "--demo", "half-close", "--export-pcap", "x.pcapng" });
        QVERIFY2(d.error.isEmpty(), qPrintable(d.error));
        QCOMPARE(d.exportPcap, QStringLiteral("x.pcapng"));
        QCOMPARE(d.runFile, QStringLiteral("-"));
        const Options r = parseOptions({ "socket-playground", "--run", "a.spg", "--export-pcap", "x.pcapng" });
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.runFile, QStringLiteral("a.spg"));
        QVERIFY(!parseOptions({ "socket-playground", "--export-pcap", "x.pcapng" }).error.isEmpty());
        QVERIFY(!parseOptions({ "socket-playground", "--export-pcap" }).error.isEmpty());
        QVERIFY(!parseOptions({ "socket-playground", "--run", "a.spg", "--export-pcap", "x", "--export-c", "y.c" })
                     .error.isEmpty());
        QVERIFY(spg::app::usage().contains(QStringLiteral("--export-pcap FILE")));
    }

    void helpShowsTheForm()
    {
        QVERIFY(spg::app::usage().contains(QStringLiteral("socket-playground FILE.spg")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
