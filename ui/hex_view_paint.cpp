// The hex view's painting, split from hex_view.cpp to keep each file about one job: this
// one turns the visible lines' bytes and segments into pixels. GUI thread only.
#include "hex_view.h"

#include <QPainter>
#include <QPaintEvent>
#include <QScrollBar>

#include <algorithm>
#include <climits>
#include <cmath>

namespace spg::ui {

using Hit = HexLayout::Hit;
constexpr int kBytesPerLine = HexLayout::kBytesPerLine;

// Painting: only the lines inside the dirty rectangle, from one read of their bytes.

void HexView::paintEvent(QPaintEvent* event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.fillRect(dirty, palette().color(QPalette::Base));
    m_lastPaintedLineCount = 0;
    if (!m_source || m_end <= m_begin) {
        painter.setPen(m_colors.dim);
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No bytes captured yet"));
        return;
    }
    const auto rowAt = [this](int y) { return quint64(std::max(0.0, y / m_layout.lineHeight)); };
    const quint64 first = m_topLine + rowAt(dirty.top());
    const quint64 last = std::min(HexLayout::lineOf(m_end - 1), m_topLine + rowAt(dirty.bottom()));
    if (first > last)
        return;
    const quint64 from = std::max(m_begin, HexLayout::lineOffset(first));
    const quint64 to = std::min(m_end, HexLayout::lineOffset(last + 1));
    const HexSlice slice = readSlice(*m_source, from, to);
    // Backgrounds and annotations line by line; the grid's glyphs gathered and drawn after,
    // one run per colour, so text is never shaped per frame.
    m_glyphs.beginFrame();
    for (quint64 line = first; line <= last; ++line)
        paintLine(painter, line, slice);
    const QPalette& pal = palette();
    m_glyphs.drawFrame(painter,
                       { m_colors.dim, pal.color(QPalette::Text),
                         pal.color(QPalette::HighlightedText), m_colors.sentMarker,
                         m_colors.receivedMarker });
    m_lastPaintedLineCount = int(last - first + 1);
    painter.setPen(QPen(m_colors.rule, 0));
    for (const core::CaptureSegment& s : slice.segments)
        if (s.length > 0 && s.offset >= slice.from)
            paintBoundary(painter, s.offset);
    paintCursor(painter);
}

void HexView::paintLine(QPainter& painter, quint64 line, const HexSlice& v)
{
    const double y = double(line - m_topLine) * m_layout.lineHeight;
    const double baseline = y + m_layout.ascent;
    // The marker tells the direction of the line's first byte.
    const auto first = std::size_t(std::max(HexLayout::lineOffset(line), v.from) - v.from);
    if (first < v.kinds.size() && v.kinds[first] != HexSlice::Unknown) {
        const bool sent = v.kinds[first] == HexSlice::Sent;
        m_glyphs.add(sent ? HexGlyphs::SentMarker : HexGlyphs::ReceivedMarker,
                     m_glyphs.marker(sent), QPointF(m_layout.markerX, baseline));
    }
    const quint64 lineStart = HexLayout::lineOffset(line);
    m_glyphs.addOffset(m_layout, lineStart, baseline);
    const QString note = segmentLabels(v.segments, lineStart, lineStart + kBytesPerLine);
    if (!note.isEmpty()) {
        const int room = int(viewport()->width() - m_layout.annotationX);
        painter.setPen(m_colors.dim);
        painter.drawText(QPointF(m_layout.annotationX, baseline),
                         fontMetrics().elidedText(note, Qt::ElideRight, room));
    }
    paintBytes(painter, line, y, v);
}

// One fill per run of cells alike in background, and the bytes' glyphs in runs alike in
// selection.
void HexView::paintBytes(QPainter& painter, quint64 line, double y, const HexSlice& v)
{
    const auto [selFirst, selEnd] = selection();
    const QColor highlight = palette().color(QPalette::Highlight);
    const quint64 lineStart = HexLayout::lineOffset(line);
    const auto selected = [&](quint64 offset) { return offset >= selFirst && offset < selEnd; };
    const auto background = [&](quint64 offset) {
        if (selected(offset))
            return highlight;
        const HexSlice::Kind kind = v.kinds[std::size_t(offset - v.from)];
        return kind == HexSlice::Sent ? m_colors.sentTint
            : kind == HexSlice::Received ? m_colors.receivedTint : QColor();
    };
    // The line's kept bytes are one stretch of columns [begin, end).
    const quint64 kept = v.from + quint64(v.bytes.size());
    const int begin = int(std::max(lineStart, v.from) - lineStart);
    const int end = int(std::clamp(kept, lineStart, lineStart + kBytesPerLine) - lineStart);
    const double baseline = y + m_layout.ascent;
    for (int runStart = begin; runStart < end;) {
        const QColor back = background(lineStart + quint64(runStart));
        const bool sel = selected(lineStart + quint64(runStart));
        int runEnd = runStart + 1;
        while (runEnd < end && background(lineStart + quint64(runEnd)) == back
               && selected(lineStart + quint64(runEnd)) == sel)
            ++runEnd;
        if (back.isValid()) {
            // From the first cell's left to the last one's right: across the group gap too,
            // when the bytes on both sides of it share the background.
            for (const Hit::Area area : { Hit::Hex, Hit::Ascii }) {
                const QRectF a = m_layout.cellRect(lineStart + quint64(runStart), area, m_topLine);
                const QRectF b = m_layout.cellRect(lineStart + quint64(runEnd - 1), area, m_topLine);
                painter.fillRect(QRectF(a.topLeft(), b.bottomRight()), back);
            }
        }
        const char* bytes = v.bytes.constData() + qsizetype(lineStart + quint64(runStart) - v.from);
        const auto ink = sel ? HexGlyphs::SelectedText : HexGlyphs::Text;
        m_glyphs.addHex(ink, m_layout, bytes, runStart, runEnd - runStart, baseline);
        m_glyphs.addAscii(ink, m_layout, bytes, runStart, runEnd - runStart, baseline);
        runStart = runEnd;
    }
}

// A call boundary is a step: under the previous call's tail, up the seam, over the new call's
// head; at a line start it is just the rule over the line.
void HexView::paintBoundary(QPainter& painter, quint64 offset) const
{
    const double top = m_layout.cellRect(offset, Hit::Hex, m_topLine).top();
    const double bottom = top + m_layout.lineHeight;
    for (const Hit::Area area : { Hit::Hex, Hit::Ascii }) {
        const double left = m_layout.areaLeft(area);
        const double right = m_layout.areaRight(area);
        if (offset % kBytesPerLine == 0) {
            painter.drawLine(QLineF(left, top, right, top));
            continue;
        }
        const double x = m_layout.cellRect(offset, area, m_topLine).left();
        painter.drawLine(QLineF(left, bottom, x, bottom));
        painter.drawLine(QLineF(x, top, x, bottom));
        painter.drawLine(QLineF(x, top, right, top));
    }
}

void HexView::paintCursor(QPainter& painter) const
{
    if (!hasFocus())
        return;
    for (const Hit::Area area : { Hit::Hex, Hit::Ascii }) {
        painter.setPen(QPen(area == m_cursorArea ? m_colors.cursor : m_colors.dim, 0));
        painter.drawRect(m_layout.cellRect(m_cursor, area, m_topLine).adjusted(0, 0, -1, -1));
    }
}

} // namespace spg::ui
