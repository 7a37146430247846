// The call table: one description per call the playground can make. Its name and C
// signature, its arguments (each with a kind), whether and on what it can block, what it
// returns, and its man-page help. The scenario parser and formatter, the recorder, the
// call form, the help, the socket menu and the exporter read this table; what stays per
// call is only its execution in the engine and its C emitter. Pure data; any thread.
//
// Adding a call: a CallKind, a row in kCalls (calls.cpp), its execution in the engine, its
// C emitter in export/. The argument kinds it uses decide how it parses, formats and shows;
// its strace template (strace_line.h) decides how the log shows it.
#pragma once

#include "core/words/message.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace spg::core {

enum class CallKind : std::uint8_t {
    Socket, Socketpair, Bind, Listen, Connect, Accept, Send, Recv, SendTo, RecvFrom,
    SendMsg, RecvMsg, Shutdown, Close, SetSockOpt, GetSockOpt, GetSockName, GetPeerName,
    SetNonBlocking, IoctlFionread, Poll, Read, Write, Accept4, GetFl, Select,
    // Engine controls: not socket calls, but logged the same way.
    Cancel, SetAutomation, SetBackend, SetCaptureCap, Sync,
    // kqueue as the user's own calls (macOS and the BSDs; kevent64 on macOS only).
    Kqueue, Kevent, Kevent64,
    // epoll, the user's own instances (Linux).
    EpollCreate, EpollCtl, EpollWait
};

// What an argument is, which decides how a scenario writes it, how the form asks for it
// and how it is checked.
enum class ArgKind : std::uint8_t {
    Socket,        // a socket: srv (a name in scenarios, an id in commands)
    Domain,        // AF_INET, AF_INET6, AF_UNIX or a number
    Type,          // SOCK_STREAM|SOCK_NONBLOCK ...
    Protocol,      // 0, IPPROTO_TCP ...
    Address,       // 127.0.0.1:0, [::1]:80, unix:/p, srv.local
    Backlog,       // listen's queue limit
    MsgFlags,      // 0 or MSG_* joined with |
    SockFlags,     // accept4: 0 or SOCK_NONBLOCK|SOCK_CLOEXEC
    Bytes,         // "text\r\n", x"68 69", file("req.bin")
    BytesList,     // ["ab", "cd"]: one iovec each
    Length,        // a buffer size in bytes
    LengthList,    // [4, 4]: one iovec each
    How,           // SHUT_RD, SHUT_WR, SHUT_RDWR
    Level,         // SOL_SOCKET, IPPROTO_TCP ... or a number
    Option,        // SO_REUSEADDR ... or a number
    OptionValue,   // 1, on, {1,0}, 1.5
    SetFlCommand,  // F_SETFL
    NonBlockFlag,  // O_NONBLOCK or 0
    GetFlCommand,  // F_GETFL
    IoctlRequest,  // FIONREAD
    PollList,      // [a POLLIN, b POLLIN|POLLOUT]
    Timeout,       // milliseconds; -1 for ever
    ReadFds,       // select: [a, b], the sockets watched for reading
    WriteFds,      // select: [c], for writing
    ExceptFds,     // select: [], for exceptional conditions (urgent data)
    Changelist,    // kevent: [EV_SET(srv, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0), ...]
    Changelist64,  // kevent64: [EV_SET64(srv, EVFILT_READ, EV_ADD, 0, 0, 0, 0, 0), ...]
    EventCount,    // kevent: nevents, how many events the call may return
    Kevent64Flags, // kevent64: flags, 0 or KEVENT_FLAG_IMMEDIATE (a number otherwise)
    Epoll,         // an epoll instance: ep (a name in scenarios, an id in commands)
    EpollFlags,    // epoll_create1: 0 or EPOLL_CLOEXEC
    EpollOp,       // EPOLL_CTL_ADD, EPOLL_CTL_MOD, EPOLL_CTL_DEL
    WatchedFd,     // epoll_ctl: the socket the instance is told about
    EpollEvents,   // EPOLLIN|EPOLLET ... or a number
    MaxEvents,     // epoll_wait: how many events the buffer holds
};

struct ArgSpec {
    std::string_view name; // as the man page names it: "backlog"
    ArgKind kind;
    bool optional = false; // may be left out (last arguments only)
};

// Where a call can block: on a blocking socket it then waits (emulated, cancellable).
enum class Blocks : std::uint8_t { Never, UntilReadable, UntilWritable, UntilReady };

// What a call gives back beside its return value.
enum CallTrait : unsigned {
    MakesSocket = 1u << 0,  // returns a new socket to name: s = socket(...)
    MakesTwo = 1u << 1,     // a, b = socketpair(...)
    CarriesBytes = 1u << 2, // sends or receives bytes
    Receives = 1u << 3,     // ... and they are received ones
    ReportsValue = 1u << 4, // a value in words (getsockopt, getsockname, ioctl)
    ReportsPeer = 1u << 5,  // the peer's address (accept, recvfrom, recvmsg)
    ReportsFlags = 1u << 6, // msg_flags (recvmsg)
    ReportsReady = 1u << 7, // revents (poll)
    Control = 1u << 8,      // an engine control, not a socket call
    ReportsSets = 1u << 9,  // the fd_sets that came back (select)
    ReportsKevents = 1u << 10, // the struct kevent list that came back (kevent, kevent64)
    KqueueOnly = 1u << 11,     // macOS and the BSDs only (see callUnavailableHere)
    MakesFd = 1u << 12,        // returns a new descriptor that is no socket: ep = epoll_create1(0)
    ReportsEvents = 1u << 13,  // the epoll_event list that came back (epoll_wait)
};

struct CallSpec {
    CallKind kind;
    std::string_view name;      // "accept": the scenario's word and the strace line's
    std::string_view signature; // "int accept(int sockfd, struct sockaddr *addr, socklen_t *addrlen)"
    std::string_view usage;     // "conn = accept(srv)": how a scenario writes it
    std::vector<ArgSpec> args;  // in the order a scenario writes them
    Blocks blocks;
    unsigned traits;
    std::string_view help; // man-page help in a sentence or three
    std::string_view menu; // the label a menu or form shows: "fcntl O_NONBLOCK"
    // How its strace line renders: "bind({fd}, {addr}, {addrlen})", slots as in
    // strace_line.h; the result follows. Empty for engine controls, which are no calls.
    std::string_view strace;

    bool has(CallTrait t) const { return (traits & t) != 0; }
};

// Every row, in CallKind order.
const std::vector<CallSpec>& callTable();
const CallSpec& callSpec(CallKind kind);
// By the name a scenario writes; nullptr if none.
const CallSpec* findCall(std::string_view name);

std::string_view callName(CallKind kind); // "accept"
bool callFromName(std::string_view name, CallKind& out);
bool isEngineControl(CallKind kind);
bool receives(CallKind kind); // recv, recvfrom, recvmsg, read: the calls that return data
bool sends(CallKind kind);    // send, sendto, sendmsg, write: the calls that carry data out
// Why this host cannot make the call ("kqueue() is not available on Linux ..."), or a message
// with no text when it can. The parser, the form and the engine refuse such a call with it.
Message callUnavailableHere(CallKind kind);

} // namespace spg::core
