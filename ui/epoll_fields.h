// The Call form's fields for epoll's arguments: epoll_create1's flags, epoll_ctl's op, the
// socket it is told about (a list of the open sockets: an epoll instance is the form's
// target, the row selected in the Sockets panel, never in this list) and its events, and
// epoll_wait's maxevents. Each row shows only for the calls that take it. GUI thread only.
#pragma once

#include "core/engine/commands.h"
#include "core/engine/events.h"

#include <QObject>
#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QSpinBox;
class QWidget;

namespace spg::ui {

class EpollFields : public QObject {
    Q_OBJECT

public:
    explicit EpollFields(QWidget* form);

    void addRows(QFormLayout* form);
    // Shows the rows `kind` takes, through the panel's `show` (field and label together).
    void showFor(core::CallKind kind, const std::function<void(QWidget*, bool)>& show) const;
    // Reads the rows `c.kind` takes into `c`; false with a message when one is missing.
    bool build(core::Command& c, QString& error) const;
    // The sockets epoll_ctl may name: every open one that is no epoll instance. The list is
    // rebuilt only when that set changed (an open socket's label never changes), so a batch
    // that only changed states costs a pass over the ids, not 10,000 combo-box items.
    void setSockets(const std::vector<const core::SocketSnapshot*>& sockets);
    // Where the sockets come from, and word that they changed: the list is read from
    // `source` once per turn of the event loop however often it is told (a batch changes
    // one row at a time), while the socket row is shown, and otherwise when it next shows,
    // so sockets arriving by the thousand under another call's form cost nothing here.
    using SocketSource = std::function<std::vector<const core::SocketSnapshot*>()>;
    void setSocketSource(SocketSource source);
    void socketsChanged();

    QComboBox* opBox() const { return m_op; }
    QComboBox* watchedBox() const { return m_watched; }
    QSpinBox* maxEventsBox() const { return m_maxEvents; }
    QCheckBox* eventBox(const QString& name) const; // "EPOLLIN", "EPOLLET", ...

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refreshSockets();

    SocketSource m_source;
    bool m_stale = false;  // The sockets changed since the list was last read.
    bool m_queued = false; // A read is queued for this turn of the event loop.
    QComboBox* m_flags;
    QComboBox* m_op;
    QComboBox* m_watched;
    std::vector<core::SocketId> m_listed; // What m_watched lists, in order.
    QWidget* m_eventBox;
    QList<QCheckBox*> m_events;
    QSpinBox* m_maxEvents;
};

} // namespace spg::ui
