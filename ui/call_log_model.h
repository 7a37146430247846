// The syscall log: one strace-style row per call record, failures highlighted, capped
// history with a dropped count. GUI thread only.
#pragma once

#include "capped_table_model.h"

#include "core/engine/events.h"

#include <QSortFilterProxyModel>

namespace spg::ui {

class CallLogModel : public CappedTableModel<core::CallRecord> {
    Q_OBJECT

public:
    enum Column { Time, Socket, Call, Result, Duration, Note, ColumnCount };
    enum Role { SocketIdRole = Qt::UserRole + 1, FailedRole };

    explicit CallLogModel(std::size_t cap = 200000, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The rows as plain text, one strace line each, with failures marked: for copy and save.
    QString toText(const QModelIndexList& rows = {}) const;
    static QString lineText(const core::CallRecord& r);
    // The call column: strace's line, the engine's own line translated, or for a refused call
    // just "listen(...)" (its result says "not made", its note why).
    static QString callText(const core::CallRecord& r);
    static QString timeText(const core::CallRecord& r);
};

// Shows the calls of one socket (or all), optionally failures only, optionally matching text.
class CallLogFilter : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit CallLogFilter(QObject* parent = nullptr);
    void setSocket(core::SocketId id); // kNoSocket: every socket
    void setFailuresOnly(bool on);
    core::SocketId socket() const { return m_socket; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    core::SocketId m_socket = core::kNoSocket;
    bool m_failuresOnly = false;
};

} // namespace spg::ui
