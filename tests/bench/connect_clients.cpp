// connect_clients: the other process of bench_gui_sockets. Opens COUNT TCP connections to
// 127.0.0.1:PORT at once (non-blocking connects, then poll() until each one has an answer),
// prints "connected N failed M" on stdout, holds them open until stdin reaches end-of-file
// or HOLD seconds pass, and exits, closing them all. Plain POSIX, no Qt; loopback only.
//
//   connect_clients PORT COUNT [HOLD_SECONDS]   (HOLD default 120)
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

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

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: connect_clients PORT COUNT [HOLD_SECONDS]\n");
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const auto count = std::size_t(std::strtoull(argv[2], nullptr, 10));
    const int holdSeconds = argc > 3 ? std::atoi(argv[3]) : 120;
    if (port <= 0 || port > 65535 || count == 0 || holdSeconds <= 0) {
        std::fprintf(stderr, "connect_clients: bad arguments\n");
        return 2;
    }
    raiseFileLimit(count);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(std::uint16_t(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

    std::vector<pollfd> waiting;
    std::vector<int> open;
    std::size_t failed = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const int fd = startConnect(to);
        if (fd < 0)
            ++failed;
        else
            waiting.push_back({ fd, POLLOUT, 0 });
    }
    // A full accept queue drops SYNs and the kernel retries them (1 s, 3 s, ...): wait long
    // enough for that, but not for ever.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!waiting.empty() && std::chrono::steady_clock::now() < deadline) {
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
    std::printf("connected %zu failed %zu\n", open.size(), failed);
    std::fflush(stdout);

    pollfd in { STDIN_FILENO, POLLIN, 0 };
    char buffer[256];
    const auto holdEnd = std::chrono::steady_clock::now() + std::chrono::seconds(holdSeconds);
    while (std::chrono::steady_clock::now() < holdEnd) {
        if (poll(&in, 1, 500) > 0 && read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            break; // End-of-file: the bench is done.
    }
    for (const int fd : open)
        close(fd);
    return failed == 0 ? 0 : 1;
}
