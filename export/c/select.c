/* The exported program's select() line: three fd_sets in, the ready ones back, in strace's
 * words; and the check of what a set came back holding. Emitted only when the scenario calls
 * select(); see embed.cmake. */

/* @piece HelperSelect needs HelperBase HelperFail */
/* One of select()'s sets as the scenario wrote it: the fds asked about, the fds the lines show
 * (a closed socket's old number), and which of them came back ready. */
#define SELECT_MAX 64
struct select_set {
    int count;
    int fd[SELECT_MAX];
    int shown[SELECT_MAX];
    int ready[SELECT_MAX];
};

/* "[3 5]": the shown fds, or with `ready` only those that came back (one scratch buffer). */
static const char *select_set_text(const struct select_set *set, int ready)
{
    char *out = strcpy(scratch(), "[");
    size_t used = 1;
    int first = 1;
    for (int i = 0; i < set->count && used < 4000; i++) {
        if (ready && !set->ready[i])
            continue;
        used += (size_t)snprintf(out + used, 4096 - used, first ? "%d" : " %d", set->shown[i]);
        first = 0;
    }
    return strcat(out, "]");
}

/* select() over the three sets with the timeout in milliseconds (-1: NULL, for ever), and
 * its line. An fd at or past FD_SETSIZE is refused with EINVAL before FD_SET could write past
 * the fd_set, as the playground refuses it. */
static long select_call(struct select_set sets[3], int timeout_ms)
{
    static const char *const names[3] = { "in", "out", "except" };
    fd_set fds[3];
    int nfds = 0, too_high = 0;
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < sets[k].count; i++) {
            nfds = sets[k].fd[i] + 1 > nfds ? sets[k].fd[i] + 1 : nfds;
            too_high = too_high || sets[k].fd[i] < 0 || sets[k].fd[i] >= FD_SETSIZE;
        }
    long result = -1;
    errno = EINVAL;
    if (!too_high) {
        struct timeval tv = { timeout_ms / 1000, (timeout_ms % 1000) * 1000 };
        for (int k = 0; k < 3; k++) {
            FD_ZERO(&fds[k]);
            for (int i = 0; i < sets[k].count; i++)
                FD_SET(sets[k].fd[i], &fds[k]);
        }
        result = select(nfds, &fds[0], &fds[1], &fds[2], timeout_ms < 0 ? NULL : &tv);
    }
    int err = errno;
    char back[4096] = "";
    for (int k = 0; k < 3; k++) {
        int any = 0;
        for (int i = 0; i < sets[k].count; i++) {
            sets[k].ready[i] = result > 0 && FD_ISSET(sets[k].fd[i], &fds[k]);
            any = any || sets[k].ready[i];
        }
        if (any)
            strcat(strcat(strcat(strcat(back, back[0] ? ", " : ""), names[k]), " "),
                   select_set_text(&sets[k], 1));
    }
    const char *timeout = timeout_ms < 0
        ? "NULL"
        : text("{tv_sec=%d, tv_usec=%d}", timeout_ms / 1000, timeout_ms % 1000 * 1000);
    printf("select(%d, %s, %s, %s, %s) %s%s\n", nfds, select_set_text(&sets[0], 0),
           select_set_text(&sets[1], 0), select_set_text(&sets[2], 0), timeout,
           outcome_text(result, err),
           result > 0 ? text(" (%s)", back) : result == 0 ? " (Timeout)" : "");
    errno = err;
    return result;
}

/* expect in [a b]: exactly the sockets marked in `wanted` came back in the set; `names` are
 * the set's socket names, `label` "in", "out" or "except". */
static void expect_selected(int line, long result, const char *what, const struct select_set *set,
                            const int *wanted, const char *const *names, const char *label)
{
    int err = errno;
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    int same = 1;
    char got[4096] = "";
    for (int i = 0; i < set->count; i++) {
        same = same && !set->ready[i] == !wanted[i];
        if (set->ready[i])
            strcat(strcat(got, got[0] ? " " : ""), names[i]);
    }
    if (!same)
        fail(line, "expected %s, got %s [%s]", what, label, got);
    errno = err;
}

/* @piece HelperClosedFd needs HelperBase */
/* The lowest descriptor that is surely not open: what a closed socket is asked as, so the
 * kernel answers EBADF as for any closed fd (the lowest: Linux ignores fds past its fd table). */
static int closed_fd_below_setsize(void)
{
    int err = errno;
    int fd = 0;
    while (fd < FD_SETSIZE && !(fcntl(fd, F_GETFD) < 0 && errno == EBADF))
        fd++;
    errno = err;
    return fd < FD_SETSIZE ? fd : -1;
}
