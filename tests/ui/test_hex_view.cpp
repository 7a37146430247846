// The hex view and its panel on the offscreen platform: painting only visible lines of a
// 64 MiB stream, selecting by mouse and keyboard, the copy formats, search, go-to, call
// annotations, direction colours, following a growing stream, and bytes dropped by the cap.
#include "core/words/address.h"
#include "core/engine/capture.h"
#include "ui/hex_panel.h"
#include "ui/hex_source.h"
#include "ui/hex_view.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollBar>
#include <QToolButton>
#include <QtTest>

using namespace spg::ui;
using spg::core::CaptureSegment;
using spg::core::Direction;
using Hit = HexLayout::Hit;
using Range = std::pair<quint64, quint64>;

namespace {

constexpr quint64 k64MiB = 64u << 20;

QPoint centreOf(const HexView& view, quint64 offset, Hit::Area area)
{
    return view.layout().cellRect(offset, area, view.firstVisibleLine()).center().toPoint();
}

void click(HexView& view, quint64 offset, Hit::Area area, Qt::KeyboardModifiers mods = {})
{
    QTest::mouseClick(view.viewport(), Qt::LeftButton, mods, centreOf(view, offset, area));
}

// Shows the view with room for `lines` whole lines and waits until it can paint.
bool showWithLines(QWidget& widget, HexView& view, int lines)
{
    const int chrome = widget.height() - view.viewport()->height();
    widget.resize(view.minimumWidth() + 200, chrome + int(lines * view.layout().lineHeight));
    widget.show();
    return QTest::qWaitForWindowExposed(&widget);
}

quint64 fullyVisible(const HexView& view)
{
    return quint64(view.layout().fullyVisibleLines(view.viewport()->height()));
}

bool showsLine(const HexView& view, quint64 line)
{
    return view.firstVisibleLine() <= line && line < view.firstVisibleLine() + fullyVisible(view);
}

spg::core::WallClock::time_point localTime(int h, int m, int s, int ms)
{
    const QDateTime when(QDate(2024, 5, 6), QTime(h, m, s, ms));
    return spg::core::WallClock::time_point(std::chrono::milliseconds(when.toMSecsSinceEpoch()));
}

CaptureSegment segment(quint64 offset, quint64 length, Direction direction,
                       spg::core::WallClock::time_point time, const char* peer = nullptr)
{
    CaptureSegment s;
    s.offset = offset;
    s.length = length;
    s.direction = direction;
    s.time = time;
    if (peer)
        s.peer = spg::core::parseAddress(peer).endpoint.addr;
    return s;
}

// A stream far past what a scrollbar's int can count in lines: 2^40 bytes, 2^36 lines.
class HugeSource : public HexSource {
public:
    static constexpr quint64 kEnd = quint64(1) << 40;
    quint64 begin() const override { return 0; }
    quint64 end() const override { return kEnd; }
    std::size_t read(quint64 offset, void* out, std::size_t len) const override
    {
        const auto n = std::size_t(std::min<quint64>(len, kEnd - std::min(offset, kEnd)));
        for (std::size_t i = 0; i < n; ++i)
            static_cast<char*>(out)[i] = char((offset + i) & 0xff);
        return n;
    }
    std::vector<CaptureSegment> segments(quint64, quint64) const override { return {}; }
    quint64 dropped() const override { return 0; }
};

} // namespace

class TestHexView : public QObject {
    Q_OBJECT

private slots:
    // The header says what this socket lost to its own cap and what to the total budget.
    void headerCountsBudgetDropsApart()
    {
        auto capture = std::make_shared<spg::core::Capture>(100);
        capture->append(spg::core::Direction::Received, std::string(150, 'a').data(), 150, 1);
        capture->trimTo(40); // the budget takes 60 more of the 100 the cap kept
        HexPanel panel;
        panel.setSource(std::make_shared<CaptureHexSource>(capture), QStringLiteral("#1"));
        auto* counts = panel.findChild<QLabel*>(QStringLiteral("counts"));
        QVERIFY(counts);
        QCOMPARE(counts->text(), QStringLiteral("40 bytes · 50 dropped by the capture cap · 60 by the total budget"));
    }

