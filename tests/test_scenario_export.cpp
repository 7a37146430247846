// The C exporter against the engine: each scenario (every demo, and the ones below) is
// exported, compiled with cc -std=c11 -Wall -Wextra -Werror -pthread, run, and its printed
// calls compared with the headless run of the same scenario and, on Linux, with the
// expected text written here. Both traces go through orderTrace() and normaliseTrace(), so
// fd numbers, ephemeral ports and where a background call's line lands may differ; nothing
// else may. Real sockets on 127.0.0.1, ::1 and UNIX paths in a temporary directory.
#include "export/scenario_export.h"
#include "core/scenario/scenario_runner.h"
#include "matrix/trace_compare.h"

#include "core/sys/sys.h"

#include <QtTest>

#include <cstddef>
#include <sys/un.h>

using namespace spg::core;

namespace {

QStringList toList(const std::vector<std::string>& lines)
{
    QStringList out;
    for (const std::string& l : lines)
        out << QString::fromStdString(l);
    return out;
}

std::vector<std::string> toVector(const QStringList& lines)
{
    std::vector<std::string> out;
    for (const QString& l : lines)
        out.push_back(l.toStdString());
    return out;
}

// The scenario's text for one run, with its own directory in place of ${DIR}.
ScenarioParse parseIn(const QString& text, const QString& dir)
{
    return parseScenario(QString(text).replace(QStringLiteral("${DIR}"), dir).toStdString());
}

// Both traces in comparable form; the run's directory becomes ${DIR} again.
QStringList canonical(const Scenario& scenario, const QStringList& lines, const QString& dir)
{
    return toList(normaliseTrace(orderTrace(scenario, toVector(lines))))
        .replaceInStrings(dir, QStringLiteral("${DIR}"));
}

struct Program {
    QStringList lines; // stdout
    int exitCode = -1;
};

// Writes the program, compiles it and runs it; an empty `error` means it ran to its end.
Program compileAndRun(const std::string& source, const QString& dir, QString& error)
{
    Program p;
    const QString c = dir + QStringLiteral("/prog.c");
    const QString exe = dir + QStringLiteral("/prog");
    QFile file(c);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(source.data(), static_cast<qint64>(source.size()))
            != static_cast<qint64>(source.size())) {
        error = QStringLiteral("cannot write ") + c;
        return p;
    }
    file.close();
    QProcess cc;
    cc.start(QStringLiteral("cc"),
             { "-std=c11", "-Wall", "-Wextra", "-Werror", "-pthread", c, "-o", exe });
    if (!cc.waitForFinished(60000) || cc.exitStatus() != QProcess::NormalExit
        || cc.exitCode() != 0) {
        error = QStringLiteral("cc failed:\n") + QString::fromLocal8Bit(cc.readAllStandardError());
        return p;
    }
    QProcess run;
    run.setWorkingDirectory(dir);
    run.start(exe, {});
    if (!run.waitForFinished(30000)) {
        run.kill();
        run.waitForFinished();
        error = QStringLiteral("the program did not finish in 30 s; it printed:\n")
            + QString::fromLocal8Bit(run.readAllStandardOutput());
        return p;
    }
    if (run.exitStatus() != QProcess::NormalExit) {
        error = QStringLiteral("the program crashed");
        return p;
    }
    p.exitCode = run.exitCode();
    p.lines = QString::fromLocal8Bit(run.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
    return p;
}

// The engine runs each scenario as written, as the exported program does: the safety
// policy and its scratch folder are not what this test compares.
RunOptions ownScenario()
{
    RunOptions options;
    options.ownScenario = true;
    return options;
}

// The headless run's lines, ending like the program's output when an expectation fails.
QStringList headless(const Scenario& scenario, int& exitCode)
{
    const RunResult r = runScenario(scenario, ownScenario());
    QStringList lines = toList(r.lines);
    if (r.exitCode != 0)
        lines << QStringLiteral("expect failed: ") + QString::fromStdString(r.failure);
    exitCode = r.exitCode;
    return lines;
}

// What a failing comparison should show: both traces, line by line.
QString sideBySide(const QStringList& got, const QStringList& want)
{
    QString out;
    for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i) {
        const QString g = i < got.size() ? got[i] : QStringLiteral("(none)");
        const QString w = i < want.size() ? want[i] : QStringLiteral("(none)");
        out += (g == w ? QStringLiteral("   ") : QStringLiteral(" ! ")) + g + '\n';
        if (g != w)
            out += QStringLiteral("   want ") + w + '\n';
    }
    return out;
}

// No expected text: compared with the headless run only.
void addScenario(const char* tag, const char* text, const char* expected, int exitCode)
{
    QTest::newRow(tag) << QString::fromUtf8(text) << QString::fromUtf8(expected)
                       << (expected ? exitCode : -1);
}

} // namespace

class TestScenarioExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void literalsAreSafeC();
    void errnoWithoutANameIsANumber();
    void commentsCannotEndEarly();
    void namesDoNotClash();
    void normaliseNumbersSocketsAndPorts();
    void normaliseKeepsWhichSocketIsWhich();
    void normaliseKeventIdents();
    void orderMovesBackgroundLinesToTheirWait();
    void programReadsLikeTheNotes();
    void preludeHoldsOnlyWhatIsUsed();
    void scenarios_data();
    void scenarios();
    void demos_data();
    void demos();
    void numericOptions();
    void automationAndUntilEof();
    void payloadFromFile();
    void seedsCalls();
    void everyFormHolds();
    void selectHolds();
    void epollHolds();
    void kevent64ProgramSaysMacOnly();
    void failures_data();
    void failures();

private:
    void compareWithEngine(const QString& text, const QString& expected, int expectedExit);
    void unavailableProgramSaysSo(const QString& text, const QString& dir);
    void holdsEverywhere(const QString& text);
    bool m_haveCc = false;
};

void TestScenarioExport::initTestCase()
{
    m_haveCc = !QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty();
}

