// How a call's strace line renders. Each row of the call table carries a template such as
// "bind({fd}, {addr}, {addrlen})"; the engine fills its slots with what the call passed
// and got back, and the result ("= 0", "= -1 EADDRINUSE (...)") follows as resultTail().
// One list of slots serves every call, so a new call's line is a template, not code.
// Pure functions; any thread.
#pragma once

#include "core/words/calls.h"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spg::core {

// A value a strace line can show. The name in braces is how a template writes it.
enum class StraceSlot : std::uint8_t {
    Fd,        // {fd}: the descriptor the call is made on (a socket, an epoll fd, a kqueue)
    Domain,    // {domain}: AF_INET ...
    Type,      // {type}: SOCK_STREAM|SOCK_NONBLOCK
    Protocol,  // {protocol}: IPPROTO_TCP, 0
    Pair,      // {sv}: socketpair's [3, 4]
    Addr,      // {addr}: a struct sockaddr, passed or returned; NULL or 0x... when none
    AddrLen,   // {addrlen}: its length (in brackets in the template where it is a pointer)
    Backlog,   // {backlog}
    How,       // {how}: SHUT_WR
    Buf,       // {buf}: the bytes, quoted and cut at strsize as strace does
    Len,       // {len}: the buffer's length
    Flags,     // {flags}: MSG_*, SOCK_*, O_*, EPOLL_CLOEXEC or kevent64's flags
    Msg,       // {msg}: a struct msghdr
    Level,     // {level}: SOL_SOCKET
    OptName,   // {optname}: SO_REUSEADDR
    OptVal,    // {optval}: [1]
    OptLen,    // {optlen}
    Value,     // {value}: ioctl's count
    Fds,       // {fds}: poll's pollfd array
    Nfds,      // {nfds}: poll's and select's count
    ReadFds,   // {readfds}: select's sets
    WriteFds,  // {writefds}
    ExceptFds, // {exceptfds}
    Timeout,   // {timeout}: ms, a struct timeval or a struct timespec, as the call takes it
    Changes,   // {changelist}: kevent's changes
    NChanges,  // {nchanges}
    Events,    // {events}: the events a kevent or epoll_wait returned
    NEvents,   // {nevents}: room for that many
    Op,        // {op}: EPOLL_CTL_ADD
    Target,    // {target}: the fd epoll_ctl names
    Event,     // {event}: epoll_ctl's struct epoll_event
};
inline constexpr std::size_t kStraceSlots = static_cast<std::size_t>(StraceSlot::Event) + 1;

// "addrlen" for StraceSlot::AddrLen; the word a template writes in braces.
std::string_view straceSlotName(StraceSlot slot);
bool straceSlotFromName(std::string_view name, StraceSlot& out);

// The values one call fills in. A slot the template names but nobody set shows as "?",
// which no kernel answer looks like, so a missing value is seen rather than guessed.
class StraceValues {
public:
    StraceValues() = default;
    StraceValues(std::initializer_list<std::pair<StraceSlot, std::string>> values);
    StraceValues& set(StraceSlot slot, std::string value);
    const std::string* get(StraceSlot slot) const;

private:
    std::array<std::string, kStraceSlots> m_values;
    std::array<bool, kStraceSlots> m_set {};
};

// The call's part of its line, from its row's template: "bind(3, {sa_family=AF_INET, ...}, 16)".
std::string straceCall(CallKind kind, const StraceValues& values);
// The same from a template given directly (tests, and rows whose call differs by a flag).
std::string straceCall(std::string_view tmpl, const StraceValues& values);

// The slot names a template uses, in order, and the first brace word that is no slot (empty
// when every one is). The table's test reads every row through this.
struct TemplateSlots {
    std::vector<StraceSlot> slots;
    std::string unknown;
};
TemplateSlots templateSlots(std::string_view tmpl);

} // namespace spg::core
