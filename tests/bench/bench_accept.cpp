// bench_accept: how the engine's auto-accept holds up at 10,000 connections, against a plain
// poll() and a plain epoll acceptor (simple loops written here) in the same run. A client
// process (connect_clients, paced) opens the connections to 127.0.0.1 and holds them; each
// configuration runs in a process of its own, so its memory and CPU are its own.
// Measured: the time from the first connect to the last accept (and so the accept rate), the
// acceptor's CPU per accept, resident memory per socket, idle CPU over a window with every
// socket open, the CPU inside each wait call while idle, and the time per 1,000 sockets from
// the first thousand to the last (flat when an iteration's work follows what happened).
//
//   bench_accept [COUNT] [IDLE_SECONDS] [ONLY]   defaults 10000 and 5; ONLY runs just the
//                                                acceptors whose name contains it (to profile
//                                                one, e.g. "engine, epoll"; no ratio then)
#include "accept_run.h"
#include "core/engine/engine.h"

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace spg::bench {

namespace {

using namespace spg::core;

constexpr int kTickMs = 100; // The engine's default tick; the plain loops wait as long.
constexpr int kBacklog = 4096;

double threadCpuNs()
{
    return cpuSeconds(CLOCK_THREAD_CPUTIME_ID) * 1e9;
}

int listenLoopback(int& port)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    sockaddr_in a {};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
        || listen(fd, kBacklog) != 0
        || getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
        std::perror("bench_accept: listen");
        std::exit(1);
    }
    port = ntohs(a.sin_port);
    return fd;
}

// The plain acceptors: one loop, the listener and every accepted socket watched for input
// (as a server holding them would), waits of at most one tick.
struct PlainLoop {
    bool useEpoll = false;
    int listener = -1;
    int epollFd = -1;
    std::vector<pollfd> pollFds;
    std::vector<int> held;
    std::atomic<bool> stop { false };
    // Read by the benchmark's thread while the loop runs.
    std::atomic<double> waitCpuNs { 0 };
    std::atomic<std::uint64_t> iterations { 0 };

    void acceptAll(AcceptRun& run)
    {
        for (;;) {
            const int fd = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            held.push_back(fd);
            if (useEpoll) {
                epoll_event e {};
                e.events = EPOLLIN;
                e.data.fd = fd;
                epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &e);
            } else {
                pollFds.push_back(pollfd { fd, POLLIN, 0 });
            }
            run.accepted(held.size());
        }
    }

    void loop(AcceptRun& run)
    {
        epoll_event events[64];
        while (!stop.load(std::memory_order_relaxed)) {
            const double cpu = threadCpuNs();
            bool listenerReady = false;
            if (useEpoll) {
                const int n = epoll_wait(epollFd, events, 64, kTickMs);
                for (int i = 0; i < n; ++i)
                    listenerReady |= events[i].data.fd == listener;
            } else {
                poll(pollFds.data(), pollFds.size(), kTickMs);
                listenerReady = pollFds[0].revents & POLLIN;
            }
            waitCpuNs.store(waitCpuNs.load() + threadCpuNs() - cpu);
            iterations.fetch_add(1);
            if (listenerReady)
                acceptAll(run);
        }
    }
};

void measureIdle(AcceptResult& r, double idleSeconds, const std::function<double()>& waitNs,
                 const std::function<std::uint64_t()>& iterations)
{
    const double cpu0 = processCpuSeconds();
    const double wait0 = waitNs();
    const std::uint64_t it0 = iterations();
    std::this_thread::sleep_for(std::chrono::duration<double>(idleSeconds));
    const double cpu1 = processCpuSeconds();
    const std::uint64_t its = iterations() - it0;
    r.idleCpuPercent = (cpu1 - cpu0) / idleSeconds * 100;
    r.waitUsPerIteration = its ? (waitNs() - wait0) / double(its) / 1e3 : 0;
    r.iterationsPerSecond = double(its) / idleSeconds;
}

