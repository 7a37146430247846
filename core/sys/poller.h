// The event-loop backend contract: one small interface, one file per backend
// (poller_poll.cpp, poller_epoll.cpp, poller_kqueue.cpp, poller_select.cpp).
// Backends only translate: they report each kernel record as it came back, plus a
// normalized readiness mask. The engine's loop owns every policy decision.
// Threading: a Poller belongs to the engine's worker thread; only wakeup() may be
// called from any thread.
#pragma once

#include "core/sys/types.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace spg::core {

enum class Backend : std::uint8_t { Poll, Epoll, Kqueue, Select };
inline constexpr std::size_t kBackendCount = 4;

std::string_view backendName(Backend backend);
bool backendFromName(std::string_view name, Backend& out);
std::vector<Backend> availableBackends(); // Those compiled in and usable on this OS.
Backend defaultBackend();                 // kqueue where present, otherwise poll.

// Normalized readiness bits.
enum Ready : unsigned {
    ReadyRead = 1u << 0,
    ReadyWrite = 1u << 1,
    ReadyHangup = 1u << 2,     // Both directions closed (POLLHUP, EPOLLHUP, EV_EOF on write).
    ReadyReadHangup = 1u << 3, // Peer shut down its sending side (POLLRDHUP, EV_EOF on read).
    ReadyError = 1u << 4,      // Pending socket error (POLLERR, EPOLLERR, EV_EOF+fflags).
    ReadyPriority = 1u << 5,   // Urgent data (POLLPRI).
};

// Interest bits passed to setInterest().
enum Interest : unsigned { WantRead = 1u << 0, WantWrite = 1u << 1 };

// The backends' own records, kept verbatim so the UI can show what the kernel returned.
struct RawPoll {
    int fd = -1;
    short events = 0;
    short revents = 0;
};
struct RawEpoll {
    std::uint32_t events = 0;
    std::uint64_t data = 0;
};
// Portable mirror of struct kevent; filter and flag values use the portable constants of
// kqueue_api.h, so records look the same whatever the host's numbering.
struct RawKevent {
    std::uint64_t ident = 0;
    std::int16_t filter = 0;
    std::uint16_t flags = 0;
    std::uint32_t fflags = 0;
    std::int64_t data = 0;
    std::uint64_t udata = 0;
};
struct RawSelect {
    int fd = -1;
    bool readSet = false;
    bool writeSet = false;
    bool exceptSet = false;
};
using RawRecord = std::variant<RawPoll, RawEpoll, RawKevent, RawSelect>;

struct ReadyEvent {
    int fd = -1;
    unsigned ready = 0;     // Ready bits.
    int socketError = 0;    // kqueue: fflags of EV_EOF; otherwise 0.
    std::int64_t data = -1; // kqueue: filter data (bytes readable, queue length); else -1.
    RawRecord raw;
};

// "{fd=5, events=POLLIN, revents=POLLIN|POLLHUP}" and the like.
std::string describeRaw(const RawRecord& raw);
// "READ|HUP"
std::string describeReady(unsigned ready);
// poll()'s event bits in strace's words: "POLLIN|POLLHUP", "0", unknown bits as hex.
std::string pollEventsText(short events);
// One POLL* name ("POLLRDHUP" only where the platform has it); false if unknown.
bool pollEventFromName(std::string_view name, short& out);

class Poller {
public:
    virtual ~Poller() = default;

    virtual Backend backend() const = 0;

    // Sets what to watch on `fd` (Interest bits). 0 removes the fd. Changes may be queued
    // and applied in one batch at the next wait(). Returns 0 or an errno value (select
    // refuses fds >= FD_SETSIZE with EINVAL).
    virtual int setInterest(int fd, unsigned interest) = 0;

    // Waits up to timeoutMs (-1 = forever) and appends what came back to `out`.
    // Wake-ups from wakeup() are consumed internally and never reported.
    virtual SysResult wait(int timeoutMs, std::vector<ReadyEvent>& out) = 0;

    // Interrupts a wait() in progress, or makes the next one return at once. Any thread.
    virtual void wakeup() = 0;
};

// Creates a backend, or returns nullptr with `error` set (for example kqueue on Linux).
std::unique_ptr<Poller> makePoller(Backend backend, std::string& error);

} // namespace spg::core
