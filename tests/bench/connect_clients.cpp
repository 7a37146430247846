// connect_clients: the client process of bench_accept and bench_gui_sockets (each process may
// hold 20,000 files here, so an acceptor's 10,000 and these cannot share one). Opens COUNT
// TCP connections to 127.0.0.1:PORT, holds them until stdin reaches end-of-file or HOLD
// seconds pass, then resets them (SO_LINGER 0) so no TIME_WAIT is left for the next run.
// Plain POSIX, no Qt; loopback only. Two ways to open them:
//   - at once (bench_gui_sockets): non-blocking connects, then poll() until each one has an
//     answer; prints "connected N failed M" on stdout.
//   - paced (bench_accept, with WINDOW and SHARED_FD): blocking connects as fast as the
//     acceptor allows, never more than WINDOW beyond what it says it accepted in the shared
//     page (accept_shared.h), where the client writes its own progress.
//
//   connect_clients PORT COUNT [HOLD_SECONDS [WINDOW SHARED_FD]]   (HOLD default 120)
#include "accept_shared.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

// Room for `count` sockets and a few more, up to the hard limit.
void raiseFileLimit(std::size_t count)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return;
    const rlim_t want = rlim_t(count + 64);
    if (limit.rlim_cur < want) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? want : std::min(want, limit.rlim_max);
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

std::int64_t monotonicNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

int startConnect(const sockaddr_in& to)
{
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    if (connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0
        && errno != EINPROGRESS) {
        close(fd);
        return -1;
    }
    return fd;
}

// Every connection started at once; returns those that connected, counts the others.
std::vector<int> connectAtOnce(const sockaddr_in& to, std::size_t count, std::size_t& failed)
{
    std::vector<pollfd> waiting;
    std::vector<int> open;
    for (std::size_t i = 0; i < count; ++i) {
        const int fd = startConnect(to);
        if (fd < 0)
            ++failed;
        else
            waiting.push_back({ fd, POLLOUT, 0 });
    }
    // A full accept queue drops SYNs and the kernel retries them (1 s, 3 s, ...): wait long
    // enough for that, but not for ever.
    const auto deadline = Clock::now() + std::chrono::seconds(60);
    while (!waiting.empty() && Clock::now() < deadline) {
        if (poll(waiting.data(), nfds_t(waiting.size()), 1000) < 0 && errno != EINTR)
            break;
        std::vector<pollfd> still;
        for (const pollfd& p : waiting) {
            if (p.revents == 0) {
                still.push_back(p);
                continue;
            }
            int error = 0;
            socklen_t len = sizeof error;
            getsockopt(p.fd, SOL_SOCKET, SO_ERROR, &error, &len);
            if (error == 0) {
                open.push_back(p.fd);
            } else {
                ++failed;
                close(p.fd);
            }
        }
        waiting.swap(still);
    }
    failed += waiting.size();
    for (const pollfd& p : waiting)
        close(p.fd);
    return open;
}

// Blocking connects, flow-controlled by the acceptor's count in the shared page: the accept
// queue holds 4096 here, and an overflow would measure the kernel's SYN retry timer.
std::vector<int> connectPaced(const sockaddr_in& to, std::size_t count, std::size_t window,
                              spg::bench::AcceptShared& shared, std::size_t& failed)
{
    std::vector<int> fds;
    fds.reserve(count);
    shared.firstConnectNs.store(monotonicNs());
    while (fds.size() < count) {
        while (fds.size() - shared.accepted.load(std::memory_order_relaxed) >= window)
            usleep(50);
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0 || connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
            shared.clientFailed.store(errno);
            std::perror("connect_clients: connect");
            failed = count - fds.size();
            break;
        }
        fds.push_back(fd);
        shared.opened.store(fds.size(), std::memory_order_relaxed);
    }
    return fds;
}

void holdUntilEndOfInput(int holdSeconds)
{
    pollfd in { STDIN_FILENO, POLLIN, 0 };
    char buffer[256];
    const auto holdEnd = Clock::now() + std::chrono::seconds(holdSeconds);
    while (Clock::now() < holdEnd) {
        if (poll(&in, 1, 500) > 0 && read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            break; // End-of-file: the bench is done.
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 && argc != 4 && argc != 6) {
        std::fprintf(stderr,
                     "usage: connect_clients PORT COUNT [HOLD_SECONDS [WINDOW SHARED_FD]]\n");
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const auto count = std::size_t(std::strtoull(argv[2], nullptr, 10));
    const int holdSeconds = argc > 3 ? std::atoi(argv[3]) : 120;
    const bool paced = argc == 6;
    const auto window = paced ? std::size_t(std::strtoull(argv[4], nullptr, 10)) : 0;
    if (port <= 0 || port > 65535 || count == 0 || holdSeconds <= 0 || (paced && window == 0)) {
        std::fprintf(stderr, "connect_clients: bad arguments\n");
        return 2;
    }
    raiseFileLimit(count);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(std::uint16_t(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    std::size_t failed = 0;
    std::vector<int> open;
    if (paced) {
        void* page = mmap(nullptr, sizeof(spg::bench::AcceptShared), PROT_READ | PROT_WRITE,
                          MAP_SHARED, std::atoi(argv[5]), 0);
        if (page == MAP_FAILED) {
            std::perror("connect_clients: mmap");
            return 1;
        }
        open =
            connectPaced(to, count, window, *static_cast<spg::bench::AcceptShared*>(page), failed);
    } else {
        open = connectAtOnce(to, count, failed);
        std::printf("connected %zu failed %zu\n", open.size(), failed);
        std::fflush(stdout);
    }
    holdUntilEndOfInput(holdSeconds);
    const linger reset { 1, 0 };
    for (const int fd : open) {
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        close(fd);
    }
    return failed == 0 ? 0 : 1;
}
