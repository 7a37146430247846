// The Sequence view's lanes, left to right. Lanes move beside others as sockets are accepted
// and remote peers appear: a linked order makes each move a constant-time step, so 10,000
// accepted sockets placed beside their listener cost 10,000 steps, not 10,000 walks and
// shifts of a vector. The left-to-right list is rebuilt only when read after a change (once
// per drawn frame at most). Plain data; GUI thread only, like the scene that owns it.
#pragma once

#include <cstddef>
#include <vector>

namespace spg::ui {

class LaneOrder {
public:
    // Lanes are the scene's indices 0, 1, 2, ...: `lane` is the next one, placed rightmost.
    void append(int lane);
    // Moves `lane` just right (or left) of `anchor`; both are already in the order.
    void placeRightOf(int lane, int anchor);
    void placeLeftOf(int lane, int anchor);
    void clear();

    const std::vector<int>& leftToRight() const;
    std::size_t size() const { return m_next.size(); }

private:
    void unlink(int lane);
    void linkBetween(int lane, int before, int after);

    // Neighbours by lane index; -1 at either end.
    std::vector<int> m_prev;
    std::vector<int> m_next;
    int m_head = -1;
    int m_tail = -1;
    mutable std::vector<int> m_list;
    mutable bool m_stale = false;
};

} // namespace spg::ui