void TestScenarioExport::literalsAreSafeC()
{
    using c_export::cLiteral;
    QCOMPARE(cLiteral("a\"b\\c\n\r\t"), std::string(R"("a\"b\\c\n\r\t")"));
    // Octal, always three digits: "\x00" followed by '1' would read as the one byte 0x001.
    QCOMPARE(cLiteral(std::string("\0"
                                  "1",
                                  2)),
             std::string(R"("\0001")"));
    QCOMPARE(cLiteral("\xff\x7f"), std::string(R"("\377\177")"));
    QCOMPARE(cLiteral("?\?/ ?"), std::string(R"("?\?/ ?")")); // no trigraph
    QCOMPARE(cLiteral(""), std::string(R"("")"));
    QCOMPARE(cLiteral("$R"), std::string(R"("\044R")")); // never a placeholder
}

// An errno the name table lacks ("expect E4000") is no C identifier: the program checks the
// number.
void TestScenarioExport::errnoWithoutANameIsANumber()
{
    const ScenarioParse p = parseScenario("s = socket(AF_INET, SOCK_STREAM, 0)\n"
                                          "close(s) expect E4000\n"
                                          "close(s) expect EBADF\n");
    QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
    const std::string c = exportToC(p.scenario, "t.spg");
    QVERIFY2(c.find(", 4000, \"E4000\")") != std::string::npos, c.c_str());
    QVERIFY(c.find(", EBADF, \"EBADF\")") != std::string::npos);
}

void TestScenarioExport::commentsCannotEndEarly()
{
    const std::string c = c_export::cComment("ends */ here, opens /* there, ?\?/ trigraph; "
                                                 + std::string(120, 'x') + " and more words",
                                             "    ");
    QVERIFY(c.rfind("    /* ", 0) == 0);
    QCOMPARE(c.substr(c.size() - 4), std::string(" */\n"));
    QCOMPARE(c.find("*/"), c.size() - 3);                        // only the closing one
    QCOMPARE(c.find("/*", c.find("/*") + 1), std::string::npos); // only the opening one
    QCOMPARE(c.find("??"), std::string::npos);
    QVERIFY(std::count(c.begin(), c.end(), '\n') >= 2); // wrapped
    QCOMPARE(c_export::cComment("short", ""), std::string("/* short */\n"));
}

void TestScenarioExport::namesDoNotClash()
{
    using c_export::cName;
    QCOMPARE(cName("srv"), std::string("srv"));
    QCOMPARE(cName("send"), std::string("sock_send"));   // would hide send()
    QCOMPARE(cName("buf"), std::string("sock_buf"));     // a block's own variable
    QCOMPARE(cName("job_x"), std::string("sock_job_x")); // background jobs' names
    QCOMPARE(cName("_x"), std::string("sock__x"));
    QCOMPARE(cName("int"), std::string("sock_int"));
    QCOMPARE(cName("POLLIN"), std::string("sock_POLLIN")); // a macro's name
    QCOMPARE(cName("Srv2"), std::string("Srv2"));
}

void TestScenarioExport::normaliseNumbersSocketsAndPorts()
{
    const QStringList got = toList(normaliseTrace(toVector({
        "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 7",
        "bind(7, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = "
        "0",
        "connect(7, {sa_family=AF_INET6, sin6_port=htons(41234), sin6_flowinfo=htonl(0)}, 28) = 0",
        "connect(7, {sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}, "
        "16) = 0",
        "socketpair(AF_UNIX, SOCK_STREAM, 0, [8, 9]) = 0",
        "recv(9, \"12345\", 64, 0) = 5",
        "poll([{fd=8, events=POLLIN}], 1, -1) = 1 ([{fd=8, revents=POLLIN}])",
        "close(7) = 0",
        "accept(3, 0x..., [128]) = -1 EAGAIN (Resource temporarily unavailable)",
        "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 7",
        "close(7, ...) = -1 EBADF (Bad file descriptor)",
        "expect failed: line 3: expected value 127.0.0.1:40000, got \"[::1]:50000\" or 10.0.0.1:22",
        "recv(99999999999, \"1.2:123456789012345678901234567890\", 64, 0) = 34",
    })));
    const QStringList want = {
        "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>",
        "bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, "
        "16) = 0",
        "connect(<fd1>, {sa_family=AF_INET6, sin6_port=htons(<port>), sin6_flowinfo=htonl(0)}, 28) "
        "= 0",
        "connect(<fd1>, {sa_family=AF_INET, sin_port=htons(80), "
        "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
        "socketpair(AF_UNIX, SOCK_STREAM, 0, [<fd2>, <fd3>]) = 0",
        "recv(<fd3>, \"12345\", 64, 0) = 5",
        "poll([{fd=<fd2>, events=POLLIN}], 1, -1) = 1 ([{fd=<fd2>, revents=POLLIN}])",
        "close(<fd1>) = 0",
        "accept(<fd>, 0x..., [128]) = -1 EAGAIN (Resource temporarily unavailable)",
        "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = <fd4>",
        "close(<fd4>, ...) = -1 EBADF (Bad file descriptor)",
        "expect failed: line 3: expected value 127.0.0.1:<port>, got \"[::1]:<port>\" or "
        "10.0.0.1:22",
        "recv(<fd>, \"1.2:123456789012345678901234567890\", 64, 0) = 34",
    };
    QVERIFY2(got == want, qPrintable(sideBySide(got, want)));
}

// kevent lines: the queue and the read/write filters' idents are fds; a timer's ident is not.
void TestScenarioExport::normaliseKeventIdents()
{
    const QStringList got = toList(normaliseTrace(toVector({
        "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 7",
        "kqueue() = 9",
        "kevent(9, [{ident=7, filter=EVFILT_READ, flags=EV_ADD, fflags=0, data=0, udata=0}], 1, "
        "[{ident=7, filter=EVFILT_WRITE, flags=EV_ADD|EV_ERROR, fflags=0, data=9 /* EBADF */, "
        "udata=0}, {ident=3, filter=EVFILT_TIMER, flags=0, fflags=0, data=1, udata=0}], 4, NULL) = 2",
    })));
    const QStringList want = {
        "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>",
        "kqueue() = <fd2>",
        "kevent(<fd2>, [{ident=<fd1>, filter=EVFILT_READ, flags=EV_ADD, fflags=0, data=0, udata=0}], "
        "1, [{ident=<fd1>, filter=EVFILT_WRITE, flags=EV_ADD|EV_ERROR, fflags=0, data=9 /* EBADF */, "
        "udata=0}, {ident=3, filter=EVFILT_TIMER, flags=0, fflags=0, data=1, udata=0}], 4, NULL) = 2",
    };
    QVERIFY2(got == want, qPrintable(sideBySide(got, want)));
}

void TestScenarioExport::normaliseKeepsWhichSocketIsWhich()
{
    const auto norm = [](const QStringList& l) { return toList(normaliseTrace(toVector(l))); };
    const QStringList engine = { "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 5",
                                 "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 6", "close(5) = 0" };
    const QStringList same = { "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 3",
                               "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 4", "close(3) = 0" };
    const QStringList other = { "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 3",
                                "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = 4", "close(4) = 0" };
    QCOMPARE(norm(same), norm(engine));
    QVERIFY(norm(other) != norm(engine)); // closing the other socket is a different program
    QVERIFY(norm({ "send(4, \"a\", 1, 0) = 1" }) != norm({ "send(4, \"b\", 1, 0) = 1" }));
    QVERIFY(norm({ "recv(4, \"\", 8, 0) = 0" }) != norm({ "recv(4, \"\", 8, 0) = 1" }));
}

void TestScenarioExport::orderMovesBackgroundLinesToTheirWait()
{
    const ScenarioParse p = parseScenario("srv = socket(AF_INET, SOCK_STREAM, 0)\n"
                                          "listen(srv, 1)\n"
                                          "conn = accept(srv) &\n"
                                          "cli = socket(AF_INET, SOCK_STREAM, 0)\n"
                                          "connect(cli, srv.local)\n"
                                          "wait conn\n"
                                          "send(conn, \"x\", 0)\n");
    QVERIFY(p.ok());
    const QString accept = "accept(3, {sa_family=AF_INET}, [16]) = 5";
    const QStringList early = { "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3",
                                "listen(3, 1) = 0",
                                "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 4",
                                accept,
                                "connect(4, {sa_family=AF_INET}, 16) = 0",
                                "send(5, \"x\", 1, MSG_NOSIGNAL) = 1",
                                "expect failed: line 7: x" };
    QStringList late = early;
    late.move(3, 4); // the accept line after the connect line
    const QStringList want = { early[0], early[1], early[2], early[4], accept, early[5], early[6] };
    QCOMPARE(toList(orderTrace(p.scenario, toVector(early))), want);
    QCOMPARE(toList(orderTrace(p.scenario, toVector(late))), want);
    // Without the background line, nothing moves.
    QStringList none = early;
    none.removeAt(3);
    QCOMPARE(toList(orderTrace(p.scenario, toVector(none))), none);
}

void TestScenarioExport::programReadsLikeTheNotes()
{
    const ScenarioParse p =
        parseScenario("# title: notes\n"
                      "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
                      "setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, 1)  # allow a quick restart\n"
                      "bind(srv, 127.0.0.1:0)\n"
                      "listen(srv, 2)                                expect 0\n"
                      "conn = accept(srv) &\n"
                      "cli = socket(AF_INET, SOCK_STREAM, 0)\n"
                      "connect(cli, srv.local)\n"
                      "wait conn\n"
                      "recv(conn, 64, 0)                             expect \"hi\"\n");
    QVERIFY(p.ok());
    const std::string c = exportToC(p.scenario, "/some/where/notes.spg");
    for (const char* piece : {
             "/*\n * notes.c: exported by Socket Playground from notes.spg (notes).",
             "cc -std=c11 -Wall -Wextra -Werror -pthread notes.c -o notes",
             "int srv = -1, conn = -1, cli = -1; /* the scenario's sockets */",
             "    srv = socket(AF_INET, SOCK_STREAM, 0);\n"
             "    print_call(srv, \"socket(AF_INET, SOCK_STREAM, IPPROTO_IP)\");",
             "    /* allow a quick restart */\n    {\n        int value = 1;\n"
             "        int r = setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &value, sizeof value);",
             "struct sockaddr_in addr;",
             "addr.sin_family = AF_INET;",
             "addr.sin_port = htons(0);",
             "inet_pton(AF_INET, \"127.0.0.1\", &addr.sin_addr);",
             "int r = bind(srv, (struct sockaddr *)&addr, sizeof addr);",
             "expect_result(5, r, EQ, 0);",
             "if (getsockname(srv, (struct sockaddr *)&addr, &len) < 0)",
             "int r = connect(cli, (struct sockaddr *)&addr, len);",
             "job->result = accept(job->fd, (struct sockaddr *)&peer, &len);",
             "pthread_create(&job_conn.thread, NULL, job_conn_run, &job_conn)",
             "    pthread_join(job_conn.thread, NULL);\n    conn = (int)job_conn.result;",
             "ssize_t n = recv(conn, buf, 64, 0);",
             "expect_bytes(10, n, \"\\\"hi\\\"\", buf, got, \"hi\", 2);",
         })
        QVERIFY2(c.find(piece) != std::string::npos, piece);
    QVERIFY(c.find("#define _GNU_SOURCE") < c.find("#include"));
    QVERIFY(c.find("MSG_NOSIGNAL") != std::string::npos);
}

void TestScenarioExport::preludeHoldsOnlyWhatIsUsed()
{
    using namespace c_export;
    QCOMPARE(prelude(0).find("print_call"), std::string::npos);
    const std::string bytes = prelude(HelperExpectBytes);
    for (const char* needed :
         { "static void expect_bytes(", "static const char *bytes_text(", "static void escape(",
           "static void fail(", "static void print_call(" })
        QVERIFY2(bytes.find(needed) != std::string::npos, needed);
    QCOMPARE(bytes.find("sockaddr_text"), std::string::npos);
    const ScenarioParse p = parseScenario("s = socket(AF_INET, SOCK_DGRAM, 0)\nclose(s)\n");
    QVERIFY(p.ok());
    const std::string c = exportToC(p.scenario, "small.spg");
    for (const char* unused :
         { "sockaddr_text", "bytes_text", "expect_", "struct job", "lifecycle[" })
        QVERIFY2(c.find(unused) == std::string::npos, unused);
}

// Each scenario with its trace as a Linux run prints it, normalised; ${DIR} is the run's
// temporary directory and ${LEN} / ${ALEN} the length of its UNIX / abstract address.
void TestScenarioExport::scenarios_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("exitCode");
    addScenario("udp", R"spg(# title: UDP: sendto and recvfrom keep datagram boundaries
a = socket(AF_INET, SOCK_DGRAM, 0)
bind(a, 127.0.0.1:0)                    expect 0
b = socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP)
sendto(b, "ping", 0, a.local)           expect 4
sendto(b, "pong!", 0, a.local)          expect 5
sendto(b, x"00 ff 7f 3f 3f 2f", 0, a.local)
ioctl(a, FIONREAD)                      expect value 4
recvfrom(a, 64, 0)                      expect "ping"
recvfrom(a, 2, MSG_TRUNC)               expect 5     # the real length; only "po" was copied
recv(a, 64, MSG_PEEK)                   expect "\x00\xff\x7f??/"
recv(a, 64, 0)
recv(a, 64, MSG_DONTWAIT)               expect EAGAIN
getsockname(b)
close(a)
close(b)
)spg",
                R"out(socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP) = <fd2>
