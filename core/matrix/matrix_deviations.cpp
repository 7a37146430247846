// The documented deviations: where the engine's answer may differ from the real calls', and
// why. A pattern matches cell ids ("tcp.blocking.connected.connect"); '*' matches any run of
// characters. Two kinds: a known engine bug that is being fixed (the text says so, and the
// mark goes once the fix is merged), and a permanent, justified difference.
#include "matrix.h"

namespace spg::core {

namespace {

struct Deviation {
    const char* pattern;
    const char* reason;
    DeviationScope scope = DeviationScope::FromCall;
};

// Known engine bugs, being fixed in parallel (issue 7, part 1). Each text says what differs.
constexpr const char* kConnectNotFinished =
    "known engine bug, being fixed: the emulated blocking connect() waits for writability and "
    "reads SO_ERROR but never calls connect() again, so the kernel's socket stays "
    "SS_CONNECTING; a later connect() then returns 0 (and only the next EISCONN) where the "
    "real one returns EISCONN at once";
constexpr const char* kConnectAfterReset =
    "known engine bug, being fixed (same cause as the blocking connect): the kernel's socket, "
    "still SS_CONNECTING after the engine's blocking connect, answers the next connect() with "
    "the pending ECONNRESET (consuming SO_ERROR) and the connect() after that reconnects it, "
    "where the real socket answers EISCONN and keeps SO_ERROR 104 and no peer";
constexpr const char* kConnectTimeout =
    "known engine bug, being fixed: SO_SNDTIMEO does not end the emulated blocking connect(); "
    "the real call returns EINPROGRESS after the timeout, the engine waits for ever (the run "
    "stops here and the matrix goes on with the next cell)";
constexpr const char* kTimeoutLine =
    "known engine bug, being fixed: a blocking call that SO_RCVTIMEO / SO_SNDTIMEO ends is "
    "logged without its arguments (\"recvmsg(5, ...) = -1 EAGAIN\"); the real line shows the "
    "bytes or the msghdr as for any other failure";

constexpr const char* kWaitAllTimeout =
    "known engine bug, being fixed: a blocking recv(MSG_WAITALL) that SO_RCVTIMEO ends returns "
    "-1 EAGAIN in the engine and leaves the bytes that had come; the real call returns those "
    "bytes (here the 3 waiting) when the timeout ends it";

const Deviation kDeviations[] = {
    { "tcp.blocking.fresh.connect", kConnectNotFinished },
    { "tcp.blocking.bound.connect", kConnectNotFinished },
    { "tcp.blocking.connected.connect", kConnectNotFinished },
    { "tcp.blocking.peer-shut-wr.connect", kConnectNotFinished },
    { "tcp.blocking.peer-closed.connect", kConnectNotFinished },
    { "tcp.blocking.connected.connect-full", kConnectNotFinished },
    { "tcp.blocking.peer-shut-wr.connect-full", kConnectNotFinished },
    { "tcp.blocking.peer-closed.connect-full", kConnectNotFinished },
    { "tcp.nonblocking.connected.connect", kConnectNotFinished },
    { "tcp.nonblocking.peer-shut-wr.connect", kConnectNotFinished },
    { "tcp.nonblocking.peer-closed.connect", kConnectNotFinished },
    { "tcp.nonblocking.connected.connect-full", kConnectNotFinished },
    { "tcp.nonblocking.peer-shut-wr.connect-full", kConnectNotFinished },
    { "tcp.nonblocking.peer-closed.connect-full", kConnectNotFinished },
    { "tcp.blocking.reset.connect", kConnectAfterReset },
    { "tcp.blocking.reset.connect-full", kConnectAfterReset },
    { "tcp.nonblocking.reset.connect", kConnectAfterReset },
    { "tcp.nonblocking.reset.connect-full", kConnectAfterReset },
    { "tcp.blocking.fresh.connect-full", kConnectTimeout },
    { "tcp.blocking.bound.connect-full", kConnectTimeout },
    { "tcp.blocking.connecting.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "tcp.blocking.connected.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "tcp.blocking.shut-wr.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "udp.blocking.fresh.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "udp.blocking.bound.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "udp.blocking.connected.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "udp.blocking.shut-wr.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-stream.blocking.connected.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-stream.blocking.shut-wr.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-dgram.blocking.fresh.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-dgram.blocking.bound.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-dgram.blocking.connected.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-dgram.blocking.shut-wr.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-dgram.blocking.peer-closed.recvmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "tcp.blocking.connecting.send", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "tcp.blocking.connecting.sendto", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "tcp.blocking.connecting.sendmsg", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "tcp.blocking.readable.connect", kConnectNotFinished },
    { "tcp.blocking.readable.connect-full", kConnectNotFinished },
    { "tcp.nonblocking.readable.connect", kConnectNotFinished },
    { "tcp.nonblocking.readable.connect-full", kConnectNotFinished },
    { "tcp.blocking.readable.recv-waitall", kWaitAllTimeout },
    { "unix-stream.blocking.readable.recv-waitall", kWaitAllTimeout },
    { "tcp.blocking.connected.send-full", kTimeoutLine, DeviationScope::ArgumentsOnly },
    { "unix-stream.blocking.connected.send-full", kTimeoutLine, DeviationScope::ArgumentsOnly },
};

bool globMatch(const char* p, const char* s)
{
    if (*p == '\0')
        return *s == '\0';
    if (*p == '*')
        return globMatch(p + 1, s) || (*s != '\0' && globMatch(p, s + 1));
    return *p == *s && globMatch(p + 1, s + 1);
}

} // namespace

MatrixDeviation matrixDeviation(const std::string& cellId)
{
    for (const Deviation& d : kDeviations)
        if (globMatch(d.pattern, cellId.c_str()))
            return { d.reason, d.scope };
    return {};
}

} // namespace spg::core

namespace spg::core {

std::vector<std::string> matrixDeviationPatterns()
{
    std::vector<std::string> out;
    for (const Deviation& d : kDeviations)
        out.emplace_back(d.pattern);
    return out;
}

} // namespace spg::core
