// The other end of the flood benchmark, in raw POSIX so nothing of the engine is on this
// side: a loopback listener for the baseline, a client connect, and a Flooder thread that
// sends 256 KiB chunks as fast as the kernel takes them until a byte or time bound is hit.
#pragma once

#include "bench_stats.h"

#include <atomic>
#include <cstdint>
#include <thread>

namespace spg::bench {

constexpr std::size_t kChunk = 256 * 1024; // Send size, and every receiver's buffer size.

struct FloodLimits {
    std::uint64_t maxBytes = 4ull << 30;
    double maxSeconds = 3.0;
};

// One receiver's run: bytes, time from the first send to the receiver's end, its calls,
// and the CPU time the receiving thread (or process) used.
struct Run {
    std::uint64_t bytes = 0;
    double seconds = 0;
    std::uint64_t recvCalls = 0; // Including the last one, which returned 0.
    double receiverCpu = 0;

    double gbps() const { return seconds > 0 ? static_cast<double>(bytes) / seconds / 1e9 : 0; }
    double cpuMsPerGb() const
    {
        return bytes ? receiverCpu * 1e3 / (static_cast<double>(bytes) / 1e9) : 0;
    }
};

// A TCP socket listening on 127.0.0.1 with a kernel-chosen port; fd < 0 on failure.
struct RawListener {
    int fd = -1;
    int port = 0;
};
RawListener listenLoopback(int backlog = 1);
// Blocking connect to 127.0.0.1:port; returns the fd or -1.
int connectLoopback(int port);
// Exits with a message: the benchmark cannot say anything meaningful after a setup failure.
[[noreturn]] void fail(const char* what);

// Floods `fd` from its own thread. start() notes the time just before the first send, so
// the receiver's elapsed time covers the whole transfer; the flood ends with SHUT_WR, which
// the receiver sees as end-of-file once it has read everything.
class Flooder {
public:
    Flooder(int fd, FloodLimits limits);
    ~Flooder(); // Joins and closes the fd.
    Flooder(const Flooder&) = delete;
    Flooder& operator=(const Flooder&) = delete;

    void start();
    void join();
    Clock::time_point startedAt() const { return m_started; }
    std::uint64_t sent() const { return m_sent.load(); }

private:
    void run();

    int m_fd;
    FloodLimits m_limits;
    Clock::time_point m_started {};
    std::atomic<std::uint64_t> m_sent { 0 };
    std::thread m_thread;
};

} // namespace spg::bench
