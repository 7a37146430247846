// The Queues view's scene. The kernel reports how many connections wait and the limit, not
// which ones; the playground's own clients are matched to the queue by address, in the
// order they connected, and the notes say that this is what is shown.
#include "ui/pictures/queue_scene.h"

#include "ui/socket_model.h"
#include "ui/socket_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace spg::ui {

namespace {

// lupdate files a free function's tr() under its namespace, so that is the context here too.
QString tr(const char* text)
{
    return QCoreApplication::translate("spg::ui", text);
}

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

bool connectsTo(const core::SocketSnapshot& client, const core::SocketSnapshot& listener)
{
    if (client.connectTo.empty() || listener.local.empty())
        return false;
    return client.connectTo == listener.local
        || (listener.wildcard && portOfAddress(client.connectTo) == portOfAddress(listener.local));
}

bool synSent(const core::SocketSnapshot& s)
{
    return s.lifecycle == core::Lifecycle::Connecting && s.tcpState == core::TcpState::SynSent;
}

} // namespace

core::SocketId listenerFor(const SocketModel& model, const std::vector<core::SocketId>& selection)
{
    for (core::SocketId id : selection) {
        const core::SocketSnapshot* s = model.socket(id);
        if (!s)
            continue;
        if (s->lifecycle == core::Lifecycle::Listening)
            return id;
        if (s->parent != core::kNoSocket)
            return s->parent;
        for (core::SocketId other : model.ids()) {
            const core::SocketSnapshot* l = model.socket(other);
            if (l->lifecycle == core::Lifecycle::Listening && connectsTo(*s, *l))
                return other;
        }
    }
    core::SocketId newest = core::kNoSocket;
    for (core::SocketId id : model.ids())
        if (model.socket(id)->lifecycle == core::Lifecycle::Listening)
            newest = id;
    return newest;
}

QueueScene queueSceneOf(const SocketModel& model, core::SocketId listener)
{
    QueueScene scene;
    const core::SocketSnapshot* l = model.socket(listener);
    if (!l || l->lifecycle != core::Lifecycle::Listening)
        return scene;
    scene.listener = listener;
    scene.title = tr("#%1 listening on %2").arg(listener).arg(text(l->local));
    scene.backlog = l->acceptLimit;
    scene.queued = l->acceptQueue;
#if defined(__linux__)
    // net/core: the queue is full only when it holds more than the backlog.
    scene.slotCount = l->acceptLimit >= 0 ? l->acceptLimit + 1 : 0;
    scene.slotsNote = tr("backlog %1: Linux queues up to backlog + 1 = %2")
                          .arg(l->acceptLimit)
                          .arg(scene.slotCount);
#else
    scene.slotCount = std::max(l->acceptLimit, 0);
    scene.slotsNote = QStringLiteral("backlog %1").arg(l->acceptLimit);
#endif
    const std::vector<core::SocketId> ours = model.pendingFor(*l);
    const int queued = std::max(scene.queued, 0);
    for (int i = 0; i < queued; ++i) {
        if (static_cast<std::size_t>(i) < ours.size()) {
            const core::SocketSnapshot* c = model.socket(ours[static_cast<std::size_t>(i)]);
            scene.queue.push_back(
                { c->id, QStringLiteral("#%1 %2").arg(c->id).arg(text(c->local)) });
        } else {
            scene.queue.push_back({ core::kNoSocket, tr("a client from outside") });
        }
    }
    for (core::SocketId id : model.ids()) {
        const core::SocketSnapshot* s = model.socket(id);
        if (synSent(*s) && connectsTo(*s, *l))
            scene.waiting.push_back({ id, QStringLiteral("#%1 SYN_SENT").arg(id) });
        if (s->parent == listener && s->lifecycle != core::Lifecycle::Closed)
            scene.accepted.push_back({ id, QStringLiteral("#%1 %2").arg(id).arg(text(s->peer)) });
    }
    scene.overflows = l->listenOverflows;
    scene.drops = l->listenDrops;
    if (!ours.empty())
        scene.notes << tr(
            "The kernel counts the queue but does not name its entries: the playground's own "
            "clients are placed in the order they connected.");
    if (!scene.waiting.empty())
        scene.notes << tr(
            "Waiting outside: the playground's clients in SYN_SENT towards this address. "
            "Linux does not report a listener's SYN queue; other clients are not shown.");
    if (scene.queued < 0)
        scene.notes << tr("This platform does not report the queue's length.");
    return scene;
}

} // namespace spg::ui
