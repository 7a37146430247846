// Real programs under real strace: each C program in tests/strace/ is compiled, run under
// strace -f -yy -s 4096 with the flags the README gives, its log imported, the scenario
// replayed headless (runScenario), and the calls the replay made compared with the log's:
// the same socket calls with the same results, and for poll, select and epoll_wait the same
// readiness, which the scenario must check too. Covers a fork-per-client server, a poll()
// server, a UDP client with an echo peer, a select() server (glibc's pselect6), an epoll
// server (epoll_create1, epoll_ctl ADD/DEL, epoll_wait with EPOLLRDHUP), and sendmsg/recvmsg
// over socketpair()s and UDP. Where strace
// cannot trace (ptrace refused in a sandbox) the whole test exits 77, which CTest reports as
// skipped. Runs on the test's thread.
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_runner.h"
#include "import/strace_import.h"
#include "import/strace_log.h"
#include "import/strace_model.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cstdio>
#include <regex>
#include <sstream>

using namespace spg;

namespace {

const QStringList kStraceFlags = {
    QStringLiteral("-f"),
    QStringLiteral("-yy"),
    QStringLiteral("-s"),
    QStringLiteral("4096"),
    QStringLiteral("-e"),
    QStringLiteral("trace=network,read,write,close,poll,select,pselect6,epoll_create1,epoll_ctl,"
                   "epoll_wait,epoll_pwait,fcntl,ioctl")
};

// What a readiness call said was ready, without fd numbers (they differ between the
// program and the playground): epoll_wait's event masks, poll's revents masks, select's
// set names with their counts; "" for any other call.
std::string readiness(const straceimport::StraceCall& c)
{
    std::string text;
    std::regex re;
    if (c.name == "epoll_wait")
        text = c.args.size() > 1 ? c.args[1] : "", re = std::regex(R"(events=([A-Z|]+))");
    else if (c.name == "poll")
        text = c.resultNote, re = std::regex(R"(revents=([A-Z|]+))");
    else if (c.name == "select")
        text = c.resultNote, re = std::regex(R"((in|out|except) \[([^\]]*)\])");
    else
        return {};
    std::vector<std::string> found;
    for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it) {
        if (c.name != "select") {
            found.push_back((*it)[1].str());
            continue;
        }
        const std::string fds = (*it)[2].str();
        found.push_back((*it)[1].str() + " "
                        + std::to_string(std::count(fds.begin(), fds.end(), ' ') + 1));
    }
    std::sort(found.begin(), found.end());
    std::string out;
    for (const std::string& f : found)
        out += " " + f;
    return out.empty() ? out : " (" + out.substr(1) + ")";
}

// "name = result" for one call: the result is the value, the errno name, or "fd" for a
// new descriptor (fd numbers differ between the program and the playground), then what a
// readiness call found ready.
std::string callKey(straceimport::StraceCall c, bool makesFd)
{
    // send()/recv() are sendto()/recvfrom() without an address to glibc and strace, and
    // select()/epoll_wait() are pselect6/epoll_pwait with no signal mask to some glibcs.
    if (c.name == "sendto" && c.args.size() > 4 && c.args[4] == "NULL")
        c.name = "send";
    if (c.name == "recvfrom" && c.args.size() > 4 && c.args[4] == "NULL")
        c.name = "recv";
    if (c.name == "pselect6")
        c.name = "select";
    if (c.name == "epoll_pwait")
        c.name = "epoll_wait";
    const std::string result = !c.errorName.empty() ? c.errorName
        : makesFd && c.value >= 0                   ? std::string("fd")
                                                    : std::to_string(c.value);
    return c.name + " = " + result + readiness(c);
}

// The scenario's readiness calls that returned something ready but whose line does not
// check what (epoll_wait without "events [...]", select without "in/out [...]", poll
// without "revents"): the replay would pass whichever socket the kernel woke.
QStringList uncheckedReadiness(const std::string& scenario)
{
    static const std::regex kLine(
        R"(^(?:\w+ = )?(epoll_wait|select|poll)\(.*\)\s+expect ([1-9]\d*)(.*)$)");
    QStringList out;
    std::istringstream in(scenario);
    for (std::string line; std::getline(in, line);) {
        std::smatch m;
        if (!std::regex_match(line, m, kLine))
            continue;
        const std::string rest = m[3].str();
        static const std::regex kSets(R"((in|out|except) \[)");
        bool checked = std::regex_search(rest, kSets);
        if (m[1] == "epoll_wait")
            checked = rest.find("events [") != std::string::npos;
        else if (m[1] == "poll")
            checked = rest.find("revents ") != std::string::npos;
        if (!checked)
            out << QString::fromStdString(line);
    }
    return out;
}

