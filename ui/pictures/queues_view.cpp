// Painting the Queues view, left to right in the order a connection travels.
#include "ui/pictures/queues_view.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace spg::ui {

namespace {

const QColor kQueued(0x1f, 0x77, 0xb4);
const QColor kOutside(0x88, 0x88, 0x88);
const QColor kWaiting(0xd9, 0x5f, 0x02);
const QColor kAccepted(0x2c, 0xa0, 0x2c);

void arrow(QPainter& p, QPointF from, QPointF to, const QString& label)
{
    p.drawLine(from, to);
    const double angle = std::atan2(to.y() - from.y(), to.x() - from.x());
    const double size = 9;
    const QPointF left = to - size * QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45));
    const QPointF right = to - size * QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45));
    p.save();
    p.setBrush(p.pen().color());
    p.drawPolygon(QPolygonF({ to, left, right }));
    p.restore();
    if (!label.isEmpty()) {
        const QFontMetricsF fm(p.font());
        const QPointF mid = (from + to) / 2;
        p.drawText(QPointF(mid.x() - fm.horizontalAdvance(label) / 2, mid.y() - 5), label);
    }
}

} // namespace

QueuesView::QueuesView(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void QueuesView::setScene(QueueScene scene)
{
    m_scene = std::move(scene);
    update();
}

void QueuesView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, rect());
}

void QueuesView::render(QPainter& p, const QRectF& area) const
{
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::Text);
    const QColor quiet = palette().color(QPalette::PlaceholderText);
    const QFontMetricsF fm(p.font());
    const double line = fm.lineSpacing();
    const QRectF inner = area.adjusted(8, 6, -8, -6);
    if (m_scene.listener == core::kNoSocket) {
        p.setPen(quiet);
        p.drawText(inner, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                   tr("No listening socket. Call listen() on a socket, or select one, to draw its "
                      "accept queue."));
        return;
    }
    QFont bold = p.font();
    bold.setBold(true);
    p.save();
    p.setFont(bold);
    p.setPen(ink);
    p.drawText(QPointF(inner.left(), inner.top() + fm.ascent()), m_scene.title);
    p.restore();
    p.setPen(quiet);
    p.drawText(QPointF(inner.left(), inner.top() + line + fm.ascent()), m_scene.slotsNote);

    // Counters and notes at the bottom, as many lines as they need.
    QStringList bottom;
    if (m_scene.overflows >= 0)
        bottom << tr("Since listen(): ListenOverflows +%1, ListenDrops +%2 (TcpExt in "
                     "/proc/net/netstat, "
                     "counted for the whole system: a full queue drops the SYN or the final ACK)")
                      .arg(m_scene.overflows)
                      .arg(m_scene.drops);
    bottom << m_scene.notes;
    double bottomHeight = 0;
    for (const QString& b : bottom)
        bottomHeight +=
            fm.boundingRect(QRectF(0, 0, inner.width(), 1e6), Qt::TextWordWrap, b).height();
    double y = inner.bottom() - bottomHeight;
    for (const QString& b : bottom) {
        const QRectF box =
            fm.boundingRect(QRectF(inner.left(), y, inner.width(), 1e6), Qt::TextWordWrap, b);
        p.setPen(b == bottom.first() && m_scene.overflows > 0 ? QColor(0xc0, 0x30, 0x30) : quiet);
        p.drawText(box, Qt::TextWordWrap, b);
        y += box.height();
    }

    const QRectF band(inner.left(), inner.top() + 2.6 * line, inner.width(),
                      inner.height() - 2.6 * line - bottomHeight - 0.5 * line);
    const double column = std::min(
        band.width() * 0.22, fm.horizontalAdvance(QStringLiteral("#00 127.0.0.1:00000")) + 16);
    const QRectF waiting(band.left(), band.top(), column, band.height());
    const QRectF accepted(band.right() - column, band.top(), column, band.height());
    const QRectF middle(waiting.right() + 40, band.top(), accepted.left() - waiting.right() - 80,
                        band.height());
    paintColumn(p, waiting, tr("Waiting outside"), m_scene.waiting, kWaiting);
    paintColumn(p, accepted, tr("Accepted"), m_scene.accepted, kAccepted);
    const QRectF queue = paintQueue(p, middle);
    p.setPen(QPen(ink, 1.5));
    const double mid = queue.center().y();
    arrow(p, QPointF(waiting.right() + 4, mid), QPointF(queue.left() - 4, mid), tr("SYN"));
    arrow(p, QPointF(queue.right() + 4, mid), QPointF(accepted.left() - 4, mid), tr("accept()"));
}

