// Pre-shaped text for the hex view. Every character the view draws in its grid (printable
// ASCII, which holds the hex digits and '.', and the two direction markers) is shaped once per
// font into a glyph; a line's text is then a table lookup with positions from HexLayout, and a
// whole frame is drawn in one drawGlyphRun per colour instead of shaping strings per line.
// GUI thread only.
#pragma once

#include "hex_layout.h"

#include <QColor>
#include <QGlyphRun>
#include <QList>
#include <QPointF>
#include <QRawFont>

#include <array>
#include <vector>

class QFont;
class QPainter;
class QPaintDevice;

namespace spg::ui {

class HexGlyphs {
public:
    // What a glyph is drawn in: the frame keeps one batch per ink (and per font).
    enum Ink { Offset, Text, SelectedText, SentMarker, ReceivedMarker, kInkCount };

    struct Glyph {
        quint32 index = 0;
        int font = -1; // Into fonts(); -1 when no font has the character.
    };

    // Shapes the grid's characters and the markers with `font` as `device` renders it. Each
    // character is shaped alone, so a font's ligatures or kerning never join two digits; a
    // character the font lacks takes the fallback font that drawText would pick.
    void shape(const QFont& font, QPaintDevice* device, QChar sentMarker, QChar receivedMarker);
    bool isShaped() const { return !m_fonts.empty(); }

    Glyph glyph(uchar byte) const; // The ASCII column's glyph: '.' outside printable ASCII.
    Glyph hexDigit(int value) const;
    Glyph marker(bool sent) const { return sent ? m_sentMarker : m_receivedMarker; }
    const std::vector<QRawFont>& fonts() const { return m_fonts; }

    // One frame's glyphs, gathered line by line and drawn at the end.
    void beginFrame();
    void add(Ink ink, Glyph glyph, QPointF baselineStart);
    // The bytes of one line's columns [column, column + count), at `baseline`.
    void addHex(Ink ink, const HexLayout& layout, const char* bytes, int column, int count,
                double baseline);
    void addAscii(Ink ink, const HexLayout& layout, const char* bytes, int column, int count,
                  double baseline);
    void addOffset(const HexLayout& layout, quint64 lineStart, double baseline);
    // One drawGlyphRun per ink and font in use, each in its colour.
    void drawFrame(QPainter& painter, const std::array<QColor, kInkCount>& colors);
    // The run drawFrame() draws for `ink` in fonts()[font]: what the frame gathered so far.
    QGlyphRun frameRun(Ink ink, int font) const;

private:
    struct Batch {
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };
    Batch& batch(Ink ink, int font);
    const Batch& batch(Ink ink, int font) const;

    std::vector<QRawFont> m_fonts;
    std::array<Glyph, 128> m_ascii {};
    Glyph m_sentMarker;
    Glyph m_receivedMarker;
    std::vector<Batch> m_batches; // kInkCount per font.
};

} // namespace spg::ui
