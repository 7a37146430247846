// The hex view widget. Geometry comes from HexLayout, bytes from HexSource; this file only
// turns them into pixels and turns input into a selection.
#include "hex_view.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>
#include <cmath>

namespace spg::ui {

using Hit = HexLayout::Hit;
constexpr int kBytesPerLine = HexLayout::kBytesPerLine;

namespace {

// Faint tints keep the text on top at full contrast in light and dark palettes alike.
constexpr double kTint = 0.22;
constexpr double kMarkerMix = 0.7;
const QColor kSentAccent(0xe0, 0x8a, 0x1e); // Amber: far from the usual blue highlight.

} // namespace

QColor blendColors(const QColor& a, const QColor& b, double t)
{
    const auto f = float(t);
    const auto mix = [f](float x, float y) { return x + (y - x) * f; };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
                            mix(a.blueF(), b.blueF()));
}

HexView::HexView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    // Always shown: its width is part of the minimum width, so it must not come and go.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    rebuildColors();
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rebuildLayout(); // setFont() sends no FontChange when the font happens to be the same.
}

HexView::~HexView() = default;

void HexView::setSource(std::shared_ptr<HexSource> source)
{
    m_source = std::move(source);
    m_begin = m_end = m_topLine = m_anchor = m_cursor = 0;
    m_hasSelection = false;
    refresh();
    setFollow(true);
    emit selectionChanged();
}

void HexView::refresh()
{
    const auto before = selection();
    m_begin = m_source ? m_source->begin() : 0;
    m_end = m_source ? std::max(m_source->end(), m_begin) : 0;
    // The cap may have dropped selected bytes: keep what survives.
    const quint64 last = m_end > m_begin ? m_end - 1 : m_begin;
    if (m_end <= m_begin || std::max(m_anchor, m_cursor) < m_begin)
        m_hasSelection = false;
    m_anchor = std::clamp(m_anchor, m_begin, last);
    m_cursor = std::clamp(m_cursor, m_begin, last);
    if (HexLayout::offsetDigitsFor(m_end) != m_layout.offsetDigits)
        rebuildLayout();
    else
        updateScrollBars();
    viewport()->update();
    if (selection() != before)
        emit selectionChanged();
    emit rangeChanged();
}

void HexView::rebuildLayout()
{
    // Metrics for the viewport's device, so they follow the DPI of the screen it is on.
    const QFontMetricsF metrics(font(), viewport());
    // Whole-pixel lines keep rules and selection edges crisp; columns may fall between pixels.
    const double lineHeight = std::ceil(metrics.lineSpacing());
    m_layout = HexLayout(metrics.horizontalAdvance(QLatin1Char('0')), lineHeight, metrics.ascent(),
                         HexLayout::offsetDigitsFor(m_end));
    // Triangles only when the font has them: fallback glyphs come in other widths.
    const bool triangles = metrics.inFontUcs4(0x25b6) && metrics.inFontUcs4(0x25c0);
    m_sentMarker = triangles ? QString(QChar(0x25b6)) : QStringLiteral(">");
    m_receivedMarker = triangles ? QString(QChar(0x25c0)) : QStringLiteral("<");
    m_glyphs.shape(font(), viewport(), m_sentMarker.front(), m_receivedMarker.front());
    setMinimumWidth(int(std::ceil(m_layout.minimumWidth)) + verticalScrollBar()->sizeHint().width()
                    + 2 * frameWidth());
    updateScrollBars();
    viewport()->update();
}

void HexView::rebuildColors()
{
    const QPalette& p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor text = p.color(QPalette::Text);
    const QColor received = p.color(QPalette::Highlight);
    m_colors.receivedTint = blendColors(base, received, kTint);
    m_colors.sentTint = blendColors(base, kSentAccent, kTint);
    m_colors.receivedMarker = blendColors(text, received, kMarkerMix);
    m_colors.sentMarker = blendColors(text, kSentAccent, kMarkerMix);
    m_colors.dim = blendColors(text, base, 0.45);
    m_colors.rule = blendColors(text, base, 0.35);
    m_colors.cursor = text;
}

