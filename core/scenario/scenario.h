// Scenario files (.spg): a session of socket calls as plain text, one call per line, in the
// C-like syntax of the course notes. Parsed into Steps that the player turns into engine
// Commands and the exporter into a C program. Pure data and functions; any thread.
//
//   srv = socket(AF_INET, SOCK_STREAM, 0)
//   bind(srv, 127.0.0.1:0)
//   listen(srv, 2)
//   conn = accept(srv) &            # '&': runs in the background
//   connect(cli, srv.local)
//   wait conn                       # waits for the background accept
//   recv(conn, 64, 0)               expect "hello\r\n"
#pragma once

#include "core/engine/commands.h"
#include "core/words/message.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace spg::core {

enum class StepKind : std::uint8_t {
    Call,     // A socket call (poll() included).
    Wait,     // wait NAME [TIMEOUT] / wait: until background calls finish.
    Sleep,    // sleep(MS)
};

enum class ExpectKind : std::uint8_t {
    None,
    Result,   // expect 0 / expect >= 1: the return value
    Errno,    // expect ECONNREFUSED
    Bytes,    // expect "hello\r\n": exactly the bytes the call sent or received
    Prefix,   // expect prefix "GET /": the bytes start so
    Contains, // expect contains "\r\n\r\n"
    Matches,  // expect matches "HTTP/1\.[01] 200": a regular expression (ECMAScript) on the bytes
    Length,   // expect length >= 5: how many bytes the call carried
    Value,    // expect value 16384 / value != "0.0.0.0:0" / value 127.0.0.1:*
    State,    // expect state LISTEN / expect state connected: TCP state or lifecycle afterwards
    Queue,    // expect queue 2 / expect queue <= 3: the listener's accept-queue length afterwards
    Backlog,  // expect backlog 4096: the listener's accept-queue limit afterwards
    Revents,  // expect revents POLLOUT|POLLHUP / revents has POLLIN / revents b POLLIN
    Flags,    // expect flags MSG_TRUNC / flags has MSG_TRUNC: recvmsg's msg_flags
    Peer,     // expect peer 127.0.0.1:* / expect peer srv.local: recvfrom, recvmsg, accept
    Within,   // expect within 100..300ms: how long the call took (with a tolerance)
    Selected, // expect in [a b] / out [c] / except []: exactly these sockets came back in a set
    Events,   // expect events [a EPOLLIN, b EPOLLOUT] / events has a EPOLLIN: epoll_wait's list
    Kevents, // expect kevents [srv EVFILT_READ data 2] / kevents has c EVFILT_READ EV_EOF: kevent's
};

enum class Relation : std::uint8_t { Eq, Ne, Lt, Le, Gt, Ge };

// An address argument: a literal ("127.0.0.1:0") or a reference to a socket's address
// discovered at run time ("srv.local", "srv.peer").
struct AddressArg {
    std::string literal;
    std::string socket; // Non-empty for a reference.
    bool peer = false;  // .peer instead of .local

    bool isRef() const { return !socket.empty(); }
    std::string text() const { return isRef() ? socket + (peer ? ".peer" : ".local") : literal; }
};

// One entry of `expect kevents`: a returned struct kevent's ident (a socket's name, or a
// number for idents that are no socket), its filter, the flags it must hold at least, and
// optionally a comparison of its data (bytes to read, connections waiting, an errno).
struct KeventWant {
    std::string ident;
    std::int16_t filter = 0;
    std::uint16_t flags = 0;
    bool hasData = false;
    Relation relation = Relation::Eq;
    long data = 0;
};

struct Expectation {
    ExpectKind kind = ExpectKind::None;
    Relation relation = Relation::Eq;
    long number = 0;   // Result, Queue, Backlog, Length, numeric Value; Within: from (ms)
    long number2 = 0;  // Within: to (ms)
    int error = 0;     // Errno
    std::string text;  // Errno name, the bytes, the regex, State name, text Value or Peer
                       // pattern ('*' matches any run), Revents/Flags bits as written
    bool textual = false; // Value: compared as text (Eq / Ne / pattern), not as a number
    bool has = false;     // Revents, Flags: these bits at least, others allowed
    unsigned bits = 0;    // Revents, Flags
    std::string entry;    // Revents: the poll entry's socket name ("" = the first entry)
    AddressArg peer;      // Peer: a srv.local / srv.peer reference instead of a pattern
    int set = 0;          // Selected: 0 readfds (in), 1 writefds (out), 2 exceptfds (except)
    std::vector<std::string> sockets; // Selected, Events: the names, in the order written
    int column = 0;       // Where the expectation starts, for messages.
    std::vector<unsigned> eventBits;  // Events: each named socket's events, as `sockets`
    std::vector<KeventWant> kevents;  // Kevents: the entries, in the order written
};

// The tolerance `within` adds on each side: the host is noisy (a nested VM on a loaded
// machine drifts by tens of milliseconds), so a window is widened by this much.
constexpr long kWithinToleranceMs = 50;

// recv(...) until EOF stops gathering past this many bytes, as a program with a bounded
// buffer would.
constexpr std::size_t kUntilEofLimit = 64u << 20;

