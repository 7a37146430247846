// The socket engine: one worker thread owns every socket and one event loop, performs each
// call exactly as given, and reports what the kernel answered.
// Threading: submit(), capture() and shutdown() may be called from any thread except the
// worker itself (the sink runs there); submit() never waits for the worker.
#pragma once

#include "core/engine/capture.h"
#include "core/engine/capture_budget.h"
#include "core/engine/commands.h"
#include "core/engine/events.h"
#include "core/sys/kqueue_api.h"
#include "core/words/strace_format.h"

#include <functional>
#include <memory>
#include <optional>

namespace spg::core {

struct EngineOptions {
    std::optional<Backend> backend; // Default: defaultBackend().
    std::size_t captureCap = Capture::kDefaultCap;
    // What every capture keeps together; over it, the largest lose their oldest bytes first.
    std::size_t captureBudget = defaultCaptureBudget();
    bool captureEnabled = true;
    int tickMs = 100; // How often socket state is re-read while nothing else happens.
    // How many bytes of a payload a record's strace-style text shows (strace's -s); the
    // record's data range still covers every byte.
    std::size_t strsize = kDefaultStrsize;
    // The seam the user's kqueue()/kevent() calls go through. Unset: the host's own (none on
    // Linux, where the calls are refused). Tests set it to the kqueue fake, which also
    // stands in for the host's kqueue, so the engine's kqueue path runs on every host.
    std::function<std::unique_ptr<KqueueApi>()> kqueueApi;
};

class EngineWorker;

class Engine {
public:
    explicit Engine(EngineSink& sink, EngineOptions options = {});
    ~Engine(); // Calls shutdown().
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Queues a command; results arrive at the sink in submission order.
    CommandId submit(Command command);

    // The bytes a socket sent and received (also after it was closed), or nullptr.
    std::shared_ptr<const Capture> capture(SocketId id) const;

    // Closes every socket, stops and joins the worker. Idempotent.
    void shutdown();

private:
    std::unique_ptr<EngineWorker> m_worker;
};

} // namespace spg::core
