// bench_flood: how close the engine's auto-receive comes to a plain recv() loop when a
// loopback TCP peer sends as fast as it can. Three configurations, each run three times,
// interleaved so a slow phase of the machine hits all of them alike:
//   plain recv   a blocking recv() loop on its own thread (the reference),
//   capture off  the engine, auto-receive, EngineOptions::captureEnabled = false,
//   capture on   the engine, auto-receive, capture on with the default 64 MiB cap,
//   WAITALL      the user's own blocking recv(1 MiB and 64 MiB, MSG_WAITALL), capture off.
// Throughput = bytes received / time from the peer's first send to the receiver's EOF.
//
//   bench_flood [SECONDS]   per-run time bound (default 3; each run also stops at 4 GiB)
//   bench_flood SECONDS plain|off|on   one configuration, one run, one line (for a profiler)
//   SPG_BACKEND=epoll bench_flood   another event-loop backend (default: the engine's)
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

struct Run {
    std::uint64_t bytes = 0;
    double seconds = 0;
    std::uint64_t recvCalls = 0; // Including the last one, which returned 0.
    double receiverCpu = 0;      // CPU seconds the receiving thread used during the run.

    double gbps() const { return seconds > 0 ? static_cast<double>(bytes) / seconds / 1e9 : 0; }
};

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
    const char* name;
    const char* target; // Empty for the baseline.
    double minRatio;
    std::vector<Run> runs;

    std::vector<double> gbps() const
    {
        return each([](const Run& r) { return r.gbps(); });
    }
    template<class F>
    std::vector<double> each(F f) const
    {
        std::vector<double> out;
        for (const Run& r : runs)
            out.push_back(f(r));
        return out;
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
    std::printf("\n| configuration | KiB per recv() (median) | receiver thread busy (median) "
                "| receiver CPU ms per GB (median) |\n");
    std::printf("|---|---|---|---|\n");
    for (const Row& row : rows) {
        const double perCall = median(row.each([](const Run& r) {
            return r.recvCalls
                ? static_cast<double>(r.bytes) / static_cast<double>(r.recvCalls) / 1024
                : 0;
        }));
        const double busy = median(row.each(
            [](const Run& r) { return r.seconds > 0 ? r.receiverCpu / r.seconds * 100 : 0; }));
        const double msPerGb = median(row.each([](const Run& r) {
            return r.bytes ? r.receiverCpu * 1e3 / (static_cast<double>(r.bytes) / 1e9) : 0;
        }));
        std::printf("| %s | %s | %s %% | %s |\n", row.name, fixed(perCall, 1).c_str(),
                    fixed(busy, 0).c_str(), fixed(msPerGb, 0).c_str());
    }
}

void printTable(const std::vector<Row>& rows, Backend backend, const FloodLimits& limits)
{
    const double base = median(rows.front().gbps());
    std::printf("### Receive throughput: loopback TCP flood, 256 KiB sends and receives\n\n");
    std::printf("Backend %s; each run stops after %g s or %g GiB; GB = 10^9 bytes.\n\n",
                std::string(backendName(backend)).c_str(), limits.maxSeconds,
                static_cast<double>(limits.maxBytes) / (1u << 30));
    std::printf("| configuration | GB/s (median of %zu) | runs (GB/s) | ratio vs plain recv "
                "| target | met |\n",
                rows.front().runs.size());
    std::printf("|---|---|---|---|---|---|\n");
    for (const Row& row : rows) {
        std::string runs;
        for (double g : row.gbps())
            runs += (runs.empty() ? "" : ", ") + fixed(g, 2);
        const double ratio = base > 0 ? median(row.gbps()) / base : 0;
        const bool baseline = row.target[0] == '\0';
        std::printf("| %s | %s | %s | %s | %s | %s |\n", row.name,
                    fixed(median(row.gbps()), 2).c_str(), runs.c_str(), fixed(ratio, 2).c_str(),
                    baseline ? "(baseline)" : row.target,
                    baseline ? "" : (ratio >= row.minRatio ? "yes" : "NO"));
    }
    printDetails(rows);
    printMachineNote();
}

} // namespace

int run(int argc, char** argv)
{
    FloodLimits limits;
    if (argc > 1)
        limits.maxSeconds = std::atof(argv[1]);
    const std::string only = argc > 2 ? argv[2] : "";
    if (limits.maxSeconds <= 0
        || (!only.empty() && only != "plain" && only != "off" && only != "on")) {
        std::fprintf(stderr, "usage: bench_flood [SECONDS [plain|off|on]]\n");
        return 2;
    }
    const Backend backend = chosenBackend();
    if (!only.empty()) { // One configuration, once: something to point a profiler at.
        const Run r =
            only == "plain" ? runPlainRecv(limits) : runEngine(limits, backend, only == "on");
        std::printf("%s: %.2f GB/s, %.1f KiB per recv(), receiver CPU %.0f ms per GB\n",
                    only.c_str(), r.gbps(),
                    static_cast<double>(r.bytes)
                        / static_cast<double>(std::max<std::uint64_t>(r.recvCalls, 1)) / 1024,
                    r.receiverCpu * 1e3 / std::max(static_cast<double>(r.bytes) / 1e9, 1e-9));
        return 0;
    }
    std::vector<Row> rows = {
        { "plain recv() loop", "", 0, {} },
        { "engine, auto-receive, capture off", "≥ 0.90", 0.90, {} },
        { "engine, auto-receive, capture on (64 MiB cap)", "≥ 0.70", 0.70, {} },
        { "engine, recv(1 MiB, MSG_WAITALL) by hand, capture off", "≥ 0.70", 0.70, {} },
        { "engine, recv(64 MiB, MSG_WAITALL) by hand, capture off", "≥ 0.70", 0.70, {} },
    };
    constexpr int kRepeats = 3;
    for (int i = 0; i < kRepeats; ++i) {
        rows[0].runs.push_back(runPlainRecv(limits));
        rows[1].runs.push_back(runEngine(limits, backend, false));
        rows[2].runs.push_back(runEngine(limits, backend, true));
        rows[3].runs.push_back(runEngineWaitAll(limits, backend, std::size_t(1) << 20));
        rows[4].runs.push_back(runEngineWaitAll(limits, backend, std::size_t(64) << 20));
        std::fprintf(stderr, "round %d/%d: %.2f / %.2f / %.2f / %.2f / %.2f GB/s\n", i + 1,
                     kRepeats, rows[0].runs.back().gbps(), rows[1].runs.back().gbps(),
                     rows[2].runs.back().gbps(), rows[3].runs.back().gbps(),
                     rows[4].runs.back().gbps());
    }
    printTable(rows, backend, limits);
    return 0;
}

} // namespace spg::bench

int main(int argc, char** argv)
{
    return spg::bench::run(argc, argv);
}
