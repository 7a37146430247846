// bench_hex_capture: does the hex view's repaint cost depend on how much it shows? A HexView
// (1000x600, shown) over a full 64 MiB core::Capture (filled through append() in 64 KiB
// pieces, alternately received and sent, seen through CaptureHexSource), repainted
// synchronously (viewport()->repaint(), timed with QElapsedTimer) at the top, in the middle
// and at the end; the baseline is the same view over a 4 KiB capture.
//
//   bench_hex_capture [REPAINTS]   repaints per position (default 200)
// Not a test: prints a markdown table on stdout, progress on stderr.
#include "gui_probe.h"

#include "core/engine/capture.h"
#include "ui/hex_source.h"
#include "ui/hex_view.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>

#include <cstdlib>
#include <memory>
#include <vector>

namespace spg::bench {

namespace {

using namespace spg::core;

constexpr std::size_t kPiece = 64 * 1024;

// Varied bytes, so the ASCII column mixes printable characters and dots.
std::vector<unsigned char> pattern(std::size_t n)
{
    std::vector<unsigned char> bytes(n);
    for (std::size_t i = 0; i < n; ++i)
        bytes[i] = static_cast<unsigned char>(i * 31 + i / 251);
    return bytes;
}

std::shared_ptr<Capture> filledCapture(std::size_t bytes)
{
    auto capture = std::make_shared<Capture>(); // The default 64 MiB cap.
    const std::vector<unsigned char> piece = pattern(kPiece);
    CommandId command = 1;
    for (std::size_t done = 0; done < bytes; done += kPiece, ++command) {
        const Direction direction = command % 2 ? Direction::Received : Direction::Sent;
        capture->append(direction, piece.data(), std::min(kPiece, bytes - done), command);
    }
    return capture;
}

// One view per measured position, each its own shown 1000x600 window, so the positions can
// be measured in interleaved rounds: a slow phase of the machine then hits all of them alike.
struct Row {
    std::string name;
    std::unique_ptr<QWidget> window;
    ui::HexView* view = nullptr; // Null for the reference painter.
    std::vector<double> ms;

    QWidget* painted() const { return view ? view->viewport() : window.get(); }
    int lines() const;
    quint64 topLine() const;
};

// What the same picture costs drawn a line at a time: the reference row. It paints what the
// HexView shows at `topLine` (same font, same column positions from the view's HexLayout,
// same tints), but with one fillRect per tinted area and one drawText per column and line
// (offset, hex digits, ASCII) instead of two fillRects and two drawTexts per byte. Markers,
// call boundaries and annotations are left out (they are a few calls per frame at most).
// Not a HexView replacement: a measure of what per-byte drawing costs.
class LinePainter : public QWidget {
public:
    LinePainter(const ui::HexView& model, std::shared_ptr<Capture> capture, quint64 topLine)
        : m_layout(model.layout()), m_capture(std::move(capture)), m_topLine(topLine)
    {
        setFont(model.font());
        m_tint = ui::blendColors(palette().color(QPalette::Base),
                                 palette().color(QPalette::Highlight), 0.22);
    }

