// Lexical helpers for scenario files: splitting lines, comments and argument lists while
// keeping columns, and reading literals (numbers, symbols, C strings, hex strings).
// Internal to the scenario parser; pure functions.
#pragma once

#include "core/scenario/scenario.h"
#include "core/words/message.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace spg::core::scenario_text {

struct Piece {
    std::string text;
    int column = 0; // 1-based column of text's first character in the line.
};

struct SplitLine {
    std::string code;
    std::string comment;
};

std::vector<std::string> splitLines(std::string_view text);
SplitLine splitComment(const std::string& line); // '#' outside quotes starts a comment
std::string trimmed(std::string_view s);
bool isIdentifier(std::string_view s);
bool parseLong(std::string_view s, long& out);
// "30s", "500ms" -> milliseconds (more than 0); false if the text is not a duration.
bool parseDuration(const std::string& text, long& ms);
bool parseHex(std::string_view s, long& out); // "0x400", as strace writes unnamed bits
// "SOCK_STREAM|SOCK_NONBLOCK", "0", "MSG_PEEK|MSG_WAITALL", "6"
bool parseSymbols(std::string_view s, int& out);
// Top-level split on `sep`, ignoring separators inside quotes, (), [] and {}.
std::vector<std::string> splitTop(std::string_view s, char sep);
// Splits an argument list, keeping each argument's column (`column` is where `s` starts).
std::vector<Piece> splitArgs(std::string_view s, int column);
// "[a, b]" -> its elements with columns.
bool bracketList(const Piece& p, std::vector<Piece>& out);
// Index of the ')' matching the '(' at `open`, or npos.
std::size_t matchParen(std::string_view s, std::size_t open);
// "\"hello\\r\\n\"" or x"68 65": bytes; on failure a message.
bool parseBytesLiteral(std::string_view s, std::string& out, std::string& message);
// The same with the message as a template (context "spg::escapes") and its values.
bool parseBytesLiteral(std::string_view s, std::string& out, Message& message);
std::string unquote(std::string_view s);
// Consumes a leading ==, !=, <=, >=, <, > from `s` (default Eq).
Relation parseRelation(std::string& s);
std::string relationText(Relation r);
std::string relationNumber(Relation r, long n); // ">= 5", "3"
// Whether `actual` stands in relation `r` to `wanted` (actual >= wanted ...).
bool relationHolds(long actual, Relation r, long wanted);

// A clause listing what a call returned: "[a X, b Y]", "[]" or "has a X" (`expect events`,
// `expect kevents`). `entry` reads one item and returns what is wrong with it (a message
// with no text when nothing); `has` is set for the "has" form. `word` and `example` make the
// message when the brackets are missing: "events", "srv EPOLLIN".
Message parseListClause(const std::string& rest, std::string_view word, std::string_view example,
                        bool& has, const std::function<Message(const std::string&)>& entry);

// epoll_create1's flags, epoll_ctl's op and events, epoll_wait's maxevents: read into
// `step`; an empty message when the text is one, else what was expected (scenario_epoll.cpp).
Message epollArgument(ArgKind kind, const std::string& text, Step& step);

} // namespace spg::core::scenario_text
