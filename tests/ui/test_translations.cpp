// The three languages: every shipped .ts message finished, the main window with no English
// left in Spanish and Korean but the technical tokens, the call help and every demo
// comment translated, and the checkers themselves seen to fail on English.
#include "session_wait.h"
#include "untranslated_check.h"

#include "ui/address_field.h"
#include "ui/call_help.h"
#include "ui/call_log_model.h"
#include "ui/matrix_model.h"
#include "import/strace_import.h"
#include "matrix/matrix.h"
#include "ui/consent_dialog.h"
#include "ui/demo_library.h"
#include "ui/display_text.h"
#include "ui/engine_bridge.h"
#include "ui/event_model.h"
#include "ui/language.h"
#include "ui/language_menu.h"
#include "ui/main_window.h"
#include "ui/payload_codec.h"
#include "ui/pictures/queues_view.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/states_view.h"
#include "ui/scenario_panel.h"
#include "ui/session.h"
#include "ui/socket_model.h"

#include "core/scenario/comment_text.h"
#include "core/scenario/scenario_text.h"
#include "core/words/calls.h"
#include "core/words/sockopt.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtTest>

using namespace spg;

namespace {

// The window as a user first sees it, in the installed language.
QStringList mainWindowTexts()
{
    ui::EngineBridge bridge;
    ui::MainWindow window(bridge);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return { QStringLiteral("(window not exposed)") };
    return test::visibleTexts(&window);
}

void addModelColumn(QStringList& out, const QAbstractItemModel* model, int column,
                    const QModelIndex& parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, column, parent);
        out << index.data().toString().simplified();
        if (column == 0)
            continue;
        const QModelIndex first = model->index(row, 0, parent);
        for (int child = 0; child < model->rowCount(first); ++child)
            out << model->index(child, column, first).data().toString().simplified();
    }
}

