// Batches from the worker are appended under a mutex; one queued call per frame moves them
// to the GUI thread.
#include "engine_bridge.h"

#include <QTimer>

namespace spg::ui {

EngineBridge::EngineBridge(core::EngineOptions options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    m_sinceDrain.start();
    m_engine = std::make_unique<core::Engine>(*this, options);
}

EngineBridge::~EngineBridge()
{
    shutdown();
}

void EngineBridge::shutdown()
{
    if (m_engine)
        m_engine->shutdown();
}

void EngineBridge::restart()
{
    // shutdown() joins the worker, so nothing of the old engine arrives after this.
    m_engine->shutdown();
    {
        std::lock_guard lock(m_mutex);
        m_pending.clear();
    }
    m_engine = std::make_unique<core::Engine>(*this, m_options);
    emit restarted();
}

core::CommandId EngineBridge::submit(core::Command command)
{
    return m_engine->submit(std::move(command));
}

std::shared_ptr<const core::Capture> EngineBridge::capture(core::SocketId id) const
{
    return m_engine->capture(id);
}

void EngineBridge::deliver(core::EventBatch&& batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_pending.empty())
            m_pending = std::move(batch);
        else
            m_pending.insert(m_pending.end(), std::make_move_iterator(batch.begin()),
                             std::make_move_iterator(batch.end()));
        if (m_scheduled)
            return;
        m_scheduled = true;
    }
    // By name, not by member pointer: the pointer form builds its slot object here, on the
    // worker, and the GUI thread deletes it, ordered only by Qt's event queue, which
    // ThreadSanitizer cannot see (Qt is not built with it). By name, Qt makes and frees the
    // event itself.
    QMetaObject::invokeMethod(this, "scheduleDrain", Qt::QueuedConnection);
}

void EngineBridge::scheduleDrain()
{
    const qint64 wait = m_frameMs - m_sinceDrain.elapsed();
    if (wait <= 0)
        drain();
    else
        QTimer::singleShot(static_cast<int>(wait), this, &EngineBridge::drain);
}

void EngineBridge::drain()
{
    core::EventBatch events;
    {
        std::lock_guard lock(m_mutex);
        events.swap(m_pending);
        m_scheduled = false;
    }
    m_sinceDrain.restart();
    if (events.empty())
        return;
    emit eventsArrived(events);
    if (m_owner)
        m_owner(std::move(events));
    emit drained();
}

} // namespace spg::ui
