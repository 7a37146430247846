// Calls that never block: socket, socketpair, bind, listen, shutdown, close, the option and
// name calls, fcntl and ioctl, and the engine controls. Each is made exactly as given; only
// input that cannot become a call at all is refused, with a message naming the wrong part.
#include "core/words/address.h"
#include "core/engine/engine_worker.h"
#include "core/words/errno_names.h"
#include "core/words/sockopt.h"
#include "core/words/strace_format.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/un.h>
#include <utility>

namespace spg::core {

namespace {

using S = StraceSlot;

std::string fdText(const SocketEntry& s)
{
    return std::to_string(s.fd);
}

long elapsedNs(SteadyClock::time_point t0)
{
    return static_cast<long>(
        std::chrono::duration_cast<std::chrono::nanoseconds>(SteadyClock::now() - t0).count());
}

// strace shows F_GETFL's result in hex: "= 0x802 (flags O_RDWR|O_NONBLOCK)".
std::string hexText(long value)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "%lx", static_cast<unsigned long>(value));
    return buffer;
}

} // namespace

CallRecord EngineWorker::startRecord(CommandId id, const Command& command,
                                     const SocketEntry* s) const
{
    CallRecord r;
    r.command = id;
    r.kind = command.kind;
    r.socket = command.socket;
    r.fd = s ? s->fd : -1;
    r.started = WallClock::now();
    return r;
}

// The one place a record takes the seam's answer: the strace line ends with it, and the
// result and errno shown are exactly the call's.
void EngineWorker::conclude(CallRecord& record, std::string call, const SysResult& res) const
{
    record.text = std::move(call) + " " + resultTail(res);
    record.result = res.value;
    record.error = res.error;
}

void EngineWorker::emit(CallRecord record, SteadyClock::time_point t0)
{
    if (record.durationNs == 0)
        record.durationNs = elapsedNs(t0);
    m_reporter.addCall(std::move(record));
}

void EngineWorker::refuse(CommandId id, const Command& command, Message why)
{
    std::string english = why.english(); // before `why` is moved: argument order is unspecified
    refuse(id, command, std::move(english), std::move(why));
}

void EngineWorker::refuse(CommandId id, const Command& command, std::string why, Message what)
{
    CallRecord r = startRecord(id, command, nullptr);
    r.phase = CallPhase::Refused;
    r.result = -1;
    r.text = std::string(callName(command.kind)) + "(...) not made: " + why;
    r.note = std::move(why);
    r.noteWhat = std::move(what);
    emit(std::move(r), SteadyClock::now());
}

// Finds the socket a command names. A socket that was closed answers EBADF without asking
// the kernel: its fd number may by now belong to another socket or to the engine itself.
SocketEntry* EngineWorker::target(CommandId id, const Command& command)
{
    SocketEntry* found = m_sockets.find(command.socket);
    if (!found) {
        refuse(id, command, noSocketNote(command.socket));
        return nullptr;
    }
    SocketEntry& s = *found;
    if (!s.open()) {
        CallRecord r = startRecord(id, command, &s);
        conclude(r, std::string(callName(command.kind)) + "(" + fdText(s) + ", ...)",
                 SysResult { -1, EBADF });
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "socket #%1 was closed; fd %2 may now belong "
                                                         "to another socket or to the engine, so the "
                                                         "kernel was not asked"),
                               s.id, fdText(s)));
        emit(std::move(r), SteadyClock::now());
        return nullptr;
    }
    s.pendingReady = 0; // A call may consume readiness: watch for it afresh.
    s.dirty = true;
    return &s;
}

SocketEntry& EngineWorker::adopt(int fd, int domain, int type, int protocol, SocketId parent,
                                 bool prepared)
{
    return m_sockets.adopt(fd, domain, type, protocol, parent,
                           m_options.captureEnabled ? std::optional(m_options.captureCap)
                                                    : std::nullopt,
                           prepared);
}

