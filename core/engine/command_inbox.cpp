// The inbox: one mutex guards what submitting threads and the resolver thread share with
// the worker; the wake function is called outside it so a waking thread never holds it.
#include "core/engine/command_inbox.h"

namespace spg::core {

CommandInbox::CommandInbox(std::function<void()> wake) : m_wake(std::move(wake)) { }

CommandInbox::~CommandInbox()
{
    join();
}

CommandId CommandInbox::submit(Command command)
{
    CommandId id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextCommand++;
        if (m_stopping)
            return id;
        m_incoming.emplace_back(id, std::move(command));
    }
    m_wake();
    return id;
}

void CommandInbox::stop()
{
    std::lock_guard lock(m_mutex);
    m_stopping = true;
}

bool CommandInbox::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

bool CommandInbox::pending() const
{
    std::lock_guard lock(m_mutex);
    return !m_incoming.empty() || m_stopping;
}

void CommandInbox::take(std::deque<Entry>& queue)
{
    std::lock_guard lock(m_mutex);
    while (!m_incoming.empty()) {
        queue.push_back(std::move(m_incoming.front()));
        m_incoming.pop_front();
    }
}

void CommandInbox::resolve(std::string host, std::uint16_t port, int family)
{
    join();
    m_resolver = std::thread([this, host = std::move(host), port, family] {
        SockAddr out;
        std::string error = resolveHost(host, port, family, out);
        {
            std::lock_guard lock(m_mutex);
            m_resolved.emplace(std::move(error), out);
        }
        m_wake();
    });
}

std::optional<CommandInbox::Resolved> CommandInbox::takeResolved()
{
    std::optional<Resolved> resolved;
    std::lock_guard lock(m_mutex);
    resolved.swap(m_resolved);
    return resolved;
}

void CommandInbox::join()
{
    if (m_resolver.joinable())
        m_resolver.join();
}

} // namespace spg::core
