// The worker's inbox: commands that any thread submits, kept in submission order, the stop
// request, and the answers of host-name lookups, which run on a helper thread so the loop
// never waits for DNS. Threading: submit(), stop(), stopping() and pending() from any
// thread; take(), resolve(), takeResolved() and join() on the worker thread only.
#pragma once

#include "core/engine/commands.h"
#include "core/words/address.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <utility>

namespace spg::core {

class CommandInbox {
public:
    using Entry = std::pair<CommandId, Command>;
    // The answer of one lookup: an error text (empty on success) and the address.
    using Resolved = std::pair<std::string, SockAddr>;

    // `wake` ends the worker's wait; it is called after a command or an answer arrives.
    explicit CommandInbox(std::function<void()> wake);
    ~CommandInbox();

    // Any thread. Numbers every command, even one refused because the engine is stopping.
    CommandId submit(Command command);
    void stop();
    bool stopping() const;
    // Whether the worker has something to do at once (a command waiting, or the stop).
    bool pending() const;

    // Worker: moves every submitted command to the end of `queue`.
    void take(std::deque<Entry>& queue);
    // Worker: looks `host` up on a helper thread; the answer comes through takeResolved().
    void resolve(std::string host, std::uint16_t port, int family);
    std::optional<Resolved> takeResolved();
    // Worker, at shutdown: waits for a lookup still running.
    void join();

private:
    std::function<void()> m_wake;
    mutable std::mutex m_mutex; // Guards everything below but the thread handle.
    std::deque<Entry> m_incoming;
    CommandId m_nextCommand = 1;
    bool m_stopping = false;
    std::optional<Resolved> m_resolved;
    std::thread m_resolver; // Worker only.
};

} // namespace spg::core