void QueuesView::paintColumn(QPainter& p, const QRectF& area, const QString& heading,
                             const std::vector<QueueScene::Client>& clients,
                             const QColor& colour) const
{
    const QFontMetricsF fm(p.font());
    const double line = fm.lineSpacing();
    const double h = 1.5 * line;
    const int fit = std::max(1, static_cast<int>((area.height() - line) / (h + 4)));
    // The column is centred on the queue's row, so the arrows meet it in its middle.
    const double shown = static_cast<double>(std::min<std::size_t>(
        std::max<std::size_t>(clients.size(), 1), static_cast<std::size_t>(fit)));
    const double top = std::max(area.top(), area.center().y() - (line + shown * (h + 4)) / 2);
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QRectF(area.left(), top, area.width(), line), Qt::AlignHCenter, heading);
    if (clients.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(area.left(), top + line + 2, area.width(), h), Qt::AlignCenter,
                   tr("none"));
    }
    for (std::size_t i = 0; i < clients.size(); ++i) {
        const QRectF box(area.left(), top + line + 2 + static_cast<double>(i) * (h + 4),
                         area.width(), h);
        if (static_cast<int>(i) == fit - 1 && clients.size() > static_cast<std::size_t>(fit)) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(box, Qt::AlignCenter, tr("… %1 more").arg(clients.size() - i));
            break;
        }
        QColor fill = colour;
        fill.setAlpha(50);
        p.setPen(QPen(colour, 1.5));
        p.setBrush(fill);
        p.drawRoundedRect(box, 5, 5);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                   fm.elidedText(clients[i].label, Qt::ElideRight, box.width() - 8));
    }
}

// The queue as a row of slots, its head (the oldest connection, the one accept() takes) on
// the right. More slots than fit are summed up in the leftmost one.
QRectF QueuesView::paintQueue(QPainter& p, const QRectF& area) const
{
    const QFontMetricsF fm(p.font());
    const double line = fm.lineSpacing();
    const double slotWidth =
        std::max(fm.horizontalAdvance(QStringLiteral("#00 127.0.0.1:00000")) + 10, 8.0 * line);
    const int total = std::max(m_scene.slotCount, static_cast<int>(m_scene.queue.size()));
    const int fit = std::max(1, static_cast<int>(area.width() / (slotWidth + 4)));
    const int drawn = std::min(total, fit);
    const double height = 2.2 * line;
    const double width = drawn * (slotWidth + 4) - 4;
    const QRectF row(area.center().x() - width / 2, area.center().y() - height / 2, width, height);
    p.setPen(palette().color(QPalette::Text));
    const QString queued = m_scene.queued >= 0
        ? tr("accept queue: %1 of %2").arg(m_scene.queued).arg(m_scene.slotCount)
        : tr("accept queue: length not reported");
    p.drawText(QRectF(row.left() - 40, row.top() - 1.4 * line, row.width() + 80, line),
               Qt::AlignHCenter, queued);
    p.drawText(QRectF(row.right() - slotWidth, row.bottom() + 2, slotWidth, line), Qt::AlignHCenter,
               tr("head"));
    for (int i = 0; i < drawn; ++i) {
        // Slot i counted from the head (right).
        const QRectF box(row.right() - (i + 1) * (slotWidth + 4) + 4, row.top(), slotWidth, height);
        const bool more = i == drawn - 1 && total > drawn;
        const bool filled = static_cast<std::size_t>(i) < m_scene.queue.size();
        const QueueScene::Client* c =
            filled ? &m_scene.queue[static_cast<std::size_t>(i)] : nullptr;
        const QColor colour = c ? (c->socket == core::kNoSocket ? kOutside : kQueued)
                                : palette().color(QPalette::Mid);
        QColor fill = colour;
        fill.setAlpha(c ? 70 : 0);
        p.setPen(QPen(colour, c ? 1.8 : 1.0, c ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(fill);
        p.drawRoundedRect(box, 4, 4);
        p.setPen(palette().color(c ? QPalette::Text : QPalette::PlaceholderText));
        const QString label = more ? tr("… %1 more slots").arg(total - drawn + 1)
            : c                    ? c->label
                                   : tr("free");
        p.drawText(box.adjusted(3, 0, -3, 0), Qt::AlignCenter,
                   fm.elidedText(label, Qt::ElideRight, box.width() - 6));
    }
    return row;
}

} // namespace spg::ui
