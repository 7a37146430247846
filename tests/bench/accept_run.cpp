// AcceptRun: the client is started by fork() and exec() of connect_clients (paced), found
// beside this executable, with the shared page's memfd left open across the exec.
#include "accept_run.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace spg::bench {

std::int64_t monotonicNs()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return std::int64_t(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double processCpuSeconds()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    auto secs = [](const timeval& t) { return double(t.tv_sec) + double(t.tv_usec) * 1e-6; };
    return secs(u.ru_utime) + secs(u.ru_stime);
}

double residentBytes()
{
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE));
}

AcceptRun::AcceptRun(std::uint64_t count) : m_count(count)
{
    m_sharedFd = memfd_create("bench_accept", 0);
    if (m_sharedFd < 0 || ftruncate(m_sharedFd, sizeof(AcceptShared)) != 0) {
        std::perror("bench_accept: memfd");
        std::exit(1);
    }
    void* page =
        mmap(nullptr, sizeof(AcceptShared), PROT_READ | PROT_WRITE, MAP_SHARED, m_sharedFd, 0);
    if (page == MAP_FAILED) {
        std::perror("bench_accept: mmap");
        std::exit(1);
    }
    m_shared = new (page) AcceptShared;
    m_marks.reserve(count / 1000 + 1);
}

AcceptRun::~AcceptRun()
{
    stopClient();
    munmap(m_shared, sizeof(AcceptShared));
    close(m_sharedFd);
}

void AcceptRun::startClient(int port)
{
    char self[PATH_MAX] {};
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string path(self, n > 0 ? std::size_t(n) : 0);
    path = path.substr(0, path.rfind('/') + 1) + "connect_clients";
    int in[2];
    if (pipe(in) != 0) {
        std::perror("bench_accept: pipe");
        std::exit(1);
    }
    // Paced: at most 3000 beyond what was accepted; held until stdin closes (an hour at most).
    const std::string args[] = { std::to_string(port), std::to_string(m_count), "3600", "3000",
                                 std::to_string(m_sharedFd) };
    m_client = fork();
    if (m_client == 0) {
        dup2(in[0], STDIN_FILENO);
        close(in[1]);
        execl(path.c_str(), "connect_clients", args[0].c_str(), args[1].c_str(), args[2].c_str(),
              args[3].c_str(), args[4].c_str(), static_cast<char*>(nullptr));
        std::perror("bench_accept: exec connect_clients");
        _exit(127);
    }
    close(in[0]);
    m_clientStdin = in[1];
}

void AcceptRun::accepted(std::uint64_t total)
{
    m_shared->accepted.store(total, std::memory_order_relaxed);
    if (total % 1000 == 0 && total > 0)
        m_marks.push_back(monotonicNs());
}

bool AcceptRun::waitAll(double seconds) const
{
    const auto until = Clock::now() + std::chrono::duration<double>(seconds);
    while (!allAccepted()) {
        if (Clock::now() > until || clientFailed())
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}

void AcceptRun::finish(AcceptResult& r) const
{
    r.accepted = m_shared->accepted.load();
    if (m_marks.empty())
        return;
    const std::int64_t start = m_shared->firstConnectNs.load();
    r.seconds = double(m_marks.back() - start) * 1e-9;
    std::vector<double> per;
    std::int64_t previous = start;
    for (std::int64_t mark : m_marks) {
        per.push_back(double(mark - previous) * 1e-6);
        previous = mark;
    }
    r.msPer1000[0] = per.front();
    r.msPer1000[1] = per.back();
    r.msPer1000[2] = percentile(per, 100);
}

void AcceptRun::stopClient()
{
    if (m_client <= 0)
        return;
    close(m_clientStdin);
    int status = 0;
    waitpid(m_client, &status, 0);
    m_client = -1;
}

} // namespace spg::bench
