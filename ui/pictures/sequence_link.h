// Linked selection between the Sequence view and the rest of the window: clicking a call box
// selects that call in the syscall log, its socket, and its bytes in the hex view; selecting
// a log row selects and scrolls to its box. GUI thread only.
#pragma once

#include "core/engine/events.h"

#include <QObject>

#include <functional>

class QTableView;

namespace spg::ui {

class CallLogFilter;
class CallLogModel;
class HexPanel;
class SequenceView;

class SequenceLink : public QObject {
    Q_OBJECT

public:
    SequenceLink(SequenceView* sequence, QTableView* log, CallLogFilter* filter,
                 CallLogModel* model, HexPanel* hex,
                 std::function<void(core::SocketId)> selectSocket, QObject* parent);

private:
    void onCallClicked(core::CommandId command);
    void onLogRow(const QModelIndex& index);

    SequenceView* m_sequence;
    QTableView* m_log;
    CallLogFilter* m_filter;
    CallLogModel* m_model;
    HexPanel* m_hex;
    std::function<void(core::SocketId)> m_selectSocket;
    bool m_busy = false; // one side is following the other: do not echo back
};

} // namespace spg::ui
