// select() as the user's own call, beside the engine's loop. Like poll(): the kernel is asked
// with a zero timeval, so the loop never sleeps inside it; if nothing is ready and the
// caller's timeout allows, the call is parked (as a ParkedPoll) and asked again whenever the
// loop wakes, until its timeout ends. Every set shown is the one the kernel returned to that
// last select().
#include "core/engine/engine_worker.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"

#include <algorithm>

namespace spg::core {

using S = StraceSlot;

namespace {

constexpr const char* kSetNames[3] = { "in", "out", "except" };

// The fds of one set as strace shows them: [3 5].
std::string setText(const std::vector<int>& fds)
{
    std::string out = "[";
    for (std::size_t i = 0; i < fds.size(); ++i)
        out += (i ? " " : "") + std::to_string(fds[i]);
    return out + "]";
}

std::string timeoutText(int ms)
{
    if (ms < 0)
        return "NULL";
    return "{tv_sec=" + std::to_string(ms / 1000) + ", tv_usec=" + std::to_string(ms % 1000 * 1000)
        + "}";
}

} // namespace

void EngineWorker::doSelect(CommandId id, const Command& c)
{
    startWaitingCall(id, c, "select(..., " + timeoutText(c.timeoutMs) + " <unfinished ...>");
}

SocketId EngineWorker::firstSelected(const Command& c) const
{
    for (const auto& set : c.fdSets)
        if (!set.empty())
            return set.front();
    return kNoSocket;
}

// Asks the kernel once, without waiting. Returns true when the call is over (something is
// ready, the kernel failed, the playground refused, or the time is up) and its record was
// emitted.
bool EngineWorker::attemptSelect(ParkedPoll& p, bool expired)
{
    const Command& c = p.command;
    std::array<std::vector<int>, 3> fds; // As passed (a closed socket: a surely closed fd).
    std::array<std::vector<int>, 3> shown;
    int nfds = 0;
    int tooHigh = -1;
    bool anyClosed = false;
    for (std::size_t k = 0; k < 3; ++k) {
        for (SocketId socket : c.fdSets[k]) {
            const SocketEntry& s = m_sockets.at(socket);
            anyClosed = anyClosed || !s.open();
            const int fd = s.open() ? s.fd : sys::closedFdBelowSetSize();
            fds[k].push_back(fd);
            shown[k].push_back(s.fd);
            nfds = std::max(nfds, fd + 1);
            if (fd >= sys::fdSetSize() || fd < 0)
                tooHigh = std::max(tooHigh, fd);
        }
    }
    // FD_SET past FD_SETSIZE writes beyond the fd_set: a real program corrupts its memory
    // (glibc's fortify aborts it). The playground refuses instead, before anything is written.
    const bool refused = tooHigh >= 0;
    std::array<std::vector<bool>, 3> ready;
    const SysResult res = refused ? SysResult { -1, EINVAL } : sys::selectNow(fds, ready);
    const bool timeLeft = c.timeoutMs < 0 || (c.timeoutMs > 0 && !expired);
    if (res.ok() && res.value == 0 && timeLeft)
        return false;
    CallRecord r = startRecord(p.id, c, nullptr);
    r.socket = firstSelected(c);
    r.fd = -1;
    for (std::size_t k = 0; k < 3 && r.fd < 0; ++k)
        r.fd = shown[k].empty() ? -1 : shown[k].front();
    r.text = straceCall(c.kind, { { S::Nfds, std::to_string(nfds) },
                                  { S::ReadFds, setText(shown[0]) },
                                  { S::WriteFds, setText(shown[1]) },
                                  { S::ExceptFds, setText(shown[2]) },
                                  { S::Timeout, timeoutText(c.timeoutMs) } })
        + " " + resultTail(res);
    std::string back;
    for (std::size_t k = 0; k < 3; ++k) {
        std::vector<int> came;
        for (std::size_t i = 0; i < fds[k].size(); ++i) {
            const bool in = res.ok() && i < ready[k].size() && ready[k][i];
            r.selected[k].push_back(in);
            if (in)
                came.push_back(shown[k][i]);
        }
        if (!came.empty())
            back += (back.empty() ? "" : ", ") + std::string(kSetNames[k]) + " " + setText(came);
    }
    if (res.ok())
        r.text += res.value == 0 ? " (Timeout)" : " (" + back + ")";
    r.result = res.value;
    r.error = res.error;
    if (refused)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "select() cannot watch fd %1 (FD_SETSIZE %2): "
                                                         "a real program's FD_SET would write past the "
                                                         "fd_set and corrupt its memory; the playground "
                                                         "refuses with EINVAL instead and never calls "
                                                         "the kernel"),
                               tooHigh, sys::fdSetSize()));
    else if (anyClosed)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "a socket of the sets was closed: the kernel "
                                                         "was asked about a descriptor that is surely "
                                                         "not open, and answers EBADF as for any closed fd")));
    return finishWaitingCall(std::move(r), p);
}

} // namespace spg::core