bool makesFd(const std::string& name)
{
    return name == "socket" || name == "accept" || name == "accept4" || name == "epoll_create1";
}

// The log's socket calls in the order they ended: calls on or making a socket; a close() that only
// drops one process's copy of a shared socket is not a call the kernel acts on (the fork rule), so
// it is left out.
std::vector<std::string> logCalls(const std::string& text)
{
    const straceimport::StraceLog log = straceimport::readStraceLog(text);
    const straceimport::Model model = straceimport::buildModel(log);
    std::vector<std::pair<int, std::string>> ended;
    for (std::size_t i = 0; i < log.calls.size(); ++i) {
        const straceimport::StraceCall& c = log.calls[i];
        bool onSocket = false;
        for (const auto& [fd, socket] : model.calls[i].fds)
            onSocket = onSocket || socket >= 0;
        if (onSocket && !model.calls[i].closeShared)
            ended.emplace_back(c.endLine, callKey(c, makesFd(c.name)));
    }
    std::stable_sort(ended.begin(), ended.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (const auto& e : ended)
        out.push_back(e.second);
    return out;
}

// The replay's calls as it printed them (strace-style lines), in the order they ended.
std::vector<std::string> runCalls(const std::vector<std::string>& lines)
{
    std::string text;
    for (const std::string& l : lines)
        if (!l.empty() && l[0] != '#')
            text += l + "\n";
    const straceimport::StraceLog log = straceimport::readStraceLog(text);
    std::vector<std::string> out;
    for (const straceimport::StraceCall& c : log.calls)
        out.push_back(callKey(c, makesFd(c.name)));
    return out;
}

QString listText(const std::vector<std::string>& calls)
{
    QStringList l;
    for (const std::string& c : calls)
        l << QString::fromStdString(c);
    return l.join(QStringLiteral("\n  "));
}

// The comparison: empty when equal, else both lists. As multisets: two processes' calls
// that end together may be logged in either order (a datagram's recvfrom() can return
// before the sendto() that sent it), so only each call's own order is meaningful, and
// that the scenario's expectations check line by line.
QString compareCalls(std::vector<std::string> fromLog, std::vector<std::string> fromRun)
{
    std::sort(fromLog.begin(), fromLog.end());
    std::sort(fromRun.begin(), fromRun.end());
    if (fromLog == fromRun)
        return {};
    return QStringLiteral("the log's calls:\n  %1\nthe replay's calls:\n  %2")
        .arg(listText(fromLog), listText(fromRun));
}

core::RunResult replay(const std::string& scenarioText)
{
    const core::ScenarioParse parsed = core::parseScenario(scenarioText);
    core::RunResult r;
    if (!parsed.ok()) {
        r.exitCode = 2;
        r.failure = parsed.errors.front().format("import.spg");
        return r;
    }
    core::RunOptions options;
    options.stepTimeoutMs = 10000;
    return core::runScenario(parsed.scenario, options);
}

} // namespace

class TestStraceReplay : public QObject {
    Q_OBJECT

public:
    static bool straceWorks(QString& why);

private:
    QTemporaryDir m_dir;
    // Compiles tests/strace/NAME.c, runs it under strace; the log's text, or fails.
    std::string trace(const QString& name);
    void importReplayCompare(const QString& name, int minCalls);

private slots:
    void forkPerClientServer() { importReplayCompare(QStringLiteral("fork_server"), 14); }
    void pollServer() { importReplayCompare(QStringLiteral("poll_server"), 16); }
    void udpClientAndEchoPeer() { importReplayCompare(QStringLiteral("udp_client"), 9); }
    void selectServer() { importReplayCompare(QStringLiteral("select_server"), 15); }
    void epollServer() { importReplayCompare(QStringLiteral("epoll_server"), 24); }
    void msgOverSocketpairAndUdp() { importReplayCompare(QStringLiteral("msg_pair"), 19); }
    void comparisonSeesADroppedCall();
    void replaySeesADoctoredLog();
    void comparisonSeesADoctoredEvent();
    void replaySeesADoctoredSelect();
    void replaySeesDoctoredMsgBytes();
    void readinessCheckSeesAnUncheckedWait();
};

