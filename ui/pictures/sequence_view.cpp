// Painting the ladder band by band: the header of lane titles stays on top, and only the
// calls, bars and arrows that cross the visible band are drawn (binary searches in the
// layout), so the cost of a frame does not grow with the length of the run.
#include "ui/pictures/sequence_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolButton>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace spg::ui {

namespace {

constexpr int kBarHeight = 28; // the toolbar above the viewport

QColor arrowColour(LadderScene::ArrowKind kind)
{
    switch (kind) {
    case LadderScene::ArrowKind::Connect:
    case LadderScene::ArrowKind::Accept: return QColor(40, 100, 200);
    case LadderScene::ArrowKind::Data: return QColor(30, 140, 60);
    case LadderScene::ArrowKind::Datagram: return QColor(0, 140, 150);
    case LadderScene::ArrowKind::Fin: return QColor(210, 120, 0);
    case LadderScene::ArrowKind::Rst: return QColor(200, 40, 40);
    }
    return Qt::gray;
}

void arrowHead(QPainter& p, QPointF tip, QPointF from)
{
    const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    const double size = 7;
    QPainterPath head(tip);
    head.lineTo(tip.x() - size * std::cos(angle - 0.45), tip.y() - size * std::sin(angle - 0.45));
    head.lineTo(tip.x() - size * std::cos(angle + 0.45), tip.y() - size * std::sin(angle + 0.45));
    head.closeSubpath();
    p.fillPath(head, p.pen().color());
}

} // namespace

SequenceView::SequenceView(QWidget* parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("sequence"));
    setFocusPolicy(Qt::StrongFocus);
    setViewportMargins(0, kBarHeight, 0, 0);
    auto* bar = new QWidget(this);
    bar->setGeometry(0, 0, 600, kBarHeight);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);
    auto button = [&](const QString& text, const QString& tip) {
        auto* b = new QToolButton(bar);
        b->setText(text);
        b->setToolTip(tip);
        row->addWidget(b);
        return b;
    };
    m_followButton =
        button(tr("Follow"), tr("Show the newest call as it comes; scrolling up pauses"));
    m_followButton->setCheckable(true);
    m_followButton->setChecked(true);
    connect(m_followButton, &QToolButton::toggled, this, &SequenceView::setFollow);
    connect(button(tr("Zoom in"), tr("More room between calls (Ctrl+wheel)")),
            &QToolButton::clicked, this, [this] { setZoom(zoom() * 1.25); });
    connect(button(tr("Zoom out"), tr("Less room between calls (Ctrl+wheel)")),
            &QToolButton::clicked, this, [this] { setZoom(zoom() / 1.25); });
    m_axisButton =
        button(tr("Real time"), tr("Space the calls by when they returned, not by their order"));
    m_axisButton->setCheckable(true);
    connect(m_axisButton, &QToolButton::toggled, this, [this](bool on) {
        setAxis(on ? LadderLayout::Axis::Time : LadderLayout::Axis::Order);
    });
    // Like the log's dropped count: a long run keeps only the newest calls (LadderScene's cap).
    m_droppedLabel = new QLabel(bar);
    m_droppedLabel->setObjectName(QStringLiteral("sequenceDropped"));
    row->addWidget(m_droppedLabel);
    row->addStretch();
    updateMetrics();
}

void SequenceView::updateMetrics()
{
    const QFontMetrics fm(font());
    const double h = fm.height();
    m_layout.boxHeight = h + 8;
    m_layout.rowHeight = std::round(h * 2.1);
    m_layout.header = 2 * h + 10;
    m_layout.boxWidth =
        std::max(168, fm.horizontalAdvance(QStringLiteral("connect ECONNREFUSED")) + 16);
    m_layout.laneWidth =
        m_layout.boxWidth + std::max(96, fm.horizontalAdvance(QStringLiteral("accept → #00")));
    verticalScrollBar()->setSingleStep(int(m_layout.rowHeight));
    updateScrollBars();
    viewport()->update();
}

void SequenceView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateMetrics();
}

