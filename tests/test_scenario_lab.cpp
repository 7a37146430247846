// Labs: the `ask` word and the `# lab:` header parse and print back; a headless run and the
// exported C ignore `ask`; a prediction is judged against the kernel's answer (result, errno,
// bytes), and wrong predictions are judged wrong.
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_lab.h"
#include "core/scenario/scenario_runner.h"
#include "export/scenario_export.h"
#include "engine_harness.h"

#include <QtTest>
#include <cerrno>

using namespace spg::core;

namespace {

const char* const kLab = "# lab: UDP in three questions\n"
                         "# Predict each answer before the kernel gives it.\n"
                         "# A datagram keeps its boundaries.\n"
                         "#\n"
                         "# Second paragraph.\n"
                         "\n"
                         "a = socket(AF_INET, SOCK_DGRAM, 0)\n"
                         "b = socket(AF_INET, SOCK_DGRAM, 0)\n"
                         "bind(b, 127.0.0.1:0)\n"
                         "sendto(a, \"hi\", 0, b.local)  ask\n"
                         "recv(b, 64, 0) ask expect 2\n"
                         "connect(a, 127.0.0.1:1)\n";

CallRecord record(long result, int error = 0)
{
    CallRecord r;
    r.result = result;
    r.error = error;
    return r;
}

} // namespace

class TestScenarioLab : public QObject {
    Q_OBJECT

private slots:
    void askAndLabHeaderParse()
    {
        const ScenarioParse p = parseScenario(kLab);
        QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
        const Scenario& s = p.scenario;
        QCOMPARE(s.labTitle, std::string("UDP in three questions"));
        QCOMPARE(s.labInstructions, std::string("Predict each answer before the kernel gives it. A "
                                                "datagram keeps its boundaries.\nSecond paragraph."));
        QVERIFY(s.isLab());
        QCOMPARE(s.questions(), 2);
        QVERIFY(s.steps[3].ask);
        QVERIFY(s.steps[4].ask);
        QCOMPARE(s.steps[4].expects.size(), std::size_t(1));
        QVERIFY(!s.steps[5].ask);
        // Printed back with its ask, before the expectation, and read again the same.
        const std::string line = formatStep(s.steps[4]);
        QVERIFY2(line.find("recv(b, 64, 0) ask") == 0, line.c_str());
        QVERIFY(parseScenario("b = socket(AF_INET, SOCK_DGRAM, 0)\n" + line + "\n").scenario.steps[1].ask);
        QVERIFY(!parseScenario("a = socket(AF_INET, SOCK_DGRAM, 0)\n").scenario.isLab());
        // The question may also come last, after the expectations.
        const Scenario last = parseScenario("b = socket(AF_INET, SOCK_DGRAM, 0)\n"
                                            "recv(b, 64, MSG_DONTWAIT) expect EAGAIN  ask\n").scenario;
        QVERIFY(last.steps[1].ask);
        QCOMPARE(last.steps[1].expects.size(), std::size_t(1));
    }

    void askErrorsNameTheColumn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("background") << "recv(s, 4, 0) & ask" << 17 << "drop the '&' or the 'ask'";
        QTest::newRow("glued") << "recv(s, 4, 0) asked" << 15 << "'ask'";
    }

    void askErrorsNameTheColumn()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const ScenarioParse p = parseScenario("s = socket(AF_INET, SOCK_DGRAM, 0)\n" + line.toStdString() + "\n");
        QVERIFY(!p.ok());
        QCOMPARE(p.errors.front().line, 2);
        QCOMPARE(p.errors.front().column, column);
        QVERIFY2(p.errors.front().message.find(words.toStdString()) != std::string::npos,
                 p.errors.front().message.c_str());
    }

    // Headless, `ask` changes nothing: the lab runs through, every expectation checked.
    void headlessRunIgnoresAsk()
    {
        RunOptions options;
        options.backend = spg::test::backendUnderTest();
        options.stepTimeoutMs = 5000;
        const RunResult r = runScenario(parseScenario(kLab).scenario, options);
        QVERIFY2(r.exitCode == 0, r.failure.c_str());
        QCOMPARE(r.callsMade, 6);
    }

    void exportedCHasNoAsk()
    {
        const std::string c = exportToC(parseScenario(kLab).scenario, "lab.spg");
        QVERIFY(c.find("recv(") != std::string::npos);
        QVERIFY(c.find(" ask") == std::string::npos);
    }

    void predictionsAreJudged()
    {
        Prediction five;
        five.result = 5;
        QVERIFY(judge(five, record(5), "").right());
        QVERIFY(!judge(five, record(4), "").right()); // wrong count
        QVERIFY(!judge(five, record(-1, EAGAIN), "").right()); // it failed
        Prediction refused;
        refused.fails = true;
        refused.error = ECONNREFUSED;
        const Verdict v = judge(refused, record(-1, ECONNREFUSED), "");
        QVERIFY(v.right());
        QVERIFY2(v.kernel.find("-1 ECONNREFUSED") == 0, v.kernel.c_str());
        QVERIFY(!judge(refused, record(-1, ETIMEDOUT), "").right()); // another errno
        QVERIFY(!judge(refused, record(0), "").right());             // it worked
        Prediction bytes;
        bytes.result = 2;
        bytes.withBytes = true;
        bytes.bytes = "hi";
        QVERIFY(judge(bytes, record(2), "hi").right());
        const Verdict wrong = judge(bytes, record(2), "ho");
        QVERIFY(wrong.resultRight && !wrong.bytesRight && !wrong.right()); // right count, wrong bytes
        QCOMPARE(wrong.kernel, std::string("2 \"ho\""));
        QCOMPARE(wrong.predicted, std::string("2 \"hi\""));
        LabScore score;
        score.add(v);
        score.add(wrong);
        QCOMPARE(score.asked, 2);
        QCOMPARE(score.right, 1);
    }
};

QTEST_GUILESS_MAIN(TestScenarioLab)
#include "test_scenario_lab.moc"