void EngineWorker::execute(CommandId id, Command& c, const SockAddr* resolved)
{
    if (isEngineControl(c.kind)) {
        doControl(id, c);
        return;
    }
    if (c.kind == CallKind::Socket) {
        doSocket(id, c);
        return;
    }
    if (c.kind == CallKind::Socketpair) {
        doSocketpair(id, c);
        return;
    }
    if (c.kind == CallKind::Poll) {
        doPoll(id, c);
        return;
    }
    if (c.kind == CallKind::Select) {
        doSelect(id, c);
        return;
    }
    if (c.kind == CallKind::EpollCreate || c.kind == CallKind::EpollWait) {
        c.kind == CallKind::EpollCreate ? doEpollCreate(id, c) : doEpollWait(id, c);
        return;
    }
    if (callSpec(c.kind).has(KqueueOnly)) {
        doKqueueCall(id, c);
        return;
    }
    SockAddr addr;
    const bool takesAddress = c.kind == CallKind::Bind || c.kind == CallKind::Connect
        || (c.kind == CallKind::SendTo && !c.address.empty())
        || (c.kind == CallKind::SendMsg && !c.address.empty());
    if (takesAddress && resolved) {
        addr = *resolved;
    } else if (takesAddress) {
        const AddressParse parsed = parseAddress(c.address);
        if (!parsed.ok()) {
            refuse(id, c, parsed.message);
            return;
        }
        addr = parsed.endpoint.addr;
    }
    SocketEntry* s = target(id, c);
    if (!s)
        return;
    s->acceptedPeer.length = 0; // A call (connect(AF_UNSPEC), say) may change the peer.
    switch (c.kind) {
    case CallKind::Bind: doBind(id, c, *s, addr); break;
    case CallKind::Listen: doListen(id, c, *s); break;
    case CallKind::Shutdown: doShutdown(id, c, *s); break;
    case CallKind::Close: doClose(id, c, *s); break;
    case CallKind::SetSockOpt: doSetSockOpt(id, c, *s); break;
    case CallKind::GetSockOpt: doGetSockOpt(id, c, *s); break;
    case CallKind::GetSockName:
    case CallKind::GetPeerName: doName(id, c, *s); break;
    case CallKind::SetNonBlocking: doNonBlocking(id, c, *s); break;
    case CallKind::IoctlFionread: doFionread(id, c, *s); break;
    case CallKind::GetFl: doGetFl(id, c, *s); break;
    case CallKind::EpollCtl: doEpollCtl(id, c, *s); break;
    default: startBlockingCall(id, c, *s, takesAddress ? &addr : nullptr); break;
    }
}

void EngineWorker::doSocket(CommandId id, const Command& c)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, nullptr);
    const SysResult res = sys::socket(c.domain, c.type, c.protocol);
    conclude(r,
             straceCall(c.kind, { { S::Domain, familyName(c.domain) },
                                  { S::Type, socketTypeName(c.type) },
                                  { S::Protocol, protocolText(c.domain, c.protocol) } }),
             res);
    if (res.ok()) {
        const int baseType = c.type & ~sys::socketTypeFlags();
        SocketEntry& s = adopt(static_cast<int>(res.value), c.domain, baseType, c.protocol,
                               kNoSocket);
        s.nonBlocking = (c.type & sys::socketTypeNonBlock()) != 0;
        r.created = r.socket = s.id;
        r.fd = s.fd;
    }
    emit(std::move(r), t0);
}

void EngineWorker::doSocketpair(CommandId id, const Command& c)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, nullptr);
    int fds[2] = { -1, -1 };
    const SysResult res = sys::socketpair(c.domain, c.type, c.protocol, fds);
    conclude(r,
             straceCall(c.kind,
                        { { S::Domain, familyName(c.domain) },
                          { S::Type, socketTypeName(c.type) },
                          { S::Protocol, std::to_string(c.protocol) },
                          { S::Pair, res.ok() ? "[" + std::to_string(fds[0]) + ", "
                                       + std::to_string(fds[1]) + "]"
                                             : std::string("0x...") } }),
             res);
    if (res.ok()) {
        SocketEntry& a = adopt(fds[0], c.domain, c.type, c.protocol, kNoSocket);
        SocketEntry& b = adopt(fds[1], c.domain, c.type, c.protocol, kNoSocket);
        a.lifecycle = b.lifecycle = Lifecycle::Connected;
        r.created = r.socket = a.id;
        r.created2 = b.id;
        r.fd = a.fd;
    }
    emit(std::move(r), t0);
}

