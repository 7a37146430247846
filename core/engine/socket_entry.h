// One socket as the engine's worker keeps it: the state that snapshots copy (SocketState)
// and what only the worker needs (parked calls, the poller's interest, automation buffers).
// Worker thread only; the capture it points to is shared with readers under its own rules.
#pragma once

#include "core/engine/capture.h"
#include "core/engine/events.h"
#include "core/sys/sys.h"
#include "core/words/address.h"

#include <cerrno>
#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace spg::core {

// A call that would block on a blocking socket, parked until the loop sees the socket ready.
struct BlockedCall {
    CommandId id = 0;
    Command command;
    unsigned needs = 0; // Interest bits.
    bool parked = false;
    WallClock::time_point started {};
    SteadyClock::time_point startedSteady {};
    std::optional<SteadyClock::time_point> deadline; // From SO_RCVTIMEO / SO_SNDTIMEO.
    int timeoutError = EAGAIN;  // What the call returns when the deadline passes first.
    SockAddr target;            // connect / sendto
    std::uint64_t done = 0;     // send family: bytes sent so far
    std::uint64_t gathered = 0; // receive family: bytes received so far (MSG_WAITALL gathers)
    // Of those, what the call's line and record show: all of them for recvmsg and MSG_PEEK,
    // else the first strsize bytes (the capture keeps every byte; a copy of a 64 MiB
    // MSG_WAITALL's bytes here would cost fresh memory for each one, to show 32).
    std::string received;
    ByteOffset firstOffset = 0; // Where this call's bytes start in the capture.
    bool connectStarted = false;
    bool sigpipe = false; // write(): the kernel raised SIGPIPE (consumed)
    std::size_t atLeast = 0; // recv: bytes a blocking call gathers (MSG_WAITALL, SO_RCVLOWAT)
    bool byTime = false;     // Readiness cannot tell when to retry: retry on a short timer.
    std::optional<SteadyClock::time_point> retryAt;

    // Parks the call on the timer instead of readiness, for waits the kernel gives no
    // readiness for (a full UNIX backlog, a peek for more bytes, SO_RCVLOWAT).
    void retryLater()
    {
        needs = 0;
        retryAt = SteadyClock::now() + std::chrono::milliseconds(10);
    }

    // Bytes already moved by a call that ends early: a real call returns this count, not
    // the error, once it has sent or received anything.
    std::uint64_t partial() const { return done ? done : gathered; }
};

struct SocketEntry;

// Sockets touched since each consumer last looked, each listed once per queue: the loop
// re-reads the interest of these only, the reporter re-reads the state of these only (plus
// the few it refreshes on the tick), so an iteration costs what happened, not the table's size.
struct TouchQueues {
    std::vector<SocketEntry*> interest;
    std::vector<SocketEntry*> snapshot;
};

// "This socket's state may have changed": a bool that, when set, also queues its socket for
// the loop and the reporter. Every `s.dirty = true` in the engine thus feeds both queues.
class DirtyFlag {
public:
    DirtyFlag& operator=(bool dirty);
    operator bool() const { return m_dirty; }

private:
    friend class SocketTable;
    bool m_dirty = true;
    SocketEntry* m_owner = nullptr;
};

// The engine's facts live once, in the SocketState base; a snapshot copies that base whole.
struct SocketEntry : SocketState {
    bool acceptPaused = false;
    std::deque<BlockedCall> blocked;
    unsigned registered = 0; // Interest currently given to the poller.
    std::int64_t kqueueListenData = -1;
    std::shared_ptr<Capture> capture;
    std::string echoBacklog;
    SockAddr echoPeer;
    SocketSnapshot last; // What the views were last told, to send only changes.
    std::string ownedPath; // A UNIX path bind() made with removeBoundPath: unlinked on close.
    sys::FileId ownedFile;
    // TCP: the connection's two ends as last read, to follow its state after close() in
    // the kernel's table, until `followUntil` or until the kernel forgets it.
    SockAddr tcpLocal;
    SockAddr tcpPeer;
    std::optional<SteadyClock::time_point> followUntil;
    bool followedClose = false;
    // When the state was last read: a flood's receives refresh at most once per tick.
    SteadyClock::time_point snapshotAt {};
    // Listeners: the TcpExt listen counters when the socket was first seen listening.
    std::optional<std::pair<std::uint64_t, std::uint64_t>> listenBaseline;
    DirtyFlag dirty; // Set by adopt(), so a new socket is read and watched at once.
    // Owned by the table: where touches go, and whether this socket is queued in each.
    TouchQueues* queues = nullptr;
    bool inInterestQueue = false;
    bool inSnapshotQueue = false;
    // The soonest parked-call time the table's deadline queue holds for this socket.
    std::optional<SteadyClock::time_point> queuedTime;
    bool countedOpen = false; // The reporter's: counted among the open sockets.
    // Queued for the reporter by a change that can only have moved the send queue: unless
    // the socket is also marked dirty, its refresh re-reads that one number.
    bool sendQueueOnly = false;
    // Bytes went out since the send queue was last read. A queue read as 0 grows only by
    // the socket's own sends (a FIN comes from a call, which reads the state whole), so
    // while this is false a 0 still stands and need not be asked for again.
    bool sentSinceRead = false;
    // The peer accept() returned, until the first call on this socket: the state read takes
    // it instead of getpeername() (socket_info.h says when the two answers are the same).
    SockAddr acceptedPeer;

    // Queues the socket for the loop's interest pass and the reporter's next refresh.
    void touch()
    {
        touchInterest();
        if (queues && !inSnapshotQueue) {
            inSnapshotQueue = true;
            queues->snapshot.push_back(this);
        }
    }
    // Queues it for the interest pass and a refresh of its send queue only.
    void touchSendQueue()
    {
        sendQueueOnly = true;
        touch();
    }
    // Queues it for the interest pass only (asked again after the backend refused it).
    void touchInterest()
    {
        if (queues && !inInterestQueue) {
            inInterestQueue = true;
            queues->interest.push_back(this);
        }
    }

    bool open() const { return lifecycle != Lifecycle::Closed; }
    // Echo reads what arrives too, so either automation keeps the socket read.
    bool receivesAutomatically() const { return autoReceive || echo; }
    bool stream() const { return type == SOCK_STREAM || type == SOCK_SEQPACKET; }
};

inline DirtyFlag& DirtyFlag::operator=(bool dirty)
{
    m_dirty = dirty;
    if (dirty && m_owner)
        m_owner->touch();
    return *this;
}

} // namespace spg::core
