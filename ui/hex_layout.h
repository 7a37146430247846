// Geometry of the hex view as pure arithmetic over font metrics: where each column sits, which
// byte a point hits, where a byte's cell is, where a cursor key goes; plus the text forms of
// bytes used for copying. No widgets, no state beyond its inputs: any thread, unit-tested.
#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QtGlobal>

namespace spg::ui {

// Columns, left to right: direction marker, offset, 16 hex cells (an extra gap after the
// eighth), ASCII, and the annotation text of the calls that start on the line. Lines are
// absolute: line L holds stream offsets [16 L, 16 L + 16), whatever the oldest kept byte is,
// so a line keeps its number when the capture cap drops bytes in front of it.
struct HexLayout {
    static constexpr int kBytesPerLine = 16;
    static constexpr int kGroupSize = 8;           // Bytes before the extra gap.
    static constexpr int kMinAnnotationChars = 24; // Room reserved by the minimum width.

    struct Hit {
        enum Area { None, Hex, Ascii };
        Area area = None;
        quint64 offset = 0;
    };

    HexLayout() : HexLayout(8.0, 16.0, 12.0, 8) { }
    HexLayout(double charWidth, double lineHeight, double ascent, int offsetDigits);

    // Inputs.
    double charWidth;
    double lineHeight;
    double ascent; // Baseline distance from a line's top.
    int offsetDigits;

    // Left edges of the columns, in viewport pixels.
    double markerX = 0;
    double offsetX = 0;
    double hexX = 0;   // First hex digit of column 0.
    double asciiX = 0; // Character of column 0.
    double annotationX = 0;
    double minimumWidth = 0; // Everything up to a short annotation.

    static quint64 lineOf(quint64 offset) { return offset / kBytesPerLine; }
    static quint64 lineOffset(quint64 line) { return line * kBytesPerLine; }
    static quint64 lineCount(quint64 begin, quint64 end);
    // At least 8 hex digits, more once the stream passes 4 GiB.
    static int offsetDigitsFor(quint64 end);

    double hexDigitX(int column) const; // Left of the byte's two digits.
    double asciiCharX(int column) const;
    double areaLeft(Hit::Area area) const; // Outer edges of the cells of an area.
    double areaRight(Hit::Area area) const;

    // A byte's cell in viewport coordinates when `firstVisibleLine` is at the top. Hex cells
    // are three characters wide, centred on the digits, so neighbours touch.
    QRectF cellRect(quint64 offset, Hit::Area area, quint64 firstVisibleLine) const;

    // The byte under a point: None outside the hex and ASCII cells or beyond the data's lines;
    // a cell of the first or last line that holds no kept byte clamps to begin or end - 1.
    Hit hitTest(double x, double y, quint64 firstVisibleLine, quint64 begin, quint64 end) const;
    // For a drag that started in `area`: the nearest byte, clamping the point into the area
    // and onto the data's lines. Requires begin < end.
    quint64 dragOffset(double x, double y, quint64 firstVisibleLine, quint64 begin, quint64 end,
                       Hit::Area area) const;

    // Keyboard moves over the grid, kept inside [begin, end); require begin <= cursor < end.
    enum class Move { Left, Right, Up, Down, PageUp, PageDown, LineStart, LineEnd, First, Last };
    static quint64 moveCursor(quint64 cursor, Move move, quint64 pageLines, quint64 begin,
                              quint64 end);

    int visibleLines(double viewportHeight) const;      // Counting a partial bottom line.
    int fullyVisibleLines(double viewportHeight) const; // At least 1: the scrolling page.

private:
    int columnAt(double x, Hit::Area area) const; // -1 outside the area.
    quint64 clampToData(quint64 line, int column, quint64 begin, quint64 end) const;
};

// Text forms of bytes, shared by the painter and the copy actions.
QChar printableChar(uchar byte); // '.' for anything outside printable ASCII.
// A run of a line's bytes as the painter draws it in one call, starting at hexDigitX(column):
// "68 65 6c" with the group gap's extra space where the run crosses it, so each digit pair
// lands where hexDigitX() puts it in a monospaced font; and the same run as ASCII.
QString hexRunText(const char* bytes, int count, int column);
QString asciiRunText(const char* bytes, int count);
// hexdump -C style lines starting at `firstOffset`:
// "00000000  68 65 6c 6c 6f 0d 0a                              |hello..|"
QString hexDumpText(const QByteArray& bytes, quint64 firstOffset);
// "unsigned char data[] = { 0x68, 0x65 };", wrapped 12 bytes a line past 16 bytes.
QString cArrayText(const QByteArray& bytes);
// A C string literal: "hello\r\n"; \xHH for other bytes, closing and reopening the literal
// ("\x01" "a") where a following hex digit would otherwise extend the escape.
QString escapedText(const QByteArray& bytes);

} // namespace spg::ui
