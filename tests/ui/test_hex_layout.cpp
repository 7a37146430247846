// The hex view's pure geometry and text forms: column edges, the group gap, partial and
// dropped lines, gutters, round trips from cells back to bytes, and the copy formats.
#include "ui/hex_layout.h"

#include <QtTest>

using spg::ui::asciiRunText;
using spg::ui::HexLayout;
using spg::ui::hexRunText;
using spg::ui::printableChar;
using Hit = HexLayout::Hit;

namespace {

// A fractional character width catches any rounding that painting and hit-testing disagree on.
HexLayout makeLayout()
{
    return HexLayout(7.25, 15.0, 11.0, 8);
}

double rowCentre(const HexLayout& l, int row)
{
    return (row + 0.5) * l.lineHeight;
}

} // namespace

class TestHexLayout : public QObject {
    Q_OBJECT

private slots:
    // The painter draws a line's bytes in runs, one text call each: every digit pair and
    // every ASCII character of a run must land exactly where the layout puts that byte's
    // cell, from any column, across the group gap.
    void runsLandOnTheirCells()
    {
        const HexLayout l(7.5, 16.0, 12.0, 8);
        const QByteArray bytes("\x68\x65\x00\xff\x7f GET /\r\n\x01\x02", 16);
        for (int start = 0; start < HexLayout::kBytesPerLine; ++start)
            for (int count = 1; start + count <= HexLayout::kBytesPerLine; ++count) {
                const QString hex = hexRunText(bytes.constData() + start, count, start);
                const QString ascii = asciiRunText(bytes.constData() + start, count);
                QCOMPARE(ascii.size(), count);
                for (int i = 0; i < count; ++i) {
                    const int column = start + i;
                    const QString pair = QStringLiteral("%1").arg(uchar(bytes[column]), 2, 16, QLatin1Char('0'));
                    // Characters from the run's start, in a monospaced font:
                    const double at = l.hexDigitX(start) + double(hex.indexOf(pair, i * 3)) * l.charWidth;
                    QCOMPARE(hex.mid(int((l.hexDigitX(column) - l.hexDigitX(start)) / l.charWidth), 2), pair);
                    QCOMPARE(at, l.hexDigitX(column));
                    QCOMPARE(ascii.at(i), printableChar(uchar(bytes[column])));
                }
            }
        QCOMPARE(hexRunText("\x00\x01\x02\x03", 4, 6), QStringLiteral("00 01  02 03"));
        QVERIFY(hexRunText("\x00\x01\x02\x03", 4, 5) != QStringLiteral("00 01  02 03")); // no gap there
    }

    void lineArithmetic()
    {
        QCOMPARE(HexLayout::lineCount(0, 0), quint64(0));
        QCOMPARE(HexLayout::lineCount(5, 5), quint64(0));
        QCOMPARE(HexLayout::lineCount(7, 3), quint64(0));
        QCOMPARE(HexLayout::lineCount(0, 1), quint64(1));
        QCOMPARE(HexLayout::lineCount(0, 16), quint64(1));
        QCOMPARE(HexLayout::lineCount(0, 17), quint64(2));
        QCOMPARE(HexLayout::lineCount(15, 17), quint64(2));
        QCOMPARE(HexLayout::lineCount(16, 32), quint64(1));
        QCOMPARE(HexLayout::lineCount(1000, 1000 + (64u << 20)), quint64((64u << 20) / 16 + 1));
        QCOMPARE(HexLayout::lineOffset(3), quint64(48));
        QCOMPARE(HexLayout::lineOf(47), quint64(2));
        QCOMPARE(HexLayout::lineOf(48), quint64(3));
    }

    void offsetDigitsGrowPastFourGiB()
    {
        QCOMPARE(HexLayout::offsetDigitsFor(0), 8);
        QCOMPARE(HexLayout::offsetDigitsFor(0x100000000ull), 8);
        QCOMPARE(HexLayout::offsetDigitsFor(0x100000001ull), 9);
        QCOMPARE(HexLayout::offsetDigitsFor(~0ull), 16);
    }

