#include "ui/pictures/lane_order.h"

#include <cassert>

namespace spg::ui {

void LaneOrder::append(int lane)
{
    assert(lane == int(m_next.size()));
    m_prev.push_back(-1);
    m_next.push_back(-1);
    linkBetween(lane, m_tail, -1);
}

void LaneOrder::placeRightOf(int lane, int anchor)
{
    if (lane == anchor)
        return;
    unlink(lane);
    linkBetween(lane, anchor, m_next[std::size_t(anchor)]);
}

void LaneOrder::placeLeftOf(int lane, int anchor)
{
    if (lane == anchor)
        return;
    unlink(lane);
    linkBetween(lane, m_prev[std::size_t(anchor)], anchor);
}

void LaneOrder::clear()
{
    m_prev.clear();
    m_next.clear();
    m_head = m_tail = -1;
    m_list.clear();
    m_stale = false;
}

const std::vector<int>& LaneOrder::leftToRight() const
{
    if (m_stale) {
        m_list.clear();
        m_list.reserve(m_next.size());
        for (int lane = m_head; lane >= 0; lane = m_next[std::size_t(lane)])
            m_list.push_back(lane);
        m_stale = false;
    }
    return m_list;
}

void LaneOrder::unlink(int lane)
{
    const int before = m_prev[std::size_t(lane)];
    const int after = m_next[std::size_t(lane)];
    (before >= 0 ? m_next[std::size_t(before)] : m_head) = after;
    (after >= 0 ? m_prev[std::size_t(after)] : m_tail) = before;
    m_prev[std::size_t(lane)] = m_next[std::size_t(lane)] = -1;
    m_stale = true;
}

void LaneOrder::linkBetween(int lane, int before, int after)
{
    m_prev[std::size_t(lane)] = before;
    m_next[std::size_t(lane)] = after;
    (before >= 0 ? m_next[std::size_t(before)] : m_head) = lane;
    (after >= 0 ? m_prev[std::size_t(after)] : m_tail) = lane;
    m_stale = true;
}

} // namespace spg::ui
