// bench_accept's measuring frame, shared by its acceptors: the shared page, the client
// process, the marks at every 1,000 accepted sockets, and what one configuration reports.
// Threading: mark() from the accepting thread; the rest from the benchmark's thread.
#pragma once

#include "accept_shared.h"
#include "bench_stats.h"

#include <string>
#include <sys/types.h>
#include <vector>

namespace spg::bench {

// One configuration's numbers, sent whole through a pipe from the process that ran it.
struct AcceptResult {
    bool ran = false;
    char why[160] {}; // When not run: why.
    std::uint64_t accepted = 0;
    double seconds = 0;             // First connect to last accept.
    double cpuPerAcceptUs = 0;      // The acceptor process's CPU (user + system) per accept.
    double rssPerSocket = 0;        // Bytes of resident memory the accepted sockets added.
    double idleCpuPercent = 0;      // Of one core, over the idle window, all sockets open.
    double waitUsPerIteration = 0;  // CPU inside the wait call, per loop iteration, idle.
    double iterationsPerSecond = 0; // Loop iterations per second while idle.
    double msPer1000[3] {};         // First thousand, last thousand, slowest thousand.
};

class AcceptRun {
public:
    // Maps the shared page; `count` connections will be opened.
    explicit AcceptRun(std::uint64_t count);
    ~AcceptRun();

    // Starts the client process against 127.0.0.1:port.
    void startClient(int port);
    // The accepting side calls this after each accept (any one thread).
    void accepted(std::uint64_t total);
    bool allAccepted() const { return m_shared->accepted.load() >= m_count; }
    bool clientFailed() const { return m_shared->clientFailed.load() != 0; }
    // Waits until every connection is accepted or `seconds` pass; false on time out.
    bool waitAll(double seconds) const;
    // Fills seconds, per-thousand times and the accept count.
    void finish(AcceptResult& r) const;
    // Closes the client's stdin: it resets its connections and exits; waits for it.
    void stopClient();

private:
    std::uint64_t m_count;
    int m_sharedFd = -1;
    AcceptShared* m_shared = nullptr;
    pid_t m_client = -1;
    int m_clientStdin = -1;
    std::vector<std::int64_t> m_marks; // CLOCK_MONOTONIC ns at each 1,000 accepted.
};

std::int64_t monotonicNs();
double processCpuSeconds();
double residentBytes();

} // namespace spg::bench
