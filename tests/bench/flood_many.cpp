// Many connections at once, and other programs as receivers, for bench_flood.
#include "flood_many.h"

#include "flood_sink.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <signal.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace spg::bench {

namespace {

using namespace spg::core;

FloodLimits perConnection(const FloodLimits& limits, int connections)
{
    FloodLimits each = limits;
    each.maxBytes = limits.maxBytes / static_cast<std::uint64_t>(connections);
    return each;
}

void startAll(std::vector<std::unique_ptr<Flooder>>& flooders)
{
    for (auto& f : flooders)
        f->start();
}

std::uint64_t sentByAll(std::vector<std::unique_ptr<Flooder>>& flooders)
{
    std::uint64_t sent = 0;
    for (auto& f : flooders) {
        f->join();
        sent += f->sent();
    }
    return sent;
}

void warnIfShort(const char* who, std::uint64_t received, std::uint64_t sent)
{
    if (received != sent)
        std::fprintf(stderr, "bench_flood: %s received %llu of %llu bytes sent\n", who,
                     static_cast<unsigned long long>(received),
                     static_cast<unsigned long long>(sent));
}

// Reads every ready connection until EAGAIN, as a plain epoll server does; returns when
// every connection has ended.
void drainWithEpoll(const std::vector<int>& conns, Run& run)
{
    const int ep = ::epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0)
        fail("epoll_create1");
    for (int fd : conns) {
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        epoll_event ev {};
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        if (::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) != 0)
            fail("epoll_ctl");
    }
    std::vector<unsigned char> buffer(kChunk);
    std::vector<epoll_event> ready(conns.size());
    std::size_t open = conns.size();
    while (open > 0) {
        const int n = ::epoll_wait(ep, ready.data(), static_cast<int>(ready.size()), -1);
        for (int i = 0; i < n; ++i) {
            const int fd = ready[static_cast<std::size_t>(i)].data.fd;
            for (;;) {
                const ssize_t got = ::recv(fd, buffer.data(), buffer.size(), 0);
                ++run.recvCalls;
                if (got > 0) {
                    run.bytes += static_cast<std::uint64_t>(got);
                    continue;
                }
                if (got < 0 && (errno == EAGAIN || errno == EINTR))
                    break;
                ::epoll_ctl(ep, EPOLL_CTL_DEL, fd, nullptr);
                --open;
                break;
            }
        }
    }
    ::close(ep);
}

int portOf(const std::string& address) // "127.0.0.1:40123"
{
    const auto colon = address.rfind(':');
    return colon == std::string::npos ? 0 : std::atoi(address.c_str() + colon + 1);
}

} // namespace

Run runPlainEpoll(const FloodLimits& limits, int connections)
{
    const RawListener listener = listenLoopback(connections);
    if (listener.fd < 0)
        fail("listen on 127.0.0.1");
    std::vector<std::unique_ptr<Flooder>> flooders;
    std::vector<int> conns;
    for (int i = 0; i < connections; ++i) {
        const int fd = connectLoopback(listener.port);
        if (fd < 0)
            fail("connect to 127.0.0.1");
        flooders.push_back(std::make_unique<Flooder>(fd, perConnection(limits, connections)));
        conns.push_back(::accept(listener.fd, nullptr, nullptr));
        if (conns.back() < 0)
            fail("accept");
    }
    Run run;
    Clock::time_point end {};
    std::thread receiver([&] {
        const double cpu0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID);
        drainWithEpoll(conns, run);
        end = Clock::now();
        run.receiverCpu = cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - cpu0;
    });
    startAll(flooders);
    receiver.join();
    warnIfShort("plain epoll", run.bytes, sentByAll(flooders));
    run.seconds = secondsBetween(flooders.front()->startedAt(), end);
    for (int fd : conns)
        ::close(fd);
    ::close(listener.fd);
    return run;
}

