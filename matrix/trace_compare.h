// Comparing two traces of the same scenario (a headless run and its exported C program's
// output) line by line: what legitimately differs between runs is masked, and background
// calls' lines are moved to where they are joined. Test support; pure functions.
#pragma once

#include "core/scenario/scenario.h"

#include <string>
#include <vector>

namespace spg::core {

// Makes two traces of the same scenario comparable line by line. Each line keeps its text
// except for what legitimately differs between runs:
//  - fd numbers become <fdN>, N counting the sockets in the order calls return them (a
//    successful socket()/accept() result, socketpair's "[5, 6]"); the fd in a call's first
//    argument and in poll's "fd=5" becomes the name of the socket that fd holds at that
//    point ("<fd>" if none), so using the wrong socket still shows;
//  - ports of 1024 and above in "htons(N)" and in "127.0.0.1:N" / "[::1]:N" -> "<port>"
//    (ports below 1024 are never ephemeral, so they stay).
std::vector<std::string> normaliseTrace(const std::vector<std::string>& lines);

// A background call's line appears when the call completes, anywhere between its start and
// the `wait` that joins it, so its position differs between runs. This moves every
// background line to its join point (the `wait` naming it, a `wait` for all, or the end),
// in step order, leaving every other line where it was. Lines are matched to steps by the
// call's name and fd (fds learned from the socket()/accept()/socketpair() lines); a line
// that matches nothing stays in place. Apply it before normaliseTrace().
std::vector<std::string> orderTrace(const Scenario& scenario,
                                    const std::vector<std::string>& lines);

} // namespace spg::core
