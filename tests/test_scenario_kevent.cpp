// kqueue(), kevent() and kevent64() in scenarios and the engine: the EV_SET changelist
// parses and formats back the same on every host; where the host has no kqueue (Linux), a
// scenario that uses them fails at parse time naming the line and the column, before
// anything runs, and the engine refuses the call without showing a kernel answer.
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_runner.h"
#include "core/sys/sys.h"
#include "engine_harness.h"
#include "export/scenario_export.h"
#include "fake_kqueue.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

using namespace spg::core;

namespace {

const std::string kHead = "srv = socket(AF_INET, SOCK_STREAM, 0)\nkq = kqueue()\n";

// The last step of `text`, parsed on any host; fails the test when it does not parse.
Step lastStep(const std::string& text)
{
    const ScenarioParse p = parseScenario(text, {}, false);
    if (!p.ok())
        qFatal("%s", p.errors.front().format("test").c_str());
    return p.scenario.steps.back();
}

KEvent64 returned(std::uint64_t ident, std::int16_t filter, std::uint16_t flags, std::int64_t data)
{
    KEvent64 e;
    e.ident = ident;
    e.filter = filter;
    e.flags = flags;
    e.data = data;
    return e;
}

// srv has fd 5 in these records; 7 is a timer's ident.
CallRecord keventRecord(std::vector<KEvent64> events, long result = -2)
{
    CallRecord r;
    r.kind = CallKind::Kevent;
    r.result = result == -2 ? static_cast<long>(events.size()) : result;
    r.error = result == -1 ? EBADF : 0;
    r.kevents = std::move(events);
    return r;
}

std::optional<std::string> check(const std::string& clause, const CallRecord& r)
{
    const Step step = lastStep(kHead + "kevent(kq, [], 4, 0)  expect " + clause);
    CallOutcome outcome;
    outcome.record = &r;
    for (const KEvent64& k : r.kevents)
        outcome.keventIdents.push_back(k.ident == 5 ? "srv" : std::to_string(k.ident));
    const auto why = checkExpectation(step.expects.back(), step, outcome);
    return why ? std::optional<std::string>(why->english()) : std::nullopt;
}

const char* const kWrongAnswers[][2] = {
    { "kevents [srv EVFILT_READ data 3]",
      "expected kevents [srv EVFILT_READ data 3], got kevents [srv EVFILT_READ EV_CLEAR data 2, 7 "
      "EVFILT_TIMER data 1]" },
    { "kevents [srv EVFILT_READ data 2]",
      "expected kevents [srv EVFILT_READ data 2], got kevents [srv EVFILT_READ EV_CLEAR data 2, 7 "
      "EVFILT_TIMER data 1]" },
    { "kevents has srv EVFILT_WRITE",
      "expected kevents has srv EVFILT_WRITE, got kevents [srv EVFILT_READ EV_CLEAR data 2, 7 "
      "EVFILT_TIMER data 1]" },
    { "kevents has srv EVFILT_READ EV_EOF",
      "expected kevents has srv EVFILT_READ EV_EOF, got kevents [srv EVFILT_READ EV_CLEAR data 2, "
      "7 EVFILT_TIMER data 1]" },
    { "kevents []",
      "expected kevents [], got kevents [srv EVFILT_READ EV_CLEAR data 2, 7 EVFILT_TIMER data 1]" },
    { "kevents has 7 EVFILT_TIMER data > 1",
      "expected kevents has 7 EVFILT_TIMER data > 1, got kevents [srv EVFILT_READ EV_CLEAR data 2, "
      "7 EVFILT_TIMER data 1]" },
};

const std::vector<KEvent64> kTwo = { returned(5, kq::FilterRead, kq::Clear, 2),
                                     returned(7, kq::FilterTimer, 0, 1) };

} // namespace

class TestScenarioKevent : public QObject {
    Q_OBJECT

private slots:
    void formatRoundTripsOnEveryHost()
    {
        const std::string text = kHead
            + "kevent(kq, [EV_SET(srv, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0), EV_SET(7, "
              "EVFILT_TIMER, "
              "EV_ADD|EV_ONESHOT, 0, 250, 42)], 4, 1000)\n"
              "kevent(kq, [], 8, -1)\n"
              "kevent64(kq, [EV_SET64(srv, EVFILT_WRITE, EV_ADD|EV_RECEIPT, 0, 0, 99, 1, 2)], 4, "
              "KEVENT_FLAG_IMMEDIATE, 0)\n"
              "close(kq)\n";
        const ScenarioParse p = parseScenario(text, {}, false);
        QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
        std::string again;
        for (const Step& s : p.scenario.steps)
            again += formatStep(s) + "\n";
        QCOMPARE(QString::fromStdString(again), QString::fromStdString(text));
        const Step& k = p.scenario.steps[2];
        QCOMPARE(k.call, CallKind::Kevent);
        QCOMPARE(k.socket, std::string("kq"));
        QCOMPARE(k.changes.size(), std::size_t(2));
        QCOMPARE(k.changes[0].socket, std::string("srv"));
        QCOMPARE(k.changes[1].fields.ident, std::uint64_t(7));
        QCOMPARE(k.changes[1].fields.data, std::int64_t(250));
        QCOMPARE(k.changes[1].fields.udata, std::uint64_t(42));
        QCOMPARE(k.nevents, 4);
        QCOMPARE(p.scenario.steps[4].changes[0].fields.ext[1], std::uint64_t(2));
        QCOMPARE(p.scenario.steps[4].keventFlags, 1u);
    }

