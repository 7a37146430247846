/* The checks of the richer `expect` clauses: bytes with their first difference, prefix,
 * contains, matches, length, values, revents, msg_flags, peer, backlog, within. Each message
 * mirrors checkExpectation() in core/scenario/scenario_expect.cpp word for word. Each piece is
 * emitted only when the program uses it; see embed.cmake. */

/* @piece HelperBytesDiff needs HelperBytes */
/* Up to four bytes before the first difference and four after, the differing one in []. */
static void hex_window(char *out, const unsigned char *p, size_t length, size_t from, size_t at)
{
    int used = 0;
    out[0] = '\0';
    for (size_t i = from; i < at + 5 && i < length; i++)
        used += sprintf(out + used, i == at ? "%s[%02x]" : "%s%02x", used ? " " : "", p[i]);
    if (at >= length)
        sprintf(out + used, "%s[end]", used ? " " : "");
}

/* Where two byte strings first differ; short ones are shown whole, long ones never are. */
static const char *bytes_difference(const void *wanted, size_t wn, const void *got, size_t gn)
{
    const unsigned char *w = wanted, *g = got;
    size_t at = 0;
    char wbuf[64], gbuf[64];
    while (at < wn && at < gn && w[at] == g[at])
        at++;
    if (wn <= 32 && gn <= 32)
        return text("expected %s, got %s (first difference at offset %zu)",
                    bytes_text(wanted, wn, (size_t)-1), bytes_text(got, gn, (size_t)-1), at);
    hex_window(wbuf, w, wn, at > 4 ? at - 4 : 0, at);
    hex_window(gbuf, g, gn, at > 4 ? at - 4 : 0, at);
    return text("expected %zu bytes, got %zu; first difference at offset %zu: expected %s, got %s",
                wn, gn, at, wbuf, gbuf);
}

/* @piece HelperExpectBytes needs HelperBytesDiff HelperFail */
/* expect "hello\r\n": exactly the bytes the call sent or received. */
static void expect_bytes(int line, long result, const char *what, const void *got,
                         size_t got_length, const void *wanted, size_t wanted_length)
{
    int err = errno;
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    if (got_length != wanted_length || memcmp(got, wanted, got_length) != 0)
        fail(line, "%s", bytes_difference(wanted, wanted_length, got, got_length));
}

/* @piece HelperExpectSome needs HelperBytesDiff HelperFail HelperRelation */
enum bytes_check { PREFIX, CONTAINS, MATCHES, LENGTH };

/* A payload in a message: whole when short, else its length and first 16 bytes. */
static const char *short_bytes(const void *data, size_t length)
{
    return length <= 32 ? bytes_text(data, length, (size_t)-1)
                        : text("%zu bytes starting %s", length, bytes_text(data, 16, (size_t)-1));
}

/* expect prefix "GET /", contains "\r\n\r\n", matches "HTTP/1\.[01]" (POSIX extended, on
 * the bytes up to their first NUL), length >= 5. */
static void expect_some(int line, long result, const char *what, enum bytes_check kind,
                        const void *got, size_t got_length, const void *wanted,
                        size_t wanted_length, enum relation rel, long count)
{
    int err = errno, ok = 0;
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    if (kind == PREFIX) {
        size_t n = got_length < wanted_length ? got_length : wanted_length;
        if (got_length >= wanted_length && memcmp(got, wanted, wanted_length) == 0)
            return;
        fail(line, "prefix: %s", bytes_difference(wanted, wanted_length, got, n));
    } else if (kind == CONTAINS) {
        ok = wanted_length == 0 || memmem(got, got_length, wanted, wanted_length) != NULL;
        if (!ok)
            fail(line, "expected bytes containing %s, got %s", short_bytes(wanted, wanted_length),
                 short_bytes(got, got_length));
    } else if (kind == MATCHES) {
        regex_t re;
        char *copy = malloc(got_length + 1);
        if (copy == NULL || regcomp(&re, wanted, REG_EXTENDED | REG_NOSUB) != 0) {
            free(copy);
            fail(line, "cannot check %s", what);
        }
        memcpy(copy, got, got_length);
        copy[got_length] = '\0';
        ok = regexec(&re, copy, 0, NULL, 0) == 0;
        regfree(&re);
        free(copy);
        if (!ok)
            fail(line, "expected %s, got %s", what, short_bytes(got, got_length));
    } else if (!holds((long)got_length, rel, count)) {
        fail(line, "expected %s, got %zu", what, got_length);
    }
}

