// A cross-thread wakeup for the poll, select and epoll backends: the poller watches
// readFd() and any thread (or a signal handler) calls signal() to end a wait early.
// Threading: signal() is safe from any thread and async-signal-safe; drain() belongs to
// the thread that waits.
#pragma once

namespace spg::core {

class WakeChannel {
public:
    // Creates the channel: an eventfd on Linux, a non-blocking pipe elsewhere. Failure is
    // reported by openError(), never thrown.
    WakeChannel();
    ~WakeChannel();

    WakeChannel(const WakeChannel&) = delete;
    WakeChannel& operator=(const WakeChannel&) = delete;

    // 0 when the channel is usable, otherwise the errno that made its creation fail.
    int openError() const { return m_openError; }

    // The descriptor to watch for readability; -1 if creation failed.
    int readFd() const { return m_readFd; }

    // Makes readFd() readable. Never blocks: a full pipe already means "wake up".
    void signal();

    // Consumes every pending signal so a level-triggered poller stops reporting it.
    void drain();

private:
    int m_readFd = -1;
    int m_writeFd = -1; // Equal to m_readFd for an eventfd.
    int m_openError = 0;
};

} // namespace spg::core
