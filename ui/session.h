// The window's view of one engine session: routes each drained batch to the models, keeps
// the loop statistics, and runs small call chains (the one-click helpers) whose later calls
// need the socket an earlier call created. GUI thread only.
#pragma once

#include "call_log_model.h"
#include "event_model.h"
#include "socket_model.h"

#include "core/engine/events.h"

#include <QObject>

#include <deque>
#include <map>
#include <optional>

namespace spg::ui {

class EngineBridge;

class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(EngineBridge& bridge, QObject* parent = nullptr);
    ~Session() override;

    SocketModel* sockets() { return &m_sockets; }
    CallLogModel* log() { return &m_log; }
    EventModel* events() { return &m_events; }
    const core::LoopStats& stats() const { return m_stats; }
    EngineBridge& bridge() { return m_bridge; }

    core::CommandId submit(core::Command command);
    // Submits `first` (which creates a socket), then each of `rest` on that socket, one after
    // another; stops at the first failure. Every call is an ordinary logged call.
    void submitChain(core::Command first, std::vector<core::Command> rest);

    // Takes the batch (the bridge hands it over last, after its other receivers): the
    // records move into the log instead of being copied.
    void consume(core::EventBatch batch);

signals:
    void statsChanged(const spg::core::LoopStats& stats);
    void callRecorded(const spg::core::CallRecord& record);
    // The same records, once per batch and in order, after each had its callRecorded():
    // for receivers that redraw, so a batch costs them one redraw, not one per record.
    void callsRecorded(const std::vector<const spg::core::CallRecord*>& records);
    void capturesGrew(const std::vector<spg::core::SocketId>& sockets);
    // A call submitted through submit() finished (not Blocked): for recording.
    void userCallCompleted(const spg::core::Command& command, const spg::core::CallRecord& record);
    void snapshotsArrived(const std::vector<spg::core::SocketSnapshot>& snapshots);
    // The engine was replaced by a fresh one: every model is empty again.
    void restarted();

private:
    void advanceChain(const core::CallRecord& record);
    void onRestarted();

    EngineBridge& m_bridge;
    SocketModel m_sockets;
    CallLogModel m_log;
    EventModel m_events;
    core::LoopStats m_stats;

    struct Chain {
        core::CommandId waitingFor = 0;
        core::SocketId socket = core::kNoSocket;
        std::deque<core::Command> rest;
    };
    std::vector<Chain> m_chains;
    std::map<core::CommandId, core::Command> m_submitted; // Until their final record.
};

} // namespace spg::ui
