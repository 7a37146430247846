// The capture export's pure parts: the Internet checksum (RFC 1071's own example), frames
// whose IP, TCP and UDP checksums verify as a receiver checks them, pcapng block lengths and
// padding, and TCP sequence arithmetic across 2^32.
#include "export/pcapng/frames.h"
#include "export/pcapng/pcapng_writer.h"
#include "export/pcapng/tcp_synthesis.h"

#include <QtTest>

#include <cstring>

using namespace spg;
using namespace spg::pcap;

namespace {

std::uint32_t le32(const std::string& b, std::size_t at)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

core::SockAddr addr(const char* text)
{
    return core::parseAddress(text).endpoint.addr;
}

// What a receiver computes over a segment and its pseudo-header: 0 when the checksum holds.
std::uint16_t verifyTransport(const Bytes& f, bool v6, std::uint8_t proto)
{
    const std::size_t ip = kEthernetHeader;
    const std::size_t ipLen = v6 ? 40 : 20;
    const std::size_t addrAt = ip + (v6 ? 8 : 12);
    const std::size_t addrLen = v6 ? 32 : 8;
    const std::size_t segLen = f.size() - ip - ipLen;
    std::uint32_t sum = checksumAdd(0, &f[addrAt], addrLen);
    unsigned char tail[8] = {
        0, 0,    static_cast<unsigned char>(segLen >> 8), static_cast<unsigned char>(segLen), 0, 0,
        0, proto
    };
    sum = checksumAdd(sum, tail, 8);
    return checksumFold(checksumAdd(sum, &f[ip + ipLen], segLen));
}

} // namespace

class TestPcapWriter : public QObject {
    Q_OBJECT

private slots:
    void checksumMatchesRfc1071()
    {
        // RFC 1071 section 3: the sum of 00 01 f2 03 f4 f5 f6 f7 is ddf2, so the checksum
        // (its complement) is 220d.
        const unsigned char words[] = { 0x00, 0x01, 0xf2, 0x03, 0xf4, 0xf5, 0xf6, 0xf7 };
        QCOMPARE(internetChecksum(words, sizeof words), std::uint16_t(0x220d));
        // An odd byte counts as its high half.
        const unsigned char odd[] = { 0x12, 0x34, 0x56 };
        QCOMPARE(internetChecksum(odd, 3), std::uint16_t(~(0x1234 + 0x5600) & 0xffff));
        // Sums that carry are folded: ffff + 0001 = 1 0000 -> 0001 -> checksum fffe.
        const unsigned char carry[] = { 0xff, 0xff, 0x00, 0x01 };
        QCOMPARE(internetChecksum(carry, 4), std::uint16_t(0xfffe));
        // A long payload does not overflow the running sum.
        const Bytes ones(200000, 0xff);
        QCOMPARE(internetChecksum(ones.data(), ones.size()), std::uint16_t(0));
    }

    void ipv4TcpFrameVerifies()
    {
        const char payload[] = "GET / HTTP/1.1\r\n";
        TcpFields t;
        t.seq = 0xfffffff0u;
        t.ack = 7;
        t.flags = Ack | Psh;
        const Bytes f = tcpFrame(addr("127.0.0.1:40000"), addr("127.0.0.2:80"), 9, t,
                                 reinterpret_cast<const unsigned char*>(payload), 16);
        QCOMPARE(f.size(), kEthernetHeader + 20 + 20 + 16);
        QCOMPARE(int(f[12]), 0x08);
        QCOMPARE(int(f[13]), 0x00);
        QCOMPARE(internetChecksum(&f[kEthernetHeader], 20), std::uint16_t(0)); // IP header
        QCOMPARE(verifyTransport(f, false, 6), std::uint16_t(0));
        QCOMPARE(int(f[kEthernetHeader + 2] << 8 | f[kEthernetHeader + 3]), 20 + 20 + 16);
        // A flipped payload byte no longer verifies: the check can fail.
        Bytes bad = f;
        bad.back() ^= 1;
        QVERIFY(verifyTransport(bad, false, 6) != 0);
    }

