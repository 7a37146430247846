// The headless runner's reports around the call lines: the closing summary and its counts,
// the "listening on" address of each listener, and how much of a payload a line shows
// (--strsize), in the engine's lines and in the exported C program's.
#include "core/scenario/scenario.h"
#include "export/scenario_export.h"
#include "core/scenario/scenario_runner.h"
#include "engine_harness.h"

#include <QtTest>

using namespace spg::core;

namespace {

struct Run {
    RunResult result;
    std::vector<std::string> listening;
};

Run run(const std::string& text, std::size_t strsize = kDefaultStrsize, unsigned allow = 0)
{
    Run out;
    const ScenarioParse parsed = parseScenario(text);
    if (!parsed.ok()) {
        out.result.exitCode = 2;
        out.result.failure = parsed.errors.front().format("test");
        return out;
    }
    RunOptions options;
    options.backend = spg::test::backendUnderTest();
    options.stepTimeoutMs = 5000;
    options.strsize = strsize;
    options.allow = allow;
    options.listening = [&](const std::string& address) { out.listening.push_back(address); };
    out.result = runScenario(parsed.scenario, options);
    return out;
}

// The printed line of the first call named `call`.
QString lineOf(const RunResult& r, const QString& call)
{
    for (const std::string& line : r.lines)
        if (QString::fromStdString(line).startsWith(call + QLatin1Char('(')))
            return QString::fromStdString(line);
    return QStringLiteral("(no %1 line)").arg(call);
}

// The port in "htons(N)" of the first line that names `call`.
QString portIn(const RunResult& r, const QString& call)
{
    static const QRegularExpression htons(QStringLiteral("htons\\((\\d+)\\)"));
    return htons.match(lineOf(r, call)).captured(1);
}

const char* const kForty = "0123456789abcdefghijklmnopqrstuvwxyzABCD"; // 40 bytes

} // namespace

class TestScenarioRunner : public QObject {
    Q_OBJECT

private slots:
    void summaryWords()
    {
        RunResult r;
        QCOMPARE(runSummary(r), std::string("0 calls, 0 expectations held, 0 failed"));
        r.callsMade = 1;
        r.expectationsHeld = 1;
        QCOMPARE(runSummary(r), std::string("1 call, 1 expectation held, 0 failed"));
        r.callsMade = 12;
        r.expectationsHeld = 4;
        r.exitCode = 1;
        r.failureLine = 9;
        QCOMPARE(runSummary(r),
                 std::string("12 calls, 4 expectations held, 1 failed (stopped at line 9)"));
    }

    void countsCallsAndExpectationsThatHeld()
    {
        // Four calls; three expectations, the last of them an errno that is the lesson.
        const Run r = run("s = socket(AF_INET, SOCK_DGRAM, 0)\n"
                          "bind(s, 127.0.0.1:0)             expect 0\n"
                          "close(s)                         expect 0\n"
                          "c = socket(AF_INET, SOCK_STREAM, 0)\n"
                          "connect(c, 127.0.0.1:1)          expect ECONNREFUSED\n");
        QCOMPARE(r.result.exitCode, 0);
        QCOMPARE(r.result.callsMade, 5);
        QCOMPARE(r.result.expectationsHeld, 3);
        QCOMPARE(runSummary(r.result), std::string("5 calls, 3 expectations held, 0 failed"));
    }

    void countsStopAtTheFailingLine()
    {
        const Run r = run("s = socket(AF_INET, SOCK_DGRAM, 0)\n"
                          "bind(s, 127.0.0.1:0)             expect 0\n"
                          "c = socket(AF_INET, SOCK_STREAM, 0)\n"
                          "connect(c, 127.0.0.1:1)          expect 0\n"
                          "close(s)                         expect 0\n");
        QCOMPARE(r.result.exitCode, 1);
        QCOMPARE(r.result.callsMade, 4); // The failing call was made; the close was not.
        QCOMPARE(r.result.expectationsHeld, 1);
        QCOMPARE(runSummary(r.result),
                 std::string("4 calls, 1 expectation held, 1 failed (stopped at line 4)"));
    }

    void reportsEachListenerWithItsRealPort()
    {
        // The UDP bind and the refused listen() are not listeners.
        const Run r = run("u = socket(AF_INET, SOCK_DGRAM, 0)\n"
                          "bind(u, 127.0.0.1:0)\n"
                          "listen(u, 1)                     expect EOPNOTSUPP\n"
                          "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
                          "bind(srv, 127.0.0.1:0)\n"
                          "listen(srv, 1)\n"
                          "cli = socket(AF_INET, SOCK_STREAM, 0)\n"
                          "connect(cli, srv.local)          expect 0\n");
        QCOMPARE(r.result.exitCode, 0);
        QCOMPARE(r.listening.size(), std::size_t(1));
        const QString address = QString::fromStdString(r.listening.front());
        QVERIFY2(address.startsWith(QLatin1String("127.0.0.1:")), qPrintable(address));
        const QString port = address.mid(10);
        QVERIFY2(port.toInt() > 0, qPrintable(address)); // Port 0 resolved by getsockname.
        QCOMPARE(port, portIn(r.result, QStringLiteral("connect")));
    }

