/* The exported program's printing helpers: each call's line the way strace shows it, in
 * exactly the engine's words (core/words/strace_format.cpp and address_format.cpp are the
 * specification). Each piece is emitted only when the program uses it; see embed.cmake. */

/* @piece HelperBase */
/* The text helpers return one of a few per-thread buffers (so one printf may use several)
 * and leave errno as it was. */
static char *scratch(void)
{
    static _Thread_local char ring[8][4096];
    static _Thread_local unsigned next;
    return ring[next++ % 8];
}

PRINTF_LIKE(1, 2) static const char *text(const char *fmt, ...)
{
    int saved = errno;
    char *out = scratch();
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out, 4096, fmt, ap);
    va_end(ap);
    errno = saved;
    return out;
}

/* errno names: POSIX defines the first ones everywhere, the guarded ones may be missing. */
/* clang-format off */
static const struct { int number; const char *name; } errno_names[] = {
#define E(name) { name, #name }
    E(EPERM), E(ENOENT), E(EINTR), E(EIO), E(EBADF), E(EAGAIN), E(ENOMEM), E(EACCES),
    E(EFAULT), E(EBUSY), E(EEXIST), E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE),
    E(ENOTTY), E(ENOSPC), E(EPIPE), E(ENAMETOOLONG), E(ENOSYS), E(ELOOP), E(EROFS), E(ENXIO),
    E(ENODEV), E(ENOTSOCK), E(EDESTADDRREQ), E(EMSGSIZE), E(EPROTOTYPE), E(ENOPROTOOPT),
    E(EPROTONOSUPPORT), E(EOPNOTSUPP), E(ENOTSUP), E(EAFNOSUPPORT), E(EADDRINUSE),
    E(EADDRNOTAVAIL), E(ENETDOWN), E(ENETUNREACH), E(ENETRESET), E(ECONNABORTED),
    E(ECONNRESET), E(ENOBUFS), E(EISCONN), E(ENOTCONN), E(ETIMEDOUT), E(ECONNREFUSED),
    E(EHOSTUNREACH), E(EALREADY), E(EINPROGRESS), E(EWOULDBLOCK),
#ifdef ESOCKTNOSUPPORT
    E(ESOCKTNOSUPPORT),
#endif
#ifdef EPFNOSUPPORT
    E(EPFNOSUPPORT),
#endif
#ifdef ESHUTDOWN
    E(ESHUTDOWN),
#endif
#ifdef ETOOMANYREFS
    E(ETOOMANYREFS),
#endif
#ifdef EHOSTDOWN
    E(EHOSTDOWN),
#endif
#undef E
};
/* clang-format on */

/* How strace ends a call's line: "= 5" or "= -1 ECONNREFUSED (Connection refused)". */
static const char *outcome_text(long result, int err)
{
    const char *name = NULL;
    for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0] && !name; i++)
        if (errno_names[i].number == err)
            name = errno_names[i].name;
    if (result >= 0)
        return text("= %ld", result);
    return name ? text("= -1 %s (%s)", name, strerror(err))
                : text("= -1 E%d (%s)", err, strerror(err));
}

/* Prints one call's line: the call, then its outcome (errno is read first and left as it
 * was). One printf per line, so lines from background threads never mix. */