/* @piece HelperGlob */
/* '*' matches any run of characters; everything else is literal. */
static int glob_match(const char *pattern, const char *text)
{
    const char *star = NULL, *mark = NULL;
    while (*text) {
        if (*pattern == '*') {
            star = pattern++;
            mark = text;
        } else if (*pattern == *text) {
            pattern++;
            text++;
        } else if (star) {
            pattern = star + 1;
            text = ++mark;
        } else {
            return 0;
        }
    }
    while (*pattern == '*')
        pattern++;
    return *pattern == '\0';
}

/* @piece HelperExpectValue needs HelperBase HelperFail HelperRelationText HelperGlob */
/* expect value 16384, value != "0.0.0.0:0", value 127.0.0.1:*: what getsockopt,
 * getsockname, getpeername or ioctl(FIONREAD) returned. A number is compared with the
 * number the kernel gave (has_number), text with a pattern. */
static void expect_value(int line, long result, const char *what, const char *got, int has_number,
                         long number, const char *pattern, int equal, enum relation rel,
                         long wanted)
{
    int err = errno;
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    if (pattern != NULL) {
        if (glob_match(pattern, got) != equal)
            fail(line, "expected value %s%s, got \"%s\"", equal ? "" : "!= ", pattern, got);
    } else if (!has_number || !holds(number, rel, wanted)) {
        fail(line, "expected value %s%ld, got \"%s\"", relation_text(rel), wanted, got);
    }
}

/* @piece HelperExpectBits needs HelperBase HelperFail */
/* expect revents POLLOUT|POLLHUP, revents has POLLIN, flags MSG_TRUNC: exactly these bits,
 * or with `has` at least these. */
static void expect_bits(int line, long result, const char *what, unsigned got, unsigned wanted,
                        int has, const char *got_text)
{
    int err = errno;
    if (result < 0)
        fail(line, "expected %s, got %s", what, outcome_text(result, err) + 2);
    if (has ? (got & wanted) != wanted : got != wanted)
        fail(line, "expected %s, got %s", what, got_text);
}

/* @piece HelperAddressOf needs HelperBase HelperAddress */
/* The address of the socket `fd` (its own, or with `peer` its peer's) in the playground's
 * short form, "" when it has none. */
static const char *address_of(int fd, int peer)
{
    int saved = errno;
    struct sockaddr_storage a;
    socklen_t len = sizeof a;
    int r = peer ? getpeername(fd, (struct sockaddr *)&a, &len)
                 : getsockname(fd, (struct sockaddr *)&a, &len);
    errno = saved;
    return r == 0 ? address_text((struct sockaddr *)&a, len) : "";
}

/* @piece HelperExpectPeer needs HelperBase HelperFail HelperGlob HelperAddress */
/* expect peer 127.0.0.1:*, expect peer srv.local: the address recvfrom, recvmsg or accept
 * reported. `ref` names a socket's address instead of a pattern. */
static void expect_peer(int line, long result, const char *got, const char *pattern,
                        const char *ref, const char *ref_address)
{
    int err = errno;
    int ok = ref ? got[0] != '\0' && strcmp(got, ref_address) == 0 : glob_match(pattern, got);
    if (ok)
        return;
    fail(line, "expected peer %s, got %s", ref ? text("%s (%s)", ref, ref_address) : pattern,
         got[0] ? got : outcome_text(result, err) + 2);
}

/* @piece HelperExpectBacklog needs HelperFail HelperRelationText */
/* expect backlog 4096: a listener's accept-queue limit (Linux: TCP_INFO's tcpi_sacked; -1
 * where the system does not tell or the socket is not a listener). */
static void expect_backlog(int line, int fd, int closed, enum relation rel, long wanted)
{
    int limit = -1;
#if defined(__linux__)
    struct tcp_info info;
    socklen_t len = sizeof info;
    memset(&info, 0, sizeof info);
    if (!closed && getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) == 0 && info.tcpi_state == 10)
        limit = (int)info.tcpi_sacked;
#elif defined(SO_LISTENQLIMIT)
    socklen_t len = sizeof limit;
    if (closed || getsockopt(fd, SOL_SOCKET, SO_LISTENQLIMIT, &limit, &len) != 0)
        limit = -1;
#else
    (void)fd;
    (void)closed;
#endif
    if (!holds(limit, rel, wanted))
        fail(line, "expected backlog %s%ld, got %d", relation_text(rel), wanted, limit);
}

/* @piece HelperExpectWithin needs HelperFail */
/* Milliseconds on a clock that only goes forward. */
static long now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* expect within 100..300ms: how long the call took, give or take `slack` ms. */
static void expect_within(int line, const char *what, long took, long from, long to, long slack)
{
    if (took < from - slack || took > to + slack)
        fail(line, "expected %s (give or take %ld ms), took %ld ms", what, slack, took);
}
