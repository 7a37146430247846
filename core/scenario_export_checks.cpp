// The exported program's checks (the expectation helpers of its prelude, which mirror
// ScenarioPlayer::check's messages word for word) and the comparison of its output with a
// headless run of the same scenario (orderTrace, normaliseTrace).
#include "scenario_export.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <regex>

namespace spg::core {

namespace c_export {

const std::vector<Piece>& checkPieces()
{
    static const std::vector<Piece> pieces = {
        { HelperFail, 0, R"C(
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
)C" },
        { HelperRelation, 0, R"C(
enum relation { EQ, NE, LT, LE, GT, GE };

static int holds(long actual, enum relation rel, long wanted)
{
    return rel == EQ ? actual == wanted : rel == NE ? actual != wanted : rel == LT ? actual < wanted
         : rel == LE ? actual <= wanted : rel == GT ? actual > wanted : actual >= wanted;
}
)C" },
        { HelperRelationText, HelperRelation, R"C(
static const char *relation_text(enum relation rel)
{
    static const char *const names[] = { "", "!= ", "< ", "<= ", "> ", ">= " };
    return names[rel];
}
)C" },
        { HelperExpectResult, HelperBase | HelperFail | HelperRelationText, R"C(
/* expect 0, expect >= 1: the return value. (outcome_text + 2: without its "= ".) */
static void expect_result(int line, long result, enum relation rel, long wanted)
{
    int err = errno;
    if (!holds(result, rel, wanted))
        fail(line, "expected %s%ld, got %s", relation_text(rel), wanted, outcome_text(result, err) + 2);
}
)C" },
        { HelperExpectErrno, HelperBase | HelperFail, R"C(
/* expect ECONNREFUSED: the call failed with that errno. */
static void expect_errno(int line, long result, int wanted, const char *name)
{
    int err = errno;
    if (result >= 0 || err != wanted)
        fail(line, "expected %s, got %s", name, outcome_text(result, err) + 2);
}
)C" },
        { HelperTcpState, 0, R"C(
/* The TCP state ("" for other sockets) and, for a listener, the accept-queue length (-1 where
 * the system does not tell): Linux TCP_INFO, macOS TCP_CONNECTION_INFO. */
static const char *tcp_state(int fd, int *queue)
{
    *queue = -1;
#if defined(__linux__)
    static const char *const names[] = { "", "ESTABLISHED", "SYN_SENT", "SYN_RECEIVED",
        "FIN_WAIT_1", "FIN_WAIT_2", "TIME_WAIT", "CLOSED", "CLOSE_WAIT", "LAST_ACK", "LISTEN",
        "CLOSING", "SYN_RECEIVED" };
    struct tcp_info info;
#define TCP_STATE_OPTION TCP_INFO
#elif defined(__APPLE__) && defined(TCP_CONNECTION_INFO)
    static const char *const names[] = { "CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED",
        "ESTABLISHED", "CLOSE_WAIT", "FIN_WAIT_1", "CLOSING", "LAST_ACK", "FIN_WAIT_2", "TIME_WAIT" };
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
)C" },
        { HelperState, HelperFail | HelperTcpState, R"C(
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
            : strcmp(now, "connecting") == 0 ? "created" : now;
    else if (strcmp(call, "socket") == 0 || (strcmp(call, "bind") == 0 && !strcmp(now, "created")))
        now = strcmp(call, "socket") == 0 ? "created" : "bound";
    else if (strcmp(call, "listen") == 0)
        now = "listening";
    else if (strcmp(call, "connect") == 0 || strcmp(call, "accept") == 0 || !strcmp(call, "socketpair"))
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
)C" },
        { HelperExpectQueue, HelperFail | HelperTcpState | HelperRelationText, R"C(
/* expect queue 2: a listener's accept-queue length afterwards (-1 once closed). */
static void expect_queue(int line, int fd, int closed, enum relation rel, long wanted)
{
    int queue = -1;
    if (!closed)
        tcp_state(fd, &queue);
    if (!holds(queue, rel, wanted))
        fail(line, "expected accept queue %s%ld, got %d", relation_text(rel), wanted, queue);
}
)C" },
        { HelperJob, 0, R"C(
/* A call made on its own thread ('&' in the scenario): its socket, address and result. */
struct job {
    pthread_t thread;
    int fd;
    struct sockaddr_storage addr;
    socklen_t addrlen;
    long result;
};
)C" },
    };
    return pieces;
}

} // namespace c_export

namespace {

// The number that starts at `at` ("recv(5, " at 5 -> 5), or nullopt when there is none.
std::optional<int> fdAfter(const std::string& line, std::size_t at)
{
    std::size_t end = at;
    while (
        end < line.size()
        && (std::isdigit(static_cast<unsigned char>(line[end])) || (end == at && line[end] == '-')))
        ++end;
    if (end == at || (end == at + 1 && line[at] == '-') || end - at > 9)
        return std::nullopt;
    return std::stoi(line.substr(at, end - at));
}

} // namespace

std::vector<std::string> orderTrace(const Scenario& scenario, const std::vector<std::string>& lines)
{
    struct Pending {
        const Step* step;
        std::string prefix;
        int fd;
        std::optional<std::string> line;
        bool emitted = false;
    };
    std::map<std::string, int> fds; // Socket name -> fd, learned from the lines.
    std::vector<Pending> jobs;
    std::vector<std::string> out;
    std::size_t next = 0;
    auto prefixOf = [](const Step& s) {
        return s.call == CallKind::Poll ? std::string("poll([{fd=")
                                        : std::string(callName(s.call)) + "(";
    };
    auto fdOf = [&](const Step& s) {
        auto it = fds.find(s.socket);
        return s.socket.empty() || it == fds.end() ? -1 : it->second;
    };
    auto matches = [](const std::string& line, const std::string& prefix, int fd) {
        if (line.rfind(prefix, 0) != 0)
            return false;
        const std::optional<int> got = fdAfter(line, prefix.size());
        return fd < 0 || !got || *got == fd;
    };
    auto learn = [&](const Step& s, const std::string& line) {
        const std::size_t eq = line.rfind(") = ");
        const std::optional<int> result =
            eq == std::string::npos ? std::nullopt : fdAfter(line, eq + 4);
        if (!result || *result < 0)
            return;
        if ((s.call == CallKind::Socket || s.call == CallKind::Accept) && !s.assign.empty())
            fds[s.assign] = *result;
        const std::size_t pair = line.rfind(", [");
        if (s.call == CallKind::Socketpair && pair != std::string::npos) {
            const std::optional<int> a = fdAfter(line, pair + 3);
            const std::size_t comma = line.find(", ", pair + 3);
            const std::optional<int> b =
                comma == std::string::npos ? std::nullopt : fdAfter(line, comma + 2);
            if (a && b) {
                fds[s.assign] = *a;
                fds[s.assign2] = *b;
            }
        }
    };
    // Takes the lines of background calls until `stop` says the next line is not one of them
    // (or `done` says enough); a line no pending call matches stops it too.
    auto absorb = [&](const std::function<bool(const std::string&)>& stop,
                      const std::function<bool()>& done) {
        while (next < lines.size() && !done() && !stop(lines[next])) {
            auto job = std::find_if(jobs.begin(), jobs.end(), [&](const Pending& p) {
                return !p.line && matches(lines[next], p.prefix, p.fd);
            });
            if (job == jobs.end())
                return;
            job->line = lines[next++];
            learn(*job->step, *job->line);
        }
    };
    auto never = [](const std::string&) { return false; };
    auto joinJobs = [&](const std::string& name) {
        for (Pending& job : jobs) {
            if (job.emitted || !(name.empty() || job.step->assign == name))
                continue;
            absorb(never, [&] { return job.line.has_value(); });
            job.emitted = true;
            if (job.line)
                out.push_back(*job.line);
        }
    };
    for (const Step& s : scenario.steps) {
        if (s.kind == StepKind::Wait) {
            joinJobs(s.waitFor);
        } else if (s.kind == StepKind::Call && s.background) {
            jobs.push_back({ &s, prefixOf(s), fdOf(s), std::nullopt });
        } else if (s.kind == StepKind::Call) {
            const std::string prefix = prefixOf(s);
            const int fd = fdOf(s);
            absorb([&](const std::string& l) { return matches(l, prefix, fd); },
                   [] { return false; });
            if (next < lines.size()) {
                out.push_back(lines[next]);
                learn(s, lines[next++]);
            }
        }
    }
    joinJobs("");
    out.insert(out.end(), lines.begin() + static_cast<std::ptrdiff_t>(next), lines.end());
    return out;
}

std::vector<std::string> normaliseTrace(const std::vector<std::string>& lines)
{
    static const std::regex firstArg(R"(^([a-z]+)\((-?\d+)([,)]))");
    static const std::regex created(R"(^(socket|accept)\(.*\) = (\d+)$)");
    static const std::regex pair(R"(^socketpair\(.*, \[(\d+), (\d+)\]\) = 0$)");
    static const std::regex pollFd(R"(\{fd=(-?\d+),)");
    static const std::regex port(R"((htons\(|\d\.\d+:|\]:)(\d+)\b)");
    std::map<std::string, std::string> names; // fd -> <fdN>, renewed when a call returns it
    int made = 0;
    auto name = [&](const std::string& fd) {
        auto it = names.find(fd);
        return it == names.end() ? std::string("<fd>") : it->second;
    };
    // Replaces every match of `re` by what `with` makes of it.
    auto replace = [](const std::string& line, const std::regex& re,
                      const std::function<std::string(const std::smatch&)>& with) {
        std::string out;
        std::string rest = line;
        std::smatch m;
        while (std::regex_search(rest, m, re)) {
            out += m.prefix().str() + with(m);
            rest = m.suffix().str();
        }
        return out + rest;
    };
    std::vector<std::string> out;
    for (const std::string& raw : lines) {
        std::smatch m;
        std::string line = raw;
        if (std::regex_search(raw, m, firstArg)) // Anchored: the call's own first argument.
            line = m[1].str() + "(" + name(m[2].str()) + m[3].str() + m.suffix().str();
        line = replace(line, pollFd,
                       [&](const std::smatch& g) { return "{fd=" + name(g[1].str()) + ","; });
        if (std::regex_match(raw, m, created)) {
            names[m[2].str()] = "<fd" + std::to_string(++made) + ">";
            line = line.substr(0, line.rfind(" = ")) + " = " + names[m[2].str()];
        } else if (std::regex_match(raw, m, pair)) {
            names[m[1].str()] = "<fd" + std::to_string(++made) + ">";
            names[m[2].str()] = "<fd" + std::to_string(++made) + ">";
            line = line.substr(0, line.rfind(", [")) + ", [" + names[m[1].str()] + ", "
                + names[m[2].str()] + "]) = 0";
        }
        out.push_back(replace(line, port, [](const std::smatch& g) { // < 1024 is never ephemeral
            const std::string n = g[2].str();
            return g[1].str() + (n.size() <= 5 && std::stol(n) >= 1024 ? "<port>" : n);
        }));
    }
    return out;
}

} // namespace spg::core
