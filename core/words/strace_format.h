// Pieces of strace-style rendering shared by every call: quoted byte strings, flag sets,
// and the "= -1 ECONNREFUSED (Connection refused)" tail. Pure functions; any thread.
#pragma once

#include "core/sys/types.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace spg::core {

// How many bytes of a buffer a call's line shows by default: strace's own default for -s.
inline constexpr std::size_t kDefaultStrsize = 32;

// "hello\r\n" in C escapes, cut after `limit` bytes with a trailing "..." as strace does.
std::string quoteBytes(const void* data, std::size_t length, std::size_t limit = kDefaultStrsize);
std::string msgFlagsText(int flags);     // "MSG_PEEK|MSG_WAITALL" or "0"
std::string shutdownHowText(int how);    // "SHUT_WR"
std::string protocolText(int domain, int protocol); // "IPPROTO_TCP"
std::string resultTail(const SysResult& result);    // "= 5" or "= -1 EAGAIN (Resource ...)"
std::string fileFlagsText(int flags);    // "O_RDWR|O_NONBLOCK"
std::string sockFlagsText(int flags);    // accept4: "SOCK_NONBLOCK|SOCK_CLOEXEC" or "0"
// Text for a terminal or the window: control bytes, DEL, C1 controls and bytes of no UTF-8
// character escaped in octal as strace does ("\33" for ESC, "\7" for BEL, "\n" and "\t"),
// so bytes from a file cannot drive the terminal or break a line. Valid UTF-8 and
// backslashes stay as they are, so escaping twice changes nothing.
std::string escapeControls(std::string_view text);

} // namespace spg::core