    void paintsOnlyVisibleLinesOf64MiB()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(qsizetype(k64MiB), 'Z')));
        QVERIFY(showWithLines(view, view, 20));
        const quint64 total = HexLayout::lineCount(0, k64MiB);
        QCOMPARE(total, quint64(4u << 20));
        // Following: the newest line is the last whole line on screen.
        QVERIFY(view.follow());
        QCOMPARE(view.firstVisibleLine(), total - fullyVisible(view));
        QCOMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        view.viewport()->repaint();
        QCOMPARE(quint64(view.lastPaintedLineCount()), fullyVisible(view));

        view.verticalScrollBar()->setValue(0);
        QCOMPARE(view.firstVisibleLine(), quint64(0));
        QVERIFY(!view.follow());
        view.viewport()->repaint();
        const int visible = view.layout().visibleLines(view.viewport()->height());
        QCOMPARE(view.lastPaintedLineCount(), visible);
        QVERIFY(visible < 40);

        view.verticalScrollBar()->setValue(1'000'000);
        QCOMPARE(view.firstVisibleLine(), quint64(1'000'000));
        const QImage image = view.viewport()->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(view.lastPaintedLineCount(), visible);
    }

    void scalesTheScrollBarPastIntRange()
    {
        HexView view;
        view.setSource(std::make_shared<HugeSource>());
        QVERIFY(showWithLines(view, view, 20));
        QCOMPARE(view.layout().offsetDigits, 10);
        const quint64 total = HexLayout::lineCount(0, HugeSource::kEnd);
        QCOMPARE(view.firstVisibleLine(), total - fullyVisible(view));
        QScrollBar* bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        const double middle = double(view.firstVisibleLine()) / double(total);
        QVERIFY(middle > 0.49 && middle < 0.51);
        view.viewport()->repaint();
        const int visible = view.layout().visibleLines(view.viewport()->height());
        QCOMPARE(view.lastPaintedLineCount(), visible);
        view.goToOffset(HugeSource::kEnd / 3);
        const quint64 line = HexLayout::lineOf(HugeSource::kEnd / 3);
        QVERIFY(showsLine(view, line));
        bar->setValue(bar->maximum());
        QVERIFY(view.follow());
        QCOMPARE(view.firstVisibleLine(), total - fullyVisible(view));
    }

    void showsALiveCaptureThroughItsCap()
    {
        auto capture = std::make_shared<spg::core::Capture>(4096);
        for (int i = 0; i < 10; ++i) {
            const QByteArray chunk(500, char('A' + i));
            capture->append(i % 2 ? Direction::Sent : Direction::Received, chunk.constData(),
                            std::size_t(chunk.size()), spg::core::CommandId(i));
        }
        auto source = std::make_shared<CaptureHexSource>(capture);
        QCOMPARE(source->begin(), quint64(5000 - 4096));
        QCOMPARE(source->end(), quint64(5000));
        QCOMPARE(source->dropped(), quint64(5000 - 4096));
        HexView view;
        view.setSource(source);
        QVERIFY(view.annotationText(HexLayout::lineOf(4500)).startsWith(QStringLiteral("send ")));
        QVERIFY(view.annotationText(HexLayout::lineOf(4000)).startsWith(QStringLiteral("recv ")));
        QVERIFY(view.findBytes("IIJJ", 0));
        QCOMPARE(view.selection(), Range(4498, 4502));
        QVERIFY(!view.findBytes("AA", 0)); // Dropped by the cap.
        capture->append(Direction::Received, "KKKK", 4, 11);
        view.refresh();
        QCOMPARE(view.end(), quint64(5004));
        QCOMPARE(view.begin(), quint64(5004 - 4096));
    }

    void fontChangeRebuildsTheLayout()
    {
        HexView view;
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QCOMPARE(view.font().family(), fixed.family());
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(100, 'a')));
        const double before = view.layout().charWidth;
        QFont larger = view.font();
        larger.setPointSizeF(larger.pointSizeF() * 2);
        view.setFont(larger);
        QVERIFY(view.layout().charWidth > 1.5 * before);
        QVERIFY(view.minimumWidth() >= int(view.layout().minimumWidth));
    }

    void clickSelectsInBothAreas()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(100, 'a')));
        QVERIFY(showWithLines(view, view, 10));
        click(view, 5, Hit::Hex);
        QCOMPARE(view.selection(), Range(5, 6));
        click(view, 20, Hit::Ascii);
        QCOMPARE(view.selection(), Range(20, 21));
        click(view, 8, Hit::Hex); // Right after the group gap.
        QCOMPARE(view.selection(), Range(8, 9));
        click(view, 99, Hit::Ascii);
        QCOMPARE(view.selection(), Range(99, 100));
        // The gutter selects nothing and keeps the selection.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(view.selection(), Range(99, 100));
    }

    void shiftClickExtendsAcrossAreas()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(100, 'a')));
        QVERIFY(showWithLines(view, view, 10));
        click(view, 20, Hit::Ascii);
        click(view, 30, Hit::Hex, Qt::ShiftModifier);
        QCOMPARE(view.selection(), Range(20, 31));
        click(view, 3, Hit::Ascii, Qt::ShiftModifier); // Backwards from the same anchor.
        QCOMPARE(view.selection(), Range(3, 21));
    }

    void dragSelects()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(100, 'a')));
        QVERIFY(showWithLines(view, view, 10));
        const QPoint from = centreOf(view, 2, Hit::Hex);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        // Past the hex area's right edge: clamps to the end of that line.
        const QPoint to(int(view.layout().annotationX) + 30, centreOf(view, 40, Hit::Hex).y());
        QMouseEvent move(QEvent::MouseMove, QPointF(to), view.viewport()->mapToGlobal(QPointF(to)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
        QCOMPARE(view.selection(), Range(2, 48));
    }

    void keyboardMovesAndExtends()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(1000, 'k')));
        QVERIFY(showWithLines(view, view, 10));
        view.setFollow(false);
        view.verticalScrollBar()->setValue(0);
        click(view, 0, Hit::Hex);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(view.selection(), Range(0, 4));
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selection(), Range(19, 20));
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(view.selection(), Range(31, 32));
        QTest::keyClick(&view, Qt::Key_Home, Qt::ShiftModifier);
        QCOMPARE(view.selection(), Range(16, 32));
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selection(), Range(15, 16));
        QTest::keyClick(&view, Qt::Key_PageDown);
        const quint64 page = 16 * fullyVisible(view);
        QCOMPARE(view.selection(), Range(15 + page, 16 + page));
        QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view.selection(), Range(999, 1000));
        QCOMPARE(view.firstVisibleLine(), HexLayout::lineCount(0, 1000) - fullyVisible(view));
        QTest::keyClick(&view, Qt::Key_Down); // Already on the last byte.
        QCOMPARE(view.selection(), Range(999, 1000));
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view.selection(), Range(0, 1));
        QCOMPARE(view.firstVisibleLine(), quint64(0));
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selection(), Range(0, 1000));
        QTest::keyClick(&view, Qt::Key_Escape);
        QCOMPARE(view.selection().first, view.selection().second);
    }

    void copyFormats()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray("xxhello\r\nyy")));
        QVERIFY(showWithLines(view, view, 10));
        QVERIFY(!view.copySelection(HexView::CopyFormat::HexDump)); // Nothing selected.
        click(view, 2, Hit::Hex);
        click(view, 8, Hit::Ascii, Qt::ShiftModifier);
        QCOMPARE(view.selection(), Range(2, 9));
        QClipboard* clipboard = QGuiApplication::clipboard();

        QVERIFY(view.copySelection(HexView::CopyFormat::CArray));
        QCOMPARE(clipboard->text(), QStringLiteral("unsigned char data[] = { "
                                                   "0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x0d, 0x0a };"));
        QVERIFY(view.copySelection(HexView::CopyFormat::EscapedString));
        QCOMPARE(clipboard->text(), QStringLiteral("\"hello\\r\\n\""));
        QVERIFY(view.copySelection(HexView::CopyFormat::HexDump));
        QCOMPARE(clipboard->text(),
                 QStringLiteral("00000002  68 65 6c 6c 6f 0d 0a                              "
                                "|hello..|\n"));
        QVERIFY(view.copySelection(HexView::CopyFormat::RawBytes));
        QCOMPARE(clipboard->mimeData()->data(QStringLiteral("application/octet-stream")),
                 QByteArray("hello\r\n"));
        QCOMPARE(clipboard->text(), QStringLiteral("hello\r\n"));

        clipboard->clear();
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier); // Ctrl+C: the hex dump.
        QVERIFY(clipboard->text().startsWith(QStringLiteral("00000002  68 65")));
    }

    void findBytesFindsAndWraps()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray("hello\r\nhello\r\n")));
        const QByteArray ll = HexPanel::parseNeedle(QStringLiteral("6c 6c")).bytes;
        QCOMPARE(ll, QByteArray("ll"));
        QVERIFY(view.findBytes(ll, 0));
        QCOMPARE(view.selection(), Range(2, 4));
        QVERIFY(view.findBytes(ll, 3));
        QCOMPARE(view.selection(), Range(9, 11));
        QVERIFY(view.findBytes(ll, 10)); // Wraps to the first.
        QCOMPARE(view.selection(), Range(2, 4));
        QVERIFY(view.findBytes("o\r\nh", 5)); // The only match starts before `from`.
        QCOMPARE(view.selection(), Range(4, 8));
        QVERIFY(!view.findBytes("zz", 0));
        QVERIFY(!view.findBytes({}, 0));
        QCOMPARE(view.selection(), Range(4, 8)); // A miss keeps the selection.
    }

    void findAcrossChunkSeamIn64MiB()
    {
        HexView view;
        QByteArray bytes(qsizetype(k64MiB), '\0');
        const QByteArray needle("\xde\xad\xbe\xef");
        const qsizetype seam = 1 << 20; // The search reads 1 MiB chunks.
        bytes.replace(seam - 2, needle.size(), needle);
        bytes.replace(bytes.size() - 4, needle.size(), needle);
        view.setSource(std::make_shared<BufferHexSource>(bytes));
        QVERIFY(showWithLines(view, view, 20));
        QVERIFY(view.findBytes(needle, 0));
        QCOMPARE(view.selection(), Range(seam - 2, seam + 2));
        const quint64 line = HexLayout::lineOf(seam - 2);
        QVERIFY(showsLine(view, line));
        QVERIFY(view.findBytes(needle, seam - 1));
        QCOMPARE(view.selection(), Range(k64MiB - 4, k64MiB));
        QVERIFY(view.findBytes(needle, k64MiB - 3));
        QCOMPARE(view.selection(), Range(seam - 2, seam + 2));
    }

    void goToOffsetScrollsIntoView()
    {
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(1 << 20, 'g')));
        QVERIFY(showWithLines(view, view, 12));
        view.goToOffset(40000);
        QCOMPARE(view.selection(), Range(40000, 40001));
        const quint64 line = 40000 / 16;
        QVERIFY(showsLine(view, line));
        QVERIFY(!view.follow());
        view.goToOffset(5);
        QCOMPARE(view.firstVisibleLine(), quint64(0));
        view.goToOffset(quint64(1) << 40); // Past the end: the last byte.
        QCOMPARE(view.selection(), Range((1 << 20) - 1, 1 << 20));
        QVERIFY(view.follow());
    }

    void annotationsDescribeCalls()
    {
        const std::vector<CaptureSegment> segments {
            segment(0, 5, Direction::Received, localTime(12, 1, 2, 345)),
            segment(5, 27, Direction::Sent, localTime(12, 1, 2, 346), "127.0.0.1:5000"),
            segment(32, 8, Direction::Received, localTime(12, 1, 2, 347)),
            segment(40, 0, Direction::Sent, localTime(12, 1, 2, 348)), // Empty: no label.
            segment(40, 2, Direction::Received, localTime(12, 1, 2, 349), "[::1]:9"),
        };
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(QByteArray(42, 'n'), segments));
        QCOMPARE(view.annotationText(0),
                 QStringLiteral("recv 12:01:02.345 · send 12:01:02.346 to 127.0.0.1:5000"));
        QCOMPARE(view.annotationText(1), QString());
        QCOMPARE(view.annotationText(2),
                 QStringLiteral("recv 12:01:02.347 · recv 12:01:02.349 from [::1]:9"));
        QCOMPARE(view.annotationText(3), QString());
        QCOMPARE(view.hexDumpText(0, 3), QStringLiteral("6e 6e 6e"));
        QVERIFY(view.isReceived(0));
        QVERIFY(!view.isReceived(5));
        QVERIFY(view.isReceived(41));
        QVERIFY(!view.isReceived(42)); // Past the end.
    }

    void slicesCarryEachBytesDirection()
    {
        const auto t = localTime(9, 0, 0, 0);
        const BufferHexSource source(QByteArray("abcdefgh"),
                                     { segment(2, 3, Direction::Sent, t),
                                       segment(5, 2, Direction::Received, t) });
        const HexSlice slice = readSlice(source, 1, 9);
        QCOMPARE(slice.from, quint64(1));
        QCOMPARE(slice.bytes, QByteArray("bcdefgh"));
        const std::vector<HexSlice::Kind> expected { HexSlice::Unknown,  HexSlice::Sent,
                                                     HexSlice::Sent,     HexSlice::Sent,
                                                     HexSlice::Received, HexSlice::Received,
                                                     HexSlice::Unknown,  HexSlice::Unknown };
        QVERIFY(slice.kinds == expected); // The last kind has no byte: past the end.
        QCOMPARE(slice.segments.size(), std::size_t(2));
        QVERIFY(readSlice(source, 4, 4).kinds.empty());
    }

    void directionsPaintDifferentTints()
    {
        const auto t = localTime(9, 0, 0, 0);
        HexView view;
        view.setSource(std::make_shared<BufferHexSource>(
            QByteArray(32, 'd'), std::vector { segment(0, 5, Direction::Received, t),
                                               segment(5, 11, Direction::Sent, t) }));
        QVERIFY(showWithLines(view, view, 6));
        const QImage image = view.viewport()->grab().toImage();
        QCOMPARE(view.lastPaintedLineCount(), 2);
        const auto sample = [&](quint64 offset, Hit::Area area) {
            const QRectF cell = view.layout().cellRect(offset, area, view.firstVisibleLine());
            // Beside the glyphs: the hex cell's left padding, the ASCII cell's bottom row.
            const double x = area == Hit::Hex ? cell.left() + 2 : cell.center().x();
            const QPointF p(x, cell.bottom() - 1);
            return image.pixelColor((p * image.devicePixelRatio()).toPoint());
        };
        const QColor base = view.palette().color(QPalette::Base);
        QVERIFY(sample(2, Hit::Hex) != sample(8, Hit::Hex));
        QVERIFY(sample(2, Hit::Hex) != base);
        QVERIFY(sample(8, Hit::Hex) != base);
        QCOMPARE(sample(20, Hit::Hex), base); // No segment covers it.
    }

    void followStaysAtBottomAsDataGrows()
    {
        auto source = std::make_shared<BufferHexSource>();
        HexView view;
        view.setSource(source);
        QVERIFY(showWithLines(view, view, 8));
        QSignalSpy followChanges(&view, &HexView::followChanged);
        for (int i = 0; i < 40; ++i) {
            const Direction direction = i % 2 ? Direction::Sent : Direction::Received;
            source->append(QByteArray(40, char('a' + i % 26)), direction);
            view.refresh();
            const quint64 lines = HexLayout::lineCount(0, source->end());
            const quint64 page = fullyVisible(view);
            QCOMPARE(view.firstVisibleLine(), lines > page ? lines - page : 0);
        }
        QVERIFY(view.follow());
        QCOMPARE(followChanges.count(), 0);

        view.verticalScrollBar()->setValue(3); // Scrolling away stops following.
        QVERIFY(!view.follow());
        QCOMPARE(followChanges.count(), 1);
        source->append(QByteArray(500, 'z'), Direction::Received);
        view.refresh();
        QCOMPARE(view.firstVisibleLine(), quint64(3));

        view.setFollow(true);
        const quint64 lines = HexLayout::lineCount(0, source->end());
        QCOMPARE(view.firstVisibleLine(), lines - fullyVisible(view));
        QCOMPARE(followChanges.count(), 2);
    }

    void droppedBytesKeepTheViewStill()
    {
        auto source = std::make_shared<BufferHexSource>(QByteArray(1600, 'q'));
        HexView view;
        view.setSource(source);
        QVERIFY(showWithLines(view, view, 8));
        view.setSelection(70, 90);
        view.verticalScrollBar()->setValue(10);
        QCOMPARE(view.firstVisibleLine(), quint64(10));
        QVERIFY(!view.follow());
        source->dropTo(64); // Four lines go; the same bytes stay on screen.
        view.refresh();
        QCOMPARE(view.firstVisibleLine(), quint64(10));
        QCOMPARE(view.verticalScrollBar()->value(), 6);
        QCOMPARE(view.selection(), Range(70, 91));
        source->dropTo(80);
        view.refresh();
        QCOMPARE(view.selection(), Range(80, 91)); // Partly dropped: the rest stays.
        source->dropTo(330);
        view.refresh();
        QCOMPARE(view.firstVisibleLine(), quint64(20));
        QCOMPARE(view.selection().first, view.selection().second);
        // A click on a dropped cell of the first line selects the oldest kept byte.
        view.verticalScrollBar()->setValue(0);
        click(view, 321, Hit::Hex);
        QCOMPARE(view.selection(), Range(330, 331));
    }

    void panelParsesNeedlesAndOffsets()
    {
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("68 65 6c")).bytes, QByteArray("hel"));
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("0x68,0x65")).bytes, QByteArray("he"));
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral(" 68656C ")).bytes, QByteArray("hel"));
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("\"hello\"")).bytes, QByteArray("hello"));
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("\"a\\r\\n\\\"\"")).bytes,
                 QByteArray("a\r\n\""));
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("\"\\x01\" \"a\"")).bytes,
                 QByteArray("\x01" "a"));
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("\"é\"")).bytes, QByteArray("\xc3\xa9"));
        for (const char* bad : { "6g", "686", "0x", "\"abc", "\"a\\q\"", "\"a\" b", "", "\"\"" })
            QVERIFY2(!HexPanel::parseNeedle(QString::fromUtf8(bad)).error.isEmpty(), bad);
        QCOMPARE(HexPanel::parseNeedle(QStringLiteral("6g")).error,
                 QStringLiteral("'g' at column 2 is not a hex digit")); // The call form's words.

        QCOMPARE(HexPanel::parseOffset(QStringLiteral("1234")), std::optional<quint64>(1234));
        QCOMPARE(HexPanel::parseOffset(QStringLiteral(" 0x4d2 ")), std::optional<quint64>(1234));
        QCOMPARE(HexPanel::parseOffset(QStringLiteral("0X4D2")), std::optional<quint64>(1234));
        for (const char* bad : { "", "-1", "+1", "12a", "0x", "0xg", "1 2" })
            QVERIFY2(!HexPanel::parseOffset(QString::fromLatin1(bad)), bad);
    }

    void panelFindsGoesToAndCounts()
    {
        HexPanel panel;
        panel.setSource(std::make_shared<BufferHexSource>(QByteArray("hello\r\nhello\r\n"), 
                                                          std::vector<CaptureSegment> {}, 1000),
                        QStringLiteral("#1 fd 5"));
        QVERIFY(showWithLines(panel, *panel.view(), 8));
        auto* find = panel.findChild<QLineEdit*>(QStringLiteral("find"));
        auto* goTo = panel.findChild<QLineEdit*>(QStringLiteral("goToOffset"));
        auto* error = panel.findChild<QLabel*>(QStringLiteral("error"));
        auto* counts = panel.findChild<QLabel*>(QStringLiteral("counts"));
        QVERIFY(find && goTo && error && counts);

        QTest::keyClicks(find, QStringLiteral("6c 6c"));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(panel.view()->selection(), Range(1002, 1004));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(panel.view()->selection(), Range(1009, 1011));
        QTest::keyClick(find, Qt::Key_Return);
        QCOMPARE(panel.view()->selection(), Range(1002, 1004));
        QVERIFY(error->isHidden());
        find->clear();
        QTest::keyClicks(find, QStringLiteral("6x"));
        QTest::keyClick(find, Qt::Key_Return);
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), QStringLiteral("'x' at column 2 is not a hex digit"));

        QTest::keyClicks(goTo, QStringLiteral("0x3f0")); // 1008; typing clears the error.
        QVERIFY(error->isHidden());
        QTest::keyClick(goTo, Qt::Key_Return);
        QCOMPARE(panel.view()->selection(), Range(1008, 1009));
        goTo->clear();
        QTest::keyClicks(goTo, QStringLiteral("12"));
        QTest::keyClick(goTo, Qt::Key_Return);
        QCOMPARE(error->text(), QStringLiteral("Offset 12 was dropped by the capture cap"));

        const QLocale locale = counts->locale();
        QCOMPARE(counts->text(), QStringLiteral("%1 bytes · %2 dropped by the capture cap")
                                     .arg(locale.toString(14), locale.toString(1000)));
        QVERIFY(counts->palette().color(QPalette::WindowText)
                != panel.palette().color(QPalette::WindowText));
        panel.setSource(std::make_shared<BufferHexSource>(QByteArray(3, 'x')),
                        QStringLiteral("#2"));
        QCOMPARE(counts->text(), QStringLiteral("%1 bytes · 0 dropped by the capture cap").arg(3));
        QCOMPARE(counts->palette().color(QPalette::WindowText),
                 panel.palette().color(QPalette::WindowText));
    }

    void panelFollowToggle()
    {
        HexPanel panel;
        panel.setSource(std::make_shared<BufferHexSource>(QByteArray(4000, 'f')),
                        QStringLiteral("#3"));
        QVERIFY(showWithLines(panel, *panel.view(), 8));
        auto* follow = panel.findChild<QToolButton*>(QStringLiteral("follow"));
        QVERIFY(follow && follow->isChecked());
        panel.view()->verticalScrollBar()->setValue(0);
        QVERIFY(!follow->isChecked());
        follow->click();
        QVERIFY(panel.view()->follow());
        const QScrollBar* bar = panel.view()->verticalScrollBar();
        QCOMPARE(bar->value(), bar->maximum());
        follow->click();
        QVERIFY(!panel.view()->follow());
    }
};

QTEST_MAIN(TestHexView)
#include "test_hex_view.moc"
