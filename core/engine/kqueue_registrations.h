// What a kqueue's registrations are after a kevent() call, from the changes passed and the
// kernel's answer. kqueue(2) has no call that lists them, so the engine keeps this list for
// the queue's row and for what a parked kevent() waits on. Pure functions; worker thread.
#pragma once

#include "core/engine/events.h"
#include "core/words/kevent_text.h"

#include <vector>

namespace spg::core {

// Applies the changes the kernel accepted: an EV_ERROR event with a non-zero data for the
// same ident and filter means that change was refused; a failed call applies none (the
// list then keeps what was known). Returned EV_ONESHOT events end their registration, and
// EV_DISPATCH ones disable it, as the kernel does.
void applyKevent(std::vector<KqueueWatch>& list, const std::vector<KEvent64>& changes,
                 const KeventOutcome& outcome);

// The kernel drops every registration of a descriptor when it is closed.
void forgetIdent(std::vector<KqueueWatch>& list, std::uint64_t ident);

// "#3 EVFILT_READ EV_CLEAR; fd 9 EVFILT_WRITE" or "nothing registered".
std::string registrationsText(const std::vector<KqueueWatch>& list);

} // namespace spg::core