    void columnsAdvanceByThreeWithGroupGap()
    {
        const HexLayout l = makeLayout();
        for (int c = 1; c < HexLayout::kBytesPerLine; ++c) {
            const double step = l.hexDigitX(c) - l.hexDigitX(c - 1);
            QCOMPARE(step, c == HexLayout::kGroupSize ? 4 * l.charWidth : 3 * l.charWidth);
            QCOMPARE(l.asciiCharX(c) - l.asciiCharX(c - 1), l.charWidth);
        }
        QVERIFY(l.markerX < l.offsetX);
        QVERIFY(l.offsetX + l.offsetDigits * l.charWidth < l.areaLeft(Hit::Hex));
        QVERIFY(l.areaRight(Hit::Hex) < l.areaLeft(Hit::Ascii));
        QVERIFY(l.areaRight(Hit::Ascii) < l.annotationX);
        QVERIFY(l.annotationX < l.minimumWidth);
        QCOMPARE(l.cellRect(15, Hit::Hex, 0).right(), l.areaRight(Hit::Hex));
        QCOMPARE(l.cellRect(0, Hit::Hex, 0).left(), l.areaLeft(Hit::Hex));
    }

    void widerOffsetsShiftTheColumns()
    {
        const HexLayout narrow = makeLayout();
        const HexLayout wide(7.25, 15.0, 11.0, 12);
        QCOMPARE(wide.hexX - narrow.hexX, 4 * 7.25);
        QCOMPARE(wide.asciiX - narrow.asciiX, 4 * 7.25);
    }

    void boundaryBetweenNeighbouringBytes()
    {
        const HexLayout l = makeLayout();
        const double y = rowCentre(l, 0);
        const double edge = l.cellRect(1, Hit::Hex, 0).left();
        QCOMPARE(l.cellRect(0, Hit::Hex, 0).right(), edge);
        QCOMPARE(l.hitTest(edge - 0.01, y, 0, 0, 64).offset, quint64(0));
        QCOMPARE(l.hitTest(edge, y, 0, 0, 64).offset, quint64(1));
        QCOMPARE(l.hitTest(edge + 0.01, y, 0, 0, 64).offset, quint64(1));
        const double asciiEdge = l.asciiCharX(5);
        QCOMPARE(l.hitTest(asciiEdge - 0.01, y, 0, 0, 64).offset, quint64(4));
        QCOMPARE(l.hitTest(asciiEdge + 0.01, y, 0, 0, 64).offset, quint64(5));
        QCOMPARE(l.hitTest(asciiEdge, y, 0, 0, 64).area, Hit::Ascii);
    }

    void groupGapSplitsBetweenSevenAndEight()
    {
        const HexLayout l = makeLayout();
        const double y = rowCentre(l, 1);
        const double gapLeft = l.cellRect(7, Hit::Hex, 0).right();
        const double gapRight = l.cellRect(8, Hit::Hex, 0).left();
        QCOMPARE(gapRight - gapLeft, l.charWidth);
        QCOMPARE(l.hitTest(gapLeft + 0.1, y, 0, 0, 64).offset, quint64(16 + 7));
        QCOMPARE(l.hitTest(gapLeft + 0.49 * l.charWidth, y, 0, 0, 64).offset, quint64(16 + 7));
        QCOMPARE(l.hitTest(gapLeft + 0.51 * l.charWidth, y, 0, 0, 64).offset, quint64(16 + 8));
        QCOMPARE(l.hitTest(gapRight - 0.1, y, 0, 0, 64).offset, quint64(16 + 8));
        QCOMPARE(l.hitTest(gapLeft + 0.1, y, 0, 0, 64).area, Hit::Hex);
    }

