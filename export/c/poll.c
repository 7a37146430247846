/* The exported program's poll() line: the pollfd array in, the revents back, in strace's
 * words. Emitted only when the scenario calls poll(); see embed.cmake. */

/* @piece HelperPoll needs HelperFlags */
/* poll()'s event bits in strace's words, in the order the playground names them. */
static const char *poll_events_text(short events)
{
    static const struct flag_name names[] = {
        { POLLIN, "POLLIN" },         { POLLPRI, "POLLPRI" },       { POLLOUT, "POLLOUT" },
        { POLLERR, "POLLERR" },       { POLLHUP, "POLLHUP" },       { POLLNVAL, "POLLNVAL" },
        { POLLRDNORM, "POLLRDNORM" }, { POLLRDBAND, "POLLRDBAND" }, { POLLWRNORM, "POLLWRNORM" },
        { POLLWRBAND, "POLLWRBAND" },
#ifdef POLLRDHUP
        { POLLRDHUP, "POLLRDHUP" },
#endif
    };
    return flags_text((unsigned short)events, names, sizeof names / sizeof names[0]);
}

/* "[{fd=5, events=POLLIN}]", or with `returned` the entries that came back with revents.
 * Written straight into one scratch buffer: a text() per entry would cycle through the ring
 * and overwrite `out` itself once there are more than a few entries. */
static const char *pollfd_text(const struct pollfd *fds, const int *shown, int count, int returned)
{
    char *out = strcpy(scratch(), "[");
    size_t used = 1;
    for (int i = 0; i < count && used < 4000; i++) {
        if (returned && fds[i].revents == 0)
            continue;
        used += (size_t)snprintf(out + used, 4096 - used, "%s{fd=%d, %s=%s}", used > 1 ? ", " : "",
                                 shown[i], returned ? "revents" : "events",
                                 poll_events_text(returned ? fds[i].revents : fds[i].events));
    }
    return strcat(out, "]");
}

static void print_poll(long result, const struct pollfd *fds, const int *shown, int count,
                       int timeout)
{
    int err = errno;
    const char *tail = result > 0 ? text(" (%s)", pollfd_text(fds, shown, count, 1))
        : result == 0             ? " (Timeout)"
                                  : "";
    printf("poll(%s, %d, %d) %s%s\n", pollfd_text(fds, shown, count, 0), count, timeout,
           outcome_text(result, err), tail);
    errno = err;
}