bool TestStraceReplay::straceWorks(QString& why)
{
    if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("cc")).isEmpty()) {
        why = QStringLiteral("strace or cc is not installed (scripts/test installs both)");
        return false;
    }
    QProcess p;
    p.start(QStringLiteral("strace"),
            { QStringLiteral("-f"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
              QStringLiteral("true") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        why = QStringLiteral("strace cannot trace here (ptrace not permitted in this sandbox?): ")
            + QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

std::string TestStraceReplay::trace(const QString& name)
{
    const QString source = QStringLiteral(SPG_STRACE_PROGRAMS "/") + name + QStringLiteral(".c");
    const QString binary = m_dir.filePath(name);
    const QString logPath = m_dir.filePath(name + QStringLiteral(".log"));
    QProcess cc;
    cc.start(QStringLiteral("cc"),
             { QStringLiteral("-std=c11"), QStringLiteral("-D_DEFAULT_SOURCE"),
               QStringLiteral("-o"), binary, source });
    if (!cc.waitForFinished(60000) || cc.exitCode() != 0) {
        qWarning("cc failed: %s", cc.readAllStandardError().constData());
        return {};
    }
    QProcess st;
    st.start(QStringLiteral("strace"),
             kStraceFlags + QStringList { QStringLiteral("-o"), logPath, binary });
    if (!st.waitForFinished(60000) || st.exitCode() != 0) {
        qWarning("%s under strace exited %d: %s", qPrintable(name), st.exitCode(),
                 st.readAllStandardError().constData());
        return {};
    }
    QFile log(logPath);
    return log.open(QIODevice::ReadOnly) ? log.readAll().toStdString() : std::string();
}

void TestStraceReplay::importReplayCompare(const QString& name, int minCalls)
{
    const std::string log = trace(name);
    QVERIFY2(!log.empty(), "the program did not run under strace");
    const straceimport::ImportResult imported =
        straceimport::importStraceLog(log, name.toStdString() + ".log");
    QVERIFY2(imported.ok(), imported.error.c_str());
    QVERIFY2(imported.calls >= minCalls, imported.scenario.c_str());
    const core::RunResult r = replay(imported.scenario);
    QVERIFY2(r.exitCode == 0,
             qPrintable(QString::fromStdString(r.failure + "\n" + imported.scenario)));
    const QString diff = compareCalls(logCalls(log), runCalls(r.lines));
    QVERIFY2(diff.isEmpty(),
             qPrintable(diff + QStringLiteral("\n") + QString::fromStdString(imported.scenario)));
    const QStringList unchecked = uncheckedReadiness(imported.scenario);
    QVERIFY2(unchecked.isEmpty(),
             qPrintable(QStringLiteral("readiness not checked:\n  ")
                        + unchecked.join(QStringLiteral("\n  "))));
}

// The comparison's wrong answer: the replay of a scenario missing one call must differ.
void TestStraceReplay::comparisonSeesADroppedCall()
{
    const std::string log = trace(QStringLiteral("udp_client"));
    QVERIFY(!log.empty());
    std::string text = straceimport::importStraceLog(log, "udp.log").scenario;
    const std::size_t at = text.find("getsockname(");
    QVERIFY(at != std::string::npos);
    text.erase(at, text.find('\n', at) - at + 1);
    const core::RunResult r = replay(text);
    QCOMPARE(r.exitCode, 0);                                            // still a valid run ...
    QVERIFY(!compareCalls(logCalls(log), runCalls(r.lines)).isEmpty()); // ... that differs
}

// A log whose result the kernel does not give again: the replay's expectation fails.
void TestStraceReplay::replaySeesADoctoredLog()
{
    std::string log = trace(QStringLiteral("udp_client"));
    const std::size_t at = log.find("\"ping\", 4, 0, {sa_family=AF_INET");
    QVERIFY(at != std::string::npos);
    const std::size_t result = log.find(") = 4", at);
    log.replace(result, 5, ") = 5");
    const core::RunResult r = replay(straceimport::importStraceLog(log, "doctored.log").scenario);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.failure.find("expected 5") != std::string::npos, r.failure.c_str());
}

// The comparison's wrong answer for readiness: the epoll log with the last wake-up's
// EPOLLRDHUP taken out must differ from the replay of the real log.
void TestStraceReplay::comparisonSeesADoctoredEvent()
{
    const std::string log = trace(QStringLiteral("epoll_server"));
    const std::size_t at = log.rfind("events=EPOLLIN|EPOLLRDHUP, data=");
    QVERIFY(at != std::string::npos);
    std::string doctored = log;
    doctored.replace(at, std::string("events=EPOLLIN|EPOLLRDHUP").size(), "events=EPOLLIN");
    const core::RunResult r = replay(straceimport::importStraceLog(log, "epoll.log").scenario);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(compareCalls(logCalls(log), runCalls(r.lines)).isEmpty());
    QVERIFY(!compareCalls(logCalls(doctored), runCalls(r.lines)).isEmpty());
    // ... and its own replay fails where the kernel adds EPOLLRDHUP again.
    const core::RunResult d =
        replay(straceimport::importStraceLog(doctored, "doctored.log").scenario);
    QCOMPARE(d.exitCode, 1);
}

// Doctored select() logs. One says the last wait (10 s timeout) timed out: the replay's
// kernel says the socket was readable, and its expectation fails. One says the listener was
// writable, not readable: the parser refuses `out [srv]` for a socket not in writefds, the
// import makes that line a comment, and the comparison sees the select() missing.
void TestStraceReplay::replaySeesADoctoredSelect()
{
    const std::string log = trace(QStringLiteral("select_server"));
    std::string timedOut = log;
    const std::size_t last = timedOut.rfind("= 1 (in [");
    QVERIFY(last != std::string::npos);
    timedOut.replace(last, timedOut.find('\n', last) - last, "= 0 (Timeout)");
    const core::RunResult r =
        replay(straceimport::importStraceLog(timedOut, "doctored.log").scenario);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.failure.find("expected 0") != std::string::npos, r.failure.c_str());

    std::string writable = log;
    const std::size_t first = writable.find("= 1 (in [");
    writable.replace(first, 9, "= 1 (out [");
    const core::RunResult w =
        replay(straceimport::importStraceLog(writable, "doctored.log").scenario);
    QCOMPARE(w.exitCode, 0);
    QVERIFY(!compareCalls(logCalls(writable), runCalls(w.lines)).isEmpty());
}

// recvmsg()'s bytes changed in the log: the replay reads the real ones and fails.
void TestStraceReplay::replaySeesDoctoredMsgBytes()
{
    std::string log = trace(QStringLiteral("msg_pair"));
    const std::size_t at = log.find("iov_base=\"etwo\"");
    QVERIFY(at != std::string::npos);
    log.replace(at, std::string("iov_base=\"etwo\"").size(), "iov_base=\"etwx\"");
    const core::RunResult r = replay(straceimport::importStraceLog(log, "doctored.log").scenario);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.failure.find("onetwx") != std::string::npos, r.failure.c_str());
}

// The readiness check's wrong answers: ready calls whose lines do not say what was ready.
void TestStraceReplay::readinessCheckSeesAnUncheckedWait()
{
    QCOMPARE(uncheckedReadiness("epoll_wait(ep, 4, -1)  expect 1\n"
                                "select([a], [], [], -1)  expect 1\n"
                                "poll([a POLLIN], -1)  expect 1\n"
                                "epoll_wait(ep, 4, 0)  expect 0\n"
                                "epoll_wait(ep, 4, -1)  expect 1, events [a EPOLLIN]\n")
                 .size(),
             3);
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString why;
    if (!TestStraceReplay::straceWorks(why)) {
        std::fprintf(stderr, "SKIP: %s\n", qPrintable(why));
        return 77;
    }
    TestStraceReplay test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_strace_replay.moc"
