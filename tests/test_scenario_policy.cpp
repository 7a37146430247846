// The safety policy for scenario files: a table of addresses and sockets, each either inside
// the lab (no finding) or needing consent (its category and words), every known bypass among
// them; the report's categories and the headless refusal text; and the scratch folder that
// relative paths and abstract names land in, including a symbolic link planted inside it.
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_policy.h"
#include "core/scenario/scenario_scratch.h"

#include <QtTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace spg::core;

namespace {

Scenario parsed(const std::string& text)
{
    const ScenarioParse p = parseScenario(text);
    if (!p.ok())
        qFatal("test scenario does not parse: %s", p.errors.front().format("t").c_str());
    return p.scenario;
}

// "" when the report has exactly the one finding described (or none when `category` is 0),
// else what differs: the test's own comparison, itself fed wrong answers below.
std::string mismatch(const PolicyReport& report, unsigned category, const std::string& words,
                     int line, int column)
{
    if (category == 0)
        return report.findings.empty() ? std::string()
                                       : "unexpected finding: " + report.findings.front().text;
    if (report.findings.size() != 1)
        return "expected one finding, got " + std::to_string(report.findings.size());
    const PolicyFinding& f = report.findings.front();
    if (f.category != category)
        return "category " + std::string(policyCategoryName(f.category)) + " for " + f.text;
    if (f.text.find(words) == std::string::npos)
        return "\"" + f.text + "\" does not say \"" + words + "\"";
    if (f.line != line || f.column != column)
        return "at " + std::to_string(f.line) + ":" + std::to_string(f.column) + ", expected "
            + std::to_string(line) + ":" + std::to_string(column);
    return {};
}

// A real listening UNIX socket at `path`, so the policy can say "an existing socket".
int listenAt(const std::string& path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    sockaddr_un sun {};
    sun.sun_family = AF_UNIX;
    std::snprintf(sun.sun_path, sizeof sun.sun_path, "%s", path.c_str());
    if (::bind(fd, reinterpret_cast<sockaddr*>(&sun), sizeof sun) != 0 || ::listen(fd, 1) != 0)
        qFatal("cannot listen at %s", path.c_str());
    return fd;
}

} // namespace

