// Painting the States view: the diagram's edges in the palette's quiet colour, the sockets'
// legs over them in their own colours (dashed where inferred), then the nodes, the current
// state filled, and under each node the time and cause of each visit.
#include "ui/pictures/states_view.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <array>
#include <cmath>

namespace spg::ui {

namespace {

// Where the ray from a rectangle's centre towards `towards` leaves the rectangle.
QPointF boundary(const QRectF& r, QPointF towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min({ sx, sy, 1.0 });
}

struct Curve {
    QPointF start, control, end;
    QPointF at(double t) const
    {
        const double u = 1 - t;
        return u * u * start + 2 * u * t * control + t * t * end;
    }
};

// The curve of an edge between two nodes, bowed by `bend` rows, moved sideways by `shift`
// pixels (so two sockets on one edge draw side by side).
Curve curveOf(const DiagramGeometry& g, int from, int to, double bend, double shift)
{
    const QPointF a = g.centre(from);
    const QPointF b = g.centre(to);
    const QPointF along = b - a;
    const double length = std::hypot(along.x(), along.y());
    const QPointF normal =
        length > 0 ? QPointF(-along.y() / length, along.x() / length) : QPointF();
    const QPointF control = (a + b) / 2 + normal * (bend * g.cellHeight + shift);
    Curve c { boundary(g.node(from), control) + normal * shift, control,
              boundary(g.node(to), control) + normal * shift };
    return c;
}

void arrow(QPainter& p, const Curve& c, double size)
{
    QPainterPath path(c.start);
    path.quadTo(c.control, c.end);
    p.drawPath(path);
    const QPointF d = c.end - c.control;
    const double angle = std::atan2(d.y(), d.x());
    const QPointF left = c.end - size * QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45));
    const QPointF right = c.end - size * QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45));
    p.save();
    p.setPen(QPen(p.pen().color(), 1));
    p.setBrush(p.pen().color());
    p.drawPolygon(QPolygonF({ c.end, left, right }));
    p.restore();
}

// "2 ESTABLISHED +17 ms connect()": the visit's number (drawn on its node too), the state,
// the time since the socket's first state, and what preceded the read.
QString visitText(int number, const core::TcpStep& step, const core::TcpStep& first)
{
    const auto ms =
        std::chrono::duration_cast<std::chrono::milliseconds>(step.at - first.at).count();
    QString text = QStringLiteral("%1 %2 ").arg(number).arg(
        QString::fromUtf8(core::tcpStateName(step.state).data()));
    text += number == 1 ? QStringLiteral("0 ms") : QStringLiteral("+%1 ms").arg(ms);
    text += step.after == "event" ? QCoreApplication::translate("spg::ui::StatesView", " seen")
                                  : QStringLiteral(" %1()").arg(QString::fromStdString(step.after));
    if (step.fromTable)
        text += QCoreApplication::translate("spg::ui::StatesView", " (from /proc/net/tcp)");
    // One step never breaks across lines: wrapping happens at the arrows between steps.
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

} // namespace

StatesView::StatesView(QWidget* parent) : QWidget(parent)
{
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void StatesView::setTracks(std::vector<StateTrack> tracks)
{
    m_tracks = std::move(tracks);
    update();
}

QColor StatesView::colour(std::size_t index)
{
    // Distinct on light and dark backgrounds, and for the common colour blindnesses first.
    static const std::array<QColor, 6> colours = {
        QColor(0x1f, 0x77, 0xb4), QColor(0xd9, 0x5f, 0x02), QColor(0x2c, 0xa0, 0x2c),
        QColor(0x94, 0x67, 0xbd), QColor(0xc2, 0x1c, 0x5e), QColor(0x8c, 0x56, 0x4b)
    };
    return colours[index % colours.size()];
}

void StatesView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    render(p, rect());
}

void StatesView::render(QPainter& p, const QRectF& area) const
{
    p.setRenderHint(QPainter::Antialiasing);
    const double line = QFontMetricsF(p.font()).lineSpacing();
    // Under the diagram: each socket's path in words, in its colour, then the notes.
    std::vector<std::pair<QString, QColor>> lines;
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        QStringList steps;
        const auto& visits = m_tracks[t].visits;
        for (std::size_t v = 0; v < visits.size(); ++v)
            steps << visitText(static_cast<int>(v + 1), visits[v].step, visits.front().step);
        if (!steps.isEmpty())
            lines.emplace_back(m_tracks[t].name + QStringLiteral(":  ")
                                   + steps.join(QStringLiteral("  →  ")),
                               colour(t));
    }
    for (const StateTrack& t : m_tracks)
        for (const QString& n : t.notes)
            lines.emplace_back(t.name + QStringLiteral(": ") + tr("%1 (dashed)").arg(n),
                               palette().color(QPalette::Text));
    const double width = area.width() - 12;
    const QFontMetricsF fm(p.font());
    double bottom = 0.3 * line;
    for (const auto& [text, colour] : lines)
        bottom += fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    const double legend = 1.6 * line;
    const DiagramGeometry g(area.adjusted(4, legend, -4, -bottom), line);
    paintEdges(p, g);
    paintLegs(p, g);
    paintNodes(p, g);
    paintLegend(p, QRectF(area.left() + 6, area.top() + 2, width, legend));
    double y = area.bottom() - bottom + 0.3 * line;
    for (const auto& [text, colour] : lines) {
        const QRectF box =
            fm.boundingRect(QRectF(area.left() + 6, y, width, 1e6), Qt::TextWordWrap, text);
        p.setPen(colour);
        p.drawText(box, Qt::TextWordWrap, text);
        y += box.height();
    }
}

