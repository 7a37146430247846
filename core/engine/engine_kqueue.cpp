// kqueue(), kevent() and kevent64() as the user's own calls.
//
// Where the host has no kqueue (Linux), each is refused before anything runs: the record is
// the playground's refusal (CallPhase::Refused, as for an fd past FD_SETSIZE), never a
// return value or errno, because no kernel gave one. Where it has (macOS, the BSDs), the
// calls go through the KqueueApi seam and the translation in core/words/kevent_text: the
// queue becomes a row of the socket table (close() releases it), and kevent() is asked with
// a zero timeout and parked like poll() until an event comes or its own timeout ends. The
// changelist reaches the kernel once, with the first ask: the kernel applies it even when
// the call then waits, so asking again would only add it twice.
#include "core/engine/engine_worker.h"
#include "core/words/strace_line.h"
#include "core/engine/kqueue_registrations.h"
#include "core/sys/sys.h"
#include "core/words/kevent_text.h"

namespace spg::core {

void EngineWorker::doKqueueCall(CommandId id, const Command& c)
{
    const bool seamGiven = static_cast<bool>(m_options.kqueueApi);
    const Message why = seamGiven ? Message {} : callUnavailableHere(c.kind);
    if (*why.text) {
        refuse(id, c,
               noteMessage(SPG_TR_NOOP("spg::notes", "%1; the playground refuses the call, so the "
                                                     "kernel was not asked and there is no return "
                                                     "value or errno to show"),
                           why));
        return;
    }
    if (!m_kqueueApi)
        m_kqueueApi = seamGiven ? m_options.kqueueApi() : makeRealKqueueApi();
    if (!m_kqueueApi) {
        refuse(id, c, noteMessage(SPG_TR_NOOP("spg::notes", "this build has no kqueue seam "
                                                            "(<sys/event.h> was not found)")));
        return;
    }
    if (c.kind == CallKind::Kqueue) {
        const auto t0 = SteadyClock::now();
        CallRecord r = startRecord(id, c, nullptr);
        const SysResult res = m_kqueueApi->create();
        conclude(r, straceCall(c.kind, {}), res);
        if (res.ok()) {
            // No capture: nothing is sent or received through a kqueue.
            SocketEntry& s =
                m_sockets.adopt(static_cast<int>(res.value), 0, 0, 0, kNoSocket, std::nullopt);
            s.fdKind = FdKind::Kqueue;
            r.created = r.socket = s.id;
            r.fd = s.fd;
            setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "a kqueue: a descriptor, but no socket; "
                                                             "nothing is registered yet")));
        }
        emit(std::move(r), t0);
        return;
    }
    // A closed queue answers EBADF without asking, as every closed descriptor does here.
    if (!target(id, c))
        return;
    startWaitingCall(id, c,
                     std::string(callName(c.kind)) + "(..., " + keventTimeoutText(c.timeoutMs)
                         + " <unfinished ...>");
}

// Asks the kernel once, without waiting. Returns true when the call is over (events came,
// the kernel failed, or the time is up) and its record was emitted.
bool EngineWorker::attemptKevent(ParkedPoll& p, bool expired)
{
    Command& c = p.command;
    const SocketEntry& queue = m_sockets.at(c.socket);
    KeventCall call;
    call.kq = queue.open() ? queue.fd : -1; // A closed queue: the kernel answers EBADF.
    call.is64 = c.kind == CallKind::Kevent64;
    call.nevents = c.nevents;
    call.flags = c.keventFlags;
    call.timeoutMs = 0;
    call.shownTimeoutMs = c.timeoutMs;
    for (const KeventChange& k : c.changes) {
        KEvent64 e = k.fields;
        if (k.socket != kNoSocket)
            e.ident = static_cast<std::uint64_t>(m_sockets.at(k.socket).fd);
        call.changes.push_back(e);
    }
    const KeventOutcome out = makeKeventCall(*m_kqueueApi, call);
    if (!p.parked)
        p.keventChanges = call.changes; // What the record shows: the list that was passed.
    c.changes.clear();
    const bool timeLeft = c.timeoutMs < 0 || (c.timeoutMs > 0 && !expired);
    if (out.result.ok() && out.result.value == 0 && timeLeft)
        return false;
    call.changes = p.keventChanges;
    CallRecord r = startRecord(p.id, c, nullptr);
    r.socket = c.socket;
    r.fd = call.kq;
    r.text = keventCallText(call, out);
    r.result = out.result.value;
    r.error = out.result.error;
    r.kevents = out.events;
    if (out.result.ok() && out.result.value == 0)
        r.text += " (Timeout)";
    if (p.parked)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "the changelist went to the kernel with the "
                                                         "first ask; the events are those of the last")));
    noteRegistrations(c.socket, call.changes, out);
    return finishWaitingCall(std::move(r), p);
}

// The queue's row: what the accepted changes registered, each named by its socket.
void EngineWorker::noteRegistrations(SocketId queueId, const std::vector<KEvent64>& changes,
                                     const KeventOutcome& out)
{
    SocketEntry* queue = m_sockets.find(queueId);
    if (!queue)
        return;
    const std::vector<KqueueWatch> before = queue->kqueueRegistrations;
    applyKevent(queue->kqueueRegistrations, changes, out);
    for (KqueueWatch& w : queue->kqueueRegistrations) {
        const SocketEntry* owner = w.filter == kq::FilterRead || w.filter == kq::FilterWrite
            ? m_sockets.byFd(static_cast<int>(w.ident))
            : nullptr;
        w.socket = owner ? owner->id : kNoSocket;
        if (w.filter == kq::FilterRead || w.filter == kq::FilterWrite)
            noteWatcher(static_cast<int>(w.ident), queueId);
    }
    if (queue->kqueueRegistrations != before)
        queue->dirty = true;
}

// A closed descriptor leaves every queue (kqueue(2): closing removes its knotes) and every
// epoll interest list it was the last reference of: each list that was told about it is
// re-read or trimmed, and no other.
void EngineWorker::forgetRegistrationsOf(int fd)
{
    const auto found = m_watchersByFd.find(fd);
    if (found == m_watchersByFd.end())
        return;
    const std::vector<SocketId> lists = std::move(found->second);
    m_watchersByFd.erase(found);
    for (const SocketId id : lists) {
        ++m_reporter.stats().closeScans;
        SocketEntry* s = m_sockets.find(id);
        if (!s || !s->open())
            continue;
        if (s->fdKind == FdKind::Epoll) {
            s->dirty = true;
            continue;
        }
        const std::size_t before = s->kqueueRegistrations.size();
        forgetIdent(s->kqueueRegistrations, static_cast<std::uint64_t>(fd));
        if (s->kqueueRegistrations.size() != before)
            s->dirty = true;
    }
}

} // namespace spg::core
