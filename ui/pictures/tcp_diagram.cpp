// The diagram's data and its routes. Positions follow the RFC's picture turned on its side:
// opening at the left, ESTABLISHED in the middle, the active close along the top and the
// passive close along the bottom, both ending at the right.
#include "ui/pictures/tcp_diagram.h"

#include <QCoreApplication>

#include <algorithm>
#include <deque>

namespace spg::ui {

using core::TcpState;

namespace {

QString stateText(int node)
{
    return QString::fromUtf8(
        core::tcpStateName(TcpDiagram::nodes()[static_cast<std::size_t>(node)].state).data());
}

enum Node {
    ClosedStart,
    Listen,
    SynSent,
    SynRcvd,
    Estab,
    FinWait1,
    CloseWait,
    FinWait2,
    Closing,
    LastAck,
    TimeWait,
    ClosedEnd
};

} // namespace

const std::vector<DiagramNode>& TcpDiagram::nodes()
{
    static const std::vector<DiagramNode> all = {
        { TcpState::Closed, 0, 1 },      { TcpState::Listen, 1, 0 },
        { TcpState::SynSent, 1, 2 },     { TcpState::SynReceived, 2, 0 },
        { TcpState::Established, 3, 1 }, { TcpState::FinWait1, 4, 0 },
        { TcpState::CloseWait, 4, 2 },   { TcpState::FinWait2, 5, 0 },
        { TcpState::Closing, 5, 1 },     { TcpState::LastAck, 5, 2 },
        { TcpState::TimeWait, 6, 0 },    { TcpState::Closed, 6, 2, true },
    };
    return all;
}

const std::vector<DiagramEdge>& TcpDiagram::edges()
{
    // RFC 9293 figure 5, plus the aborts a playground shows every day (a refused connect, a
    // listener closed, a reset): those are drawn only when a socket takes them. CLOSE_WAIT
    // has none: its close() goes through LAST_ACK, whose ACK comes back at once on loopback,
    // and a direct edge would draw that common path as a reset.
    static const std::vector<DiagramEdge> all = {
        { ClosedStart, Listen, QStringLiteral("listen()"), true },
        { ClosedStart, SynSent, QStringLiteral("connect() / SYN"), true },
        { Listen, SynRcvd, QStringLiteral("SYN / SYN+ACK"), true },
        { SynSent, SynRcvd, QStringLiteral("SYN / SYN+ACK"), true },
        { SynSent, Estab, QStringLiteral("SYN+ACK / ACK"), true },
        { SynRcvd, Estab, QStringLiteral("ACK"), true },
        { SynRcvd, FinWait1, QStringLiteral("close() / FIN"), true, -0.35 },
        { Estab, FinWait1, QStringLiteral("close() / FIN"), true },
        { Estab, CloseWait, QStringLiteral("FIN / ACK"), true },
        { FinWait1, FinWait2, QStringLiteral("ACK"), true },
        { FinWait1, Closing, QStringLiteral("FIN / ACK"), true },
        { FinWait1, TimeWait, QStringLiteral("FIN+ACK / ACK"), true, -0.45 },
        { FinWait2, TimeWait, QStringLiteral("FIN / ACK"), true },
        { Closing, TimeWait, QStringLiteral("ACK"), true },
        { CloseWait, LastAck, QStringLiteral("close() / FIN"), true },
        { LastAck, ClosedEnd, QStringLiteral("ACK"), true },
        { TimeWait, ClosedEnd, QStringLiteral("2 MSL"), true },
        { Listen, ClosedEnd, QStringLiteral("close()"), false, -0.6 },
        { SynSent, ClosedEnd,
          QString::fromLatin1(QT_TRANSLATE_NOOP("spg::ui::TcpDiagram", "RST, timeout or close()")),
          false, 0.5 },
        { SynRcvd, Listen, QStringLiteral("RST"), false, 0.3 },
        { Estab, ClosedEnd,
          QString::fromLatin1(
              QT_TRANSLATE_NOOP("spg::ui::TcpDiagram", "RST, or close() with SO_LINGER 0")),
          false, 0.45 },
        { FinWait1, ClosedEnd, QStringLiteral("RST"), false, 0.5 },
        { FinWait2, ClosedEnd,
          QString::fromLatin1(QT_TRANSLATE_NOOP("spg::ui::TcpDiagram", "RST or timeout")), false,
          0.5 },
        { ClosedStart, ClosedEnd, QStringLiteral("close()"), false, 0.7 },
    };
    return all;
}

int TcpDiagram::edge(int from, int to)
{
    const auto& all = edges();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].from == from && all[i].to == to)
            return static_cast<int>(i);
    return -1;
}