QSize HexView::sizeHint() const
{
    const double width = m_layout.annotationX + 40 * m_layout.charWidth;
    return { int(std::ceil(width)) + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
             int(24 * m_layout.lineHeight) + 2 * frameWidth() };
}

// Scrolling. The scrollbar counts lines relative to the first kept line; m_topLine stays
// absolute so the view holds still while the cap drops bytes above it.

quint64 HexView::pageLines() const
{
    return quint64(m_layout.fullyVisibleLines(viewport()->height()));
}

quint64 HexView::bottomLine() const
{
    const quint64 count = HexLayout::lineCount(m_begin, m_end);
    const quint64 page = pageLines();
    return HexLayout::lineOf(m_begin) + (count > page ? count - page : 0);
}

void HexView::updateScrollBars()
{
    const quint64 first = HexLayout::lineOf(m_begin);
    const quint64 bottom = bottomLine();
    const quint64 page = pageLines();
    m_scrollScale = (bottom - first) / INT_MAX + 1; // QScrollBar holds an int.
    m_topLine = m_follow ? bottom : std::clamp(m_topLine, first, bottom);
    QScrollBar* bar = verticalScrollBar();
    m_syncingScrollBar = true;
    bar->setRange(0, int((bottom - first) / m_scrollScale));
    bar->setPageStep(int(std::max<quint64>(1, page / m_scrollScale)));
    bar->setValue(m_topLine == bottom ? bar->maximum() : int((m_topLine - first) / m_scrollScale));
    m_syncingScrollBar = false;
}

void HexView::scrollContentsBy(int, int)
{
    if (m_syncingScrollBar)
        return;
    const QScrollBar* bar = verticalScrollBar();
    const bool atBottom = bar->value() == bar->maximum();
    m_topLine = atBottom ? bottomLine()
                         : HexLayout::lineOf(m_begin) + quint64(bar->value()) * m_scrollScale;
    updateFollow(atBottom);
    viewport()->update();
}

void HexView::scrollToLine(quint64 line)
{
    const quint64 first = HexLayout::lineOf(m_begin);
    const quint64 bottom = bottomLine();
    m_topLine = std::clamp(line, first, bottom);
    QScrollBar* bar = verticalScrollBar();
    m_syncingScrollBar = true;
    bar->setValue(m_topLine == bottom ? bar->maximum() : int((m_topLine - first) / m_scrollScale));
    m_syncingScrollBar = false;
    updateFollow(m_topLine == bottom);
    viewport()->update();
}

void HexView::updateFollow(bool atBottom)
{
    if (atBottom == m_follow)
        return;
    m_follow = atBottom;
    emit followChanged(m_follow);
}

void HexView::setFollow(bool follow)
{
    if (follow)
        scrollToLine(bottomLine()); // Reaching the bottom is what turns following on.
    else
        updateFollow(false);
}

void HexView::ensureVisible(quint64 offset)
{
    const quint64 line = HexLayout::lineOf(offset);
    const quint64 page = pageLines();
    if (line < m_topLine)
        scrollToLine(line);
    else if (line >= m_topLine + page)
        scrollToLine(line - page + 1);
}

void HexView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

bool HexView::event(QEvent* event)
{
    // Qt 6.4 has no DevicePixelRatioChange yet; a move to another screen arrives as this.
    if (event->type() == QEvent::ScreenChangeInternal)
        rebuildLayout();
    return QAbstractScrollArea::event(event);
}

void HexView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        rebuildLayout();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        rebuildColors();
        viewport()->update();
    }
}

// Selection.

std::pair<quint64, quint64> HexView::selection() const
{
    if (!m_hasSelection)
        return { m_cursor, m_cursor };
    return { std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor) + 1 };
}

