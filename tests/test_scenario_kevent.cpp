// kqueue(), kevent() and kevent64() in scenarios and the engine: the EV_SET changelist
// parses and formats back the same on every host; where the host has no kqueue (Linux), a
// scenario that uses them fails at parse time naming the line and the column, before
// anything runs, and the engine refuses the call without showing a kernel answer.
#include "core/scenario/scenario.h"
#include "core/sys/sys.h"
#include "engine_harness.h"

#include <QtTest>

using namespace spg::core;

namespace {

const std::string kHead = "srv = socket(AF_INET, SOCK_STREAM, 0)\nkq = kqueue()\n";

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
