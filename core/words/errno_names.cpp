// errno names from one table that compiles on Linux, macOS and the BSDs: every entry is
// guarded by #ifdef, so a name the platform lacks simply drops out of the table.
// The table is constant and the functions keep no state, so any thread may call them.
#include "core/words/errno_names.h"

#include <cerrno>
#include <cstring>
#include <string>

namespace spg::core {

namespace {

struct ErrnoEntry {
    constexpr ErrnoEntry(int number, const char* symbol) : value(number), name(symbol) { }

    int value;
    const char* name;
};

// Where two names share a value (EAGAIN and EWOULDBLOCK on every platform we know, EOPNOTSUPP
// and ENOTSUP on Linux), the preferred name comes first, because errnoName() returns the
// first match. The alias stays in the table so that errnoFromName() still accepts it.
#define SPG_ERRNO(name) ErrnoEntry(name, #name)

constexpr ErrnoEntry kErrnoTable[] = {
#ifdef EPERM
    SPG_ERRNO(EPERM),
#endif
#ifdef ENOENT
    SPG_ERRNO(ENOENT),
#endif
#ifdef ESRCH
    SPG_ERRNO(ESRCH),
#endif
#ifdef EINTR
    SPG_ERRNO(EINTR),
#endif
#ifdef EIO
    SPG_ERRNO(EIO),
#endif
#ifdef ENXIO
    SPG_ERRNO(ENXIO),
#endif
#ifdef E2BIG
    SPG_ERRNO(E2BIG),
#endif
#ifdef ENOEXEC
    SPG_ERRNO(ENOEXEC),
#endif
#ifdef EBADF
    SPG_ERRNO(EBADF),
#endif
#ifdef ECHILD
    SPG_ERRNO(ECHILD),
#endif
#ifdef EAGAIN
    SPG_ERRNO(EAGAIN),
#endif
#ifdef EWOULDBLOCK
    SPG_ERRNO(EWOULDBLOCK),
#endif
#ifdef ENOMEM
    SPG_ERRNO(ENOMEM),
#endif
#ifdef EACCES
    SPG_ERRNO(EACCES),
#endif
#ifdef EFAULT
    SPG_ERRNO(EFAULT),
#endif
#ifdef ENOTBLK
    SPG_ERRNO(ENOTBLK),
#endif
#ifdef EBUSY
    SPG_ERRNO(EBUSY),
#endif
#ifdef EEXIST
    SPG_ERRNO(EEXIST),
#endif
#ifdef EXDEV
    SPG_ERRNO(EXDEV),
#endif
#ifdef ENODEV
    SPG_ERRNO(ENODEV),
#endif
#ifdef ENOTDIR
    SPG_ERRNO(ENOTDIR),
#endif
#ifdef EISDIR
    SPG_ERRNO(EISDIR),
#endif
#ifdef EINVAL
    SPG_ERRNO(EINVAL),
#endif
#ifdef ENFILE
    SPG_ERRNO(ENFILE),
#endif
#ifdef EMFILE
    SPG_ERRNO(EMFILE),
#endif
#ifdef ENOTTY
    SPG_ERRNO(ENOTTY),
#endif
#ifdef ETXTBSY
    SPG_ERRNO(ETXTBSY),
#endif
#ifdef EFBIG
    SPG_ERRNO(EFBIG),
#endif
#ifdef ENOSPC
    SPG_ERRNO(ENOSPC),
#endif
#ifdef ESPIPE
    SPG_ERRNO(ESPIPE),
#endif
#ifdef EROFS
    SPG_ERRNO(EROFS),
#endif
#ifdef EMLINK
    SPG_ERRNO(EMLINK),
#endif
#ifdef EPIPE
    SPG_ERRNO(EPIPE),
#endif
#ifdef EDOM
    SPG_ERRNO(EDOM),
#endif
#ifdef ERANGE
    SPG_ERRNO(ERANGE),
#endif
#ifdef EDEADLK
    SPG_ERRNO(EDEADLK),
#endif
#ifdef ENAMETOOLONG
    SPG_ERRNO(ENAMETOOLONG),
#endif
#ifdef ENOLCK
    SPG_ERRNO(ENOLCK),
#endif
#ifdef ENOSYS
    SPG_ERRNO(ENOSYS),
#endif
#ifdef ENOTEMPTY
    SPG_ERRNO(ENOTEMPTY),
#endif
#ifdef ELOOP
    SPG_ERRNO(ELOOP),
#endif
#ifdef ENOMSG
    SPG_ERRNO(ENOMSG),
#endif
#ifdef EIDRM
    SPG_ERRNO(EIDRM),
#endif
#ifdef ENODATA
    SPG_ERRNO(ENODATA),
#endif
#ifdef EPROTO
    SPG_ERRNO(EPROTO),
#endif
#ifdef EBADMSG
    SPG_ERRNO(EBADMSG),
#endif
#ifdef EOVERFLOW
    SPG_ERRNO(EOVERFLOW),
#endif
#ifdef EILSEQ
    SPG_ERRNO(EILSEQ),
#endif
#ifdef ENOTSOCK
    SPG_ERRNO(ENOTSOCK),
#endif
#ifdef EDESTADDRREQ
    SPG_ERRNO(EDESTADDRREQ),
#endif
#ifdef EMSGSIZE
    SPG_ERRNO(EMSGSIZE),
#endif
#ifdef EPROTOTYPE
    SPG_ERRNO(EPROTOTYPE),
#endif
#ifdef ENOPROTOOPT
    SPG_ERRNO(ENOPROTOOPT),
#endif
#ifdef EPROTONOSUPPORT
    SPG_ERRNO(EPROTONOSUPPORT),
#endif
#ifdef ESOCKTNOSUPPORT
    SPG_ERRNO(ESOCKTNOSUPPORT),
#endif
#ifdef EOPNOTSUPP
    SPG_ERRNO(EOPNOTSUPP),
#endif
#ifdef ENOTSUP
    SPG_ERRNO(ENOTSUP),
#endif
#ifdef EPFNOSUPPORT
    SPG_ERRNO(EPFNOSUPPORT),
#endif
#ifdef EAFNOSUPPORT
    SPG_ERRNO(EAFNOSUPPORT),
#endif
#ifdef EADDRINUSE
    SPG_ERRNO(EADDRINUSE),
#endif
#ifdef EADDRNOTAVAIL
    SPG_ERRNO(EADDRNOTAVAIL),
#endif
#ifdef ENETDOWN
    SPG_ERRNO(ENETDOWN),
#endif
#ifdef ENETUNREACH
    SPG_ERRNO(ENETUNREACH),
#endif
#ifdef ENETRESET
    SPG_ERRNO(ENETRESET),
#endif
#ifdef ECONNABORTED
    SPG_ERRNO(ECONNABORTED),
#endif
#ifdef ECONNRESET
    SPG_ERRNO(ECONNRESET),
#endif
#ifdef ENOBUFS
    SPG_ERRNO(ENOBUFS),
#endif
#ifdef EISCONN
    SPG_ERRNO(EISCONN),
#endif
#ifdef ENOTCONN
    SPG_ERRNO(ENOTCONN),
#endif
#ifdef ESHUTDOWN
    SPG_ERRNO(ESHUTDOWN),
#endif
#ifdef ETOOMANYREFS
    SPG_ERRNO(ETOOMANYREFS),
#endif
#ifdef ETIMEDOUT
    SPG_ERRNO(ETIMEDOUT),
#endif
#ifdef ECONNREFUSED
    SPG_ERRNO(ECONNREFUSED),
#endif
#ifdef EHOSTDOWN
    SPG_ERRNO(EHOSTDOWN),
#endif
#ifdef EHOSTUNREACH
    SPG_ERRNO(EHOSTUNREACH),
#endif
#ifdef EALREADY
    SPG_ERRNO(EALREADY),
#endif
#ifdef EINPROGRESS
    SPG_ERRNO(EINPROGRESS),
#endif
#ifdef ESTALE
    SPG_ERRNO(ESTALE),
#endif
#ifdef EDQUOT
    SPG_ERRNO(EDQUOT),
#endif
#ifdef ECANCELED
    SPG_ERRNO(ECANCELED),
#endif
#ifdef EOWNERDEAD
    SPG_ERRNO(EOWNERDEAD),
#endif
#ifdef ENOTRECOVERABLE
    SPG_ERRNO(ENOTRECOVERABLE),
#endif
#ifdef ENOATTR
    SPG_ERRNO(ENOATTR),
#endif
#ifdef EQFULL
    SPG_ERRNO(EQFULL),
#endif
};

#undef SPG_ERRNO

std::string unknownText(int error)
{
    return "Unknown error " + std::to_string(error);
}

// glibc with _GNU_SOURCE declares the GNU strerror_r, which returns a pointer that may or may
// not point into our buffer; everything else declares the XSI one, which returns a status and
// writes into the buffer. Overloading on the return type picks the right reading at compile
// time without feature-test macros that differ from one C library to the next.
[[maybe_unused]] std::string strerrorResult(const char* text, const char*, int error)
{
    return text && *text ? std::string(text) : unknownText(error);
}

// A non-zero status means an unknown number or a short buffer; some C libraries still leave a
// useful "Unknown error: N" in the buffer then, so the buffer wins whenever it holds text.
[[maybe_unused]] std::string strerrorResult(int, const char* buffer, int error)
{
    return buffer[0] != '\0' ? std::string(buffer) : unknownText(error);
}

} // namespace

std::string errnoName(int error)
{
    for (const ErrnoEntry& entry : kErrnoTable) {
        if (entry.value == error)
            return entry.name;
    }
    return "E" + std::to_string(error);
}

std::string errnoText(int error)
{
    // strerror() may share one static buffer between threads; strerror_r() writes into ours.
    char buffer[256];
    buffer[0] = '\0';
    return strerrorResult(strerror_r(error, buffer, sizeof buffer), buffer, error);
}

int errnoFromName(std::string_view name)
{
    for (const ErrnoEntry& entry : kErrnoTable) {
        if (name == entry.name)
            return entry.value;
    }
    // "E41": what errnoName() writes for a value the table does not name, read back. Only
    // below 4096, the kernel's MAX_ERRNO: no call returns a larger error.
    int value = 0;
    if (name.size() < 2 || name.size() > 5 || name[0] != 'E' || name[1] == '0')
        return -1;
    for (const char c : name.substr(1)) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value < 4096 && errnoName(value) == name ? value : -1;
}

} // namespace spg::core
