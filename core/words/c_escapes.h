// C-string escapes, one spelling for the whole playground: what the log prints, what a
// scenario and the payload editor accept, and what the hex view copies as a C string.
// (The exporter's cLiteral differs on purpose: octal for '$' and no "??", for C source.)
// Pure functions; any thread.
#pragma once

#include "core/words/message.h"

#include <string>
#include <string_view>

namespace spg::core {

// The bytes between the quotes: \n \r \t \" \\ and \xHH for everything else that is not
// printable ASCII. With `splitAfterHex`, a hex digit right after a \xHH escape starts a new
// literal ("\x01" "a"), as C needs when the text is pasted into a program.
std::string cEscapeBody(std::string_view bytes, bool splitAfterHex = false);

// Reads the text between the quotes: \n \r \t \0 \a \e \\ \" \' and \xHH. On failure
// returns false with `message`; with `column` >= 0 the message says where the bad escape
// starts (its 1-based column, counting from `column` + 1 for the first byte).
// 0-15 for a hex digit (either case), else -1.
int hexDigit(char c);
// The byte two hex digits at `text[at]` spell, or -1 when either is missing or not hex.
int hexPair(std::string_view text, std::size_t at);

bool cUnescape(std::string_view body, std::string& out, std::string& message, int column = -1);
// The same with the message as a template (context "spg::escapes") and its values, for the
// window to translate.
bool cUnescape(std::string_view body, std::string& out, Message& message, int column = -1);

} // namespace spg::core
