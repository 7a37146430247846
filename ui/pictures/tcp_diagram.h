// The TCP state diagram of RFC 9293 as data: where each state sits on a 7 x 3 grid (time
// runs left to right, as the pictures in the window are wide), the transitions with the
// call or segment that causes them, and the routes between two states. Each socket's
// recorded path becomes legs on it: a leg the diagram has between two reads in a row is
// observed; states the kernel passed through between two reads are inferred from the
// shortest route and marked so, never drawn as seen. Pure data: any thread, unit-tested.
#pragma once

#include "core/engine/events.h"

#include <QRectF>
#include <QString>
#include <QStringList>

#include <vector>

namespace spg::ui {

struct DiagramNode {
    core::TcpState state;
    double column;    // 0..6
    double row;       // 0..2
    bool end = false; // The second CLOSED: where connections end (the RFC draws it twice).
};

struct DiagramEdge {
    int from; // node indexes
    int to;
    QString label;   // "connect() / SYN": the cause, then what is sent
    bool drawn;      // Part of the background picture; aborts show only when taken.
    double bend = 0; // Curvature, in grid rows (a long edge that would cross a node bows).
};

struct TcpDiagram {
    static const std::vector<DiagramNode>& nodes();
    static const std::vector<DiagramEdge>& edges();
    // The edge from one node to another, or -1.
    static int edge(int from, int to);
    // The node a step lands on: CLOSED is the start node until the path has left it.
    static int nodeOf(core::TcpState state, bool leftStart);
    // The shortest chain of edges from one node to another (empty if none).
    static std::vector<int> route(int from, int to);
};

// One socket's path over the diagram.
struct StateTrack {
    struct Visit {
        int node;
        core::TcpStep step;
    };
    struct Leg {
        int edge;      // -1: no route in the diagram (drawn straight, dashed)
        int from, to;  // nodes
        bool observed; // read before and after, with nothing between
    };
    core::SocketId socket = core::kNoSocket;
    QString name;
    std::vector<Visit> visits;
    std::vector<Leg> legs;
    QStringList notes; // "SYN_SENT passed between two reads (not observed)"
    int current = -1;  // the node of the last step
};

// Where the diagram sits in an area: a margin for the legend above and the notes below,
// the grid's cells sized to the area, every node the same size.
struct DiagramGeometry {
    DiagramGeometry(QRectF area, double lineHeight);
    QRectF node(int index) const;
    QPointF centre(int index) const { return node(index).center(); }

    QRectF grid;
    double cellWidth;
    double cellHeight;
    QSizeF nodeSize;
};

StateTrack trackOf(core::SocketId socket, const QString& name,
                   const std::vector<core::TcpStep>& path);

} // namespace spg::ui
