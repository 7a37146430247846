// The strace import on hand-written log lines: pid prefixes, unfinished/resumed pairs, -yy
// annotations, errnos as expectations, lines that cannot be replayed becoming comments, and
// bad input refused with its line and column (by the library and by --import-strace).
// Runs on the test's thread; the CLI case starts the built app.
#include "core/scenario/scenario.h"
#include "import/strace_fields.h"
#include "import/strace_import.h"
#include "import/strace_log.h"
#include "import/strace_model.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace spg::straceimport;

namespace {

// The scenario's lines that are not the header (the first three comments).
QStringList body(const ImportResult& r)
{
    QStringList lines =
        QString::fromStdString(r.scenario).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.mid(3);
}

const char* const kForkLog = "100 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[11]>\n"
                             "100 bind(3<TCP:[11]>, {sa_family=AF_INET, sin_port=htons(0), "
                             "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n"
                             "100 listen(3<TCP:[127.0.0.1:4000]>, 4) = 0\n"
                             "100 accept(3<TCP:[127.0.0.1:4000]>, NULL, NULL <unfinished ...>\n"
                             "[pid   101] close(3<TCP:[127.0.0.1:4000]>) = 0\n"
                             "[pid   101] socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[12]>\n"
                             "[pid   101] connect(3<TCP:[12]>, {sa_family=AF_INET, "
                             "sin_port=htons(4000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n"
                             "100 <... accept resumed>) = 4<TCP:[127.0.0.1:4000->127.0.0.1:5000]>\n"
                             "[pid   101] +++ exited with 0 +++\n";

} // namespace

class TestStraceImport : public QObject {
    Q_OBJECT

private slots:
    // Found by fuzz_strace: numbers too large for any call (a result, a pid, an fd in an
    // annotation, a timeout) threw out of std::stoll and took the window down with them.
    // Now a result that large is unknown, a pid prefix that large is no prefix, and neither
    // is a crash.
    void numbersTooLargeAreNotACrash()
    {
        const std::string huge = "99999999999999999999999999";
        const ImportResult result = importStraceLog(
            "100 socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = " + huge + "\n", "big.log");
        QVERIFY(result.ok() || !result.error.empty());
        const ImportResult pid =
            importStraceLog(huge + " socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3\n", "big.log");
        QVERIFY(pid.ok() || !pid.error.empty());
        const ImportResult fd =
            importStraceLog("100 close(" + huge + "<TCP:[1]>) = 0\n100 select(5, [" + huge
                                + "<TCP:[1]>], NULL, NULL, "
                                  "{tv_sec="
                                + huge + ", tv_usec=" + huge + "}) = 0 (Timeout)\n",
                            "big.log");
        QVERIFY(fd.ok() || !fd.error.empty());
        const spg::core::ScenarioParse back = spg::core::parseScenario(fd.scenario, {}, false);
        QVERIFY(!fd.ok() || back.ok());
    }

    // Found by fuzz_strace's long run of 2026-11-29: a socketpair() whose fd array is missing
    // ("socketpair(AF_UNIX, SOCK_STREAM, 0, ) = 0") threw std::out_of_range from substr().
    // Without its "[a, b]" the line makes no sockets and is no crash.
    void socketpairWithoutItsArrayIsNotACrash()
    {
        for (const char* pair : { "", "3", "NULL", "[]" }) {
            const std::string log = std::string("socketpair(AF_UNIX, SOCK_STREAM, 0, ") + pair
                + ") = 0\nsocketpair(AF_UNIX, SOCK_STREAM, 0, [3<UNIX:[1]>, 4<UNIX:[2]>]) = 0\n";
            const ImportResult r = importStraceLog(log, "pair.log");
            QVERIFY2(r.ok(), r.error.c_str());
            QVERIFY2(r.scenario.find("socketpair(") != std::string::npos, r.scenario.c_str());
        }
    }

