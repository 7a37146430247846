// epoll as the user's own calls, beside the engine's loop: epoll_create1() makes a row of the
// socket table that is no socket, epoll_ctl() tells it about a socket, and epoll_wait() asks
// it with a zero timeout and, when nothing is ready and the caller's timeout allows, parks
// as a ParkedPoll (see engine_poll.cpp) until the instance is ready or the time is up.
//
// What the loop watches for a parked epoll_wait() is the instance's own fd, for POLLIN: an
// epoll fd is readable exactly when epoll_wait() would return an event now, and asking so
// consumes nothing. Watching the sockets of its interest list instead would be wrong three
// ways: a socket stays readable after its edge-triggered event was taken (the loop would
// wake for an instance that has nothing to report), a disarmed EPOLLONESHOT entry is still
// ready, and a socket is watched for more than the events its entry asks for. And the
// engine never calls epoll_wait() on the user's instance unless what it returns goes to
// the user: every event returned ends the call, so no edge and no one-shot is lost.
#include "core/engine/engine_worker.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"
#include "core/words/epoll_words.h"

#include <algorithm>
#include <climits>

namespace spg::core {

using S = StraceSlot;

namespace {

// As for poll(): a closed socket or instance is passed as a number surely not open, so the
// kernel answers what it answers for any closed descriptor (EBADF).
constexpr int kClosedFd = INT_MAX;

std::string eventsText(const std::vector<sys::EpollEvent>& events, long count)
{
    std::string out = "[";
    for (long i = 0; i < count && i < static_cast<long>(events.size()); ++i) {
        const sys::EpollEvent& e = events[static_cast<std::size_t>(i)];
        out += (i ? ", " : "") + epollEventText(e.events, e.data);
    }
    return out + "]";
}

} // namespace

void EngineWorker::doEpollCreate(CommandId id, const Command& c)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, nullptr);
    const SysResult res = sys::epollCreate1(c.flags);
    conclude(r, straceCall(c.kind, { { S::Flags, epollCreateFlagsText(c.flags) } }), res);
    if (res.ok()) {
        // No capture: nothing is ever sent or received through an epoll fd.
        SocketEntry& s =
            m_sockets.adopt(static_cast<int>(res.value), 0, 0, 0, kNoSocket, std::nullopt);
        s.fdKind = FdKind::Epoll;
        r.created = r.socket = s.id;
        r.fd = s.fd;
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "an epoll instance: a descriptor, but no "
                                                         "socket; its interest list is empty")));
    }
    emit(std::move(r), t0);
}

// The kernel's answer is the lesson: EEXIST, ENOENT, EINVAL (ep == fd, or ep no instance),
// EBADF (a closed socket). The entry's data is the socket's fd, so returned events name it.
void EngineWorker::doEpollCtl(CommandId id, const Command& c, SocketEntry& ep)
{
    const auto t0 = SteadyClock::now();
    SocketEntry* watched = m_sockets.find(c.watched);
    if (!watched) {
        refuse(id, c, noSocketNote(c.watched));
        return;
    }
    CallRecord r = startRecord(id, c, &ep);
    const int fd = watched->open() ? watched->fd : kClosedFd;
    const auto data = static_cast<std::uint64_t>(watched->fd);
    const SysResult res = sys::epollCtl(ep.fd, c.epollOp, fd, c.events, data);
    const std::string event =
        c.epollOp == epoll_bits::CtlDel ? "NULL" : epollEventText(c.events, data);
    conclude(r,
             straceCall(c.kind, { { S::Fd, std::to_string(ep.fd) },
                                  { S::Op, std::string(epollOpName(c.epollOp)) },
                                  { S::Target, std::to_string(watched->fd) },
                                  { S::Event, event } }),
             res);
    if (!watched->open())
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "that socket was closed: the kernel was asked "
                                                         "about a descriptor that is surely not open, "
                                                         "and answers EBADF as for any closed fd")));
    ep.dirty = true; // Its interest list may have changed.
    if (watched->open())
        noteWatcher(watched->fd, ep.id); // Closing the socket changes the list again.
    emit(std::move(r), t0);
}

void EngineWorker::doEpollWait(CommandId id, const Command& c)
{
    const SocketEntry* ep = m_sockets.find(c.socket);
    startWaitingCall(id, c,
                     "epoll_wait(" + std::to_string(ep ? ep->fd : -1) + ", <unfinished ...>");
}

// Asks the instance once, without waiting. Returns true when the call is over (events came
// back, the kernel failed, or the time is up) and its record was emitted.
bool EngineWorker::attemptEpollWait(ParkedPoll& p, bool expired)
{
    const Command& c = p.command;
    const SocketEntry& ep = m_sockets.at(c.socket);
    const int fd = ep.open() ? ep.fd : kClosedFd;
    const bool timeLeft = c.timeoutMs < 0 || (c.timeoutMs > 0 && !expired);
    if (p.parked && timeLeft && ep.open()) {
        // Only look (POLLIN on the instance consumes nothing); epoll_wait() is called when
        // what it returns will be the user's answer.
        pollfd look { fd, POLLIN, 0 };
        if (sys::poll(&look, 1, 0).value == 0)
            return false;
    }
    std::vector<sys::EpollEvent> events;
    const SysResult res = sys::epollWaitNow(fd, c.maxEvents, events);
    if (res.ok() && res.value == 0 && timeLeft)
        return false;
    CallRecord r = startRecord(p.id, c, &ep);
    conclude(r,
             straceCall(c.kind, { { S::Fd, std::to_string(ep.fd) },
                                  { S::Events, eventsText(events, res.value) },
                                  { S::NEvents, std::to_string(c.maxEvents) },
                                  { S::Timeout, std::to_string(c.timeoutMs) } }),
             res);
    for (const sys::EpollEvent& e : events) {
        const SocketEntry* s =
            e.data <= INT_MAX ? m_sockets.byFd(static_cast<int>(e.data)) : nullptr;
        r.epollEvents.push_back(EpollReady { s ? s->id : kNoSocket, e.events, e.data });
    }
    if (!ep.open())
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "the instance was closed: the kernel was "
                                                         "asked about a descriptor that is surely not "
                                                         "open, and answers EBADF as for any closed fd")));
    if (p.parked) {
        r.phase = CallPhase::Resumed;
        r.started = p.started;
    }
    emit(std::move(r), p.startedSteady);
    return true;
}

void EngineWorker::noteWatcher(int fd, SocketId list)
{
    std::vector<SocketId>& lists = m_watchersByFd[fd];
    if (std::find(lists.begin(), lists.end(), list) == lists.end())
        lists.push_back(list);
}

} // namespace spg::core