PRINTF_LIKE(2, 3) static void print_call(long result, const char *fmt, ...)
{
    int err = errno;
    char call[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(call, sizeof call, fmt, ap);
    va_end(ap);
    printf("%s %s\n", call, outcome_text(result, err));
    errno = err;
}

/* @piece HelperEscape */
/* Appends bytes to `out` with \n \r \t \" \\ escapes (if c_escapes) and \xNN for the rest
 * that is not printable. */
static void escape(char *out, const void *data, size_t length, int c_escapes)
{
    const unsigned char *p = data;
    size_t at = strlen(out);
    for (size_t i = 0; i < length && at + 12 < 4096; i++) {
        unsigned char c = p[i];
        const char *esc = c == '\n' ? "\\n"
            : c == '\r'             ? "\\r"
            : c == '\t'             ? "\\t"
            : c == '"'              ? "\\\""
            : c == '\\'             ? "\\\\"
                                    : NULL;
        if (esc != NULL && c_escapes) {
            out[at++] = esc[0];
            out[at++] = esc[1];
        } else if (c >= 0x20 && c < 0x7f) {
            out[at++] = (char)c;
        } else {
            out[at++] = '\\';
            out[at++] = 'x';
            out[at++] = "0123456789abcdef"[c >> 4];
            out[at++] = "0123456789abcdef"[c & 15];
        }
    }
    out[at] = '\0';
}

/* @piece HelperBytes needs HelperBase HelperEscape */
/* Bytes as strace shows them: "hello\r\n", cut after `limit` bytes with "..." after. */
static const char *bytes_text(const void *data, size_t length, size_t limit)
{
    char *out = strcpy(scratch(), "\"");
    escape(out, data, length < limit ? length : limit, 1);
    return strcat(out, length > limit ? "\"..." : "\"");
}

/* @piece HelperSockaddr needs HelperBase HelperEscape */
/* An address as strace shows it: {sa_family=AF_INET, sin_port=htons(9),
 * sin_addr=inet_addr("127.0.0.1")}, the AF_INET6 form, {sa_family=AF_UNIX, sun_path="/p"}. */
static const char *sockaddr_text(const struct sockaddr *from, socklen_t len)
{
    int saved = errno;
    char *out = scratch(), ip[INET6_ADDRSTRLEN] = "", name[IF_NAMESIZE + 1] = "";
    struct sockaddr_storage copy; /* room for every family, whatever `len` says */
    const struct sockaddr *sa = from ? (const struct sockaddr *)&copy : NULL;
    memset(&copy, 0, sizeof copy);
    if (from)
        memcpy(&copy, from, len < sizeof copy ? len : sizeof copy);
    const size_t family_end = offsetof(struct sockaddr, sa_family) + sizeof sa->sa_family;
    const size_t path_at = offsetof(struct sockaddr_un, sun_path);
    if (sa == NULL || len == 0) {
        strcpy(out, "NULL");
    } else if (len < family_end) {
        strcpy(out, "{sa_family=?}");
    } else if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        snprintf(out, 4096, "{sa_family=AF_INET, sin_port=htons(%u), sin_addr=inet_addr(\"%s\")}",
                 ntohs(in->sin_port), inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip));
    } else if (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        snprintf(out, 4096,
                 "{sa_family=AF_INET6, sin6_port=htons(%u), sin6_flowinfo=htonl(%u), "
                 "inet_pton(AF_INET6, \"%s\", &sin6_addr), sin6_scope_id=%s}",
                 ntohs(in6->sin6_port), (unsigned)ntohl(in6->sin6_flowinfo),
                 inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip),
                 in6->sin6_scope_id != 0 && if_indextoname(in6->sin6_scope_id, name)
                     ? text("if_nametoindex(\"%s\")", name)
                     : text("%u", (unsigned)in6->sin6_scope_id));
    } else if (sa->sa_family == AF_UNIX) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t room = len > path_at ? len - path_at : 0;
        room = room < sizeof un->sun_path ? room : sizeof un->sun_path;
        strcpy(out, "{sa_family=AF_UNIX");
        if (room > 0 && un->sun_path[0] != '\0') { /* a path */
            strcat(out, ", sun_path=\"");
            escape(out, un->sun_path, strnlen(un->sun_path, room), 1);
            strcat(out, "\"");
#ifdef __linux__
        } else if (room > 0) { /* an abstract name */
            strcat(out, ", sun_path=@\"");
            escape(out, un->sun_path + 1, room - 1, 1);
            strcat(out, "\"");
#endif
        }
        strcat(out, "}");
    } else {
        snprintf(out, 4096, "{sa_family=%s, sa_data=\"",
                 sa->sa_family == AF_INET         ? "AF_INET"
                     : sa->sa_family == AF_INET6  ? "AF_INET6"
                     : sa->sa_family == AF_UNSPEC ? "AF_UNSPEC"
                                                  : text("AF_%d", sa->sa_family));
        escape(out, (const char *)sa + family_end,
               (len < sizeof copy ? len : sizeof copy) - family_end, 1);
        strcat(out, "\"}");
    }
    errno = saved;
    return out;
}

/* @piece HelperFlags needs HelperBase */
struct flag_name {
    int bit;
    const char *name;
};

/* "MSG_PEEK|MSG_WAITALL": the names of the bits set, other bits in hex, "0" for none. */
static const char *flags_text(int flags, const struct flag_name *names, size_t count)
{
    char *out = scratch();
    out[0] = '\0';
    for (size_t i = 0; i < count; i++) {
        if (names[i].bit != 0 && (flags & names[i].bit) == names[i].bit) {
            strcat(strcat(out, out[0] ? "|" : ""), names[i].name);
            flags &= ~names[i].bit;
        }
    }
    if (flags != 0)
        strcat(strcat(out, out[0] ? "|" : ""), text("%#x", (unsigned)flags));
    return out[0] ? out : "0";
}

/* @piece HelperMsgFlags needs HelperFlags */
static const char *msg_flags_text(int flags)
{
    static const struct flag_name names[] = {
        { MSG_OOB, "MSG_OOB" },
        { MSG_PEEK, "MSG_PEEK" },
        { MSG_DONTROUTE, "MSG_DONTROUTE" },
        { MSG_CTRUNC, "MSG_CTRUNC" },
        { MSG_TRUNC, "MSG_TRUNC" },
        { MSG_DONTWAIT, "MSG_DONTWAIT" },
        { MSG_EOR, "MSG_EOR" },
        { MSG_WAITALL, "MSG_WAITALL" },
#ifdef MSG_NOSIGNAL
        { MSG_NOSIGNAL, "MSG_NOSIGNAL" },
#endif
#ifdef MSG_MORE
        { MSG_MORE, "MSG_MORE" },
#endif
    };
    return flags_text(flags, names, sizeof names / sizeof names[0]);
}

