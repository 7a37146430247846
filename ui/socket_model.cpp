// Tree of two levels: top-level sockets, and under a listener its accepted sockets followed
// by pending clients. A child's internal id is its parent's socket id (never 0); top-level
// rows use 0.
#include "socket_model.h"
#include "display_text.h"

#include "socket_text.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>
#include <set>
#include <unordered_set>

namespace spg::ui {

namespace {

QString bytes(std::uint64_t n)
{
    return QLocale().toString(static_cast<qulonglong>(n));
}

QString queued(long queued, long buffer)
{
    if (queued < 0)
        return {};
    return buffer > 0 ? QStringLiteral("%1 / %2").arg(queued).arg(buffer) : QString::number(queued);
}

double ratio(long part, long whole)
{
    return part >= 0 && whole > 0 ? std::min(1.0, double(part) / double(whole)) : -1.0;
}

} // namespace

SocketModel::SocketModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

const core::SocketSnapshot* SocketModel::socket(core::SocketId id) const
{
    auto it = m_sockets.find(id);
    return it == m_sockets.end() ? nullptr : &it->second;
}

std::vector<core::SocketId> SocketModel::ids() const
{
    std::vector<core::SocketId> out;
    for (const auto& [id, s] : m_sockets)
        out.push_back(id);
    return out;
}

void SocketModel::clear()
{
    beginResetModel();
    m_sockets.clear();
    m_top.clear();
    m_children.clear();
    m_topRow.clear();
    m_childRow.clear();
    m_pending.clear();
    endResetModel();
}

void SocketModel::apply(const std::vector<core::SocketSnapshot>& snapshots)
{
    std::vector<core::SocketId> fresh;
    std::set<core::SocketId> changed;
    for (const core::SocketSnapshot& s : snapshots) {
        auto [it, inserted] = m_sockets.insert_or_assign(s.id, s);
        m_pending.update(s);
        if (inserted)
            fresh.push_back(s.id);
        else
            changed.insert(s.id);
    }
    insertNew(fresh);
    for (core::SocketId id : changed) {
        const QModelIndex first = indexOf(id, 0);
        if (first.isValid())
            emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    }
    for (const PendingClients::Change& change : m_pending.takeChanges())
        showPending(change);
}

// New sockets arrive in creation order; consecutive rows under one parent go in with one
// beginInsertRows each batch.
void SocketModel::insertNew(const std::vector<core::SocketId>& ids)
{
    std::vector<core::SocketId> top;
    std::map<core::SocketId, std::vector<core::SocketId>> kids;
    for (core::SocketId id : ids) {
        const core::SocketSnapshot& s = m_sockets.at(id);
        const bool child = s.parent != core::kNoSocket && m_topRow.count(s.parent);
        (child ? kids[s.parent] : top).push_back(id);
    }
    if (!top.empty()) {
        const int first = static_cast<int>(m_top.size());
        beginInsertRows({}, first, first + static_cast<int>(top.size()) - 1);
        m_top.insert(m_top.end(), top.begin(), top.end());
        for (std::size_t i = 0; i < top.size(); ++i)
            m_topRow[top[i]] = first + static_cast<int>(i);
        endInsertRows();
    }
    for (auto& [parentId, list] : kids) {
        std::vector<Child>& children = m_children[parentId];
        // Accepted sockets go before the pending clients.
        const auto firstPending = std::find_if(children.begin(), children.end(),
                                               [](const Child& c) { return c.pending; });
        const int at = static_cast<int>(firstPending - children.begin());
        beginInsertRows(indexOf(parentId), at, at + static_cast<int>(list.size()) - 1);
        std::vector<Child> rows;
        for (core::SocketId id : list)
            rows.push_back(Child { id, false });
        children.insert(children.begin() + at, rows.begin(), rows.end());
        for (std::size_t i = 0; i < list.size(); ++i)
            m_childRow[list[i]] = { parentId, at + static_cast<int>(i) };
        endInsertRows();
    }
}

std::vector<core::SocketId> SocketModel::pendingFor(const core::SocketSnapshot& listener) const
{
    return m_pending.of(listener.id);
}

// Brings one listener's pending rows up to date: removes the clients that left its queue
// and appends those that joined, touching nothing else.
void SocketModel::showPending(const PendingClients::Change& change)
{
    // A listener is a top-level socket, and apply() gave every new socket its row first.
    const QModelIndex parentIndex = indexOf(change.listener);
    Q_ASSERT(parentIndex.isValid() && !parentIndex.parent().isValid());
    if (!parentIndex.isValid())
        return;
    std::vector<Child>& children = m_children[change.listener];
    const std::unordered_set<core::SocketId> gone(change.removed.begin(), change.removed.end());
    // Pending rows are the last ones: each run of leaving rows goes in one removal.
    const auto leaving = [&](int row) {
        const Child& c = children[static_cast<std::size_t>(row)];
        return c.pending && gone.count(c.id) > 0;
    };
    for (int last = static_cast<int>(children.size()) - 1; last >= 0;) {
        if (!children[static_cast<std::size_t>(last)].pending)
            break;
        if (!leaving(last)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && leaving(first - 1))
            --first;
        beginRemoveRows(parentIndex, first, last);
        children.erase(children.begin() + first, children.begin() + last + 1);
        endRemoveRows();
        last = first - 1;
    }
    if (change.added.empty())
        return;
    const int first = static_cast<int>(children.size());
    beginInsertRows(parentIndex, first, first + static_cast<int>(change.added.size()) - 1);
    for (core::SocketId id : change.added)
        children.push_back(Child { id, true });
    endInsertRows();
}

QModelIndex SocketModel::indexOf(core::SocketId id, int column) const
{
    if (const auto top = m_topRow.find(id); top != m_topRow.end())
        return createIndex(top->second, column, quintptr(0));
    if (const auto child = m_childRow.find(id); child != m_childRow.end())
        return createIndex(child->second.second, column, quintptr(child->second.first));
    return {};
}

const SocketModel::Child* SocketModel::childAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    auto it = m_children.find(static_cast<core::SocketId>(index.internalId()));
    if (it == m_children.end() || index.row() >= static_cast<int>(it->second.size()))
        return nullptr;
    return &it->second[static_cast<std::size_t>(index.row())];
}

