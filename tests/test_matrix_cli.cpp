// `socket-playground --matrix`: the real executable, run headless (no display), prints the
// call × state table as Markdown with the kernel's answers. One family keeps it short.
#include <QtTest>

class TestMatrixCli : public QObject {
    Q_OBJECT

private slots:
    void udpTable();
    void unknownFamily();
    void helpMentionsIt();

private:
    struct Output {
        int exitCode = -1;
        QString out, err;
    };
    Output run(const QStringList& args);
};

TestMatrixCli::Output TestMatrixCli::run(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("DISPLAY");
    env.remove("WAYLAND_DISPLAY");
    env.remove("QT_QPA_PLATFORM"); // headless modes must not need one
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SPG_APP), args);
    Output o;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return o;
    }
    o.exitCode = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

void TestMatrixCli::udpTable()
{
    const Output o = run({ "--matrix", "udp", "--backend", "poll" });
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY(o.out.startsWith("# What each call returns in each state, on this machine (poll"));
    QVERIFY(o.out.contains("## UDP (AF_INET, SOCK_DGRAM) on 127.0.0.1, blocking\n"));
    QVERIFY(o.out.contains("## UDP (AF_INET, SOCK_DGRAM) on 127.0.0.1, non-blocking"));
    QVERIFY(!o.out.contains("TCP"));
    // The kernel's answers: listen on UDP is refused, send without a peer has no address,
    // a shut-down socket gives EPIPE, a datagram waits for a bound socket.
    const QStringList lines = o.out.split('\n');
    auto row = [&](const QString& call) {
        for (const QString& l : lines)
            if (l.startsWith("| " + call + " |"))
                return l;
        return QString();
    };
    QVERIFY(row("call").startsWith("| call | fresh | bound | bound + datagram waiting | "
                                   "connected | our SHUT_WR | peer closed | closed |"));
    QVERIFY2(row("listen").startsWith("| listen | -1 EOPNOTSUPP |"), qPrintable(row("listen")));
    QVERIFY2(
        row("send").startsWith("| send | -1 EDESTADDRREQ | -1 EDESTADDRREQ | "
                               "-1 EDESTADDRREQ | 3 | -1 EPIPE | -1 ECONNREFUSED | -1 EBADF |"),
        qPrintable(row("send")));
    QVERIFY(row("getsockopt SO_ERROR").contains("| 0 [111] |")); // the ICMP error, pending
    QVERIFY(row("poll").contains("POLLOUT"));
    QVERIFY(o.err.contains(QRegularExpression("running \\d+ cells through the engine \\(poll")));
}

void TestMatrixCli::unknownFamily()
{
    const Output o = run({ "--matrix", "sctp" });
    QCOMPARE(o.exitCode, 2);
    QVERIFY(o.err.contains("no matrix family \"sctp\""));
    QVERIFY(o.out.isEmpty());
}

void TestMatrixCli::helpMentionsIt()
{
    const Output o = run({ "--help" });
    QCOMPARE(o.exitCode, 0);
    QVERIFY(o.out.contains("--matrix [FAMILY]"));
}

QTEST_APPLESS_MAIN(TestMatrixCli)

#include "test_matrix_cli.moc"
