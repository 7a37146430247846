/* The exported program's automations (auto_accept, auto_receive, echo) as threads. Emitted
 * only when the scenario turns one on; see embed.cmake. */

/* @piece HelperAutomation needs HelperNoSigpipe HelperNoSignal */
/* The playground's automations, as threads that run until the program ends: auto_accept()
 * accepts every connection; auto_receive() reads what arrives, echo() also sends it back.
 * On a listener, receive and echo apply to each connection it accepts. */
enum { AUTO_ACCEPT = 1, AUTO_RECEIVE = 2, AUTO_ECHO = 4 };
static _Atomic int automation[1024];

static void *serve_run(void *arg)
{
    int fd = (int)(intptr_t)arg;
    char buf[65536];
    for (;;) {
        struct sockaddr_storage from;
        socklen_t len = sizeof from;
        ssize_t n = recvfrom(fd, buf, sizeof buf, 0, (struct sockaddr *)&from, &len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0 && len == 0 && (automation[fd] & AUTO_ECHO))
            shutdown(fd, SHUT_WR); /* end of file, all echoed: say so too, as the playground does */
        if (n <= 0 && !(n == 0 && len > 0))
            return NULL;
        for (ssize_t sent = 0; (automation[fd] & AUTO_ECHO) && sent < n;) {
            ssize_t m = len > 0 ? sendto(fd, buf + sent, (size_t)(n - sent), NOSIGNAL,
                                         (struct sockaddr *)&from, len)
                                : send(fd, buf + sent, (size_t)(n - sent), NOSIGNAL);
            if (m < 0)
                return NULL;
            sent += m;
        }
    }
}

static void *accept_run(void *arg)
{
    int fd = (int)(intptr_t)arg;
    for (;;) {
        pthread_t t;
        int c = accept(fd, NULL, NULL);
        if (c < 0 && (errno == EINTR || errno == ECONNABORTED))
            continue;
        if (c < 0)
            return NULL;
        no_sigpipe(c);
        if (c < 1024 && (automation[fd] & (AUTO_RECEIVE | AUTO_ECHO))) {
            automation[c] = automation[fd] & (AUTO_RECEIVE | AUTO_ECHO);
            if (pthread_create(&t, NULL, serve_run, (void *)(intptr_t)c) == 0)
                pthread_detach(t);
        }
    }
}

/* Turns an automation on for `fd` and starts its thread the first time. Returns 0. */
static int automate(int fd, int what)
{
    int saved = errno, listening = 0, before;
    socklen_t len = sizeof listening;
    pthread_t t;
    if (fd < 0 || fd >= 1024)
        return 0;
    before = automation[fd];
    automation[fd] |= what;
    getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len);
    if (what == AUTO_ACCEPT && !(before & AUTO_ACCEPT)) {
        if (pthread_create(&t, NULL, accept_run, (void *)(intptr_t)fd) == 0)
            pthread_detach(t);
    } else if (what != AUTO_ACCEPT && !listening && !(before & (AUTO_RECEIVE | AUTO_ECHO))) {
        if (pthread_create(&t, NULL, serve_run, (void *)(intptr_t)fd) == 0)
            pthread_detach(t);
    }
    errno = saved;
    return 0;
}