    void keventsClauseRoundTrips()
    {
        const std::string text = kHead
            + "kevent(kq, [EV_SET(srv, EVFILT_READ, EV_ADD, 0, 0, 0)], 4, 0)  expect 1, kevents "
              "[srv "
              "EVFILT_READ EV_EOF|EV_CLEAR data >= 2, 7 EVFILT_TIMER]\n"
              "kevent(kq, [], 4, 0)  expect kevents has srv EVFILT_READ data 0\n"
              "kevent(kq, [], 4, 0)  expect kevents []\n";
        const ScenarioParse p = parseScenario(text, {}, false);
        QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
        std::string again;
        for (const Step& s : p.scenario.steps)
            again += formatStep(s) + "\n";
        const ScenarioParse back = parseScenario(again, {}, false);
        QVERIFY(back.ok());
        std::string twice;
        for (const Step& s : back.scenario.steps)
            twice += formatStep(s) + "\n";
        QCOMPARE(QString::fromStdString(twice), QString::fromStdString(again));
        for (const char* clause :
             { "expect 1, kevents [srv EVFILT_READ EV_CLEAR|EV_EOF data >= 2, 7 "
               "EVFILT_TIMER]",
               "expect kevents has srv EVFILT_READ data 0\n", "expect kevents []\n" })
            QVERIFY2(again.find(clause) != std::string::npos, again.c_str());
        const KeventWant& w = p.scenario.steps[2].expects[1].kevents[0];
        QCOMPARE(w.ident, std::string("srv"));
        QCOMPARE(w.filter, kq::FilterRead);
        QCOMPARE(w.flags, std::uint16_t(kq::Eof | kq::Clear));
        QVERIFY(w.hasData);
        QCOMPARE(w.relation, Relation::Ge);
        QCOMPARE(w.data, 2L);
    }

