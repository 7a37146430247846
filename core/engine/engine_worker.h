// The engine's private state and the functions that run on its worker thread. Split over
// engine.cpp (thread, queue, lifetime), engine_loop.cpp (the loop: interest, dispatch,
// snapshots), engine_calls.cpp (control-plane calls) and engine_data.cpp (calls that can
// block: connect, accept, send and receive families, and the automations).
// Threading: submit()/capture()/shutdown() from any thread; everything else on the worker.
#pragma once

#include "core/engine/capture.h"
#include "core/engine/engine.h"
#include "core/sys/poller.h"

#include <cerrno>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

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
    std::uint64_t done = 0;     // send family: bytes sent so far; MSG_WAITALL: received
    std::string received;       // MSG_WAITALL: bytes gathered so far
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
    std::uint64_t partial() const { return done ? done : received.size(); }
};

struct SocketEntry {
    SocketId id = kNoSocket;
    int fd = -1;
    int domain = 0;
    int type = 0;
    int protocol = 0;
    SocketId parent = kNoSocket;
    Lifecycle lifecycle = Lifecycle::Created;
    bool shutRead = false;
    bool shutWrite = false;
    bool peerClosed = false;
    bool reset = false;
    bool wildcard = false;
    bool nonBlocking = false;
    bool autoAccept = false;
    bool autoReceive = false;
    bool echo = false;
    bool acceptPaused = false;
    std::deque<BlockedCall> blocked;
    unsigned pendingReady = 0;
    unsigned registered = 0; // Interest currently given to the poller.
    std::int64_t kqueueListenData = -1;
    std::shared_ptr<Capture> capture;
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
    std::string echoBacklog;
    SockAddr echoPeer;
    std::string note;
    SocketSnapshot last;
    bool dirty = true;

    bool open() const { return lifecycle != Lifecycle::Closed; }
    // Echo reads what arrives too, so either automation keeps the socket read.
    bool receivesAutomatically() const { return autoReceive || echo; }
    bool stream() const { return type == SOCK_STREAM || type == SOCK_SEQPACKET; }
};

// A poll() or select() call of the user's, parked until a socket of its set is ready or it times out.
struct ParkedPoll {
    CommandId id = 0;
    Command command;
    bool parked = false;
    WallClock::time_point started {};
    SteadyClock::time_point startedSteady {};
    std::optional<SteadyClock::time_point> deadline; // From the call's own timeout.
};

// A close() that lingers (SO_LINGER {1, N>0} with unsent data) runs on a helper thread:
// the kernel makes it wait up to N seconds, and the loop must not wait with it.
struct LingeringClose {
    CommandId id = 0;
    Command command;
    int fd = -1;
    WallClock::time_point started {};
    SteadyClock::time_point startedSteady {};
    std::thread thread;
    std::optional<SysResult> result; // Set by the thread under EngineWorker::m_mutex.
};

class EngineWorker {
public:
    EngineWorker(EngineSink& sink, const EngineOptions& options);
    ~EngineWorker();

    CommandId submit(Command command);
    std::shared_ptr<const Capture> capture(SocketId id) const;
    void shutdown();

private:
    enum class Attempt { Finished, WouldBlock };

    // engine.cpp
    void run();
    void takeCommands();
    void runCommands();
    bool needsResolution(const Command& command) const;
    void startResolution(const Command& command);
    void closeEverything();

    // engine_loop.cpp
    void iterate();
    void applyInterests();
    unsigned wantedInterest(const SocketEntry& s) const;
    int waitTimeoutMs() const;
    void dispatch(const ReadyEvent& event);
    unsigned serviceReady(SocketEntry& s, unsigned ready);
    void refreshSnapshots(bool periodic);
    void emitStats(bool force);
    std::string meaningOf(const SocketEntry& s, const ReadyEvent& event) const;
    void flush();