class TestScenarioPolicy : public QObject {
    Q_OBJECT

private slots:
    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<unsigned>("category"); // 0: inside the lab
        QTest::addColumn<QString>("words");
        const unsigned ok = 0;
        QTest::newRow("loopback") << "127.0.0.1:0" << ok << "";
        QTest::newRow("loopback /8") << "127.45.6.7:8080" << ok << "";
        QTest::newRow("::1") << "[::1]:0" << ok << "";
        QTest::newRow("mapped loopback") << "[::ffff:127.0.0.1]:80" << ok << "";
        QTest::newRow("localhost") << "localhost:80" << ok << "";
        QTest::newRow("LOCALHOST") << "LOCALHOST:80" << ok << "";
        QTest::newRow("unix name") << "unix:lab.sock" << ok << "";
        QTest::newRow("unix ./name") << "unix:./lab.sock" << ok << "";
        QTest::newRow("unix a/../b") << "unix:a/../lab.sock" << ok << "";
        QTest::newRow("abstract") << "unix:@lab" << ok << "";
        QTest::newRow("reference") << "s.local" << ok << "";
        QTest::newRow("dns name") << "example.com:80" << unsigned(PolicyNet) << "a host name";
        QTest::newRow("localhost.") << "localhost.:80" << unsigned(PolicyNet) << "a host name";
        QTest::newRow("metadata") << "169.254.169.254:80" << unsigned(PolicyNet) << "another host";
        QTest::newRow("private") << "10.0.0.1:80" << unsigned(PolicyNet) << "another host";
        QTest::newRow("mapped private")
            << "[::ffff:10.0.0.1]:80" << unsigned(PolicyNet) << "another host, as an IPv4-mapped";
        QTest::newRow("mapped wildcard")
            << "[::ffff:0.0.0.0]:80" << unsigned(PolicyNet) << "every interface";
        QTest::newRow("compatible") << "[::127.0.0.1]:80" << unsigned(PolicyNet) << "another host";
        QTest::newRow("0.0.0.0") << "0.0.0.0:8080" << unsigned(PolicyNet)
                                 << "0.0.0.0:8080 (every interface)";
        QTest::newRow("[::]") << "[::]:8080" << unsigned(PolicyNet) << "every interface";
        QTest::newRow("broadcast") << "255.255.255.255:9" << unsigned(PolicyNet) << "broadcast";
        QTest::newRow("multicast") << "224.0.0.1:9" << unsigned(PolicyNet) << "multicast";
        QTest::newRow("v6 multicast") << "[ff02::1]:9" << unsigned(PolicyNet) << "multicast";
        QTest::newRow("link-local") << "[fe80::1%1]:80" << unsigned(PolicyNet) << "another host";
        QTest::newRow("global v6") << "[2001:db8::1]:80" << unsigned(PolicyNet) << "another host";
        QTest::newRow("abstract path-like")
            << "unix:@/tmp/.X11-unix/X0" << unsigned(PolicyPaths) << "an abstract name outside";
        QTest::newRow("dot-dot") << "unix:../x.sock" << unsigned(PolicyPaths) << "'..' leaves";
        QTest::newRow("deep dot-dot")
            << "unix:./a/../../x.sock" << unsigned(PolicyPaths) << "'..' leaves";
        QTest::newRow("absolute") << "unix:/nonexistent-spg/x.sock" << unsigned(PolicyPaths)
                                  << "outside the scratch folder";
        QTest::newRow("existing file")
            << "unix:/dev/null" << unsigned(PolicyPaths) << "an existing file";
    }

    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(unsigned, category);
        QFETCH(QString, words);
        const Scenario s = parsed("s = socket(AF_INET, SOCK_STREAM, 0)\nconnect(s, "
                                  + address.toStdString() + ")\n");
        const PolicyReport report = checkPolicy(s, {});
        const std::string why = mismatch(report, category, words.toStdString(), 2, 12);
        QVERIFY2(why.empty(), why.c_str());
        QCOMPARE(report.refused(), category != 0);
    }

    void sockets_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<unsigned>("category");
        QTest::addColumn<QString>("words");
        const unsigned ok = 0;
        const unsigned raw = PolicyRaw;
        QTest::newRow("tcp") << "socket(AF_INET, SOCK_STREAM, 0)" << ok << "";
        QTest::newRow("udp6") << "socket(AF_INET6, SOCK_DGRAM, IPPROTO_UDP)" << ok << "";
        QTest::newRow("unix seqpacket") << "socket(AF_UNIX, SOCK_SEQPACKET, 0)" << ok << "";
        QTest::newRow("flags") << "socket(AF_INET, SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC, 0)" << ok
                               << "";
        QTest::newRow("pair") << "socketpair(AF_UNIX, SOCK_STREAM, 0)" << ok << "";
        QTest::newRow("raw icmp") << "socket(AF_INET, SOCK_RAW, 1)" << raw << "a raw socket";
        QTest::newRow("packet") << "socket(17, SOCK_RAW, 0)" << raw << "a family outside";
        QTest::newRow("netlink") << "socket(16, SOCK_DGRAM, 0)" << raw << "a family outside";
        QTest::newRow("unspec") << "socket(AF_UNSPEC, SOCK_STREAM, 0)" << raw << "a family outside";
        QTest::newRow("numeric type") << "socket(AF_INET, 10, 0)" << raw << "a type outside";
        QTest::newRow("ping") << "socket(AF_INET, SOCK_DGRAM, 1)" << raw << "protocol 1";
        QTest::newRow("pair numeric")
            << "socketpair(16, SOCK_DGRAM, 0)" << raw << "a family outside";
    }

    void sockets()
    {
        QFETCH(QString, call);
        QFETCH(unsigned, category);
        QFETCH(QString, words);
        const std::string names = call.startsWith(QLatin1String("socketpair")) ? "a, b = " : "s = ";
        const Scenario s = parsed("# a comment line\n" + names + call.toStdString() + "\n");
        const int column = int(names.size() + call.indexOf(QLatin1Char('('))) + 2;
        const std::string why =
            mismatch(checkPolicy(s, {}), category, words.toStdString(), 2, column);
        QVERIFY2(why.empty(), why.c_str());
    }

    // setsockopt: every option the table names stays inside the lab; a number may be
    // SO_BINDTODEVICE (25), SO_MARK or anything else, so it needs --allow raw.
    void options_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<unsigned>("category");
        QTest::addColumn<QString>("words");
        const unsigned raw = PolicyRaw;
        QTest::newRow("named") << "setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1)" << 0u << "";
        QTest::newRow("ipv6") << "setsockopt(s, IPPROTO_IPV6, IPV6_V6ONLY, 1)" << 0u << "";
        QTest::newRow("tcp") << "setsockopt(s, IPPROTO_TCP, TCP_NODELAY, 1)" << 0u << "";
        QTest::newRow("bindtodevice") << "setsockopt(s, SOL_SOCKET, 25, 1)" << raw
                                      << "setsockopt(s, SOL_SOCKET, 25) (an option the playground";
        QTest::newRow("numeric level") << "setsockopt(s, 41, 9999, 1)" << raw << "does not know";
        QTest::newRow("getsockopt reads only") << "getsockopt(s, SOL_SOCKET, 25)" << 0u << "";
    }

    void options()
    {
        QFETCH(QString, call);
        QFETCH(unsigned, category);
        QFETCH(QString, words);
        const Scenario s = parsed("s = socket(AF_INET, SOCK_STREAM, 0)\n" + call.toStdString() + "\n");
        // The finding sits on the option, the argument after the level (columns count from 1).
        const int option = int(call.indexOf(QLatin1Char(','), call.indexOf(QLatin1Char(',')) + 1)) + 3;
        const std::string why =
            mismatch(checkPolicy(s, {}), category, words.toStdString(), 2, option);
        QVERIFY2(why.empty(), why.c_str());
    }

    // The comparison the tables rely on fails when fed a wrong answer.
    void mismatchSeesWrongAnswers()
    {
        const Scenario loop = parsed("s = socket(AF_INET, SOCK_STREAM, 0)\nbind(s, 127.0.0.1:0)\n");
        QVERIFY(!mismatch(checkPolicy(loop, {}), PolicyNet, "another host", 2, 9).empty());
        const Scenario wide = parsed("s = socket(AF_INET, SOCK_STREAM, 0)\nbind(s, 0.0.0.0:80)\n");
        const PolicyReport report = checkPolicy(wide, {});
        QVERIFY(mismatch(report, PolicyNet, "every interface", 2, 9).empty());
        QVERIFY(!mismatch(report, 0, "", 2, 9).empty());                          // absent expected
        QVERIFY(!mismatch(report, PolicyPaths, "every interface", 2, 9).empty()); // category
        QVERIFY(!mismatch(report, PolicyNet, "broadcast", 2, 9).empty());         // words
        QVERIFY(!mismatch(report, PolicyNet, "every interface", 1, 9).empty());   // line
        QVERIFY(!mismatch(report, PolicyNet, "every interface", 2, 8).empty());   // column
    }

    void existingSocketIsNamed()
    {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/bus";
        const int fd = listenAt(path);
        const Scenario s =
            parsed("s = socket(AF_UNIX, SOCK_STREAM, 0)\nconnect(s, unix:" + path + ")\n");
        const std::string why =
            mismatch(checkPolicy(s, {}), PolicyPaths,
                     "connect to unix:" + path + " (an existing socket)", 2, 12);
        ::close(fd);
        QVERIFY2(why.empty(), why.c_str());
    }

    void reportListsEveryFindingInOrderWithCategories()
    {
        const Scenario s = parsed("r = socket(AF_INET, SOCK_RAW, 1)\n"
                                  "s = socket(AF_INET, SOCK_STREAM, 0)\n"
                                  "bind(s, 0.0.0.0:8080)\n"
                                  "bind(s, 127.0.0.1:0)\n"
                                  "connect(s, unix:/run/nothing/bus)\n");
        PolicyReport report = checkPolicy(s, {});
        QCOMPARE(report.findings.size(), std::size_t(3));
        QCOMPARE(report.findings[0].line, 1);
        QCOMPARE(report.findings[1].text, std::string("bind 0.0.0.0:8080 (every interface)"));
        QCOMPARE(report.findings[2].line, 5);
        QCOMPARE(report.categories(), unsigned(PolicyAll));
        QVERIFY(report.refused());
        report = checkPolicy(s, PolicyContext { PolicyNet | PolicyRaw });
        QCOMPARE(report.missing(), unsigned(PolicyPaths));
        QVERIFY(report.refused());
        QVERIFY(!checkPolicy(s, PolicyContext { PolicyAll }).refused());

        const std::vector<std::string> lines =
            formatRefusal(checkPolicy(s, PolicyContext { PolicyNet }), "lab.spg");
        QCOMPARE(lines.size(), std::size_t(4));
        QCOMPARE(lines[1],
                 std::string("lab.spg:3:9: bind 0.0.0.0:8080 (every interface) "
                             "[allowed by --allow net]"));
        QVERIFY2(
            lines[0].rfind("lab.spg:1:12: open socket(AF_INET, SOCK_RAW, 1) (a raw socket) [needs "
                           "--allow raw]",
                           0)
                == 0,
            lines[0].c_str());
        QVERIFY2(lines[3].find("--allow net,paths,raw (or --allow-all)") != std::string::npos,
                 lines[3].c_str());
    }

    void categoryWords()
    {
        unsigned out = 0;
        std::string error;
        QVERIFY(parsePolicyCategories("net,paths,raw", out, error));
        QCOMPARE(out, unsigned(PolicyAll));
        QVERIFY(parsePolicyCategories("paths", out, error));
        QCOMPARE(out, unsigned(PolicyPaths));
        QVERIFY(!parsePolicyCategories("net,disk", out, error));
        QVERIFY2(error.find("\"disk\"") != std::string::npos, error.c_str());
        QVERIFY(!parsePolicyCategories("", out, error));
        QCOMPARE(policyCategoriesText(PolicyNet | PolicyRaw), std::string("net,raw"));
    }

    void scratchPlacesRelativeAndAbstractNames()
    {
        std::string error;
        auto scratch = ScratchFolder::make(error);
        QVERIFY2(scratch, error.c_str());
        const std::string root = scratch->path();
        struct stat st { };
        QVERIFY(::stat(root.c_str(), &st) == 0 && S_ISDIR(st.st_mode));
        QCOMPARE(st.st_mode & 0777, mode_t(0700));
        std::string a = "unix:lab.sock";
        QCOMPARE(scratch->place(a).english(), std::string());
        QCOMPARE(a, "unix:" + root + "/lab.sock");
        a = "unix:./sub/../lab.sock";
        QCOMPARE(scratch->place(a).english(), std::string());
        QCOMPARE(a, "unix:" + root + "/lab.sock");
        a = "unix:@lab";
        QCOMPARE(scratch->place(a).english(), std::string());
        QCOMPARE(a, "unix:@" + scratch->abstractPrefix() + "lab");
        a = "unix:@/tmp/.X11-unix/X0"; // Written like a path: consented to, so as written.
        QCOMPARE(scratch->place(a).english(), std::string());
        QCOMPARE(a, std::string("unix:@/tmp/.X11-unix/X0"));
        a = "unix:/tmp/x.sock"; // Absolute: consented to, so as written.
        QCOMPARE(scratch->place(a).english(), std::string());
        QCOMPARE(a, std::string("unix:/tmp/x.sock"));
        a = "127.0.0.1:0";
        QCOMPARE(scratch->place(a).english(), std::string());
        QCOMPARE(a, std::string("127.0.0.1:0"));
        scratch.reset();
        QVERIFY(::stat(root.c_str(), &st) != 0); // Removed with the object.
    }

    void scratchRefusesSymbolicLinksOut()
    {
        QTemporaryDir outside;
        const std::string target = outside.path().toStdString() + "/real.sock";
        const int fd = listenAt(target);
        std::string error;
        auto scratch = ScratchFolder::make(error);
        QVERIFY2(scratch, error.c_str());
        QCOMPARE(::symlink(target.c_str(), (scratch->path() + "/link.sock").c_str()), 0);
        QCOMPARE(::symlink(outside.path().toUtf8().constData(), (scratch->path() + "/dir").c_str()),
                 0);
        std::string a = "unix:link.sock";
        const std::string why = scratch->place(a).english();
        QVERIFY2(why.find("\"link.sock\" in the scratch folder is a symbolic link")
                     != std::string::npos,
                 why.c_str());
        a = "unix:./dir/real.sock";
        QVERIFY(*scratch->place(a).text);
        scratch.reset(); // Removing the folder removes the links, never what they point to.
        struct stat st { };
        QVERIFY(::lstat(target.c_str(), &st) == 0 && S_ISSOCK(st.st_mode));
        ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestScenarioPolicy)
#include "test_scenario_policy.moc"