    void ipv6TcpSynCarriesMss()
    {
        TcpFields t;
        t.flags = Syn;
        t.mss = 1440;
        const Bytes f = tcpFrame(addr("[::1]:5000"), addr("[::1]:6000"), 0, t, nullptr, 0);
        QCOMPARE(f.size(), kEthernetHeader + 40 + 24);
        QCOMPARE(int(f[12] << 8 | f[13]), 0x86DD);
        const std::size_t tcp = kEthernetHeader + 40;
        QCOMPARE(int(f[tcp + 12] >> 4), 6); // data offset: 24 bytes
        QCOMPARE(int(f[tcp + 20]), 2);      // the MSS option
        QCOMPARE(int(f[tcp + 22] << 8 | f[tcp + 23]), 1440);
        QCOMPARE(verifyTransport(f, true, 6), std::uint16_t(0));
    }

    void udpFramesVerify()
    {
        const unsigned char data[] = { 'p', 'i', 'n', 'g', '!' };
        const Bytes v4 = udpFrame(addr("127.0.0.1:1000"), addr("127.0.0.1:2000"), 1, data, 5);
        QCOMPARE(verifyTransport(v4, false, 17), std::uint16_t(0));
        QCOMPARE(int(v4[kEthernetHeader + 20 + 4] << 8 | v4[kEthernetHeader + 20 + 5]), 13);
        const Bytes v6 = udpFrame(addr("[::1]:1000"), addr("[::1]:2000"), 1, data, 0);
        QCOMPARE(verifyTransport(v6, true, 17), std::uint16_t(0));
        QCOMPARE(maxUdpPayload(AF_INET), std::size_t(65507));
        QCOMPARE(maxUdpPayload(AF_INET6), std::size_t(65527));
    }

    void blocksArePaddedAndFramed()
    {
        PcapngWriter w;
        w.sectionHeader({ "odd" }, "app");
        const std::size_t afterShb = w.bytes().size();
        QCOMPARE(le32(w.bytes(), 0), std::uint32_t(0x0A0D0D0A));
        QCOMPARE(le32(w.bytes(), 8), std::uint32_t(0x1A2B3C4D));
        QCOMPARE(std::size_t(le32(w.bytes(), 4)), afterShb);
        QCOMPARE(le32(w.bytes(), afterShb - 4), le32(w.bytes(), 4)); // trailing length
        QCOMPARE(w.interface(kLinkEthernet, "lo", "d"), std::uint32_t(0));
        for (std::size_t n = 1; n <= 5; ++n) {
            const std::size_t start = w.bytes().size();
            w.packet(0, 0x123456789ull, Bytes(n, 0xab), n % 2 ? "c" : "");
            const std::size_t length = w.bytes().size() - start;
            QCOMPARE(length % 4, std::size_t(0));
            QCOMPARE(std::size_t(le32(w.bytes(), start + 4)), length);
            QCOMPARE(le32(w.bytes(), start + length - 4), std::uint32_t(length));
            QCOMPARE(le32(w.bytes(), start + 12), std::uint32_t(0x1)); // timestamp high
            QCOMPARE(le32(w.bytes(), start + 16), std::uint32_t(0x23456789));
            QCOMPARE(std::size_t(le32(w.bytes(), start + 20)), n);
            // 28 bytes of fields and lengths, the padded frame, then the comment option
            // (4 + 4 padded) and its end (4) when there is one.
            QCOMPARE(length, 32 + padded(n) + (n % 2 ? 12 : 0));
        }
        QCOMPARE(w.packets(), std::size_t(5));
        QCOMPARE(padded(0), std::size_t(0));
        QCOMPARE(padded(5), std::size_t(8));
    }

    void sequenceNumbersWrap()
    {
        TcpDirection d;
        d.isn = 0xfffffff0u;
        QCOMPARE(d.syn(), 0xfffffff0u);
        QCOMPARE(d.next, 0xfffffff1u);
        QCOMPARE(d.data(20), 0xfffffff1u);
        QCOMPARE(d.next, 5u); // 0xfffffff1 + 20 - 2^32
        QCOMPARE(d.sent, std::uint64_t(20));
        QCOMPARE(d.fin(), 5u);
        QCOMPARE(d.next, 6u);
        QVERIFY(d.finSent);
        QCOMPARE(initialSequence("a b", 0), initialSequence("a b", 0));
        QVERIFY(initialSequence("a b", 0) != initialSequence("a b", 1));
    }
};

QTEST_APPLESS_MAIN(TestPcapWriter)
#include "test_pcap_writer.moc"
