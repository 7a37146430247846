// Hex sources over a live capture and over a plain buffer, the chunked byte search that works
// through either of them, and the words that describe their segments.
#include "hex_source.h"

#include "core/words/address.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <functional>

namespace spg::ui {

namespace {

// Big enough that the per-read lock and call overhead vanish, small enough to stay in cache.
constexpr std::size_t kSearchChunk = 1u << 20;

// The first match that starts in [lo, hi) and lies wholly inside [lo, limit).
std::optional<quint64> searchRange(const HexSource& source, const QByteArray& needle, quint64 lo,
                                   quint64 hi, quint64 limit)
{
    const auto n = std::size_t(needle.size());
    const std::boyer_moore_horspool_searcher searcher(needle.cbegin(), needle.cend());
    std::vector<char> buffer;
    for (quint64 pos = lo; pos < hi; pos += kSearchChunk) {
        // Each chunk overlaps the next by n - 1 bytes so a match across the seam is seen.
        const quint64 chunkEnd = std::min<quint64>(limit, pos + kSearchChunk + n - 1);
        if (chunkEnd - pos < n)
            break;
        buffer.resize(std::size_t(chunkEnd - pos));
        buffer.resize(source.read(pos, buffer.data(), buffer.size()));
        const auto it = std::search(buffer.cbegin(), buffer.cend(), searcher);
        if (it != buffer.cend()) {
            const quint64 at = pos + quint64(it - buffer.cbegin());
            return at < hi ? std::optional<quint64>(at) : std::nullopt;
        }
    }
    return std::nullopt;
}

} // namespace

CaptureHexSource::CaptureHexSource(std::shared_ptr<const core::Capture> capture)
    : m_capture(std::move(capture))
{
}

quint64 CaptureHexSource::begin() const
{
    return m_capture->stats().begin;
}

quint64 CaptureHexSource::end() const
{
    return m_capture->stats().end;
}

std::size_t CaptureHexSource::read(quint64 offset, void* out, std::size_t len) const
{
    return m_capture->read(offset, out, len);
}

std::vector<core::CaptureSegment> CaptureHexSource::segments(quint64 from, quint64 to) const
{
    return m_capture->segments(from, to);
}

quint64 CaptureHexSource::dropped() const
{
    return m_capture->stats().dropped;
}

quint64 CaptureHexSource::budgetDropped() const
{
    return m_capture->stats().budgetDropped;
}

BufferHexSource::BufferHexSource(QByteArray bytes, std::vector<core::CaptureSegment> segments,
                                 quint64 begin)
    : m_bytes(std::move(bytes))
    , m_segments(std::move(segments))
    , m_begin(begin)
{
}

std::size_t BufferHexSource::read(quint64 offset, void* out, std::size_t len) const
{
    if (offset < m_begin || offset >= end())
        return 0;
    const auto index = std::size_t(offset - m_begin);
    const std::size_t n = std::min(len, std::size_t(m_bytes.size()) - index);
    std::memcpy(out, m_bytes.constData() + index, n);
    return n;
}

std::vector<core::CaptureSegment> BufferHexSource::segments(quint64 from, quint64 to) const
{
    std::vector<core::CaptureSegment> out;
    for (const core::CaptureSegment& s : m_segments)
        if (s.offset < to && s.offset + s.length > from)
            out.push_back(s);
    return out;
}

void BufferHexSource::append(const QByteArray& bytes, core::Direction direction)
{
    core::CaptureSegment segment;
    segment.offset = end();
    segment.length = quint64(bytes.size());
    segment.direction = direction;
    segment.time = core::WallClock::now();
    m_segments.push_back(segment);
    m_bytes.append(bytes);
}

void BufferHexSource::dropTo(quint64 newBegin)
{
    if (newBegin <= m_begin)
        return;
    newBegin = std::min(newBegin, end());
    m_bytes.remove(0, qsizetype(newBegin - m_begin));
    m_begin = newBegin;
    std::erase_if(m_segments, [&](const core::CaptureSegment& s) {
        return s.offset + s.length <= m_begin;
    });
}

HexSlice readSlice(const HexSource& source, quint64 from, quint64 to)
{
    HexSlice slice;
    slice.from = from;
    const auto size = std::size_t(to > from ? to - from : 0);
    slice.bytes.resize(qsizetype(size));
    slice.bytes.resize(qsizetype(source.read(from, slice.bytes.data(), size)));
    slice.kinds.assign(size, HexSlice::Unknown);
    slice.segments = source.segments(from, to);
    for (const core::CaptureSegment& s : slice.segments) {
        const bool sent = s.direction == core::Direction::Sent;
        const quint64 stop = std::min<quint64>(to, s.offset + s.length);
        for (quint64 o = std::max<quint64>(from, s.offset); o < stop; ++o)
            slice.kinds[std::size_t(o - from)] = sent ? HexSlice::Sent : HexSlice::Received;
    }
    return slice;
}

std::optional<quint64> findInSource(const HexSource& source, const QByteArray& needle,
                                    quint64 from)
{
    const quint64 begin = source.begin();
    const quint64 end = source.end();
    if (needle.isEmpty() || end <= begin)
        return std::nullopt;
    from = std::clamp(from, begin, end);
    if (auto hit = searchRange(source, needle, from, end, end))
        return hit;
    // Wrapping: a match may start before `from` and run past it.
    return searchRange(source, needle, begin, from, end);
}

QString segmentLabel(const core::CaptureSegment& segment)
{
    const bool sent = segment.direction == core::Direction::Sent;
    const auto since = segment.time.time_since_epoch();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(since).count();
    QString text = (sent ? QStringLiteral("send ") : QStringLiteral("recv "))
        + QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("HH:mm:ss.zzz"));
    if (segment.peer.length > 0) {
        const QString peer = QString::fromStdString(core::formatAddress(segment.peer));
        // "send 12:00:00.000 to 127.0.0.1:5000": the call's name stays, the words around it not.
        text = sent ? QCoreApplication::translate("spg::ui::HexSource", "%1 to %2").arg(text, peer)
                    : QCoreApplication::translate("spg::ui::HexSource", "%1 from %2").arg(text, peer);
    }
    return text;
}

QString segmentLabels(const std::vector<core::CaptureSegment>& segments, quint64 from, quint64 to)
{
    QStringList parts;
    for (const core::CaptureSegment& s : segments)
        if (s.length > 0 && s.offset >= from && s.offset < to)
            parts << segmentLabel(s);
    return parts.join(QStringLiteral(" · "));
}

} // namespace spg::ui