void EngineWorker::doBind(CommandId id, const Command& c, SocketEntry& s, const SockAddr& addr)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    const SysResult res = sys::bind(s.fd, addr.get(), addr.length);
    conclude(r,
             straceCall(c.kind, { { S::Fd, fdText(s) },
                                  { S::Addr, straceSockaddr(addr.get(), addr.length) },
                                  { S::AddrLen, std::to_string(addr.length) } }),
             res);
    r.sockaddr = addr.bytes();
    Endpoint e;
    e.addr = addr;
    if (res.ok() && s.lifecycle == Lifecycle::Created)
        s.lifecycle = Lifecycle::Bound;
    if (res.ok() && c.removeBoundPath)
        ownBoundFile(s, addr);
    if (e.isWildcard())
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "wildcard address: the socket is reachable "
                                                         "from other machines")));
    emit(std::move(r), t0);
}

void EngineWorker::doListen(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    const SysResult res = sys::listen(s.fd, c.backlog);
    conclude(r, straceCall(c.kind, { { S::Fd, fdText(s) }, { S::Backlog, std::to_string(c.backlog) } }),
             res);
    if (res.ok())
        s.lifecycle = Lifecycle::Listening;
    emit(std::move(r), t0);
}

void EngineWorker::doShutdown(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    const SysResult res = sys::shutdown(s.fd, c.how);
    conclude(r, straceCall(c.kind, { { S::Fd, fdText(s) }, { S::How, shutdownHowText(c.how) } }), res);
    if (res.ok()) {
        s.shutRead = s.shutRead || c.how == SHUT_RD || c.how == SHUT_RDWR;
        s.shutWrite = s.shutWrite || c.how == SHUT_WR || c.how == SHUT_RDWR;
    }
    emit(std::move(r), t0);
}

// A UNIX path bind() just made: remembered with its inode, so closing the socket removes
// that file and never one someone else made at the same path since.
void EngineWorker::ownBoundFile(SocketEntry& s, const SockAddr& addr)
{
    const auto* sun = reinterpret_cast<const sockaddr_un*>(&addr.storage);
    if (addr.family() != AF_UNIX || addr.length <= offsetof(sockaddr_un, sun_path)
        || sun->sun_path[0] == '\0')
        return; // Unnamed or abstract: nothing in the file system.
    const std::size_t room = addr.length - offsetof(sockaddr_un, sun_path);
    std::string path(sun->sun_path, strnlen(sun->sun_path, std::min(room, sizeof sun->sun_path)));
    s.ownedFile = sys::socketFileId(path.c_str());
    if (s.ownedFile.known)
        s.ownedPath = std::move(path);
}

// Returns a note for the close record when the socket's own file was removed.
std::optional<Message> EngineWorker::removeOwnedFile(SocketEntry& s)
{
    if (s.ownedPath.empty())
        return std::nullopt;
    const std::string path = std::exchange(s.ownedPath, {});
    if (!sys::removeSocketFile(path.c_str(), s.ownedFile))
        return std::nullopt;
    return noteMessage(SPG_TR_NOOP("spg::notes", "the playground removed unix:%1, the file this "
                                                 "socket's bind() made, as a careful server would "
                                                 "unlink() it"),
                       path);
}

void EngineWorker::releaseFd(SocketEntry& s)
{
    removeOwnedFile(s);
    m_loop.stopWatching(s);
    m_sockets.forgetFd(s.fd);
    forgetRegistrationsOf(s.fd);
    sys::close(s.fd);
    s.lifecycle = Lifecycle::Closed;
    s.dirty = true;
}

