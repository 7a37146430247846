// The seam's epoll calls: the user's own instances (epoll_create1, epoll_ctl, epoll_wait
// without waiting) and an instance's interest list as /proc/self/fdinfo reports it. ENOSYS
// and an empty list where there is no epoll. Any thread.
#include "core/sys/sys.h"
#include "core/sys/sys_call.h"

#include <algorithm>
#include <cerrno>
#ifdef __linux__
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <sys/epoll.h>
#include <unistd.h>
#endif

namespace spg::core::sys {

#ifdef __linux__

bool haveEpoll()
{
    return true;
}

SysResult epollCreate1(int flags)
{
    SPG_SYS_CALL(Op::EpollCreate, ::epoll_create1(flags));
}

SysResult epollCtl(int ep, int op, int fd, unsigned events, std::uint64_t data)
{
    epoll_event e {};
    e.events = events;
    e.data.u64 = data;
    SPG_SYS_CALL(Op::EpollCtl, ::epoll_ctl(ep, op, fd, &e));
}

namespace {

SysResult epollWaitRaw(int ep, epoll_event* events, int maxEvents)
{
    SPG_SYS_CALL(Op::EpollWait, ::epoll_wait(ep, events, maxEvents, 0));
}

} // namespace

SysResult epollWaitNow(int ep, int maxEvents, std::vector<EpollEvent>& out)
{
    out.clear();
    // maxevents <= 0 reaches the kernel as given (EINVAL is its answer); a buffer of one
    // entry is enough for the call to be made.
    std::vector<epoll_event> events(static_cast<std::size_t>(std::max(maxEvents, 1)));
    const SysResult res = epollWaitRaw(ep, events.data(), maxEvents);
    for (long i = 0; i < res.value; ++i)
        out.push_back(EpollEvent { events[static_cast<std::size_t>(i)].events,
                                   events[static_cast<std::size_t>(i)].data.u64 });
    return res;
}

bool epollInterest(int ep, std::vector<EpollInterest>& out)
{
    out.clear();
    char target[64] = {};
    const std::string link = "/proc/self/fd/" + std::to_string(ep);
    if (::readlink(link.c_str(), target, sizeof target - 1) < 0
        || std::string_view(target) != "anon_inode:[eventpoll]")
        return false;
    std::ifstream in("/proc/self/fdinfo/" + std::to_string(ep));
    if (!in)
        return false;
    for (std::string line; std::getline(in, line);) {
        // "tfd:        5 events:       19 data:                5  pos:0 ino:... sdev:..."
        if (line.rfind("tfd:", 0) != 0)
            continue;
        EpollInterest e;
        unsigned long long data = 0;
        if (std::sscanf(line.c_str(), "tfd: %d events: %x data: %llx", &e.fd, &e.events, &data) == 3) {
            e.data = data;
            out.push_back(e);
        }
    }
    return true; // An empty list has no tfd line at all.
}

#else

bool haveEpoll()
{
    return false;
}

SysResult epollCreate1(int)
{
    return SysResult { -1, ENOSYS };
}

SysResult epollCtl(int, int, int, unsigned, std::uint64_t)
{
    return SysResult { -1, ENOSYS };
}

SysResult epollWaitNow(int, int, std::vector<EpollEvent>& out)
{
    out.clear();
    return SysResult { -1, ENOSYS };
}

bool epollInterest(int, std::vector<EpollInterest>& out)
{
    out.clear();
    return false;
}

#endif

} // namespace spg::core::sys
