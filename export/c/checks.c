/* The exported program's expectation helpers: fail(), the result, errno, state and queue
 * checks, and background jobs. Their messages mirror the player's word for word. Each piece
 * is emitted only when the program uses it; see embed.cmake. */

/* @piece HelperFail */
/* The scenario does not hold: say which line and why, and stop with status 1. */
PRINTF_LIKE(2, 3) static void fail(int line, const char *fmt, ...)
{
    char why[8192];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    printf("expect failed: line %d: %s\n", line, why);
    exit(1);
}

/* @piece HelperRelation */
enum relation { EQ, NE, LT, LE, GT, GE };

static int holds(long actual, enum relation rel, long wanted)
{
    return rel == EQ ? actual == wanted
        : rel == NE  ? actual != wanted
        : rel == LT  ? actual < wanted
        : rel == LE  ? actual <= wanted
        : rel == GT  ? actual > wanted
                     : actual >= wanted;
}

/* @piece HelperRelationText needs HelperRelation */
static const char *relation_text(enum relation rel)
{
    static const char *const names[] = { "", "!= ", "< ", "<= ", "> ", ">= " };
    return names[rel];
}

/* @piece HelperExpectResult needs HelperBase HelperFail HelperRelationText */
/* expect 0, expect >= 1: the return value. (outcome_text + 2: without its "= ".) */
static void expect_result(int line, long result, enum relation rel, long wanted)
{
    int err = errno;
    if (!holds(result, rel, wanted))
        fail(line, "expected %s%ld, got %s", relation_text(rel), wanted,
             outcome_text(result, err) + 2);
}

/* @piece HelperExpectErrno needs HelperBase HelperFail */
/* expect ECONNREFUSED: the call failed with that errno. */
static void expect_errno(int line, long result, int wanted, const char *name)
{
    int err = errno;
    if (result >= 0 || err != wanted)
        fail(line, "expected %s, got %s", name, outcome_text(result, err) + 2);
}

/* @piece HelperTcpState */
/* The TCP state ("" for other sockets) and, for a listener, the accept-queue length (-1 where
 * the system does not tell): Linux TCP_INFO, macOS TCP_CONNECTION_INFO. */
static const char *tcp_state(int fd, int *queue)
{
    *queue = -1;
#if defined(__linux__)
    static const char *const names[] = {
        "",           "ESTABLISHED", "SYN_SENT",    "SYN_RECEIVED", "FIN_WAIT_1",
        "FIN_WAIT_2", "TIME_WAIT",   "CLOSED",      "CLOSE_WAIT",   "LAST_ACK",
        "LISTEN",     "CLOSING",     "SYN_RECEIVED"
    };
    struct tcp_info info;
#define TCP_STATE_OPTION TCP_INFO
#elif defined(__APPLE__) && defined(TCP_CONNECTION_INFO)
    static const char *const names[] = { "CLOSED",      "LISTEN",     "SYN_SENT",   "SYN_RECEIVED",
                                         "ESTABLISHED", "CLOSE_WAIT", "FIN_WAIT_1", "CLOSING",
                                         "LAST_ACK",    "FIN_WAIT_2", "TIME_WAIT" };
    struct tcp_connection_info info;
#define TCP_STATE_OPTION TCP_CONNECTION_INFO
#endif
#ifdef TCP_STATE_OPTION
    socklen_t len = sizeof info;
    memset(&info, 0, sizeof info);
    if (getsockopt(fd, IPPROTO_TCP, TCP_STATE_OPTION, &info, &len) != 0
        || info.tcpi_state >= sizeof names / sizeof names[0])
        return "";
#ifdef __linux__
    if (info.tcpi_state == 10)
        *queue = (int)info.tcpi_unacked;
#endif
    return names[info.tcpi_state];
#else
    (void)fd;
    return "";
#endif
}

/* @piece HelperState needs HelperFail HelperTcpState */
/* The playground's lifecycle of each socket (by fd), kept by track() after each call. */
static const char *lifecycle[1024];

/* The lifecycle now. A non-blocking connect finishes in the kernel without a call: once
 * the TCP state has left SYN_SENT and there is a peer, "connecting" reads "connected". */
static const char *life_of(int fd)
{
    int saved = errno, queue;
    struct sockaddr_storage peer;
    socklen_t len = sizeof peer;
    const char *tcp;
    if (fd < 0 || fd >= 1024 || lifecycle[fd] == NULL)
        return "created";
    if (strcmp(lifecycle[fd], "connecting") == 0) {
        tcp = tcp_state(fd, &queue);
        if (tcp[0] != '\0' && strcmp(tcp, "SYN_SENT") != 0
            && getpeername(fd, (struct sockaddr *)&peer, &len) == 0)
            lifecycle[fd] = "connected";
    }
    errno = saved;
    return lifecycle[fd];
}

static void track(const char *call, int fd, long result)
{
    int err = errno;
    const char *now = life_of(fd);
    if (fd < 0 || fd >= 1024 || (result < 0 && strcmp(call, "close") && strcmp(call, "connect")))
        return;
    if (strcmp(call, "close") == 0)
        now = "closed";
    else if (strcmp(call, "connect") == 0 && result < 0)
        now = err == EINPROGRESS || err == EALREADY ? "connecting"
            : strcmp(now, "connecting") == 0        ? "created"
                                                    : now;
    else if (strcmp(call, "socket") == 0 || (strcmp(call, "bind") == 0 && !strcmp(now, "created")))
        now = strcmp(call, "socket") == 0 ? "created" : "bound";
    else if (strcmp(call, "listen") == 0)
        now = "listening";
    else if (strcmp(call, "connect") == 0 || strcmp(call, "accept") == 0
             || !strcmp(call, "socketpair"))
        now = "connected";
    lifecycle[fd] = now;
}

/* expect state LISTEN, expect state connected: the TCP state or the lifecycle afterwards. */
static void expect_state(int line, int fd, const char *wanted)
{
    int queue;
    const char *life = life_of(fd);
    const char *tcp = strcmp(life, "closed") == 0 ? "" : tcp_state(fd, &queue);
    if (strcasecmp(wanted, life) != 0 && strcasecmp(wanted, tcp) != 0)
        fail(line, "expected state %s, got %s / %s", wanted, life, tcp);
}

/* @piece HelperExpectQueue needs HelperFail HelperTcpState HelperRelationText */
/* expect queue 2: a listener's accept-queue length afterwards (-1 once closed). */
static void expect_queue(int line, int fd, int closed, enum relation rel, long wanted)
{
    int queue = -1;
    if (!closed)
        tcp_state(fd, &queue);
    if (!holds(queue, rel, wanted))
        fail(line, "expected accept queue %s%ld, got %d", relation_text(rel), wanted, queue);
}

/* @piece HelperJob */
/* A call made on its own thread ('&' in the scenario): its socket, address and result. */
struct job {
    pthread_t thread;
    int fd;
    struct sockaddr_storage addr;
    socklen_t addrlen;
    long result;
};
