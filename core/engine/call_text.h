// The strace values of the data calls, shared by every path that ends one: a call
// that completes, and one a timeout, a signal or a cancel ends early, so both show the
// call's own arguments. Pure functions; the worker thread calls them.
#pragma once

#include "core/engine/commands.h"
#include "core/words/address.h"
#include "core/words/strace_line.h"

#include <string>
#include <vector>

namespace spg::core {

std::string joinedPayload(const Command& c);
std::size_t receiveLength(const Command& c); // recvmsg: the iovecs' sum

// The iovec list rendered as strace does, showing the bytes each buffer holds.
std::string iovText(const std::vector<std::size_t>& lengths, const std::string& bytes,
                    std::size_t filled, std::size_t strsize);
// A receive's values for its strace template (all but the fd), showing the `total` bytes it
// returned, of which `data` holds what the line shows: all of them for recvmsg (each iovec
// shows its own start), at least the first min(total, strsize) for the others. `peer` is
// null when none was named.
StraceValues receiveValues(const Command& c, const std::string& data, std::uint64_t total,
                           const SysResult& final, const SockAddr* peer, int msgFlags,
                           std::size_t strsize);
// A send's values (the engine adds MSG_NOSIGNAL to the send family's flags).
StraceValues sendValues(const Command& c, const std::string& all, const SockAddr& target,
                        std::size_t strsize);

} // namespace spg::core
