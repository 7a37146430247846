// The fake kqueue the kqueue tests drive: it records each kevent() call (kq, changes,
// nevents, timeout) and returns scripted event batches, so the kqueue translation is tested
// on every host. Not a kernel: only what a test scripts comes back. Test thread only.
#pragma once

#include "core/sys/kqueue_api.h"

#include <algorithm>
#include <array>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

namespace spg::core {

// One kevent() call as the fake saw it.
struct FakeKeventCall {
    int kq = -1;
    std::vector<KEvent> changes;
    int nevents = 0;
    int timeoutMs = 0;
};

// Shared between the test and the fake, so it outlives the poller that owns the fake.
struct FakeState {
    SysResult createResult { 42, 0 };
    SysResult failNextKevent { 0, 0 };        // Returned instead of events when error != 0.
    std::deque<std::vector<KEvent>> scripted; // One batch per kevent() call that waits.
    std::vector<FakeKeventCall> calls;
    std::vector<int> closed;
    std::vector<KEvent64> ext64;   // kevent64: the last changelist, ext[] included
    std::vector<unsigned> flags64; // kevent64: each call's flags
    std::vector<std::array<std::uint64_t, 2>> scriptedExt; // kevent64: ext[] of returned events
    // When nothing is scripted: each change of the call comes back as an event with its
    // ident, filter and flags and this data, so a scenario, whose fds a test cannot know
    // ahead, gets an answer about its own sockets. -1: off.
    std::int64_t echoData = -1;
};

class FakeKqueue final : public KqueueApi {
public:
    explicit FakeKqueue(std::shared_ptr<FakeState> state) : m_state(std::move(state)) { }

    SysResult create() override { return m_state->createResult; }

    SysResult kevent(int kq, const KEvent* changes, int nchanges, KEvent* events, int nevents,
                     int timeoutMs) override
    {
        const std::vector<KEvent> changeList(changes, changes + nchanges);
        m_state->calls.push_back(FakeKeventCall { kq, changeList, nevents, timeoutMs });
        if (m_state->failNextKevent.error != 0)
            return std::exchange(m_state->failNextKevent, SysResult {});
        if (nevents > 0 && m_state->scripted.empty() && m_state->echoData >= 0 && nchanges > 0) {
            const int count = std::min(nevents, nchanges);
            for (int i = 0; i < count; ++i) {
                events[i] = changes[i];
                events[i].data = m_state->echoData;
            }
            return SysResult { count, 0 };
        }
        if (nevents == 0 || m_state->scripted.empty())
            return SysResult { 0, 0 };
        const std::vector<KEvent> batch = m_state->scripted.front();
        m_state->scripted.pop_front();
        const int count = std::min(nevents, static_cast<int>(batch.size()));
        std::copy(batch.begin(), batch.begin() + count, events);
        return SysResult { count, 0 };
    }

    void close(int kq) override { m_state->closed.push_back(kq); }

    // kevent64 as the same script: ext[] of a change is kept in ext64, and the scripted
    // events' ext[] come from scriptedExt (zero when absent).
    SysResult kevent64(int kq, const KEvent64* changes, int nchanges, KEvent64* events, int nevents,
                       unsigned flags, int timeoutMs) override
    {
        std::vector<KEvent> plain(changes, changes + nchanges);
        m_state->ext64.assign(changes, changes + nchanges);
        m_state->flags64.push_back(flags);
        std::vector<KEvent> got(static_cast<std::size_t>(nevents));
        const SysResult r = kevent(kq, plain.data(), nchanges, got.data(), nevents, timeoutMs);
        for (long i = 0; r.ok() && i < r.value; ++i) {
            const auto at = static_cast<std::size_t>(i);
            static_cast<KEvent&>(events[at]) = got[at];
            const bool have = at < m_state->scriptedExt.size();
            events[at].ext[0] = have ? m_state->scriptedExt[at][0] : 0;
            events[at].ext[1] = have ? m_state->scriptedExt[at][1] : 0;
        }
        return r;
    }

private:
    std::shared_ptr<FakeState> m_state;
};

} // namespace spg::core
