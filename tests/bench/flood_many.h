// bench_flood's wider runs: many loopback connections flooding one receiver at once (a plain
// epoll server as the reference, or the engine auto-receiving them all), and other programs
// (socat, nc) as the receiver of one connection's flood.
// Threading: each run drives its own sender threads and returns once they are joined.
#pragma once

#include "flood_peer.h"

#include "core/engine/engine.h"

#include <string>
#include <vector>

namespace spg::bench {

// `connections` connections, each sending up to limits.maxBytes / connections, into one
// epoll_wait() loop that reads each ready connection until EAGAIN.
Run runPlainEpoll(const FloodLimits& limits, int connections);
// The same flood into the engine, auto-receive on every connection.
Run runEngineMany(const FloodLimits& limits, core::Backend backend, bool capture,
                  int connections);

// A program that receives one connection's flood and exits at its end: `argv` with "PORT"
// replaced by a free port. Its CPU time is the child's (user + system).
struct ExternalReceiver {
    std::string name;
    std::vector<std::string> argv;
};
// socat and nc where installed (searched on PATH).
std::vector<ExternalReceiver> installedReceivers();
// One run; bytes 0 when the program could not be started or never listened.
Run runExternal(const FloodLimits& limits, const ExternalReceiver& receiver);

} // namespace spg::bench
