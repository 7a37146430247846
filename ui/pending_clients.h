// Which of the playground's own clients still wait in a listener's accept queue, kept up
// to date one snapshot at a time: a batch costs what it changed, not the number of sockets.
// A client waits for a listener when its peer is the listener's address (or a wildcard
// listener's port, in its family) and no socket that listener accepted has the client's
// address as its peer. Pure; GUI thread only (no Qt).
#pragma once

#include "core/engine/events.h"

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace spg::ui {

class PendingClients {
public:
    struct Change {
        core::SocketId listener = core::kNoSocket;
        std::vector<core::SocketId> added;   // in creation order
        std::vector<core::SocketId> removed; // in creation order
    };

    // Files a socket's newest snapshot (its first, or one that replaces the last).
    void update(const core::SocketSnapshot& now);
    // What changed since the last call, one entry per listener, in listener order.
    std::vector<Change> takeChanges();
    // The clients waiting for `listener`, in creation order.
    std::vector<core::SocketId> of(core::SocketId listener) const;
    void clear();

private:
    // The keys a snapshot is filed under; empty when it is not filed there.
    struct Keys {
        std::string listensAt;   // a listener's "family address"
        std::string listensPort; // a wildcard listener's "family port"
        std::string peerAt;      // a client's "family peer-address"
        std::string peerPort;    // a client's "family peer-port"
        std::string local;       // a client's own address, as an accepted socket's peer
        core::SocketId acceptedBy = core::kNoSocket;
        std::string acceptedPeer; // an accepted socket's peer: a client's own address

        bool operator==(const Keys&) const = default;
    };
    static Keys keysOf(const core::SocketSnapshot& s);
    void file(core::SocketId id, const Keys& keys, int sign);
    void reconsider(core::SocketId client);
    void setWaiting(core::SocketId client, core::SocketId listener, bool waiting);

    using Ids = std::set<core::SocketId>;
    std::unordered_map<core::SocketId, Keys> m_keys;
    std::unordered_map<std::string, Ids> m_listenersAt, m_wildcardsAt;
    std::unordered_map<std::string, Ids> m_clientsAt, m_clientsAtPort, m_clientsWithLocal;
    // Each listener's accepted sockets' peers, counted (two accepted sockets may share one).
    std::unordered_map<core::SocketId, std::unordered_map<std::string, int>> m_acceptedPeers;
    std::map<core::SocketId, Ids> m_waiting;                 // per listener
    std::unordered_map<core::SocketId, Ids> m_waitsFor;      // per client
    std::map<core::SocketId, std::pair<Ids, Ids>> m_changes; // listener: added, removed
};

} // namespace spg::ui