sendto(<fd2>, "ping", 4, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 4
sendto(<fd2>, "pong!", 5, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 5
sendto(<fd2>, "\x00\xff\x7f??/", 6, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 6
ioctl(<fd1>, FIONREAD, [4]) = 0
recvfrom(<fd1>, "ping", 64, 0, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = 4
recvfrom(<fd1>, "po", 2, MSG_TRUNC, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = 5
recv(<fd1>, "\x00\xff\x7f??/", 64, MSG_PEEK) = 6
recv(<fd1>, "\x00\xff\x7f??/", 64, 0) = 6
recv(<fd1>, 0x..., 64, MSG_DONTWAIT) = -1 EAGAIN (Resource temporarily unavailable)
getsockname(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("0.0.0.0")}, [16]) = 0
close(<fd1>) = 0
close(<fd2>) = 0
)out",
                0);
    addScenario("unix", R"spg(# title: A UNIX stream socket in a directory
srv = socket(AF_UNIX, SOCK_STREAM, 0)
bind(srv, unix:${DIR}/s.sock)            expect 0
listen(srv, 1)                          expect state listening
cli = socket(AF_UNIX, SOCK_STREAM, 0)
connect(cli, unix:${DIR}/s.sock)         expect 0
conn = accept(srv)
getpeername(cli)                        expect value unix:${DIR}/s.sock
send(cli, "tab\there \"quoted\" back\\slash and a long line past thirty-two bytes", 0)
recv(conn, 200, 0)
a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)
send(a, "pair", 0)                      expect 4
recv(b, 8, 0)                           expect "pair"
close(a)
close(b)
)spg",
                R"out(socket(AF_UNIX, SOCK_STREAM, 0) = <fd1>
bind(<fd1>, {sa_family=AF_UNIX, sun_path="${DIR}/s.sock"}, ${LEN}) = 0
listen(<fd1>, 1) = 0
socket(AF_UNIX, SOCK_STREAM, 0) = <fd2>
connect(<fd2>, {sa_family=AF_UNIX, sun_path="${DIR}/s.sock"}, ${LEN}) = 0
accept(<fd1>, {sa_family=AF_UNIX}, [2]) = <fd3>
getpeername(<fd2>, {sa_family=AF_UNIX, sun_path="${DIR}/s.sock"}, [${LEN}]) = 0
send(<fd2>, "tab\there \"quoted\" back\\slash and"..., 66, MSG_NOSIGNAL) = 66
recv(<fd3>, "tab\there \"quoted\" back\\slash and"..., 200, 0) = 66
socketpair(AF_UNIX, SOCK_STREAM, 0, [<fd4>, <fd5>]) = 0
send(<fd4>, "pair", 4, MSG_NOSIGNAL) = 4
recv(<fd5>, "pair", 8, 0) = 4
close(<fd4>) = 0
close(<fd5>) = 0
)out",
                0);
    addScenario("nbconnect",
                R"spg(# title: Non-blocking connect: EINPROGRESS, poll for POLLOUT, then SO_ERROR
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 1)
cli = socket(AF_INET, SOCK_STREAM, 0)
fcntl(cli, F_SETFL, O_NONBLOCK)         expect 0
connect(cli, srv.local)                 expect EINPROGRESS
poll(cli, POLLOUT)                      # writable: the handshake is over
getsockopt(cli, SOL_SOCKET, SO_ERROR)   expect value 0
recv(cli, 16, 0)                        expect EAGAIN
getsockname(srv)                        expect queue 1
conn = accept(srv)
getpeername(conn)                       expect state ESTABLISHED
fcntl(cli, F_SETFL, 0)
getsockopt(cli, SOL_SOCKET, SO_RCVBUF)  expect value >= 1
getsockopt(cli, SOL_SOCKET, SO_LINGER)
getsockopt(cli, SOL_SOCKET, SO_RCVTIMEO)
getsockopt(cli, SOL_SOCKET, SO_KEEPALIVE)   expect value off (0)
setsockopt(cli, SOL_SOCKET, SO_SNDTIMEO, 1.5)
setsockopt(cli, IPPROTO_TCP, TCP_NODELAY, on)
)spg",
                R"out(socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
