// Column arithmetic in units of one character width: everything is derived once from the
// font's numbers, so painting and hit-testing agree by construction.
#include "hex_layout.h"

#include "core/words/c_escapes.h"

#include <algorithm>
#include <cmath>

namespace spg::ui {

namespace {

constexpr int kHexCellChars = 3;  // Two digits plus a space.
constexpr int kHexAreaChars = 49; // 16 cells and the group gap.
constexpr int kMarkerChars = 2;   // Marker glyph plus a space.
constexpr int kCArrayWrap = 12;   // Bytes a line once a C array is wrapped.
constexpr int kCArrayOneLineMax = 16;

QString hexByte(uchar byte)
{
    return QStringLiteral("%1").arg(uint(byte), 2, 16, QLatin1Char('0'));
}

} // namespace

HexLayout::HexLayout(double charWidthIn, double lineHeightIn, double ascentIn, int digits)
    : charWidth(charWidthIn)
    , lineHeight(lineHeightIn)
    , ascent(ascentIn)
    , offsetDigits(digits)
{
    const double cw = charWidth;
    markerX = 0.5 * cw;
    offsetX = markerX + kMarkerChars * cw;
    // The hex area's outer edge sits one character after the offset; its first digit half a
    // character further, because every cell reaches half a character past its digits.
    hexX = offsetX + (offsetDigits + 1) * cw + 0.5 * cw;
    asciiX = areaRight(Hit::Hex) + 1.5 * cw;
    annotationX = areaRight(Hit::Ascii) + 2 * cw;
    minimumWidth = annotationX + kMinAnnotationChars * cw;
}

quint64 HexLayout::lineCount(quint64 begin, quint64 end)
{
    return end > begin ? lineOf(end - 1) - lineOf(begin) + 1 : 0;
}

int HexLayout::offsetDigitsFor(quint64 end)
{
    int digits = 1;
    for (quint64 last = end > 0 ? end - 1 : 0; last >= 16; last /= 16)
        ++digits;
    return std::max(8, digits);
}

double HexLayout::hexDigitX(int column) const
{
    return hexX + column * kHexCellChars * charWidth + (column >= kGroupSize ? charWidth : 0.0);
}

double HexLayout::asciiCharX(int column) const
{
    return asciiX + column * charWidth;
}

double HexLayout::areaLeft(Hit::Area area) const
{
    return area == Hit::Ascii ? asciiX : hexX - 0.5 * charWidth;
}

double HexLayout::areaRight(Hit::Area area) const
{
    if (area == Hit::Ascii)
        return asciiX + kBytesPerLine * charWidth;
    return areaLeft(Hit::Hex) + kHexAreaChars * charWidth;
}

QRectF HexLayout::cellRect(quint64 offset, Hit::Area area, quint64 firstVisibleLine) const
{
    // Difference first, in integers, so lines far into a long stream keep full precision.
    const auto row = static_cast<qint64>(lineOf(offset) - firstVisibleLine);
    const double y = double(row) * lineHeight;
    const int column = int(offset % kBytesPerLine);
    if (area == Hit::Ascii)
        return QRectF(asciiCharX(column), y, charWidth, lineHeight);
    return QRectF(hexDigitX(column) - 0.5 * charWidth, y, kHexCellChars * charWidth, lineHeight);
}

int HexLayout::columnAt(double x, Hit::Area area) const
{
    const double units = (x - areaLeft(area)) / charWidth;
    if (area == Hit::Ascii) {
        if (units < 0 || units >= kBytesPerLine)
            return -1;
        return std::min(kBytesPerLine - 1, int(units));
    }
    if (units < 0 || units >= kHexAreaChars)
        return -1;
    const double groupEnd = kGroupSize * kHexCellChars; // The gap spans [24, 25).
    if (units < groupEnd)
        return int(units / kHexCellChars);
    if (units < groupEnd + 1) // Nearest cell: left half to byte 7, right half to byte 8.
        return units < groupEnd + 0.5 ? kGroupSize - 1 : kGroupSize;
    return std::min(kBytesPerLine - 1, kGroupSize + int((units - groupEnd - 1) / kHexCellChars));
}

quint64 HexLayout::clampToData(quint64 line, int column, quint64 begin, quint64 end) const
{
    return std::clamp(lineOffset(line) + quint64(column), begin, end - 1);
}

HexLayout::Hit HexLayout::hitTest(double x, double y, quint64 firstVisibleLine, quint64 begin,
                                  quint64 end) const
{
    if (end <= begin || y < 0)
        return {};
    Hit::Area area = Hit::Hex;
    int column = columnAt(x, Hit::Hex);
    if (column < 0) {
        area = Hit::Ascii;
        column = columnAt(x, Hit::Ascii);
    }
    if (column < 0)
        return {};
    const quint64 line = firstVisibleLine + quint64(std::floor(y / lineHeight));
    if (line < lineOf(begin) || line > lineOf(end - 1))
        return {};
    return { area, clampToData(line, column, begin, end) };
}

quint64 HexLayout::dragOffset(double x, double y, quint64 firstVisibleLine, quint64 begin,
                              quint64 end, Hit::Area area) const
{
    if (area == Hit::None)
        area = Hit::Hex;
    int column = columnAt(x, area);
    if (column < 0)
        column = x < areaLeft(area) ? 0 : kBytesPerLine - 1;
    const double rows = std::floor(y / lineHeight);
    quint64 line = firstVisibleLine;
    if (rows < 0)
        line -= std::min(firstVisibleLine, quint64(-rows));
    else
        line += quint64(rows);
    line = std::clamp(line, lineOf(begin), lineOf(end - 1));
    return clampToData(line, column, begin, end);
}

quint64 HexLayout::moveCursor(quint64 cursor, Move move, quint64 pageLines, quint64 begin,
                              quint64 end)
{
    const quint64 column = cursor % kBytesPerLine;
    const quint64 page = pageLines * kBytesPerLine;
    const auto back = [&](quint64 n) { return cursor - std::min(n, cursor - begin); };
    const auto forward = [&](quint64 n) { return cursor + std::min(n, end - 1 - cursor); };
    switch (move) {
    case Move::Left: return back(1);
    case Move::Right: return forward(1);
    case Move::Up: return back(kBytesPerLine);
    case Move::Down: return forward(kBytesPerLine);
    case Move::PageUp: return back(page);
    case Move::PageDown: return forward(page);
    case Move::LineStart: return back(column);
    case Move::LineEnd: return forward(kBytesPerLine - 1 - column);
    case Move::First: return begin;
    case Move::Last: return end - 1;
    }
    return cursor;
}

int HexLayout::visibleLines(double viewportHeight) const
{
    return viewportHeight > 0 ? int(std::ceil(viewportHeight / lineHeight)) : 0;
}

int HexLayout::fullyVisibleLines(double viewportHeight) const
{
    return std::max(1, int(std::floor(viewportHeight / lineHeight)));
}

QChar printableChar(uchar byte)
{
    return byte >= 0x20 && byte < 0x7f ? QChar(QLatin1Char(char(byte))) : QLatin1Char('.');
}

QString hexRunText(const char* bytes, int count, int column)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    QString out;
    out.reserve(count * kHexCellChars + 1);
    for (int i = 0; i < count; ++i) {
        const auto byte = uchar(bytes[i]);
        if (i > 0) {
            out += QLatin1Char(' ');
            if (column + i == HexLayout::kGroupSize)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(kDigits[byte >> 4]);
        out += QLatin1Char(kDigits[byte & 0xf]);
    }
    return out;
}

QString asciiRunText(const char* bytes, int count)
{
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out += printableChar(uchar(bytes[i]));
    return out;
}

QString hexDumpText(const QByteArray& bytes, quint64 firstOffset)
{
    const int digits = HexLayout::offsetDigitsFor(firstOffset + quint64(bytes.size()));
    QString out;
    for (qsizetype start = 0; start < bytes.size(); start += HexLayout::kBytesPerLine) {
        const qsizetype n = std::min<qsizetype>(HexLayout::kBytesPerLine, bytes.size() - start);
        QString hex, ascii;
        for (qsizetype i = 0; i < n; ++i) {
            const auto byte = uchar(bytes[start + i]);
            hex += hexByte(byte) + QLatin1Char(' ');
            if (i == HexLayout::kGroupSize - 1)
                hex += QLatin1Char(' ');
            ascii += printableChar(byte);
        }
        out += QStringLiteral("%1  %2 |%3|\n")
                   .arg(firstOffset + quint64(start), digits, 16, QLatin1Char('0'))
                   .arg(hex, -kHexAreaChars)
                   .arg(ascii);
    }
    return out;
}

QString cArrayText(const QByteArray& bytes)
{
    const bool wrap = bytes.size() > kCArrayOneLineMax;
    QString out = QStringLiteral("unsigned char data[] = {");
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (wrap && i % kCArrayWrap == 0)
            out += QStringLiteral("\n    ");
        else
            out += QLatin1Char(' ');
        out += QStringLiteral("0x") + hexByte(uchar(bytes[i]));
        if (i + 1 < bytes.size())
            out += QLatin1Char(',');
    }
    out += wrap ? QStringLiteral("\n};") : QStringLiteral(" };");
    return out;
}

QString escapedText(const QByteArray& bytes)
{
    const std::string body =
        core::cEscapeBody(std::string_view(bytes.constData(), std::size_t(bytes.size())), true);
    return QLatin1Char('"') + QString::fromStdString(body) + QLatin1Char('"');
}

} // namespace spg::ui
