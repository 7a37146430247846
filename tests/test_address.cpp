// Address parsing and rendering: tables of good and bad inputs, the strace form, and a few
// real binds to prove the kernel accepts the sockaddrs we build. Single-threaded.
#include "core/words/address.h"

#include <QtTest>

#include <cstddef>
#include <cstring>
#include <netinet/in.h>
#include <string>
#include <sys/un.h>
#include <unistd.h>

using namespace spg::core;

namespace {

constexpr int kMaxUnixPath = sizeof(sockaddr_un::sun_path) - 1;
constexpr int kUnixPathOffset = offsetof(sockaddr_un, sun_path);

// The loopback interface has a different name on Linux and on the BSDs.
#ifdef __linux__
const char* const kLoopback = "lo";
#else
const char* const kLoopback = "lo0";
#endif

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

// "unix:/aaa...": a path of exactly `bytes` bytes.
QString unixPathOfLength(int bytes)
{
    return "unix:/" + QString(bytes - 1, QLatin1Char('a'));
}

QString ipv6Strace(int port, const QString& address, const QString& scope)
{
    return QString("{sa_family=AF_INET6, sin6_port=htons(%1), sin6_flowinfo=htonl(0), "
                   "inet_pton(AF_INET6, \"%2\", &sin6_addr), sin6_scope_id=%3}")
        .arg(port)
        .arg(address, scope);
}

// One row of parsesGoodInput: the input and everything we expect to learn from it.
void addGood(const char* tag, const QString& text, int family, int port, int length, bool wildcard,
             const QString& formatted, const QString& strace)
{
    QTest::newRow(tag) << text << family << port << length << wildcard << formatted << strace;
}

// One row of refusesBadInput: the input and a part of the message that must name the mistake.
void addBad(const char* tag, const QString& text, const QString& message)
{
    QTest::newRow(tag) << text << message;
}

QString ipv4Strace(int port, const QString& address)
{
    return QString("{sa_family=AF_INET, sin_port=htons(%1), sin_addr=inet_addr(\"%2\")}")
        .arg(port)
        .arg(address);
}

} // namespace

class TestAddress : public QObject {
    Q_OBJECT

private slots:
    void parsesGoodInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("port");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("wildcard");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<QString>("strace");

