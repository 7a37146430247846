/* The exported program's kqueue(), kevent() and kevent64() lines, in the engine's words
 * (core/words/kevent_text.cpp is the specification). Where the system has no kqueue (Linux),
 * the program compiles all the same and says at its start that it needs macOS or a BSD; the
 * calls below are then never reached. Emitted only when the scenario uses them; see
 * embed.cmake. */

/* @piece HelperKqueue needs HelperBase */
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__)      \
    || defined(__DragonFly__)
#include <sys/event.h>
#define KQUEUE_HOST 1
#else
/* No <sys/event.h> here: the names, with macOS's and FreeBSD's values, so the program reads
 * the same and compiles; main() stops before any of it runs. */
#define KQUEUE_HOST 0
#define EVFILT_READ (-1)
#define EVFILT_WRITE (-2)
#define EVFILT_AIO (-3)
#define EVFILT_VNODE (-4)
#define EVFILT_PROC (-5)
#define EVFILT_SIGNAL (-6)
#define EVFILT_TIMER (-7)
#define EVFILT_USER (-10)
#define EV_ADD 0x0001
#define EV_DELETE 0x0002
#define EV_ENABLE 0x0004
#define EV_DISABLE 0x0008
#define EV_ONESHOT 0x0010
#define EV_CLEAR 0x0020
#define EV_RECEIPT 0x0040
#define EV_DISPATCH 0x0080
#define EV_ERROR 0x4000
#define EV_EOF 0x8000
#endif
/* kevent64() and struct kevent64_s: macOS only. */
#if KQUEUE_HOST && defined(__APPLE__)
#define KEVENT64_HOST 1
#else
#define KEVENT64_HOST 0
#endif

/* One change or event: struct kevent's fields, and kevent64_s's ext[2]. */
struct kev {
    uint64_t ident;
    int16_t filter;
    uint16_t flags;
    uint32_t fflags;
    int64_t data;
    uint64_t udata;
    uint64_t ext[2];
};

#define KEV_MAX 64

/* clang-format off */
static const struct { long value; const char *name; } kev_filters[] = {
    { EVFILT_READ, "EVFILT_READ" }, { EVFILT_WRITE, "EVFILT_WRITE" }, { EVFILT_AIO, "EVFILT_AIO" },
    { EVFILT_VNODE, "EVFILT_VNODE" }, { EVFILT_PROC, "EVFILT_PROC" },
    { EVFILT_SIGNAL, "EVFILT_SIGNAL" }, { EVFILT_TIMER, "EVFILT_TIMER" },
    { EVFILT_USER, "EVFILT_USER" },
};
static const struct { unsigned bit; const char *name; } kev_flags[] = {
    { EV_ADD, "EV_ADD" }, { EV_DELETE, "EV_DELETE" }, { EV_ENABLE, "EV_ENABLE" },
    { EV_DISABLE, "EV_DISABLE" }, { EV_ONESHOT, "EV_ONESHOT" }, { EV_CLEAR, "EV_CLEAR" },
    { EV_RECEIPT, "EV_RECEIPT" }, { EV_DISPATCH, "EV_DISPATCH" }, { EV_ERROR, "EV_ERROR" },
    { EV_EOF, "EV_EOF" },
};
/* clang-format on */

/* A filter's name, or its number. */
static const char *kev_filter_text(int filter)
{
    for (size_t i = 0; i < sizeof kev_filters / sizeof kev_filters[0]; i++)
        if (kev_filters[i].value == filter)
            return kev_filters[i].name;
    return text("%d", filter);
}

/* "EV_ADD|EV_CLEAR", "0"; unknown bits as a hex number. `out` holds 256 bytes. */
static char *kev_flags_text(unsigned flags, char *out)
{
    out[0] = '\0';
    unsigned rest = flags;
    for (size_t i = 0; i < sizeof kev_flags / sizeof kev_flags[0]; i++)
        if (rest & kev_flags[i].bit) {
            strcat(strcat(out, out[0] ? "|" : ""), kev_flags[i].name);
            rest &= ~kev_flags[i].bit;
        }
    if (rest)
        snprintf(out + strlen(out), 256 - strlen(out), "%s%#x", out[0] ? "|" : "", rest);
    if (!out[0])
        strcpy(out, "0");
    return out;
}

