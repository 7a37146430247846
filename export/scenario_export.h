// Export of a scenario as one self-contained POSIX C program (libc + pthreads), written the
// way the course notes write socket code, that makes the same calls in the same order and
// prints one strace-style line per call in exactly the engine's format. Expectations become
// checks: the first that fails prints "expect failed: line N: ..." (the player's message
// after "expect failed: ") and exits 1. Pure functions; any thread.
//
//   scenario_export.cpp          the generator: main(), one block per step, jobs, waits
//   scenario_export_calls.cpp    the C of each call and of its strace-style line
//   scenario_export_text.cpp     C literals, comments, names, wrapping; address set-up
//   scenario_export_prelude.cpp  the program's head and the helpers it uses
//   c/*.c                        those helpers as real C, embedded at build time (c/embed.cmake)
#pragma once

#include "core/scenario/scenario.h"
#include "core/words/strace_format.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace spg::core {

// The C program for `scenario`; `sourceName` (a path or a file name) is named in its header.
// `strsize` is how many bytes of a buffer its lines show by default (the STRSIZE macro).
std::string exportToC(const Scenario& scenario, const std::string& sourceName,
                      std::size_t strsize = kDefaultStrsize);

// Internals shared by the exporter's files (and its test); not for other callers.
namespace c_export {

// The prelude's helper functions, each emitted only when the program uses it (an unused
// static function would break -Werror). Dependencies are added by prelude().
enum Helper : std::uint64_t {
    HelperBase = std::uint64_t(1) << 0,      // errno names, outcome_text, print_call, text
    HelperBytes = std::uint64_t(1) << 1,     // bytes_text
    HelperSockaddr = std::uint64_t(1) << 2,  // sockaddr_text
    HelperMsgFlags = std::uint64_t(1) << 3,  // msg_flags_text
    HelperFileFlags = std::uint64_t(1) << 4, // file_flags_text
    HelperIov = std::uint64_t(1) << 5,       // iov_text
    HelperAddress = std::uint64_t(1) << 6,   // address_text (the playground's short form)
    HelperNoSigpipe = std::uint64_t(1) << 7, // no_sigpipe
    HelperNoSignal = std::uint64_t(1) << 8,  // NOSIGNAL
    HelperFail = std::uint64_t(1) << 9,      // fail
    HelperExpectResult = std::uint64_t(1) << 10,
    HelperExpectErrno = std::uint64_t(1) << 11,
    HelperExpectBytes = std::uint64_t(1) << 12,
    HelperExpectValue = std::uint64_t(1) << 13,
    HelperState = std::uint64_t(1) << 14, // lifecycle tracking, expect_state
    HelperExpectQueue = std::uint64_t(1) << 15,
    HelperJob = std::uint64_t(1) << 16,          // struct job
    HelperEscape = std::uint64_t(1) << 17,       // escape (internal)
    HelperFlags = std::uint64_t(1) << 18,        // flags_text (internal)
    HelperRelation = std::uint64_t(1) << 19,     // enum relation, holds (internal)
    HelperRelationText = std::uint64_t(1) << 20, // relation_text (internal)
    HelperTcpState = std::uint64_t(1) << 21,     // tcp_state (internal)
    HelperPoll = std::uint64_t(1) << 22,         // poll_events_text, print_poll
    HelperBytesDiff = std::uint64_t(1) << 23,    // bytes_difference, short_bytes (internal)
    HelperExpectSome = std::uint64_t(1) << 24,   // expect_some: prefix, contains, matches, length
    HelperGlob = std::uint64_t(1) << 25,         // glob_match (internal)
    HelperExpectBits = std::uint64_t(1) << 26,   // expect_bits: revents, msg_flags
    HelperExpectPeer = std::uint64_t(1) << 27,   // expect_peer, address_of
    HelperExpectBacklog = std::uint64_t(1) << 28,
    HelperExpectWithin = std::uint64_t(1) << 29, // now_ms, expect_within
    HelperAddressOf = std::uint64_t(1) << 30, // address_of: a socket's own or peer address, as text
    HelperAutomation = std::uint64_t(1)
        << 31,                               // automate: auto_accept, auto_receive, echo as threads
    HelperSelect = std::uint64_t(1) << 32,   // struct select_set, select_call, expect_selected
    HelperClosedFd = std::uint64_t(1) << 33, // closed_fd_below_setsize
    HelperKqueue = std::uint64_t(1) << 34,   // struct kev, kqueue_call, kevent_call, KQUEUE_HOST
    HelperEpollText = std::uint64_t(1) << 35,     // epoll_events_text, epoll_event_text (Linux)
    HelperEpollCtl = std::uint64_t(1) << 36,      // print_epoll_ctl
    HelperEpollWait = std::uint64_t(1) << 37,     // print_epoll_wait
    HelperExpectEvents = std::uint64_t(1) << 38,  // expect_events: epoll_wait's list
    HelperExpectKevents = std::uint64_t(1) << 39, // struct kev_want, expect_kevents: kevent's list
};

// The includes, feature macros and the helpers in `helpers` (plus what they need); STRSIZE
// defaults to `strsize` where a helper prints bytes.
std::string prelude(std::uint64_t helpers, std::size_t strsize = kDefaultStrsize);

// A C string literal for any bytes: escapes for \n \r \t \" \\, octal for '$' (which
// starts the generator's placeholders) and for bytes that are not printable ASCII, and no
// "??" that could form a trigraph.
std::string cLiteral(std::string_view bytes);
// `text` as a C block comment at `indent`, wrapped to about 90 columns; "*/", "/*" and "??"
// are broken up so the comment cannot end early.
std::string cComment(const std::string& text, const std::string& indent);
// A scenario's socket name as a C identifier that clashes with nothing the program uses.
std::string cName(const std::string& name);
// A statement longer than 100 columns at `indent`, with its call's arguments wrapped.
std::string wrapStatement(const std::string& line, std::size_t indent);

std::string num(long n);
// A C compound literal of `items` ("(const int[]){ 3, 4 }"), or NULL when there are none.
std::string cArray(const char* type, const std::string& items);
std::string cRelation(Relation r); // the C program's enum relation: "EQ", "GE", ...
std::string replaceAll(std::string s, const std::string& from, const std::string& to);
std::string pct(const std::string& s); // literal text inside a printf format: % -> %%
bool blockingCall(CallKind kind);      // connect, accept, send*, recv*

using Lines = std::vector<std::string>;

// One call's statements, with placeholders filled in by the caller: $FD (the socket),
// $R (the result), $I (the result as an int), $D (the result's declaration, "int r = "),
// $SA and $LEN (the address as a struct sockaddr * and its length).
struct Code {
    Lines body;
    Lines tail;                  // after the expectation's check
    std::string got = "\"\", 0"; // the bytes the call moved (pointer, length)
    std::string value = "\"\"";  // what it returned in the playground's words
    std::string number;          // the number the kernel returned ("" where there is none)
    std::string flags = "0";     // recvmsg: msg_flags
    std::string peer = "\"\"";   // recvfrom, recvmsg, accept: the peer's address text
    std::string revents;         // poll: the pollfd array
    std::string sets;            // select: the struct select_set array
    std::string events;          // epoll_wait: the struct epoll_event array
};

// The statements that prepare a call's address in `addr` (or `res` for a host name).
struct Addr {
    Lines lines;
    std::string sa = "NULL";
    std::string len = "0";
    Lines cleanup;
    std::string refused; // Non-empty: the engine refuses the call, for this reason.
};

// What the call's code needs to know about the sockets it involves.
struct CallContext {
    std::string first, second; // socketpair: the C names of its two sockets
    int domain = 0;            // the socket's domain, for host name lookups
    std::string refSocket;     // the C name of the socket an address reference names
    bool refKept = false;      // that socket is closed: its address was kept before
    bool track = false;        // lifecycle tracking is on (some step expects a state)
    std::vector<std::pair<std::string, bool>> pollFds; // poll: each entry's C name, closed
    std::array<std::vector<std::pair<std::string, bool>>, 3> fdSets; // select: the same, per set
    std::vector<std::string> keventIdents; // kevent: each change's ident as C ("" = its number)
    bool socketClosed = false;      // epoll_wait: the instance was closed (asked as INT_MAX)
    std::pair<std::string, bool> watched; // epoll_ctl: the socket's C name, and closed
};

Code callCode(const Step& s, const CallContext& context, std::uint64_t& helpers);
// epoll_create1, epoll_ctl, epoll_wait (scenario_export_epoll.cpp); false for other calls.
bool epollCode(const Step& s, const CallContext& context, Code& c, std::uint64_t& helpers);
// kqueue(), kevent(), kevent64() (scenario_export_kqueue.cpp).
Code keventCode(const Step& s, const CallContext& context, std::uint64_t& helpers);
// The fds a program holds at a step and their scenario names, as C initialisers.
struct KnownFds {
    std::string fds;   // "srv, conn"
    std::string names; // "\"srv\", \"conn\""
    long count = 0;
};
// expect kevents [...]: the check after a kevent() line (scenario_export_kqueue.cpp).
std::string keventsCheck(const Step& s, const Expectation& e, const Code& code,
                         const KnownFds& known);
Addr addressCode(const Step& s, const CallContext& context, std::uint64_t& helpers);

// The prelude's text, generated at build time from export/c/*.c by export/c/embed.cmake:
// the head (feature macros and includes), and every helper piece in file order, each after
// the pieces it needs.
struct Piece {
    Helper helper;
    std::uint64_t needs;
    const char* text;
};
const char* preludeHead();
const std::vector<Piece>& preludePieces();

} // namespace c_export

} // namespace spg::core
