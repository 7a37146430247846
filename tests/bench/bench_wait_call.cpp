// What one wait call costs at 10,000 fds, the call alone: poll() and epoll_wait() over the
// same 5,000 idle socket pairs, at timeout 0 (the kernel's scan and nothing else) and at a
// 20 ms timeout that expires (the scan, then going to sleep and waking up). CPU time of the
// calling thread per call, median of five rounds; the two backends interleaved in each round,
// so the machine's drift hits both. bench_accept measures the engine's own waits the same way
// while idle, which are the sleeping kind.
//
//   bench_wait_call [FDS]   (default 10000; at most the hard open-file limit less 16)
#include "bench_stats.h"

#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace spg::bench;

namespace {

struct Fds {
    std::vector<pollfd> polled;
    int epoll = -1;
    ~Fds()
    {
        for (const pollfd& p : polled)
            ::close(p.fd);
        if (epoll >= 0)
            ::close(epoll);
    }
};

// CPU nanoseconds per call of `call`, over `calls` calls.
template<typename Call>
double cpuNsPerCall(int calls, Call call)
{
    const double start = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
    for (int i = 0; i < calls; ++i)
        call();
    return (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - start) * 1e9 / calls;
}

std::string perCall(double ns)
{
    return ns >= 1e5 ? fixed(ns / 1e6, 2) + " ms" : fixed(ns / 1e3, 2) + " µs";
}

} // namespace

int main(int argc, char** argv)
{
    int fds = argc > 1 ? std::atoi(argv[1]) : 10000;
    raiseFileLimit();
    rlimit limit {};
    ::getrlimit(RLIMIT_NOFILE, &limit);
    if (fds < 2 || rlim_t(fds) + 16 > limit.rlim_cur) {
        std::fprintf(stderr,
                     "bench_wait_call: FDS must be 2 to %llu (the open-file limit less 16)\n",
                     static_cast<unsigned long long>(limit.rlim_cur) - 16);
        return 2;
    }
    fds -= fds % 2;
    Fds set;
    set.epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (set.epoll < 0) {
        std::perror("epoll_create1");
        return 1;
    }
    for (int i = 0; i < fds; i += 2) {
        int pair[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) {
            std::perror("socketpair");
            return 1;
        }
        for (int fd : pair) {
            set.polled.push_back(pollfd { fd, POLLIN, 0 });
            epoll_event e {};
            e.events = EPOLLIN;
            e.data.fd = fd;
            if (::epoll_ctl(set.epoll, EPOLL_CTL_ADD, fd, &e) != 0) {
                std::perror("epoll_ctl");
                return 1;
            }
        }
    }
    epoll_event out[64];
    std::printf("One wait call over %d idle fds (no fd ready), CPU time per call, median of 5 "
                "rounds:\n\n",
                fds);
    std::printf("| timeout | poll() | epoll_wait() | poll() / epoll_wait() |\n|---|---|---|---|\n");
    for (const int timeout : { 0, 20 }) {
        const int calls = timeout == 0 ? 100 : 10;
        std::vector<double> poll, epoll;
        for (int round = 0; round < 5; ++round) {
            poll.push_back(cpuNsPerCall(
                calls, [&] { ::poll(set.polled.data(), nfds_t(set.polled.size()), timeout); }));
            epoll.push_back(
                cpuNsPerCall(calls, [&] { ::epoll_wait(set.epoll, out, 64, timeout); }));
        }
        std::printf("| %d ms%s | %s | %s | %s× |\n", timeout, timeout ? " (expires)" : "",
                    perCall(median(poll)).c_str(), perCall(median(epoll)).c_str(),
                    fixed(median(poll) / median(epoll), 0).c_str());
    }
    return 0;
}
