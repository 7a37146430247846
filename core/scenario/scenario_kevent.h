// kevent() and kevent64() lines in scenario files: the changelist written as the man page's
// EV_SET(ident, filter, flags, fflags, data, udata) (EV_SET64 adds ext[0] and ext[1]) and
// read back the same way. Internal to the scenario parser and formatter; pure functions.
#pragma once

#include "core/scenario/scenario.h"
#include "core/scenario/scenario_text.h"

#include <set>
#include <string>
#include <vector>

namespace spg::core {

// "[EV_SET(srv, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0), ...]" into `out`. An ident is a
// socket name (it must exist in `sockets`) or a number. On failure, the column and message.
bool parseChangelist(const scenario_text::Piece& p, bool is64, const std::set<std::string>& sockets,
                     std::vector<KeventArg>& out, int& column, std::string& message);
std::string changelistText(const std::vector<KeventArg>& changes, bool is64);

// kevent64's flags: 0, KEVENT_FLAG_IMMEDIATE, KEVENT_FLAG_ERROR_EVENTS, joined with |, or a
// number.
bool parseKevent64Flags(const std::string& text, unsigned& out);
std::string kevent64FlagsText(unsigned flags);

} // namespace spg::core
