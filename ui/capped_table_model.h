// A table model that appends rows in batches (one beginInsertRows per batch) and keeps at
// most `cap` rows, dropping the oldest with one beginRemoveRows and counting what it
// dropped so the view can say so. The rows live in a RowRing, so a model at its cap appends
// and drops without allocating. GUI thread only.
#pragma once

#include "ui/row_ring.h"

#include <QAbstractTableModel>

#include <vector>

namespace spg::ui {

template <typename Row>
class CappedTableModel : public QAbstractTableModel {
public:
    explicit CappedTableModel(std::size_t cap, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_cap(cap)
    {
    }

    void append(std::vector<Row>&& rows)
    {
        if (rows.empty())
            return;
        if (rows.size() > m_cap) { // Only the newest `cap` rows could survive anyway.
            const std::size_t skip = rows.size() - m_cap;
            m_dropped += skip;
            rows.erase(rows.begin(), rows.begin() + static_cast<long>(skip));
        }
        const std::size_t overflow = m_rows.size() + rows.size() > m_cap
            ? m_rows.size() + rows.size() - m_cap
            : 0;
        if (overflow > 0) {
            beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
            m_rows.pop_front(overflow);
            m_dropped += overflow;
            endRemoveRows();
        }
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        for (Row& row : rows)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }

    void clear()
    {
        beginResetModel();
        m_rows.clear();
        m_dropped = 0;
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }

    const Row& row(int i) const { return m_rows[static_cast<std::size_t>(i)]; }
    std::size_t dropped() const { return m_dropped; }
    std::size_t cap() const { return m_cap; }

protected:
    RowRing<Row> m_rows;
    std::size_t m_cap;
    std::size_t m_dropped = 0;
};

} // namespace spg::ui
