// A test sink for the engine: collects every batch, lets a test wait for the record of one
// command, for a socket snapshot that satisfies a condition, or for any event.
// Threading: deliver() runs on the engine's worker; the wait functions on the test thread.
#pragma once

#include "core/engine/engine.h"
#include "core/sys/sys.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace spg::test {

using namespace spg::core;

class Harness : public EngineSink {
public:
    explicit Harness(EngineOptions options = {});
    ~Harness() override;

    void deliver(EventBatch&& batch) override;

    Engine& engine() { return *m_engine; }

    // Submits and waits for the final record (Done/Resumed/Cancelled/Refused).
    CallRecord call(Command command);
    // Submits and waits for the first record (which may be Blocked).
    CallRecord start(Command command, CommandId* id = nullptr);
    // Waits for the final record of a command submitted earlier.
    CallRecord finish(CommandId id);
    // Makes `command` again, every 10 ms, until its record satisfies `done` or `timeoutMs`
    // has passed; returns the last record for the test to check. For an answer that only a
    // later call can see (the peer's reset reaching the socket): a slow host takes more
    // calls, not a failure.
    CallRecord callUntil(const Command& command, const std::function<bool(const CallRecord&)>& done,
                         int timeoutMs = 10000);

    SocketId socket(int domain, int type, int protocol = 0);
    // The TCP server of the seeds: socket, bind 127.0.0.1:0, listen; returns the socket.
    SocketId listener(int backlog, std::string* address = nullptr, const char* bind = "127.0.0.1:0");
    std::string localAddress(SocketId id);
    // A connected TCP pair on 127.0.0.1: {client, the socket accept() returned}.
    std::pair<SocketId, SocketId> tcpPair();

    // Waits until the newest snapshot of `id` satisfies `pred`; returns it (or the last seen
    // one after the timeout, with *ok = false).
    SocketSnapshot waitSnapshot(SocketId id, const std::function<bool(const SocketSnapshot&)>& pred,
                                bool* ok = nullptr, int timeoutMs = 5000);
    SocketSnapshot snapshot(SocketId id);
    std::size_t snapshotsSent(); // How many snapshots the engine has sent, in all.
    std::size_t statsSent();     // How many times it sent statistics: once per tick, idle.
    bool waitFor(const std::function<bool()>& pred, int timeoutMs = 5000);

    std::vector<CallRecord> calls();
    // How many records satisfy `pred`, counted in place (no copy of a long log); and a wait
    // until at least `n` do, which answers the count then.
    std::size_t countCalls(const std::function<bool(const CallRecord&)>& pred);
    std::size_t waitCalls(const std::function<bool(const CallRecord&)>& pred, std::size_t n,
                          int timeoutMs = 10000);
    std::vector<LoopRecord> loops();
    LoopStats stats(); // The newest statistics the engine sent (sent at the tick rate).
    std::vector<std::string> log(); // Every call record's text, in order.
    std::string captured(SocketId id);

private:
    std::optional<CallRecord> finalRecord(CommandId id) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<CallRecord> m_calls;
    std::vector<LoopRecord> m_loops;
    std::map<SocketId, SocketSnapshot> m_snapshots;
    std::size_t m_snapshotsSent = 0;
    std::size_t m_statsSent = 0;
    LoopStats m_stats;
    std::unique_ptr<Engine> m_engine;
};

// The backend named by SPG_BACKEND (CTest runs the suite once per backend), else default.
Backend backendUnderTest();

// The seam call auto-accept makes: accept4() where the system has it (the new fd comes
// non-blocking and close-on-exec in the same call), accept() elsewhere.
inline sys::Op autoAcceptOp()
{
    return sys::socketTypeFlags() ? sys::Op::Accept4 : sys::Op::Accept;
}

} // namespace spg::test
