// The one queued bridge between the engine's worker thread and the GUI thread. The worker
// hands over batches through deliver(); the GUI thread drains them at most about once per
// frame and re-emits them as one signal, so models update in batches and the GUI never
// waits on the engine.
#pragma once

#include "core/engine/engine.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>

namespace spg::ui {

class EngineBridge : public QObject, public core::EngineSink {
    Q_OBJECT

public:
    explicit EngineBridge(core::EngineOptions options = {}, QObject* parent = nullptr);
    ~EngineBridge() override;

    // GUI thread.
    core::CommandId submit(core::Command command);
    std::shared_ptr<const core::Capture> capture(core::SocketId id) const;
    void shutdown();
    // A fresh engine in place of this one: every socket of the old one closed, the batches
    // it had not yet handed over dropped. Emits restarted() for the views to start empty.
    void restart();
    // The one receiver that takes each batch by move (the session: its log keeps the
    // records), called after every eventsArrived receiver has seen the batch, so none of
    // them needs a copy. One owner; an empty function removes it.
    using Owner = std::function<void(core::EventBatch&&)>;
    void setOwner(Owner owner) { m_owner = std::move(owner); }
    int frameIntervalMs() const { return m_frameMs; }
    void setFrameIntervalMs(int ms) { m_frameMs = ms; }

    // Worker thread.
    void deliver(core::EventBatch&& batch) override;

signals:
    // One signal per drained frame; `events` holds every event since the last one, in order.
    void eventsArrived(const spg::core::EventBatch& events);
    // The owner has taken the drained batch: one frame's handling is over (benchmarks).
    void drained();
    void restarted();

private:
    void drain();
    Q_INVOKABLE void scheduleDrain(); // invoked by name from deliver()

    std::mutex m_mutex;
    core::EventBatch m_pending;
    bool m_scheduled = false;
    QElapsedTimer m_sinceDrain;
    int m_frameMs = 16;
    Owner m_owner;
    core::EngineOptions m_options;
    std::unique_ptr<core::Engine> m_engine;
};

} // namespace spg::ui
