// Internal factories of the poller backends, one per file; makePoller() in poller.cpp is
// their only caller. Each returns nullptr with `error` set when the kernel refuses
// (no descriptors left, no wake channel), never throws.
// Threading: the returned poller belongs to the thread that will call wait().
#pragma once

#include "core/sys/poller.h"

#include <memory>
#include <string>
#include <string_view>

namespace spg::core {

// In every backend, wait() returns the number of events it appended (wake-ups and
// swallowed records excluded), or value -1 with the errno of the failed call.
std::unique_ptr<Poller> makePollPoller(std::string& error);
std::unique_ptr<Poller> makeSelectPoller(std::string& error);
#if defined(SPG_HAVE_EPOLL)
std::unique_ptr<Poller> makeEpollPoller(std::string& error);
#endif

// "what: EMFILE (Too many open files)", the message a factory puts in `error`.
std::string creationError(std::string_view what, int error);

} // namespace spg::core
