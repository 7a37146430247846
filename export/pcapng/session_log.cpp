// The log keeps only completed calls (Done, Resumed) of the kinds the export turns into
// packets, so a long session with poll loops costs little.
#include "export/pcapng/session_log.h"

namespace spg::pcap {

using core::CallKind;

bool exportKeeps(CallKind kind)
{
    switch (kind) {
    case CallKind::Connect:
    case CallKind::Accept:
    case CallKind::Accept4:
    case CallKind::Send:
    case CallKind::SendTo:
    case CallKind::SendMsg:
    case CallKind::Write:
    case CallKind::Recv:
    case CallKind::RecvFrom:
    case CallKind::RecvMsg:
    case CallKind::Read:
    case CallKind::Shutdown:
    case CallKind::Close:
    case CallKind::SetSockOpt: return true;
    default: return false;
    }
}

namespace {

void keepIfSet(std::string& into, const std::string& value)
{
    if (!value.empty())
        into = value;
}

} // namespace

void SessionLog::onEvent(const core::EngineEvent& event)
{
    if (const auto* r = std::get_if<core::CallRecord>(&event)) {
        if ((r->phase != core::CallPhase::Done && r->phase != core::CallPhase::Resumed)
            || !exportKeeps(r->kind))
            return;
        if (m_calls.size() >= kMaxCalls) {
            ++m_callsNotKept;
            return;
        }
        m_calls.push_back(*r);
        // The strace-style fields the export never reads are dropped to save memory.
        m_calls.back().revents.clear();
        m_calls.back().epollEvents.clear();
        m_calls.back().kevents.clear();
    } else if (const auto* s = std::get_if<core::SocketSnapshot>(&event)) {
        if (s->fdKind != core::FdKind::Socket)
            return;
        LoggedSocket& l = m_sockets[s->id];
        l.domain = s->domain;
        l.type = s->type & 0xf; // SOCK_TYPE_MASK: the flags are not the type
        l.parent = s->parent;
        keepIfSet(l.local, s->local);
        keepIfSet(l.peer, s->peer);
        keepIfSet(l.tcpLocal, s->tcpLocal);
        keepIfSet(l.tcpPeer, s->tcpPeer);
        l.reset = l.reset || s->reset;
        l.captureDropped = std::max(l.captureDropped, s->captureDropped);
    }
}

void SessionLog::adoptCaptures(
    const std::function<std::shared_ptr<const core::Capture>(core::SocketId)>& captureOf)
{
    for (auto& [id, socket] : m_sockets)
        if (!socket.capture)
            socket.capture = captureOf(id);
}

void SessionLog::clear()
{
    m_calls.clear();
    m_sockets.clear();
    m_callsNotKept = 0;
}

} // namespace spg::pcap
