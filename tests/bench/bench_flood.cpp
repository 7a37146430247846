// bench_flood: how close the engine's auto-receive comes to plain receivers when loopback
// TCP peers send as fast as they can. Each configuration runs three times, interleaved so a
// slow phase of the machine hits all of them alike.
// One connection:
//   plain recv   a blocking recv() loop on its own thread (the reference),
//   capture off  the engine, auto-receive, EngineOptions::captureEnabled = false,
//   capture on   the engine, auto-receive, capture on with the default 64 MiB cap,
//   WAITALL      the user's own blocking recv(1 MiB and 64 MiB, MSG_WAITALL), capture off,
//   socat, nc    other programs as the receiver, where installed (see flood_many.h).
// 100 connections at once: a plain epoll server (the reference), the engine capture off, on.
// Throughput = bytes received / time from the first send to the receiver's last EOF.
//
//   bench_flood [SECONDS]   per-run time bound (default 3; each run also stops at 4 GiB)
//   bench_flood SECONDS one|many   only the one-connection or the 100-connection table
//   bench_flood SECONDS plain|off|on   one configuration, one run, one line (for a profiler)
//   SPG_BACKEND=epoll bench_flood   another event-loop backend (default: the engine's)
#include "flood_many.h"
#include "flood_peer.h"
#include "flood_sink.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace spg::bench {

namespace {

using namespace spg::core;

Backend chosenBackend()
{
    Backend backend = defaultBackend();
    if (const char* name = std::getenv("SPG_BACKEND"); name && !backendFromName(name, backend)) {
        std::fprintf(stderr, "bench_flood: unknown backend '%s'\n", name);
        std::exit(2);
    }
    return backend;
}

void warnIfShort(std::uint64_t received, std::uint64_t sent)
{
    if (received != sent)
        std::fprintf(stderr, "bench_flood: received %llu of %llu bytes sent\n",
                     static_cast<unsigned long long>(received),
                     static_cast<unsigned long long>(sent));
}

int connectOrFail(int port)
{
    const int fd = connectLoopback(port);
    if (fd < 0)
        fail("connect to 127.0.0.1");
    return fd;
}

// (a) The reference: what a receiver that does nothing but recv() achieves.
Run runPlainRecv(const FloodLimits& limits)
{
    const RawListener listener = listenLoopback();
    if (listener.fd < 0)
        fail("listen on 127.0.0.1");
    Flooder flooder(connectOrFail(listener.port), limits);
    const int conn = ::accept(listener.fd, nullptr, nullptr);
    if (conn < 0)
        fail("accept");
    Run run;
    Clock::time_point end {};
    std::thread receiver([&] {
        std::vector<unsigned char> buffer(kChunk); // Reused, like the engine's.
        const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        for (;;) {
            const ssize_t n = ::recv(conn, buffer.data(), buffer.size(), 0);
            ++run.recvCalls;
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            run.bytes += static_cast<std::uint64_t>(n);
        }
        end = Clock::now();
        run.receiverCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
    });
    flooder.start();
    receiver.join();
    flooder.join();
    run.seconds = secondsBetween(flooder.startedAt(), end);
    warnIfShort(run.bytes, flooder.sent());
    ::close(conn);
    ::close(listener.fd);
    return run;
}

int portOf(const std::string& address) // "127.0.0.1:40123"
{
    const auto colon = address.rfind(':');
    return colon == std::string::npos ? 0 : std::atoi(address.c_str() + colon + 1);
}

// The engine's listener on 127.0.0.1 and the connection it accepted from a new flooder (not
// yet started).
SocketId engineAccepts(FloodSink& sink, Engine& engine, const FloodLimits& limits,
                       std::unique_ptr<Flooder>& flooder)
{
    const SocketId listener = sink.call(engine, makeSocket(AF_INET, SOCK_STREAM)).created;
    if (sink.call(engine, makeBind(listener, "127.0.0.1:0")).result != 0
        || sink.call(engine, makeListen(listener, 1)).result != 0)
        fail("engine listener");
    const int port = portOf(sink.call(engine, makeCall(CallKind::GetSockName, listener)).value);
    const CommandId accept = engine.submit(makeAccept(listener)); // Blocks until we connect.
    flooder = std::make_unique<Flooder>(connectOrFail(port), limits);
    const SocketId conn = sink.waitFinal(accept).created;
    if (conn == kNoSocket)
        fail("engine accept");
    return conn;
}

// (b), (c) The engine: its listener accepts the peer, auto-receive reads the flood.
Run runEngine(const FloodLimits& limits, Backend backend, bool capture)
{
    FloodSink sink;
    EngineOptions options;
    options.backend = backend;
    options.captureEnabled = capture;
    Engine engine(sink, options);
    std::unique_ptr<Flooder> flooder;
    const SocketId conn = engineAccepts(sink, engine, limits, flooder);
    sink.call(engine, makeAutomation(conn, Automation::AutoReceive, true));
    sink.watch(conn);

    const clockid_t workerClock = sink.workerClock();
    const double cpu0 = cpuSeconds(workerClock);
    flooder->start();
    if (!sink.waitEnd(limits.maxSeconds + 60)) {
        std::fprintf(stderr, "bench_flood: the engine never saw the end of the flood\n");
        std::exit(1);
    }
    const double cpu = cpuSeconds(workerClock) - cpu0;
    flooder->join();
    if (const std::string error = sink.endError(); !error.empty())
        std::fprintf(stderr, "bench_flood: auto-receive stopped: %s\n", error.c_str());
    warnIfShort(sink.bytes(), flooder->sent());
    engine.shutdown();
    return Run { sink.bytes(), secondsBetween(flooder->startedAt(), sink.endedAt()), sink.calls(),
                 cpu };
}

// (d), (e) The engine without automation: the user's own blocking recv(conn, size,
// MSG_WAITALL) calls, one after the other, until end of file. Each is parked and gathered by
// the engine across readinesses, so its cost must follow the bytes that arrive, not the size
// asked for (a 64 MiB buffer used to be zero-filled and copied at every readiness).
Run runEngineWaitAll(const FloodLimits& limits, Backend backend, std::size_t size)
{
    FloodSink sink;
    EngineOptions options;
    options.backend = backend;
    options.captureEnabled = false;
    Engine engine(sink, options);
    std::unique_ptr<Flooder> flooder;
    const SocketId conn = engineAccepts(sink, engine, limits, flooder);
    std::uint64_t bytes = 0, calls = 0;
    const double cpu0 = cpuSeconds(sink.workerClock());
    flooder->start();
    for (long got = 1; got > 0; ++calls) {
        got = sink.call(engine, makeRecv(conn, size, MSG_WAITALL)).result;
        bytes += got > 0 ? static_cast<std::uint64_t>(got) : 0;
    }
    const Clock::time_point end = Clock::now();
    const double cpu = cpuSeconds(sink.workerClock()) - cpu0;
    flooder->join();
    warnIfShort(bytes, flooder->sent());
    engine.shutdown();
    return Run { bytes, secondsBetween(flooder->startedAt(), end), calls, cpu };
}

struct Row {
    std::string name;
    const char* target; // Empty for the baseline.
    double minRatio;
    double maxCpuRatio; // 0: no target on the receiver's CPU per GB.
    std::vector<Run> runs;

