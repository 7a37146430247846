// Blocked calls that end before their socket is ready: the SO_RCVTIMEO / SO_SNDTIMEO
// deadline passes, or the user cancels the call (what a signal does to a real one). Both end
// as the kernel ends the real call: with the byte count when some bytes already moved, and
// otherwise with the call's own error (EAGAIN, EINPROGRESS for connect, EINTR).
#include "core/words/address.h"
#include "core/engine/call_text.h"
#include "core/engine/engine_worker.h"
#include "core/words/strace_format.h"
#include "core/sys/sys.h"

#include <sys/time.h>

namespace spg::core {

namespace {

} // namespace

// The timeout the kernel would give this call, read from the socket when the call parks (so
// a value set by number, or before the engine saw it, counts too). Linux applies SO_SNDTIMEO
// to connect() and SO_RCVTIMEO to accept(); BSD and macOS sleep in both without a limit.
std::optional<SteadyClock::duration> EngineWorker::kernelTimeout(const SocketEntry& s,
                                                                 CallKind kind) const
{
    int option = 0;
    if (receives(kind) || kind == CallKind::Accept)
        option = SO_RCVTIMEO;
    else if (sends(kind) || kind == CallKind::Connect)
        option = SO_SNDTIMEO;
    if ((kind == CallKind::Accept || kind == CallKind::Connect)
        && !sys::timeoutsBoundConnectAndAccept())
        option = 0;
    if (!option)
        return std::nullopt;
    timeval tv {};
    socklen_t length = sizeof tv;
    if (!sys::getsockopt(s.fd, SOL_SOCKET, option, &tv, &length).ok()
        || (tv.tv_sec == 0 && tv.tv_usec == 0))
        return std::nullopt;
    return std::chrono::seconds(tv.tv_sec) + std::chrono::microseconds(tv.tv_usec);
}

// The line an early-ended call returns with, in the form of the call's own line.
std::string EngineWorker::earlyText(const SocketEntry& s, const BlockedCall& call,
                                    const SysResult& result) const
{
    using S = StraceSlot;
    const Command& c = call.command;
    StraceValues values;
    if (receives(c.kind))
        values = receiveValues(c, call.received, call.gathered, result, nullptr, 0,
                               m_options.strsize);
    else if (sends(c.kind))
        values = sendValues(c, joinedPayload(c), call.target, m_options.strsize);
    else if (c.kind == CallKind::Connect)
        values = { { S::Addr, straceSockaddr(call.target.get(), call.target.length) },
                   { S::AddrLen, std::to_string(call.target.length) } };
    else // accept, accept4: nothing came back
        values = { { S::Addr, "0x..." }, { S::AddrLen, "128" }, { S::Flags, sockFlagsText(c.flags) } };
    return straceCall(c.kind, values.set(S::Fd, std::to_string(s.fd))); // conclude() adds the result
}

// Ends a blocked call without its readiness: the kernel returns the bytes already moved if
// there are any (tcp_sendmsg and tcp_recvmsg return `copied` on a timeout or a signal),
// else -1 with `error`.
void EngineWorker::endEarly(SocketEntry& s, BlockedCall& call, CallPhase phase, int error,
                            Message note, bool unwatchable)
{
    const std::uint64_t moved = call.partial();
    CallRecord r = startRecord(call.id, call.command, &s);
    r.started = call.started;
    r.phase = phase;
    const SysResult result { moved ? static_cast<long>(moved) : -1, moved ? 0 : error };
    conclude(r, earlyText(s, call, result), result);
    setNote(r, std::move(note));
    r.unwatchable = unwatchable;
    if (moved && !(receives(call.command.kind) && (call.command.flags & MSG_PEEK))) {
        r.hasData = true;
        r.direction = receives(call.command.kind) ? Direction::Received : Direction::Sent;
        r.dataOffset = call.firstOffset;
        r.dataLength = moved;
    }
    finishCall(s, call, std::move(r));
}

// Calls parked on the timer try again; one that still would block parks again.
void EngineWorker::retryTimedCalls(SteadyClock::time_point now)
{
    for (SocketEntry* entry : m_due) {
        SocketEntry& s = *entry;
        for (std::size_t i = 0; i < s.blocked.size() && s.open();) {
            BlockedCall& call = s.blocked[i];
            if (!call.retryAt || *call.retryAt > now) {
                ++i;
                continue;
            }
            call.retryAt.reset();
            if (attempt(s, call) == Attempt::Finished)
                s.blocked.erase(s.blocked.begin() + static_cast<long>(i));
            else
                ++i;
        }
    }
}

// Only sockets whose soonest deadline or retry time has come are looked at: the table keeps
// those times in order, so thousands of sockets without parked calls cost nothing here.
void EngineWorker::expireDeadlines()
{
    m_sockets.takeDue(SteadyClock::now(), m_due);
    if (m_due.empty())
        return;
    retryTimedCalls(SteadyClock::now());
    const auto now = SteadyClock::now();
    for (SocketEntry* entry : m_due) {
        SocketEntry& s = *entry;
        for (std::size_t i = 0; i < s.blocked.size();) {
            BlockedCall& call = s.blocked[i];
            if (!call.deadline || *call.deadline > now) {
                ++i;
                continue;
            }
            // A timed-out connect leaves the handshake going on (the socket stays
            // connecting), exactly as the real call does.
            endEarly(s, call, CallPhase::Resumed, call.timeoutError,
                     noteMessage(SPG_TR_NOOP("spg::notes", "timed out (SO_RCVTIMEO / SO_SNDTIMEO)")));
            s.blocked.erase(s.blocked.begin() + static_cast<long>(i));
        }
        // What is left (a retry that parked again, a later deadline) is queued anew.
        m_sockets.noteTimes(s);
    }
}

// A cancelled call ends as a real one interrupted by a signal, and leaves the kernel socket
// in the state the interrupted call leaves: a connect() stays connecting (the handshake goes
// on, and a later connect() says EALREADY, or 0 once it finished); accept() and a recv()
// that got nothing leave the queues as they were; a send() or a MSG_WAITALL recv() that
// moved some bytes returns their count, and those bytes stay sent or consumed.
// When the cancel comes from close() on the same socket there is no exact kernel
// counterpart: on Linux, close() in one thread does not wake a call blocked on that fd in
// another (shutdown() does). The engine ends the call anyway, since a parked call cannot
// outlive its socket; the record's note says why.
namespace {

// Each reason whole, with bytes moved or not, so that every sentence is one template to
// translate; indexed by CancelReason.
Message cancelNote(EngineWorker::CancelReason why, bool moved)
{
    static constexpr const char* kNothingMoved[] = {
        SPG_TR_NOOP("spg::notes", "cancelled: the engine shut down (a real program sees EINTR "
                                  "when a signal interrupts a blocking call)"),
        SPG_TR_NOOP("spg::notes", "cancelled: its socket was closed (a real program sees EINTR "
                                  "when a signal interrupts a blocking call)"),
        SPG_TR_NOOP("spg::notes", "cancelled: by the user (a real program sees EINTR when a "
                                  "signal interrupts a blocking call)"),
    };
    static constexpr const char* kSomeMoved[] = {
        SPG_TR_NOOP("spg::notes", "cancelled: the engine shut down (a real program interrupted "
                                  "by a signal after moving some bytes gets their count)"),
        SPG_TR_NOOP("spg::notes", "cancelled: its socket was closed (a real program interrupted "
                                  "by a signal after moving some bytes gets their count)"),
        SPG_TR_NOOP("spg::notes", "cancelled: by the user (a real program interrupted by a "
                                  "signal after moving some bytes gets their count)"),
    };
    const auto at = static_cast<std::size_t>(why);
    return noteMessage(moved ? kSomeMoved[at] : kNothingMoved[at]);
}

} // namespace

void EngineWorker::cancelBlocked(SocketEntry& s, CommandId which, CancelReason why)
{
    for (std::size_t i = 0; i < s.blocked.size();) {
        BlockedCall& call = s.blocked[i];
        if (which != 0 && call.id != which) {
            ++i;
            continue;
        }
        endEarly(s, call, CallPhase::Cancelled, EINTR, cancelNote(why, call.partial() > 0));
        s.blocked.erase(s.blocked.begin() + static_cast<long>(i));
    }
    s.dirty = true;
}

// The loop's backend cannot watch this socket (select() and an fd at or above FD_SETSIZE), so a
// call parked on it would never wake: it ends at once, as a signal would end it, and says
// why. A real program learns this the hard way: its FD_SET writes past the fd_set.
void EngineWorker::endUnwatchable(SocketId id)
{
    SocketEntry* s = m_sockets.find(id);
    if (!s || s->blocked.empty())
        return;
    const Message why = noteMessage(
        SPG_TR_NOOP("spg::notes", "%1: the loop can never see this socket ready, so the call ends "
                                  "now instead of waiting for ever (a real program's FD_SET would "
                                  "write past its fd_set; --backend poll or epoll watch any fd)"),
        *s->noteWhat.text ? s->noteWhat : plainValue(s->note)); // The socket's note, translated too.
    for (BlockedCall& call : s->blocked)
        endEarly(*s, call, CallPhase::Cancelled, EINTR, why, true);
    s->blocked.clear();
    s->dirty = true;
}

} // namespace spg::core