        const int in4 = sizeof(sockaddr_in);
        const int in6 = sizeof(sockaddr_in6);
        const int un = kUnixPathOffset;
        addGood("ipv4", "127.0.0.1:8080", AF_INET, 8080, in4, false, "127.0.0.1:8080",
                ipv4Strace(8080, "127.0.0.1"));
        addGood("ipv4 trimmed", " \t127.0.0.1:9\n ", AF_INET, 9, in4, false, "127.0.0.1:9",
                ipv4Strace(9, "127.0.0.1"));
        addGood("port 0 wildcard", "0.0.0.0:0", AF_INET, 0, in4, true, "0.0.0.0:0",
                ipv4Strace(0, "0.0.0.0"));
        addGood("port 65535", "10.1.2.3:65535", AF_INET, 65535, in4, false, "10.1.2.3:65535",
                ipv4Strace(65535, "10.1.2.3"));
        addGood("ipv6 loopback", "[::1]:8080", AF_INET6, 8080, in6, false, "[::1]:8080",
                ipv6Strace(8080, "::1", "0"));
        addGood("ipv6 wildcard", "[::]:0", AF_INET6, 0, in6, true, "[::]:0",
                ipv6Strace(0, "::", "0"));
        addGood("ipv6 normalized", "[2001:DB8:0::1]:443", AF_INET6, 443, in6, false,
                "[2001:db8::1]:443", ipv6Strace(443, "2001:db8::1", "0"));
        const QString lo = kLoopback;
        addGood("link-local %lo", "[fe80::1%" + lo + "]:80", AF_INET6, 80, in6, false,
                "[fe80::1%" + lo + "]:80",
                ipv6Strace(80, "fe80::1", "if_nametoindex(\"" + lo + "\")"));
        addGood("numeric scope", "[fe80::1%99999]:80", AF_INET6, 80, in6, false,
                "[fe80::1%99999]:80", ipv6Strace(80, "fe80::1", "99999"));
        addGood("unix path", "unix:/tmp/s", AF_UNIX, 0, un + 7, false, "unix:/tmp/s",
                "{sa_family=AF_UNIX, sun_path=\"/tmp/s\"}");
        addGood("unix relative", "unix:run/x.sock", AF_UNIX, 0, un + 11, false, "unix:run/x.sock",
                "{sa_family=AF_UNIX, sun_path=\"run/x.sock\"}");
        const QString longest = unixPathOfLength(kMaxUnixPath);
        addGood("unix path at limit", longest, AF_UNIX, 0, un + kMaxUnixPath + 1, false, longest,
                "{sa_family=AF_UNIX, sun_path=\"" + longest.mid(5) + "\"}");
#ifdef __linux__
        addGood("unix abstract", "unix:@name", AF_UNIX, 0, un + 5, false, "unix:@name",
                "{sa_family=AF_UNIX, sun_path=@\"name\"}");
#endif
    }

    void parsesGoodInput()
    {
        QFETCH(QString, text);
        QFETCH(int, family);
        QFETCH(int, port);
        QFETCH(int, length);
        QFETCH(bool, wildcard);
        QFETCH(QString, formatted);
        QFETCH(QString, strace);

        const AddressParse parsed = parseAddress(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.error.c_str());
        const Endpoint& endpoint = parsed.endpoint;
        QVERIFY(!endpoint.needsResolve());
        QCOMPARE(endpoint.addr.family(), family);
        QCOMPARE(int(endpoint.port), port);
        QCOMPARE(int(endpoint.addr.length), length);
        QCOMPARE(endpoint.isWildcard(), wildcard);
        QCOMPARE(fromStd(formatAddress(endpoint.addr)), formatted);
        QCOMPARE(fromStd(straceSockaddr(endpoint.addr.get(), endpoint.addr.length)), strace);

        // The formatted text is itself valid input and yields the very same bytes.
        const AddressParse again = parseAddress(formatted.toStdString());
        QVERIFY2(again.ok(), again.error.c_str());
        QCOMPARE(again.endpoint.addr.length, endpoint.addr.length);
        QVERIFY(
            std::memcmp(&again.endpoint.addr.storage, &endpoint.addr.storage, endpoint.addr.length)
            == 0);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");

        addBad("empty", "", "empty address");
        addBad("blank", " \t ", "empty address");
        addBad("port 65536", "127.0.0.1:65536", "port \"65536\" is out of range (0-65535)");
        addBad("negative port", "127.0.0.1:-1", "port \"-1\" is out of range (0-65535)");
        addBad("huge port", "127.0.0.1:99999999999999999999999", "is out of range (0-65535)");
        addBad("letters in port", "127.0.0.1:8o", "port \"8o\" is not a number");
        addBad("plus sign", "127.0.0.1:+80", "port \"+80\" is not a number");
        addBad("missing port", "127.0.0.1", "missing port: write 127.0.0.1:PORT");
        addBad("empty port", "127.0.0.1:", "missing port: write 127.0.0.1:PORT");
        addBad("missing host", "8080", "missing host");
        addBad("empty host", ":8080", "missing host before \":8080\"");
        addBad("ipv6 bare", "::1", "IPv6 addresses need brackets: [::1]:PORT");
        addBad("ipv6 bare with port", "::1:8080", "IPv6 addresses need brackets: [::1]:8080");
        addBad("ipv6 bare scope", "fe80::1%lo:80", "IPv6 addresses need brackets");
        addBad("too many colons", "http://x:80", "too many \":\"");
        addBad("bad ipv4", "999.1.1.1:80", "\"999.1.1.1\" is not a valid IPv4 address");
        addBad("short ipv4", "1.2.3:80", "\"1.2.3\" is not a valid IPv4 address");
        addBad("bad host name", "bad host:80", "\"bad host\" is not a valid host name");
        addBad("unmatched bracket", "[::1:8080", "unmatched \"[\": write [IPv6]:PORT");
        addBad("bracket no port", "[::1]", "missing port: write [::1]:PORT");
        addBad("bracket no colon", "[::1]8080", "unexpected \"8080\" after \"]\"");
        addBad("bracket port range", "[::1]:65536", "port \"65536\" is out of range");
        addBad("empty brackets", "[]:80", "empty brackets");
        addBad("bad ipv6", "[zz::1]:80", "\"zz::1\" is not a valid IPv6 address");
        addBad("ipv4 in brackets", "[127.0.0.1]:80", "is an IPv4 address");
        addBad("unknown interface", "[fe80::1%xyz0]:80", "unknown interface \"xyz0\" in scope id");
        addBad("empty scope", "[fe80::1%]:80", "empty scope id");
        addBad("empty unix path", "unix:", "empty UNIX path");
        addBad("path without prefix", "/tmp/sock", "write unix:/tmp/sock");
        const QString max = QString::number(kMaxUnixPath);
        addBad("unix path one over", unixPathOfLength(kMaxUnixPath + 1),
               "UNIX path is " + QString::number(kMaxUnixPath + 1)
                   + " bytes; sun_path holds at most " + max);
        addBad("unix path 120", unixPathOfLength(120),
               "UNIX path is 120 bytes; sun_path holds at most " + max);
#ifdef __linux__
        addBad("abstract too long", "unix:@" + QString(kMaxUnixPath + 1, QLatin1Char('n')),
               "sun_path holds at most " + max);
#else
        addBad("abstract off Linux", "unix:@name", "exist only on Linux");
#endif
    }

    void refusesBadInput()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const AddressParse parsed = parseAddress(text.toStdString());
        QVERIFY(!parsed.ok());
        QVERIFY2(fromStd(parsed.error).contains(message), parsed.error.c_str());
    }

    void hostNamesWaitForResolution_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("localhost") << "localhost:80"
                                   << "localhost" << 80;
        QTest::newRow("port 0") << "example.com:0"
                                << "example.com" << 0;
        QTest::newRow("dashes and underscores") << "my_host-1.local:65535"
                                                << "my_host-1.local" << 65535;
    }

    void hostNamesWaitForResolution()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        const AddressParse parsed = parseAddress(text.toStdString());
        QVERIFY2(parsed.ok(), parsed.error.c_str());
        QVERIFY(parsed.endpoint.needsResolve());
        QCOMPARE(fromStd(parsed.endpoint.host), host);
        QCOMPARE(int(parsed.endpoint.port), port);
        QCOMPARE(int(parsed.endpoint.addr.length), 0);
        QVERIFY(!parsed.endpoint.isWildcard());
    }

    void resolvesLocalhost()
    {
        SockAddr out;
        const std::string error = resolveHost("localhost", 80, AF_INET, out);
        QVERIFY2(error.empty(), error.c_str());
        QCOMPARE(out.family(), AF_INET);
        QCOMPARE(formatAddress(out), std::string("127.0.0.1:80"));
    }

    void resolvesNumericHostsWithoutDns()
    {
        SockAddr out;
        QCOMPARE(resolveHost("127.0.0.1", 0, AF_UNSPEC, out), std::string());
        QCOMPARE(formatAddress(out), std::string("127.0.0.1:0"));
        QCOMPARE(resolveHost("::1", 443, AF_INET6, out), std::string());
        QCOMPARE(formatAddress(out), std::string("[::1]:443"));
    }

    void resolveRefusesNonInternetFamilies()
    {
        SockAddr out;
        const std::string error = resolveHost("localhost", 80, AF_UNIX, out);
        QVERIFY(error.find("AF_UNIX") != std::string::npos);
        QCOMPARE(int(out.length), 0);
    }

    void formatsEmptyUnnamedAndUnknown()
    {
        SockAddr none;
        QCOMPARE(formatAddress(none), std::string("(none)"));
        QCOMPARE(straceSockaddr(none.get(), 0), std::string("NULL"));
        QCOMPARE(straceSockaddr(nullptr, 16), std::string("NULL"));

        // An unbound UNIX socket: the kernel reports a length that ends before sun_path.
        SockAddr unnamed;
        unnamed.storage.ss_family = AF_UNIX;
        unnamed.length = kUnixPathOffset;
        QCOMPARE(formatAddress(unnamed), std::string("unix:(unnamed)"));
        QCOMPARE(straceSockaddr(unnamed.get(), unnamed.length), std::string("{sa_family=AF_UNIX}"));

        SockAddr odd;
        odd.storage.ss_family = 250;
        odd.length = sizeof(sockaddr);
        QCOMPARE(formatAddress(odd), std::string("AF_250:?"));
        QVERIFY(straceSockaddr(odd.get(), odd.length).rfind("{sa_family=AF_250, sa_data=", 0) == 0);
    }

