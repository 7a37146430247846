// The scenario side of epoll: the `expect events` clause, parsed, written back and checked
// (the arguments are read by scenario_text::epollArgument). Internal to the scenario
// folder; pure functions, any thread.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace spg::core {

// The text after `events`: a message with no text when it reads, else what was expected.
Message parseEventsClause(std::string rest, const std::set<std::string>& sockets, Expectation& e);
std::string formatEventsClause(const Expectation& e); // "events [srv EPOLLIN]"
// `names` are the names of the returned events' sockets, in the kernel's order.
std::optional<Message> checkEvents(const Expectation& e, const CallRecord& r,
                                   const std::vector<std::string>& names);

} // namespace spg::core
