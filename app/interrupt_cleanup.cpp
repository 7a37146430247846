#include "interrupt_cleanup.h"

#include <atomic>
#include <pthread.h>

namespace spg::app {

namespace {

// Set before the destructor wakes the waiter with a signal of its own, so that one is not
// taken for the user's.
std::atomic<bool> g_finished { false };

} // namespace

InterruptCleanup::InterruptCleanup(core::ScratchFolder& folder)
{
    sigemptyset(&m_signals);
    for (int sig : { SIGINT, SIGTERM, SIGHUP })
        sigaddset(&m_signals, sig);
    pthread_sigmask(SIG_BLOCK, &m_signals, &m_previous);
    g_finished = false;
    m_waiter = std::thread([this, &folder] {
        int sig = 0;
        if (sigwait(&m_signals, &sig) != 0 || g_finished)
            return;
        folder.remove();
        // Die of the signal, as without this object: the default action, unblocked here.
        std::signal(sig, SIG_DFL);
        sigset_t one;
        sigemptyset(&one);
        sigaddset(&one, sig);
        pthread_sigmask(SIG_UNBLOCK, &one, nullptr);
        raise(sig);
    });
}

InterruptCleanup::~InterruptCleanup()
{
    g_finished = true;
    pthread_kill(m_waiter.native_handle(), SIGTERM);
    m_waiter.join();
    pthread_sigmask(SIG_SETMASK, &m_previous, nullptr);
}

} // namespace spg::app