#ifdef __linux__
    void escapesAbstractNames()
    {
        SockAddr addr;
        sockaddr_un sun {};
        sun.sun_family = AF_UNIX;
        const char name[] = "\0a\x01\"b";
        std::memcpy(sun.sun_path, name, sizeof name - 1);
        std::memcpy(&addr.storage, &sun, sizeof sun);
        addr.length = kUnixPathOffset + sizeof name - 1;
        // Quoted as a C string, so it reads back to the same bytes (srv.local, the recorder).
        QCOMPARE(formatAddress(addr), std::string("\"unix:@a\\x01\\\"b\""));
        const AddressParse back = parseAddress(formatAddress(addr));
        QVERIFY2(back.ok(), back.error.c_str());
        QCOMPARE(back.endpoint.addr.bytes(), addr.bytes());
        QCOMPARE(straceSockaddr(addr.get(), addr.length),
                 std::string("{sa_family=AF_UNIX, sun_path=@\"a\\x01\\\"b\"}"));
    }
#endif

    void kernelAcceptsWhatWeBuild()
    {
        // Bind each kind of address for real and read it back: a wrong length or family
        // would make bind() fail or getsockname() report something else.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList inputs { "127.0.0.1:0", "unix:" + dir.filePath("s") };
#ifdef __linux__
        inputs << "unix:@spg-test-" + QString::number(getpid());
#endif
        for (const QString& input : inputs) {
            const AddressParse parsed = parseAddress(input.toStdString());
            QVERIFY2(parsed.ok(), parsed.error.c_str());
            const int fd = ::socket(parsed.endpoint.addr.family(), SOCK_STREAM, 0);
            QVERIFY(fd >= 0);
            const int bound = ::bind(fd, parsed.endpoint.addr.get(), parsed.endpoint.addr.length);
            SockAddr local;
            local.length = sizeof local.storage;
            const int named = ::getsockname(fd, local.get(), &local.length);
            ::close(fd);
            QCOMPARE(bound, 0);
            QCOMPARE(named, 0);
            const QString shown = fromStd(formatAddress(local));
            if (parsed.endpoint.addr.family() == AF_INET)
                QVERIFY2(shown.startsWith("127.0.0.1:") && shown != "127.0.0.1:0",
                         qPrintable(shown));
            else
                QCOMPARE(shown, input);
        }
    }

    void namesFamiliesAndTypes()
    {
        QCOMPARE(familyName(AF_INET), std::string("AF_INET"));
        QCOMPARE(familyName(AF_INET6), std::string("AF_INET6"));
        QCOMPARE(familyName(AF_UNIX), std::string("AF_UNIX"));
        QCOMPARE(familyName(AF_UNSPEC), std::string("AF_UNSPEC"));
        QCOMPARE(familyName(250), std::string("AF_250"));
        QCOMPARE(socketTypeName(SOCK_STREAM), std::string("SOCK_STREAM"));
        QCOMPARE(socketTypeName(SOCK_DGRAM), std::string("SOCK_DGRAM"));
        QCOMPARE(socketTypeName(SOCK_SEQPACKET), std::string("SOCK_SEQPACKET"));
        QCOMPARE(socketTypeName(SOCK_RAW), std::string("SOCK_RAW"));
        QCOMPARE(socketTypeName(77), std::string("SOCK_77"));
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
        QCOMPARE(socketTypeName(SOCK_DGRAM | SOCK_NONBLOCK),
                 std::string("SOCK_DGRAM|SOCK_NONBLOCK"));
        QCOMPARE(socketTypeName(SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC),
                 std::string("SOCK_STREAM|SOCK_NONBLOCK|SOCK_CLOEXEC"));
#endif
    }
};

QTEST_APPLESS_MAIN(TestAddress)
#include "test_address.moc"