    void rowsFollowLineHeight()
    {
        const HexLayout l = makeLayout();
        const double x = l.hexDigitX(2);
        QCOMPARE(l.hitTest(x, l.lineHeight - 0.01, 0, 0, 64).offset, quint64(2));
        QCOMPARE(l.hitTest(x, l.lineHeight, 0, 0, 64).offset, quint64(18));
        QCOMPARE(l.hitTest(x, 0, 2, 0, 64).offset, quint64(34)); // Scrolled by two lines.
    }

    void lastPartialLineClampsToLastByte()
    {
        const HexLayout l = makeLayout();
        // 20 bytes: line 1 holds offsets 16..19 only.
        QCOMPARE(l.hitTest(l.hexDigitX(2), rowCentre(l, 1), 0, 0, 20).offset, quint64(18));
        const Hit past = l.hitTest(l.hexDigitX(12), rowCentre(l, 1), 0, 0, 20);
        QCOMPARE(past.area, Hit::Hex);
        QCOMPARE(past.offset, quint64(19));
        QCOMPARE(l.hitTest(l.asciiCharX(15), rowCentre(l, 1), 0, 0, 20).offset, quint64(19));
        QCOMPARE(l.hitTest(l.hexDigitX(0), rowCentre(l, 2), 0, 0, 20).area, Hit::None);
        QCOMPARE(l.hitTest(l.hexDigitX(0), rowCentre(l, 1), 0, 0, 16).area, Hit::None);
    }

    void droppedBytesClampToBegin()
    {
        const HexLayout l = makeLayout();
        const quint64 begin = 1000; // Line 62 starts at 992: columns 0..7 were dropped.
        const quint64 end = 1100;
        const quint64 top = HexLayout::lineOf(begin);
        QCOMPARE(top, quint64(62));
        QCOMPARE(l.hitTest(l.hexDigitX(2), rowCentre(l, 0), top, begin, end).offset, begin);
        QCOMPARE(l.hitTest(l.hexDigitX(9), rowCentre(l, 0), top, begin, end).offset, quint64(1001));
        QCOMPARE(l.hitTest(l.asciiCharX(0), rowCentre(l, 1), top, begin, end).offset,
                 quint64(1008));
        // A view still scrolled to a line the cap has since dropped hits nothing there.
        QCOMPARE(l.hitTest(l.hexDigitX(2), rowCentre(l, 0), top - 1, begin, end).area, Hit::None);
        QCOMPARE(l.hitTest(l.hexDigitX(2), rowCentre(l, 1), top - 1, begin, end).offset, begin);
    }

    void gutterAndMarginsHitNothing()
    {
        const HexLayout l = makeLayout();
        const double y = rowCentre(l, 0);
        for (double x : { 0.0, l.markerX + 0.5, l.offsetX + 1.0, l.areaLeft(Hit::Hex) - 0.01,
                          l.areaRight(Hit::Hex) + 0.01, l.areaLeft(Hit::Ascii) - 0.01,
                          l.areaRight(Hit::Ascii), l.annotationX + 5.0, -3.0 })
            QCOMPARE(l.hitTest(x, y, 0, 0, 64).area, Hit::None);
        QCOMPARE(l.hitTest(l.hexDigitX(0), -0.5, 0, 0, 64).area, Hit::None);
        QCOMPARE(l.hitTest(l.hexDigitX(0), y, 0, 0, 0).area, Hit::None);
        QCOMPARE(l.hitTest(l.areaLeft(Hit::Hex), y, 0, 0, 64).area, Hit::Hex);
    }