    void pidPrefixesNameEachProcess()
    {
        const ImportResult r = importStraceLog(kForkLog, "fork.log");
        QVERIFY2(r.ok(), r.error.c_str());
        const QStringList b = body(r);
        QCOMPARE(b.value(0), QStringLiteral("p1_srv = socket(AF_INET, SOCK_STREAM, 0)"));
        QVERIFY(b.value(3).startsWith(QStringLiteral("p1_conn = accept(p1_srv) &")));
        // The child's close of the listener it inherited is a remark, not a close.
        QVERIFY2(b.value(4).startsWith(
                     QStringLiteral("# line 5: p2 close(): p1_srv is shared across fork")),
                 qPrintable(b.value(4)));
        QCOMPARE(b.value(5), QStringLiteral("p2_cli = socket(AF_INET, SOCK_STREAM, 0)"));
        // The listener's port is the kernel's choice: a reference, not 4000.
        QVERIFY(b.value(6).startsWith(QStringLiteral("connect(p2_cli, p1_srv.local)")));
        QVERIFY(b.value(6).endsWith(QStringLiteral("expect 0")));
        QCOMPARE(b.value(7), QStringLiteral("wait p1_conn"));
        QCOMPARE(r.otherLines, 1);
        QVERIFY(QString::fromStdString(r.scenario)
                    .contains(QStringLiteral("9 lines, 6 calls, 1 lines commented, 1 lines")));
        QVERIFY(spg::core::parseScenario(r.scenario).ok());
    }

    void oneProcessHasNoPrefix()
    {
        const ImportResult r = importStraceLog(
            "socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 5<TCPv6:[7]>\n"
            "connect(5<TCPv6:[7]>, {sa_family=AF_INET6, sin6_port=htons(1), "
            "sin6_flowinfo=htonl(0), "
            "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = -1 ECONNREFUSED "
            "(Connection refused)\n",
            "one.log");
        QVERIFY2(r.ok(), r.error.c_str());
        const QStringList b = body(r);
        QCOMPARE(b.value(0),
                 QStringLiteral("cli = socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP)"));
        QCOMPARE(b.value(1).simplified(),
                 QStringLiteral("connect(cli, [::1]:1) expect ECONNREFUSED"));
    }

    void unfinishedAndResumedJoin()
    {
        const StraceLog log =
            readStraceLog("7 recvfrom(3<TCP:[127.0.0.1:1->127.0.0.1:2]>,  <unfinished ...>\n"
                          "8 write(1</dev/pts/0>, \"x\", 1) = 1\n"
                          "7 <... recvfrom resumed>\"hi\\n\", 64, 0, NULL, NULL) = 3\n");
        QVERIFY2(log.ok(), log.error.c_str());
        QCOMPARE(log.calls.size(), std::size_t(2));
        const StraceCall& c = log.calls[0];
        QCOMPARE(c.name, std::string("recvfrom"));
        QCOMPARE(c.line, 1);
        QCOMPARE(c.endLine, 3);
        QCOMPARE(c.args.size(), std::size_t(6));
        QCOMPARE(c.args[1], std::string("\"hi\\n\""));
        QCOMPARE(c.value, 3ll);
        std::string bytes;
        bool truncated = true;
        QVERIFY(decodeStraceString(c.args[1], bytes, truncated));
        QCOMPARE(bytes, std::string("hi\n"));
        QVERIFY(!truncated);
        QVERIFY(decodeStraceString("\"ab\\0\\377\"...", bytes, truncated));
        QCOMPARE(bytes, std::string("ab\0\377", 4));
        QVERIFY(truncated);
        QVERIFY(decodeStraceString("\"\\x41\\x7e\"", bytes, truncated));
        QCOMPARE(bytes, std::string("A~"));
        // Not strace's \x: refused, never thrown (the fuzzer found std::stoi throwing here).
        for (const char* bad : { "\"\\xzz\"", "\"\\x-1\"", "\"\\x 1\"", "\"\\x4\"", "\"\\x\"" })
            QVERIFY2(!decodeStraceString(bad, bytes, truncated), bad);
    }

