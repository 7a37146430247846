// Lingering closes. With SO_LINGER {1, N>0} and bytes still unacknowledged, the kernel
// makes close() wait up to N seconds; a blocking program waits with it, but the engine's
// loop must not. The close runs on a helper thread and reports like any blocked call:
// Blocked at once, Resumed when close() returns. The fd is already out of the loop's
// tables, and its number stays taken until the kernel releases it.
#include "core/engine/engine_worker.h"
#include "core/words/strace_line.h"
#include "core/words/strace_format.h"
#include "core/sys/sys.h"

#include <fcntl.h>

namespace spg::core {

bool EngineWorker::closeLingers(const SocketEntry& s) const
{
    if (s.fdKind != FdKind::Socket)
        return false; // No socket, no SO_LINGER.
    linger l {};
    socklen_t len = sizeof l;
    if (!sys::getsockopt(s.fd, SOL_SOCKET, SO_LINGER, &l, &len).ok() || !l.l_onoff
        || l.l_linger <= 0)
        return false;
    if (s.nonBlocking && !sys::closeLingersWhenNonBlocking())
        return false; // BSD: close() on a non-blocking socket does not linger.
    if (sys::lingeringBytes(s.fd) == 0)
        return false; // Nothing to wait for: close() returns at once.
    return true;
}

void EngineWorker::startLingeringClose(CommandId id, const Command& c, SocketEntry& s)
{
    auto job = std::make_unique<LingeringClose>();
    job->id = id;
    job->command = c;
    job->fd = s.fd;
    job->started = WallClock::now();
    job->startedSteady = SteadyClock::now();
    LingeringClose* raw = job.get();
    // The kernel fd is non-blocking for the loop's sake, but the user's is not: BSD and macOS
    // skip the linger for a non-blocking socket (SS_NBIO), so close() must see the mode the
    // user chose. Linux lingers either way. The fd is out of the loop's tables already.
    if (!s.nonBlocking) {
        const SysResult flags = sys::fcntl(s.fd, F_GETFL, 0);
        if (flags.ok())
            sys::fcntl(s.fd, F_SETFL, static_cast<int>(flags.value) & ~O_NONBLOCK);
    }
    job->thread = std::thread([this, raw] {
        const SysResult result = sys::close(raw->fd);
        std::lock_guard lock(raw->mutex);
        raw->result = result;
    });
    m_lingering.push_back(std::move(job));
    s.lifecycle = Lifecycle::Closed;
    s.dirty = true;
    CallRecord r = startRecord(id, c, &s);
    r.phase = CallPhase::Blocked;
    r.text = "close(" + std::to_string(s.fd) + " <unfinished ...>";
    setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "SO_LINGER: close() waits for unsent data to be "
                                                     "acknowledged (or the linger time to pass); the "
                                                     "loop goes on meanwhile")));
    emit(std::move(r), raw->startedSteady);
}

// Reports the closes that returned; with `wait`, first waits for every one (shutdown).
void EngineWorker::finishLingeringCloses(bool wait)
{
    for (auto it = m_lingering.begin(); it != m_lingering.end();) {
        LingeringClose& job = **it;
        std::optional<SysResult> result;
        if (wait)
            job.thread.join();
        {
            std::lock_guard lock(job.mutex);
            result = job.result;
        }
        if (!result) {
            ++it;
            continue;
        }
        if (job.thread.joinable())
            job.thread.join();
        CallRecord r;
        r.command = job.id;
        r.kind = CallKind::Close;
        r.phase = CallPhase::Resumed;
        r.socket = job.command.socket;
        r.fd = job.fd;
        r.started = job.started;
        conclude(r, straceCall(CallKind::Close, { { StraceSlot::Fd, std::to_string(job.fd) } }), *result);
        emit(std::move(r), job.startedSteady);
        resumeAcceptAfterClose();
        it = m_lingering.erase(it);
    }
}

} // namespace spg::core