listen(<fd1>, 1) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd2>
fcntl(<fd2>, F_SETFL, O_RDWR|O_NONBLOCK) = 0
connect(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS (Operation now in progress)
poll([{fd=<fd2>, events=POLLOUT}], 1, -1) = 1 ([{fd=<fd2>, revents=POLLOUT}])
getsockopt(<fd2>, SOL_SOCKET, SO_ERROR, [0], [4]) = 0
recv(<fd2>, 0x..., 16, 0) = -1 EAGAIN (Resource temporarily unavailable)
getsockname(<fd1>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = 0
accept(<fd1>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = <fd3>
getpeername(<fd3>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = 0
fcntl(<fd2>, F_SETFL, O_RDWR) = 0
getsockopt(<fd2>, SOL_SOCKET, SO_RCVBUF, [131072], [4]) = 0
getsockopt(<fd2>, SOL_SOCKET, SO_LINGER, {l_onoff=0, l_linger=0}, [8]) = 0
getsockopt(<fd2>, SOL_SOCKET, SO_RCVTIMEO, {tv_sec=0, tv_usec=0}, [16]) = 0
getsockopt(<fd2>, SOL_SOCKET, SO_KEEPALIVE, [0], [4]) = 0
setsockopt(<fd2>, SOL_SOCKET, SO_SNDTIMEO, {tv_sec=1, tv_usec=500000}, 16) = 0
setsockopt(<fd2>, IPPROTO_TCP, TCP_NODELAY, [1], 4) = 0
)out",
                0);
    addScenario("halfclose", R"spg(# title: shutdown(SHUT_WR): half-close
srv = socket(AF_INET6, SOCK_STREAM, 0)
bind(srv, [::1]:0)
listen(srv, 1)
cli = socket(AF_INET6, SOCK_STREAM, 0)
connect(cli, srv.local)                 expect 0
conn = accept(srv)
shutdown(cli, SHUT_WR)                  expect 0
recv(conn, 16, 0)                       expect 0     # end of file
send(conn, "late reply", 0)             expect 10    # the other direction still works
recv(cli, 16, 0)                        expect "late reply"
send(cli, "x", 0)                       expect EPIPE
getpeername(conn)
)spg",
                R"out(socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET6, sin6_port=htons(0), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
listen(<fd1>, 1) = 0
socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = <fd2>
connect(<fd2>, {sa_family=AF_INET6, sin6_port=htons(<port>), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
accept(<fd1>, {sa_family=AF_INET6, sin6_port=htons(<port>), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28]) = <fd3>
shutdown(<fd2>, SHUT_WR) = 0
recv(<fd3>, "", 16, 0) = 0
send(<fd3>, "late reply", 10, MSG_NOSIGNAL) = 10
recv(<fd2>, "late reply", 16, 0) = 10
send(<fd2>, "x", 1, MSG_NOSIGNAL) = -1 EPIPE (Broken pipe)
getpeername(<fd3>, {sa_family=AF_INET6, sin6_port=htons(<port>), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, [28]) = 0
)out",
                0);
    addScenario("linger", R"spg(# title: SO_LINGER {1,0}: close sends RST
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 1)
cli = socket(AF_INET, SOCK_STREAM, 0)
connect(cli, srv.local)
conn = accept(srv)
setsockopt(cli, SOL_SOCKET, SO_LINGER, {1,0})   expect 0
getsockopt(cli, SOL_SOCKET, SO_LINGER)          expect value on, 0 s
close(cli)
recv(conn, 16, 0)                                expect ECONNRESET
recv(conn, 16, 0)                                expect 0
send(cli, "gone", 0)                             expect EBADF
close(cli)                                       expect EBADF
)spg",
                R"out(socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
listen(<fd1>, 1) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd2>
connect(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
accept(<fd1>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = <fd3>
setsockopt(<fd2>, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=0}, 8) = 0
getsockopt(<fd2>, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger=0}, [8]) = 0
close(<fd2>) = 0
recv(<fd3>, 0x..., 16, 0) = -1 ECONNRESET (Connection reset by peer)
recv(<fd3>, "", 16, 0) = 0
send(<fd2>, ...) = -1 EBADF (Bad file descriptor)
close(<fd2>, ...) = -1 EBADF (Bad file descriptor)
)out",
                0);
    addScenario("epipe", R"spg(# title: EPIPE: writing to a peer that is gone
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 1)
cli = socket(AF_INET, SOCK_STREAM, 0)
connect(cli, srv.local)
conn = accept(srv)
close(conn)
send(cli, "first", 0)                   expect 5     # accepted locally; the peer answers RST
sleep(50)
send(cli, "second", 0)                  expect EPIPE
)spg",
                R"out(socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
listen(<fd1>, 1) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd2>
connect(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
accept(<fd1>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = <fd3>
close(<fd3>) = 0
send(<fd2>, "first", 5, MSG_NOSIGNAL) = 5
send(<fd2>, "second", 6, MSG_NOSIGNAL) = -1 EPIPE (Broken pipe)
)out",
                0);
    addScenario("iov", R"spg(# title: sendmsg and recvmsg with iovecs; MSG_TRUNC
a = socket(AF_INET, SOCK_DGRAM, 0)
bind(a, 127.0.0.1:0)
b = socket(AF_INET, SOCK_DGRAM, 0)
sendmsg(b, ["abc", "defgh"], 0, a.local)        expect 8
sendmsg(b, ["0123456789", "abcdefghijklmnopqrstuvwxyz0123456789"], 0, a.local)
recvmsg(a, [4, 2], 0)                           expect "abcdef"
recvmsg(a, [4, 4, 0], MSG_TRUNC)                expect 46
connect(b, a.local)
sendmsg(b, ["x", "", "y"], 0)                   expect 2
recvmsg(a, [1, 1, 1], 0)                        expect "xy"
)spg",
                R"out(socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = <fd2>
sendmsg(<fd2>, {msg_name={sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="abc", iov_len=3}, {iov_base="defgh", iov_len=5}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 8
sendmsg(<fd2>, {msg_name={sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="0123456789", iov_len=10}, {iov_base="abcdefghijklmnopqrstuvwxyz012345"..., iov_len=36}], msg_iovlen=2, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 46
recvmsg(<fd1>, {msg_name={sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="abcd", iov_len=4}, {iov_base="ef", iov_len=2}], msg_iovlen=2, msg_controllen=0, msg_flags=MSG_TRUNC}, 0) = 6
recvmsg(<fd1>, {msg_name={sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="0123", iov_len=4}, {iov_base="4567", iov_len=4}, {iov_base="", iov_len=0}], msg_iovlen=3, msg_controllen=0, msg_flags=MSG_TRUNC}, MSG_TRUNC) = 46
connect(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
sendmsg(<fd2>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="x", iov_len=1}, {iov_base="", iov_len=0}, {iov_base="y", iov_len=1}], msg_iovlen=3, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 2
recvmsg(<fd1>, {msg_name={sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, msg_namelen=16, msg_iov=[{iov_base="x", iov_len=1}, {iov_base="y", iov_len=1}, {iov_base="", iov_len=1}], msg_iovlen=3, msg_controllen=0, msg_flags=0}, 0) = 2
)out",
                0);
    addScenario("reuse", R"spg(# title: EADDRINUSE, then SO_REUSEADDR
srv = socket(AF_INET, SOCK_STREAM, 0)
setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, 1)    # its connections may be reused too
bind(srv, 127.0.0.1:0)
listen(srv, 1)
other = socket(AF_INET, SOCK_STREAM, 0)
bind(other, srv.local)                  expect EADDRINUSE   # the listener holds the port
cli = socket(AF_INET, SOCK_STREAM, 0)
connect(cli, srv.local)
conn = accept(srv)
close(conn)                             # the server closes first: TIME_WAIT on its side
close(cli)
close(srv)
again = socket(AF_INET, SOCK_STREAM, 0)
bind(again, srv.local)                  expect EADDRINUSE   # TIME_WAIT still holds it
setsockopt(again, SOL_SOCKET, SO_REUSEADDR, 1)
bind(again, srv.local)                  expect 0
probe = socket(AF_INET, SOCK_STREAM, 0)
connect(probe, localhost:1)             expect ECONNREFUSED
)spg",
                R"out(socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>
