// The ladder's geometry. By order, a call's row is its y; in real time, its time is, and
// the visible calls are found by binary search on either (both only grow along calls()).
#include "ui/pictures/ladder_layout.h"

#include <algorithm>
#include <cmath>

namespace spg::ui {

double LadderLayout::nsPerPixel(const LadderScene& scene) const
{
    // Over the kept calls only: the axis starts at the oldest one still kept.
    const double rows = double(std::max<qint64>(1, scene.rowCount() - scene.firstCall()));
    const double span = double(std::max<qint64>(1, scene.spanNs() - scene.firstNs()));
    const double base = span / (rows * rowHeight);
    return std::max(1e-3, base / zoom);
}

double LadderLayout::width(const LadderScene& scene) const
{
    return 2 * margin + laneWidth * double(scene.laneOrder().size());
}

double LadderLayout::height(const LadderScene& scene) const
{
    if (scene.calls().empty())
        return header + 2 * margin;
    return yOfCall(scene, std::size_t(scene.endCall() - 1)) + boxHeight + margin;
}

double LadderLayout::yOf(const LadderScene& scene, qint64 row, qint64 timeNs) const
{
    const double first = header + boxHeight / 2 + margin;
    if (axis == Axis::Order)
        return first + double(row - scene.firstCall()) * rowStep();
    return first + double(timeNs - scene.firstNs()) / nsPerPixel(scene);
}

double LadderLayout::yOfCall(const LadderScene& scene, std::size_t call) const
{
    const LadderScene::Call& c = scene.call(qint64(call));
    return yOf(scene, c.row, c.timeNs);
}

std::pair<std::size_t, std::size_t> LadderLayout::callsIn(const LadderScene& scene, double y0,
                                                          double y1) const
{
    const LadderScene::Calls& calls = scene.calls();
    y0 -= boxHeight;
    y1 += boxHeight;
    if (axis == Axis::Order) {
        const double first = header + boxHeight / 2 + margin;
        const auto r0 = qint64(std::floor((y0 - first) / rowStep())) + scene.firstCall();
        const auto r1 = qint64(std::ceil((y1 - first) / rowStep())) + scene.firstCall();
        return scene.callsInRows(r0, r1);
    }
    const auto byY = [&](const LadderScene::Call& c, double y) {
        return yOf(scene, c.row, c.timeNs) < y;
    };
    const auto b = std::lower_bound(calls.begin(), calls.end(), y0, byY);
    const auto e = std::lower_bound(b, calls.end(), y1, byY);
    const auto base = std::size_t(scene.firstCall());
    return { base + std::size_t(b - calls.begin()), base + std::size_t(e - calls.begin()) };
}

int LadderLayout::callAt(const LadderScene& scene, QPointF p) const
{
    const auto [b, e] = callsIn(scene, p.y(), p.y());
    const std::vector<int> pos = positions(scene);
    int best = -1;
    double bestDistance = boxHeight / 2 + 1;
    for (std::size_t i = b; i < e; ++i) {
        const LadderScene::Call& c = scene.call(qint64(i));
        const double x = laneX(pos[std::size_t(c.lane)]);
        const double distance = std::abs(yOfCall(scene, i) - p.y());
        if (std::abs(p.x() - x) <= boxWidth / 2 && distance < bestDistance) {
            best = int(i);
            bestDistance = distance;
        }
    }
    return best;
}

std::vector<int> LadderLayout::positions(const LadderScene& scene)
{
    std::vector<int> out(scene.lanes().size(), 0);
    for (std::size_t p = 0; p < scene.laneOrder().size(); ++p)
        out[std::size_t(scene.laneOrder()[p])] = int(p);
    return out;
}

} // namespace spg::ui