// What the window says while it runs: a demo played to its end, then its listener and a
// TCP socket selected, so that every panel and picture has something to say. Collected: the
// Events panel's Meaning column, the Calls log's Note column, every column of the Sockets
// panel, the status bar, the pictures' texts (lane titles and call results of the Sequence
// view, the Queues scene, the TCP states notes).
QStringList runningWindowTexts()
{
    ui::EngineBridge bridge;
    ui::MainWindow window(bridge);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return { QStringLiteral("(window not exposed)") };
    auto* scenario = window.findChild<ui::ScenarioPanel*>();
    QSignalSpy finished(scenario, &ui::ScenarioPanel::finished);
    if (!window.openDemo(QStringLiteral("half-close")) || !finished.wait(30000))
        return { QStringLiteral("(demo did not finish)") };
    // The last snapshots and the statistics: one tick after the last call.
    if (!uitest::ticked(window.session()))
        return { QStringLiteral("(no tick after the demo)") };
    // Runs that stop at a failed expectation, as the Scenario panel says it: a result, a
    // state, bytes that do not contain what was expected (a long payload, said in words of
    // their own inside the sentence), and a socket whose making call failed.
    QStringList stopped;
    for (const char* failing :
         { "s = socket(AF_INET, SOCK_STREAM, 0)  expect 7",
           "s = socket(AF_INET, SOCK_STREAM, 0)  expect state LISTEN",
           "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
           "send(a, \"0123456789012345678901234567890123456789\", 0)\n"
           "recv(b, 64, 0)  expect contains \"zz\"",
           "s = socket(AF_INET, SOCK_DGRAM, IPPROTO_TCP)\nlisten(s, 1)" }) {
        scenario->setText(QString::fromLatin1(failing), QStringLiteral("t"));
        finished.clear();
        scenario->run();
        if (!finished.wait(10000))
            return { QStringLiteral("(scenario did not stop: %1)").arg(QLatin1String(failing)) };
        stopped << scenario->statusText();
    }
    // Files that are not scenarios, refused before a byte is read.
    for (const char* notScenario : { "/dev/null", "/tmp" }) {
        scenario->open(QString::fromLatin1(notScenario));
        stopped << scenario->statusText();
    }
    // The engine's notes on calls it ends itself: a call on a socket it does not hold
    // (refused), a blocked accept() the user cancels, and a UNIX socket's file removed at
    // close.
    ui::Session& session = window.session();
    session.submit(core::makeListen(9999, 1));
    const core::SocketId srv = uitest::madeSocket(session, core::makeSocket(AF_INET, SOCK_STREAM));
    session.submit(core::makeBind(srv, "127.0.0.1:0"));
    session.submit(core::makeListen(srv, 1));
    if (!uitest::recorded(session, core::makeAccept(srv), core::CallPhase::Blocked))
        return { QStringLiteral("(accept() did not block)") };
    session.submit(core::makeCancel(srv));
    // Refused for a socket option's level or value (the value's error inside the sentence),
    // and for a call this host lacks; the engine's own lines for an automation switched.
    session.submit(core::makeSetSockOpt(srv, "SO_REUSEADDR", "1", "SOL_NOPE"));
    session.submit(core::makeSetSockOpt(srv, "SO_LINGER", "x"));
    session.submit(core::makeCall(core::CallKind::Kqueue, core::kNoSocket));
    core::Command backend = core::makeCall(core::CallKind::SetBackend, core::kNoSocket);
    backend.backend = core::Backend::Kqueue; // Not on Linux: refused, the loop stays as it is.
    session.submit(std::move(backend));
    session.submit(core::makeAutomation(srv, core::Automation::AutoAccept, true));
    session.submit(core::makeAutomation(srv, core::Automation::AutoAccept, false));
    // The same path in every language's run (a value, quoted as is): /tmp/spg-PID/s.
    const QString dir = QStringLiteral("/tmp/spg-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(dir);
    const core::SocketId local =
        uitest::madeSocket(session, core::makeSocket(AF_UNIX, SOCK_STREAM));
    core::Command bind = core::makeBind(local, "unix:" + (dir + QStringLiteral("/s")).toStdString());
    bind.removeBoundPath = true;
    session.submit(std::move(bind));
    // Its record comes after those of every call above.
    if (!uitest::recorded(session, core::makeClose(local), core::CallPhase::Done))
        return { QStringLiteral("(close() did not return)") };
    QDir(dir).removeRecursively();
    QStringList out = stopped;
    ui::SocketModel* sockets = window.session().sockets();
    for (int column = 0; column < sockets->columnCount(); ++column)
        addModelColumn(out, sockets, column);
    addModelColumn(out, window.session().events(), ui::EventModel::Meaning);
    addModelColumn(out, window.session().log(), ui::CallLogModel::Note);
    // The log's call column: a system call's line is strace's own text, as strace prints it;
    // the engine's own lines (cancel, automation, backend) and a refused call are words.
    QStringList calls;
    addModelColumn(calls, window.session().log(), ui::CallLogModel::Call);
    static const QRegularExpression straceLine(QStringLiteral("^\\W*[a-z_0-9]+\\("));
    for (const QString& call : calls)
        if (!straceLine.match(call).hasMatch())
            out << call;
    out += test::visibleTexts(window.statusBar());
    const auto& ladder = window.findChild<ui::SequenceView*>()->scene();
    for (const auto& lane : ladder.lanes())
        out << lane.title;
    for (const auto& call : ladder.calls())
        out << call.result();
    // A data arrow quotes the payload's first bytes ("request\n"): bytes, not words.
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"?"));
    for (const auto& arrow : ladder.arrows())
        out << QString(arrow.label).remove(quoted);
    window.selectSocket(1); // srv, the listener (closed by now: its lane and path stay).
    const ui::QueueScene& queue = window.findChild<ui::QueuesView*>()->scene();
    out << queue.title << queue.slotsNote << queue.notes;
    window.selectSocket(2); // cli, a TCP socket with a path to draw.
    for (const ui::StateTrack& track : window.findChild<ui::StatesView*>()->tracks())
        out << track.notes;
    // The call form's inline validation: two wrong addresses and a wrong hex payload.
    auto* address = window.findChild<ui::AddressField*>();
    for (const char* wrong : { "999.1.1.1:80", "127.0.0.1", "unix:" }) {
        address->setText(QString::fromLatin1(wrong));
        out << address->error();
    }
    out << ui::parsePayload(QStringLiteral("4g"), ui::PayloadMode::Hex).error
        << ui::parsePayload(QStringLiteral("414"), ui::PayloadMode::Hex).error
        << ui::parsePayload(QStringLiteral("ab\\q"), ui::PayloadMode::CEscape).error
        << ui::parsePayload(QStringLiteral("\\x4"), ui::PayloadMode::CEscape).error
        << ui::parsePayload(QStringLiteral("ab\\"), ui::PayloadMode::CEscape).error;
    // A wrong line after `head`, as the Scenario panel shows its parse error ("parsed: ..."
    // when it parsed after all, which the English checks below would notice).
    const auto parseError = [](const char* head, const char* wrong, const QString& base = {}) {
        const core::ScenarioParse parsed =
            core::parseScenario(std::string(head) + wrong, base.toStdString());
        return parsed.ok() ? QStringLiteral("parsed: ") + QString::fromLatin1(wrong)
                           : ui::ScenarioPanel::errorText(parsed.errors.front(), QStringLiteral("1"));
    };
    // Scenario parse errors as the Scenario panel shows them.
    for (const char* wrong : { "srv = sockett(AF_INET, SOCK_STREAM, 0)", "listen(srv, 4)",
                               "s = socket(AF_INET, SOCK_STREAM)", "close(3)", "s = socket(" })
        out << parseError("", wrong);
    // The rarer ones, one from each group: an argument of a kind (symbols, numbers, lists,
    // poll's entries, select's sets, recvmsg's lengths, fcntl), what follows a call, a
    // statement's rules and wait.
    const char* const sock = "s = socket(AF_INET, SOCK_STREAM, 0)\n";
    for (const char* wrong :
         { "s = socket(AF_FOO, SOCK_STREAM, 0)", "listen(s, lots)", "shutdown(s, SHUT_X)",
           "recv(s, 64, 0) until END", "recv(s, 64, 0) junk", "sleep(70000)", "wait job",
           "poll([s], 100)", "select([s, s], [], [], 0)", "recvmsg(s, [4, x], 0)",
           "fcntl(s, F_SETFD, O_NONBLOCK)", "sleep(5) &", "connect(s, peer.peer)",
           "send(s, [\"ab\"], 0)", "n = close(s)", "poll(s, POLLFOO)" })
        out << parseError(sock, wrong);
    // epoll's and kevent's arguments (a kevent line's argument errors come before the
    // line's "not available here").
    const char* const epoll = "s = socket(AF_INET, SOCK_STREAM, 0)\nep = epoll_create1(0)\n";
    for (const char* wrong :
         { "ep2 = epoll_create1(FOO)", "epoll_ctl(ep, EPOLL_CTL_X, s, EPOLLIN)",
           "epoll_ctl(ep, EPOLL_CTL_ADD, s, EPOLLFOO)", "epoll_wait(ep, 5000, 0)",
           "kevent(ep, [EV_SET(s, EVFILT_FOO, EV_ADD, 0, 0, 0)], 1, 0)",
           "kevent(ep, [EV_SET(s, EVFILT_READ, EV_FOO, 0, 0, 0)], 1, 0)",
           "kevent(ep, [EV_SET(s, EVFILT_READ, EV_ADD, x, 0, 0)], 1, 0)",
           "kevent(ep, [EV_SET(nobody, EVFILT_READ, EV_ADD, 0, 0, 0)], 1, 0)",
           "kevent(ep, [EV_SET(s)], 1, 0)", "kevent(ep, EV_SET, 1, 0)",
           "kevent(ep, [], 5000, 0)" })
        out << parseError(epoll, wrong);
    // `expect` clauses: one error of each kind of clause, and a clause the call cannot answer.
    const char* const clauses =
        "s = socket(AF_INET, SOCK_STREAM, 0)\nep = epoll_create1(0)\n";
    for (const char* wrong :
         { "recv(s, 64, 0)  expect bogus", "send(s, \"a\", 0)  expect revents POLLIN",
           "recv(s, 64, 0)  expect matches \"(a)\\1\"", "recv(s, 64, 0)  expect within 5",
           "recv(s, 64, 0)  expect EFOO", "recv(s, 64, 0)  expect length x",
           "poll([s POLLIN], 0)  expect revents t POLLIN", "select([s], [], [], 0)  expect in [t]",
           "epoll_wait(ep, 4, 0)  expect events [s EPOLLFOO]",
           "getsockopt(s, SOL_SOCKET, SO_TYPE)  expect value < abc",
           "recv(s, 64, 0)  expect peer", "recv(s, 64, 0)  expect", "recv(s, 64, 0)  expect state",
           "recv(s, 64, 0)  expect matches \"a{2000}\"",
           // A socket option's level, name and value, and a call this host lacks.
           "setsockopt(s, SOL_NOPE, SO_REUSEADDR, 1)", "setsockopt(s, IPPROTO_TCP, SO_REUSEADDR, 1)",
           "setsockopt(s, SOL_SOCKET, SO_BOGUS, 1)", "setsockopt(s, SOL_SOCKET, SO_LINGER, x)",
           "getsockopt(s, , 2)", "kq = kqueue()" })
        out << parseError(clauses, wrong);
    // The consent dialog's list: what a lab file reaches past the lab, one finding of each
    // kind.
    const core::ScenarioParse reaching = core::parseScenario(
        "s = socket(AF_INET, SOCK_RAW, 1)\nt = socket(AF_INET, SOCK_STREAM, 0)\n"
        "connect(t, 10.0.0.1:80)\nbind(t, 0.0.0.0:0)\nconnect(t, [::ffff:10.0.0.1]:80)\n"
        "connect(t, example.com:80)\nsetsockopt(t, SOL_SOCKET, 25, 1)\n"
        "u = socket(AF_UNIX, SOCK_STREAM, 0)\nconnect(u, unix:/tmp)\nconnect(u, unix:../x)\n"
        "connect(u, unix:@/x)\nv = socket(AF_INET, SOCK_STREAM, 99)");
    if (!reaching.ok())
        return { QStringLiteral("(the reaching lab did not parse)") };
    out << ui::ConsentDialog(core::checkPolicy(reaching.scenario, {}), QStringLiteral("lab")).lines();
    // Help -> Call x state table: each family's title, and the rows and columns of each table
    // with its cells not run yet ("(stopped)").
    ui::MatrixModel matrix;
    matrix.setResults(core::matrixCells(), {});
    for (core::MatrixFamily family : core::matrixFamilies()) {
        out << QCoreApplication::translate("spg::matrix", core::familyTitle(family).data());
        matrix.setTable(family, true);
        for (int c = 0; c < matrix.columnCount(); ++c)
            out << matrix.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        for (int r = 0; r < matrix.rowCount(); ++r)
            out << matrix.headerData(r, Qt::Vertical, Qt::DisplayRole).toString();
        if (matrix.rowCount() > 0 && matrix.columnCount() > 0)
            out << matrix.data(matrix.index(0, 0), Qt::DisplayRole).toString();
    }
    // A file that is not an strace log, as File -> Import strace log says it.
    {
        const straceimport::ImportResult r = straceimport::importStraceLog("hello\n", "x.log");
        out << QCoreApplication::translate("spg::import", r.error.c_str());
    }
    // file("...") payloads: no folder yet, a path out of the folder, a directory.
    const QString folder = QStringLiteral("/tmp/spg-%1").arg(QCoreApplication::applicationPid());
    QDir().mkpath(folder + QStringLiteral("/d"));
    for (const auto& [wrong, base] : { std::pair { "send(s, file(\"d\"), 0)", QString() },
                                       std::pair { "send(s, file(\"../d\"), 0)", folder },
                                       std::pair { "send(s, file(\"d\"), 0)", folder } })
        out << parseError(sock, wrong, base);
    QDir(folder).removeRecursively();
    // A socket option's value as the call form checks it.
    core::OptionValue value;
    for (const char* option : { "SO_LINGER", "SO_RCVTIMEO", "SO_RCVBUF" })
        out << ui::translated(core::optionValueMessage(*core::findOption(option), "x", value));
    bridge.shutdown();
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The texts of `shown` still in English (each reported as a warning), allowing the technical
// words, the words Spanish writes as English does, and `extra`. The window checks want none.
QStringList stillEnglish(const QString& code, const QStringList& shown, const QStringList& english,
                         bool latin, const QSet<QString>& extra)
{
    QSet<QString> allowed = test::technicalWords() + extra;
    if (code == QLatin1String("es"))
        allowed += { QStringLiteral("Bytes"), QStringLiteral("Sockets"), QStringLiteral("Local"),
                     QStringLiteral("Iter"), QStringLiteral("Demos") };
    const QStringList left = test::untranslatedTexts(shown, english, latin, allowed);
    for (const QString& text : left)
        qWarning("still English: %s", qPrintable(text));
    return left;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QSettings().clear();
        QVERIFY(ui::installLanguage(QStringLiteral("en")));
    }

    void cleanup() { ui::installLanguage(QStringLiteral("en")); }

    void tsFilesFinished_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("es") << QStringLiteral(SPG_TS_DIR "/spg_es.ts");
        QTest::newRow("ko") << QStringLiteral(SPG_TS_DIR "/spg_ko.ts");
    }

    void tsFilesFinished()
    {
        QFETCH(QString, path);
        const QByteArray xml = readFile(path);
        QVERIFY2(xml.count("<message>") > 300, qPrintable(path));
        QString error;
        const QStringList unfinished = test::unfinishedMessages(xml, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    // The .ts check, fed an unfinished, an empty and a misplaced-argument message.
    void unfinishedCheckFails()
    {
        const QByteArray xml = R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="es"><context><name>C</name>
<message><source>Done</source><translation>Hecho</translation></message>
<message><source>Open</source><translation type="unfinished">Abrir</translation></message>
<message><source>Close</source><translation></translation></message>
<message><source>%1 of %2</source><translation>%1 de %1</translation></message>
</context></TS>)";
        const QStringList expected { QStringLiteral("C: Open"), QStringLiteral("C: Close"),
                                     QStringLiteral("C: %1 of %2") };
        QCOMPARE(test::unfinishedMessages(xml), expected);
    }

    // Every template the core marks with SPG_TR_NOOP has a finished translation in both
    // files, so no core message reaches the window in English.
    void coreTemplatesTranslated_data() { tsFilesFinished_data(); }

    void coreTemplatesTranslated()
    {
        QFETCH(QString, path);
        QStringList templates;
        QDirIterator it(QStringLiteral(SPG_CORE_DIR), { QStringLiteral("*.cpp"), QStringLiteral("*.h") },
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            templates << test::noopTemplates(QString::fromUtf8(readFile(it.next())));
        QVERIFY(templates.size() > 100);
        QVERIFY(templates.contains(QStringLiteral("spg::scenario: expected F_GETFL")));
        const QStringList missing = test::missingTranslations(templates, readFile(path));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // --help in the system locale's language; LANG=C (and the man page) stay English.
    void helpFollowsLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("latin");
        QTest::newRow("es") << QStringLiteral("es_ES.UTF-8") << QStringLiteral("Uso: socket-playground")
                            << true;
        QTest::newRow("ko") << QStringLiteral("ko_KR.UTF-8") << QStringLiteral("사용법: socket-playground")
                            << false;
        QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("Usage: socket-playground")
                           << true;
    }

    void helpFollowsLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QFETCH(bool, latin);
        auto run = [&](const QString& option) {
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LC_ALL"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.remove(QStringLiteral("LANGUAGE"));
            env.remove(QStringLiteral("LC_NUMERIC"));
            env.insert(QStringLiteral("LANG"), lang);
            app.setProcessEnvironment(env);
            app.start(QStringLiteral(SPG_APP_BINARY), { option });
            if (!app.waitForFinished(30000) || app.exitCode() != 0)
                return QString();
            return QString::fromUtf8(app.readAllStandardOutput());
        };
        const QString help = run(QStringLiteral("--help"));
        QVERIFY2(help.startsWith(expected), qPrintable(help.left(200)));
        QVERIFY(run(QStringLiteral("--help-man")).contains(QStringLiteral("open the window")));
        if (lang == QLatin1String("C"))
            return;
        QVERIFY(help.count(latin ? QStringLiteral(" el ") : QStringLiteral("니다")) > 5);
        // No English left: each line's words beyond the technical ones (option names, calls)
        // differ from the English text's, which LANG=C prints.
        auto lines = [](const QString& text) {
            QStringList out = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (QString& line : out)
                line = line.trimmed();
            return out;
        };
        lang = QStringLiteral("C");
        const QStringList englishLines = lines(run(QStringLiteral("--help")));
        QVERIFY(englishLines.size() > 40);
        // Line by line against the English (options, calls and the example scenario's
        // names may stay): a line still as in English, and not technical, is left over.
        QSet<QString> allowed = test::technicalWords();
        allowed.unite({ QStringLiteral("srv"), QStringLiteral("cli"), QStringLiteral("local"),
                        QStringLiteral("expect"), QStringLiteral("trace"),
                        QStringLiteral("network") });
        const QStringList left = test::untranslatedTexts(lines(help), englishLines, true, allowed);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

    // The template check, fed a source with a template the .ts file lacks and one it has.
    void coreTemplateCheckFails()
    {
        // What a source holds: fail(SPG_TR_NOOP("spg::scenario", "expected F_GETFL")); and a
        // template in two literals with an escaped quote.
        const QString source = QStringLiteral(
            "fail(SPG_TR_NOOP(\"spg::scenario\", \"expected F_GETFL\"));\n"
            "x(SPG_TR_NOOP(\"spg::scenario\", \"not \"\n  \"in \\\"any\\\" file %1\"), n);");
        QCOMPARE(test::noopTemplates(source),
                 QStringList({ QStringLiteral("spg::scenario: expected F_GETFL"),
                               QStringLiteral("spg::scenario: not in \"any\" file %1") }));
        const QByteArray xml = readFile(QStringLiteral(SPG_TS_DIR "/spg_es.ts"));
        QCOMPARE(test::missingTranslations(test::noopTemplates(source), xml),
                 QStringList { QStringLiteral("spg::scenario: not in \"any\" file %1") });
    }

    // The window check, fed a widget that keeps an English label.
    void untranslatedCheckFails()
    {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(new QLabel(QStringLiteral("Send bytes"))); // English: must be found.
        layout->addWidget(new QLabel(QStringLiteral("Enviar bytes")));
        layout->addWidget(new QLabel(QStringLiteral("바이트 보내기")));
        layout->addWidget(new QPushButton(QStringLiteral("&accept()"))); // A call name.
        layout->addWidget(new QLabel(QStringLiteral("ECONNREFUSED · SO_ERROR · TCP · epoll")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList shown = test::visibleTexts(&window);
        QVERIFY(shown.contains(QStringLiteral("accept()")));
        const QSet<QString> allowed = test::technicalWords();
        // Korean: any English word is caught; here "Enviar" counts as one too.
        QCOMPARE(test::untranslatedTexts(shown, {}, false, allowed),
                 QStringList({ QStringLiteral("Send bytes"), QStringLiteral("Enviar bytes") }));
        // Spanish: only what the English window shows as well.
        QCOMPARE(test::untranslatedTexts(shown, { QStringLiteral("Send bytes") }, true, allowed),
                 QStringList { QStringLiteral("Send bytes") });
    }

    void mainWindowTranslated_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("latin");
        QTest::newRow("es") << QStringLiteral("es") << true;
        QTest::newRow("ko") << QStringLiteral("ko") << false;
    }

    void mainWindowTranslated()
    {
        QFETCH(QString, code);
        QFETCH(bool, latin);
        const QStringList english = mainWindowTexts();
        QVERIFY(english.contains(QStringLiteral("Sockets")));
        QVERIFY(ui::installLanguage(code));
        const QStringList shown = mainWindowTexts();
        QVERIFY(shown.size() > 40);
        QVERIFY(stillEnglish(code, shown, english, latin, {}).isEmpty());
    }

    // The texts made while the app runs, not only those of the window at start.
    void runningWindowTranslated_data() { mainWindowTranslated_data(); }

    void runningWindowTranslated()
    {
        QFETCH(QString, code);
        QFETCH(bool, latin);
        const QStringList english = runningWindowTexts();
        QVERIFY2(english.contains(QStringLiteral("readable: 8 byte(s) waiting"))
                     || english.join(QLatin1Char('|')).contains(QStringLiteral("byte(s) waiting")),
                 qPrintable(english.join(QLatin1Char('|'))));
        const QString all = english.join(QLatin1Char('|'));
        for (const char* note : { "there is no socket #9999", "line 1: expected 7, got ",
                                  "line 3: expected bytes containing \"zz\", got 40 bytes starting",
                                  "line 2: socket \"s\" does not exist",
                                  "a back-reference (\\1 to \\9) is not part of POSIX",
                                  "expect revents POLLIN cannot be checked after send()",
                                  "SO_LINGER: ", "is not available on", "kqueue is not available on this system",
                                  "line 5: connect to [::ffff:10.0.0.1]:80 (another host, as an IPv4-mapped",
                                  "(protocol 99, not TCP, UDP or SCTP)", "an existing file, outside", "listening + pending client", "send into a full buffer",
                                  "the call does not end as \"...) = RESULT\"", "/dev/null is a character device", "SO_REUSEADDR is at level",
                                  "auto-accept on for socket #", "cancel: 1 blocked call(s)",
                                  "cancelled: by the user (a real program sees EINTR when a signal "
                                  "interrupts a blocking call)",
                                  "the playground removed unix:" })
            QVERIFY2(all.contains(QLatin1String(note)), note);
        QVERIFY(ui::installLanguage(code));
        const QStringList shown = runningWindowTexts();
        QVERIFY(shown.size() > 20);
        // Names the wrong scenario lines wrote, quoted back in their parse errors.
        const QSet<QString> quoted { QStringLiteral("sockett"), QStringLiteral("srv"),
                                     QStringLiteral("lots"),    QStringLiteral("junk"),
                                     QStringLiteral("job"),     QStringLiteral("peer"),
                                     QStringLiteral("x"),       QStringLiteral("s"),
                                     // The grammar's own words and units, as a file writes them.
                                     QStringLiteral("until"),   QStringLiteral("ask"),
                                     QStringLiteral("expect"),  QStringLiteral("sleep"),
                                     QStringLiteral("MiB"),     QStringLiteral("xHH"),
                                     QStringLiteral("file"),
                                     // A UNIX socket's path and its unnamed address, as the
                                     // kernel and strace write them.
                                     QStringLiteral("tmp"),     QStringLiteral("spg"),
                                     QStringLiteral("unix"),    QStringLiteral("unnamed"),
                                     QStringLiteral("nobody"),  QStringLiteral("ep"),
                                     QStringLiteral("ep2"),     QStringLiteral("maxevents"),
                                     QStringLiteral("nevents"), QStringLiteral("ident"),
                                     QStringLiteral("fflags"),  QStringLiteral("changelist"),
                                     // EV_SET's parameters as kevent(2) names them.
                                     QStringLiteral("filter"),  QStringLiteral("flags"),
                                     QStringLiteral("data"),    QStringLiteral("udata"),
                                     // A system call the playground does not make, named.
                                     QStringLiteral("unlink"),
                                     // The words of `expect` clauses as a file writes them,
                                     // a state's name as `expect state` takes it, and the
                                     // values the wrong clauses and payloads wrote.
                                     QStringLiteral("bytes"),   QStringLiteral("prefix"),
                                     QStringLiteral("contains"), QStringLiteral("matches"),
                                     QStringLiteral("length"),  QStringLiteral("value"),
                                     QStringLiteral("state"),   QStringLiteral("queue"),
                                     QStringLiteral("backlog"), QStringLiteral("revents"),
                                     QStringLiteral("peer"),    QStringLiteral("within"),
                                     QStringLiteral("events"),  QStringLiteral("kevents"),
                                     QStringLiteral("local"),   QStringLiteral("created"),
                                     QStringLiteral("bogus"),   QStringLiteral("abc"),
                                     QStringLiteral("zz"),
                                     // An automation's name as a scenario line writes it.
                                     QStringLiteral("auto"),
                                     // A host name the reaching lab wrote.
                                     QStringLiteral("example"), QStringLiteral("com"),
                                     QStringLiteral("ffff"),
                                     // Paths that are not scenarios.
                                     QStringLiteral("dev"),     QStringLiteral("null") };
        const QStringList left = stillEnglish(code, shown, english, latin, quoted);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(" | "))));
    }

    void callHelpTranslated_data() { mainWindowTranslated_data(); }

    void callHelpTranslated()
    {
        QFETCH(QString, code);
        QVERIFY(ui::installLanguage(code));
        for (const core::CallSpec& spec : core::callTable()) {
            if (spec.help.empty())
                continue;
            QVERIFY2(ui::callHelp(spec.kind)
                         != QString::fromUtf8(spec.help.data(), qsizetype(spec.help.size())),
                     spec.name.data());
        }
    }

    // Every comment of every demo reads translated, and nothing but the comments changed.
    void demoCommentsTranslated_data() { mainWindowTranslated_data(); }

    void demoCommentsTranslated()
    {
        QFETCH(QString, code);
        QVERIFY(ui::installLanguage(code));
        const QList<ui::Demo> all = ui::demos();
        QVERIFY(all.size() >= 10);
        for (const ui::Demo& demo : all) {
            const QString english = ui::demoText(demo.name);
            const QStringList before = english.split(QLatin1Char('\n'));
            const QStringList after = ui::translateDemoComments(english).split(QLatin1Char('\n'));
            QCOMPARE(after.size(), before.size());
            for (int i = 0; i < before.size(); ++i) {
                const auto was = core::scenario_text::splitComment(before[i].toStdString());
                const auto now = core::scenario_text::splitComment(after[i].toStdString());
                QCOMPARE(now.code, was.code);
                const std::string_view prose = core::commentProse(was.comment);
                if (!prose.empty())
                    QVERIFY2(now.comment != was.comment,
                             qPrintable(demo.name + QStringLiteral(": ") + before[i]));
            }
            QVERIFY2(ui::translateDemoTitle(demo.title) != demo.title, qPrintable(demo.title));
        }
    }

    void systemLocaleChoosesLanguage()
    {
        const QString system = QStringLiteral("system");
        QCOMPARE(ui::resolveLanguage(system, QLocale(QStringLiteral("es_MX"))),
                 QStringLiteral("es"));
        QCOMPARE(ui::resolveLanguage(system, QLocale(QStringLiteral("ko_KR"))),
                 QStringLiteral("ko"));
        QCOMPARE(ui::resolveLanguage(system, QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("en"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("ko"), QLocale(QStringLiteral("es_ES"))),
                 QStringLiteral("ko"));
        QCOMPARE(ui::resolveLanguage(QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(ui::installedLanguage(), QStringLiteral("en"));
        QVERIFY(!ui::installLanguage(QStringLiteral("fr")));
    }

    void choicePersists()
    {
        QCOMPARE(ui::savedLanguage(), QStringLiteral("system"));
        ui::saveLanguage(QStringLiteral("ko"));
        QCOMPARE(ui::savedLanguage(), QStringLiteral("ko"));
        QSettings().clear();
    }

    // View → Language lists the four choices, checks the saved one and saves a new one (English
    // while English is installed: no restart needed, so no note either).
    void languageMenuSavesChoice()
    {
        QSettings().clear();
        ui::EngineBridge bridge;
        ui::MainWindow window(bridge);
        auto* menu = window.findChild<ui::LanguageMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        QAction* english = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            names << action->text();
            if (action->data().toString() == QLatin1String("en"))
                english = action;
            QCOMPARE(action->isChecked(), action->data().toString() == QLatin1String("system"));
        }
        QCOMPARE(names, QStringList({ QStringLiteral("System"), QStringLiteral("English"),
                                      QStringLiteral("Español"), QStringLiteral("한국어") }));
        QVERIFY(english);
        english->trigger();
        QCOMPARE(ui::savedLanguage(), QStringLiteral("en"));
        QVERIFY(english->isChecked());
        QSettings().clear();
    }

    // The note after a change speaks the chosen language, whatever the window speaks.
    void restartMessageInChosenLanguage()
    {
        const QString ko =
            ui::LanguageMenu::restartMessage(QStringLiteral("ko"), QStringLiteral("한국어"));
        QVERIFY2(ko.contains(QStringLiteral("한국어")) && ko.contains(QChar(0xC2DC)),
                 qPrintable(ko));
        const QString en =
            ui::LanguageMenu::restartMessage(QStringLiteral("en"), QStringLiteral("English"));
        QVERIFY(en.startsWith(QStringLiteral("Socket Playground will speak English")));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
