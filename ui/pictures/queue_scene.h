// What the Queues view draws for one listening socket, computed from the snapshots: the
// accept queue's slots up to the kernel's limit, filled with the clients the playground
// knows (the rest are "a client from outside"), the playground's clients still in SYN_SENT
// towards it, the sockets accept() returned, and the listen counters' change. Pure data
// from the model; GUI thread only (it reads the SocketModel).
#pragma once

#include "core/engine/events.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace spg::ui {

class SocketModel;

struct QueueScene {
    struct Client {
        core::SocketId socket = core::kNoSocket; // kNoSocket: not one of the playground's
        QString label;
    };
    core::SocketId listener = core::kNoSocket;
    QString title;                // "#1 listening on 127.0.0.1:41234"
    int backlog = -1;             // the limit the kernel reports
    int slotCount = 0;            // what it holds: backlog + 1 on Linux
    QString slotsNote;            // why that many
    int queued = -1;              // the kernel's count; -1 if it does not tell
    std::vector<Client> queue;    // head first, `queued` entries (where known)
    std::vector<Client> waiting;  // SYN_SENT towards this listener
    std::vector<Client> accepted; // what accept() returned, oldest first
    std::int64_t overflows = -1;
    std::int64_t drops = -1;
    QStringList notes;
};

// The listener the view should draw for a selection: the selected listener, the listener a
// selected accepted socket came from, the one a selected client connects to, else the
// newest listener.
core::SocketId listenerFor(const SocketModel& model, const std::vector<core::SocketId>& selection);
QueueScene queueSceneOf(const SocketModel& model, core::SocketId listener);

} // namespace spg::ui
