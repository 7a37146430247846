// Small statistics and formatting helpers shared by the benchmarks. Header-only: each
// benchmark is one executable and these are a handful of lines.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace spg::bench {

using Clock = std::chrono::steady_clock;

// Raises the soft open-file limit to the hard one: a benchmark that holds thousands of
// sockets must not stop at a default of 1024.
inline void raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

inline double secondsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

// CPU time a thread has used, given its clock (CLOCK_THREAD_CPUTIME_ID for the caller's
// own, pthread_getcpuclockid() for another's).
inline double cpuSeconds(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

inline double microsBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::micro>(to - from).count();
}

// Nearest-rank percentile (p in [0, 100]) of an unsorted sample; 0 for an empty one.
// Takes a copy on purpose: callers keep their samples in measurement order.
inline double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank =
        static_cast<std::size_t>(p / 100.0 * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(rank, samples.size() - 1)];
}

inline double median(std::vector<double> samples)
{
    return percentile(std::move(samples), 50);
}

inline std::string fixed(double value, int decimals)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

// Printed under every table: the machine's absolute speed wanders between runs, so only
// ratios measured in the same run are comparable.
// "median | p95 | max" table cells for a set of samples.
inline std::string spreadCells(const std::vector<double>& samples, int decimals)
{
    return fixed(median(samples), decimals) + " | " + fixed(percentile(samples, 95), decimals)
        + " | " + fixed(percentile(samples, 100), decimals);
}

inline void printMachineNote()
{
    std::printf("\nMachine note: absolute numbers on this machine (a 2-core virtual machine) "
                "drift by about ±20 %% from run to run; the ratios, measured in the same run, "
                "are what count.\n");
}

} // namespace spg::bench