    // engine_calls.cpp
    void execute(CommandId id, Command& command, const SockAddr* resolved);
    SocketEntry* target(CommandId id, const Command& command);
    CallRecord startRecord(CommandId id, const Command& command, const SocketEntry* s) const;
    void emit(CallRecord record, SteadyClock::time_point t0);
    void refuse(CommandId id, const Command& command, std::string why);
    SocketEntry& adopt(int fd, int domain, int type, int protocol, SocketId parent);
    void doSocket(CommandId id, const Command& c);
    void doSocketpair(CommandId id, const Command& c);
    void doBind(CommandId id, const Command& c, SocketEntry& s, const SockAddr& addr);
    void doListen(CommandId id, const Command& c, SocketEntry& s);
    void doShutdown(CommandId id, const Command& c, SocketEntry& s);
    void doClose(CommandId id, const Command& c, SocketEntry& s);
    void doSetSockOpt(CommandId id, const Command& c, SocketEntry& s);
    void doGetSockOpt(CommandId id, const Command& c, SocketEntry& s);
    void doName(CommandId id, const Command& c, SocketEntry& s);
    void doNonBlocking(CommandId id, const Command& c, SocketEntry& s);
    void doFionread(CommandId id, const Command& c, SocketEntry& s);
    void doGetFl(CommandId id, const Command& c, SocketEntry& s);
    void doControl(CommandId id, const Command& c);
    void resumeAcceptAfterClose();

    // engine_poll.cpp
    void doPoll(CommandId id, const Command& c);
    bool attemptPoll(ParkedPoll& p, bool expired);
    void retryPolls();
    std::size_t cancelPolls(SocketId socket, CommandId which, const char* why);

    // engine_select.cpp (a parked select() waits in m_polls too)
    void doSelect(CommandId id, const Command& c);
    bool attemptSelect(ParkedPoll& p, bool expired);
    SocketId firstSelected(const Command& c) const;

    // engine_interrupt.cpp
    std::optional<SteadyClock::duration> kernelTimeout(const SocketEntry& s, CallKind kind) const;
    void expireDeadlines();
    void retryTimedCalls();
    void cancelBlocked(SocketEntry& s, CommandId target, const char* why);
    void endEarly(SocketEntry& s, BlockedCall& call, CallPhase phase, int error, std::string note);
    std::string earlyText(const SocketEntry& s, const BlockedCall& call,
                          const SysResult& result) const;

    // engine_linger.cpp
    bool closeLingers(const SocketEntry& s) const;
    void startLingeringClose(CommandId id, const Command& c, SocketEntry& s);
    void finishLingeringCloses(bool wait);
    void releaseFd(SocketEntry& s);

    // engine_data.cpp
    void startBlockingCall(CommandId id, const Command& c, SocketEntry& s, const SockAddr* addr);
    Attempt attempt(SocketEntry& s, BlockedCall& call);
    Attempt attemptConnect(SocketEntry& s, BlockedCall& call);
    Attempt attemptAccept(SocketEntry& s, BlockedCall& call, bool automatic);
    Attempt attemptSend(SocketEntry& s, BlockedCall& call);
    Attempt attemptRecv(SocketEntry& s, BlockedCall& call);
    void finishCall(SocketEntry& s, BlockedCall& call, CallRecord record);
    bool wouldBlock(const SocketEntry& s, const BlockedCall& call, int error) const;
    void autoAccept(SocketEntry& s);
    void autoReceive(SocketEntry& s);
    void flushEcho(SocketEntry& s);
    void endEcho(SocketEntry& s);
    ByteOffset record(SocketEntry& s, Direction d, const void* data, std::size_t n,
                      CommandId id, const SockAddr* peer);

    EngineSink& m_sink;
    EngineOptions m_options;

    // Shared with submitting threads.
    mutable std::mutex m_mutex;
    std::deque<std::pair<CommandId, Command>> m_incoming;
    CommandId m_nextCommand = 1;
    bool m_stopping = false;
    std::map<SocketId, std::shared_ptr<Capture>> m_captures;
    std::optional<std::pair<std::string, SockAddr>> m_resolved; // error text, address

    // Worker-only state.
    std::unique_ptr<Poller> m_poller;
    std::deque<std::pair<CommandId, Command>> m_queue;
    bool m_resolving = false;
    std::thread m_resolver;
    std::map<SocketId, std::unique_ptr<SocketEntry>> m_sockets;
    std::unordered_map<int, SocketId> m_byFd;
    SocketId m_nextSocket = 1;
    EventBatch m_batch;
    std::vector<ReadyEvent> m_ready;
    std::vector<unsigned char> m_buffer; // Receive buffer reused by automation.
    LoopStats m_stats;
    LoopStats m_lastStats;
    SteadyClock::time_point m_lastTick {};
    SteadyClock::time_point m_lastStatsEmit {};
    std::vector<std::unique_ptr<LingeringClose>> m_lingering;
    std::vector<ParkedPoll> m_polls;
    std::thread m_thread;
};

} // namespace spg::core
