// The bytes a hex view shows, behind a small read-only interface: a capture stream that
// keeps growing (and dropping its oldest bytes at the cap), or a fixed buffer in tests.
// Threading: HexSource objects are used from the GUI thread; CaptureHexSource may read a
// Capture that the engine's worker appends to concurrently, because Capture locks each read.
#pragma once

#include "core/engine/capture.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace spg::ui {

class HexSource {
public:
    virtual ~HexSource() = default;

    virtual quint64 begin() const = 0; // Oldest kept stream offset.
    virtual quint64 end() const = 0;   // One past the newest byte.
    // Copies up to `len` kept bytes from `offset`; returns how many were copied (fewer when
    // the range runs past end(), 0 when `offset` has been dropped meanwhile).
    virtual std::size_t read(quint64 offset, void* out, std::size_t len) const = 0;
    // Call segments overlapping [from, to), oldest first.
    virtual std::vector<core::CaptureSegment> segments(quint64 from, quint64 to) const = 0;
    virtual quint64 dropped() const = 0; // Bytes discarded before begin().
    // Of dropped(), those the total capture budget took (the rest: the socket's own cap).
    virtual quint64 budgetDropped() const { return 0; }
};

class CaptureHexSource : public HexSource {
public:
    explicit CaptureHexSource(std::shared_ptr<const core::Capture> capture);

    quint64 begin() const override;
    quint64 end() const override;
    std::size_t read(quint64 offset, void* out, std::size_t len) const override;
    std::vector<core::CaptureSegment> segments(quint64 from, quint64 to) const override;
    quint64 dropped() const override;
    quint64 budgetDropped() const override;

private:
    std::shared_ptr<const core::Capture> m_capture;
};

// A QByteArray standing in for a capture stream, with optional segments; `begin` lets a test
// pretend that earlier bytes were dropped by a cap.
class BufferHexSource : public HexSource {
public:
    explicit BufferHexSource(QByteArray bytes = {}, std::vector<core::CaptureSegment> segments = {},
                             quint64 begin = 0);

    quint64 begin() const override { return m_begin; }
    quint64 end() const override { return m_begin + quint64(m_bytes.size()); }
    std::size_t read(quint64 offset, void* out, std::size_t len) const override;
    std::vector<core::CaptureSegment> segments(quint64 from, quint64 to) const override;
    quint64 dropped() const override { return m_begin; }

    // Appends one call's bytes as a new segment stamped with the current time.
    void append(const QByteArray& bytes, core::Direction direction);
    // Forgets every byte before `newBegin`, as the capture cap does.
    void dropTo(quint64 newBegin);

private:
    QByteArray m_bytes;
    std::vector<core::CaptureSegment> m_segments;
    quint64 m_begin = 0;
};

// The bytes of [from, to) with each byte's direction, as painting needs them: one read and one
// segment query. A short read (bytes dropped meanwhile) leaves `bytes` shorter than `kinds`.
struct HexSlice {
    enum Kind : unsigned char { Unknown, Sent, Received };
    quint64 from = 0;
    QByteArray bytes;
    std::vector<Kind> kinds;
    std::vector<core::CaptureSegment> segments;
};
HexSlice readSlice(const HexSource& source, quint64 from, quint64 to);

// Finds the first occurrence of `needle` starting at or after `from`, wrapping around to
// begin() when none follows; the source is read in bounded chunks so a full 64 MiB capture
// never needs one large copy. Returns the match's offset, or nothing.
std::optional<quint64> findInSource(const HexSource& source, const QByteArray& needle,
                                    quint64 from);

// "recv 12:01:02.345", "send 12:01:02.345 to 127.0.0.1:5000": a call's direction, its local
// time with milliseconds, and the datagram peer when it has one.
QString segmentLabel(const core::CaptureSegment& segment);
// Labels of the non-empty segments that start in [from, to), joined by " · ".
QString segmentLabels(const std::vector<core::CaptureSegment>& segments, quint64 from, quint64 to);

} // namespace spg::ui
