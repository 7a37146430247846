// poll() as the user's own call, beside the engine's loop. The engine asks the kernel with
// a zero timeout, so the loop never sleeps inside it; if nothing is ready and the caller's
// timeout allows, the call is parked and asked again whenever the loop wakes (a socket of
// the set may have become ready) until its timeout ends. Every revents shown is the one
// the kernel returned to that last poll().
#include "core/engine/engine_worker.h"
#include "core/words/strace_format.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"

#include <algorithm>
#include <climits>

namespace spg::core {

using S = StraceSlot;

namespace {

// A socket the user closed has no fd of its own any more, and its old number may belong to
// another socket by now. The kernel is asked about a number that is surely not open, so
// the answer is the one it gives for any closed descriptor: POLLNVAL.
constexpr int kClosedFd = INT_MAX;

std::string entriesText(const std::vector<pollfd>& fds, const std::vector<int>& shown,
                        bool returned)
{
    std::string out = "[";
    bool first = true;
    for (std::size_t i = 0; i < fds.size(); ++i) {
        if (returned && fds[i].revents == 0)
            continue; // strace lists only the entries that came back with events.
        out += first ? "" : ", ";
        first = false;
        out += "{fd=" + std::to_string(shown[i]) + ", " + (returned ? "revents=" : "events=")
            + pollEventsText(returned ? fds[i].revents : fds[i].events) + "}";
    }
    return out + "]";
}

} // namespace

// The sockets a poll() or select() watches, in the order the call names them. kevent()
// watches its queue, the sockets its changelist names and those the queue already has
// registered, so that the loop wakes for what the kernel would report.
static std::vector<SocketId> watchedSockets(const Command& c, SocketTable& table)
{
    std::vector<SocketId> out;
    if (c.kind == CallKind::EpollWait)
        return { c.socket }; // The instance itself: see engine_epoll.cpp.
    for (const PollEntry& e : c.pollFds)
        out.push_back(e.socket);
    for (const auto& set : c.fdSets)
        out.insert(out.end(), set.begin(), set.end());
    if (callSpec(c.kind).has(ReportsKevents)) { // kevent: the queue, then the changes' sockets
        out.push_back(c.socket);
        for (const KeventChange& k : c.changes)
            if (k.socket != kNoSocket)
                out.push_back(k.socket);
        if (const SocketEntry* queue = table.find(c.socket))
            for (const KqueueWatch& w : queue->kqueueRegistrations)
                if (w.socket != kNoSocket
                    && std::find(out.begin(), out.end(), w.socket) == out.end())
                    out.push_back(w.socket);
    }
    return out;
}

void EngineWorker::doPoll(CommandId id, const Command& c)
{
    startWaitingCall(id, c,
                     "poll(..., " + std::to_string(c.pollFds.size()) + ", "
                         + std::to_string(c.timeoutMs) + " <unfinished ...>");
}

// poll() and select(): every socket of the call is watched afresh (a call may consume
// readiness), the kernel is asked once, and when nothing is ready and the timeout allows
// the call is parked with a Blocked record that reads `unfinished`.
void EngineWorker::startWaitingCall(CommandId id, const Command& c, std::string unfinished)
{
    const std::vector<SocketId> sockets = watchedSockets(c, m_sockets);
    for (SocketId socket : sockets) {
        SocketEntry* s = m_sockets.find(socket);
        if (!s) {
            refuse(id, c, noSocketNote(socket));
            return;
        }
        s->pendingReady = 0;
        s->dirty = true;
    }
    ParkedPoll p;
    p.id = id;
    p.command = c;
    p.started = WallClock::now();
    p.startedSteady = SteadyClock::now();
    if (c.timeoutMs > 0)
        p.deadline = p.startedSteady + std::chrono::milliseconds(c.timeoutMs);
    if (attemptPoll(p, false))
        return;
    p.parked = true;
    CallRecord r = startRecord(id, c, nullptr);
    r.socket = sockets.empty() ? kNoSocket : sockets.front();
    r.phase = CallPhase::Blocked;
    r.text = std::move(unfinished);
    setNote(r, c.timeoutMs < 0
                   ? noteMessage(SPG_TR_NOOP("spg::notes", "blocked until a socket it watches is ready"))
                   : noteMessage(SPG_TR_NOOP("spg::notes", "blocked until a socket it watches is ready "
                                                           "or the timeout ends")));
    emit(std::move(r), p.startedSteady);
    m_polls.push_back(std::move(p));
}

// Asks the kernel once, without waiting. Returns true when the call is over (something is
// ready, the kernel failed, or the time is up) and its record was emitted.
bool EngineWorker::attemptPoll(ParkedPoll& p, bool expired)
{
    if (p.command.kind == CallKind::Select)
        return attemptSelect(p, expired);
    if (p.command.kind == CallKind::EpollWait)
        return attemptEpollWait(p, expired);
    if (callSpec(p.command.kind).has(ReportsKevents))
        return attemptKevent(p, expired);
    const Command& c = p.command;
    std::vector<pollfd> fds;
    std::vector<int> shown;
    bool anyClosed = false;
    for (const PollEntry& e : c.pollFds) {
        const SocketEntry& s = m_sockets.at(e.socket);
        anyClosed = anyClosed || !s.open();
        fds.push_back(pollfd { s.open() ? s.fd : kClosedFd, e.events, 0 });
        shown.push_back(s.fd);
    }
    const SysResult res = sys::poll(fds.data(), fds.size(), 0);
    const bool timeLeft = c.timeoutMs < 0 || (c.timeoutMs > 0 && !expired);
    if (res.ok() && res.value == 0 && timeLeft)
        return false;
    CallRecord r = startRecord(p.id, c, nullptr);
    r.socket = c.pollFds.empty() ? kNoSocket : c.pollFds.front().socket;
    r.fd = shown.empty() ? -1 : shown.front();
    conclude(r,
             straceCall(c.kind, { { S::Fds, entriesText(fds, shown, false) },
                                  { S::Nfds, std::to_string(fds.size()) },
                                  { S::Timeout, std::to_string(c.timeoutMs) } }),
             res);
    if (res.ok())
        r.text += res.value == 0 ? " (Timeout)" : " (" + entriesText(fds, shown, true) + ")";
    for (const pollfd& f : fds)
        r.revents.push_back(f.revents);
    if (anyClosed)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "a socket of the set was closed: the kernel "
                                                         "was asked about a descriptor that is surely "
                                                         "not open, and answers POLLNVAL as for any "
                                                         "closed fd")));
    return finishWaitingCall(std::move(r), p);
}

