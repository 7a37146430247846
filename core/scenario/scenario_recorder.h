// Turns calls made in the window into scenario lines, so a session can be saved and
// replayed. Sockets are named s<id>; an address that is another socket's local address is
// written as a reference (s1.local), because ephemeral ports differ from run to run.
// Not thread-safe; used on the GUI thread.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario.h"

#include <map>
#include <optional>

namespace spg::core {

class ScenarioRecorder {
public:
    // The line for a completed call, or nothing for calls a scenario does not hold
    // (engine controls such as automation, and refused input).
    std::optional<std::string> record(const Command& command, const CallRecord& result);
    // Keeps local addresses current so later addresses can be written as references.
    void onSnapshot(const SocketSnapshot& snapshot);
    void reset();

private:
    std::string nameOf(SocketId id) const;
    AddressArg addressFor(const std::string& text) const;

    std::map<SocketId, std::string> m_locals;
    std::map<SocketId, std::string> m_peers;
};

} // namespace spg::core
