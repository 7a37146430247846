// Reading an strace log (strace -f -yy -s 4096 -o FILE ...) into whole calls: the pid prefix
// ("[pid N] " on a terminal, "N " with -o), `<unfinished ...>` and `<... NAME resumed>`
// joined into one call, each argument split at the top level, and the result split into its
// value, errno and detail. Pure functions; any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spg::straceimport {

// One syscall as strace printed it, both halves joined.
struct StraceCall {
    int line = 0;    // 1-based line where it started
    int endLine = 0; // where it ended (== line unless it was <unfinished ...>)
    long pid = 0;    // 0: a line without a pid prefix (the first process)
    std::string name;
    std::vector<std::string> args; // top-level arguments, trimmed, as printed
    std::string resultText;        // after " = ": "3<TCP:[...]>", "-1 ECONNREFUSED (...)"
    long long value = 0;           // the return value (0 when unknown, "?")
    bool known = false;            // the return value was a number
    std::string errorName;         // "ECONNREFUSED" when the call failed
    std::string resultNote;        // an fd annotation or "( ... )" detail after the value
    bool returned = true;          // false: still <unfinished ...> when the log ended
};

struct StraceLog {
    std::vector<StraceCall> calls; // in the order they started
    // Each input line's fate: 'c' part of a call, 'o' other (exit, signal, strace's own
    // notice, blank), 'r' a resumed half whose start is not in the log.
    std::string lineKinds;
    // Bad input: the first line that is not strace output, with the column.
    int errorLine = 0;
    int errorColumn = 0;
    std::string error;

    bool ok() const { return error.empty(); }
};

StraceLog readStraceLog(std::string_view text);

// An strace string literal ("ab\n\0\x01"...) decoded into bytes. `truncated` is set when
// strace cut it (-s) and printed "..." after it. False when `text` is not such a literal.
bool decodeStraceString(std::string_view text, std::string& bytes, bool& truncated);

// "3<TCP:[127.0.0.1:80]>" -> fd 3, annotation "TCP:[127.0.0.1:80]". False when not an fd.
bool splitFd(std::string_view text, int& fd, std::string& annotation);
// The whole of `text` as a number ("-5", "ff" in base 16); false when it is not one or does not
// fit, so a log with a 40-digit fd or result is refused or marked unknown, never a crash.
bool toLong(std::string_view text, long& out, int base = 10);

// Splits at top-level commas (outside quotes, (), [], {} and fd annotations <...>).
std::vector<std::string> splitTopLevel(std::string_view text);

} // namespace spg::straceimport