void SequenceView::clear()
{
    m_scene.clear();
    m_selected = -1;
    sceneChanged();
}

void SequenceView::sceneChanged()
{
    const qint64 dropped = m_scene.droppedCalls();
    if (dropped != m_shownDropped) {
        m_shownDropped = dropped;
        m_droppedLabel->setText(dropped ? tr("%1 older calls not drawn").arg(dropped) : QString());
        QWidget* bar = m_droppedLabel->parentWidget();
        bar->resize(std::max(600, bar->sizeHint().width()), kBarHeight);
    }
    updateScrollBars();
    if (m_follow) {
        m_scrolling = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        m_scrolling = false;
    }
    viewport()->update();
}

void SequenceView::setFollow(bool on)
{
    m_follow = on;
    if (m_followButton->isChecked() != on)
        m_followButton->setChecked(on);
    if (on)
        sceneChanged();
}

void SequenceView::setAxis(LadderLayout::Axis axis)
{
    m_layout.axis = axis;
    if (m_axisButton->isChecked() != (axis == LadderLayout::Axis::Time))
        m_axisButton->setChecked(axis == LadderLayout::Axis::Time);
    sceneChanged();
}

void SequenceView::setZoom(double zoom)
{
    // Keep the call at the middle of the view where it was.
    const double middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
    const double before = m_layout.height(m_scene);
    m_layout.zoom = std::clamp(zoom, 0.05, 40.0);
    updateScrollBars();
    const double after = m_layout.height(m_scene);
    if (!m_follow)
        scrollToY(int(middle * after / std::max(1.0, before) - viewport()->height() / 2.0));
    sceneChanged();
}

void SequenceView::scrollToY(int y)
{
    m_scrolling = true;
    verticalScrollBar()->setValue(y);
    m_scrolling = false;
}

void SequenceView::selectCommand(core::CommandId command)
{
    m_selected = m_scene.callOf(command);
    if (m_selected >= 0) {
        const double y = m_layout.yOfCall(m_scene, std::size_t(m_selected));
        const int top = verticalScrollBar()->value();
        if (y < top + m_layout.header + m_layout.boxHeight
            || y > top + viewport()->height() - m_layout.boxHeight) {
            setFollow(false);
            scrollToY(int(y - viewport()->height() / 2.0));
        }
    }
    viewport()->update();
}

void SequenceView::updateScrollBars()
{
    const int h = int(std::ceil(m_layout.height(m_scene)));
    const int w = int(std::ceil(m_layout.width(m_scene)));
    verticalScrollBar()->setRange(0, std::max(0, h - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, w - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

void SequenceView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SequenceView::scrollContentsBy(int, int)
{
    // The user scrolled away from the newest call: Follow pauses until they come back.
    if (!m_scrolling)
        setFollow(verticalScrollBar()->value() >= verticalScrollBar()->maximum());
    viewport()->update();
}

void SequenceView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(zoom() * (event->angleDelta().y() > 0 ? 1.25 : 0.8));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void SequenceView::mousePressEvent(QMouseEvent* event)
{
    const QPointF at(event->position().x() + horizontalScrollBar()->value(),
                     event->position().y() + verticalScrollBar()->value());
    const int call = m_layout.callAt(m_scene, at);
    if (call < 0)
        return;
    m_selected = call;
    viewport()->update();
    emit callClicked(m_scene.call(call).command);
}

bool SequenceView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF at(help->pos().x() + horizontalScrollBar()->value(),
                         help->pos().y() + verticalScrollBar()->value());
        const int call = m_layout.callAt(m_scene, at);
        setToolTip(call < 0 ? QString() : m_scene.call(call).text);
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QRectF area(QPointF(0, 0), viewport()->size());
    p.fillRect(area, palette().color(QPalette::Base));
    paintBand(p, area, verticalScrollBar()->value(), horizontalScrollBar()->value());
}

void SequenceView::render(QPainter& painter, const QRectF& area) const
{
    painter.save();
    painter.setClipRect(area);
    painter.translate(area.topLeft());
    paintBand(painter, QRectF(QPointF(0, 0), area.size()), verticalScrollBar()->value(),
              horizontalScrollBar()->value());
    painter.restore();
}

// `top`/`left`: the content coordinates at the area's top-left corner.
void SequenceView::paintBand(QPainter& p, const QRectF& area, double top, double left) const
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font());
    const double bottom = top + area.height();
    paintLanes(p, area, top, left);
    paintCalls(p, top, left, bottom);
    paintArrows(p, top, left, bottom);
    paintHeader(p, area, left);
    if (m_scene.calls().empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter,
                   tr("No calls yet: run a demo or make a call, and each one appears here."));
    }
}

