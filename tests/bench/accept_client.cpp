// accept_client: the client side of bench_accept, a process of its own (each process may
// hold 20,000 files here, so the acceptor's 10,000 and these 10,000 cannot share one). It
// opens COUNT blocking connections to 127.0.0.1:PORT as fast as it can, but never more than
// WINDOW beyond what the acceptor says it accepted, then holds them until its stdin closes,
// and resets them (SO_LINGER 0) so no TIME_WAIT is left behind for the next run.
//
//   accept_client PORT COUNT WINDOW SHARED_FD
#include "accept_shared.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

std::int64_t monotonicNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 5) {
        std::fprintf(stderr, "usage: accept_client PORT COUNT WINDOW SHARED_FD\n");
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const auto count = std::strtoull(argv[2], nullptr, 10);
    const auto window = std::strtoull(argv[3], nullptr, 10);
    void* page = mmap(nullptr, sizeof(spg::bench::AcceptShared), PROT_READ | PROT_WRITE, MAP_SHARED,
                      std::atoi(argv[4]), 0);
    if (page == MAP_FAILED) {
        std::perror("accept_client: mmap");
        return 1;
    }
    auto& shared = *static_cast<spg::bench::AcceptShared*>(page);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(static_cast<std::uint16_t>(port));
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    std::vector<int> fds;
    fds.reserve(count);
    shared.firstConnectNs.store(monotonicNs());
    while (fds.size() < count) {
        // Flow control: the accept queue holds 4096 here; stay well inside it.
        while (fds.size() - shared.accepted.load(std::memory_order_relaxed) >= window)
            usleep(50);
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0 || connect(fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) != 0) {
            shared.clientFailed.store(errno);
            std::perror("accept_client: connect");
            break;
        }
        fds.push_back(fd);
        shared.opened.store(fds.size(), std::memory_order_relaxed);
    }
    char byte;
    while (read(STDIN_FILENO, &byte, 1) > 0) { }
    const linger reset { 1, 0 };
    for (int fd : fds) {
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        close(fd);
    }
    return 0;
}