    void roundTripEveryByte()
    {
        const HexLayout l = makeLayout();
        const quint64 begin = 3;
        const quint64 end = 87; // Partial first and last lines.
        for (quint64 top : { quint64(0), quint64(2) }) {
            const quint64 first = std::max(begin, HexLayout::lineOffset(top));
            for (quint64 offset = first; offset < end; ++offset) {
                for (Hit::Area area : { Hit::Hex, Hit::Ascii }) {
                    const QRectF r = l.cellRect(offset, area, top);
                    for (const QPointF& p : { r.center(), r.topLeft() + QPointF(0.01, 0.01),
                                              r.bottomRight() - QPointF(0.01, 0.01) }) {
                        const Hit hit = l.hitTest(p.x(), p.y(), top, begin, end);
                        QCOMPARE(hit.area, area);
                        QCOMPARE(hit.offset, offset);
                    }
                }
            }
        }
    }

    void cellRectsFarIntoTheStream()
    {
        const HexLayout l = makeLayout();
        const quint64 offset = (1ull << 50) + 37;
        const quint64 top = HexLayout::lineOf(offset) - 1;
        const QRectF r = l.cellRect(offset, Hit::Hex, top);
        QCOMPARE(r.top(), l.lineHeight);
        const Hit hit = l.hitTest(r.center().x(), r.center().y(), top, offset - 100, offset + 100);
        QCOMPARE(hit.offset, offset);
        QVERIFY(l.cellRect(0, Hit::Hex, 5).top() < 0); // Above the viewport.
    }

    void dragClampsIntoAreaAndData()
    {
        const HexLayout l = makeLayout();
        const double y = rowCentre(l, 1);
        QCOMPARE(l.dragOffset(l.areaRight(Hit::Hex) + 50, y, 0, 0, 64, Hit::Hex), quint64(31));
        QCOMPARE(l.dragOffset(l.markerX, y, 0, 0, 64, Hit::Hex), quint64(16));
        QCOMPARE(l.dragOffset(l.annotationX + 9, y, 0, 0, 64, Hit::Ascii), quint64(31));
        QCOMPARE(l.dragOffset(l.hexDigitX(4), -40, 0, 0, 64, Hit::Hex), quint64(4));
        QCOMPARE(l.dragOffset(l.hexDigitX(4), -10, 3, 0, 64, Hit::Hex), quint64(4 + 32));
        QCOMPARE(l.dragOffset(l.hexDigitX(4), 1e6, 0, 0, 64, Hit::Hex), quint64(52));
        QCOMPARE(l.dragOffset(l.hexDigitX(4), 1e6, 0, 0, 60, Hit::Hex), quint64(52));
        QCOMPARE(l.dragOffset(l.hexDigitX(14), 1e6, 0, 0, 60, Hit::Hex), quint64(59));
        QCOMPARE(l.dragOffset(l.hexDigitX(1), y, 0, 21, 60, Hit::Hex), quint64(21));
    }

    void cursorMovesStayInsideTheData()
    {
        using Move = HexLayout::Move;
        const auto move = [](quint64 cursor, Move m) {
            return HexLayout::moveCursor(cursor, m, 4, 5, 100); // Bytes 5..99, pages of 4 lines.
        };
        QCOMPARE(move(20, Move::Left), quint64(19));
        QCOMPARE(move(5, Move::Left), quint64(5));
        QCOMPARE(move(20, Move::Right), quint64(21));
        QCOMPARE(move(99, Move::Right), quint64(99));
        QCOMPARE(move(40, Move::Up), quint64(24));
        QCOMPARE(move(12, Move::Up), quint64(5)); // The line above holds no kept byte there.
        QCOMPARE(move(40, Move::Down), quint64(56));
        QCOMPARE(move(90, Move::Down), quint64(99));
        QCOMPARE(move(90, Move::PageUp), quint64(26));
        QCOMPARE(move(20, Move::PageUp), quint64(5));
        QCOMPARE(move(20, Move::PageDown), quint64(84));
        QCOMPARE(move(50, Move::PageDown), quint64(99));
        QCOMPARE(move(37, Move::LineStart), quint64(32));
        QCOMPARE(move(9, Move::LineStart), quint64(5));
        QCOMPARE(move(37, Move::LineEnd), quint64(47));
        QCOMPARE(move(97, Move::LineEnd), quint64(99));
        QCOMPARE(move(37, Move::First), quint64(5));
        QCOMPARE(move(37, Move::Last), quint64(99));
        QCOMPARE(HexLayout::moveCursor(0, Move::Right, 1, 0, 1), quint64(0)); // A single byte.
    }