// One entry of a poll() line: `[a POLLIN, b POLLIN|POLLOUT]` or the short `poll(a, POLLIN)`.
struct PollArg {
    std::string socket;
    short events = 0;
};

// One EV_SET(...) / EV_SET64(...) of a kevent line: the ident is a socket name or a number.
struct KeventArg {
    std::string socket; // "" when the ident is a number
    KEvent64 fields;
};

struct Step : CallArgs {
    int line = 0; // 1-based line in the file.
    StepKind kind = StepKind::Call;
    CallKind call = CallKind::Sync;
    std::string assign;  // "srv = socket(...)", "conn = accept(...)", "r = recv(...) &"
    std::string assign2; // "a, b = socketpair(...)": the second name
    std::string socket;  // The socket argument's name (poll: the first entry's).

    // What a Command holds as ids and text, a Step holds as names and references.
    AddressArg address;
    std::string payloadFile;      // send/sendto/write: the file("...") the payload came from
    std::vector<PollArg> pollFds; // poll
    std::array<std::vector<std::string>, 3> fdSets; // select: readfds, writefds, exceptfds

    std::string waitFor;    // Wait: a background call's name, empty = all
    long waitTimeoutMs = 0; // Wait: its own limit ("wait conn 30s"); 0 = the run's default
    long sleepMs = 0;

    bool background = false;
    bool untilEof = false; // recv(...) until EOF: repeat until it returns 0 (or fails)
    bool ask = false;      // A lab question: the window asks for a prediction first
                           // (`recv(conn, 64, 0) ask`); headless runs and the C ignore it
    std::vector<Expectation> expects; // Every one is checked.
    std::vector<int> argColumns;      // Where each argument starts, in the call table's order.
    std::string comment; // The line's comment, or the comment lines just above it.
    std::string source;  // The line as written, without its comment.
    std::string watched; // epoll_ctl: the socket told about (`socket` names the instance)
    std::vector<KeventArg> changes; // kevent, kevent64: the changelist
};


struct Scenario {
    std::vector<Step> steps;
    std::vector<std::string> lines; // The file's lines, for display.
    std::string title;              // From a leading "# title: ..." comment, if any.
    // A lab: "# lab: TITLE" among the first lines, and the comment lines right after it are
    // the instructions, shown before the lab starts (blank comment lines keep paragraphs).
    std::string labTitle;
    std::string labInstructions;
    bool isLab() const { return !labTitle.empty(); }
    int questions() const; // Steps with `ask`.
};

struct ScenarioError {
    int line = 0;
    int column = 0;
    std::string message; // What was expected.
    bool unavailable = false; // The line is valid, but calls what this host does not have.
    // `message` as a template and its values, for the window to translate; its text is ""
    // for the messages not yet given one (the window then shows `message` as it is).
    Message what;

    std::string format(const std::string& file) const; // "demo.spg:3:14: expected ..."
};

struct ScenarioParse {
    Scenario scenario;
    std::vector<ScenarioError> errors; // Empty on success; the first is the one to show.

    bool ok() const { return errors.empty(); }
    // Every error is a call this host does not have (kevent on Linux): a demo is skipped.
    bool onlyUnavailable() const;
};

constexpr std::size_t kMaxScenarioBytes = 1u << 20; // Loading refuses larger files.
constexpr const char* kScenarioExtension = ".spg";
constexpr const char* kScenarioMimeType = "text/x-socket-playground-scenario";

// `baseDir` is the scenario file's folder: send(c, file("req.bin"), 0) reads payloads from
// there (and nowhere else). Empty: file() payloads are refused with a message.
// forThisHost false parses calls of other systems too (kevent on Linux), for the export to
// C and the formatter; true (running) refuses them with an error marked `unavailable`.
ScenarioParse parseScenario(std::string_view text, const std::string& baseDir = {},
                            bool forThisHost = true);

// Renders a step back as a line of the file (used when recording from the GUI).
std::string formatStep(const Step& step);
std::string formatExpectation(const Expectation& e); // One clause, without "expect ".
std::string formatExpectations(const std::vector<Expectation>& all); // "expect a, b" or ""
// What an automation line prints, in the headless run and the exported program alike: not
// a syscall, so a comment ("# echo on for conn: what arrives is sent back").
std::string automationLine(const Step& step);
// How long a step may wait when the scenario does not say (wait NAME 30s says): 60 s.
constexpr long kDefaultStepTimeoutMs = 60000;
// C-string literal with escapes, as scenario files and the exported C write bytes.
std::string cString(std::string_view bytes);

// Symbol tables shared by the parser, the formatter and the C exporter.
bool symbolValue(std::string_view name, int& out); // AF_INET, SOCK_STREAM, MSG_PEEK, SHUT_WR...
std::string domainSymbol(int domain);
std::string typeSymbol(int type);
std::string flagsSymbol(int flags);     // "0", "MSG_PEEK|MSG_WAITALL", "MSG_PEEK|16": parses back
std::string sockFlagsSymbol(int flags); // "0", "SOCK_NONBLOCK|SOCK_CLOEXEC"

} // namespace spg::core
