// What the engine reports: call records (the strace-style log), loop records (each
// readiness the backend returned, verbatim), socket snapshots (introspection) and loop
// statistics. Delivered in batches, in order, to an EngineSink on the worker thread.
// Plain values: safe to move to any thread.
#pragma once

#include "core/engine/commands.h"
#include "core/sys/poller.h"
#include "core/sys/types.h"
#include "core/words/message.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace spg::core {

enum class CallPhase : std::uint8_t {
    Done,      // The call returned; `result`/`error` hold its answer.
    Blocked,   // A blocking call is waiting; a later record with the same command completes it.
    Resumed,   // A blocked call completed.
    Cancelled, // A blocked call was cancelled; reported as EINTR.
    Refused,   // Input could not be turned into a call; the kernel was not asked.
};

// One event epoll_wait() returned: its bits and data exactly as the kernel gave them.
struct EpollReady {
    SocketId socket = kNoSocket;
    unsigned events = 0;
    std::uint64_t data = 0;

    bool operator==(const EpollReady&) const = default;
};

// One entry of an epoll instance's interest list, as /proc/self/fdinfo reports it.
struct EpollWatch {
    SocketId socket = kNoSocket; // The open socket with that fd, if any.
    int fd = -1;
    unsigned events = 0;
    std::uint64_t data = 0;

    bool operator==(const EpollWatch&) const = default;
};

// One registration of a kqueue, as the user's changelists left it. kqueue has no call that
// lists its registrations, so this is what the changes the kernel accepted imply: an EV_ADD
// that came back without an error, less EV_DELETE, fired EV_ONESHOT entries and closed fds.
struct KqueueWatch {
    SocketId socket = kNoSocket; // The open socket with that fd, if any.
    std::uint64_t ident = 0;
    std::int16_t filter = 0;
    std::uint16_t flags = 0; // As last given (EV_ADD|EV_CLEAR ...), EV_DISABLE while disabled.
    std::uint32_t fflags = 0;
    std::uint64_t udata = 0;

    bool operator==(const KqueueWatch&) const = default;
};

// What a row of the socket table is: a socket, or another kind of descriptor the user made.
enum class FdKind : std::uint8_t { Socket, Epoll, Kqueue };

struct CallRecord {
    CommandId command = 0;
    CallKind kind = CallKind::Sync;
    CallPhase phase = CallPhase::Done;
    SocketId socket = kNoSocket;
    int fd = -1;
    std::string text; // strace-style: connect(5, {...}, 16) = -1 ECONNREFUSED (Connection refused)
    // The engine's own lines ("cancel: 1 blocked call(s) on socket #3", "backend: poll ->
    // epoll") as a template and values; text "" for a system call's line, which is strace's.
    Message textWhat;
    long result = 0;
    int error = 0;
    std::string note; // Why a call was refused or blocked, or what the engine did around it.
    Message noteWhat; // The same as a template and values, when given one (else text is "").
    WallClock::time_point started {};
    std::int64_t durationNs = 0;
    bool automatic = false; // Made by auto-accept / auto-receive / echo, not by the user.
    // How many calls this record stands for: 1, except for an automatic stream receive, which
    // gathers one loop iteration's recv() calls on a socket (text and result are the
    // first call's; dataLength counts the bytes of them all).
    std::uint32_t calls = 1;
    // Ended at once because the loop's backend cannot watch its fd (select and FD_SETSIZE):
    // waiting would never end. A scenario run stops there with the note.
    bool unwatchable = false;

    SocketId created = kNoSocket;  // socket, accept, socketpair: the new socket
    SocketId created2 = kNoSocket; // socketpair: the second one

    // Data calls: the bytes are in the socket's capture at [dataOffset, +dataLength).
    bool hasData = false;
    Direction direction = Direction::Sent;
    ByteOffset dataOffset = 0;
    std::uint64_t dataLength = 0;
    int msgFlags = 0;  // recvmsg: the returned msg_flags
    std::string peer;  // recvfrom/recvmsg/accept: the peer's address as text
    std::string value; // getsockopt: the value in words
    // getsockopt of an int or on/off option (SO_ERROR, SO_TYPE, numeric options too) and
    // ioctl FIONREAD: the number the kernel returned. Empty where there is no single number
    // (SO_LINGER, the timeouts) and for every other call.
    std::optional<long long> number;
    std::string peeked; // MSG_PEEK: the bytes seen (they are not captured: still queued)
    std::vector<short> revents; // poll: each entry's revents, exactly as the kernel returned
    // The struct sockaddr the call passed (bind, connect, sendto, sendmsg) or got back
    // (accept, recvfrom, recvmsg, getsockname, getpeername), byte for byte.
    std::string sockaddr;
    // select: for each set (read, write, except), which of the command's sockets the kernel
    // left in it, in the command's order.
    std::array<std::vector<bool>, 3> selected;
    // epoll_wait: the events the kernel returned, in its order, each mapped back to the
    // socket whose fd is its data (kNoSocket when no open socket has that fd).
    std::vector<EpollReady> epollEvents;
    // kevent, kevent64: the events the kernel returned, every field as it gave them.
    std::vector<KEvent64> kevents;
};