    void visibleLineCounts()
    {
        const HexLayout l = makeLayout(); // 15 px lines.
        QCOMPARE(l.visibleLines(0), 0);
        QCOMPARE(l.visibleLines(15), 1);
        QCOMPARE(l.visibleLines(16), 2);
        QCOMPARE(l.visibleLines(300), 20);
        QCOMPARE(l.fullyVisibleLines(0), 1);
        QCOMPARE(l.fullyVisibleLines(29), 1);
        QCOMPARE(l.fullyVisibleLines(30), 2);
    }

    void printableChars()
    {
        QCOMPARE(spg::ui::printableChar('a'), QChar(u'a'));
        QCOMPARE(spg::ui::printableChar(' '), QChar(u' '));
        QCOMPARE(spg::ui::printableChar('~'), QChar(u'~'));
        QCOMPARE(spg::ui::printableChar(0x7f), QChar(u'.'));
        QCOMPARE(spg::ui::printableChar(0x0a), QChar(u'.'));
        QCOMPARE(spg::ui::printableChar(0xe9), QChar(u'.'));
    }

    void hexDumpMatchesHexdumpC()
    {
        // Expected text produced by `hexdump -C`.
        QCOMPARE(spg::ui::hexDumpText("hello\r\n", 0),
                 QStringLiteral("00000000  68 65 6c 6c 6f 0d 0a                              "
                                "|hello..|\n"));
        QCOMPARE(spg::ui::hexDumpText("0123456789abcdefghijklmnopqrst", 0x20),
                 QStringLiteral("00000020  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  "
                                "|0123456789abcdef|\n"
                                "00000030  67 68 69 6a 6b 6c 6d 6e  6f 70 71 72 73 74        "
                                "|ghijklmnopqrst|\n"));
        QCOMPARE(spg::ui::hexDumpText("ab", 0x123456789ull), // Nine offset digits past 4 GiB.
                 QStringLiteral("123456789  61 62") + QString(45, u' ') + QStringLiteral("|ab|\n"));
        QCOMPARE(spg::ui::hexDumpText({}, 0), QString());
    }

    void cArrays()
    {
        QCOMPARE(spg::ui::cArrayText("hello\r\n"),
                 QStringLiteral("unsigned char data[] = { "
                                "0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x0d, 0x0a };"));
        QCOMPARE(spg::ui::cArrayText(QByteArray(17, '\xff')),
                 QStringLiteral("unsigned char data[] = {\n"
                                "    0xff, 0xff, 0xff, 0xff, 0xff, 0xff, "
                                "0xff, 0xff, 0xff, 0xff, 0xff, 0xff,\n"
                                "    0xff, 0xff, 0xff, 0xff, 0xff\n"
                                "};"));
        QCOMPARE(spg::ui::cArrayText({}), QStringLiteral("unsigned char data[] = { };"));
    }

    void escapedStrings()
    {
        QCOMPARE(spg::ui::escapedText("hello\r\n"), QStringLiteral("\"hello\\r\\n\""));
        QCOMPARE(spg::ui::escapedText(QByteArray("a\0b", 3)), QStringLiteral("\"a\\x00\" \"b\""));
        QCOMPARE(spg::ui::escapedText("\x01z\t\"\\"), QStringLiteral("\"\\x01z\\t\\\"\\\\\""));
        QCOMPARE(spg::ui::escapedText("\xff" "9"), QStringLiteral("\"\\xff\" \"9\""));
        QCOMPARE(spg::ui::escapedText({}), QStringLiteral("\"\""));
    }
};

QTEST_APPLESS_MAIN(TestHexLayout)
#include "test_hex_layout.moc"
