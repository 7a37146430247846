// The Sockets panel's model: every socket as a row, listeners with their accepted sockets
// and, where the playground knows them, the client sockets still waiting in the accept
// queue as children. Fed with snapshot batches; GUI thread only.
#pragma once

#include "core/engine/events.h"
#include "ui/pending_clients.h"

#include <QAbstractItemModel>

#include <map>
#include <unordered_map>
#include <vector>

namespace spg::ui {

class SocketModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column { Socket, Kind, State, Queue, Blocked, Local, Peer, In, Out, RecvQ, SendQ, Mode,
                  ColumnCount };
    enum Role { SocketIdRole = Qt::UserRole + 1, GaugeRole, PendingRole, WildcardRole };

    explicit SocketModel(QObject* parent = nullptr);

    void apply(const std::vector<core::SocketSnapshot>& snapshots);
    void clear();
    const core::SocketSnapshot* socket(core::SocketId id) const;
    core::SocketId socketAt(const QModelIndex& index) const;
    QModelIndex indexOf(core::SocketId id, int column = 0) const;
    std::vector<core::SocketId> ids() const;
    // The playground's own clients still waiting in this listener's accept queue, as the
    // last apply() found them.
    std::vector<core::SocketId> pendingFor(const core::SocketSnapshot& listener) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Child {
        core::SocketId id;
        bool pending; // A client of ours still waiting in this listener's queue.
    };

    const Child* childAt(const QModelIndex& index) const;
    void insertNew(const std::vector<core::SocketId>& ids);
    void showPending(const PendingClients::Change& change);
    QVariant display(const core::SocketSnapshot& s, int column, bool pending) const;
    QVariant tooltip(const core::SocketSnapshot& s, int column, bool pending) const;

    std::map<core::SocketId, core::SocketSnapshot> m_sockets;
    std::vector<core::SocketId> m_top;
    std::map<core::SocketId, std::vector<Child>> m_children;
    // Where each socket's row is, so a batch costs what it changed, not the table's size:
    // top rows only append, and accepted children go in before the pending ones, so neither
    // ever moves. Pending rows are not indexed (indexOf() never returns them).
    std::unordered_map<core::SocketId, int> m_topRow;
    std::unordered_map<core::SocketId, std::pair<core::SocketId, int>> m_childRow;
    PendingClients m_pending;
};

} // namespace spg::ui
