// Raw POSIX loopback plumbing for bench_flood.
#include "flood_peer.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace spg::bench {

namespace {

sockaddr_in loopback(int port)
{
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return addr;
}

// Varied bytes rather than zeros, so the engine's strace-style quoting of each received
// buffer sees a realistic mix of printable and escaped characters.
const std::vector<unsigned char>& payload()
{
    static const std::vector<unsigned char> bytes = [] {
        std::vector<unsigned char> b(kChunk);
        for (std::size_t i = 0; i < b.size(); ++i)
            b[i] = static_cast<unsigned char>(i * 31 + i / 251);
        return b;
    }();
    return bytes;
}

} // namespace

void fail(const char* what)
{
    std::fprintf(stderr, "bench: %s: %s\n", what, std::strerror(errno));
    std::exit(1);
}

RawListener listenLoopback(int backlog)
{
    RawListener out;
    out.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (out.fd < 0)
        return out;
    sockaddr_in addr = loopback(0);
    socklen_t len = sizeof addr;
    if (::bind(out.fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0
        || ::listen(out.fd, backlog) != 0
        || ::getsockname(out.fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
        ::close(out.fd);
        out.fd = -1;
        return out;
    }
    out.port = ntohs(addr.sin_port);
    return out;
}

int connectLoopback(int port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const sockaddr_in addr = loopback(port);
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

Flooder::Flooder(int fd, FloodLimits limits) : m_fd(fd), m_limits(limits)
{
    payload(); // Built here, not inside the timed window.
}

Flooder::~Flooder()
{
    join();
    ::close(m_fd);
}

void Flooder::start()
{
    // Taken on this thread before the sender exists, so the receiver can read it without a
    // race; the thread start-up it includes is microseconds against a run of seconds.
    m_started = Clock::now();
    m_thread = std::thread([this] { run(); });
}

void Flooder::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void Flooder::run()
{
    const unsigned char* bytes = payload().data();
    std::uint64_t sent = 0;
    while (sent < m_limits.maxBytes
           && secondsBetween(m_started, Clock::now()) < m_limits.maxSeconds) {
        const ssize_t n = ::send(m_fd, bytes, kChunk, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // The receiver went away; what was sent so far still counts.
        sent += static_cast<std::uint64_t>(n);
        m_sent.store(sent, std::memory_order_relaxed);
    }
    ::shutdown(m_fd, SHUT_WR);
}

} // namespace spg::bench
