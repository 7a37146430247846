/* The exported program's epoll lines: epoll_ctl's event and epoll_wait's returned list in
 * strace's words, and the check of the list that came back. Linux only (the scenario's epoll
 * calls exist nowhere else); emitted only when the scenario makes them; see embed.cmake. */

/* @piece HelperEpollText needs HelperFlags */
#ifdef __linux__
#include <sys/epoll.h>

/* epoll's event bits in strace's words, in the order the playground names them. */
static const char *epoll_events_text(unsigned events)
{
    static const struct flag_name names[] = {
        { EPOLLIN, "EPOLLIN" },
        { EPOLLPRI, "EPOLLPRI" },
        { EPOLLOUT, "EPOLLOUT" },
        { EPOLLERR, "EPOLLERR" },
        { EPOLLHUP, "EPOLLHUP" },
        { EPOLLRDNORM, "EPOLLRDNORM" },
        { EPOLLRDBAND, "EPOLLRDBAND" },
        { EPOLLWRNORM, "EPOLLWRNORM" },
        { EPOLLWRBAND, "EPOLLWRBAND" },
        { EPOLLMSG, "EPOLLMSG" },
        { EPOLLRDHUP, "EPOLLRDHUP" },
        { (int)EPOLLEXCLUSIVE, "EPOLLEXCLUSIVE" },
        { (int)EPOLLWAKEUP, "EPOLLWAKEUP" },
        { (int)EPOLLONESHOT, "EPOLLONESHOT" },
        { (int)EPOLLET, "EPOLLET" },
    };
    return flags_text((int)events, names, sizeof names / sizeof names[0]);
}

/* {events=EPOLLIN, data={u32=6, u64=6}} */
static const char *epoll_event_text(unsigned events, uint64_t data)
{
    return text("{events=%s, data={u32=%u, u64=%llu}}", epoll_events_text(events),
                (unsigned)(uint32_t)data, (unsigned long long)data);
}

#endif

/* @piece HelperEpollCtl needs HelperEpollText */
#ifdef __linux__
static const char *epoll_op_text(int op)
{
    return op == EPOLL_CTL_ADD ? "EPOLL_CTL_ADD"
        : op == EPOLL_CTL_DEL  ? "EPOLL_CTL_DEL"
        : op == EPOLL_CTL_MOD  ? "EPOLL_CTL_MOD"
                               : text("%d", op);
}

static void print_epoll_ctl(long result, int ep, int op, int shown, const struct epoll_event *ev)
{
    int err = errno;
    printf("epoll_ctl(%d, %s, %d, %s) %s\n", ep, epoll_op_text(op), shown,
           op == EPOLL_CTL_DEL ? "NULL" : epoll_event_text(ev->events, ev->data.u64),
           outcome_text(result, err));
    errno = err;
}

#endif

/* @piece HelperEpollWait needs HelperEpollText */
#ifdef __linux__
/* "[{events=EPOLLIN, data={u32=6, u64=6}}]": the events that came back, into one buffer. */
static void print_epoll_wait(long result, int ep, const struct epoll_event *events, int maxevents,
                             int timeout)
{
    int err = errno;
    char list[4096] = "[";
    for (long i = 0; i < result && strlen(list) < 3800; i++)
        strcat(strcat(list, i ? ", " : ""), epoll_event_text(events[i].events, events[i].data.u64));
    printf("epoll_wait(%d, %s], %d, %d) %s\n", ep, list, maxevents, timeout,
           outcome_text(result, err));
    errno = err;
}

#endif

/* @piece HelperExpectEvents needs HelperEpollText HelperFail */
#ifdef __linux__
/* "events [a EPOLLIN, b EPOLLOUT]" from names and bits, into one scratch buffer. */
static const char *epoll_list_text(const char *const *names, const unsigned *bits, long count,
                                   int has)
{
    char *out = strcpy(scratch(), has ? "events has " : "events [");
    for (long i = 0; i < count && strlen(out) < 3800; i++)
        strcat(strcat(strcat(strcat(out, i && !has ? ", " : ""), names[i]), " "),
               epoll_events_text(bits[i]));
    return has ? out : strcat(out, "]");
}

/* expect events [...] / events has NAME BITS: `known` maps the fds the program holds (the
 * data of each event) to their names; the list came back in any order. */
static void expect_events(int line, long result, const struct epoll_event *events,
                          const int *known_fd, const char *const *known_name, int known,
                          const char *const *want_name, const unsigned *want_bits, int wanted,
                          int has)
{
    int err = errno;
    const char *what = epoll_list_text(want_name, want_bits, wanted, has);
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    const char *got_name[64];
    unsigned got_bits[64];
    long got = result < 64 ? result : 64;
    for (long i = 0; i < got; i++) {
        got_name[i] = "?";
        for (int k = 0; k < known; k++)
            if ((uint64_t)known_fd[k] == events[i].data.u64)
                got_name[i] = known_name[k];
        got_bits[i] = events[i].events;
    }
    int ok = has || got == wanted;
    for (int w = 0; ok && w < wanted; w++) {
        int found = 0;
        for (long i = 0; i < got && !found; i++)
            found = strcmp(got_name[i], want_name[w]) == 0
                && (has ? (got_bits[i] & want_bits[w]) == want_bits[w]
                        : got_bits[i] == want_bits[w]);
        ok = found;
    }
    if (!ok)
        fail(line, "expected %s, got %s", what, epoll_list_text(got_name, got_bits, got, 0));
    errno = err;
}
#endif