void EngineWorker::doClose(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    cancelBlocked(s, 0, CancelReason::SocketClosed);
    CallRecord r = startRecord(id, c, &s);
    m_loop.stopWatching(s); // Before close: epoll and kqueue forget closed fds.
    m_sockets.forgetFd(s.fd);
    s.echoBacklog.clear();
    // Before close(): once the fd is gone, a new socket may bind the same path.
    if (std::optional<Message> removed = removeOwnedFile(s))
        setNote(r, std::move(*removed));
    if (closeLingers(s)) {
        startLingeringClose(id, c, s);
        return;
    }
    forgetRegistrationsOf(s.fd);
    const SysResult res = sys::close(s.fd);
    conclude(r, straceCall(c.kind, { { S::Fd, fdText(s) } }), res);
    // POSIX leaves the fd state unspecified after a failed close; Linux always releases it,
    // so the socket counts as closed either way.
    s.lifecycle = Lifecycle::Closed;
    resumeAcceptAfterClose();
    emit(std::move(r), t0);
}

// A descriptor came free: listeners paused by EMFILE may try again.
void EngineWorker::resumeAcceptAfterClose()
{
    for (SocketEntry* other : m_pausedAccepts) {
        ++m_reporter.stats().closeScans;
        if (!other->acceptPaused)
            continue; // Resumed meanwhile by turning auto-accept off or on.
        other->acceptPaused = false;
        setNote(*other, Message {});
        other->dirty = true;
    }
    m_pausedAccepts.clear();
}

void EngineWorker::pauseAccept(SocketEntry& s)
{
    if (!s.acceptPaused)
        m_pausedAccepts.push_back(&s);
    s.acceptPaused = true;
}

void EngineWorker::doNonBlocking(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    // The kernel fd stays non-blocking so the loop never sleeps in a call; blocking mode is
    // emulated by parking calls. F_GETFL still asks the kernel, so EBADF and the like are real.
    const SysResult got = sys::fcntl(s.fd, F_GETFL, 0);
    int flags = got.ok() ? static_cast<int>(got.value) & ~O_NONBLOCK : 0;
    if (c.enable)
        flags |= O_NONBLOCK;
    const SysResult res = got.ok() ? SysResult { 0, 0 } : got;
    conclude(r, straceCall(c.kind, { { S::Fd, fdText(s) }, { S::Flags, fileFlagsText(flags) } }), res);
    if (res.ok())
        s.nonBlocking = c.enable;
    setNote(r, c.enable ? noteMessage(SPG_TR_NOOP("spg::notes", "non-blocking: calls that would block "
                                                               "return EAGAIN / EINPROGRESS"))
                        : noteMessage(SPG_TR_NOOP("spg::notes", "blocking: calls that would block wait "
                                                               "in the loop (cancellable)")));
    emit(std::move(r), t0);
}

// fcntl(F_GETFL): the kernel's status flags, with O_NONBLOCK as the socket's own mode. The
// engine keeps every kernel fd non-blocking for its loop and emulates blocking, so the bit
// is the one the user's fcntl(F_SETFL) (or SOCK_NONBLOCK) set: what a real program sees.
void EngineWorker::doGetFl(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    const SysResult got = sys::fcntl(s.fd, F_GETFL, 0);
    const SysResult res = got.ok()
        ? SysResult { (got.value & ~O_NONBLOCK) | (s.nonBlocking ? O_NONBLOCK : 0), 0 }
        : got;
    r.text = straceCall(c.kind, { { S::Fd, fdText(s) } }) + " = "
        + (res.ok() ? "0x" + hexText(res.value) + " (flags " + fileFlagsText(static_cast<int>(res.value)) + ")"
                    : resultTail(res).substr(2));
    r.result = res.value;
    r.error = res.error;
    if (res.ok()) {
        r.value = fileFlagsText(static_cast<int>(res.value));
        r.number = res.value;
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "O_NONBLOCK is the socket's mode as your calls "
                                                         "see it; the engine's own fd is always "
                                                         "non-blocking so its loop never sleeps in a call")));
    }
    emit(std::move(r), t0);
}

void EngineWorker::doFionread(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    int value = 0;
    const SysResult res = sys::ioctl(s.fd, FIONREAD, &value);
    conclude(r,
             straceCall(c.kind, { { S::Fd, fdText(s) },
                                  { S::Value, res.ok() ? std::to_string(value) : "?" } }),
             res);
    if (res.ok()) {
        r.value = std::to_string(value);
        r.number = value;
    }
    emit(std::move(r), t0);
}

} // namespace spg::core