core::SocketId SocketModel::socketAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return core::kNoSocket;
    if (const Child* c = childAt(index))
        return c->id;
    return index.internalId() == 0 && index.row() < static_cast<int>(m_top.size())
        ? m_top[static_cast<std::size_t>(index.row())]
        : core::kNoSocket;
}

QModelIndex SocketModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_top.size()) ? createIndex(row, column, quintptr(0))
                                                     : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0)
        return {};
    const core::SocketId parentId = m_top[static_cast<std::size_t>(parent.row())];
    auto it = m_children.find(parentId);
    if (it == m_children.end() || row >= static_cast<int>(it->second.size()))
        return {};
    return createIndex(row, column, quintptr(parentId));
}

QModelIndex SocketModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const auto parentId = static_cast<core::SocketId>(child.internalId());
    const auto it = m_topRow.find(parentId);
    return it == m_topRow.end() ? QModelIndex() : createIndex(it->second, 0, quintptr(0));
}

int SocketModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    auto it = m_children.find(m_top[static_cast<std::size_t>(parent.row())]);
    return it == m_children.end() ? 0 : static_cast<int>(it->second.size());
}

int SocketModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant SocketModel::data(const QModelIndex& index, int role) const
{
    const core::SocketId id = socketAt(index);
    auto it = m_sockets.find(id);
    if (it == m_sockets.end())
        return {};
    const core::SocketSnapshot& s = it->second;
    const Child* child = childAt(index);
    const bool pending = child && child->pending;
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column(), pending);
    case Qt::ToolTipRole: return tooltip(s, index.column(), pending);
    case SocketIdRole: return id;
    case PendingRole: return pending;
    case WildcardRole: return s.wildcard;
    case GaugeRole:
        if (pending)
            return {};
        if (index.column() == RecvQ)
            return ratio(s.receiveQueued, s.receiveBuffer);
        if (index.column() == SendQ)
            return ratio(s.sendQueued, s.sendBuffer);
        if (index.column() == Queue && s.acceptQueue >= 0 && s.acceptLimit > 0)
            return std::min(1.0, double(s.acceptQueue) / double(s.acceptLimit + 1));
        return {};
    case Qt::ForegroundRole:
        if (s.lifecycle == core::Lifecycle::Closed || pending)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Local && s.wildcard)
            return QBrush(QColor(0xd0, 0x60, 0x00));
        if (index.column() == Blocked && !s.blockedIn.empty())
            return QBrush(QColor(0xc0, 0x30, 0x30));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == In || index.column() == Out)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant SocketModel::display(const core::SocketSnapshot& s, int column, bool pending) const
{
    if (pending) {
        switch (column) {
        case Socket: return tr("queued #%1").arg(s.id);
        case State: return tr("waiting in the accept queue");
        case Local: return displayText(s.local);
        default: return {};
        }
    }
    switch (column) {
    case Socket: return socketLabel(s);
    case Kind: return socketKind(s);
    case State: return socketState(s);
    case Local:
        return s.wildcard ? displayText(s.local) + tr("  ⚠ all interfaces") : displayText(s.local);
    case Peer: return displayText(s.peer);
    case In: return bytes(s.bytesIn);
    case Out: return bytes(s.bytesOut);
    case RecvQ: return queued(s.receiveQueued, s.receiveBuffer);
    case SendQ: return queued(s.sendQueued, s.sendBuffer);
    case Queue: return queueText(s);
    case Mode: return socketMode(s);
    case Blocked:
        if (!s.blockedIn.empty())
            return tr("blocked in %1()").arg(displayText(s.blockedIn));
        if (s.pendingReady)
            return tr("pending: ") + readyText(s.pendingReady);
        return noteText(s.note, s.noteWhat);
    }
    return {};
}

