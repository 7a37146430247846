// Chunked ring storage for captured bytes. The chunk size scales with the cap so a small
// cap (as in tests) still drops at byte granularity without wasting memory.
#include "core/engine/capture.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace spg::core {

namespace {

std::size_t chunkSizeFor(std::size_t cap)
{
    return std::clamp<std::size_t>(cap / 16, 4096, 1u << 20);
}

// Copies of at least this size bypass the cache (see copyIntoRing).
constexpr std::size_t kStreamMin = 64 * 1024;

// Copies bytes into the ring. A flood writes the ring far faster than anyone reads
// it and the ring (64 MiB by default) is larger than the caches, so an ordinary memcpy
// first reads every destination line from memory only to overwrite it, and evicts the data
// the kernel and the loop are working on. Non-temporal stores skip both: in bench_flood
// they cut the worker's CPU time spent capturing by about 40 %. Small copies keep memcpy:
// their lines are likely to be read soon (the UI shows the newest bytes), and for them the
// fence would cost more than it saves. Elsewhere (no SSE2) memcpy is all there is.
void copyIntoRing(unsigned char* dst, const unsigned char* src, std::size_t n)
{
#if defined(__SSE2__)
    if (n >= kStreamMin) {
        const std::size_t head = (16 - reinterpret_cast<std::uintptr_t>(dst) % 16) % 16;
        std::memcpy(dst, src, head);
        std::size_t i = head;
        for (; i + 64 <= n; i += 64) {
            const auto* s = reinterpret_cast<const __m128i*>(src + i);
            auto* d = reinterpret_cast<__m128i*>(dst + i);
            const __m128i a = _mm_loadu_si128(s);
            const __m128i b = _mm_loadu_si128(s + 1);
            const __m128i c = _mm_loadu_si128(s + 2);
            const __m128i e = _mm_loadu_si128(s + 3);
            _mm_stream_si128(d, a);
            _mm_stream_si128(d + 1, b);
            _mm_stream_si128(d + 2, c);
            _mm_stream_si128(d + 3, e);
        }
        std::memcpy(dst + i, src + i, n - i);
        // Streaming stores are weakly ordered: make them visible before the caller's unlock
        // lets a reader at them.
        _mm_sfence();
        return;
    }
#endif
    std::memcpy(dst, src, n);
}

} // namespace

Capture::Capture(std::size_t cap)
    : m_cap(cap)
    , m_chunkSize(chunkSizeFor(cap))
{
}

std::size_t Capture::chunkIndex(ByteOffset offset) const
{
    return static_cast<std::size_t>((offset - m_chunkBase) / m_chunkSize);
}

ByteOffset Capture::append(Direction direction, const void* data, std::size_t length,
                           CommandId command, const SockAddr* peer)
{
    std::lock_guard lock(m_mutex);
    const ByteOffset start = m_end;
    (direction == Direction::Sent ? m_sent : m_received) += length;
    CaptureSegment segment { start, length, direction, command, WallClock::now(), {} };
    if (peer)
        segment.peer = *peer;
    m_segments.push_back(segment);

    // Only the newest `cap` bytes can survive, so skip copying anything older.
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::size_t skip = length > m_cap ? length - m_cap : 0;
    m_end += length;
    dropTo(m_end > m_cap ? m_end - m_cap : 0);
    ByteOffset pos = start + skip;
    bytes += skip;
    std::size_t left = length - skip;
    while (left > 0) {
        const std::size_t index = chunkIndex(pos);
        ensureChunk(index);
        const std::size_t within = static_cast<std::size_t>((pos - m_chunkBase) % m_chunkSize);
        const std::size_t n = std::min(left, m_chunkSize - within);
        copyIntoRing(m_chunks[index].get() + within, bytes, n);
        bytes += n;
        pos += n;
        left -= n;
    }
    return start;
}

void Capture::ensureChunk(std::size_t index)
{
    while (index >= m_chunks.size()) {
        if (!m_spare.empty()) {
            m_chunks.push_back(std::move(m_spare.back()));
            m_spare.pop_back();
        } else {
            // Not zero-filled (new[] without "()"): every byte is written before it can be
            // read, and zeroing 64 MiB would cost a pass over it for nothing.
            m_chunks.emplace_back(new unsigned char[m_chunkSize]);
        }
    }
}

