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
        appendTaking(rows.size(), [&](std::size_t i) -> Row& { return rows[i]; });
    }

    // The same, moving each row out of where it already lives (the session's batch), so a
    // row is moved once, straight into the model.
    void appendMoved(const std::vector<Row*>& rows)
    {
        appendTaking(rows.size(), [&](std::size_t i) -> Row& { return *rows[i]; });
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

private:
    // Appends rows take(0) ... take(count - 1) by move: one insert, and before it at most
    // one removal of the oldest rows past the cap.
    template <typename Take>
    void appendTaking(std::size_t count, Take&& take)
    {
        if (count == 0)
            return;
        std::size_t first = 0;
        if (count > m_cap) { // Only the newest `cap` rows could survive anyway.
            first = count - m_cap;
            m_dropped += first;
        }
        const std::size_t incoming = count - first;
        const std::size_t overflow = m_rows.size() + incoming > m_cap
            ? m_rows.size() + incoming - m_cap
            : 0;
        if (overflow > 0) {
            beginRemoveRows({}, 0, static_cast<int>(overflow) - 1);
            m_rows.pop_front(overflow);
            m_dropped += overflow;
            endRemoveRows();
        }
        const int at = static_cast<int>(m_rows.size());
        beginInsertRows({}, at, at + static_cast<int>(incoming) - 1);
        for (std::size_t i = first; i < count; ++i)
            m_rows.push_back(std::move(take(i)));
        endInsertRows();
    }

protected:
    RowRing<Row> m_rows;
    std::size_t m_cap;
    std::size_t m_dropped = 0;
};

} // namespace spg::ui
