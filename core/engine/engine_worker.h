// The engine's worker thread and its call runner: execute() is the one dispatch point for
// every command, and each call's record takes the seam's answer through conclude(). The
// parts it drives: the inbox (the only state shared with other threads), the socket table,
// the event loop and the reporter. Calls live in engine_calls.cpp (execute() and calls that
// never block), engine_data.cpp (calls that can block) and engine_{options,poll,interrupt,
// linger,auto}.cpp; engine.cpp holds the thread's lifetime, engine_loop.cpp one iteration.
// Threading: submit()/capture()/shutdown() from any thread; everything else on the worker.
#pragma once

#include "core/sys/kqueue_api.h"
#include "core/engine/engine.h"
#include "core/engine/command_inbox.h"
#include "core/engine/event_loop.h"

#include <cerrno>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace spg::core {

// "there is no socket #N": a command named a socket the engine does not hold.
inline Message noSocketNote(SocketId id)
{
    return noteMessage(SPG_TR_NOOP("spg::notes", "there is no socket #%1"), id);
}

struct KeventOutcome;

// A poll(), select() or epoll_wait() call of the user's, parked until a socket of its set is ready or it times out.
struct ParkedPoll {
    CommandId id = 0;
    Command command;
    bool parked = false;
    WallClock::time_point started {};
    SteadyClock::time_point startedSteady {};
    std::optional<SteadyClock::time_point> deadline; // From the call's own timeout.
    std::vector<KEvent64> keventChanges; // kevent: the changelist as the first ask passed it
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
    std::mutex mutex;
    std::optional<SysResult> result; // Set by the thread under `mutex`.
};

class EngineWorker {
public:
    EngineWorker(EngineSink& sink, const EngineOptions& options);
    ~EngineWorker();

    CommandId submit(Command command);
    std::shared_ptr<const Capture> capture(SocketId id) const;
    void shutdown();

    // Why a blocked call was cancelled: each gives its record's note (engine_interrupt.cpp).
    enum class CancelReason { EngineShutDown, SocketClosed, ByUser }; // cancelNote's order

private:
    enum class Attempt { Finished, WouldBlock };

    // engine.cpp
    void run();
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
    // Ends a call the playground does not make (the kernel is never asked): why, as a
    // template the window translates, or as plain English where it is composed of others.
    void refuse(CommandId id, const Command& command, Message why);
    void refuse(CommandId id, const Command& command, std::string why, Message what = {});
    // `prepared`: the fd came non-blocking and close-on-exec from the call that made it.
    SocketEntry& adopt(int fd, int domain, int type, int protocol, SocketId parent,
                       bool prepared = false);
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
    void pauseAccept(SocketEntry& s);

    // engine_poll.cpp
    void doPoll(CommandId id, const Command& c);
    void startWaitingCall(CommandId id, const Command& c, std::string unfinished);
    bool attemptPoll(ParkedPoll& p, bool expired);
    // Emits the final record of a poll(), select() or kevent(): Resumed, with the time the
    // call began, when it had been parked. Always true (the call is finished).
    bool finishWaitingCall(CallRecord r, const ParkedPoll& p);
    void retryPolls();
    std::size_t cancelPolls(SocketId socket, CommandId which); // by the user

    // engine_select.cpp (a parked select() waits in m_polls too)
    void doSelect(CommandId id, const Command& c);
    bool attemptSelect(ParkedPoll& p, bool expired);
    SocketId firstSelected(const Command& c) const;