/* @piece HelperFileFlags needs HelperFlags */
/* fcntl's file status flags: "O_RDWR|O_NONBLOCK". */
static const char *file_flags_text(int flags)
{
    static const struct flag_name names[] = {
        { O_NONBLOCK, "O_NONBLOCK" },
        { O_APPEND, "O_APPEND" },
#ifdef O_ASYNC
        { O_ASYNC, "O_ASYNC" },
#endif
    };
    const char *access = (flags & O_ACCMODE) == O_RDONLY ? "O_RDONLY"
        : (flags & O_ACCMODE) == O_WRONLY                ? "O_WRONLY"
                                                         : "O_RDWR";
    const char *rest = flags_text(flags & ~O_ACCMODE, names, sizeof names / sizeof names[0]);
    return strcmp(rest, "0") == 0 ? access : text("%s|%s", access, rest);
}

/* @piece HelperIov needs HelperBase HelperEscape */
/* An iovec list as strace shows it, each buffer with its share of the `filled` bytes. */
static const char *iov_text(const struct iovec *iov, int count, size_t filled)
{
    char *out = strcpy(scratch(), "[");
    size_t at = 0;
    for (int i = 0; i < count; i++) {
        size_t n = filled > at ? filled - at : 0;
        n = n < iov[i].iov_len ? n : iov[i].iov_len;
        strcat(out, i ? ", {iov_base=\"" : "{iov_base=\"");
        escape(out, iov[i].iov_base, n < STRSIZE ? n : STRSIZE, 1);
        strcat(out, n > STRSIZE ? "\"..." : "\"");
        snprintf(out + strlen(out), 4096 - strlen(out), ", iov_len=%lu}",
                 (unsigned long)iov[i].iov_len);
        at += iov[i].iov_len;
    }
    return strcat(out, "]");
}

/* @piece HelperAddress needs HelperBase HelperEscape */
/* An address as the playground writes it: 127.0.0.1:8080, [::1]:8080, unix:/path. */
static const char *address_text(const struct sockaddr *from, socklen_t len)
{
    int saved = errno;
    char *out = scratch(), ip[INET6_ADDRSTRLEN] = "", name[IF_NAMESIZE + 1] = "";
    struct sockaddr_storage copy;
    const struct sockaddr *sa = from ? (const struct sockaddr *)&copy : NULL;
    memset(&copy, 0, sizeof copy);
    if (from)
        memcpy(&copy, from, len < sizeof copy ? len : sizeof copy);
    const size_t path_at = offsetof(struct sockaddr_un, sun_path);
    if (sa == NULL || len == 0) {
        strcpy(out, "(none)");
    } else if (len < offsetof(struct sockaddr, sa_family) + sizeof sa->sa_family) {
        strcpy(out, "(truncated)");
    } else if (sa->sa_family == AF_INET && len >= sizeof(struct sockaddr_in)) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        snprintf(out, 4096, "%s:%u", inet_ntop(AF_INET, &in->sin_addr, ip, sizeof ip),
                 ntohs(in->sin_port));
    } else if (sa->sa_family == AF_INET6 && len >= sizeof(struct sockaddr_in6)) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        unsigned scope = (unsigned)in6->sin6_scope_id;
        snprintf(out, 4096, "[%s%s]:%u", inet_ntop(AF_INET6, &in6->sin6_addr, ip, sizeof ip),
                 scope == 0                        ? ""
                     : if_indextoname(scope, name) ? text("%%%s", name)
                                                   : text("%%%u", scope),
                 ntohs(in6->sin6_port));
    } else if (sa->sa_family == AF_UNIX) {
        const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
        size_t room = len > path_at ? len - path_at : 0;
        room = room < sizeof un->sun_path ? room : sizeof un->sun_path;
        strcpy(out, "unix:");
        if (room > 0 && un->sun_path[0] != '\0')
            escape(out, un->sun_path, strnlen(un->sun_path, room), 0);
#ifdef __linux__
        else if (room > 0)
            escape(strcat(out, "@"), un->sun_path + 1, room - 1, 0);
#endif
        else
            strcat(out, "(unnamed)");
    } else {
        snprintf(out, 4096, "%s:?",
                 sa->sa_family == AF_UNSPEC ? "AF_UNSPEC" : text("AF_%d", sa->sa_family));
    }
    errno = saved;
    return out;
}

/* @piece HelperNoSignal */
/* As in the playground, no send raises SIGPIPE: MSG_NOSIGNAL where it exists, else
 * SO_NOSIGPIPE on each socket; a send to a vanished peer returns EPIPE instead. */
#ifdef MSG_NOSIGNAL
#define NOSIGNAL MSG_NOSIGNAL
#else
#define NOSIGNAL 0
#endif

/* @piece HelperNoSigpipe */
/* macOS and the BSDs: SO_NOSIGPIPE on every new socket, as the playground sets it. */
static void no_sigpipe(int fd)
{
#ifdef SO_NOSIGPIPE
    int saved = errno, on = 1;
    if (fd >= 0)
        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
    errno = saved;
#else
    (void)fd;
#endif
}
