// The seam's one pattern, shared by the files that wrap calls (sys.cpp, sys_epoll.cpp):
// consult the fault table, make the call, capture errno before anything can overwrite it.
// Internal to core/sys. Any thread.
#pragma once

#include "core/sys/sys.h"

#include <cerrno>

namespace spg::core::sys::detail {

// The injected errno for this call of `op`, or 0 to let the call through; counts the call.
int takeFault(Op op);

inline SysResult result(long value)
{
    return SysResult { value, value < 0 ? errno : 0 };
}

inline SysResult injected(int error)
{
    return SysResult { -1, error };
}

} // namespace spg::core::sys::detail

#define SPG_SYS_CALL(op, expr)                                                                      \
    do {                                                                                           \
        if (int fault = ::spg::core::sys::detail::takeFault(op))                                   \
            return ::spg::core::sys::detail::injected(fault);                                      \
        return ::spg::core::sys::detail::result(static_cast<long>(expr));                          \
    } while (0)
