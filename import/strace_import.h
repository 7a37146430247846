// Turns an strace log of a program (strace -f -yy -s 4096 -o LOG -e trace=network,read,
// write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl PROGRAM) into a scenario that the
// playground replays: each socket call a line with the kernel's answer as its expectation,
// every process's sockets in one scenario under names that say whose and what they are
// (p1_srv, p2_cli), and a comment naming the log line for whatever cannot be replayed.
// Plain C++ on top of the core's scenario part; the engine knows nothing of it. Any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spg::straceimport {

// One remark about a log line: why it became a comment, or what was changed to replay it.
struct ImportNote {
    int line = 0; // 1-based line of the log
    std::string text;
};

struct ImportResult {
    std::string scenario;          // The scenario's text (empty on error).
    std::vector<ImportNote> notes; // In log order.
    int calls = 0;                 // Scenario lines that make a call.
    int commented = 0;             // Log lines that became a comment.
    int otherLines = 0;            // Exits, signals, strace's notices, blank lines.
    // Bad input: not an strace log. "LOG:LINE:COLUMN: what" via formatError(); `error` is one
    // of the import's SPG_TR_NOOP("spg::import", ...) sentences, so the window translates it.
    int errorLine = 0;
    int errorColumn = 0;
    std::string error;

    bool ok() const { return error.empty(); }
    std::string formatError(const std::string& logName) const;
};

// `logName` only names the log in the scenario's first comment.
ImportResult importStraceLog(std::string_view log, const std::string& logName);

// The rule for calls that would deadlock in a one-process replay, as the scenario's header
// and the README state it.
extern const char* const kBlockingRule;

} // namespace spg::straceimport