// The room is taken before the oldest bytes are dropped (they stay readable until the
// receive has answered), so a full ring holds one chunk more than append() would.
Capture::Room Capture::room(std::size_t most)
{
    std::lock_guard lock(m_mutex);
    if (m_chunks.empty())
        m_chunkBase = m_end - (m_end % m_chunkSize);
    const std::size_t index = chunkIndex(m_end);
    ensureChunk(index);
    const std::size_t within = static_cast<std::size_t>((m_end - m_chunkBase) % m_chunkSize);
    return Room { m_chunks[index].get() + within, std::min(most, m_chunkSize - within) };
}

ByteOffset Capture::commit(Direction direction, std::size_t length, CommandId command,
                           bool extendLast)
{
    std::lock_guard lock(m_mutex);
    const ByteOffset start = m_end;
    (direction == Direction::Sent ? m_sent : m_received) += length;
    CaptureSegment* last = m_segments.empty() ? nullptr : &m_segments.back();
    if (extendLast && last && last->offset + last->length == start && last->direction == direction
        && last->command == command && last->peer.length == 0)
        last->length += length;
    else
        m_segments.push_back(CaptureSegment { start, length, direction, command, WallClock::now(), {} });
    m_end += length;
    dropTo(m_end > m_cap ? m_end - m_cap : 0);
    return start;
}

// Moves the kept window's start forward, retiring whole chunks to the spare list and
// forgetting segments that lie entirely before it.
void Capture::dropTo(ByteOffset newBegin)
{
    if (newBegin <= m_begin)
        return;
    m_begin = newBegin;
    while (!m_chunks.empty() && m_chunkBase + m_chunkSize <= m_begin) {
        m_spare.push_back(std::move(m_chunks.front()));
        m_chunks.pop_front();
        m_chunkBase += m_chunkSize;
    }
    if (m_chunks.empty())
        m_chunkBase = m_begin - (m_begin % m_chunkSize);
    while (!m_segments.empty()
           && m_segments.front().offset + m_segments.front().length <= m_begin)
        m_segments.pop_front();
}

void Capture::setCap(std::size_t cap)
{
    std::lock_guard lock(m_mutex);
    m_cap = cap;
    dropTo(m_end > m_cap ? m_end - m_cap : 0);
    m_spare.clear(); // A new cap is a good moment to give memory back.
}

void Capture::trimTo(std::size_t keep)
{
    std::lock_guard lock(m_mutex);
    if (m_end - m_begin <= keep)
        return;
    const ByteOffset newBegin = m_end - keep;
    m_budgetDropped += newBegin - m_begin;
    dropTo(newBegin);
    // The budget is about memory: give retired chunks back, but one, which the next append
    // of a flood reuses instead of allocating afresh.
    while (m_spare.size() > 1)
        m_spare.pop_back();
}

std::size_t Capture::kept() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(m_end - m_begin);
}

CaptureStats Capture::stats() const
{
    std::lock_guard lock(m_mutex);
    return CaptureStats { m_begin, m_end, m_begin, m_budgetDropped, m_sent, m_received, m_cap };
}

std::size_t Capture::read(ByteOffset offset, void* out, std::size_t length) const
{
    std::lock_guard lock(m_mutex);
    if (offset < m_begin || offset >= m_end)
        return 0;
    length = static_cast<std::size_t>(std::min<ByteOffset>(length, m_end - offset));
    auto* dst = static_cast<unsigned char*>(out);
    std::size_t copied = 0;
    while (copied < length) {
        const ByteOffset pos = offset + copied;
        const std::size_t within = static_cast<std::size_t>((pos - m_chunkBase) % m_chunkSize);
        const std::size_t n = std::min(length - copied, m_chunkSize - within);
        std::memcpy(dst + copied, m_chunks[chunkIndex(pos)].get() + within, n);
        copied += n;
    }
    return copied;
}

std::vector<unsigned char> Capture::readAll() const
{
    const CaptureStats s = stats();
    std::vector<unsigned char> bytes(static_cast<std::size_t>(s.end - s.begin));
    bytes.resize(read(s.begin, bytes.data(), bytes.size()));
    return bytes;
}

std::vector<CaptureSegment> Capture::segments(ByteOffset from, ByteOffset to) const
{
    std::lock_guard lock(m_mutex);
    auto first = std::partition_point(m_segments.begin(), m_segments.end(),
                                      [&](const CaptureSegment& s) {
                                          return s.offset + s.length <= from;
                                      });
    std::vector<CaptureSegment> out;
    for (auto it = first; it != m_segments.end() && it->offset < to; ++it)
        out.push_back(*it);
    return out;
}

std::size_t Capture::segmentCount() const
{
    std::lock_guard lock(m_mutex);
    return m_segments.size();
}

} // namespace spg::core