struct LoopRecord {
    std::uint64_t iteration = 0;
    Backend backend = Backend::Poll;
    SocketId socket = kNoSocket;
    int fd = -1;
    unsigned ready = 0;
    int socketError = 0;
    std::int64_t data = -1;
    RawRecord raw;
    // "listening socket readable: 2 connection(s) waiting for accept()", as templates and
    // values (englishOf() joins the English; the window translates each part).
    std::vector<Message> meaning;
    bool consumed = false; // A blocked call or automation took it; otherwise it is pending.
    WallClock::time_point time {};
};

enum class Lifecycle : std::uint8_t { Created, Bound, Listening, Connecting, Connected, Closed };
std::string_view lifecycleName(Lifecycle lifecycle);

enum class TcpState : std::uint8_t {
    None, // Not a TCP socket, or the state could not be read.
    Closed, Listen, SynSent, SynReceived, Established, CloseWait, FinWait1, Closing, LastAck,
    FinWait2, TimeWait
};
std::string_view tcpStateName(TcpState state); // "ESTABLISHED"
TcpState tcpStateFromLinux(int state);         // tcp_info.tcpi_state numbering on Linux
TcpState tcpStateFromBsd(int state);           // TCPS_* numbering on macOS / FreeBSD

// One TCP state the engine read, when, and what had happened on the socket since the read
// before: the call made ("connect", "close"), or "event" (readiness, or the tick). Only
// changes are kept, so two steps in a row that the state diagram does not join mean the
// kernel passed through states between two reads that nobody saw.
struct TcpStep {
    TcpState state = TcpState::None;
    WallClock::time_point at {};
    std::string after;
    // Read from the kernel's connection table (Linux /proc/net/tcp), not through the fd:
    // after close(), and when the fd's socket is a husk whose connection lives on in
    // TIME_WAIT (Linux moves it to a time-wait entry and the fd then reads CLOSED).
    bool fromTable = false;

    bool operator==(const TcpStep&) const = default;
};

// What the engine itself knows about a socket, as opposed to what it asks the kernel. The
// engine keeps it once per socket (SocketEntry derives from it), and each snapshot copies it
// whole, so no field is mirrored by hand.
struct SocketState {
    SocketId id = kNoSocket;
    int fd = -1;
    int domain = 0;
    int type = 0;
    int protocol = 0;
    SocketId parent = kNoSocket; // Accepted sockets: their listener.

    Lifecycle lifecycle = Lifecycle::Created;
    bool shutRead = false;
    bool shutWrite = false;
    bool peerClosed = false; // A read returned end-of-file.
    bool reset = false;      // A call failed with ECONNRESET.

    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;

    bool nonBlocking = false;
    bool autoAccept = false;
    bool autoReceive = false;
    bool echo = false;
    unsigned pendingReady = 0; // Readiness the loop saw that no call has consumed yet.
    std::string note; // e.g. "auto-accept paused after EMFILE"
    Message noteWhat; // The same as a template and values, when given one (else text is "").
    // TCP sockets: every state read, in order, changes only; followed past close() where
    // the platform's tables tell (Linux /proc/net/tcp), until the kernel forgets it.
    std::vector<TcpStep> tcpPath;
    std::string connectTo; // The address the last connect() was given (a SYN_SENT socket has no peer yet).
    FdKind fdKind = FdKind::Socket; // An epoll instance is a row too, but no socket.
    std::vector<KqueueWatch> kqueueRegistrations; // A kqueue: its registrations (see KqueueWatch)

    bool operator==(const SocketState&) const = default;
};

