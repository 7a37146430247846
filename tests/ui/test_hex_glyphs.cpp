// The hex view's pre-shaped glyphs: a line's glyphs, gathered by table lookup, are the glyphs
// and positions QTextLayout gives for the same text (hexRunText, asciiRunText, the offset),
// and a painted frame routes selected bytes to the selected ink, drawn over the highlight.
#include "ui/hex_glyphs.h"
#include "ui/hex_source.h"
#include "ui/hex_view.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QTextLayout>
#include <QtTest>
#include <algorithm>

using spg::ui::HexGlyphs;
using spg::ui::HexLayout;
using Hit = HexLayout::Hit;

namespace {

struct Laid {
    QList<quint32> glyphs;
    QList<double> xs;
};

// `text` laid out by Qt's own shaper from `x`, its spaces left out (the grid draws none).
Laid shapedByQt(const QString& text, const QFont& font, double x)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    Laid out;
    for (const QGlyphRun& run : layout.glyphRuns()) {
        const quint32 space = run.rawFont().glyphIndexesForString(QStringLiteral(" ")).value(0);
        for (qsizetype i = 0; i < run.glyphIndexes().size(); ++i) {
            if (run.glyphIndexes()[i] == space)
                continue;
            out.glyphs.append(run.glyphIndexes()[i]);
            out.xs.append(x + run.positions()[i].x());
        }
    }
    return out;
}

Laid gathered(const HexGlyphs& glyphs, HexGlyphs::Ink ink)
{
    const QGlyphRun run = glyphs.frameRun(ink, 0);
    Laid out;
    out.glyphs = run.glyphIndexes();
    for (const QPointF& p : run.positions())
        out.xs.append(p.x());
    return out;
}

bool sameLaid(const Laid& a, const Laid& b)
{
    // std::equal, not QList's ==: Qt 6.4's inline compare passes two empty lists' null data
    // to memcmp, which UBSan (the asan preset) reports.
    if (!std::equal(a.glyphs.begin(), a.glyphs.end(), b.glyphs.begin(), b.glyphs.end())
        || a.xs.size() != b.xs.size())
        return false;
    for (qsizetype i = 0; i < a.xs.size(); ++i)
        if (std::abs(a.xs[i] - b.xs[i]) > 0.01)
            return false;
    return true;
}

} // namespace

class TestHexGlyphs : public QObject {
    Q_OBJECT

private slots:
    void linesMatchQtsOwnShaping()
    {
        const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const QFontMetricsF metrics(font);
        const HexLayout l(metrics.horizontalAdvance(QLatin1Char('0')), 16.0, metrics.ascent(), 9);
        HexGlyphs glyphs;
        glyphs.shape(font, nullptr, QLatin1Char('>'), QLatin1Char('<'));
        QVERIFY(glyphs.isShaped());
        QCOMPARE(glyphs.fonts().size(), std::size_t(1)); // A fixed font has all of ASCII.
        const QByteArray bytes("\x68\x65\x00\xff\x7f GET /\r\n\x01\xab", 16);
        for (int start : { 0, 5, 8, 15 })
            for (int count : { 1, 4, 16 - start }) {
                if (start + count > 16)
                    continue;
                const char* run = bytes.constData() + start;
                glyphs.beginFrame();
                glyphs.addHex(HexGlyphs::Text, l, run, start, count, 12.0);
                glyphs.addAscii(HexGlyphs::SelectedText, l, run, start, count, 12.0);
                QVERIFY2(sameLaid(gathered(glyphs, HexGlyphs::Text),
                                  shapedByQt(spg::ui::hexRunText(run, count, start), font,
                                             l.hexDigitX(start))),
                         qPrintable(QStringLiteral("hex %1+%2").arg(start).arg(count)));
                QVERIFY(sameLaid(
                    gathered(glyphs, HexGlyphs::SelectedText),
                    shapedByQt(spg::ui::asciiRunText(run, count), font, l.asciiCharX(start))));
            }
        glyphs.beginFrame();
        const quint64 lineStart = 0x1234abcd0ULL;
        glyphs.addOffset(l, lineStart, 12.0);
        QVERIFY(sameLaid(gathered(glyphs, HexGlyphs::Offset),
                         shapedByQt(QStringLiteral("%1").arg(lineStart, 9, 16, QLatin1Char('0')),
                                    font, l.offsetX)));
        QCOMPARE(glyphs.frameRun(HexGlyphs::Offset, 0).positions().front().y(), 12.0);
    }

    // Selected bytes take the selected ink, the others the plain one, and the selected text is
    // drawn over the highlight (light pixels inside a selected cell), not hidden under it.
    void selectionTakesItsInk()
    {
        spg::ui::HexView view;
        view.setSource(std::make_shared<spg::ui::BufferHexSource>(QByteArray(32, 'M')));
        view.resize(view.minimumWidth() + 100, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSelection(14, 18); // Five bytes across the line break.
        const QImage image = view.viewport()->grab().toImage();
        const HexGlyphs& g = view.glyphs();
        const auto count = [&](HexGlyphs::Ink ink) {
            return g.frameRun(ink, 0).glyphIndexes().size();
        };
        QCOMPARE(count(HexGlyphs::SelectedText), 5 * 3); // Two digits and a letter a byte.
        QCOMPARE(count(HexGlyphs::Text), 27 * 3);
        QCOMPARE(count(HexGlyphs::Offset), 2 * view.layout().offsetDigits);

        const QColor highlighted = view.palette().color(QPalette::HighlightedText);
        const QColor highlight = view.palette().color(QPalette::Highlight);
        const auto distance = [](const QColor& a, const QColor& b) {
            return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green())
                + std::abs(a.blue() - b.blue());
        };
        const auto inkedLikeSelection = [&](quint64 offset) {
            const QRectF cell = view.layout().cellRect(offset, Hit::Ascii, view.firstVisibleLine());
            const QRect px = QRectF(cell.topLeft() * image.devicePixelRatio(),
                                    cell.size() * image.devicePixelRatio())
                                 .toAlignedRect()
                                 .adjusted(1, 1, -1, -1) // Inside: no neighbour's pixels.
                                 .intersected(image.rect());
            for (int y = px.top(); y <= px.bottom(); ++y)
                for (int x = px.left(); x <= px.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (distance(c, highlighted) < distance(c, highlight))
                        return true;
                }
            return false;
        };
        QVERIFY(inkedLikeSelection(16));
        QVERIFY(inkedLikeSelection(14));
    }
};

QTEST_MAIN(TestHexGlyphs)
#include "test_hex_glyphs.moc"