/* "{ident=5, filter=EVFILT_READ, flags=EV_ADD|EV_ERROR, fflags=0, data=9 / * EBADF * /, ...}"
 * appended to `out` (4096 bytes). */
static void kev_append(char *out, const struct kev *e, int with64)
{
    char flags[256];
    kev_flags_text(e->flags, flags);
    char data[96];
    snprintf(data, sizeof data, "%lld", (long long)e->data);
    if ((e->flags & EV_ERROR) && e->data != 0) {
        const char *name = NULL;
        for (size_t i = 0; i < sizeof errno_names / sizeof errno_names[0] && !name; i++)
            if (errno_names[i].number == e->data)
                name = errno_names[i].name;
        if (name)
            snprintf(data + strlen(data), sizeof data - strlen(data), " /* %s */", name);
        else
            snprintf(data + strlen(data), sizeof data - strlen(data), " /* E%lld */",
                     (long long)e->data);
    }
    size_t used = strlen(out);
    used += (size_t)snprintf(
        out + used, 4096 - used, "{ident=%llu, filter=%s, flags=%s, fflags=%u, data=%s, udata=",
        (unsigned long long)e->ident, kev_filter_text(e->filter), flags, (unsigned)e->fflags, data);
    if (used < 4096 && e->udata)
        used += (size_t)snprintf(out + used, 4096 - used, "%#llx", (unsigned long long)e->udata);
    else if (used < 4096)
        used += (size_t)snprintf(out + used, 4096 - used, "0");
    if (with64 && used < 4096)
        used += (size_t)snprintf(out + used, 4096 - used, ", ext=[%llu, %llu]",
                                 (unsigned long long)e->ext[0], (unsigned long long)e->ext[1]);
    if (used < 4096)
        snprintf(out + used, 4096 - used, "}");
}

static const char *kev_list_text(const struct kev *list, long count, int with64)
{
    char *out = strcpy(scratch(), "[");
    for (long i = 0; i < count && strlen(out) < 3800; i++) {
        if (i)
            strcat(out, ", ");
        kev_append(out, &list[i], with64);
    }
    return strcat(out, "]");
}

/* kqueue() and its line. */
static long kqueue_call(void)
{
#if KQUEUE_HOST
    long r = kqueue();
#else
    long r = -1;
#endif
    print_call(r, "kqueue()");
    return r;
}

/* kevent() (is64 = 0) or kevent64() with the changelist, room for `nevents` events and the
 * timeout in milliseconds (-1: NULL, for ever); prints the line with every returned event,
 * and the events in `got`. */
static long kevent_call(int kq, const struct kev *changes, int nchanges, int nevents, int is64,
                        unsigned flags, int timeout_ms, struct kev *got)
{
    int room = nevents < KEV_MAX ? nevents : KEV_MAX;
    long r = -1;
#if KQUEUE_HOST
    struct timespec ts = { timeout_ms / 1000, (long)(timeout_ms % 1000) * 1000000L };
#if defined(__APPLE__)
    if (is64) {
        struct kevent64_s in[KEV_MAX], out[KEV_MAX];
        for (int i = 0; i < nchanges && i < KEV_MAX; i++)
            EV_SET64(&in[i], changes[i].ident, changes[i].filter, changes[i].flags,
                     changes[i].fflags, changes[i].data, changes[i].udata, changes[i].ext[0],
                     changes[i].ext[1]);
        r = kevent64(kq, in, nchanges, out, room, flags, timeout_ms < 0 ? NULL : &ts);
        for (long i = 0; i < r; i++) {
            struct kev e = { out[i].ident,
                             out[i].filter,
                             out[i].flags,
                             out[i].fflags,
                             out[i].data,
                             out[i].udata,
                             { out[i].ext[0], out[i].ext[1] } };
            got[i] = e;
        }
    }
#endif
    if (!is64) {
        struct kevent in[KEV_MAX], out[KEV_MAX];
        for (int i = 0; i < nchanges && i < KEV_MAX; i++)
            EV_SET(&in[i], changes[i].ident, changes[i].filter, changes[i].flags, changes[i].fflags,
                   changes[i].data, (void *)(uintptr_t)changes[i].udata);
        r = kevent(kq, in, nchanges, out, room, timeout_ms < 0 ? NULL : &ts);
        for (long i = 0; i < r; i++) {
            struct kev e = { out[i].ident,  out[i].filter, out[i].flags,
                             out[i].fflags, out[i].data,   (uint64_t)(uintptr_t)out[i].udata,
                             { 0, 0 } };
            got[i] = e;
        }
    }
#else
    (void)kq, (void)room;
#endif
    int err = errno;
    char timeout[64] = "NULL";
    if (timeout_ms >= 0)
        snprintf(timeout, sizeof timeout, "{tv_sec=%d, tv_nsec=%ld}", timeout_ms / 1000,
                 (long)(timeout_ms % 1000) * 1000000L);
    char flag_text[32] = "";
    if (is64)
        snprintf(flag_text, sizeof flag_text, "%u, ", flags);
    printf("%s(%d, %s, %d, %s, %d, %s%s) %s%s\n", is64 ? "kevent64" : "kevent", kq,
           kev_list_text(changes, nchanges, is64), nchanges,
           kev_list_text(got, r > 0 ? r : 0, is64), nevents, flag_text, timeout,
           outcome_text(r, err), r == 0 ? " (Timeout)" : "");
    errno = err;
    return r;
}

