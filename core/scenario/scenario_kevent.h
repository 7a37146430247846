// kevent() and kevent64() lines in scenario files: the changelist written as the man page's
// EV_SET(ident, filter, flags, fflags, data, udata) (EV_SET64 adds ext[0] and ext[1]) and
// read back the same way. Internal to the scenario parser and formatter; pure functions.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_text.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace spg::core {

// "[EV_SET(srv, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0), ...]" into `out`. An ident is a
// socket name (it must exist in `sockets`) or a number. On failure, the column and message.
bool parseChangelist(const scenario_text::Piece& p, bool is64, const std::set<std::string>& sockets,
                     std::vector<KeventArg>& out, int& column, Message& message);
std::string changelistText(const std::vector<KeventArg>& changes, bool is64);

// One kevent argument of `step` (Changelist, Changelist64, EventCount, Kevent64Flags).
bool parseKeventArgument(ArgKind kind, const scenario_text::Piece& p,
                         const std::set<std::string>& sockets, Step& step, int& column,
                         Message& message);

// A call this host cannot make (kevent on Linux) fails the parse before anything runs, at
// the call's own column in `raw`, marked `unavailable` so a demo can be skipped.
std::optional<ScenarioError> unavailableHere(const Step& step, const std::string& raw);

// The `expect kevents` clause (scenario_kevents.cpp): the text after `kevents` (a message
// with no text when it reads, else what was expected), written back, and checked. `idents` name each returned
// event's ident (the socket's name that has that fd, else the number), in the kernel's order.
Message parseKeventsClause(std::string rest, const std::set<std::string>& sockets,
                           Expectation& e);
std::string formatKeventsClause(const Expectation& e); // "kevents [srv EVFILT_READ data 2]"
std::optional<Message> checkKevents(const Expectation& e, const CallRecord& r,
                                    const std::vector<std::string>& idents);

// kevent64's flags: 0, KEVENT_FLAG_IMMEDIATE, KEVENT_FLAG_ERROR_EVENTS, joined with |, or a
// number.
bool parseKevent64Flags(const std::string& text, unsigned& out);
std::string kevent64FlagsText(unsigned flags);

} // namespace spg::core