AcceptResult runPlain(bool useEpoll, std::uint64_t count, double idleSeconds)
{
    AcceptResult r;
    AcceptRun run(count);
    PlainLoop plain;
    plain.useEpoll = useEpoll;
    int port = 0;
    plain.listener = listenLoopback(port);
    plain.held.reserve(count);
    if (useEpoll) {
        plain.epollFd = epoll_create1(EPOLL_CLOEXEC);
        epoll_event e {};
        e.events = EPOLLIN;
        e.data.fd = plain.listener;
        epoll_ctl(plain.epollFd, EPOLL_CTL_ADD, plain.listener, &e);
    } else {
        plain.pollFds.reserve(count + 1);
        plain.pollFds.push_back(pollfd { plain.listener, POLLIN, 0 });
    }
    const double rss0 = residentBytes();
    const double cpu0 = processCpuSeconds();
    std::thread loop([&] { plain.loop(run); });
    run.startClient(port);
    r.ran = run.waitAll(60);
    r.cpuPerAcceptUs = (processCpuSeconds() - cpu0) / double(count) * 1e6;
    r.rssPerSocket = (residentBytes() - rss0) / double(count);
    run.finish(r);
    if (r.ran)
        measureIdle(
            r, idleSeconds, [&] { return plain.waitCpuNs.load(); },
            [&] { return plain.iterations.load(); });
    else
        std::snprintf(r.why, sizeof r.why, "only %llu accepted",
                      static_cast<unsigned long long>(r.accepted));
    plain.stop = true;
    loop.join();
    run.stopClient();
    return r;
}

// The engine's sink: counts auto-accepts, keeps the newest LoopStats and set-up records.
class AcceptSink : public EngineSink {
public:
    explicit AcceptSink(AcceptRun& run) : m_run(run) { }

    void deliver(EventBatch&& batch) override
    {
        for (EngineEvent& event : batch) {
            if (auto* stats = std::get_if<LoopStats>(&event)) {
                std::lock_guard lock(m_mutex);
                m_stats = *stats;
            }
            auto* r = std::get_if<CallRecord>(&event);
            if (!r)
                continue;
            if (r->automatic) {
                if (r->kind == CallKind::Accept && r->result >= 0)
                    m_run.accepted(++m_accepted);
                continue;
            }
            if (r->phase == CallPhase::Blocked || r->command == 0)
                continue;
            std::lock_guard lock(m_mutex);
            m_final[r->command] = *r;
            m_changed.notify_all();
        }
    }

    CallRecord call(Engine& engine, Command command)
    {
        const CommandId id = engine.submit(std::move(command));
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait_for(lock, std::chrono::seconds(10),
                                [&] { return m_final.count(id); })) {
            std::fprintf(stderr, "bench_accept: no answer from the engine\n");
            std::exit(1);
        }
        return m_final[id];
    }

    LoopStats stats()
    {
        std::lock_guard lock(m_mutex);
        return m_stats;
    }

private:
    AcceptRun& m_run;
    std::uint64_t m_accepted = 0; // Worker thread only.
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::map<CommandId, CallRecord> m_final;
    LoopStats m_stats;
};

AcceptResult runEngine(Backend backend, std::uint64_t count, double idleSeconds)
{
    AcceptResult r;
    AcceptRun run(count);
    AcceptSink sink(run);
    EngineOptions options;
    options.backend = backend;
    options.tickMs = kTickMs;
    const double rss0 = residentBytes();
    Engine engine(sink, options);
    const SocketId listener = sink.call(engine, makeSocket(AF_INET, SOCK_STREAM)).created;
    sink.call(engine, makeBind(listener, "127.0.0.1:0"));
    sink.call(engine, makeListen(listener, kBacklog));
    const std::string name = sink.call(engine, makeCall(CallKind::GetSockName, listener)).value;
    sink.call(engine, makeAutomation(listener, Automation::AutoAccept, true));
    const double cpu0 = processCpuSeconds();
    run.startClient(std::atoi(name.c_str() + name.rfind(':') + 1));
    r.ran = run.waitAll(120);
    r.cpuPerAcceptUs = (processCpuSeconds() - cpu0) / double(count) * 1e6;
    run.finish(r);
    if (r.ran) {
        // Let the last tick's snapshots and stats settle before the idle window opens.
        std::this_thread::sleep_for(std::chrono::milliseconds(3 * kTickMs));
        r.rssPerSocket = (residentBytes() - rss0) / double(count);
        measureIdle(
            r, idleSeconds, [&] { return double(sink.stats().wait().waitCpuNs); },
            [&] { return sink.stats().wait().timedIterations; });
    } else {
        std::snprintf(r.why, sizeof r.why, "only %llu accepted",
                      static_cast<unsigned long long>(r.accepted));
    }
    run.stopClient();
    engine.shutdown();
    return r;
}

// Runs `body` in a child process and reads its result back whole.
AcceptResult isolated(const std::function<AcceptResult()>& body)
{
    int out[2];
    if (pipe(out) != 0)
        std::exit(1);
    std::fflush(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        close(out[0]);
        const AcceptResult r = body();
        if (write(out[1], &r, sizeof r) != ssize_t(sizeof r))
            _exit(1);
        _exit(0);
    }
    close(out[1]);
    AcceptResult r;
    if (read(out[0], &r, sizeof r) != ssize_t(sizeof r))
        std::snprintf(r.why, sizeof r.why, "the run's process failed");
    close(out[0]);
    waitpid(child, nullptr, 0);
    return r;
}