    void annotations()
    {
        int fd = 0;
        std::string a;
        QVERIFY(splitFd("4<TCP:[127.0.0.1:80->127.0.0.1:5000]>", fd, a));
        QCOMPARE(fd, 4);
        QCOMPARE(annotationLocal(a), std::string("127.0.0.1:80"));
        QVERIFY(splitFd("3<socket:[12345]>", fd, a));
        QVERIFY(isSocketAnnotation(a));
        QCOMPARE(annotationLocal(a), std::string());
        QVERIFY(splitFd("1</dev/pts/0>", fd, a));
        QVERIFY(!isSocketAnnotation(a));
        QVERIFY(!splitFd("AF_INET", fd, a));
        QCOMPARE(sockaddrText("{sa_family=AF_UNIX, sun_path=@\"lab\"}"), std::string("unix:@lab"));
        QCOMPARE(sockaddrText("{sa_family=AF_UNIX, sun_path=\"\"}"), std::string("unix:"));
        QCOMPARE(sockaddrText(
                     "{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"127.0.0.1\")}"),
                 std::string("127.0.0.1:80"));
        QCOMPARE(sockaddrText("{sa_family=AF_INET6, sin6_port=htons(7), sin6_flowinfo=htonl(0), "
                              "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}"),
                 std::string("[::1]:7"));
        QCOMPARE(sockaddrText(
                     "{sa_family=AF_INET, sin_port=htons(), sin_addr=inet_addr(\"127.0.0.1\")}"),
                 std::string());
        QCOMPARE(sockaddrText("{sa_family=AF_INET, sin_port=htons(80), sin_addr=inet_addr(\"\")}"),
                 std::string());
        // A 300 KB path is read without recursion (std::regex overflowed the stack on it).
        const std::string longPath(300000, 'p');
        QCOMPARE(sockaddrText("{sa_family=AF_UNIX, sun_path=\"" + longPath + "\"}"),
                 "unix:" + longPath);
        // The arrow's '>' inside an annotation does not end the argument.
        QCOMPARE(splitTopLevel("4<TCP:[a->b]>, \"x,y\", [1, 2]").size(), std::size_t(3));
    }

    void errnosAndResultsBecomeExpectations()
    {
        const ImportResult r = importStraceLog(
            "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[1]>\n"
            "fcntl(3<TCP:[1]>, F_SETFL, O_RDWR|O_NONBLOCK) = 0\n"
            "accept4(3<TCP:[1]>, NULL, NULL, SOCK_CLOEXEC) = -1 EINVAL (Invalid argument)\n"
            "ioctl(3<TCP:[1]>, FIONREAD, [0]) = 0\n"
            "getsockopt(3<TCP:[1]>, SOL_SOCKET, SO_ERROR, [0], [4]) = 0\n"
            "close(3<TCP:[1]>) = 0\n",
            "e.log");
        QVERIFY2(r.ok(), r.error.c_str());
        const QStringList b = body(r);
        QCOMPARE(b.value(1).simplified(),
                 QStringLiteral("fcntl(sock, F_SETFL, O_NONBLOCK) expect 0"));
        QCOMPARE(b.value(2).simplified(),
                 QStringLiteral("failed3 = accept4(sock, SOCK_CLOEXEC) expect EINVAL"));
        QCOMPARE(b.value(3).simplified(),
                 QStringLiteral("ioctl(sock, FIONREAD) expect 0, value 0"));
        QCOMPARE(b.value(4).simplified(),
                 QStringLiteral("getsockopt(sock, SOL_SOCKET, SO_ERROR) expect 0"));
        QCOMPARE(b.value(5).simplified(), QStringLiteral("close(sock) expect 0"));
    }

