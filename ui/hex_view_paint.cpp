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
    for (quint64 line = first; line <= last; ++line)
        paintLine(painter, line, slice);
    m_lastPaintedLineCount = int(last - first + 1);
    painter.setPen(QPen(m_colors.rule, 0));
    for (const core::CaptureSegment& s : slice.segments)
        if (s.length > 0 && s.offset >= slice.from)
            paintBoundary(painter, s.offset);
    paintCursor(painter);
}

void HexView::paintLine(QPainter& painter, quint64 line, const HexSlice& v) const
{
    const double y = double(line - m_topLine) * m_layout.lineHeight;
    const double baseline = y + m_layout.ascent;
    // The marker tells the direction of the line's first byte.
    const auto first = std::size_t(std::max(HexLayout::lineOffset(line), v.from) - v.from);
    if (first < v.kinds.size() && v.kinds[first] != HexSlice::Unknown) {
        const bool sent = v.kinds[first] == HexSlice::Sent;
        painter.setPen(sent ? m_colors.sentMarker : m_colors.receivedMarker);
        const QString& marker = sent ? m_sentMarker : m_receivedMarker;
        painter.drawText(QPointF(m_layout.markerX, baseline), marker);
    }
    painter.setPen(m_colors.dim);
    const quint64 lineStart = HexLayout::lineOffset(line);
    const QString offsetText =
        QStringLiteral("%1").arg(lineStart, m_layout.offsetDigits, 16, QLatin1Char('0'));
    painter.drawText(QPointF(m_layout.offsetX, baseline), offsetText);
    const QString note = segmentLabels(v.segments, lineStart, lineStart + kBytesPerLine);
    if (!note.isEmpty()) {
        const int room = int(viewport()->width() - m_layout.annotationX);
        painter.drawText(QPointF(m_layout.annotationX, baseline),
                         fontMetrics().elidedText(note, Qt::ElideRight, room));
    }
    paintBytes(painter, line, y, v);
}

void HexView::paintBytes(QPainter& painter, quint64 line, double y, const HexSlice& v) const
{
    const auto [selFirst, selEnd] = selection();
    const QPalette& pal = palette();
    const auto background = [&](quint64 offset) {
        if (offset >= selFirst && offset < selEnd)
            return pal.color(QPalette::Highlight);
        const HexSlice::Kind kind = v.kinds[std::size_t(offset - v.from)];
        return kind == HexSlice::Sent ? m_colors.sentTint
            : kind == HexSlice::Received ? m_colors.receivedTint : QColor();
    };
    const double baseline = y + m_layout.ascent;
    int runStart = -1; // The text goes in runs of bytes alike in selection: one call a run.
    bool runSelected = false;
    const auto drawRun = [&](int end) {
        if (runStart < 0 || end <= runStart)
            return;
        const quint64 at = HexLayout::lineOffset(line) + quint64(runStart);
        const char* bytes = v.bytes.constData() + qsizetype(at - v.from);
        painter.setPen(pal.color(runSelected ? QPalette::HighlightedText : QPalette::Text));
        painter.drawText(QPointF(m_layout.hexDigitX(runStart), baseline),
                         hexRunText(bytes, end - runStart, runStart));
        painter.drawText(QPointF(m_layout.asciiCharX(runStart), baseline),
                         asciiRunText(bytes, end - runStart));
        runStart = -1;
    };
    for (int column = 0; column < kBytesPerLine; ++column) {
        const quint64 offset = HexLayout::lineOffset(line) + quint64(column);
        if (offset < v.from || offset - v.from >= quint64(v.bytes.size())) {
            drawRun(column);
            continue;
        }
        const QColor back = background(offset);
        if (back.isValid()) {
            QRectF hex = m_layout.cellRect(offset, Hit::Hex, m_topLine);
            // Bridge the group gap when the byte before it shares the background.
            const bool gapBefore = column == HexLayout::kGroupSize && offset > v.from;
            if (gapBefore && background(offset - 1) == back)
                hex.setLeft(hex.left() - m_layout.charWidth);
            painter.fillRect(hex, back);
            painter.fillRect(m_layout.cellRect(offset, Hit::Ascii, m_topLine), back);
        }
        const bool selected = offset >= selFirst && offset < selEnd;
        if (runStart >= 0 && selected != runSelected)
            drawRun(column);
        if (runStart < 0) {
            runStart = column;
            runSelected = selected;
        }
    }
    drawRun(kBytesPerLine);
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
