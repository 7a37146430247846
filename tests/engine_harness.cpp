// The engine test sink. Waits are bounded so a broken engine fails a test instead of
// hanging the suite; the bounds are generous because they are not timing assertions.
#include "engine_harness.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <thread>

namespace spg::test {

Backend backendUnderTest()
{
    Backend backend = defaultBackend();
    if (const char* name = std::getenv("SPG_BACKEND"))
        backendFromName(name, backend);
    return backend;
}

Harness::Harness(EngineOptions options)
{
    if (!options.backend)
        options.backend = backendUnderTest();
    m_engine = std::make_unique<Engine>(*this, options);
}

Harness::~Harness()
{
    m_engine->shutdown();
    // SPG_TEST_VERBOSE=1 prints the whole strace-style log of each test: the first thing to
    // read when a test fails.
    if (std::getenv("SPG_TEST_VERBOSE"))
        for (const CallRecord& r : m_calls)
            std::fprintf(stderr, "  [%d] %s%s%s\n", static_cast<int>(r.phase), r.text.c_str(),
                         r.note.empty() ? "" : "  // ", r.note.c_str());
}

void Harness::deliver(EventBatch&& batch)
{
    std::lock_guard lock(m_mutex);
    for (EngineEvent& event : batch) {
        if (auto* call = std::get_if<CallRecord>(&event))
            m_calls.push_back(std::move(*call));
        else if (auto* loop = std::get_if<LoopRecord>(&event))
            m_loops.push_back(std::move(*loop));
        else if (auto* snap = std::get_if<SocketSnapshot>(&event)) {
            m_snapshots[snap->id] = *snap;
            ++m_snapshotsSent;
        } else if (auto* stats = std::get_if<LoopStats>(&event)) {
            m_stats = *stats;
            ++m_statsSent;
        }
    }
    m_changed.notify_all();
}

std::size_t Harness::snapshotsSent()
{
    std::lock_guard lock(m_mutex);
    return m_snapshotsSent;
}

std::size_t Harness::statsSent()
{
    std::lock_guard lock(m_mutex);
    return m_statsSent;
}

LoopStats Harness::stats()
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

std::optional<CallRecord> Harness::finalRecord(CommandId id) const
{
    for (const CallRecord& r : m_calls)
        if (r.command == id && r.phase != CallPhase::Blocked)
            return r;
    return std::nullopt;
}

CallRecord Harness::call(Command command)
{
    return finish(m_engine->submit(std::move(command)));
}

CallRecord Harness::finish(CommandId id)
{
    std::unique_lock lock(m_mutex);
    std::optional<CallRecord> found;
    m_changed.wait_for(lock, std::chrono::seconds(10), [&] { return (found = finalRecord(id)).has_value(); });
    if (!found) {
        CallRecord missing;
        missing.text = "<no record for command " + std::to_string(id) + ">";
        missing.result = -999;
        return missing;
    }
    return *found;
}

CallRecord Harness::callUntil(const Command& command,
                              const std::function<bool(const CallRecord&)>& done, int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    CallRecord r = call(command);
    while (!done(r) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        r = call(command);
    }
    return r;
}

CallRecord Harness::start(Command command, CommandId* idOut)
{
    const CommandId id = m_engine->submit(std::move(command));
    if (idOut)
        *idOut = id;
    std::unique_lock lock(m_mutex);
    std::optional<CallRecord> found;
    m_changed.wait_for(lock, std::chrono::seconds(10), [&] {
        for (const CallRecord& r : m_calls)
            if (r.command == id) {
                found = r;
                return true;
            }
        return false;
    });
    if (!found) {
        CallRecord missing;
        missing.result = -999;
        return missing;
    }
    return *found;
}

SocketId Harness::socket(int domain, int type, int protocol)
{
    return call(makeSocket(domain, type, protocol)).created;
}

SocketId Harness::listener(int backlog, std::string* address, const char* bind)
{
    const int domain = bind[0] == '[' ? AF_INET6 : bind[0] == 'u' ? AF_UNIX : AF_INET;
    const SocketId s = socket(domain, SOCK_STREAM);
    call(makeBind(s, bind));
    call(makeListen(s, backlog));
    if (address)
        *address = localAddress(s);
    return s;
}

std::pair<SocketId, SocketId> Harness::tcpPair()
{
    std::string address;
    const SocketId srv = listener(1, &address);
    const SocketId client = socket(AF_INET, SOCK_STREAM);
    call(makeConnect(client, address));
    return { client, call(makeAccept(srv)).created };
}

std::string Harness::localAddress(SocketId id)
{
    Command c;
    c.kind = CallKind::GetSockName;
    c.socket = id;
    return call(c).value;
}

SocketSnapshot Harness::waitSnapshot(SocketId id,
                                     const std::function<bool(const SocketSnapshot&)>& pred,
                                     bool* ok, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const bool met = m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        auto it = m_snapshots.find(id);
        return it != m_snapshots.end() && pred(it->second);
    });
    if (ok)
        *ok = met;
    return m_snapshots[id];
}

SocketSnapshot Harness::snapshot(SocketId id)
{
    std::lock_guard lock(m_mutex);
    return m_snapshots[id];
}

bool Harness::waitFor(const std::function<bool()>& pred, int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        lock.unlock();
        const bool met = pred();
        lock.lock();
        return met;
    });
}

std::vector<CallRecord> Harness::calls()
{
    std::lock_guard lock(m_mutex);
    return m_calls;
}

std::size_t Harness::countCalls(const std::function<bool(const CallRecord&)>& pred)
{
    std::lock_guard lock(m_mutex);
    return static_cast<std::size_t>(std::count_if(m_calls.begin(), m_calls.end(), pred));
}

std::size_t Harness::waitCalls(const std::function<bool(const CallRecord&)>& pred, std::size_t n,
                               int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    std::size_t seen = 0;
    std::size_t counted = 0; // records already looked at: each is looked at once
    m_changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        for (; counted < m_calls.size(); ++counted)
            seen += pred(m_calls[counted]) ? 1 : 0;
        return seen >= n;
    });
    return seen;
}

std::vector<LoopRecord> Harness::loops()
{
    std::lock_guard lock(m_mutex);
    return m_loops;
}

std::vector<std::string> Harness::log()
{
    std::lock_guard lock(m_mutex);
    std::vector<std::string> lines;
    for (const CallRecord& r : m_calls)
        lines.push_back(r.text);
    return lines;
}

std::string Harness::captured(SocketId id)
{
    auto capture = m_engine->capture(id);
    if (!capture)
        return {};
    const auto bytes = capture->readAll();
    return std::string(bytes.begin(), bytes.end());
}

} // namespace spg::test
