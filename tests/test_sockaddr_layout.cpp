// The sockaddr view: each field where the system's own struct puts it, the port in network
// byte order, sin_zero visible, sun_path's abstract NUL named.
#include "core/words/address.h"
#include "core/words/sockaddr_layout.h"

#include <QtTest>
#include <netinet/in.h>

using namespace spg::core;

namespace {

const SockaddrField* field(const std::vector<SockaddrField>& all, const std::string& name)
{
    for (const SockaddrField& f : all)
        if (f.name == name)
            return &f;
    return nullptr;
}

std::string bytesOf(const char* text)
{
    const AddressParse p = parseAddress(text);
    return p.ok() ? p.endpoint.addr.bytes() : std::string();
}

} // namespace

class TestSockaddrLayout : public QObject {
    Q_OBJECT

private slots:
    void inetPortIsBigEndian()
    {
        const std::string b = bytesOf("127.0.0.1:8080");
        QCOMPARE(b.size(), sizeof(sockaddr_in));
        const auto fields = sockaddrLayout(b);
        const SockaddrField* port = field(fields, "sin_port");
        QVERIFY(port);
        QCOMPARE(static_cast<unsigned char>(b[port->offset]), 0x1f); // htons(8080) = 1f 90
        QCOMPARE(static_cast<unsigned char>(b[port->offset + 1]), 0x90);
        QVERIFY(port->meaning.find("htons(8080)") != std::string::npos);
        QVERIFY(field(fields, "sin_addr")->meaning.find("127.0.0.1") == 0);
        QCOMPARE(field(fields, "sin_zero")->length, std::size_t(8));
        const std::string dump = sockaddrDump(b);
        QVERIFY2(dump.find("1f 90") != std::string::npos, dump.c_str());
        QVERIFY2(dump.find("7f 00 00 01") != std::string::npos, dump.c_str());
        QVERIFY2(dump.find("sin_zero") != std::string::npos, dump.c_str());
    }

    void inet6AndUnix()
    {
        const auto six = sockaddrLayout(bytesOf("[::1]:80"));
        QVERIFY(field(six, "sin6_addr")->meaning.find("::1") == 0);
        QCOMPARE(field(six, "sin6_port")->length, std::size_t(2));
        QVERIFY(field(six, "sin6_scope_id"));
        const auto path = sockaddrLayout(bytesOf("unix:/tmp/x.sock"));
        QVERIFY(field(path, "sun_path")->meaning.find("file system path") != std::string::npos);
        const auto abstract = sockaddrLayout(bytesOf("unix:@name"));
        QVERIFY(field(abstract, "sun_path")->meaning.find("abstract") != std::string::npos);
    }

    void shortOrOddInput()
    {
        QVERIFY(sockaddrLayout(std::string()).empty());
        QVERIFY(sockaddrLayout(std::string(1, '\0')).empty());
        std::string truncated = bytesOf("127.0.0.1:1").substr(0, 6); // Cut inside sin_addr.
        for (const SockaddrField& f : sockaddrLayout(truncated))
            QVERIFY(f.offset + f.length <= truncated.size() || f.length == 0);
    }
};

QTEST_APPLESS_MAIN(TestSockaddrLayout)

#include "test_sockaddr_layout.moc"