void SequenceView::paintLanes(QPainter& p, const QRectF& area, double, double left) const
{
    QPen pen(palette().color(QPalette::Mid), 1, Qt::DashLine);
    p.setPen(pen);
    for (std::size_t pos = 0; pos < m_scene.laneOrder().size(); ++pos) {
        const double x = m_layout.laneX(int(pos)) - left;
        p.drawLine(QPointF(x, m_layout.header), QPointF(x, area.height()));
    }
}

void SequenceView::paintHeader(QPainter& p, const QRectF& area, double left) const
{
    const QRectF band(0, 0, area.width(), m_layout.header);
    p.fillRect(band, palette().color(QPalette::Base));
    p.setPen(palette().color(QPalette::Mid));
    p.drawLine(band.bottomLeft(), band.bottomRight());
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    for (std::size_t pos = 0; pos < m_scene.laneOrder().size(); ++pos) {
        const LadderScene::Lane& lane = m_scene.lanes()[std::size_t(m_scene.laneOrder()[pos])];
        const double x = m_layout.laneX(int(pos)) - left;
        const QRectF cell(x - m_layout.laneWidth / 2 + 4, 2, m_layout.laneWidth - 8,
                          m_layout.header / 2);
        p.setPen(lane.socket == core::kNoSocket ? palette().color(QPalette::PlaceholderText)
                                                : palette().color(QPalette::Text));
        p.drawText(cell, Qt::AlignCenter,
                   p.fontMetrics().elidedText(lane.title, Qt::ElideRight, int(cell.width())));
        p.setFont(font());
        const QRectF under = cell.translated(0, m_layout.header / 2 - 2);
        p.drawText(under, Qt::AlignCenter,
                   p.fontMetrics().elidedText(lane.address, Qt::ElideMiddle, int(under.width())));
        p.setFont(bold);
    }
    p.setFont(font());
}

void SequenceView::paintCalls(QPainter& p, double top, double left, double bottom) const
{
    const std::vector<int> pos = LadderLayout::positions(m_scene);
    const double boxWidth = m_layout.boxWidth;
    const QColor text = palette().color(QPalette::Text);
    const QColor error(200, 40, 40);
    const QColor barColour(150, 150, 150, 110);
    const auto [b, e] = m_layout.callsIn(m_scene, top, bottom);
    // Blocked bars end at a call that may sit below the band: look that far ahead.
    const std::size_t barEnd =
        std::min(std::size_t(m_scene.endCall()), e + std::size_t(m_scene.longestBlockRows()));
    auto bar = [&](std::size_t from, double y1, int lane) {
        const double y0 = m_layout.yOfCall(m_scene, from) - top;
        const double x = m_layout.laneX(pos[std::size_t(lane)]) - left;
        p.fillRect(QRectF(x - 5, y0, 10, y1 - top - y0), barColour);
    };
    // A bar whose blocked call is no longer kept starts at the oldest kept call.
    for (std::size_t i = b; i < barEnd; ++i)
        if (const LadderScene::Call& c = m_scene.call(qint64(i)); c.blockedRow >= 0)
            bar(std::size_t(std::max(c.blockedRow, m_scene.firstCall())),
                m_layout.yOfCall(m_scene, i), c.lane);
    for (int w : m_scene.waiting())
        bar(std::size_t(w), m_layout.height(m_scene), m_scene.call(w).lane);
    for (std::size_t i = b; i < e; ++i) {
        const LadderScene::Call& c = m_scene.call(qint64(i));
        const double y = m_layout.yOfCall(m_scene, i) - top;
        const double x = m_layout.laneX(pos[std::size_t(c.lane)]) - left;
        const QRectF box(x - boxWidth / 2, y - m_layout.boxHeight / 2, boxWidth,
                         m_layout.boxHeight);
        const QColor edge = c.error          ? error
            : c.waiting || c.blockedRow >= 0 ? QColor(120, 120, 120)
                                             : text;
        p.setPen(QPen(edge, int(i) == m_selected ? 2.5 : 1));
        p.setBrush(int(i) == m_selected ? palette().color(QPalette::Highlight).lighter(170)
                                        : palette().color(QPalette::Base));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(c.error ? error : text);
        const QString label = QStringLiteral("%1 %2").arg(c.name(), c.result());
        p.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideMiddle, int(box.width() - 8)));
    }
    p.setBrush(Qt::NoBrush);
}

