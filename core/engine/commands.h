// What a user (or a scenario) asks the engine to do: one Command per socket call, plus a
// few engine controls. Values are text where the user typed text (addresses, option
// values), so the engine parses them once and refuses bad input with a precise message.
// Plain data; built on any thread and handed to Engine::submit().
#pragma once

#include "core/sys/kqueue_api.h"
#include "core/sys/poller.h"
#include "core/sys/types.h"
#include "core/words/calls.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <sys/socket.h>
#include <vector>

namespace spg::core {

enum class Automation : std::uint8_t { AutoAccept, AutoReceive, Echo };
std::string_view automationName(Automation automation);

// One entry of a poll() call: the socket and the events asked for (POLLIN, POLLOUT, ...).
struct PollEntry {
    SocketId socket = kNoSocket;
    short events = 0;
};

// The arguments a call takes, as plain values. An engine Command and a scenario Step both
// are CallArgs, so neither repeats the other's fields and one copies into the other whole.
struct CallArgs {
    int domain = AF_INET; // socket, socketpair
    int type = SOCK_STREAM;
    int protocol = 0;
    int backlog = 0;                     // listen
    int flags = 0;                       // MSG_* for data calls; SOCK_* for accept4
    std::vector<std::string> payload;    // send/sendto/write: payload[0]; sendmsg: one per iovec
    std::size_t length = 0;              // recv/recvfrom/read buffer size
    std::vector<std::size_t> iovLengths; // recvmsg buffer sizes
    int how = SHUT_WR;                   // shutdown
    // setsockopt/getsockopt: the level ("SOL_SOCKET" or a number; empty = the named option's
    // own) and the option ("SO_REUSEADDR" or a number such as "9999").
    std::string level;
    std::string option;
    std::string value;   // setsockopt value as typed: "1", "{1,0}", "1.5"
    int timeoutMs = -1;  // poll: -1 waits for ever, 0 only looks
    bool enable = false; // SetNonBlocking, SetAutomation
    Automation automation = Automation::AutoAccept;
    int epollOp = 0;     // epoll_ctl: EPOLL_CTL_ADD, _MOD, _DEL (or any number, as given)
    unsigned events = 0; // epoll_ctl: EPOLLIN|EPOLLET ... (epoll_create1's flags are `flags`)
    int maxEvents = 8;   // epoll_wait: the size of the events buffer
    int nevents = 0;           // kevent, kevent64: room for this many returned events
    unsigned keventFlags = 0;  // kevent64's flags
};

// One change of a kevent() changelist: EV_SET(ident, filter, flags, fflags, data, udata)
// (kevent64: EV_SET64 with ext[0], ext[1]). The ident is a socket's fd when `socket` names
// one, else the number in fields.ident (a timer's id, a signal number, ...).
struct KeventChange {
    SocketId socket = kNoSocket;
    KEvent64 fields;
};

struct Command : CallArgs {
    CallKind kind = CallKind::Sync;
    SocketId socket = kNoSocket;
    std::string address;            // bind, connect, sendto: text as typed ("127.0.0.1:0")
    std::vector<PollEntry> pollFds; // poll: the pollfd array, in order
    std::array<std::vector<SocketId>, 3> fdSets; // select: readfds, writefds, exceptfds
    CommandId target = 0; // Cancel: the blocked command (0 = every call blocked on `socket`)
    Backend backend = Backend::Poll;
    std::size_t captureCap = 0;
    SocketId watched = kNoSocket; // epoll_ctl: the socket told about (`socket` is the instance)
    std::vector<KeventChange> changes; // kevent, kevent64: the changelist, in order
    // bind: when the socket closes (or the engine shuts down), unlink the UNIX path it bound
    // if that file is still this socket's, as a careful server does. Scenario runs ask it.
    bool removeBoundPath = false;
    std::size_t captureBudget = 0; // SetCaptureCap: also the total budget; 0 leaves it as is
};


// Convenience builders so call sites read like the C API.
Command makeSocket(int domain, int type, int protocol = 0);
Command makeBind(SocketId s, std::string address);
Command makeListen(SocketId s, int backlog);
Command makeConnect(SocketId s, std::string address);
Command makeAccept(SocketId s);
Command makeSend(SocketId s, std::string bytes, int flags = 0);
Command makeRecv(SocketId s, std::size_t length, int flags = 0);
Command makeClose(SocketId s);
// A call of `kind` on `s` with every other argument as a Command starts it (getsockname,
// accept, read ...).
Command makeCall(CallKind kind, SocketId s);
// Cancels `target`, or every call blocked on `s` when it is 0.
Command makeCancel(SocketId s, CommandId target = 0);
Command makeSetSockOpt(SocketId s, std::string option, std::string value, std::string level = {});
Command makeGetSockOpt(SocketId s, std::string option, std::string level = {});
Command makeShutdown(SocketId s, int how);
Command makeAutomation(SocketId s, Automation automation, bool enable);
Command makeNonBlocking(SocketId s, bool enable);

} // namespace spg::core