    void keventsClauseErrors_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("filter") << "kevent(kq, [], 4, 0)  expect kevents [srv EVFILT_REED]"
                                << "expected a filter";
        QTest::newRow("socket") << "kevent(kq, [], 4, 0)  expect kevents [cli EVFILT_READ]"
                                << "unknown socket \"cli\"";
        QTest::newRow("no filter") << "kevent(kq, [], 4, 0)  expect kevents [srv]"
                                   << "expected an ident and a filter";
        QTest::newRow("flags") << "kevent(kq, [], 4, 0)  expect kevents [srv EVFILT_READ EV_EOFF]"
                               << "expected flags";
        QTest::newRow("data") << "kevent(kq, [], 4, 0)  expect kevents [srv EVFILT_READ data lots]"
                              << "expected a number after data";
        QTest::newRow("brackets") << "kevent(kq, [], 4, 0)  expect kevents srv EVFILT_READ"
                                  << "in brackets";
        QTest::newRow("not kevent") << "recv(srv, 4, 0)  expect kevents []"
                                    << "only kevent() and kevent64() return a kevent list";
    }

    void keventsClauseErrors()
    {
        QFETCH(QString, line);
        QFETCH(QString, message);
        const ScenarioParse p = parseScenario(kHead + line.toStdString(), {}, false);
        QVERIFY(!p.ok());
        QVERIFY2(QString::fromStdString(p.errors.front().message).contains(message),
                 p.errors.front().message.c_str());
        QCOMPARE(p.errors.front().line, 3);
    }

    // The check: what holds passes, and each wrong answer fails with the list that came back.
    void keventsCheckHoldsAndFails()
    {
        const CallRecord r = keventRecord(kTwo);
        for (const char* holds :
             { "kevents [srv EVFILT_READ data 2, 7 EVFILT_TIMER]",
               "kevents [7 EVFILT_TIMER data 1, srv EVFILT_READ EV_CLEAR data >= 1]",
               "kevents has srv EVFILT_READ", "kevents has 7 EVFILT_TIMER data != 0" }) {
            const auto why = check(holds, r);
            QVERIFY2(!why, why ? why->c_str() : holds);
        }
        for (const auto& [clause, message] : kWrongAnswers) {
            const auto why = check(clause, r);
            QVERIFY2(why, clause);
            QCOMPARE(QString::fromStdString(*why), QString::fromUtf8(message));
        }
        const auto failed = check("kevents []", keventRecord({}, -1));
        QVERIFY(failed);
        QCOMPARE(QString::fromStdString(*failed),
                 QStringLiteral("expected kevents [], got -1 EBADF (Bad file descriptor)"));
    }

    // The exported program's expect_kevents(), as the exporter emits it, compiled with the
    // prelude and run on the same returned list: the same verdict and word for word the
    // same message as the engine's check (kevent itself needs macOS or a BSD, its check not).
    void exportedCheckAgreesWithTheEngine()
    {
        const QString cc = QStandardPaths::findExecutable(QStringLiteral("cc"));
        if (cc.isEmpty())
            QSKIP("no C compiler");
        QTemporaryDir dir;
        std::vector<std::pair<std::string, std::string>> cases = {
            { "kevents [srv EVFILT_READ data 2, 7 EVFILT_TIMER]", "" },
            { "kevents has srv EVFILT_READ", "" }
        };
        for (const auto& [clause, message] : kWrongAnswers)
            cases.emplace_back(clause, message);
        for (const auto& [clause, message] : cases) {
            const Step step = lastStep(kHead + "kevent(kq, [], 4, 0)  expect " + clause);
            c_export::Code code;
            code.events = "events";
            c_export::KnownFds known { "srv", "\"srv\"", 1 };
            std::string call = c_export::keventsCheck(step, step.expects.back(), code, known);
            call = c_export::replaceAll(call, "$R", "r");
            const std::string program =
                "#include \"" SPG_C_PRELUDE_ALL "\"\n"
                "int main(void)\n{\n    int srv = 5;\n    long r = 2;\n"
                "    struct kev events[2] = { { 5, EVFILT_READ, EV_CLEAR, 0, 2, 0, { 0, 0 } },\n"
                "                             { 7, EVFILT_TIMER, 0, 0, 1, 0, { 0, 0 } } };\n"
                "    (void)srv;\n    "
                + call + "\n    puts(\"held\");\n    return 0;\n}\n";
            const QString source = dir.filePath(QStringLiteral("check.c"));
            const QString exe = dir.filePath(QStringLiteral("check"));
            QFile f(source);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(program.data(), static_cast<qint64>(program.size()));
            f.close();
            QProcess build;
            build.start(cc,
                        { QStringLiteral("-std=c11"), QStringLiteral("-Wall"),
                          QStringLiteral("-Werror"), QStringLiteral("-Wno-unused-function"),
                          QStringLiteral("-pthread"), source, QStringLiteral("-o"), exe });
            QVERIFY(build.waitForFinished(60000));
            QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
            QProcess run;
            run.start(exe, {});
            QVERIFY(run.waitForFinished(10000));
            const QString out = QString::fromUtf8(run.readAllStandardOutput()).trimmed();
            const QString wanted = message.empty()
                ? QStringLiteral("held")
                : QStringLiteral("expect failed: line 3: ") + QString::fromStdString(message);
            QCOMPARE(out, wanted);
            QCOMPARE(run.exitCode(), message.empty() ? 0 : 1);
        }
    }

    // A kqueue scenario played whole through the engine, on any host, with the kqueue fake
    // answering each change with an event about it: the kevents clause holds, and a wrong
    // one fails the run at its line with the list that came back.
    void kqueueScenarioPlaysThroughTheFake()
    {
        const std::string text =
            "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
            "bind(srv, 127.0.0.1:0)\n"
            "listen(srv, 4)\n"
            "kq = kqueue()\n"
            "kevent(kq, [EV_SET(srv, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0)], 4, "
            "1000)  expect 1, kevents [srv EVFILT_READ EV_CLEAR data ";
        for (const auto& [data, fails] : { std::pair { "2", false }, std::pair { "3", true } }) {
            const ScenarioParse p = parseScenario(text + data + "]\nclose(kq)\n", {}, false);
            QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
            auto state = std::make_shared<FakeState>();
            int fds[2];
            QCOMPARE(::pipe(fds), 0);
            state->createResult = SysResult { fds[0], 0 };
            state->echoData = 2;
            RunOptions options;
            options.kqueueApi = [state] { return std::make_unique<FakeKqueue>(state); };
            const RunResult r = runScenario(p.scenario, options);
            ::close(fds[1]);
            QCOMPARE(r.exitCode, fails ? 1 : 0);
            if (fails) {
                QCOMPARE(r.failureLine, 5);
                QVERIFY2(QString::fromStdString(r.failure).contains(QStringLiteral(
                             "got kevents [srv EVFILT_READ EV_ADD|EV_CLEAR data 2]")),
                         r.failure.c_str());
            } else {
                QVERIFY2(r.failure.empty(), r.failure.c_str());
                QCOMPARE(r.expectationsHeld, 2);
            }
        }
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("filter") << "kevent(kq, [EV_SET(srv, EVFILT_READS, EV_ADD, 0, 0, 0)], 1, 0)"
                                << 25 << "expected a filter";
        QTest::newRow("flags") << "kevent(kq, [EV_SET(srv, EVFILT_READ, EV_ADDD, 0, 0, 0)], 1, 0)"
                               << 38 << "expected flags";
        QTest::newRow("ident") << "kevent(kq, [EV_SET(cli, EVFILT_READ, EV_ADD, 0, 0, 0)], 1, 0)"
                               << 20 << "unknown socket \"cli\"";
        QTest::newRow("arity") << "kevent(kq, [EV_SET(srv, EVFILT_READ, EV_ADD)], 1, 0)" << 13
                               << "EV_SET(ident, filter, flags, fflags, data, udata)";
        QTest::newRow("64 in kevent")
            << "kevent(kq, [EV_SET64(srv, EVFILT_READ, EV_ADD, 0, 0, 0, 0, 0)], 1, 0)" << 13
            << "expected EV_SET(";
        QTest::newRow("not a list") << "kevent(kq, EV_SET(srv, EVFILT_READ, EV_ADD, 0, 0, 0), 1, 0)"
                                    << 12 << "expected a changelist";
        QTest::newRow("nevents") << "kevent(kq, [], -1, 0)" << 16 << "nevents";
        QTest::newRow("background")
            << "kevent(kq, [], 1, 100) &" << 1 << "cannot run in the background";
        QTest::newRow("64 flags") << "kevent64(kq, [], 1, KEVENT_FLAG_SOON, 0)" << 21
                                  << "KEVENT_FLAG_IMMEDIATE";
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QString, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ScenarioParse p = parseScenario(kHead + line.toStdString(), {}, false);
        QVERIFY(!p.ok());
        const ScenarioError& e = p.errors.front();
        QVERIFY2(QString::fromStdString(e.message).contains(message), e.message.c_str());
        QCOMPARE(e.line, 3);
        QCOMPARE(e.column, column);
        QVERIFY(!e.unavailable);
    }

    // On a host without kqueue every kqueue line is refused at its call's column, marked so
    // a demo can be skipped; a real syntax error among them is not "only unavailable".
    void unavailableHereFailsBeforeRunning()
    {
        if (sys::kqueueAvailable())
            QSKIP("this host has kqueue: the calls parse and run");
        const std::string text = kHead + "   kevent(kq, [], 1, 0)\n";
        const ScenarioParse p = parseScenario(text);
        QCOMPARE(p.errors.size(), std::size_t(2));
        QCOMPARE(p.errors[0].line, 2);
        QCOMPARE(p.errors[0].column, 6);
        QCOMPARE(p.errors[1].line, 3);
        QCOMPARE(p.errors[1].column, 4);
        const QString message = QString::fromStdString(p.errors[1].message);
        QVERIFY2(message.startsWith(QStringLiteral("kevent() is not available on ")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("macOS and the BSDs")), qPrintable(message));
        QVERIFY(p.onlyUnavailable());
        QVERIFY(parseScenario(text, {}, false).ok());
        const ScenarioParse mixed = parseScenario(text + "bind(nope, 127.0.0.1:0)\n");
        QVERIFY(!mixed.onlyUnavailable());
    }

    // The refusal is the playground's: no return value or errno that a kernel did not give.
    void engineRefusesWithoutAKernelAnswer()
    {
        if (sys::kqueueAvailable())
            QSKIP("this host has kqueue: the engine makes the call");
        spg::test::Harness h;
        Command c;
        c.kind = CallKind::Kqueue;
        const CallRecord r = h.call(c);
        QCOMPARE(r.phase, CallPhase::Refused);
        QCOMPARE(r.error, 0);
        const QString text = QString::fromStdString(r.text);
        QVERIFY2(
            text.startsWith(QStringLiteral("kqueue(...) not made: kqueue() is not available on ")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("use epoll_create1/epoll_wait or poll")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("= -1")) && !text.contains(QStringLiteral("ENOSYS")),
                 qPrintable(text));
        QVERIFY2(
            QString::fromStdString(r.note).contains(QStringLiteral("the kernel was not asked")),
            r.note.c_str());
        Command k;
        k.kind = CallKind::Kevent;
        QCOMPARE(h.call(k).phase, CallPhase::Refused);
    }
};

QTEST_GUILESS_MAIN(TestScenarioKevent)
#include "test_scenario_kevent.moc"
