// The window's centre: the bytes (hex view) and the pictures drawn from the engine's
// records, one tab each. It picks what each picture shows from the Sockets panel's selection
// and redraws when those sockets' snapshots change. GUI thread only.
#pragma once

#include "core/engine/events.h"

#include <QTabWidget>

#include <vector>

namespace spg::ui {

class HexPanel;
class Session;
class QueuesView;
class StatesView;
class SequenceView;

class PictureTabs : public QTabWidget {
    Q_OBJECT

public:
    PictureTabs(Session& session, HexPanel* hex, QWidget* parent = nullptr);

    void setSelection(std::vector<core::SocketId> ids);
    // Draws the picture in front again if what it shows changed since it was last drawn.
    void refreshVisible();
    StatesView* states() const { return m_states; }
    QueuesView* queues() const { return m_queues; }
    SequenceView* sequence() const { return m_sequence; }
    // The sockets the States view draws: the selected TCP sockets, each followed by the
    // other end of its connection where that end is the playground's own.
    std::vector<core::SocketId> statesSockets() const;

private:
    void onSnapshots(const std::vector<core::SocketSnapshot>& snapshots);
    void refreshStates();
    void refreshQueues();
    void onCalls(const std::vector<const core::CallRecord*>& records);

    Session& m_session;
    StatesView* m_states;
    QueuesView* m_queues;
    SequenceView* m_sequence;
    std::vector<core::SocketId> m_selected;
    std::vector<core::SocketId> m_drawnStates; // what the States view last drew
    bool m_statesStale = true;
    bool m_queuesStale = true;
    bool m_sequenceStale = true;
};

} // namespace spg::ui
