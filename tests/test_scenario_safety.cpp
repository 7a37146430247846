// The safety policy in a real headless run: a refused scenario makes no call at all (seen by
// a listener of the test's own that no connection reached), relative UNIX paths land in the
// run's scratch folder and never in the current folder, the files a scenario binds are gone
// when its sockets close or the run ends, and a symbolic link planted in the scratch folder
// is refused at the moment of the call.
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_runner.h"
#include "core/scenario/scenario_scratch.h"
#include "engine_harness.h"

#include <QtTest>

#include <thread>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <csignal>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace spg::core;

namespace {

RunResult run(const std::string& text, unsigned allow = 0, const ScratchFolder* scratch = nullptr)
{
    const ScenarioParse parsed = parseScenario(text);
    if (!parsed.ok())
        qFatal("test scenario does not parse: %s", parsed.errors.front().format("t").c_str());
    RunOptions options;
    options.backend = spg::test::backendUnderTest();
    options.stepTimeoutMs = 5000;
    options.allow = allow;
    options.scratch = scratch;
    return runScenario(parsed.scenario, options);
}

// A listener of the test's own on 127.0.0.1 (or at a UNIX path): a connect() made by a run
// stays in its accept queue, so pendingConnection() tells whether anything ran.
struct Listener {
    int fd = -1;
    std::uint16_t port = 0;

    explicit Listener(const std::string& unixPath = {})
    {
        if (unixPath.empty()) {
            fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            sockaddr_in sin {};
            sin.sin_family = AF_INET;
            sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            socklen_t len = sizeof sin;
            if (::bind(fd, reinterpret_cast<sockaddr*>(&sin), len) != 0
                || ::getsockname(fd, reinterpret_cast<sockaddr*>(&sin), &len) != 0)
                qFatal("cannot bind the test's listener");
            port = ntohs(sin.sin_port);
        } else {
            fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0);
            sockaddr_un sun {};
            sun.sun_family = AF_UNIX;
            std::snprintf(sun.sun_path, sizeof sun.sun_path, "%s", unixPath.c_str());
            if (::bind(fd, reinterpret_cast<sockaddr*>(&sun), sizeof sun) != 0)
                qFatal("cannot bind the test's listener at %s", unixPath.c_str());
        }
        ::listen(fd, 8);
    }
    ~Listener() { ::close(fd); }

    bool pendingConnection() const
    {
        const int c = ::accept(fd, nullptr, nullptr);
        if (c < 0)
            return false; // EAGAIN: nobody connected.
        ::close(c);
        return true;
    }
};

bool exists(const std::string& path)
{
    struct stat st { };
    return ::lstat(path.c_str(), &st) == 0;
}

