// The engine's worker: the command queue shared with submitting threads, and the call
// runner that executes each command on the worker thread. It owns the parts that do the
// rest: the socket table, the event loop and the reporter. Its calls are spread over
// engine_calls.cpp (execute() and the calls that never block), engine_data.cpp (calls that
// can block), engine_options/poll/interrupt/linger/auto.cpp; engine.cpp holds the lifetime.
// Threading: submit()/capture()/shutdown() from any thread; everything else on the worker.
#pragma once

#include "core/engine/engine.h"
#include "core/engine/event_loop.h"

#include <cerrno>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace spg::core {

// A poll() call of the user's, parked until a socket of its set is ready or it times out.
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
    int waitTimeoutMs() const;
    unsigned serviceReady(SocketEntry& s, unsigned ready);

    // engine_calls.cpp
    void execute(CommandId id, Command& command, const SockAddr* resolved);
    SocketEntry* target(CommandId id, const Command& command);
    CallRecord startRecord(CommandId id, const Command& command, const SocketEntry* s) const;
    void conclude(CallRecord& record, std::string call, const SysResult& res) const;
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
    void doControl(CommandId id, const Command& c);
    void resumeAcceptAfterClose();

    // engine_poll.cpp
    void doPoll(CommandId id, const Command& c);
    bool attemptPoll(ParkedPoll& p, bool expired);
    void retryPolls();
    std::size_t cancelPolls(SocketId socket, CommandId which, const char* why);

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

    Reporter m_reporter;
    SocketTable m_sockets;
    EventLoop m_loop;
    EngineOptions m_options;

    // Shared with submitting threads.
    mutable std::mutex m_mutex;
    std::deque<std::pair<CommandId, Command>> m_incoming;
    CommandId m_nextCommand = 1;
    bool m_stopping = false;
    std::optional<std::pair<std::string, SockAddr>> m_resolved; // error text, address

    // Worker-only state.
    std::deque<std::pair<CommandId, Command>> m_queue;
    bool m_resolving = false;
    std::thread m_resolver;
    std::vector<unsigned char> m_buffer; // Receive buffer reused by automation.
    SteadyClock::time_point m_lastTick {};
    std::vector<std::unique_ptr<LingeringClose>> m_lingering;
    std::vector<ParkedPoll> m_polls;
    std::thread m_thread;
};

} // namespace spg::core
