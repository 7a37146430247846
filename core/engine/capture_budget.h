// One budget for the bytes every socket's capture keeps, beside each socket's own cap: 100
// flooding connections at 64 MiB each would otherwise keep 6.4 GB. Over the budget, the
// largest captures lose their oldest bytes first, down to a common level, so a quiet
// socket's few bytes survive a flood on another. Counters stay exact: each capture counts
// what the budget took from it (CaptureStats::budgetDropped).
// Threading: worker thread only (it is where captures are appended to).
#pragma once

#include "core/engine/capture.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace spg::core {

// min(1 GiB, an eighth of the physical memory); 1 GiB when the memory size is unknown.
std::size_t defaultCaptureBudget();

// Trims the largest of `captures` (their oldest bytes) until the bytes they keep add up to
// at most `budget`: the outcome of taking one byte at a time from the largest. Returns how
// many bytes were dropped.
std::uint64_t enforceCaptureBudget(const std::vector<Capture*>& captures, std::size_t budget);

// Decides cheaply when enforceCaptureBudget() must run: only when what was appended since
// the last check could have passed the budget.
class CaptureBudget {
public:
    explicit CaptureBudget(std::size_t budget = defaultCaptureBudget()) : m_budget(budget) { }

    std::size_t budget() const { return m_budget; }
    void setBudget(std::size_t budget);
    // After `bytes` were appended to a capture: whether the total may now pass the budget,
    // so that enforce() must look (cheap: most appends need no look at the others).
    bool mayBeOver(std::size_t bytes);
    // Trims `captures` (every one there is) to the budget and remembers what they keep.
    void enforce(const std::vector<Capture*>& captures);

private:
    std::size_t m_budget;
    std::uint64_t m_bound = 0; // At least the bytes kept now (caps and trims only lower it).
    bool m_boundKnown = false;
};

} // namespace spg::core
