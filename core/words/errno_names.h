// Portable errno names: one table that works on Linux, macOS and the BSDs,
// so the log never depends on glibc-only helpers such as strerrorname_np.
// Pure functions; callable from any thread.
#pragma once

#include <string>
#include <string_view>

namespace spg::core {

// "ECONNREFUSED" for ECONNREFUSED; "E123" for a number the table does not know.
std::string errnoName(int error);

// The C library's text for the error ("Connection refused"), thread-safe.
std::string errnoText(int error);

// The errno value for a symbolic name, or -1 when the name is unknown on this platform.
int errnoFromName(std::string_view name);

} // namespace spg::core