setsockopt(<fd1>, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
listen(<fd1>, 1) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd2>
bind(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EADDRINUSE (Address already in use)
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd3>
connect(<fd3>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
accept(<fd1>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = <fd4>
close(<fd4>) = 0
close(<fd3>) = 0
close(<fd1>) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd5>
bind(<fd5>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EADDRINUSE (Address already in use)
setsockopt(<fd5>, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0
bind(<fd5>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd6>
connect(<fd6>, {sa_family=AF_INET, sin_port=htons(1), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 ECONNREFUSED (Connection refused)
)out",
                0);
    addScenario("background", R"spg(# title: A blocking accept in the background
srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 1)
conn = accept(srv) &                    # blocks until a client connects
cli = socket(AF_INET, SOCK_STREAM, 0)
connect(cli, srv.local)                 expect 0
wait conn
reply = recv(cli, 16, 0) &              expect "hi"
sleep(20)
send(conn, "hi", 0)                     expect 2
wait reply
late = recv(conn, 16, 0) &
send(cli, "bye", 0)
close(cli)
wait
setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, 1) &
)spg",
                R"out(socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
listen(<fd1>, 1) = 0
socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd2>
connect(<fd2>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
accept(<fd1>, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, [16]) = <fd3>
send(<fd3>, "hi", 2, MSG_NOSIGNAL) = 2
recv(<fd2>, "hi", 16, 0) = 2
send(<fd2>, "bye", 3, MSG_NOSIGNAL) = 3
close(<fd2>) = 0
recv(<fd3>, "bye", 16, 0) = 3
setsockopt(<fd1>, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0
)out",
                0);
    addScenario("failing", R"spg(# title: An expectation that does not hold
s = socket(AF_INET, SOCK_DGRAM, 0)
bind(s, 127.0.0.1:0)
sendto(s, "abc", 0, s.local)            expect 3
recv(s, 64, 0)                          expect "abd"
close(s)
)spg",
                R"out(socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = <fd1>
bind(<fd1>, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
sendto(<fd1>, "abc", 3, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(<port>), sin_addr=inet_addr("127.0.0.1")}, 16) = 3
recv(<fd1>, "abc", 64, 0) = 3
expect failed: line 5: expected "abd", got "abc" (first difference at offset 2)
)out",
                1);
    addScenario("sink", R"spg(# title: Every corner */ of the exporter ??/
# A comment that tries to end the C comment early: */ and a trigraph ??/
send = socket(AF_INET, SOCK_STREAM, 0)          expect state created
bind(send, 127.0.0.1:0)                         expect state bound
listen(send, 4)                                 expect state LISTEN
buf = socket(AF_INET, SOCK_STREAM, 0)
connect(buf, send.local)                        expect state ESTABLISHED
job_x = socket(AF_INET, SOCK_STREAM, 0)
connect(job_x, send.local)
ioctl(send, FIONREAD)                           expect queue 2
getsockname(send)                               expect queue >= 2
_conn = accept(send)                            expect peer 127.0.0.1:*
second = accept(send) &
wait
getpeername(second)                             expect state connected
send(buf, x"00 31 3f 3f 2f 5c 22", MSG_DONTWAIT) expect 7
recv(_conn, 65536, MSG_PEEK)                    expect x"00 31 3f 3f 2f 5c 22"
recv(_conn, 7, MSG_WAITALL)                     expect 7
poll(buf, POLLIN|POLLOUT)
shutdown(buf, SHUT_RDWR)                        expect 0
recv(_conn, 20000, 0)                           expect 0
fcntl(_conn, F_SETFL, O_NONBLOCK)
fcntl(_conn, F_SETFL, 0)                        expect 0
getsockopt(_conn, SOL_SOCKET, SO_TYPE)          expect value 1
setsockopt(_conn, SOL_SOCKET, SO_RCVTIMEO, 1.5)
getsockopt(_conn, SOL_SOCKET, SO_RCVTIMEO)      expect value 1.500000 s
setsockopt(_conn, SOL_SOCKET, SO_KEEPALIVE, on)
getsockopt(_conn, SOL_SOCKET, SO_KEEPALIVE)     expect value on (1)
close(send)                                     expect state closed
close(send)                                     expect EBADF
late = socket(AF_INET, SOCK_STREAM, 0)
connect(late, send.local)                       expect ECONNREFUSED
u = socket(AF_INET, SOCK_DGRAM, 0)
bind(u, 127.0.0.1:0)
v = socket(AF_INET, SOCK_DGRAM, 0)
connect(v, u.local)                             expect state connected
getpeername(v)                                  expect 0
r = recvfrom(u, 100000, 0) &
sendto(v, "to localhost", 0, localhost:9)      expect 12
sendto(v, "back", 0, v.peer)                    expect 4
wait r
poll(u, POLLOUT)
recv(u, 64, MSG_DONTWAIT)                      expect EAGAIN
sendmsg(v, ["named", "host"], 0, localhost:9)  expect 9
s1, s2 = socketpair(AF_UNIX, SOCK_DGRAM, 0)      expect state connected
sendmsg(s1, ["dgram"], 0)                       expect "dgram"
recvmsg(s2, [2, 2], 0)                          expect "dgra"
conn2 = accept(late) &                          expect EINVAL
wait conn2
close(late)
)spg",
                nullptr, 0);
    addScenario("refused", R"spg(p1, p2 = socketpair(AF_UNIX, SOCK_SEQPACKET, 0)
sendmsg(p1, [], 0)
recvmsg(p2, [1], 0)
sendto(p1, "x", 0, localhost:9)   # a host name needs an AF_INET or AF_INET6 socket
close(p1)
)spg",
                R"out(socketpair(AF_UNIX, SOCK_SEQPACKET, 0, [<fd1>, <fd2>]) = 0
sendmsg(<fd1>, {msg_name=NULL, msg_namelen=0, msg_iov=[], msg_iovlen=0, msg_controllen=0, msg_flags=0}, MSG_NOSIGNAL) = 0
recvmsg(<fd2>, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="", iov_len=1}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 0
sendto(...) not made: cannot resolve "localhost:9": a host name needs an AF_INET or AF_INET6 socket, not AF_UNIX
expect failed: line 4: the call could not be made: cannot resolve "localhost:9": a host name needs an AF_INET or AF_INET6 socket, not AF_UNIX
)out",
                1);
    // Socket names that are C keywords, macros or the program's own names; '&' on calls
    // that never block.
    addScenario("names", R"spg(POLLIN = socket(AF_INET, SOCK_DGRAM, 0)
int = socket(AF_INET, SOCK_DGRAM, 0)
bind(int, 127.0.0.1:0)
x = setsockopt(int, SOL_SOCKET, SO_BROADCAST, on) &    expect 0
wait x
big = recv(int, 20000, MSG_DONTWAIT) &                 expect EAGAIN
wait
print_call = socket(AF_INET6, SOCK_DGRAM, 0)
bind(print_call, [::1]:0)
sendto(int, "$R $FD $D $I", 0, int.local)               expect 12
recv(int, 64, 0)                                        expect "$R $FD $D $I"
sendto(int, "to v6?", 0, print_call.local)              expect EAFNOSUPPORT
close(POLLIN)
)spg",
                nullptr, 0);
    // A non-blocking connect reads "connected" once the kernel finished it; a state after
    // accept() is the new socket's; the last expectation fails.
    addScenario("states", R"spg(srv = socket(AF_INET, SOCK_STREAM, 0)
bind(srv, 127.0.0.1:0)
listen(srv, 3)
c = socket(AF_INET, SOCK_STREAM, 0)
fcntl(c, F_SETFL, O_NONBLOCK)
connect(c, srv.local)           expect state connected
getsockname(srv)                expect queue 1
conn = accept(srv)              expect state ESTABLISHED
getsockopt(c, SOL_SOCKET, SO_ERROR)  expect value >= 0
d = socket(AF_INET, SOCK_STREAM, 0)
connect(d, srv.local)
conn2 = accept(srv)             expect state LISTEN
)spg",
                nullptr, 1);
    addScenario("value", R"spg(u = socket(AF_INET, SOCK_DGRAM, 0)
getsockopt(u, SOL_SOCKET, SO_TYPE)   expect value > 5
)spg",
                nullptr, 1);
#ifdef __linux__
    addScenario("abstract", R"spg(# title: A Linux abstract UNIX name: no file, just a name
srv = socket(AF_UNIX, SOCK_DGRAM, 0)
bind(srv, unix:@${DIR}/abstract)        expect 0
getsockname(srv)                        expect value unix:@${DIR}/abstract
cli = socket(AF_UNIX, SOCK_DGRAM, 0)
sendto(cli, "hi", 0, srv.local)         expect 2
recvfrom(srv, 16, 0)                    expect "hi"
)spg",
                R"out(socket(AF_UNIX, SOCK_DGRAM, 0) = <fd1>
bind(<fd1>, {sa_family=AF_UNIX, sun_path=@"${DIR}/abstract"}, ${ALEN}) = 0
getsockname(<fd1>, {sa_family=AF_UNIX, sun_path=@"${DIR}/abstract"}, [${ALEN}]) = 0
socket(AF_UNIX, SOCK_DGRAM, 0) = <fd2>
sendto(<fd2>, "hi", 2, MSG_NOSIGNAL, {sa_family=AF_UNIX, sun_path=@"${DIR}/abstract"}, ${ALEN}) = 2
recvfrom(<fd1>, "hi", 16, 0, NULL, [0]) = 2
)out",
                0);
#endif
}