void HexView::setSelection(quint64 anchor, quint64 cursor)
{
    if (m_end <= m_begin)
        return;
    m_anchor = std::clamp(anchor, m_begin, m_end - 1);
    m_cursor = std::clamp(cursor, m_begin, m_end - 1);
    m_hasSelection = true;
    ensureVisible(m_cursor);
    viewport()->update();
    emit selectionChanged();
}

void HexView::moveCursorTo(quint64 offset, bool extend)
{
    setSelection(extend && m_hasSelection ? m_anchor : offset, offset);
}

void HexView::selectAll()
{
    if (m_end <= m_begin)
        return;
    m_anchor = m_begin;
    m_cursor = m_end - 1;
    m_hasSelection = true;
    viewport()->update();
    emit selectionChanged();
}

void HexView::clearSelection()
{
    if (!m_hasSelection)
        return;
    m_hasSelection = false;
    viewport()->update();
    emit selectionChanged();
}

bool HexView::findBytes(const QByteArray& needle, quint64 from)
{
    if (!m_source)
        return false;
    const std::optional<quint64> at = findInSource(*m_source, needle, from);
    if (!at)
        return false;
    const quint64 matchEnd = *at + quint64(needle.size());
    if (*at < m_begin || matchEnd > m_end)
        refresh(); // The search saw bytes newer than the last refresh.
    setSelection(*at, matchEnd - 1);
    ensureVisible(*at); // A match across a line break shows from its start.
    return true;
}

void HexView::goToOffset(quint64 offset)
{
    if (m_end <= m_begin)
        return;
    m_anchor = m_cursor = std::clamp(offset, m_begin, m_end - 1);
    m_hasSelection = true;
    const quint64 line = HexLayout::lineOf(m_cursor);
    const quint64 page = pageLines();
    if (line < m_topLine || line >= m_topLine + page)
        scrollToLine(line - std::min(line, page / 2)); // Centred, with context around it.
    viewport()->update();
    emit selectionChanged();
}

QString HexView::annotationText(quint64 line) const
{
    if (!m_source)
        return {};
    const quint64 from = HexLayout::lineOffset(line);
    const quint64 to = from + kBytesPerLine;
    return segmentLabels(m_source->segments(from, to), from, to);
}

QString HexView::hexDumpText(quint64 offset, quint64 length) const
{
    if (!m_source)
        return {};
    QByteArray bytes(qsizetype(std::min(length, kMaxCopyBytes)), Qt::Uninitialized);
    bytes.resize(qsizetype(m_source->read(offset, bytes.data(), std::size_t(bytes.size()))));
    return QString::fromLatin1(bytes.toHex(' '));
}

bool HexView::isReceived(quint64 offset) const
{
    if (!m_source)
        return false;
    return readSlice(*m_source, offset, offset + 1).kinds.front() == HexSlice::Received;
}

// Copying.

QMimeData* HexView::selectionMimeData(CopyFormat format) const
{
    const auto [first, last] = selection();
    if (!m_source || last <= first || last - first > kMaxCopyBytes)
        return nullptr;
    QByteArray bytes(qsizetype(last - first), Qt::Uninitialized);
    bytes.resize(qsizetype(m_source->read(first, bytes.data(), std::size_t(bytes.size()))));
    auto* mime = new QMimeData;
    switch (format) {
    case CopyFormat::HexDump:
        mime->setText(ui::hexDumpText(bytes, first)); // The free function, not the member.
        break;
    case CopyFormat::CArray:
        mime->setText(cArrayText(bytes));
        break;
    case CopyFormat::EscapedString:
        mime->setText(escapedText(bytes));
        break;
    case CopyFormat::RawBytes:
        mime->setData(QStringLiteral("application/octet-stream"), bytes);
        mime->setText(QString::fromLatin1(bytes));
        break;
    }
    return mime;
}

bool HexView::copySelection(CopyFormat format) const
{
    QMimeData* mime = selectionMimeData(format);
    if (!mime)
        return false;
    QGuiApplication::clipboard()->setMimeData(mime); // The clipboard takes ownership.
    return true;
}

// Input.

