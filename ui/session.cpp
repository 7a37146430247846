#include "session.h"

#include "engine_bridge.h"

#include <algorithm>
#include <set>

namespace spg::ui {

Session::Session(EngineBridge& bridge, QObject* parent)
    : QObject(parent)
    , m_bridge(bridge)
{
    m_bridge.setOwner([this](core::EventBatch&& batch) { consume(std::move(batch)); });
    connect(&m_bridge, &EngineBridge::restarted, this, &Session::onRestarted);
}

Session::~Session()
{
    m_bridge.setOwner({});
}

void Session::onRestarted()
{
    m_sockets.clear();
    m_log.clear();
    m_events.clear();
    m_chains.clear();
    m_submitted.clear();
    m_stats = {};
    emit restarted();
}

core::CommandId Session::submit(core::Command command)
{
    const core::Command copy = command;
    const core::CommandId id = m_bridge.submit(std::move(command));
    m_submitted.emplace(id, copy);
    return id;
}

void Session::submitChain(core::Command first, std::vector<core::Command> rest)
{
    Chain chain;
    chain.rest.assign(rest.begin(), rest.end());
    chain.waitingFor = submit(std::move(first));
    m_chains.push_back(std::move(chain));
}

void Session::advanceChain(const core::CallRecord& record)
{
    if (record.phase == core::CallPhase::Blocked)
        return;
    for (auto it = m_chains.begin(); it != m_chains.end(); ++it) {
        if (it->waitingFor != record.command)
            continue;
        if (record.created != core::kNoSocket && it->socket == core::kNoSocket)
            it->socket = record.created;
        const bool failed = record.phase == core::CallPhase::Refused || record.result < 0;
        if (failed || it->rest.empty()) {
            m_chains.erase(it);
            return;
        }
        core::Command next = std::move(it->rest.front());
        it->rest.pop_front();
        next.socket = it->socket;
        it->waitingFor = submit(std::move(next));
        return;
    }
}

// One batch becomes at most one insert per model, so the views repaint once per frame. The
// call records stay in the batch until the log moves them out, each moved once.
void Session::consume(core::EventBatch batch)
{
    std::vector<core::CallRecord*> calls;
    std::vector<core::LoopRecord> loops;
    std::vector<core::SocketSnapshot> snapshots;
    std::set<core::SocketId> grew;
    bool statsChanged = false;
    calls.reserve(batch.size());
    for (core::EngineEvent& event : batch) {
        if (auto* call = std::get_if<core::CallRecord>(&event)) {
            if (call->hasData)
                grew.insert(call->socket);
            calls.push_back(call);
        } else if (auto* loop = std::get_if<core::LoopRecord>(&event)) {
            loops.push_back(std::move(*loop));
        } else if (auto* snap = std::get_if<core::SocketSnapshot>(&event)) {
            snapshots.push_back(std::move(*snap));
        } else if (const auto* stats = std::get_if<core::LoopStats>(&event)) {
            m_stats = *stats;
            statsChanged = true;
        }
    }
    if (!snapshots.empty()) {
        m_sockets.apply(snapshots);
        emit snapshotsArrived(snapshots);
    }
    m_events.append(std::move(loops));
    for (const core::CallRecord* r : calls) {
        advanceChain(*r);
        emit callRecorded(*r);
        if (r->phase == core::CallPhase::Blocked)
            continue;
        if (auto it = m_submitted.find(r->command); it != m_submitted.end()) {
            const core::Command command = it->second;
            m_submitted.erase(it);
            emit userCallCompleted(command, *r);
        }
    }
    if (!calls.empty())
        emit callsRecorded(std::vector<const core::CallRecord*>(calls.begin(), calls.end()));
    m_log.appendMoved(calls);
    if (statsChanged)
        emit this->statsChanged(m_stats);
    if (!grew.empty())
        emit capturesGrew(std::vector<core::SocketId>(grew.begin(), grew.end()));
}

} // namespace spg::ui