    void whatCannotBeReplayedIsAComment()
    {
        const ImportResult r = importStraceLog(
            "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[1]>\n"
            "connect(3<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(80), "
            "sin_addr=inet_addr(\"93.184.216.34\")}, 16) = 0\n"
            "clone(child_stack=NULL, flags=CLONE_CHILD_SETTID|SIGCHLD) = 42\n"
            "read(0</dev/pts/1>, \"\", 10) = 0\n"
            "socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 4<NETLINK:[9]>\n"
            "fcntl(3<TCP:[1]>, F_SETFD, FD_CLOEXEC) = 0\n"
            "--- SIGPIPE {si_signo=SIGPIPE} ---\n",
            "c.log");
        QVERIFY2(r.ok(), r.error.c_str());
        const QStringList b = body(r);
        QVERIFY2(b.value(1).startsWith(QStringLiteral(
                     "# line 2: connect(): the address 93.184.216.34:80 is not on this machine")),
                 qPrintable(b.value(1)));
        QVERIFY2(b.value(2).startsWith(
                     QStringLiteral("# line 3: clone(): the playground is one process")),
                 qPrintable(b.value(2)));
        QVERIFY2(b.value(3).startsWith(
                     QStringLiteral("# line 4: read(): fd 0</dev/pts/1> is not a socket")),
                 qPrintable(b.value(3)));
        QVERIFY2(b.value(4).startsWith(QStringLiteral("# line 5: socket(): family AF_NETLINK")),
                 qPrintable(b.value(4)));
        QVERIFY2(b.value(5).startsWith(QStringLiteral("# line 6: fcntl(): fcntl F_SETFD")),
                 qPrintable(b.value(5)));
        QCOMPARE(r.calls, 1);
        QCOMPARE(r.commented, 5);
        QCOMPARE(r.otherLines, 1);
        QCOMPARE(r.notes.size(), std::size_t(5));
        QCOMPARE(r.notes[0].line, 2);
    }

    void badInputNamesLineAndColumn()
    {
        ImportResult r =
            importStraceLog("socket(AF_INET, SOCK_STREAM, 0) = 3\nhello world\n", "bad.log");
        QVERIFY(!r.ok());
        QCOMPARE(r.formatError("bad.log"),
                 std::string("bad.log:2:6: expected a call such as socket(AF_INET, SOCK_STREAM, "
                             "IPPROTO_IP) = 3"));
        r = importStraceLog("sendto(3, \"abc, 3, 0) = 3\n", "q.log");
        QVERIFY(!r.ok());
        QCOMPARE(r.errorLine, 1);
        QCOMPARE(r.errorColumn, 11); // where the unterminated string starts
        r = importStraceLog("+++ exited with 0 +++\n", "empty.log");
        QVERIFY(!r.ok());
        QVERIFY(r.scenario.empty());
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("prog.log"));
        const QString out = dir.filePath(QStringLiteral("prog.spg"));
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kForkLog);
        f.close();
        QProcess p;
        p.start(QStringLiteral(SPG_APP),
                { QStringLiteral("--import-strace"), log, QStringLiteral("--out"), out });
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.contains(log + QStringLiteral(":5: p2 close(): p1_srv is shared across fork")),
                 qPrintable(err));
        QVERIFY(QFile::exists(out));
        // Bad input: the line and column, exit 2, and no file.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("socket(AF_INET, SOCK_STREAM, 0) = 3\n!!\n");
        f.close();
        const QString out2 = dir.filePath(QStringLiteral("bad.spg"));
        p.start(QStringLiteral(SPG_APP),
                { QStringLiteral("--import-strace"), log, QStringLiteral("--out"), out2 });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(
            QString::fromUtf8(p.readAllStandardError()).startsWith(log + QStringLiteral(":2:1: ")),
            "no line:column");
        QVERIFY(!QFile::exists(out2));
        p.start(QStringLiteral(SPG_APP), { QStringLiteral("--import-strace"), log });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestStraceImport)
#include "test_strace_import.moc"