// A scenario of calls this host lacks (kevent on Linux) still exports: the program compiles
// here, runs nothing, says why and exits 77, the headless run's "skipped".
void TestScenarioExport::unavailableProgramSaysSo(const QString& text, const QString& dir)
{
    const ScenarioParse any =
        parseScenario(QString(text).replace(QStringLiteral("${DIR}"), dir).toStdString(), {}, false);
    QVERIFY2(any.ok(), any.ok() ? "" : any.errors.front().message.c_str());
    QString error;
    const Program p = compileAndRun(exportToC(any.scenario, "kq.spg"), dir, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(p.exitCode, 77);
    QCOMPARE(p.lines, QStringList { QStringLiteral("kq.spg: kqueue(), kevent() and kevent64() are "
                                                   "for macOS and the BSDs; this system does not "
                                                   "have them, so nothing was run") });
}

// kevent64() is macOS's alone: elsewhere, FreeBSD included, its program compiles, says so
// and exits 77.
void TestScenarioExport::kevent64ProgramSaysMacOnly()
{
    if (!m_haveCc)
        QSKIP("no C compiler (cc) on this machine");
    if (sys::kevent64Available())
        QSKIP("this host has kevent64(): the demos' comparison covers it");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScenarioParse any = parseScenario("kq = kqueue()\n"
                                            "kevent64(kq, [EV_SET64(7, EVFILT_TIMER, EV_ADD, 0, 10, "
                                            "0, 1, 2)], 1, 0, -1) expect 1\n",
                                            {}, false);
    QVERIFY2(any.ok(), any.ok() ? "" : any.errors.front().message.c_str());
    QString error;
    const Program p = compileAndRun(exportToC(any.scenario, "k64.spg"), dir.path(), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(p.exitCode, 77);
    QCOMPARE(p.lines, QStringList { QStringLiteral("k64.spg: kevent64() is for macOS; this system "
                                                   "does not have it, so nothing was run") });
}

void TestScenarioExport::compareWithEngine(const QString& text, const QString& expected,
                                           int expectedExit)
{
    if (!m_haveCc)
        QSKIP("no C compiler (cc) on this machine");
    QTemporaryDir programDir;
    QTemporaryDir engineDir;
    QVERIFY(programDir.isValid() && engineDir.isValid());
    const ScenarioParse forProgram = parseIn(text, programDir.path());
    if (forProgram.onlyUnavailable()) {
        unavailableProgramSaysSo(text, programDir.path());
        QSKIP(qPrintable(QStringLiteral("macOS/BSD only: the exported program compiles here and "
                                        "exits 77 saying so; ")
                         + QString::fromStdString(forProgram.errors.front().message)));
    }
    if (!forProgram.ok())
        QFAIL(forProgram.errors.front().format("scenario").c_str());
    const std::string source =
        exportToC(forProgram.scenario,
                  std::string(QTest::currentDataTag() ? QTest::currentDataTag()
                                                      : QTest::currentTestFunction())
                      + ".spg");
    QString error;
    const Program p = compileAndRun(source, programDir.path(), error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList program = canonical(forProgram.scenario, p.lines, programDir.path());

    // clang is what macOS compiles with: its warnings must not fire either.
    if (!QStandardPaths::findExecutable(QStringLiteral("clang")).isEmpty()) {
        QProcess clang;
        clang.start(QStringLiteral("clang"),
                    { "-std=c11", "-Wall", "-Wextra", "-Werror", "-pthread", "-fsyntax-only",
                      programDir.path() + "/prog.c" });
        QVERIFY(clang.waitForFinished(60000));
        QVERIFY2(clang.exitCode() == 0, clang.readAllStandardError().constData());
    }

    const ScenarioParse forEngine = parseIn(text, engineDir.path());
    QVERIFY(forEngine.ok());
    int engineExit = -1;
    const QStringList engine =
        canonical(forEngine.scenario, headless(forEngine.scenario, engineExit), engineDir.path());
    if (program != engine) // QVERIFY2 cuts a long message short: the whole of it, here.
        std::fprintf(stderr, "%s\n", qPrintable(sideBySide(program, engine)));
    QVERIFY2(program == engine,
             qPrintable("the program (!) against the headless run (want):\n"
                        + sideBySide(program, engine)));
    QCOMPARE(p.exitCode, engineExit);

#ifdef __linux__ // The expected text holds Linux's answers (MSG_NOSIGNAL, errno texts).
    if (expectedExit < 0)
        return;
    const auto length = [&](const char* name, std::size_t lead) {
        return QString::number(offsetof(sockaddr_un, sun_path) + lead
                               + (programDir.path() + name).toUtf8().size());
    };
    const QStringList want = QString(expected)
                                 .replace(QStringLiteral("${LEN}"), length("/s.sock", 1))
                                 .replace(QStringLiteral("${ALEN}"), length("/abstract", 1))
                                 .split('\n', Qt::SkipEmptyParts);
    QVERIFY2(program == want,
             qPrintable("the program (!) against the expected text (want):\n"
                        + sideBySide(program, want)));
    QCOMPARE(p.exitCode, expectedExit);
#else
    Q_UNUSED(expected);
    Q_UNUSED(expectedExit);
#endif
}

void TestScenarioExport::scenarios()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    compareWithEngine(text, expected, exitCode);
}

void TestScenarioExport::demos_data()
{
    QTest::addColumn<QString>("text");
#ifdef QT_TESTCASE_SOURCEDIR // Set by Qt's CMake for every test target.
    const QDir dir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/demos"));
#else
    const QDir dir(QStringLiteral("resources/demos"));
#endif
    const QStringList files = dir.entryList({ QStringLiteral("*.spg") }, QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("no demos found in resources/demos");
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(name)) << QString::fromUtf8(file.readAll());
    }
}

void TestScenarioExport::demos()
{
    QFETCH(QString, text);
    const ScenarioParse parsed = parseScenario(text.toStdString());
    if (parsed.ok() && !unavailableHere(parsed.scenario).empty())
        QSKIP(unavailableHere(parsed.scenario).c_str());
    compareWithEngine(text, QString(), -1);
}

// The scenario holds in the engine, and the exported program agrees with it line by line.
void TestScenarioExport::holdsEverywhere(const QString& text)
{
    const ScenarioParse p = parseScenario(text.toStdString());
    QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
    const RunResult r = runScenario(p.scenario, ownScenario());
    QVERIFY2(r.exitCode == 0, r.failure.c_str());
    compareWithEngine(text, QString(), -1);
}

// Numeric levels and options reach the kernel as given, in the engine and in the program.
void TestScenarioExport::numericOptions()
{
    holdsEverywhere(QStringLiteral("s = socket(AF_INET, SOCK_STREAM, 0)\n"
                                     "setsockopt(s, SOL_SOCKET, 9999, 1)       expect ENOPROTOOPT\n"
                                     "getsockopt(s, SOL_SOCKET, 9999)          expect ENOPROTOOPT\n"
                                     "getsockopt(s, 1, SO_REUSEADDR)           expect value 0\n"
                                     "setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1)\n"
                                     "getsockopt(s, SOL_SOCKET, SO_REUSEADDR)  expect value 1\n"
                                     "getsockopt(s, IPPROTO_TCP, TCP_NODELAY)  expect value 0\n"));
}

// Every form of expectation holding, on the calls that answer it.
void TestScenarioExport::everyFormHolds()
{
    holdsEverywhere(
        QStringLiteral(
            "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
            "bind(srv, 127.0.0.1:0)\n"
            "listen(srv, 3)                     expect 0, state LISTEN, backlog 3, queue 0\n"
            "cli = socket(AF_INET, SOCK_STREAM, 0)\n"
            "poll([cli POLLOUT], 0)             expect 1, revents POLLOUT|POLLHUP\n"
            "connect(cli, srv.local)            expect within 0..10000ms\n"
            "getsockname(srv)                   expect queue 1, value 127.0.0.1:*\n"
            "conn = accept(srv)                 expect peer cli.local, peer 127.0.0.1:*\n"
            "send(cli, \"GET /index.html HTTP/1.0\\r\\n\\r\\n\", 0)\n"
            "poll([conn POLLIN, cli POLLIN], -1) expect 1, revents conn POLLIN, revents cli 0\n"
            "recv(conn, 64, 0) expect prefix \"GET /\", contains \"\\r\\n\\r\\n\", matches \"^GET /[a-z.]+ HTTP/1\\.[01]\", length 28\n"
            "getpeername(conn)                  expect value != \"0.0.0.0:0\"\n"
            "u = socket(AF_INET, SOCK_DGRAM, 0)\n"
            "bind(u, 127.0.0.1:0)\n"
            "v = socket(AF_INET, SOCK_DGRAM, 0)\n"
            "bind(v, 127.0.0.1:0)               # unbound, v.local would read 0.0.0.0:PORT\n"
            "sendto(v, \"datagram\", 0, u.local)\n"
            "recvmsg(u, [4], 0)                 expect 4, flags MSG_TRUNC, flags has MSG_TRUNC, peer 127.0.0.1:*\n"
            "sendto(v, \"two\", 0, u.local)\n"
            "recvfrom(u, 8, 0)                  expect \"two\", peer v.local\n"
            "getsockopt(u, SOL_SOCKET, SO_TYPE) expect value 2, value >= 1\n"));
}

// select(): the sets in and back, a timeout, a closed socket (EBADF), and every set form.
void TestScenarioExport::selectHolds()
{
    holdsEverywhere(QStringLiteral(
        "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
        "c, d = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
        "send(a, \"x\", 0)\n"
        "select([b, d], [c], [], 1000)      expect 2, in [b], out [c], except []\n"
        "select([b, d], [], [b], -1)        expect 1, in [b], except []\n"
        "recv(b, 1, 0)\n"
        "select([b], [], [], 20)            expect 0, in []\n"
        "select([], [a, c], [], 0)          expect 2, out [c a]\n"
        "close(d)\n"
        "select([d], [], [], 0)             expect EBADF\n"));
}

// epoll: level- against edge-triggered, EPOLLONESHOT until MOD, the kernel's errors, a
// timeout, and a closed instance (EBADF), in the engine and as the real calls.
void TestScenarioExport::epollHolds()
{
#ifndef __linux__
    QSKIP("epoll is Linux's");
#endif
    holdsEverywhere(QStringLiteral(
        "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
        "c, d = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
        "ep = epoll_create1(0)\n"
        "epoll_ctl(ep, EPOLL_CTL_ADD, b, EPOLLIN)          expect 0\n"
        "epoll_ctl(ep, EPOLL_CTL_ADD, d, EPOLLIN|EPOLLET)  expect 0\n"
        "epoll_ctl(ep, EPOLL_CTL_ADD, d, EPOLLIN)          expect EEXIST\n"
        "epoll_ctl(ep, EPOLL_CTL_ADD, ep, EPOLLIN)         expect EINVAL\n"
        "send(a, \"x\", 0)\n"
        "send(c, \"y\", 0)\n"
        "epoll_wait(ep, 8, 1000)    expect 2, events [b EPOLLIN, d EPOLLIN]\n"
        "epoll_wait(ep, 8, 0)       expect 1, events [b EPOLLIN], events has b EPOLLIN\n"
        "epoll_ctl(ep, EPOLL_CTL_MOD, b, EPOLLIN|EPOLLONESHOT) expect 0\n"
        "epoll_wait(ep, 1, -1)      expect 1, events [b EPOLLIN]\n"
        "epoll_wait(ep, 8, 20)      expect 0, events []\n"
        "epoll_ctl(ep, EPOLL_CTL_DEL, b, 0)                expect 0\n"
        "epoll_ctl(ep, EPOLL_CTL_DEL, b, 0)                expect ENOENT\n"
        "close(ep)\n"
        "epoll_wait(ep, 8, 0)       expect EBADF\n"));
}

// auto_accept / echo / auto_receive lines and recv ... until EOF, in the engine and as the
// program's threads and loop.
void TestScenarioExport::automationAndUntilEof()
{
    holdsEverywhere(QStringLiteral(
        "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
        "bind(srv, 127.0.0.1:0)\n"
        "listen(srv, 8)\n"
        "auto_accept(srv)\n"
        "echo(srv)                     # each connection srv accepts echoes\n"
        "a = socket(AF_INET, SOCK_STREAM, 0)\n"
        "connect(a, srv.local)\n"
        "send(a, \"ping\", 0)\n"
        "recv(a, 4, MSG_WAITALL)       expect \"ping\"\n"
        "b = socket(AF_INET, SOCK_STREAM, 0)\n"
        "connect(b, srv.local)\n"
        "send(b, \"pong!\", 0)\n"
        "shutdown(b, SHUT_WR)          # the echo server sees EOF and stops\n"
        "recv(b, 2, 0) until EOF       expect \"pong!\", length 5\n"
        "u = socket(AF_INET, SOCK_DGRAM, 0)\n"
        "bind(u, 127.0.0.1:0)\n"
        "auto_receive(u)\n"
        "close(a)\n"));
}

// The seeds' own calls: read() and write() (with SIGPIPE blocked and consumed, as the
// engine does), accept4() and fcntl(F_GETFL), in the engine and in the program alike.
void TestScenarioExport::seedsCalls()
{
    holdsEverywhere(QStringLiteral(
        "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
        "bind(srv, 127.0.0.1:0)\n"
        "listen(srv, 4)\n"
        "cli = socket(AF_INET, SOCK_STREAM, 0)\n"
        "connect(cli, srv.local)\n"
        "conn = accept4(srv, SOCK_NONBLOCK|SOCK_CLOEXEC) expect peer cli.local, state ESTABLISHED\n"
        "fcntl(conn, F_GETFL)                 expect value O_RDWR|O_NONBLOCK\n"
        "fcntl(cli, F_GETFL)                  expect value O_RDWR\n"
        "read(conn, 64)                       expect EAGAIN\n"
        "write(cli, \"hello\\n\")                expect 6\n"
        "read(conn, 64)                       expect \"hello\\n\"\n"
        "close(conn)\n"
        "write(cli, \"are you there?\\n\")      expect 15\n"
        "read(cli, 64)                        expect 0  # the FIN\n"
        "poll([cli 0], -1)                    expect revents has POLLERR  # until the RST is in\n"
        "write(cli, \"still?\\n\")               expect EPIPE   # SIGPIPE raised and consumed\n"
        "a, b = socketpair(AF_UNIX, SOCK_DGRAM, 0)\n"
        "write(a, \"dgram\")\n"
        "read(b, 2)                           expect \"dg\"  # the rest of the datagram is lost\n"));
}

// send(c, file("NAME"), 0): bytes from a file beside the scenario, and only from there.
void TestScenarioExport::payloadFromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile payload(dir.filePath(QStringLiteral("req.bin")));
    QVERIFY(payload.open(QIODevice::WriteOnly));
    payload.write(QByteArray("GET / HTTP/1.0\r\n\r\n\xff\x00", 20));
    payload.close();
    const std::string folder = dir.path().toStdString();
    const std::string text = "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
                             "send(a, file(\"req.bin\"), 0) expect 20\n"
                             "recv(b, 64, 0) expect prefix \"GET / \", length 20\n";
    const ScenarioParse p = parseScenario(text, folder);
    QVERIFY2(p.ok(), p.ok() ? "" : p.errors.front().message.c_str());
    QCOMPARE(p.scenario.steps[1].payload.at(0), std::string("GET / HTTP/1.0\r\n\r\n\xff\0", 20));
    QVERIFY(formatStep(p.scenario.steps[1]).find("file(\"req.bin\")") != std::string::npos);
    const RunResult r = runScenario(p.scenario, ownScenario());
    QVERIFY2(r.exitCode == 0, r.failure.c_str());
    // The exported program carries the bytes themselves: it needs no file.
    QVERIFY(exportToC(p.scenario, "lab.spg").find("\\377") != std::string::npos);

    // Refused, each with a message naming the file and why.
    QVERIFY(QFile::link(QStringLiteral("/etc/hostname"), dir.filePath(QStringLiteral("out"))));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    QFile big(dir.filePath(QStringLiteral("big.bin")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray((1 << 20) + 1, 'x'));
    big.close();
    const std::pair<const char*, const char*> bad[] = {
        { "file(\"/etc/hostname\")", "without a leading / or .." },
        { "file(\"../x\")", "without a leading / or .." },
        { "file(\"sub/../../x\")", "without a leading / or .." },
        { "file(\"out\")", "leads outside the scenario's folder" },
        { "file(\"sub\")", "is not a regular file" },
        { "file(\"big.bin\")", "a payload file is limited to 1 MiB" },
        { "file(\"missing\")", "No such file or directory" },
    };
    for (const auto& [arg, why] : bad) {
        const ScenarioParse q = parseScenario(
            "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\nsend(a, " + std::string(arg) + ", 0)\n", folder);
        QVERIFY2(!q.ok(), arg);
        QVERIFY2(q.errors.front().message.find(why) != std::string::npos, q.errors.front().message.c_str());
        QCOMPARE(q.errors.front().line, 2);
        QCOMPARE(q.errors.front().column, 9);
    }
    QVERIFY(!parseScenario(text).ok()); // No folder (a demo, an unsaved text): no files.
}

// Every kind of expectation, fed a wrong answer: the engine and the exported program must
// both fail, on the same line, with the same message (compareWithEngine checks that they
// agree; this checks what they say).
void TestScenarioExport::failures_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const char* tcp = "srv = socket(AF_INET, SOCK_STREAM, 0)\n"
                      "bind(srv, 127.0.0.1:0)\n"
                      "listen(srv, 3)\n"
                      "cli = socket(AF_INET, SOCK_STREAM, 0)\n"
                      "connect(cli, srv.local)\n"
                      "conn = accept(srv)\n";
    auto row = [&](const char* tag, const QString& text, const char* message) {
        QTest::newRow(tag) << text << QString::fromUtf8(message);
    };
    const QString t = QString::fromUtf8(tcp);
    row("bytes-short", t + "send(cli, \"hello\", 0)\nrecv(conn, 5, MSG_WAITALL) expect \"help!\"\n",
        "line 8: expected \"help!\", got \"hello\" (first difference at offset 3)");
    row("bytes-long",
        t + "send(cli, \"0123456789abcdefghijklmnopqrstuvwxyzABCDEF\", 0)\n"
            "recv(conn, 42, MSG_WAITALL) expect \"0123456789abcdefghijklmnopqrstuvwxyzABCDEX\"\n",
        "line 8: expected 42 bytes, got 42; first difference at offset 41: expected 42 43 44 45 "
        "[58], got 42 43 44 45 [46]");
    row("prefix", t + "send(cli, \"POST / HTTP/1.1\", 0)\nrecv(conn, 15, MSG_WAITALL) expect prefix \"GET /\"\n",
        "line 8: prefix: expected \"GET /\", got \"POST \" (first difference at offset 0)");
    row("contains", t + "send(cli, \"no blank line\", 0)\nrecv(conn, 13, MSG_WAITALL) expect contains \"\\r\\n\\r\\n\"\n",
        "line 8: expected bytes containing \"\\r\\n\\r\\n\", got \"no blank line\"");
    row("matches", t + "send(cli, \"HTTP/1.1 404 Not Found\", 0)\n"
                       "recv(conn, 22, MSG_WAITALL) expect matches \"^HTTP/1\\.[01] 200\"\n",
        "line 8: expected matches \"^HTTP/1\\.[01] 200\", got \"HTTP/1.1 404 Not Found\"");
    row("length", t + "send(cli, \"abc\", 0)\nrecv(conn, 3, MSG_WAITALL) expect length >= 4\n",
        "line 8: expected length >= 4, got 3");
    row("value-onoff", "s = socket(AF_INET, SOCK_STREAM, 0)\n"
                       "getsockopt(s, SOL_SOCKET, SO_REUSEADDR) expect value 1\n",
        "line 2: expected value 1, got \"off (0)\"");
    row("value-not", "s = socket(AF_INET, SOCK_STREAM, 0)\n"
                     "getsockname(s) expect value != \"0.0.0.0:0\"\n",
        "line 2: expected value != 0.0.0.0:0, got \"0.0.0.0:0\"");
    row("value-pattern", "s = socket(AF_INET, SOCK_STREAM, 0)\nbind(s, 127.0.0.1:0)\n"
                         "getsockname(s) expect value 127.0.0.2:*\n",
        "line 3: expected value 127.0.0.2:*, got \"127.0.0.1:<port>\"");
    row("value-number", "s = socket(AF_INET, SOCK_STREAM, 0)\n"
                        "getsockopt(s, SOL_SOCKET, SO_TYPE) expect value >= 2\n",
        "line 2: expected value >= 2, got \"1\"");
    row("backlog", t + "getsockopt(srv, SOL_SOCKET, SO_TYPE) expect backlog 4\n",
        "line 7: expected backlog 4, got 3");
    row("revents-exact", "s = socket(AF_INET, SOCK_STREAM, 0)\npoll(s, POLLOUT) expect revents POLLOUT\n",
        "line 2: expected revents POLLOUT, got POLLOUT|POLLHUP");
    row("revents-has", "s = socket(AF_INET, SOCK_STREAM, 0)\npoll(s, POLLIN|POLLOUT) expect revents has POLLIN\n",
        "line 2: expected revents has POLLIN, got POLLOUT|POLLHUP");
    row("select-in", "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\nsend(a, \"x\", 0)\n"
                     "select([a, b], [], [], 0) expect in [a]\n",
        "line 3: expected in [a], got in [b]");
    row("select-out", "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\n"
                      "select([], [a, b], [], 0) expect out [a]\n",
        "line 2: expected out [a], got out [a b]");
    row("select-except", "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\nclose(a)\n"
                         "select([], [], [a], 0) expect except []\n",
        "line 3: expected except [], got -1 EBADF (Bad file descriptor)");
#ifdef __linux__
    row("epoll-events", "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\nep = epoll_create1(0)\n"
                        "epoll_ctl(ep, EPOLL_CTL_ADD, b, EPOLLIN|EPOLLOUT)\nsend(a, \"x\", 0)\n"
                        "epoll_wait(ep, 8, 0) expect events [b EPOLLOUT]\n",
        "line 5: expected events [b EPOLLOUT], got events [b EPOLLIN|EPOLLOUT]");
    row("epoll-events-has", "a, b = socketpair(AF_UNIX, SOCK_STREAM, 0)\nep = epoll_create1(0)\n"
                            "epoll_ctl(ep, EPOLL_CTL_ADD, b, EPOLLIN|EPOLLOUT)\n"
                            "epoll_wait(ep, 8, 0) expect events has b EPOLLIN\n",
        "line 4: expected events has b EPOLLIN, got events [b EPOLLOUT]");
    row("epoll-events-closed", "ep = epoll_create1(0)\nclose(ep)\n"
                               "epoll_wait(ep, 8, 0) expect events []\n",
        "line 3: expected events [], got -1 EBADF (Bad file descriptor)");
#endif
    row("poll-errno", "s = socket(AF_INET, SOCK_STREAM, 0)\nclose(s)\npoll(s, POLLOUT) expect EBADF\n",
        "line 3: expected EBADF, got 1");
    row("flags", "a, b = socketpair(AF_UNIX, SOCK_DGRAM, 0)\nsend(a, \"datagram\", 0)\n"
                 "recvmsg(b, [4], 0) expect flags 0\n",
        "line 3: expected flags 0, got MSG_TRUNC");
    row("peer-pattern", t + "send(cli, \"x\", 0)\nrecvfrom(conn, 1, 0)\n"
                            "late = socket(AF_INET, SOCK_STREAM, 0)\nconnect(late, srv.local)\n"
                            "other = accept(srv) expect peer 127.0.0.1:1\n",
        "line 11: expected peer 127.0.0.1:1, got 127.0.0.1:<port>");
    row("peer-ref", t + "late = socket(AF_INET, SOCK_STREAM, 0)\nconnect(late, srv.local)\n"
                        "other = accept(srv) expect peer cli.local\n",
        "line 9: expected peer cli.local (127.0.0.1:<port>), got 127.0.0.1:<port>");
}

void TestScenarioExport::failures()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const ScenarioParse parsed = parseIn(text, dir.path());
    if (!parsed.ok())
        QFAIL(parsed.errors.front().format("scenario").c_str());
    const RunResult r = runScenario(parsed.scenario, ownScenario());
    QCOMPARE(r.exitCode, 1);
    QStringList masked =
        toList(normaliseTrace({ r.lines.empty() ? std::string() : r.lines.back(), r.failure }));
    QCOMPARE(masked.last(), message);
    compareWithEngine(text, QString(), -1); // The exported program fails alike.
}

QTEST_APPLESS_MAIN(TestScenarioExport)

#include "test_scenario_export.moc"