// Entries of a folder other than . and ..
int entriesIn(const QString& folder)
{
    return int(QDir(folder)
                   .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

} // namespace

class TestScenarioSafety : public QObject {
    Q_OBJECT

private slots:
    // The file's first line would connect to the test's listener; its last line reaches
    // another host. Refused whole: not even the first line ran.
    void refusedScenarioRunsNothing()
    {
        Listener listener;
        const std::string text = "c = socket(AF_INET, SOCK_STREAM, 0)\n"
                                 "connect(c, 127.0.0.1:"
            + std::to_string(listener.port)
            + ")\n"
              "d = socket(AF_INET, SOCK_DGRAM, 0)\n"
              "sendto(d, \"x\", 0, 10.0.0.1:9)\n";
        const RunResult refused = run(text);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(refused.callsMade, 0);
        QVERIFY(refused.lines.empty());
        QCOMPARE(refused.policy.findings.size(), std::size_t(1));
        QCOMPARE(refused.policy.findings[0].line, 4);
        QVERIFY(!listener.pendingConnection());
        // The same file with consent runs, and the listener sees it: the check above could fail.
        const RunResult allowed = run(text, PolicyNet);
        QVERIFY(allowed.callsMade >= 2);
        QVERIFY(listener.pendingConnection());
    }

    void consentToOneCategoryIsNotConsentToAnother()
    {
        const RunResult r = run("s = socket(AF_INET, SOCK_STREAM, 0)\n"
                                "bind(s, 0.0.0.0:0)\n"
                                "r = socket(AF_INET, SOCK_RAW, 1)\n",
                                PolicyNet);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.policy.missing(), unsigned(PolicyRaw));
        QCOMPARE(r.callsMade, 0);
    }

    // A relative name never lands in the current folder: a lab cannot make ./.bashrc.
    void relativePathsGoToTheScratchFolder()
    {
        QTemporaryDir cwd;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(cwd.path()));
        std::string error;
        auto scratch = ScratchFolder::make(error);
        QVERIFY2(scratch, error.c_str());
        const RunResult r = run("s = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                "bind(s, unix:.bashrc)         expect 0\n"
                                "listen(s, 1)\n"
                                "getsockname(s)                expect value unix:"
                                    + scratch->path()
                                    + "/.bashrc\n"
                                      "c = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                      "connect(c, unix:./.bashrc)    expect 0\n"
                                      "d = socket(AF_UNIX, SOCK_DGRAM, 0)\n"
                                      "bind(d, unix:@lab)            expect 0\n"
                                      "getsockname(d)                expect value unix:@"
                                    + scratch->abstractPrefix() + "lab\n",
                                0, scratch.get());
        QDir::setCurrent(before);
        QVERIFY2(r.exitCode == 0, r.failure.c_str());
        QVERIFY(!exists(cwd.path().toStdString() + "/.bashrc"));
        QCOMPARE(entriesIn(cwd.path()), 0);
        // Closed at the run's end, so its file is gone before the folder is.
        QCOMPARE(entriesIn(QString::fromStdString(scratch->path())), 0);
    }

    // close() removes the file the socket bound, so the same path binds again at once.
    void closeRemovesTheBoundFile()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/lab.sock";
        const RunResult r = run("s = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                "bind(s, unix:"
                                    + path
                                    + ")   expect 0\n"
                                      "t = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                      "bind(t, unix:"
                                    + path
                                    + ")   expect EADDRINUSE\n"
                                      "close(s)\n"
                                      "bind(t, unix:"
                                    + path
                                    + ")   expect 0\n"
                                      "listen(t, 1)\n",
                                PolicyPaths);
        QVERIFY2(r.exitCode == 0, r.failure.c_str());
        QVERIFY(!exists(path)); // t's file went when the run ended.
        QCOMPARE(entriesIn(dir.path()), 0);
    }

    // A file someone else put at the path after the bind is not the socket's to remove. The
    // scenario waits in recv() on a connection to the test, which swaps the file meanwhile.
    void closeLeavesAFileThatIsNoLongerTheSockets()
    {
        std::string error;
        auto scratch = ScratchFolder::make(error);
        QVERIFY2(scratch, error.c_str());
        const std::string path = scratch->path() + "/lab.sock";
        Listener gate;
        const ScenarioParse parsed = parseScenario("s = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                                   "bind(s, unix:lab.sock)   expect 0\n"
                                                   "g = socket(AF_INET, SOCK_STREAM, 0)\n"
                                                   "connect(g, 127.0.0.1:"
                                                   + std::to_string(gate.port)
                                                   + ")  expect 0\n"
                                                     "recv(g, 1, 0)            expect \"!\"\n"
                                                     "close(s)\n");
        RunOptions options;
        options.backend = spg::test::backendUnderTest();
        options.stepTimeoutMs = 10000;
        options.scratch = scratch.get();
        RunResult r;
        std::thread runner([&] { r = runScenario(parsed.scenario, options); });
        int conn = -1;
        while ((conn = ::accept(gate.fd, nullptr, nullptr)) < 0) // The bind came first.
            QThread::msleep(2);
        QVERIFY(exists(path));
        ::unlink(path.c_str());
        Listener other(path); // Same path, another socket: another inode.
        QCOMPARE(::send(conn, "!", 1, 0), ssize_t(1));
        runner.join();
        ::close(conn);
        QVERIFY2(r.exitCode == 0, r.failure.c_str());
        QVERIFY(exists(path));
    }

    void symbolicLinkInTheScratchFolderIsRefused()
    {
        QTemporaryDir outside;
        const std::string target = outside.path().toStdString() + "/service.sock";
        Listener service(target);
        std::string error;
        auto scratch = ScratchFolder::make(error);
        QVERIFY2(scratch, error.c_str());
        QCOMPARE(::symlink(target.c_str(), (scratch->path() + "/lab.sock").c_str()), 0);
        const RunResult r = run("c = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                "connect(c, unix:lab.sock)\n",
                                0, scratch.get());
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.failureLine, 2);
        QVERIFY2(r.failure.find("symbolic link") != std::string::npos, r.failure.c_str());
        QVERIFY(!service.pendingConnection());
        // Without the link the same line connects: the refusal is the link's.
        ::unlink((scratch->path() + "/lab.sock").c_str());
        Listener inside(scratch->path() + "/lab.sock");
        QCOMPARE(run("c = socket(AF_UNIX, SOCK_STREAM, 0)\nconnect(c, unix:lab.sock)  expect 0\n",
                     0, scratch.get())
                     .exitCode,
                 0);
        QVERIFY(inside.pendingConnection());
    }

    void ownScratchFolderIsRemovedAfterTheRun()
    {
        const std::string tmp = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "/tmp";
        const RunResult r = run("s = socket(AF_UNIX, SOCK_STREAM, 0)\n"
                                "bind(s, unix:lab.sock)   expect 0\n"
                                "getsockname(s)\n");
        QVERIFY2(r.exitCode == 0, r.failure.c_str());
        const QString line = QString::fromStdString(r.lines.at(1));
        static const QRegularExpression folder(QStringLiteral("sun_path=\"([^\"]*)/lab.sock\""));
        const QString path = folder.match(line).captured(1);
        QVERIFY2(path.contains(QLatin1String("/spg-run-")), qPrintable(line));
        QVERIFY(!exists(path.toStdString()));
    }

    // A run killed before it could clean up (the window, by SIGKILL) leaves its folder with
    // a bound socket file in it; the next make() removes it. Folders of live processes, other
    // names and links named like a folder stay.
    void killedRunsFolderIsSweptByTheNext()
    {
        QTemporaryDir base;
        const std::string dir = base.path().toStdString();
        const QByteArray before = qgetenv("TMPDIR");
        const bool had = qEnvironmentVariableIsSet("TMPDIR");
        auto restore = qScopeGuard([&] { had ? qputenv("TMPDIR", before) : qunsetenv("TMPDIR"); });
        qputenv("TMPDIR", base.path().toLocal8Bit());
        const pid_t child = ::fork();
        if (child == 0) {
            std::string error;
            auto scratch = ScratchFolder::make(error);
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un sun {};
            sun.sun_family = AF_UNIX;
            std::snprintf(sun.sun_path, sizeof sun.sun_path, "%s/lab.sock", scratch->path().c_str());
            ::bind(fd, reinterpret_cast<sockaddr*>(&sun), sizeof sun);
            ::raise(SIGKILL); // No destructor runs, as when the window is killed.
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFSIGNALED(status));
        QDir listing(base.path());
        const QStringList left = listing.entryList({ QStringLiteral("spg-run-%1-*").arg(child) }, QDir::Dirs);
        QCOMPARE(left.size(), 1);
        QVERIFY(exists(dir + "/" + left.front().toStdString() + "/lab.sock"));

        // What must stay: a live process's folder (pid 1's), an old-style name, and a link
        // named like a dead process's folder (removing through it would reach outside).
        QTemporaryDir outside;
        QVERIFY(QDir().mkpath(base.path() + QStringLiteral("/spg-run-1-Live01")));
        QVERIFY(QDir().mkpath(base.path() + QStringLiteral("/spg-run-Old001")));
        QVERIFY(QFile(outside.path() + QStringLiteral("/keep")).open(QIODevice::WriteOnly));
        const std::string link = dir + "/spg-run-" + std::to_string(child) + "-Link01";
        QCOMPARE(::symlink(outside.path().toLocal8Bit().constData(), link.c_str()), 0);

        std::string error;
        auto next = ScratchFolder::make(error);
        QVERIFY2(next, error.c_str());
        QVERIFY(!exists(dir + "/" + left.front().toStdString()));
        QVERIFY(exists(dir + "/spg-run-1-Live01"));
        QVERIFY(exists(dir + "/spg-run-Old001"));
        QVERIFY(exists(link));
        QVERIFY(exists(outside.path().toStdString() + "/keep"));
        QVERIFY(exists(next->path())); // Its own, alive.
        QCOMPARE(ScratchFolder::sweepStale(dir), std::size_t(0)); // Nothing stale is left.
    }
};

QTEST_GUILESS_MAIN(TestScenarioSafety)
#include "test_scenario_safety.moc"
