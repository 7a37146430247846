// Where the ladder's parts go: lane centres, the y of each call by call order or in
// proportion to real time (zoomed), the rows inside a band of y, and hit-testing. Pure
// geometry over a LadderScene, computed on demand so a paint touches only what it shows.
// Any thread, but used from the GUI thread.
#pragma once

#include "ui/pictures/ladder_scene.h"

#include <QPointF>

#include <utility>

namespace spg::ui {

struct LadderLayout {
    enum class Axis { Order, Time };

    Axis axis = Axis::Order;
    double zoom = 1.0;      // 1: one row per call of rowHeight
    double rowHeight = 30;  // pixels per call at zoom 1, by order
    double laneWidth = 264; // pixels between lane centres
    double boxWidth = 168;  // a call box; the rest of the lane is room for arrows' labels
    double boxHeight = 22;
    double header = 40; // lane titles above the first call
    double margin = 12;

    double rowStep() const { return rowHeight * zoom; }
    // Nanoseconds per pixel in real-time mode: the run spread so its calls are rowStep()
    // apart on average, then zoomed.
    double nsPerPixel(const LadderScene& scene) const;
    double laneX(int position) const { return margin + laneWidth * (position + 0.5); }
    double width(const LadderScene& scene) const;
    double height(const LadderScene& scene) const;
    // The centre line of a kept call's box (absolute index, see LadderScene::call()), in
    // content coordinates; the oldest kept call is at the top.
    double yOfCall(const LadderScene& scene, std::size_t call) const;
    double yOf(const LadderScene& scene, qint64 row, qint64 timeNs) const;
    // Calls whose centres fall within [y0, y1] (content coordinates), widened by one box;
    // an absolute index range.
    std::pair<std::size_t, std::size_t> callsIn(const LadderScene& scene, double y0,
                                                double y1) const;
    // The call whose box holds `p`, or -1.
    int callAt(const LadderScene& scene, QPointF p) const;
    // Each lane's drawing position (index into laneOrder) by lane index.
    static std::vector<int> positions(const LadderScene& scene);
};

} // namespace spg::ui
