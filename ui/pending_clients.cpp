// The accept-queue rows' bookkeeping: indexes from address to socket, updated per snapshot.
#include "ui/pending_clients.h"

#include "ui/socket_text.h"

namespace spg::ui {

namespace {

std::string inFamily(int domain, const std::string& text)
{
    return std::to_string(domain) + ' ' + text;
}

// Adds or removes `id` under `key` (an empty key files nothing unless `emptyIsAKey`); an
// emptied set goes.
void fileUnder(std::unordered_map<std::string, std::set<core::SocketId>>& index,
               const std::string& key, core::SocketId id, int sign, bool emptyIsAKey = false)
{
    if (key.empty() && !emptyIsAKey)
        return;
    if (sign > 0) {
        index[key].insert(id);
        return;
    }
    const auto it = index.find(key);
    if (it != index.end() && it->second.erase(id) && it->second.empty())
        index.erase(it);
}

} // namespace

PendingClients::Keys PendingClients::keysOf(const core::SocketSnapshot& s)
{
    Keys k;
    // Only a top-level socket is a listener with a queue of rows (an accepted socket never
    // listens, but a snapshot could say so).
    if (s.lifecycle == core::Lifecycle::Listening && !s.local.empty()
        && s.parent == core::kNoSocket) {
        k.listensAt = inFamily(s.domain, s.local);
        if (s.wildcard)
            k.listensPort = inFamily(s.domain, portOfAddress(s.local));
    }
    const bool client = s.parent == core::kNoSocket && s.lifecycle != core::Lifecycle::Closed
        && s.lifecycle != core::Lifecycle::Listening && !s.peer.empty();
    if (client) {
        k.peerAt = inFamily(s.domain, s.peer);
        k.peerPort = inFamily(s.domain, portOfAddress(s.peer));
        k.local = s.local;
    }
    if (s.parent != core::kNoSocket) {
        k.acceptedBy = s.parent;
        k.acceptedPeer = s.peer;
    }
    return k;
}

void PendingClients::file(core::SocketId id, const Keys& k, int sign)
{
    fileUnder(m_listenersAt, k.listensAt, id, sign);
    fileUnder(m_wildcardsAt, k.listensPort, id, sign);
    fileUnder(m_clientsAt, k.peerAt, id, sign);
    fileUnder(m_clientsAtPort, k.peerPort, id, sign);
    // A client's own address may be empty (an unnamed UNIX socket): still filed, as an
    // accepted socket's empty peer matches it.
    if (!k.peerAt.empty())
        fileUnder(m_clientsWithLocal, k.local, id, sign, true);
    if (k.acceptedBy != core::kNoSocket) {
        auto& peers = m_acceptedPeers[k.acceptedBy];
        if ((peers[k.acceptedPeer] += sign) <= 0)
            peers.erase(k.acceptedPeer);
        if (peers.empty())
            m_acceptedPeers.erase(k.acceptedBy);
    }
}

void PendingClients::update(const core::SocketSnapshot& now)
{
    const Keys next = keysOf(now);
    Keys& filed = m_keys[now.id];
    if (filed == next)
        return; // Most snapshots change counters, not addresses: nothing to do.
    const Keys before = std::move(filed);
    file(now.id, before, -1);
    file(now.id, next, +1);
    filed = next;
    // Whatever each change can decide, decided again: the clients at a listener's old and
    // new address, the clients an accepted socket's old and new peer name, and the socket
    // itself as a client.
    std::set<core::SocketId> again { now.id };
    const auto clientsAt = [&](const std::unordered_map<std::string, Ids>& index,
                               const std::string& key) {
        if (const auto it = index.find(key); !key.empty() && it != index.end())
            again.insert(it->second.begin(), it->second.end());
    };
    if (before.listensAt != next.listensAt || before.listensPort != next.listensPort) {
        for (const Keys* k : { &before, &next }) {
            clientsAt(m_clientsAt, k->listensAt);
            clientsAt(m_clientsAtPort, k->listensPort);
        }
    }
    if (before.acceptedBy != next.acceptedBy || before.acceptedPeer != next.acceptedPeer) {
        for (const Keys* k : { &before, &next })
            if (k->acceptedBy != core::kNoSocket)
                if (const auto it = m_clientsWithLocal.find(k->acceptedPeer);
                    it != m_clientsWithLocal.end())
                    again.insert(it->second.begin(), it->second.end());
    }
    for (core::SocketId client : again)
        reconsider(client);
}

void PendingClients::reconsider(core::SocketId client)
{
    Ids now;
    const auto keys = m_keys.find(client);
    if (keys != m_keys.end() && !keys->second.peerAt.empty()) {
        const Keys& k = keys->second;
        Ids listeners;
        if (const auto it = m_listenersAt.find(k.peerAt); it != m_listenersAt.end())
            listeners = it->second;
        if (const auto it = m_wildcardsAt.find(k.peerPort); it != m_wildcardsAt.end())
            listeners.insert(it->second.begin(), it->second.end());
        for (core::SocketId l : listeners) {
            const auto accepted = m_acceptedPeers.find(l);
            if (accepted == m_acceptedPeers.end() || !accepted->second.count(k.local))
                now.insert(l);
        }
    }
    Ids was;
    if (const auto it = m_waitsFor.find(client); it != m_waitsFor.end())
        was = it->second;
    for (core::SocketId l : was)
        if (!now.count(l))
            setWaiting(client, l, false);
    for (core::SocketId l : now)
        if (!was.count(l))
            setWaiting(client, l, true);
    if (now.empty())
        m_waitsFor.erase(client);
    else
        m_waitsFor[client] = std::move(now);
}

void PendingClients::setWaiting(core::SocketId client, core::SocketId listener, bool waiting)
{
    auto& [added, removed] = m_changes[listener];
    Ids& list = m_waiting[listener];
    if (waiting) {
        list.insert(client);
        if (!removed.erase(client))
            added.insert(client);
    } else {
        list.erase(client);
        if (list.empty())
            m_waiting.erase(listener);
        if (!added.erase(client))
            removed.insert(client);
    }
}

std::vector<PendingClients::Change> PendingClients::takeChanges()
{
    std::vector<Change> out;
    for (auto& [listener, change] : m_changes)
        if (!change.first.empty() || !change.second.empty())
            out.push_back(Change { listener,
                                   { change.first.begin(), change.first.end() },
                                   { change.second.begin(), change.second.end() } });
    m_changes.clear();
    return out;
}

std::vector<core::SocketId> PendingClients::of(core::SocketId listener) const
{
    const auto it = m_waiting.find(listener);
    return it == m_waiting.end()
        ? std::vector<core::SocketId> {}
        : std::vector<core::SocketId>(it->second.begin(), it->second.end());
}

void PendingClients::clear()
{
    *this = PendingClients {};
}

} // namespace spg::ui