void StatesView::paintEdges(QPainter& p, const DiagramGeometry& g) const
{
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QColor quiet = palette().color(QPalette::Mid);
    for (std::size_t i = 0; i < TcpDiagram::edges().size(); ++i) {
        const DiagramEdge& e = TcpDiagram::edges()[i];
        bool taken = false;
        for (const StateTrack& t : m_tracks)
            for (const StateTrack::Leg& leg : t.legs)
                taken = taken || leg.edge == static_cast<int>(i);
        if (!e.drawn && !taken)
            continue;
        const Curve c = curveOf(g, e.from, e.to, e.bend, 0);
        p.setPen(QPen(quiet, 1.2));
        arrow(p, c, 7);
        p.save();
        p.setFont(small);
        const QFontMetricsF fm(small);
        QPointF mid = c.at(0.5);
        // A short straight edge between neighbours in a row has no room between them: its
        // label goes under the gap.
        const auto& nodes = TcpDiagram::nodes();
        if (e.bend == 0
            && nodes[static_cast<std::size_t>(e.from)].row
                == nodes[static_cast<std::size_t>(e.to)].row)
            mid.ry() += g.nodeSize.height() / 2 + fm.height() / 2 + 1;
        // The few worded labels are marked in tcp_diagram.cpp; the rest are segments' names.
        const QString label =
            QCoreApplication::translate("spg::ui::TcpDiagram", e.label.toUtf8().constData());
        QRectF box = fm.boundingRect(label).adjusted(-3, -1, 3, 1);
        box.moveCenter(mid);
        p.fillRect(box, palette().color(QPalette::Base));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(box, Qt::AlignCenter, label);
        p.restore();
    }
}

void StatesView::paintLegs(QPainter& p, const DiagramGeometry& g) const
{
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const double shift = (static_cast<double>(t) - (m_tracks.size() - 1) / 2.0) * 5.0;
        for (const StateTrack::Leg& leg : m_tracks[t].legs) {
            const double bend =
                leg.edge >= 0 ? TcpDiagram::edges()[static_cast<std::size_t>(leg.edge)].bend : 0;
            QPen pen(colour(t), 3.2);
            if (!leg.observed)
                pen.setStyle(Qt::DashLine);
            p.setPen(pen);
            arrow(p, curveOf(g, leg.from, leg.to, bend, shift), 10);
        }
    }
}

void StatesView::paintNodes(QPainter& p, const DiagramGeometry& g) const
{
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    small.setBold(true);
    const double badge = QFontMetricsF(small).height() + 2;
    for (std::size_t n = 0; n < TcpDiagram::nodes().size(); ++n) {
        const QRectF r = g.node(static_cast<int>(n));
        int current = -1;
        for (std::size_t t = 0; t < m_tracks.size() && current < 0; ++t)
            if (m_tracks[t].current == static_cast<int>(n))
                current = static_cast<int>(t);
        const QColor border = current >= 0 ? colour(static_cast<std::size_t>(current))
                                           : palette().color(QPalette::Text);
        p.setPen(QPen(border, current >= 0 ? 2.5 : 1.0));
        QColor fill = current >= 0 ? colour(static_cast<std::size_t>(current))
                                   : palette().color(QPalette::Base);
        if (current >= 0)
            fill.setAlpha(60);
        p.setBrush(fill);
        p.drawRoundedRect(r, 6, 6);
        QFont bold = p.font();
        bold.setBold(current >= 0);
        p.save();
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(r, Qt::AlignCenter,
                   QString::fromUtf8(core::tcpStateName(TcpDiagram::nodes()[n].state).data()));
        // Each visit's number, in its socket's colour, along the node's top edge.
        p.setFont(small);
        double x = r.right() - badge * 0.6;
        for (std::size_t t = m_tracks.size(); t-- > 0;) {
            const auto& visits = m_tracks[t].visits;
            for (std::size_t v = visits.size(); v-- > 0;) {
                if (visits[v].node != static_cast<int>(n))
                    continue;
                const QRectF circle(x - badge / 2, r.top() - badge * 0.6, badge, badge);
                p.setPen(Qt::NoPen);
                p.setBrush(colour(t));
                p.drawEllipse(circle);
                p.setPen(Qt::white);
                p.drawText(circle, Qt::AlignCenter, QString::number(v + 1));
                x -= badge + 1;
            }
        }
        p.restore();
    }
}

void StatesView::paintLegend(QPainter& p, const QRectF& area) const
{
    p.save();
    const QFontMetricsF fm(p.font());
    double x = area.left();
    if (m_tracks.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(
            area, Qt::AlignLeft | Qt::AlignVCenter,
            tr("Select a TCP socket in the Sockets panel to draw the states it went through."));
    }
    for (std::size_t t = 0; t < m_tracks.size(); ++t) {
        const StateTrack& track = m_tracks[t];
        const QRectF swatch(x, area.center().y() - 5, 18, 10);
        p.fillRect(swatch, colour(t));
        x += 24;
        QString text = track.name;
        if (track.current >= 0)
            text += QStringLiteral(": ")
                + QString::fromUtf8(
                        core::tcpStateName(
                            TcpDiagram::nodes()[static_cast<std::size_t>(track.current)].state)
                            .data());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x, area.center().y() + fm.ascent() / 2 - 1), text);
        x += fm.horizontalAdvance(text) + 24;
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QString key = tr("solid: read from the kernel · dashed: passed between two reads");
    p.drawText(area, Qt::AlignRight | Qt::AlignVCenter, key);
    p.restore();
}

} // namespace spg::ui
