// The capture ring on its own: offsets, segments, the cap, and reads across chunk edges.
#include "core/engine/capture.h"

#include <QtTest>

using namespace spg::core;

class TestCapture : public QObject {
    Q_OBJECT

private slots:
    void appendsAndReadsBack()
    {
        Capture c(1 << 20);
        QCOMPARE(c.append(Direction::Sent, "hello", 5, 1), ByteOffset(0));
        QCOMPARE(c.append(Direction::Received, "world", 5, 2), ByteOffset(5));
        char out[10];
        QCOMPARE(c.read(0, out, 10), std::size_t(10));
        QCOMPARE(std::string(out, 10), std::string("helloworld"));
        const auto segments = c.segments(0, 10);
        QCOMPARE(segments.size(), std::size_t(2));
        QCOMPARE(segments[1].direction, Direction::Received);
        QCOMPARE(segments[1].command, CommandId(2));
        QCOMPARE(c.stats().bytesSent, std::uint64_t(5));
        QCOMPARE(c.stats().bytesReceived, std::uint64_t(5));
    }

    void capDropsOldestBytesExactly()
    {
        Capture c(4096); // Chunks of 4096: drops happen inside a chunk too.
        std::string all;
        for (int i = 0; i < 50; ++i) {
            std::string chunk(333, static_cast<char>('A' + i % 26));
            c.append(Direction::Received, chunk.data(), chunk.size(), 0);
            all += chunk;
        }
        const CaptureStats s = c.stats();
        QCOMPARE(s.end, ByteOffset(all.size()));
        QCOMPARE(s.dropped, std::uint64_t(all.size() - 4096));
        QCOMPARE(s.bytesReceived, std::uint64_t(all.size()));
        const auto kept = c.readAll();
        QCOMPARE(std::string(kept.begin(), kept.end()), all.substr(all.size() - 4096));
        char byte = 0;
        QCOMPARE(c.read(0, &byte, 1), std::size_t(0)); // Dropped bytes cannot be read.
        QVERIFY(c.segments(0, s.end).front().offset + 333 > s.begin);
    }

    void oneAppendLargerThanTheCap()
    {
        Capture c(4096);
        std::string big(10000, 'x');
        big.replace(10000 - 4, 4, "tail");
        c.append(Direction::Sent, big.data(), big.size(), 0);
        const auto kept = c.readAll();
        QCOMPARE(kept.size(), std::size_t(4096));
        QCOMPARE(std::string(kept.end() - 4, kept.end()), std::string("tail"));
        QCOMPARE(c.stats().bytesSent, std::uint64_t(10000));
    }

    void readsAcrossChunkBoundaries()
    {
        Capture c(64 << 20); // 1 MiB chunks.
        std::string data(3 << 20, '\0');
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>(i * 7);
        c.append(Direction::Sent, data.data(), data.size(), 0);
        std::string out(100, '\0');
        QCOMPARE(c.read((1 << 20) - 50, out.data(), 100), std::size_t(100));
        QCOMPARE(out, data.substr((1 << 20) - 50, 100));
    }

    void shrinkingTheCapDrops()
    {
        Capture c(1 << 20);
        std::string data(100000, 'q');
        c.append(Direction::Sent, data.data(), data.size(), 0);
        c.setCap(4096);
        QCOMPARE(c.stats().dropped, std::uint64_t(100000 - 4096));
        QCOMPARE(c.readAll().size(), std::size_t(4096));
    }
};

QTEST_APPLESS_MAIN(TestCapture)
#include "test_capture.moc"
