// A headless run stopped by a signal (Ctrl-C, kill, a closed terminal) still removes its
// scratch folder: SIGINT, SIGTERM and SIGHUP are blocked in every thread started after this
// object, and one thread of its own waits for them, removes the folder, then lets the signal
// end the process as it would have. Construct it before the engine starts its threads.
#pragma once

#include "core/scenario/scenario_scratch.h"

#include <csignal>
#include <thread>

namespace spg::app {

class InterruptCleanup {
public:
    explicit InterruptCleanup(core::ScratchFolder& folder);
    ~InterruptCleanup(); // The run ended normally: stop waiting, restore the signal mask.
    InterruptCleanup(const InterruptCleanup&) = delete;
    InterruptCleanup& operator=(const InterruptCleanup&) = delete;

private:
    sigset_t m_signals {};
    sigset_t m_previous {};
    std::thread m_waiter;
};

} // namespace spg::app