int TcpDiagram::nodeOf(TcpState state, bool leftStart)
{
    if (state == TcpState::Closed)
        return leftStart ? ClosedEnd : ClosedStart;
    const auto& all = nodes();
    for (std::size_t i = 0; i < all.size(); ++i)
        if (all[i].state == state)
            return static_cast<int>(i);
    return -1;
}

std::vector<int> TcpDiagram::route(int from, int to)
{
    // Breadth first over a dozen nodes: the shortest explanation of what was not seen.
    const auto& all = edges();
    std::vector<int> via(nodes().size(), -1);
    std::vector<bool> seen(nodes().size(), false);
    std::deque<int> queue { from };
    seen[static_cast<std::size_t>(from)] = true;
    while (!queue.empty() && !seen[static_cast<std::size_t>(to)]) {
        const int n = queue.front();
        queue.pop_front();
        for (std::size_t e = 0; e < all.size(); ++e) {
            const auto next = static_cast<std::size_t>(all[e].to);
            if (all[e].from != n || seen[next])
                continue;
            seen[next] = true;
            via[next] = static_cast<int>(e);
            queue.push_back(all[e].to);
        }
    }
    std::vector<int> chain;
    if (from == to || !seen[static_cast<std::size_t>(to)])
        return chain;
    for (int n = to; n != from; n = all[static_cast<std::size_t>(chain.front())].from)
        chain.insert(chain.begin(), via[static_cast<std::size_t>(n)]);
    return chain;
}

DiagramGeometry::DiagramGeometry(QRectF area, double lineHeight)
{
    // Seven columns and three rows of nodes; the labels sit between them.
    grid = area;
    cellWidth = grid.width() / 7.0;
    cellHeight = grid.height() / 3.0;
    nodeSize = QSizeF(std::min(cellWidth * 0.74, 9.5 * lineHeight),
                      std::min(cellHeight * 0.4, 1.8 * lineHeight));
}

QRectF DiagramGeometry::node(int index) const
{
    const DiagramNode& n = TcpDiagram::nodes()[static_cast<std::size_t>(index)];
    const QPointF c(grid.left() + (n.column + 0.5) * cellWidth,
                    grid.top() + (n.row + 0.5) * cellHeight);
    return QRectF(c - QPointF(nodeSize.width() / 2, nodeSize.height() / 2), nodeSize);
}

StateTrack trackOf(core::SocketId socket, const QString& name,
                   const std::vector<core::TcpStep>& path)
{
    StateTrack track;
    track.socket = socket;
    track.name = name;
    bool leftStart = false;
    for (const core::TcpStep& step : path) {
        const int node = TcpDiagram::nodeOf(step.state, leftStart);
        if (node < 0)
            continue;
        leftStart = leftStart || node != ClosedStart;
        if (!track.visits.empty()) {
            const int from = track.visits.back().node;
            const int direct = TcpDiagram::edge(from, node);
            if (direct >= 0) {
                track.legs.push_back({ direct, from, node, true });
            } else {
                const std::vector<int> chain = TcpDiagram::route(from, node);
                if (chain.empty())
                    track.legs.push_back({ -1, from, node, false });
                for (int e : chain) {
                    const DiagramEdge& d = TcpDiagram::edges()[static_cast<std::size_t>(e)];
                    track.legs.push_back({ e, d.from, d.to, false });
                    if (d.to != node)
                        track.notes << QCoreApplication::translate(
                                           "spg::ui::TcpDiagram",
                                           "%1 passed between two reads (not observed)")
                                           .arg(stateText(d.to));
                }
                if (chain.empty())
                    track.notes << QCoreApplication::translate(
                                       "spg::ui::TcpDiagram",
                                       "%1 to %2: no transition in the diagram joins them")
                                       .arg(stateText(from), stateText(node));
            }
        }
        track.visits.push_back({ node, step });
    }
    track.current = track.visits.empty() ? -1 : track.visits.back().node;
    return track;
}

} // namespace spg::ui