    template<class F>
    std::vector<double> each(F f) const
    {
        std::vector<double> out;
        for (const Run& r : runs)
            out.push_back(f(r));
        return out;
    }
    std::vector<double> gbps() const
    {
        return each([](const Run& r) { return r.gbps(); });
    }
    double cpuMsPerGb() const
    {
        return median(each([](const Run& r) { return r.cpuMsPerGb(); }));
    }
};

// Where the time went, since the ratio alone can mislead. While the peer is the bottleneck,
// a receiver with CPU to spare reaches the same GB/s however costly it is; "receiver CPU ms
// per GB" shows that cost. "KiB per recv()" near 256 means the receive queue was always
// full: the receiver was the bottleneck, and on loopback it then also runs much of the
// sender's TCP work (its window updates trigger the sender's transmissions in its own
// context), so a run can settle in a slower regime for the whole run.
void printDetails(const std::vector<Row>& rows)
{
    std::printf("\n| configuration | KiB per recv() (median) | receiver busy (median) "
                "| receiver CPU ms per GB (median) | CPU per GB vs the baseline | target | met |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    const double base = rows.front().cpuMsPerGb();
    for (const Row& row : rows) {
        const double perCall = median(row.each([](const Run& r) {
            return r.recvCalls
                ? static_cast<double>(r.bytes) / static_cast<double>(r.recvCalls) / 1024
                : 0;
        }));
        const double busy = median(row.each(
            [](const Run& r) { return r.seconds > 0 ? r.receiverCpu / r.seconds * 100 : 0; }));
        const double ratio = base > 0 ? row.cpuMsPerGb() / base : 0;
        const std::string target = row.maxCpuRatio > 0 ? "≤ " + fixed(row.maxCpuRatio, 1) : "";
        std::printf("| %s | %s | %s %% | %s | %s | %s | %s |\n", row.name.c_str(),
                    perCall > 0 ? fixed(perCall, 1).c_str() : "(not known)",
                    fixed(busy, 0).c_str(), fixed(row.cpuMsPerGb(), 0).c_str(),
                    fixed(ratio, 2).c_str(), target.c_str(),
                    row.maxCpuRatio > 0 ? (ratio <= row.maxCpuRatio ? "yes" : "NO") : "");
    }
}

void printTable(const char* title, const std::vector<Row>& rows, Backend backend,
                const FloodLimits& limits)
{
    const double base = median(rows.front().gbps());
    std::printf("### %s\n\n", title);
    std::printf("Backend %s; each run stops after %g s or %g GiB in all; GB = 10^9 bytes.\n\n",
                std::string(backendName(backend)).c_str(), limits.maxSeconds,
                static_cast<double>(limits.maxBytes) / (1u << 30));
    std::printf("| configuration | GB/s (median of %zu) | runs (GB/s) | ratio vs the baseline "
                "| target | met |\n",
                rows.front().runs.size());
    std::printf("|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        std::string runs;
        for (double g : row.gbps())
            runs += (runs.empty() ? "" : ", ") + fixed(g, 2);
        const double ratio = base > 0 ? median(row.gbps()) / base : 0;
        const bool baseline = row.target[0] == '\0';
        const bool judged = row.minRatio > 0;
        std::printf("| %s | %s | %s | %s | %s | %s |\n", row.name.c_str(),
                    fixed(median(row.gbps()), 2).c_str(), runs.c_str(), fixed(ratio, 2).c_str(),
                    baseline ? "(baseline)" : row.target,
                    judged ? (ratio >= row.minRatio ? "yes" : "NO") : "");
    }
    printDetails(rows);
    std::printf("\n");
}

void printRound(const char* what, int round, int of, const std::vector<Row>& rows)
{
    std::string line;
    for (const Row& row : rows)
        line += (line.empty() ? "" : " / ") + fixed(row.runs.back().gbps(), 2);
    std::fprintf(stderr, "%s round %d/%d: %s GB/s\n", what, round, of, line.c_str());
}

constexpr int kRepeats = 3;
constexpr int kConnections = 100;

// One connection: the engine against a plain recv() loop, and other programs beside them.
void oneConnection(const FloodLimits& limits, Backend backend)
{
    std::vector<Row> rows = {
        { "plain `recv()` loop", "", 0, 0, {} },
        { "engine, auto-receive, capture off", "≥ 0.95", 0.95, 1.3, {} },
        { "engine, auto-receive, capture on (64 MiB cap)", "≥ 0.90", 0.90, 1.6, {} },
        { "engine, `recv(1 MiB, MSG_WAITALL)` by hand, capture off", "≥ 0.70", 0.70, 0, {} },
        { "engine, `recv(64 MiB, MSG_WAITALL)` by hand, capture off", "≥ 0.70", 0.70, 0, {} },
    };
    const std::vector<ExternalReceiver> others = installedReceivers();
    for (const ExternalReceiver& other : others)
        rows.push_back({ other.name + " (another program)", "(for comparison)", 0, 0, {} });
    for (int i = 0; i < kRepeats; ++i) {
        rows[0].runs.push_back(runPlainRecv(limits));
        rows[1].runs.push_back(runEngine(limits, backend, false));
        rows[2].runs.push_back(runEngine(limits, backend, true));
        rows[3].runs.push_back(runEngineWaitAll(limits, backend, std::size_t(1) << 20));
        rows[4].runs.push_back(runEngineWaitAll(limits, backend, std::size_t(64) << 20));
        for (std::size_t k = 0; k < others.size(); ++k)
            rows[5 + k].runs.push_back(runExternal(limits, others[k]));
        printRound("one connection", i + 1, kRepeats, rows);
    }
    printTable("Receive throughput: one loopback TCP connection, 256 KiB sends and receives",
               rows, backend, limits);
}

// Many connections at once into one receiver: a plain epoll server, then the engine.
void manyConnections(const FloodLimits& limits, Backend backend)
{
    std::vector<Row> rows = {
        { "plain epoll server, " + std::to_string(kConnections) + " connections", "", 0, 0, {} },
        { "engine, auto-receive on all, capture off", "≥ 0.95", 0.95, 1.3, {} },
        { "engine, auto-receive on all, capture on (64 MiB cap each)", "≥ 0.90", 0.90, 1.6, {} },
    };
    for (int i = 0; i < kRepeats; ++i) {
        rows[0].runs.push_back(runPlainEpoll(limits, kConnections));
        rows[1].runs.push_back(runEngineMany(limits, backend, false, kConnections));
        rows[2].runs.push_back(runEngineMany(limits, backend, true, kConnections));
        printRound("100 connections", i + 1, kRepeats, rows);
    }
    printTable("Receive throughput: 100 loopback TCP connections flooding at once (aggregate)",
               rows, backend, limits);
}

} // namespace

int run(int argc, char** argv)
{
    FloodLimits limits;
    if (argc > 1)
        limits.maxSeconds = std::atof(argv[1]);
    const std::string only = argc > 2 ? argv[2] : "";
    if (limits.maxSeconds <= 0
        || (!only.empty() && only != "plain" && only != "off" && only != "on" && only != "one"
            && only != "many")) {
        std::fprintf(stderr, "usage: bench_flood [SECONDS [plain|off|on|one|many]]\n");
        return 2;
    }
    const Backend backend = chosenBackend();
    if (only == "plain" || only == "off" || only == "on") { // Something to point a profiler at.
        const Run r =
            only == "plain" ? runPlainRecv(limits) : runEngine(limits, backend, only == "on");
        std::printf("%s: %.2f GB/s, %.1f KiB per recv(), receiver CPU %.0f ms per GB\n",
                    only.c_str(), r.gbps(),
                    static_cast<double>(r.bytes)
                        / static_cast<double>(std::max<std::uint64_t>(r.recvCalls, 1)) / 1024,
                    r.cpuMsPerGb());
        return 0;
    }
    if (only.empty() || only == "one")
        oneConnection(limits, backend);
    if (only.empty() || only == "many")
        manyConnections(limits, backend);
    printMachineNote();
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
