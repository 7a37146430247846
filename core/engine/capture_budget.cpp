// The total capture budget: a water level over the captures' sizes. Taking a byte at a time
// from the largest capture ends with every capture above some level L cut to L, and the
// others untouched; L is found from the sizes sorted largest first.
#include "core/engine/capture_budget.h"

#include "core/sys/sys.h"

#include <algorithm>
#include <functional>

namespace spg::core {

std::size_t defaultCaptureBudget()
{
    constexpr std::uint64_t kMax = std::uint64_t(1) << 30;
    const std::uint64_t memory = sys::physicalMemoryBytes();
    return static_cast<std::size_t>(memory == 0 ? kMax : std::min(kMax, memory / 8));
}

std::uint64_t enforceCaptureBudget(const std::vector<Capture*>& captures, std::size_t budget)
{
    std::vector<std::pair<std::size_t, Capture*>> sizes;
    std::uint64_t total = 0;
    for (Capture* c : captures) {
        const std::size_t kept = c->kept();
        total += kept;
        if (kept > 0)
            sizes.emplace_back(kept, c);
    }
    if (total <= budget)
        return 0;
    std::sort(sizes.begin(), sizes.end(), std::greater<>());
    // With the i largest cut to the level L, the rest keep `rest` bytes: L = (budget - rest)
    // / i, valid once it is no lower than the next capture's size.
    std::uint64_t rest = total;
    std::size_t level = 0;
    std::size_t cut = sizes.size();
    for (std::size_t i = 0; i < sizes.size(); ++i) {
        rest -= sizes[i].first;
        if (rest > budget)
            continue;
        level = static_cast<std::size_t>((budget - rest) / (i + 1));
        const std::size_t next = i + 1 < sizes.size() ? sizes[i + 1].first : 0;
        if (level >= next) {
            cut = i + 1;
            break;
        }
    }
    std::uint64_t dropped = 0;
    for (std::size_t i = 0; i < cut; ++i) {
        if (sizes[i].first > level) {
            dropped += sizes[i].first - level;
            sizes[i].second->trimTo(level);
        }
    }
    return dropped;
}

void CaptureBudget::setBudget(std::size_t budget)
{
    m_budget = budget;
    m_boundKnown = false;
}

bool CaptureBudget::mayBeOver(std::size_t bytes)
{
    m_bound += bytes;
    return !m_boundKnown || m_bound > m_budget;
}

void CaptureBudget::enforce(const std::vector<Capture*>& captures)
{
    enforceCaptureBudget(captures, m_budget);
    m_bound = 0;
    for (const Capture* c : captures)
        m_bound += c->kept();
    m_boundKnown = true;
}

} // namespace spg::core