    void reportsUnixListenersByPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = dir.path().toStdString() + "/l.sock";
        const Run r = run("srv = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                          "bind(srv, unix:"
                              + path
                              + ")\n"
                                "listen(srv, 1)\n",
                          kDefaultStrsize, PolicyPaths);
        QCOMPARE(r.result.exitCode, 0);
        QCOMPARE(r.listening, std::vector<std::string> { "unix:" + path });
    }

    void strsizeCutsEveryPayloadLine_data()
    {
        QTest::addColumn<int>("strsize");
        QTest::addColumn<QString>("shown");
        QTest::newRow("default") << int(kDefaultStrsize)
                                 << "\"0123456789abcdefghijklmnopqrstuv\"...";
        QTest::newRow("4") << 4 << "\"0123\"...";
        QTest::newRow("0") << 0 << "\"\"...";
        QTest::newRow("whole") << 40 << "\"0123456789abcdefghijklmnopqrstuvwxyzABCD\", ";
        QTest::newRow("more") << 1000 << "\"0123456789abcdefghijklmnopqrstuvwxyzABCD\", ";
    }

    void strsizeCutsEveryPayloadLine()
    {
        QFETCH(int, strsize);
        QFETCH(QString, shown);
        const std::string forty = kForty;
        const Run r = run("a = socket(AF_INET, SOCK_DGRAM, 0)\n"
                          "bind(a, 127.0.0.1:0)\n"
                          "b = socket(AF_INET, SOCK_DGRAM, 0)\n"
                          "sendto(b, \""
                              + forty
                              + "\", 0, a.local)\n"
                                "recv(a, 64, 0)                   expect \""
                              + forty
                              + "\"\n"
                                "sendmsg(b, [\""
                              + forty
                              + "\"], 0, a.local)\n"
                                "recvmsg(a, [64], 0)              expect 40\n",
                          std::size_t(strsize));
        QVERIFY2(r.result.exitCode == 0, r.result.failure.c_str());
        // The expectation compared every byte, whatever the line shows.
        QCOMPARE(r.result.expectationsHeld, 2);
        for (const char* call : { "sendto", "recv" }) {
            const QString line = lineOf(r.result, QLatin1String(call));
            QVERIFY2(line.contains(shown), qPrintable(line));
        }
        const QString iov = QStringLiteral("{iov_base=")
            + shown.chopped(shown.endsWith(QLatin1String(", ")) ? 2 : 0);
        for (const char* call : { "sendmsg", "recvmsg" }) {
            const QString line = lineOf(r.result, QLatin1String(call));
            QVERIFY2(line.contains(iov + QStringLiteral(", iov_len=")), qPrintable(line));
        }
    }

    // The exported program shows as many bytes as the run it is compared with.
    void exportedProgramTakesTheSameStrsize()
    {
        const ScenarioParse p = parseScenario("a = socket(AF_INET, SOCK_DGRAM, 0)\n"
                                              "bind(a, 127.0.0.1:0)\n"
                                              "b = socket(AF_INET, SOCK_DGRAM, 0)\n"
                                              "sendto(b, \""
                                              + std::string(kForty)
                                              + "\", 0, a.local)\n"
                                                "recv(a, 64, 0)\n");
        QVERIFY(p.ok());
        const std::string byDefault = exportToC(p.scenario, "s.spg");
        QVERIFY(byDefault.find("#define STRSIZE 32\n") != std::string::npos);
        const std::string source = exportToC(p.scenario, "s.spg", 4);
        QVERIFY(source.find("#define STRSIZE 4\n") != std::string::npos);
        if (QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty())
            QSKIP("no C compiler (cc) on this machine");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("s.c")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(source.data(), qint64(source.size()));
        file.close();
        const RunResult headless = [&] {
            RunOptions o;
            o.strsize = 4;
            return runScenario(p.scenario, o);
        }();
        for (const QStringList& extra : { QStringList(), QStringList { "-DSTRSIZE=8" } }) {
            QProcess cc;
            cc.start(QStringLiteral("cc"),
                     QStringList { "-std=c11", "-Wall", "-Wextra", "-Werror", "-pthread" } + extra
                         + QStringList { file.fileName(), "-o", dir.filePath("s") });
            QVERIFY(cc.waitForFinished(60000));
            QVERIFY2(cc.exitCode() == 0, cc.readAllStandardError().constData());
            QProcess prog;
            prog.start(dir.filePath(QStringLiteral("s")), {});
            QVERIFY(prog.waitForFinished(30000));
            const QStringList lines =
                QString::fromLocal8Bit(prog.readAllStandardOutput()).split('\n');
            const QString sent = lines.filter(QStringLiteral("sendto(")).value(0);
            const QString got = lines.filter(QStringLiteral("recv(")).value(0);
            const QString shown =
                extra.isEmpty() ? QStringLiteral("\"0123\"...") : QStringLiteral("\"01234567\"...");
            QVERIFY2(sent.contains(shown + ", 40, "), qPrintable(sent));
            QVERIFY2(got.contains(shown + ", 64, "), qPrintable(got));
            if (extra.isEmpty()) {
                const QString engineSent = lineOf(headless, QStringLiteral("sendto"));
                QCOMPARE(sent.section(QLatin1Char(','), 1, 2),
                         engineSent.section(QLatin1Char(','), 1, 2));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "test_scenario_runner.moc"
