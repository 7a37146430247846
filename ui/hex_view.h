// A hex and ASCII view of one capture stream: the scrollbar counts lines, painting reads and
// draws only the visible lines, sent and received bytes differ by tint and marker, and each
// call's first byte gets a rule and a timestamp. GUI thread only.
#pragma once

#include "hex_glyphs.h"
#include "hex_layout.h"
#include "hex_source.h"

#include <QAbstractScrollArea>
#include <QColor>

#include <array>
#include <memory>
#include <utility>
#include <vector>

class QMimeData;

namespace spg::ui {

class HexView : public QAbstractScrollArea {
    Q_OBJECT

public:
    enum class CopyFormat { HexDump, CArray, EscapedString, RawBytes };
    // Text forms of larger selections would run to hundreds of megabytes: refused instead.
    static constexpr quint64 kMaxCopyBytes = 16u << 20;

    explicit HexView(QWidget* parent = nullptr);
    ~HexView() override;

    void setSource(std::shared_ptr<HexSource> source);
    const std::shared_ptr<HexSource>& source() const { return m_source; }
    // Re-reads the source's range after bytes arrived or were dropped.
    void refresh();
    quint64 begin() const { return m_begin; } // As of the last refresh().
    quint64 end() const { return m_end; }

    // Following keeps the newest line in view as bytes arrive. Scrolling to the bottom turns
    // it on, scrolling away turns it off.
    bool follow() const { return m_follow; }
    void setFollow(bool follow);

    // The selected range [first, end); empty when nothing is selected.
    std::pair<quint64, quint64> selection() const;
    void setSelection(quint64 anchor, quint64 cursor);
    void selectAll();
    void clearSelection();
    bool copySelection(CopyFormat format) const;

    // Selects and shows the next match starting at or after `from`, wrapping around.
    bool findBytes(const QByteArray& needle, quint64 from);
    void goToOffset(quint64 offset);

    const HexLayout& layout() const { return m_layout; }
    const HexGlyphs& glyphs() const { return m_glyphs; } // Holding the last frame's glyphs.
    quint64 firstVisibleLine() const { return m_topLine; } // Absolute line number.
    int lastPaintedLineCount() const { return m_lastPaintedLineCount; }
    // What the annotation column says for a line: its calls' directions, times and peers.
    QString annotationText(quint64 line) const;
    // The hex digits shown for [offset, offset + length): "68 65 6c".
    QString hexDumpText(quint64 offset, quint64 length) const;
    bool isReceived(quint64 offset) const; // Tinted as received: a received call holds it.

    QSize sizeHint() const override;

signals:
    void selectionChanged();
    void followChanged(bool follow);
    void rangeChanged(); // begin(), end() or the source's dropped() count may have moved.

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    // Colours derived from the palette, so light and dark themes both read well.
    struct Colors {
        QColor sentTint, receivedTint, sentMarker, receivedMarker, dim, rule, cursor;
    };

    void rebuildLayout();
    void rebuildColors();
    void updateScrollBars();
    quint64 pageLines() const; // Whole lines in the viewport: one page.
    quint64 bottomLine() const;
    void scrollToLine(quint64 line);
    void updateFollow(bool atBottom);
    void ensureVisible(quint64 offset);
    void moveCursorTo(quint64 offset, bool extend);

    void paintLine(QPainter& painter, quint64 line, const HexSlice& slice);
    void paintBytes(QPainter& painter, quint64 line, double y, const HexSlice& slice);
    void paintBoundary(QPainter& painter, quint64 offset) const;
    void paintCursor(QPainter& painter) const;
    QMimeData* selectionMimeData(CopyFormat format) const;

    std::shared_ptr<HexSource> m_source;
    quint64 m_begin = 0;
    quint64 m_end = 0;
    HexLayout m_layout;
    HexGlyphs m_glyphs; // Shaped with the layout, from the same font.
    Colors m_colors;
    QString m_sentMarker;
    QString m_receivedMarker;

    quint64 m_topLine = 0;     // Absolute line at the top of the viewport.
    quint64 m_scrollScale = 1; // Lines per scrollbar step; above 1 only past 2^31 lines.
    bool m_syncingScrollBar = false;
    bool m_follow = true;

    quint64 m_anchor = 0;
    quint64 m_cursor = 0;
    bool m_hasSelection = false;
    HexLayout::Hit::Area m_cursorArea = HexLayout::Hit::Hex;
    HexLayout::Hit::Area m_dragArea = HexLayout::Hit::None;

    int m_lastPaintedLineCount = 0;
};

// Mixes `b` into `a`; t = 0 gives a, t = 1 gives b.
QColor blendColors(const QColor& a, const QColor& b, double t);

} // namespace spg::ui
