// The engine's lifetime: the worker thread, the command queue shared with submitting
// threads, host-name resolution off the loop, and the orderly shutdown that closes every
// socket the engine owns.
#include "core/engine/engine.h"

#include "core/words/address.h"
#include "core/engine/engine_worker.h"
#include "core/sys/sys.h"

#include <csignal>

namespace spg::core {

Engine::Engine(EngineSink& sink, EngineOptions options)
    : m_worker(std::make_unique<EngineWorker>(sink, options))
{
}

Engine::~Engine()
{
    shutdown();
}

CommandId Engine::submit(Command command)
{
    return m_worker->submit(std::move(command));
}

std::shared_ptr<const Capture> Engine::capture(SocketId id) const
{
    return m_worker->capture(id);
}

void Engine::shutdown()
{
    m_worker->shutdown();
}

EngineWorker::EngineWorker(EngineSink& sink, const EngineOptions& options)
    : m_reporter(sink)
    , m_loop(options.backend.value_or(defaultBackend()), m_sockets, m_reporter)
    , m_options(options)
{
    // MSG_NOSIGNAL / SO_NOSIGPIPE cover every send the engine makes; ignoring SIGPIPE as well
    // protects the process if a platform lacks both.
    std::signal(SIGPIPE, SIG_IGN);
    m_buffer.resize(256 * 1024);
    m_thread = std::thread([this] { run(); });
}

EngineWorker::~EngineWorker()
{
    shutdown();
}

CommandId EngineWorker::submit(Command command)
{
    CommandId id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextCommand++;
        if (m_stopping)
            return id;
        m_incoming.emplace_back(id, std::move(command));
    }
    m_loop.wakeup();
    return id;
}

std::shared_ptr<const Capture> EngineWorker::capture(SocketId id) const
{
    return m_sockets.capture(id);
}

void EngineWorker::shutdown()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    if (m_thread.joinable()) {
        m_loop.wakeup();
        m_thread.join();
    }
}

void EngineWorker::run()
{
    m_reporter.emitStats(true);
    m_reporter.flush();
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stopping)
                break;
        }
        iterate();
    }
    closeEverything();
    m_reporter.flush();
}

void EngineWorker::takeCommands()
{
    std::lock_guard lock(m_mutex);
    while (!m_incoming.empty()) {
        m_queue.push_back(std::move(m_incoming.front()));
        m_incoming.pop_front();
    }
}

bool EngineWorker::needsResolution(const Command& command) const
{
    if (command.kind != CallKind::Bind && command.kind != CallKind::Connect
        && command.kind != CallKind::SendTo && command.kind != CallKind::SendMsg)
        return false;
    const AddressParse parsed = parseAddress(command.address);
    return parsed.ok() && parsed.endpoint.needsResolve();
}

// Name lookups can take seconds, so they run on a helper thread. Commands after the one
// being resolved wait behind it, which keeps results in submission order while the loop
// goes on serving every socket.
void EngineWorker::startResolution(const Command& command)
{
    const AddressParse parsed = parseAddress(command.address);
    int family = AF_UNSPEC;
    if (const SocketEntry* s = m_sockets.find(command.socket))
        family = s->domain;
    m_resolving = true;
    if (m_resolver.joinable())
        m_resolver.join();
    m_resolver = std::thread([this, host = parsed.endpoint.host, port = parsed.endpoint.port,
                              family] {
        SockAddr out;
        std::string error = resolveHost(host, port, family, out);
        {
            std::lock_guard lock(m_mutex);
            m_resolved.emplace(std::move(error), out);
        }
        m_loop.wakeup();
    });
}

void EngineWorker::runCommands()
{
    takeCommands();
    while (!m_queue.empty()) {
        auto& [id, command] = m_queue.front();
        if (m_resolving) {
            std::optional<std::pair<std::string, SockAddr>> resolved;
            {
                std::lock_guard lock(m_mutex);
                resolved.swap(m_resolved);
            }
            if (!resolved)
                return;
            m_resolving = false;
            if (!resolved->first.empty())
                refuse(id, command, "cannot resolve \"" + command.address + "\": "
                           + resolved->first);
            else
                execute(id, command, &resolved->second);
        } else if (needsResolution(command)) {
            startResolution(command);
            return;
        } else {
            execute(id, command, nullptr);
        }
        m_queue.pop_front();
    }
}

void EngineWorker::closeEverything()
{
    if (m_resolver.joinable())
        m_resolver.join();
    finishLingeringCloses(true);
    for (auto& [id, entry] : m_sockets) {
        if (!entry->open())
            continue;
        cancelBlocked(*entry, 0, "the engine shut down");
        releaseFd(*entry);
    }
}

} // namespace spg::core
