// kevent() and kevent64() as the user's own calls: the names of filters and flags, the
// strace-style text of a struct kevent (every field; ext[] for kevent64_s), and the call
// itself made through a KqueueApi, so the same translation runs against the kernel on
// macOS/BSD and against the fake in tests. Pure functions; any thread.
#pragma once

#include "core/sys/kqueue_api.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace spg::core {

// "EVFILT_READ" (the portable numbering of kqueue_api.h), or the number.
std::string keventFilterText(std::int16_t filter);
// EVFILT_READ, READ (any case is not accepted: the C name) or a number such as -1.
bool keventFilterFromText(std::string_view text, std::int16_t& out);
// "EV_ADD|EV_CLEAR", "0"; unknown bits as a hex number.
std::string keventFlagsText(std::uint16_t flags);
// EV_ADD|EV_CLEAR, 0x21 or 33.
bool keventFlagsFromText(std::string_view text, std::uint16_t& out);

// {ident=5, filter=EVFILT_READ, flags=EV_ADD|EV_ERROR, fflags=0, data=9 /* EBADF */, udata=0}
// and, for kevent64_s, ", ext=[0, 0]". An EV_ERROR entry's data is an errno: named too.
std::string keventText(const KEvent64& event, bool with64);
std::string keventListText(const std::vector<KEvent64>& events, bool with64);
// NULL (for ever) or {tv_sec=1, tv_nsec=0}.
std::string keventTimeoutText(int timeoutMs);

// One kevent()/kevent64() call as made: `timeoutMs` is what the kernel is given;
// `shownTimeoutMs` what the user asked for (the engine asks with 0 and waits itself).
struct KeventCall {
    int kq = -1;
    std::vector<KEvent64> changes;
    int nevents = 0;
    unsigned flags = 0; // kevent64 only
    int timeoutMs = 0;
    int shownTimeoutMs = 0;
    bool is64 = false;
};

struct KeventOutcome {
    SysResult result;
    std::vector<KEvent64> events; // Exactly the entries the kernel filled in.
};

// Makes the call through `api`. nevents above kMaxKevents is asked as kMaxKevents (the
// playground's buffer); the text shows what was passed.
constexpr int kMaxKevents = 1024;
KeventOutcome makeKeventCall(KqueueApi& api, const KeventCall& call);

// kevent(3, [{...}], 1, [{...}], 4, {tv_sec=1, tv_nsec=0}) = 1, as strace would print it;
// the event list shows only what the kernel returned.
std::string keventCallText(const KeventCall& call, const KeventOutcome& outcome);

} // namespace spg::core
