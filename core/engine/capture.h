// Every byte a socket sent and received, in one stream per socket with the boundaries of
// each call. Storage is a ring of fixed-size chunks that are reused once the cap is reached,
// so recording costs a memcpy into already-mapped memory, not fresh page faults.
// Threading: append()/setCap() on the engine's worker thread; every read function from any
// thread (an internal mutex keeps each call short).
#pragma once

#include "core/words/address.h"
#include "core/sys/types.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace spg::core {

// One call's worth of bytes.
struct CaptureSegment {
    ByteOffset offset = 0; // Stream position of the first byte.
    std::uint64_t length = 0;
    Direction direction = Direction::Sent;
    CommandId command = 0;
    WallClock::time_point time {};
    SockAddr peer; // Datagram sockets: the other side's address; otherwise empty.
};

struct CaptureStats {
    ByteOffset begin = 0; // Oldest byte still kept.
    ByteOffset end = 0;   // One past the newest byte: every byte ever captured.
    std::uint64_t dropped = 0; // Bytes discarded (== begin): by this socket's cap or the budget.
    std::uint64_t budgetDropped = 0; // Of `dropped`, those the total budget took.
    std::uint64_t bytesSent = 0;
    std::uint64_t bytesReceived = 0;
    std::size_t cap = 0;
};

class Capture {
public:
    static constexpr std::size_t kDefaultCap = 64u << 20;

    explicit Capture(std::size_t cap = kDefaultCap);

    // Records bytes; returns the stream offset of the first one.
    ByteOffset append(Direction direction, const void* data, std::size_t length,
                      CommandId command, const SockAddr* peer = nullptr);
    // A receive straight into the ring, saving the copy append() makes: room() gives
    // writable space at the end (at most `most` bytes, up to the end of one chunk), the
    // caller receives into it, and commit() records what the call returned. Worker thread
    // only, with nothing else appended between the two; readers never see the room before
    // commit(), as it lies past end. `extendLast` adds the bytes to the newest segment when
    // it ends right there (one record of several receives keeps one segment).
    struct Room {
        unsigned char* data = nullptr;
        std::size_t size = 0;
    };
    Room room(std::size_t most);
    ByteOffset commit(Direction direction, std::size_t length, CommandId command,
                      bool extendLast);
    void setCap(std::size_t cap);
    // The total budget's share: drops the oldest bytes until at most `keep` are kept, and
    // counts them as the budget's (CaptureBudget decides who loses what).
    void trimTo(std::size_t keep);
    std::size_t kept() const;

    CaptureStats stats() const;
    // Copies up to `length` kept bytes starting at `offset`; returns how many were copied
    // (0 when the range was dropped or not yet written).
    std::size_t read(ByteOffset offset, void* out, std::size_t length) const;
    std::vector<unsigned char> readAll() const;
    // Segments overlapping [from, to), oldest first.
    std::vector<CaptureSegment> segments(ByteOffset from, ByteOffset to) const;
    std::size_t segmentCount() const;

private:
    std::size_t chunkIndex(ByteOffset offset) const;
    void ensureChunk(std::size_t index);
    void dropTo(ByteOffset newBegin);

    mutable std::mutex m_mutex;
    std::size_t m_cap;
    std::size_t m_chunkSize;
    ByteOffset m_chunkBase = 0; // Stream offset of m_chunks.front()'s first byte.
    ByteOffset m_begin = 0;
    ByteOffset m_end = 0;
    std::uint64_t m_sent = 0;
    std::uint64_t m_received = 0;
    std::uint64_t m_budgetDropped = 0;
    std::deque<std::unique_ptr<unsigned char[]>> m_chunks;
    std::vector<std::unique_ptr<unsigned char[]>> m_spare; // Retired chunks, reused first.
    std::deque<CaptureSegment> m_segments;
};

} // namespace spg::core