Run runEngineMany(const FloodLimits& limits, Backend backend, bool capture, int connections)
{
    FloodSink sink;
    EngineOptions options;
    options.backend = backend;
    options.captureEnabled = capture;
    Engine engine(sink, options);
    const SocketId listener = sink.call(engine, makeSocket(AF_INET, SOCK_STREAM)).created;
    if (sink.call(engine, makeBind(listener, "127.0.0.1:0")).result != 0
        || sink.call(engine, makeListen(listener, connections)).result != 0)
        fail("engine listener");
    const int port = portOf(sink.call(engine, makeCall(CallKind::GetSockName, listener)).value);
    std::vector<std::unique_ptr<Flooder>> flooders;
    for (int i = 0; i < connections; ++i) {
        const CommandId accept = engine.submit(makeAccept(listener));
        const int fd = connectLoopback(port);
        if (fd < 0)
            fail("connect to 127.0.0.1");
        flooders.push_back(std::make_unique<Flooder>(fd, perConnection(limits, connections)));
        const SocketId conn = sink.waitFinal(accept).created;
        if (conn == kNoSocket)
            fail("engine accept");
        sink.call(engine, makeAutomation(conn, Automation::AutoReceive, true));
        sink.watch(conn);
    }
    const clockid_t workerClock = sink.workerClock();
    const double cpu0 = cpuSeconds(workerClock);
    startAll(flooders);
    if (!sink.waitEnd(limits.maxSeconds + 60)) {
        std::fprintf(stderr, "bench_flood: the engine never saw the end of every flood\n");
        std::exit(1);
    }
    const double cpu = cpuSeconds(workerClock) - cpu0;
    warnIfShort("the engine", sink.bytes(), sentByAll(flooders));
    if (const std::string error = sink.endError(); !error.empty())
        std::fprintf(stderr, "bench_flood: auto-receive stopped: %s\n", error.c_str());
    engine.shutdown();
    return Run { sink.bytes(), secondsBetween(flooders.front()->startedAt(), sink.endedAt()),
                 sink.calls(), cpu };
}

std::vector<ExternalReceiver> installedReceivers()
{
    const auto onPath = [](const char* name) {
        const char* path = std::getenv("PATH");
        std::string dirs = path ? path : "/usr/bin:/bin";
        for (std::size_t at = 0; at <= dirs.size();) {
            const std::size_t end = std::min(dirs.find(':', at), dirs.size());
            if (::access((dirs.substr(at, end - at) + "/" + name).c_str(), X_OK) == 0)
                return true;
            at = end + 1;
        }
        return false;
    };
    std::vector<ExternalReceiver> out;
    if (onPath("socat"))
        out.push_back({ "`socat -u TCP-LISTEN:PORT,bind=127.0.0.1,reuseaddr /dev/null`",
                        { "socat", "-u", "TCP-LISTEN:PORT,bind=127.0.0.1,reuseaddr", "/dev/null" } });
    if (onPath("nc"))
        out.push_back({ "`nc -l 127.0.0.1 PORT > /dev/null`", { "nc", "-l", "127.0.0.1", "PORT" } });
    return out;
}

Run runExternal(const FloodLimits& limits, const ExternalReceiver& receiver)
{
    // A free port: the kernel picks one, and it is released for the program to take.
    const RawListener probe = listenLoopback();
    if (probe.fd < 0)
        fail("listen on 127.0.0.1");
    ::close(probe.fd);
    std::vector<std::string> args = receiver.argv;
    for (std::string& a : args)
        if (const auto at = a.find("PORT"); at != std::string::npos)
            a.replace(at, 4, std::to_string(probe.port));
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    if (pid < 0)
        fail("fork");
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        ::dup2(null, 0); // nc: stdin at end of file, so only the network keeps it going.
        ::dup2(null, 1);
        ::execvp(argv[0], argv.data());
        ::_exit(127);
    }
    int fd = -1;
    for (int i = 0; i < 200 && fd < 0; ++i) { // Up to 2 s for the program to listen.
        fd = connectLoopback(probe.port);
        if (fd < 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (fd < 0) {
        ::kill(pid, SIGTERM);
        ::waitpid(pid, nullptr, 0);
        return Run {};
    }
    Flooder flooder(fd, limits);
    flooder.start();
    int status = 0;
    rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    const Clock::time_point end = Clock::now();
    flooder.join();
    const auto seconds = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return Run { flooder.sent(), secondsBetween(flooder.startedAt(), end), 0,
                 seconds(usage.ru_utime) + seconds(usage.ru_stime) };
}

} // namespace spg::bench