bool EngineWorker::finishWaitingCall(CallRecord r, const ParkedPoll& p)
{
    if (p.parked) {
        r.phase = CallPhase::Resumed;
        r.started = p.started;
    }
    emit(std::move(r), p.startedSteady);
    return true;
}

// After each wake-up of the loop: a parked poll's sockets may have become ready, or its
// timeout may have ended.
void EngineWorker::retryPolls()
{
    const auto now = SteadyClock::now();
    for (std::size_t i = 0; i < m_polls.size();) {
        ParkedPoll& p = m_polls[i];
        if (attemptPoll(p, p.deadline && now >= *p.deadline))
            m_polls.erase(m_polls.begin() + static_cast<long>(i));
        else
            ++i;
    }
}

// Cancels parked polls that watch `socket` (every one when `which` is 0, else that command).
std::size_t EngineWorker::cancelPolls(SocketId socket, CommandId which)
{
    std::size_t cancelled = 0;
    for (std::size_t i = 0; i < m_polls.size();) {
        ParkedPoll& p = m_polls[i];
        const std::vector<SocketId> watched = watchedSockets(p.command, m_sockets);
        const bool watches = std::find(watched.begin(), watched.end(), socket) != watched.end();
        if (!watches || (which != 0 && p.id != which)) {
            ++i;
            continue;
        }
        CallRecord r = startRecord(p.id, p.command, nullptr);
        r.socket = socket;
        r.started = p.started;
        r.phase = CallPhase::Cancelled;
        conclude(r, std::string(callName(p.command.kind)) + "(...)", SysResult { -1, EINTR });
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "cancelled: by the user (a real program sees "
                                                         "EINTR when a signal interrupts %1)"),
                               callName(p.command.kind)));
        emit(std::move(r), p.startedSteady);
        m_polls.erase(m_polls.begin() + static_cast<long>(i));
        ++cancelled;
    }
    return cancelled;
}

} // namespace spg::core