    // engine_epoll.cpp (a parked epoll_wait() waits in m_polls too)
    void doEpollCreate(CommandId id, const Command& c);
    void doEpollCtl(CommandId id, const Command& c, SocketEntry& ep);
    void doEpollWait(CommandId id, const Command& c);
    bool attemptEpollWait(ParkedPoll& p, bool expired);
    // A socket was put in (or taken from) an epoll instance's interest list, or named in a
    // kqueue's changelist: the list's row is re-read when that fd is closed.
    void noteWatcher(int fd, SocketId list);
    // engine_kqueue.cpp (a parked kevent() waits in m_polls too)
    void doKqueueCall(CommandId id, const Command& c);
    bool attemptKevent(ParkedPoll& p, bool expired);
    void noteRegistrations(SocketId queueId, const std::vector<KEvent64>& changes,
                           const KeventOutcome& out);
    // `fd` is being closed: every epoll instance and kqueue whose list may name it (and only
    // those, from m_watchersByFd) drops it, as the kernel does.
    void forgetRegistrationsOf(int fd);

    // engine_interrupt.cpp
    std::optional<SteadyClock::duration> kernelTimeout(const SocketEntry& s, CallKind kind) const;
    void expireDeadlines();
    void retryTimedCalls(SteadyClock::time_point now);
    void cancelBlocked(SocketEntry& s, CommandId target, CancelReason why);
    void endEarly(SocketEntry& s, BlockedCall& call, CallPhase phase, int error, Message note,
                  bool unwatchable = false);
    void endUnwatchable(SocketId id);
    std::string earlyText(const SocketEntry& s, const BlockedCall& call,
                          const SysResult& result) const;

    // engine_linger.cpp
    bool closeLingers(const SocketEntry& s) const;
    void startLingeringClose(CommandId id, const Command& c, SocketEntry& s);
    void finishLingeringCloses(bool wait);
    void releaseFd(SocketEntry& s);
    void ownBoundFile(SocketEntry& s, const SockAddr& addr);
    std::optional<Message> removeOwnedFile(SocketEntry& s);

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
    void autoReceiveStream(SocketEntry& s);
    bool endAutoReceive(SocketEntry& s, CallRecord& r, const SysResult& res);
    void flushEcho(SocketEntry& s);
    void endEcho(SocketEntry& s);
    ByteOffset record(SocketEntry& s, Direction d, const void* data, std::size_t n,
                      CommandId id, const SockAddr* peer);
    void enforceCaptureBudget();
    // Automatic stream receives land in the capture's ring itself when there is one (else
    // in m_buffer), and commitReceived() counts and records the bytes the call returned.
    Capture::Room receiveRoom(SocketEntry& s);
    ByteOffset commitReceived(SocketEntry& s, std::size_t n, bool extendLast);

    Reporter m_reporter;
    SocketTable m_sockets;
    EventLoop m_loop;
    CommandInbox m_inbox; // The only state shared with other threads.
    EngineOptions m_options;
    CaptureBudget m_captureBudget;

    // Worker-only state.
    std::deque<CommandInbox::Entry> m_queue;
    bool m_resolving = false; // The command at the head of m_queue waits for its lookup.
    std::vector<unsigned char> m_buffer; // Receive buffer reused by automation.
    // A user's receive lands here first: grown to the largest size asked, never filled by us,
    // so only pages the kernel wrote are ever touched, and kept, so they are touched once.
    std::unique_ptr<char[]> m_receiveSpace;
    std::size_t m_receiveSpaceSize = 0;
    char* receiveSpace(std::size_t size);
    SteadyClock::time_point m_lastTick {};
    std::vector<std::unique_ptr<LingeringClose>> m_lingering;
    std::vector<ParkedPoll> m_polls;
    std::vector<SocketEntry*> m_due; // Sockets whose parked calls' time has come; reused.
    // What a close must tell, so that it costs what the fd touched, not the table's size:
    // listeners whose auto-accept waits for a free descriptor (entries are never erased, so
    // the pointers stay valid), and per fd the epoll instances and kqueues that were told
    // about it (a list that dropped it since costs one look when the fd closes).
    std::vector<SocketEntry*> m_pausedAccepts;
    std::unordered_map<int, std::vector<SocketId>> m_watchersByFd;
    std::unique_ptr<KqueueApi> m_kqueueApi; // kqueue hosts: made at the first kqueue call
    std::thread m_thread;
};

} // namespace spg::core
