// The engine's lifetime: the worker thread, commands taken from the inbox in submission
// order (a command whose host name is being looked up holds back those after it), and the
// orderly shutdown that closes every socket the engine owns.
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
    : m_reporter(sink, std::chrono::milliseconds(options.tickMs))
    , m_loop(options.backend.value_or(defaultBackend()), m_sockets, m_reporter)
    , m_inbox([this] { m_loop.wakeup(); })
    , m_options(options)
    , m_captureBudget(options.captureBudget)
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
    return m_inbox.submit(std::move(command));
}

std::shared_ptr<const Capture> EngineWorker::capture(SocketId id) const
{
    return m_sockets.capture(id);
}

void EngineWorker::shutdown()
{
    m_inbox.stop();
    if (m_thread.joinable()) {
        m_loop.wakeup();
        m_thread.join();
    }
}

void EngineWorker::run()
{
    sys::blockSigpipe(); // write() to a vanished peer: a SIGPIPE to show, not to die of
    m_reporter.emitStats(true);
    m_reporter.flush();
    while (!m_inbox.stopping())
        iterate();
    closeEverything();
    m_reporter.flush();
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
    m_inbox.resolve(parsed.endpoint.host, parsed.endpoint.port, family);
}

void EngineWorker::runCommands()
{
    m_inbox.take(m_queue);
    while (!m_queue.empty()) {
        auto& [id, command] = m_queue.front();
        if (m_resolving) {
            const std::optional<CommandInbox::Resolved> resolved = m_inbox.takeResolved();
            if (!resolved)
                return;
            m_resolving = false;
            if (!resolved->first.empty())
                refuse(id, command,
                       noteMessage(SPG_TR_NOOP("spg::notes", "cannot resolve \"%1\": %2"),
                                   command.address, resolved->first));
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
    m_inbox.join();
    finishLingeringCloses(true);
    for (auto& [id, entry] : m_sockets) {
        if (!entry->open())
            continue;
        cancelBlocked(*entry, 0, CancelReason::EngineShutDown);
        releaseFd(*entry);
    }
}

} // namespace spg::core
