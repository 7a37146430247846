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

/* "[{fd=5, events=POLLIN}]", or with `returned` the entries that came back with revents. */
static const char *pollfd_text(const struct pollfd *fds, const int *shown, int count, int returned)
{
    char *out = strcpy(scratch(), "[");
    int first = 1;
    for (int i = 0; i < count; i++) {
        if (returned && fds[i].revents == 0)
            continue;
        strcat(out, first ? "" : ", ");
        strcat(out,
               text("{fd=%d, %s=%s}", shown[i], returned ? "revents" : "events",
                    poll_events_text(returned ? fds[i].revents : fds[i].events)));
        first = 0;
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
