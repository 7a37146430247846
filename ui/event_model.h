// The Events panel's model: every readiness record the loop returned, in the backend's own
// terms, with its meaning in words and whether a call consumed it. A frame's batch keeps at
// most a bounded number of records (10,000 sockets can become ready at once); the rest become
// one summary row that counts them, so nothing is left out unsaid. GUI thread only.
#pragma once

#include "capped_table_model.h"

#include "core/engine/events.h"

namespace spg::ui {

// A row: one readiness record, or (notKept > 0) the summary of the records a batch left out.
struct EventRow {
    core::LoopRecord record; // For a summary: the first record left out.
    std::size_t notKept = 0;
    std::uint64_t lastIteration = 0; // For a summary: the last left-out record's iteration.
};

class EventModel : public CappedTableModel<EventRow> {
    Q_OBJECT

public:
    enum Column { Iteration, Socket, Ready, Status, Meaning, Raw, Time, ColumnCount };
    static constexpr std::size_t kKeptPerBatch = 1000;

    explicit EventModel(std::size_t cap = 50000, std::size_t keptPerBatch = kKeptPerBatch,
                        QObject* parent = nullptr);

    // Keeps the first keptPerBatch records, in order, and one summary row for the rest.
    void append(std::vector<core::LoopRecord>&& records);
    // Records summarised instead of kept, since the start (not reset by the row cap).
    std::size_t notKept() const { return m_notKept; }
    void clear();

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant summaryData(const EventRow& row, int column, int role) const;

    std::size_t m_keptPerBatch;
    std::size_t m_notKept = 0;
};

} // namespace spg::ui
