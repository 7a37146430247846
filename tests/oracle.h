// The oracle for the engine's emulated blocking calls: plain blocking sockets that a test
// makes itself, and answers rendered as text ("0", "3", "-1 ECONNREFUSED") so that the real
// call and the engine's compare with one QCOMPARE. Header-only test helpers; each function
// is called on the test thread (realRecvWithLateSend starts and joins its own sender).
#pragma once

#include "engine_harness.h"

#include "core/words/address.h"
#include "core/words/errno_names.h"

#include <QtTest>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <functional>
#include <poll.h>
#include <pthread.h>
#include <string>
#include <sys/socket.h>
#include <sys/time.h>
#include <thread>
#include <unistd.h>
#include <utility>

namespace spg::test {

// "0", "7" or "-1 ECONNREFUSED": the part of an answer both sides must agree on.
inline std::string answer(long result, int error)
{
    return result < 0 ? "-1 " + errnoName(error) : std::to_string(result);
}

inline std::string answer(const CallRecord& r)
{
    if (r.phase == CallPhase::Refused || r.phase == CallPhase::Blocked)
        return "not made: " + r.text;
    return answer(r.result, r.error);
}

inline SockAddr addressOf(const std::string& text)
{
    return parseAddress(text).endpoint.addr;
}

// A plain blocking socket, the oracle. Its waits are bounded (10 s) so that a broken test
// fails instead of hanging; no test relies on that bound.
class RealSocket {
public:
    RealSocket(int domain, int type) : m_fd(::socket(domain, type, 0))
    {
        timeval limit { 10, 0 };
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
    }
    ~RealSocket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RealSocket(const RealSocket&) = delete;
    RealSocket& operator=(const RealSocket&) = delete;

    int fd() const { return m_fd; }
    // Hands the fd to the caller (to close it as part of the test).
    int release() { return std::exchange(m_fd, -1); }

    std::string connect(const std::string& address)
    {
        const SockAddr a = addressOf(address);
        return result(::connect(m_fd, a.get(), a.length));
    }
    std::string peerName()
    {
        SockAddr a;
        a.length = sizeof a.storage;
        const int r = ::getpeername(m_fd, a.get(), &a.length);
        return r == 0 ? formatAddress(a) : answer(-1, errno);
    }
    std::string intOption(int level, int name)
    {
        int value = 0;
        socklen_t len = sizeof value;
        const int r = ::getsockopt(m_fd, level, name, &value, &len);
        return r == 0 ? std::to_string(value) : answer(-1, errno);
    }
    std::string timeouts(long us) // Both directions; 0 = wait forever.
    {
        timeval tv { us / 1000000, static_cast<decltype(tv.tv_usec)>(us % 1000000) };
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        return result(::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv));
    }
    std::string bind(const std::string& address)
    {
        const SockAddr a = addressOf(address);
        return result(::bind(m_fd, a.get(), a.length));
    }

    static std::string result(long r) { return answer(r, r < 0 ? errno : 0); }

private:
    int m_fd = -1;
};

// The engine's probes, rendered like the oracle's.
inline std::string peerName(Harness& h, SocketId s)
{
    Command c;
    c.kind = CallKind::GetPeerName;
    c.socket = s;
    const CallRecord r = h.call(c);
    return r.result == 0 ? r.value : answer(r);
}

inline std::string soError(Harness& h, SocketId s)
{
    const CallRecord r = h.call(makeGetSockOpt(s, "SO_ERROR"));
    return r.result == 0 && r.number ? std::to_string(*r.number) : answer(r);
}

inline Command unixPair()
{
    Command c;
    c.kind = CallKind::Socketpair;
    c.domain = AF_UNIX;
    return c;
}

// Both ends of a real UNIX stream pair, closed at the end; waits bounded like RealSocket's.
struct RealPair {
    int fd[2] = { -1, -1 };
    RealPair()
    {
        ::socketpair(AF_UNIX, SOCK_STREAM, 0, fd);
        for (int f : fd) {
            timeval limit { 10, 0 };
            ::setsockopt(f, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
            ::setsockopt(f, SOL_SOCKET, SO_SNDTIMEO, &limit, sizeof limit);
        }
    }
    ~RealPair()
    {
        ::close(fd[0]);
        ::close(fd[1]);
    }
    void timeout(int which, int option, long us)
    {
        timeval tv { us / 1000000, static_cast<decltype(tv.tv_usec)>(us % 1000000) };
        ::setsockopt(fd[which], SOL_SOCKET, option, &tv, sizeof tv);
    }
};

inline std::string realRecv(int fd, std::size_t length, int flags, std::string* bytes = nullptr)
{
    std::string buffer(length, '\0');
    const long n = ::recv(fd, buffer.data(), length, flags);
    if (bytes && n > 0)
        *bytes = buffer.substr(0, static_cast<std::size_t>(n));
    return RealSocket::result(n);
}

inline std::string realSend(int fd, const std::string& bytes)
{
    return RealSocket::result(::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL));
}

// A real blocking recv while a second thread sends more a little later (`lateSend`). The
// answer does not depend on the delay: whether the bytes arrive before or during the call,
// it returns the same.
inline std::string realRecvWithLateSend(int fd, const std::function<void()>& lateSend,
                                        std::size_t length, int flags, std::string* bytes)
{
    std::thread sender([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        lateSend();
    });
    const std::string got = realRecv(fd, length, flags, bytes);
    sender.join();
    return got;
}

// Waits (bounded) until the kernel reports an error pending on a real socket.
inline bool waitForError(int fd)
{
    pollfd p { fd, 0, 0 };
    return ::poll(&p, 1, 5000) == 1 && (p.revents & POLLERR);
}

// A port on 127.0.0.1 where nobody listens: bound by `holder`, which never listens.
inline std::string refusingAddress(Harness& h)
{
    const SocketId holder = h.socket(AF_INET, SOCK_STREAM);
    h.call(makeBind(holder, "127.0.0.1:0"));
    return h.localAddress(holder);
}

// Runs a real blocking `call` and interrupts it with a signal, as a handler installed
// without SA_RESTART would. The signal repeats every 50 ms until the call returns, so one that
// lands before the call starts to wait does not matter. Returns the call's answer.
inline std::string interrupted(const std::function<std::string()>& call)
{
    struct sigaction quiet { };
    quiet.sa_handler = [](int) {};
    struct sigaction old { };
    ::sigaction(SIGUSR1, &quiet, &old);
    std::atomic<bool> returned { false };
    std::thread signaller([self = pthread_self(), &returned] {
        while (!returned) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            if (!returned)
                pthread_kill(self, SIGUSR1);
        }
    });
    const std::string answer = call();
    returned = true;
    signaller.join();
    ::sigaction(SIGUSR1, &old, nullptr);
    return answer;
}

// Cancels the engine's blocked command `id` on socket `s` and returns its final record.
inline CallRecord cancelled(Harness& h, SocketId s, CommandId id)
{
    Command cancel;
    cancel.kind = CallKind::Cancel;
    cancel.socket = s;
    cancel.target = id;
    h.call(cancel);
    return h.finish(id);
}

} // namespace spg::test

// QCOMPARE on QString prints both sides when they differ; std::string would not.
#define SAME(engine, real) QCOMPARE(QString::fromStdString(engine), QString::fromStdString(real))