    int lastLines = 0;
    quint64 topLine() const { return m_topLine; }

protected:
    void paintEvent(QPaintEvent* event) override
    {
        QPainter painter(this);
        painter.fillRect(event->rect(), palette().color(QPalette::Base));
        const int lines = int(height() / m_layout.lineHeight);
        constexpr int kPerLine = ui::HexLayout::kBytesPerLine;
        QByteArray bytes(lines * kPerLine, Qt::Uninitialized);
        bytes.resize(qsizetype(m_capture->read(ui::HexLayout::lineOffset(m_topLine), bytes.data(),
                                               std::size_t(bytes.size()))));
        QString hex;
        QString ascii;
        for (int i = 0; i < lines && i * kPerLine < bytes.size(); ++i) {
            const double y = i * m_layout.lineHeight;
            const double baseline = y + m_layout.ascent;
            const quint64 lineStart = ui::HexLayout::lineOffset(m_topLine + quint64(i));
            hex.clear();
            ascii.clear();
            const int n = std::min<int>(kPerLine, int(bytes.size()) - i * kPerLine);
            for (int c = 0; c < n; ++c) {
                const auto byte = uchar(bytes[i * kPerLine + c]);
                if (c > 0)
                    hex +=
                        c == ui::HexLayout::kGroupSize ? QLatin1String("  ") : QLatin1String(" ");
                hex += QLatin1Char("0123456789abcdef"[byte >> 4]);
                hex += QLatin1Char("0123456789abcdef"[byte & 15]);
                ascii += ui::printableChar(byte);
            }
            for (const auto area : { ui::HexLayout::Hit::Hex, ui::HexLayout::Hit::Ascii })
                painter.fillRect(QRectF(m_layout.areaLeft(area), y,
                                        m_layout.areaRight(area) - m_layout.areaLeft(area),
                                        m_layout.lineHeight),
                                 m_tint);
            painter.setPen(palette().color(QPalette::WindowText));
            painter.drawText(
                QPointF(m_layout.offsetX, baseline),
                QStringLiteral("%1").arg(lineStart, m_layout.offsetDigits, 16, QLatin1Char('0')));
            painter.drawText(QPointF(m_layout.hexDigitX(0), baseline), hex);
            painter.drawText(QPointF(m_layout.asciiCharX(0), baseline), ascii);
            lastLines = i + 1;
        }
    }

private:
    ui::HexLayout m_layout;
    std::shared_ptr<Capture> m_capture;
    quint64 m_topLine;
    QColor m_tint;
};

int Row::lines() const
{
    return view ? view->lastPaintedLineCount() : static_cast<LinePainter*>(window.get())->lastLines;
}

quint64 Row::topLine() const
{
    return view ? view->firstVisibleLine() : static_cast<LinePainter*>(window.get())->topLine();
}

ui::HexView* addView(std::vector<Row>& rows, std::string name,
                     const std::shared_ptr<Capture>& capture)
{
    auto view = std::make_unique<ui::HexView>();
    ui::HexView* hex = view.get();
    view->setWindowTitle(QString::fromStdString(name));
    view->resize(1000, 600);
    view->setSource(std::make_shared<ui::CaptureHexSource>(capture));
    view->show();
    if (!waitExposed(*view))
        std::fprintf(stderr, "bench_hex_capture: a view was never exposed; measuring anyway\n");
    rows.push_back(Row { std::move(name), std::move(view), hex, {} });
    return hex;
}

void scrollTo(ui::HexView& view, int value)
{
    view.verticalScrollBar()->setValue(value);
}

void pressKey(ui::HexView& view, int key, Qt::KeyboardModifiers modifiers)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers);
    QCoreApplication::sendEvent(&view, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers);
    QCoreApplication::sendEvent(&view, &release);
}

} // namespace