void SequenceView::paintArrows(QPainter& p, double top, double left, double bottom) const
{
    const std::vector<int> pos = LadderLayout::positions(m_scene);
    const auto& arrows = m_scene.arrows();
    const auto [b, e] = m_layout.callsIn(m_scene, top, bottom);
    if (m_scene.calls().empty())
        return;
    // Arrows are sorted by their lower row; one that ends below the band may start in it.
    const qint64 firstRow = qint64(b);
    const qint64 lastRow = qint64(e) + m_scene.longestArrowRows();
    auto it =
        std::lower_bound(arrows.begin(), arrows.end(), firstRow,
                         [](const LadderScene::Arrow& a, qint64 row) { return a.toRow < row; });
    const double half = m_layout.boxWidth / 2;
    // An end at a call no longer kept comes in from above the oldest kept call.
    const auto yOfEnd = [&](std::size_t call) {
        if (m_scene.hasCall(qint64(call)))
            return m_layout.yOfCall(m_scene, call) - top;
        return m_layout.yOfCall(m_scene, std::size_t(m_scene.firstCall())) - m_layout.rowStep()
            - top;
    };
    QColor background = palette().color(QPalette::Base);
    background.setAlpha(220);
    for (; it != arrows.end() && it->toRow <= lastRow; ++it) {
        if (it->fromRow >= qint64(e) && it->fromRow != it->toRow)
            continue;
        const std::size_t fromCall = std::size_t(it->from >= 0 ? it->from : it->to);
        const std::size_t toCall = std::size_t(it->to >= 0 ? it->to : it->from);
        if (qint64(fromCall) >= m_scene.endCall() || !m_scene.hasCall(qint64(toCall)))
            continue;
        const double y0 = yOfEnd(fromCall);
        const double y1 = yOfEnd(toCall);
        if (std::max(y0, y1) < 0 || std::min(y0, y1) > bottom - top)
            continue;
        double x0 = m_layout.laneX(pos[std::size_t(it->fromLane)]) - left;
        double x1 = m_layout.laneX(pos[std::size_t(it->toLane)]) - left;
        const double dir = x1 >= x0 ? 1 : -1;
        x0 += it->from >= 0 ? dir * half : 0;
        x1 -= it->to >= 0 ? dir * half : 0;
        const QPointF a(x0, y0), z(x1, y1);
        p.setPen(QPen(arrowColour(it->kind), 1.6));
        p.drawLine(a, z);
        arrowHead(p, z, a);
        const QPointF mid = (a + z) / 2;
        const double room = std::max(90.0, std::abs(x1 - x0) - 6);
        const QString label = p.fontMetrics().elidedText(it->label, Qt::ElideRight, int(room));
        const double w = p.fontMetrics().horizontalAdvance(label) + 6;
        const QRectF text(mid.x() - w / 2, mid.y() - p.fontMetrics().height() - 1, w,
                          p.fontMetrics().height());
        p.fillRect(text, background);
        p.drawText(text, Qt::AlignCenter, label);
    }
}

} // namespace spg::ui
