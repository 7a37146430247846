// What the event loop's wait costs, in words for the status bar: the backend's own call name,
// its CPU time per call over how many fds, and the loop's time outside it. The figures are
// the engine's own measurements (LoopStats); nothing here estimates. Pure; any thread.
#pragma once

#include "core/engine/events.h"

#include <QString>

namespace spg::ui {

// "0.1 µs", "12 µs", "0.52 ms", "1.3 s": three significant figures at most, µs below
// 0.1 ms and ms below 0.1 s.
QString durationText(double nanoseconds);

// "poll(): 0.52 ms CPU per call, 10,000 fds · loop 4 µs besides" (the loop's mean wall
// time per iteration outside the wait),
// or empty before the first timed wait.
QString waitCostText(const core::LoopStats& stats);

// Why the figure matters, for the tooltip: what each backend's wait does per call, the last
// wait's CPU and wall time, and, once more than one backend has waited in this run, each
// one's figure side by side ("poll(): 0.52 ms CPU per call over 10,000 fds; epoll_wait():
// 0.1 µs CPU per call over 10,000 fds").
QString waitCostExplanation(const core::LoopStats& stats);

// That side-by-side comparison alone, or empty while only one backend has waited.
QString waitCostComparison(const core::LoopStats& stats);

} // namespace spg::ui
