// The capture ring on its own: offsets, segments, the cap, and reads across chunk edges.
#include "core/engine/capture.h"
#include "core/engine/capture_budget.h"

#include <QtTest>

#include <cstring>

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

// The total budget, on captures filled directly: the largest lose their oldest bytes first,
// down to one level, the small ones keep everything, and every counter stays exact.
class TestCaptureBudget : public QObject {
    Q_OBJECT

private slots:
    void largestLoseTheirOldestBytesFirst()
    {
        constexpr std::size_t kKiB = 1024;
        const std::vector<std::size_t> sizes { 800 * kKiB, 100 * kKiB, 50 * kKiB, 1024 * kKiB };
        std::vector<std::unique_ptr<spg::core::Capture>> owned;
        std::vector<spg::core::Capture*> all;
        for (std::size_t n : sizes) {
            owned.push_back(std::make_unique<spg::core::Capture>());
            std::vector<unsigned char> bytes(n);
            for (std::size_t i = 0; i < n; ++i)
                bytes[i] = static_cast<unsigned char>(i * 7);
            owned.back()->append(spg::core::Direction::Sent, bytes.data(), n, 1);
            all.push_back(owned.back().get());
        }
        const std::size_t budget = 1024 * kKiB;
        const std::uint64_t dropped = spg::core::enforceCaptureBudget(all, budget);
        std::uint64_t kept = 0;
        for (std::size_t i = 0; i < all.size(); ++i) {
            const spg::core::CaptureStats s = all[i]->stats();
            kept += all[i]->kept();
            QCOMPARE(s.end, sizes[i]);                   // seen: every byte
            QCOMPARE(s.dropped, s.end - all[i]->kept()); // dropped: the oldest
            QCOMPARE(s.budgetDropped, s.dropped);        // all by the budget here
            // What is kept is the newest bytes, unchanged.
            unsigned char last = 0;
            QCOMPARE(all[i]->read(s.end - 1, &last, 1), std::size_t(1));
            QCOMPARE(last, static_cast<unsigned char>((sizes[i] - 1) * 7));
        }
        QVERIFY(kept <= budget);
        QCOMPARE(kept + dropped, std::uint64_t(1974 * kKiB));
        // The two small ones are untouched; the two large ones cut to the same level.
        QCOMPARE(all[1]->kept(), 100 * kKiB);
        QCOMPARE(all[2]->kept(), 50 * kKiB);
        QCOMPARE(all[0]->kept(), all[3]->kept());
        QVERIFY(budget - kept < 2); // the level rounds down, by less than a byte each
        // Under the budget nothing more happens.
        QCOMPARE(spg::core::enforceCaptureBudget(all, budget), std::uint64_t(0));
    }

    void aTrimThatWouldKeepMoreDoesNothing()
    {
        spg::core::Capture c;
        c.append(spg::core::Direction::Received, "abcdef", 6, 1);
        c.trimTo(10);
        QCOMPARE(c.stats().dropped, std::uint64_t(0));
        c.trimTo(2);
        QCOMPARE(c.readAll(), (std::vector<unsigned char> { 'e', 'f' }));
        QCOMPARE(c.stats().budgetDropped, std::uint64_t(4));
    }

    // A receive straight into the ring: the room ends at its chunk's end, commit() records
    // what was written, and extendLast grows the newest segment instead of adding one.
    void receivesStraightIntoTheRing()
    {
        Capture c(4 * 4096); // Chunks of 4096.
        Capture::Room room = c.room(10000);
        QCOMPARE(room.size, std::size_t(4096));
        std::memcpy(room.data, "abc", 3);
        QCOMPARE(c.commit(Direction::Received, 3, 0, false), ByteOffset(0));
        room = c.room(10000);
        QCOMPARE(room.size, std::size_t(4093)); // Up to the chunk's end only.
        std::memcpy(room.data, "defg", 4);
        QCOMPARE(c.commit(Direction::Received, 4, 0, true), ByteOffset(3));
        QCOMPARE(c.segments(0, 7).size(), std::size_t(1));
        QCOMPARE(c.segments(0, 7).front().length, std::uint64_t(7));
        room = c.room(2);
        QCOMPARE(room.size, std::size_t(2));
        std::memcpy(room.data, "hi", 2);
        QCOMPARE(c.commit(Direction::Received, 2, 0, false), ByteOffset(7));
        QCOMPARE(c.segments(0, 9).size(), std::size_t(2));
        const auto kept = c.readAll();
        QCOMPARE(std::string(kept.begin(), kept.end()), std::string("abcdefghi"));

        // Past the cap, the oldest bytes go as with append(), and every byte is counted.
        std::string all = "abcdefghi";
        for (int i = 0; i < 40; ++i) {
            room = c.room(1000);
            const std::string part(room.size, static_cast<char>('A' + i % 26));
            std::memcpy(room.data, part.data(), part.size());
            c.commit(Direction::Received, part.size(), 0, false);
            all += part;
        }
        const auto last = c.readAll();
        QCOMPARE(std::string(last.begin(), last.end()), all.substr(all.size() - 4 * 4096));
        QCOMPARE(c.stats().bytesReceived, std::uint64_t(all.size()));
        QCOMPARE(c.stats().dropped, std::uint64_t(all.size() - 4 * 4096));
    }

    void theDefaultIsAShareOfMemoryAtMostOneGiB()
    {
        const std::size_t budget = spg::core::defaultCaptureBudget();
        QVERIFY(budget <= std::size_t(1) << 30);
        QVERIFY(budget >= std::size_t(1) << 20);
    }
};

int main(int argc, char** argv)
{
    TestCapture capture;
    TestCaptureBudget budget;
    return QTest::qExec(&capture, argc, argv) | QTest::qExec(&budget, argc, argv);
}
#include "test_capture.moc"