void HexView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPointF p = event->position();
    const Hit hit = m_layout.hitTest(p.x(), p.y(), m_topLine, m_begin, m_end);
    m_dragArea = hit.area;
    if (hit.area == Hit::None)
        return;
    m_cursorArea = hit.area;
    moveCursorTo(hit.offset, event->modifiers() & Qt::ShiftModifier);
}

void HexView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragArea == Hit::None || !(event->buttons() & Qt::LeftButton))
        return;
    // Dragging past the viewport's edge scrolls, because the cursor is kept in view.
    const QPointF p = event->position();
    moveCursorTo(m_layout.dragOffset(p.x(), p.y(), m_topLine, m_begin, m_end, m_dragArea), true);
}

void HexView::mouseReleaseEvent(QMouseEvent*)
{
    m_dragArea = Hit::None;
}

void HexView::keyPressEvent(QKeyEvent* event)
{
    using Move = HexLayout::Move;
    if (m_end <= m_begin)
        return QAbstractScrollArea::keyPressEvent(event);
    if (event == QKeySequence::SelectAll)
        return selectAll();
    if (event == QKeySequence::Copy) {
        copySelection(CopyFormat::HexDump);
        return;
    }
    const bool wholeStream = event->modifiers() & Qt::ControlModifier;
    Move move = Move::Left;
    switch (event->key()) {
    case Qt::Key_Left: move = Move::Left; break;
    case Qt::Key_Right: move = Move::Right; break;
    case Qt::Key_Up: move = Move::Up; break;
    case Qt::Key_Down: move = Move::Down; break;
    case Qt::Key_PageUp: move = Move::PageUp; break;
    case Qt::Key_PageDown: move = Move::PageDown; break;
    case Qt::Key_Home: move = wholeStream ? Move::First : Move::LineStart; break;
    case Qt::Key_End: move = wholeStream ? Move::Last : Move::LineEnd; break;
    case Qt::Key_Escape: return clearSelection();
    default: return QAbstractScrollArea::keyPressEvent(event);
    }
    const quint64 page = pageLines();
    // Paging moves the view with the cursor, so the cursor keeps its row on screen.
    if (move == Move::PageDown)
        scrollToLine(m_topLine + page);
    else if (move == Move::PageUp)
        scrollToLine(m_topLine - std::min(m_topLine, page));
    moveCursorTo(HexLayout::moveCursor(m_cursor, move, page, m_begin, m_end),
                 event->modifiers() & Qt::ShiftModifier);
}

void HexView::contextMenuEvent(QContextMenuEvent* event)
{
    // Right-clicking outside the selection selects the byte under the pointer first.
    const Hit hit = m_layout.hitTest(event->pos().x(), event->pos().y(), m_topLine, m_begin, m_end);
    const auto [first, last] = selection();
    if (hit.area != Hit::None && (hit.offset < first || hit.offset >= last))
        moveCursorTo(hit.offset, false);
    const auto [selFirst, selEnd] = selection();
    const bool tooLarge = selEnd - selFirst > kMaxCopyBytes;
    QMenu menu(this);
    const std::pair<QString, CopyFormat> copies[] = {
        { tr("Copy as Hex Dump"), CopyFormat::HexDump },
        { tr("Copy as C Array"), CopyFormat::CArray },
        { tr("Copy as Escaped String"), CopyFormat::EscapedString },
        { tr("Copy Raw Bytes"), CopyFormat::RawBytes },
    };
    for (const auto& [label, format] : copies) {
        QAction* action = menu.addAction(label);
        action->setEnabled(selEnd > selFirst && !tooLarge);
        connect(action, &QAction::triggered, this, [this, f = format] { copySelection(f); });
    }
    if (tooLarge)
        menu.addAction(tr("Selection over %1 MiB: too large to copy").arg(kMaxCopyBytes >> 20))
            ->setEnabled(false);
    menu.addSeparator();
    connect(menu.addAction(tr("Select All")), &QAction::triggered, this, &HexView::selectAll);
    menu.exec(event->globalPos());
}

} // namespace spg::ui