int run(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int repaints = argc > 1 ? std::atoi(argv[1]) : 200;
    if (repaints <= 0) {
        std::fprintf(stderr, "usage: bench_hex_capture [REPAINTS]\n");
        return 2;
    }
    constexpr std::size_t kBig = Capture::kDefaultCap; // 64 MiB: a capture at its cap.
    constexpr std::size_t kSmall = 4096;
    std::fprintf(stderr, "bench_hex_capture: filling %zu MiB in %zu KiB pieces\n", kBig >> 20,
                 kPiece >> 10);
    const auto big = filledCapture(kBig);
    const auto small = filledCapture(kSmall);

    std::vector<Row> rows;
    ui::HexView* view = addView(rows, "4 KiB source, top (baseline)", small);
    scrollTo(*view, 0);
    view = addView(rows, "4 KiB source, end", small);
    scrollTo(*view, view->verticalScrollBar()->maximum());
    view = addView(rows, "64 MiB source, top (scrollbar at 0)", big);
    scrollTo(*view, 0);
    view = addView(rows, "64 MiB source, middle (scrollbar at half)", big);
    scrollTo(*view, view->verticalScrollBar()->maximum() / 2);
    view = addView(rows, "64 MiB source, end (scrollbar at maximum)", big);
    scrollTo(*view, view->verticalScrollBar()->maximum());
    // The keyboard way: Ctrl+Home, then Ctrl+End pages to the end and puts the cursor (a
    // one-byte selection) on the last byte.
    view = addView(rows, "64 MiB source, Ctrl+Home then Ctrl+End (cursor on the last byte)", big);
    pressKey(*view, Qt::Key_Home, Qt::ControlModifier);
    pressKey(*view, Qt::Key_End, Qt::ControlModifier);
    // goToOffset centres the byte, selected.
    view = addView(rows, "64 MiB source, goToOffset(32 MiB) (byte selected, centred)", big);
    view->goToOffset(kBig / 2);
    {
        const ui::HexView& middle = *rows[3].view;
        auto reference = std::make_unique<LinePainter>(middle, big, middle.firstVisibleLine());
        reference->resize(middle.viewport()->size());
        reference->show();
        waitExposed(*reference);
        rows.push_back(Row { "reference, not a HexView: the middle view's lines drawn one "
                             "drawText per column and line",
                             std::move(reference),
                             nullptr,
                             {} });
    }
    settle(200); // Whatever the position changes queued (layouts, updates) happens first.

    for (Row& row : rows) // Warm-up: glyph caches, the first read of these bytes.
        for (int i = 0; i < 10; ++i)
            row.painted()->repaint();
    constexpr int kRounds = 10;
    QElapsedTimer timer;
    for (int round = 0; round < kRounds; ++round) {
        for (Row& row : rows) {
            const int n = repaints / kRounds + (round < repaints % kRounds ? 1 : 0);
            for (int i = 0; i < n; ++i) {
                timer.start();
                row.painted()->repaint();
                row.ms.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        QCoreApplication::processEvents(); // Anything the platform queued meanwhile.
    }
    for (const Row& row : rows)
        std::fprintf(stderr, "  %s: median %.3f ms, max %.3f ms, %d lines from line %llu\n",
                     row.name.c_str(), median(row.ms), percentile(row.ms, 100), row.lines(),
                     static_cast<unsigned long long>(row.topLine()));

    const double base = median(rows.front().ms);
    std::printf("### Hex view repaint: 64 MiB capture vs 4 KiB\n\n");
    std::printf("Platform %s; HexView 1000x600, shown; viewport()->repaint() timed with "
                "QElapsedTimer, %d times per position (one view per position, measured in 10 "
                "interleaved rounds) after 10 warm-up repaints. The 64 MiB "
                "capture was filled through Capture::append in 64 KiB pieces (%zu segments), "
                "alternately received and sent. Ratio: median against the baseline's median.\n\n",
                platformName(), repaints, big->segmentCount());
    std::printf("| view | lines drawn | top line | median ms | p95 ms | max ms | ratio "
                "| target (median ≤ 5 ms) |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        const double med = median(row.ms);
        const bool baseline = &row == &rows.front();
        std::printf("| %s | %d | %llu | %s | %s | %s | %s | %s |\n", row.name.c_str(), row.lines(),
                    static_cast<unsigned long long>(row.topLine()), fixed(med, 3).c_str(),
                    fixed(percentile(row.ms, 95), 3).c_str(),
                    fixed(percentile(row.ms, 100), 3).c_str(),
                    fixed(base > 0 ? med / base : 0, 2).c_str(),
                    baseline       ? "(baseline)"
                        : row.view ? metText(med <= 5)
                                   : "(reference)");
    }
    std::printf("\nPeak resident memory: %s MB.\n", fixed(megabytes(peakRssBytes()), 1).c_str());
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