QVariant SocketModel::tooltip(const core::SocketSnapshot& s, int column, bool pending) const
{
    if (pending)
        return tr("Client socket #%1 connected to this listener, but no accept() has taken "
                  "it yet: it waits in the kernel's accept queue.").arg(s.id);
    switch (column) {
    case Local:
        return s.wildcard ? tr("Bound to the wildcard address: reachable from other machines "
                               "on every interface.")
                          : tr("getsockname(): the local address.");
    case Peer: return tr("getpeername(): the connected peer.");
    case RecvQ: return tr("Bytes waiting to be read (FIONREAD) / receive buffer (SO_RCVBUF).");
    case SendQ: return tr("Bytes sent but not yet acknowledged (SIOCOUTQ / SO_NWRITE) / send "
                          "buffer (SO_SNDBUF).");
    case Queue: return tr("Connections completed by the kernel and waiting for accept(), against "
                          "the limit set by listen()'s backlog.");
    case Blocked: return tr("A blocking call waiting on this socket, or readiness the loop "
                            "reported that no call has consumed yet.");
    case In:
        return tr("Bytes received, exactly, including any the capture cap dropped.\n"
                  "Capture: %1 bytes dropped by this socket's cap, %2 by the total budget.")
            .arg(s.captureDropped - s.captureBudgetDropped)
            .arg(s.captureBudgetDropped);
    case Out: return tr("Bytes sent, exactly.");
    }
    return {};
}

QVariant SocketModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // QT_TR_NOOP marks them for lupdate; tr() below translates them.
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Socket"),
        QT_TR_NOOP("Kind"),
        QT_TR_NOOP("State"),
        QT_TR_NOOP("Accept queue"),
        QT_TR_NOOP("Blocked / pending"),
        QT_TR_NOOP("Local"),
        QT_TR_NOOP("Peer"),
        QT_TR_NOOP("In"),
        QT_TR_NOOP("Out"),
        QT_TR_NOOP("Recv-Q"),
        QT_TR_NOOP("Send-Q"),
        QT_TR_NOOP("Mode"),
    };
    return tr(names[section]);
}

} // namespace spg::ui
