// Expectations: the `expect` clauses of a scenario line, parsed, rendered back, and checked
// against what a call returned. The C exporter mirrors check()'s messages word for word,
// so a scenario fails the same way in the engine and in its exported program.
// Pure functions; any thread.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace spg::core {

// Parses "0, flags MSG_TRUNC, peer 127.0.0.1:*" (the text after `expect`) into
// step.expects. Each clause is checked against the step's call: a clause the call cannot
// answer (flags after send, revents after recv) is an error here, never ignored later.
// On failure returns false with `column` and `message` set.
bool parseExpectations(std::string_view text, int column, Step& step,
                       const std::set<std::string>& sockets, int& errorColumn,
                       Message& message);

// What one call left behind, as the checker needs it.
struct CallOutcome {
    const CallRecord* record = nullptr;
    std::string bytes;                      // The bytes it sent, received or peeked.
    const SocketSnapshot* socket = nullptr; // The socket a state/queue/backlog is about.
    std::string peerRef;                    // Peer with a reference: the address it names.
    std::vector<std::string> eventSockets;  // epoll_wait: each returned event's socket's name
    std::vector<std::string> keventIdents;  // kevent: each returned ident, named as written
};

// nullopt when the expectation holds, else the reason: "expected 5, got -1 EAGAIN (...)",
// as a template for the window to translate (its English is what headless runs print).
std::optional<Message> checkExpectation(const Expectation& e, const Step& step,
                                        const CallOutcome& outcome);

// The clause as failure messages name it: formatExpectation(), with long payloads shortened
// to their length and first bytes (the words around them translatable).
Message expectationLabelMessage(const Expectation& e);
std::string expectationLabel(const Expectation& e); // Its English.

// "expected \"hello\", got \"help\" (first difference at offset 3)", or for long payloads
// the offset with a short hex context of both sides; never the whole payload.
Message bytesDifference(std::string_view wanted, std::string_view got);
// A payload in a message: whole when at most 32 bytes, else its length and first 16 bytes.
Message shortBytes(const std::string& bytes);
// '*' matches any run of characters; everything else is literal.
bool globMatch(std::string_view pattern, std::string_view text);
// True when `regex` (POSIX extended) matches somewhere in `text` up to its first NUL. The
// system's own regcomp()/regexec(), as the exported C program checks it: the same engine
// for both, and no recursion whose depth follows the text (std::regex overflows the stack
// on a 100 KB payload against "^a.*$").
bool regexFinds(const std::string& regex, const std::string& text);
// True when regcomp() accepts `regex` as POSIX extended.
bool regexCompiles(const std::string& regex);

} // namespace spg::core