struct Row {
    std::string name;
    AcceptResult result;
    const AcceptResult* baseline = nullptr;
    std::string target;
};

void printRows(const std::vector<Row>& rows, std::uint64_t count, double idleSeconds)
{
    std::printf("### Engine: %llu connections accepted and held (`bench_accept`)\n\n",
                static_cast<unsigned long long>(count));
    std::printf("| acceptor | time to all accepted | accepts/s | ratio vs plain | CPU µs/accept "
                "| RSS bytes/socket | idle CPU %% of a core (%.0f s) | wait CPU µs/iteration "
                "| iterations/s idle | ms per 1,000: first / last / slowest |\n",
                idleSeconds);
    std::printf("|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        const AcceptResult& r = row.result;
        if (!r.ran) {
            std::printf("| %s | not applicable: %s | | | | | | | | |\n", row.name.c_str(), r.why);
            continue;
        }
        const double rate = double(r.accepted) / r.seconds;
        std::string ratio = "(baseline)";
        if (row.baseline && row.baseline->ran)
            ratio = fixed(rate / (double(row.baseline->accepted) / row.baseline->seconds), 2);
        std::printf("| %s | %s s | %s | %s | %s | %s | %s | %s | %s | %s / %s / %s |\n",
                    row.name.c_str(), fixed(r.seconds, 3).c_str(), fixed(rate, 0).c_str(),
                    ratio.c_str(), fixed(r.cpuPerAcceptUs, 1).c_str(),
                    fixed(r.rssPerSocket, 0).c_str(), fixed(r.idleCpuPercent, 2).c_str(),
                    fixed(r.waitUsPerIteration, 1).c_str(), fixed(r.iterationsPerSecond, 1).c_str(),
                    fixed(r.msPer1000[0], 1).c_str(), fixed(r.msPer1000[1], 1).c_str(),
                    fixed(r.msPer1000[2], 1).c_str());
    }
    printMachineNote();
}

} // namespace

} // namespace spg::bench

int main(int argc, char** argv)
{
    using namespace spg::bench;
    using spg::core::Backend;
    const std::uint64_t count = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000;
    const double idle = argc > 2 ? std::atof(argv[2]) : 5.0;
    const std::string only = argc > 3 ? argv[3] : "";
    const auto available = spg::core::availableBackends();
    auto has = [&](Backend b) {
        return std::find(available.begin(), available.end(), b) != available.end();
    };
    std::vector<Row> rows;
    rows.reserve(8);
    auto run = [&](std::string name, const std::function<AcceptResult()>& body,
                   const AcceptResult* baseline) -> const AcceptResult& {
        if (!only.empty() && name.find(only) == std::string::npos) {
            Row row { std::move(name), {}, nullptr, {} };
            std::snprintf(row.result.why, sizeof row.result.why, "not run (only \"%s\")",
                          only.c_str());
            rows.push_back(std::move(row));
            return rows.back().result;
        }
        std::fprintf(stderr, "bench_accept: %s\n", name.c_str());
        rows.push_back(Row { std::move(name), isolated(body), baseline, {} });
        return rows.back().result;
    };
    auto notApplicable = [&](std::string name, const char* why) {
        Row row { std::move(name), {}, nullptr, {} };
        std::snprintf(row.result.why, sizeof row.result.why, "%s", why);
        rows.push_back(std::move(row));
    };
    const AcceptResult& plainPoll = run(
        "plain poll() loop", [&] { return runPlain(false, count, idle); }, nullptr);
    run(
        "engine, poll", [&] { return runEngine(Backend::Poll, count, idle); }, &plainPoll);
    if (has(Backend::Epoll)) {
        const AcceptResult& plainEpoll = run(
            "plain epoll loop", [&] { return runPlain(true, count, idle); }, nullptr);
        run(
            "engine, epoll", [&] { return runEngine(Backend::Epoll, count, idle); }, &plainEpoll);
    }
    if (count + 16 < static_cast<std::uint64_t>(FD_SETSIZE))
        run(
            "engine, select", [&] { return runEngine(Backend::Select, count, idle); }, &plainPoll);
    else
        notApplicable("engine, select", "select() watches fds below FD_SETSIZE (1024) only");
    if (has(Backend::Kqueue))
        run(
            "engine, kqueue", [&] { return runEngine(Backend::Kqueue, count, idle); }, &plainPoll);
    else
        notApplicable("engine, kqueue", "no kqueue on this system");
    printRows(rows, count, idle);
    return 0;
}