/* @piece HelperExpectKevents needs HelperKqueue HelperFail HelperRelation HelperRelationText */
/* One entry of expect kevents: the ident as written (a socket's name or a number), the
 * filter, the flags it must hold at least, and a comparison of data when has_data. */
struct kev_want {
    const char *ident;
    int filter;
    unsigned flags;
    int has_data;
    enum relation rel;
    long data;
};

/* "kevents [srv EVFILT_READ data 2, ...]" or "kevents has ..." into `out` (4096 bytes). */
static const char *kev_want_text(const struct kev_want *list, int count, int has, char *out)
{
    strcpy(out, has ? "kevents has " : "kevents [");
    for (int i = 0; i < count && strlen(out) < 3800; i++) {
        char named[256], flags[260] = "";
        if (list[i].flags)
            strcat(strcpy(flags, " "), kev_flags_text(list[i].flags, named));
        size_t used = strlen(out);
        snprintf(out + used, 4096 - used, "%s%s %s%s", i ? ", " : "", list[i].ident,
                 kev_filter_text(list[i].filter), flags);
        if (list[i].has_data) {
            used = strlen(out);
            snprintf(out + used, 4096 - used, " data %s%ld", relation_text(list[i].rel),
                     list[i].data);
        }
    }
    return has ? out : strcat(out, "]");
}

/* expect kevents [...] / kevents has ...: each returned ident of a descriptor filter is named
 * by the socket the program holds with that fd (`known`), others by their number; the list
 * came back in any order, and each wanted entry takes the first unused event it matches. */
static void expect_kevents(int line, long result, const struct kev *got, const int *known_fd,
                           const char *const *known_name, int known, const struct kev_want *want,
                           int wanted, int has)
{
    int err = errno;
    static char what[4096], seen[4096];
    kev_want_text(want, wanted, has, what);
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    struct kev_want back[KEV_MAX];
    static char numbers[KEV_MAX][24];
    long count = result < KEV_MAX ? result : KEV_MAX;
    for (long i = 0; i < count; i++) {
        snprintf(numbers[i], sizeof numbers[i], "%llu", (unsigned long long)got[i].ident);
        back[i].ident = numbers[i];
        if (got[i].filter == EVFILT_READ || got[i].filter == EVFILT_WRITE)
            for (int k = 0; k < known; k++)
                if ((uint64_t)known_fd[k] == got[i].ident)
                    back[i].ident = known_name[k];
        back[i].filter = got[i].filter;
        back[i].flags = got[i].flags;
        back[i].has_data = 1;
        back[i].rel = EQ;
        back[i].data = (long)got[i].data;
    }
    int ok = has || count == wanted;
    int taken[KEV_MAX] = { 0 };
    for (int w = 0; ok && w < wanted; w++) {
        ok = 0;
        for (long i = 0; i < count && !ok; i++)
            if (!taken[i] && strcmp(back[i].ident, want[w].ident) == 0
                && back[i].filter == want[w].filter
                && (back[i].flags & want[w].flags) == want[w].flags
                && (!want[w].has_data || holds(back[i].data, want[w].rel, want[w].data)))
                ok = taken[i] = 1;
    }
    if (!ok)
        fail(line, "expected %s, got %s", what, kev_want_text(back, (int)count, 0, seen));
    errno = err;
}
