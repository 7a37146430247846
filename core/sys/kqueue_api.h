// The seam between the kqueue backend and the kernel. The backend's translation logic
// (change lists, EV_EOF with the socket error in fflags, filter data) talks only to this
// interface, in portable constants, so tests on Linux can drive it with a fake.
// The real implementation, the only user of <sys/event.h>, is in poller_kqueue.cpp.
// Threading: as for Poller; wakeup-related calls (trigger) may come from any thread.
#pragma once

#include "core/sys/poller.h"

#include <cstdint>
#include <memory>

namespace spg::core {

namespace kq {
// Filters and flags with the values macOS and FreeBSD use; the real API maps the
// filters whose numbers differ between them (EVFILT_USER).
constexpr std::int16_t FilterRead = -1;
constexpr std::int16_t FilterWrite = -2;
constexpr std::int16_t FilterUser = -10;

constexpr std::uint16_t Add = 0x0001;
constexpr std::uint16_t Delete = 0x0002;
constexpr std::uint16_t Enable = 0x0004;
constexpr std::uint16_t Disable = 0x0008;
constexpr std::uint16_t Oneshot = 0x0010;
constexpr std::uint16_t Clear = 0x0020;
constexpr std::uint16_t Receipt = 0x0040;
constexpr std::uint16_t Error = 0x4000;
constexpr std::uint16_t Eof = 0x8000;

constexpr std::uint32_t NoteTrigger = 0x01000000;

// The user's own kevent() calls may name every filter; these share their numbers on macOS
// and FreeBSD. EV_DISPATCH too.
constexpr std::int16_t FilterAio = -3;
constexpr std::int16_t FilterVnode = -4;
constexpr std::int16_t FilterProc = -5;
constexpr std::int16_t FilterSignal = -6;
constexpr std::int16_t FilterTimer = -7;
constexpr std::uint16_t Dispatch = 0x0080;
} // namespace kq

using KEvent = RawKevent;

// struct kevent64_s (macOS): struct kevent's fields plus ext[2]; kevent() ignores ext.
struct KEvent64 : RawKevent {
    std::uint64_t ext[2] = { 0, 0 };
};

class KqueueApi {
public:
    virtual ~KqueueApi() = default;
    // kqueue(): a descriptor, or value -1 with error.
    virtual SysResult create() = 0;
    // kevent(): applies `changes`, then waits up to timeoutMs (-1 forever) for events.
    virtual SysResult kevent(int kq, const KEvent* changes, int nchanges, KEvent* events,
                             int nevents, int timeoutMs)
        = 0;
    virtual void close(int kq) = 0;
    // kevent64() (macOS only; see sys::kevent64Available()): as kevent() with ext[2] and flags.
    virtual SysResult kevent64(int kq, const KEvent64* changes, int nchanges, KEvent64* events,
                               int nevents, unsigned flags, int timeoutMs)
        = 0;
};

// The kernel's kqueue, or nullptr where <sys/event.h> does not exist.
std::unique_ptr<KqueueApi> makeRealKqueueApi();

// A kqueue backend over any KqueueApi. Returns nullptr with `error` if create() fails.
std::unique_ptr<Poller> makeKqueuePoller(std::unique_ptr<KqueueApi> api, std::string& error);

} // namespace spg::core