// A socket as the views see it: the engine's state plus what the kernel reports about it.
struct SocketSnapshot : SocketState {
    TcpState tcpState = TcpState::None;
    std::string local;
    std::string peer;
    bool wildcard = false; // Bound to 0.0.0.0 or ::, so reachable from other machines.
    // TCP: the connection's two ends as last read while it had a peer, kept after close()
    // (which is when the TCP path still goes on), so both ends can be paired.
    std::string tcpLocal;
    std::string tcpPeer;

    long receiveQueued = -1; // FIONREAD
    long receiveBuffer = -1; // SO_RCVBUF
    long sendQueued = -1;    // SIOCOUTQ / SO_NWRITE
    long sendBuffer = -1;    // SO_SNDBUF
    int acceptQueue = -1;    // Listeners: connections waiting for accept()
    int acceptLimit = -1;    // Listeners: the kernel's limit (the backlog)
    // Listeners on Linux: the change of /proc/net/netstat's TcpExt ListenOverflows and
    // ListenDrops since this socket started listening. The counters are the whole network
    // namespace's, not this listener's alone. -1 where the platform does not tell.
    std::int64_t listenOverflows = -1;
    std::int64_t listenDrops = -1;

    std::string blockedIn;      // "accept" while a call is blocked, else empty
    CommandId blockedCommand = 0;
    std::uint64_t captureDropped = 0;       // by the cap and the budget together
    std::uint64_t captureBudgetDropped = 0; // of those, by the total budget
    std::vector<EpollWatch> interest; // An epoll instance: its interest list, in the kernel's order

    bool operator==(const SocketSnapshot&) const = default;
};

// What one backend's wait call costs: the CPU time of each call (the kernel's scan included,
// the sleep not), its wall time, and the wall time the loop spends outside it (dispatch,
// calls, snapshots). poll() and select() scan every watched fd on each call; epoll_wait()
// and kevent() only return the ready ones.
struct WaitCost {
    std::uint64_t timedIterations = 0;
    std::uint64_t waitCpuNs = 0;     // all waits together
    std::uint64_t lastWaitCpuNs = 0; // the last wait
    std::uint64_t lastWaitNs = 0;    // the last wait's wall time, from call to return
    std::uint64_t busyNs = 0;        // wall time between waits, all together
    std::size_t watched = 0;         // descriptors it watched at its last wait

    bool operator==(const WaitCost&) const = default;
};

struct LoopStats {
    Backend backend = Backend::Poll;
    std::uint64_t iterations = 0;
    std::uint64_t readyEvents = 0;
    std::uint64_t calls = 0;
    std::size_t sockets = 0; // Open sockets.
    std::size_t watched = 0; // Descriptors registered with the backend.
    std::vector<Backend> available;
    // What each backend's wait has cost while it was the loop's (kept when the backend
    // changes, so that poll() and epoll_wait() can be compared in one run), indexed by
    // Backend; wait() is the current backend's.
    std::array<WaitCost, kBackendCount> waits {};
    // Table entries that closes looked at to find what the closed descriptor was part of
    // (paused auto-accepts, epoll interest lists, kqueue registrations): tests bound a
    // close's work with it, which must follow what the descriptor touched, not the table.
    std::uint64_t closeScans = 0;

    const WaitCost& wait() const { return waits[std::size_t(backend)]; }
    WaitCost& wait() { return waits[std::size_t(backend)]; }

    bool operator==(const LoopStats&) const = default;
};

using EngineEvent = std::variant<CallRecord, LoopRecord, SocketSnapshot, LoopStats>;
using EventBatch = std::vector<EngineEvent>;

// Receives the engine's output. deliver() is called on the worker thread, in order, with
// one batch per loop iteration (never an empty one); it must not block for long.
class EngineSink {
public:
    virtual ~EngineSink() = default;
    virtual void deliver(EventBatch&& batch) = 0;
};

// A note for a call record or a socket (context "spg::notes"): its English in `note`, its
// template and values in `noteWhat`, so the window can translate it.
template<typename... Args>
Message noteMessage(const char* text, const Args&... args)
{
    return makeMessage("spg::notes", text, args...);
}

// An engine line (a control, not a system call): `text` is its English, `textWhat` the rest.
template<typename... Args>
void setEngineLine(CallRecord& r, const char* text, const Args&... args)
{
    r.textWhat = makeMessage("spg::engine", text, args...);
    r.text = r.textWhat.english();
}

template<typename Holder>
void setNote(Holder& holder, Message message)
{
    holder.note = message.english();
    holder.noteWhat = std::move(message);
}

} // namespace spg::core
