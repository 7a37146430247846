// Shaping happens here once per font; painting a frame is lookups, positions and a handful
// of drawGlyphRun calls.
#include "hex_glyphs.h"

#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace spg::ui {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// The first glyph of `text` laid out alone with `font` on `device`, with the raw font it came
// from added to `fonts` (a character the font lacks comes from a fallback font).
HexGlyphs::Glyph shapeOne(const QString& text, const QFont& font, QPaintDevice* device,
                          std::vector<QRawFont>& fonts)
{
    QTextLayout layout(text, font, device);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    for (const QGlyphRun& run : layout.glyphRuns()) {
        if (run.glyphIndexes().isEmpty())
            continue;
        const QRawFont raw = run.rawFont();
        auto it = std::find(fonts.begin(), fonts.end(), raw);
        if (it == fonts.end())
            it = fonts.insert(fonts.end(), raw);
        return { run.glyphIndexes().front(), int(it - fonts.begin()) };
    }
    return {};
}

} // namespace

void HexGlyphs::shape(const QFont& font, QPaintDevice* device, QChar sentMarker,
                      QChar receivedMarker)
{
    m_fonts.clear();
    m_ascii.fill({});
    for (int c = 0x21; c < 0x7f; ++c) // A space draws nothing: it stays without a glyph.
        m_ascii[std::size_t(c)] = shapeOne(QString(QLatin1Char(char(c))), font, device, m_fonts);
    m_sentMarker = shapeOne(QString(sentMarker), font, device, m_fonts);
    m_receivedMarker = shapeOne(QString(receivedMarker), font, device, m_fonts);
    m_batches.assign(m_fonts.size() * kInkCount, {});
}

HexGlyphs::Glyph HexGlyphs::glyph(uchar byte) const
{
    return byte >= 0x20 && byte < 0x7f ? m_ascii[byte] : m_ascii['.'];
}

HexGlyphs::Glyph HexGlyphs::hexDigit(int value) const
{
    return m_ascii[uchar(kHexDigits[value & 15])];
}

void HexGlyphs::beginFrame()
{
    for (Batch& b : m_batches) { // Cleared, not freed: the next frame needs the same room.
        b.glyphs.clear();
        b.positions.clear();
    }
}

HexGlyphs::Batch& HexGlyphs::batch(Ink ink, int font)
{
    return m_batches[std::size_t(font) * kInkCount + std::size_t(ink)];
}

const HexGlyphs::Batch& HexGlyphs::batch(Ink ink, int font) const
{
    return m_batches[std::size_t(font) * kInkCount + std::size_t(ink)];
}

void HexGlyphs::add(Ink ink, Glyph glyph, QPointF baselineStart)
{
    if (glyph.font < 0)
        return;
    Batch& b = batch(ink, glyph.font);
    b.glyphs.append(glyph.index);
    b.positions.append(baselineStart);
}

void HexGlyphs::addHex(Ink ink, const HexLayout& layout, const char* bytes, int column, int count,
                       double baseline)
{
    for (int i = 0; i < count; ++i) {
        const auto byte = uchar(bytes[i]);
        const double x = layout.hexDigitX(column + i);
        add(ink, hexDigit(byte >> 4), QPointF(x, baseline));
        add(ink, hexDigit(byte & 15), QPointF(x + layout.charWidth, baseline));
    }
}

void HexGlyphs::addAscii(Ink ink, const HexLayout& layout, const char* bytes, int column, int count,
                         double baseline)
{
    for (int i = 0; i < count; ++i)
        add(ink, glyph(uchar(bytes[i])), QPointF(layout.asciiCharX(column + i), baseline));
}

void HexGlyphs::addOffset(const HexLayout& layout, quint64 lineStart, double baseline)
{
    // The same digits as QString::arg(lineStart, digits, 16, '0'): most significant first.
    for (int i = 0; i < layout.offsetDigits; ++i) {
        const int shift = 4 * (layout.offsetDigits - 1 - i);
        const int digit = shift < 64 ? int((lineStart >> shift) & 15) : 0;
        add(Offset, hexDigit(digit), QPointF(layout.offsetX + i * layout.charWidth, baseline));
    }
}

QGlyphRun HexGlyphs::frameRun(Ink ink, int font) const
{
    const Batch& b = batch(ink, font);
    QGlyphRun run;
    run.setRawFont(m_fonts[std::size_t(font)]);
    run.setGlyphIndexes(b.glyphs);
    run.setPositions(b.positions);
    return run;
}

void HexGlyphs::drawFrame(QPainter& painter, const std::array<QColor, kInkCount>& colors)
{
    for (int ink = 0; ink < kInkCount; ++ink) {
        for (std::size_t font = 0; font < m_fonts.size(); ++font) {
            if (batch(Ink(ink), int(font)).glyphs.isEmpty())
                continue;
            painter.setPen(colors[std::size_t(ink)]);
            painter.drawGlyphRun(QPointF(0, 0), frameRun(Ink(ink), int(font)));
        }
    }
}

} // namespace spg::ui
