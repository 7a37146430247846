// The Events panel's model: every readiness record the loop returned, in the backend's own
// terms, with its meaning in words and whether a call consumed it. GUI thread only.
#pragma once

#include "capped_table_model.h"

#include "core/engine/events.h"

namespace spg::ui {

class EventModel : public CappedTableModel<core::LoopRecord> {
    Q_OBJECT

public:
    enum Column { Iteration, Socket, Ready, Status, Meaning, Raw, Time, ColumnCount };

    explicit EventModel(std::size_t cap = 50000, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace spg::ui
