// Calls that can block: connect, accept, and the send and receive families. On a blocking
// socket a call that would block is parked as a BlockedCall and retried when the loop sees
// the socket ready, so it returns what the blocking call would have returned while the
// loop keeps serving every other socket. On a non-blocking socket the raw EAGAIN /
// EINPROGRESS comes back as is.
#include "core/words/address.h"
#include "core/engine/call_text.h"
#include "core/engine/engine_worker.h"
#include "core/words/strace_format.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"

#include <algorithm>
#include <memory>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/uio.h>

namespace spg::core {

namespace {

using S = StraceSlot;

constexpr std::size_t kMaxReceive = 64u << 20;

bool isAgain(int error)
{
    return error == EAGAIN || error == EWOULDBLOCK;
}

// Whether a blocking connect() would still be asleep, given what the non-blocking one said.
bool connectStillPending(int error, bool resumed)
{
    if (error == EINPROGRESS)
        return true;
    if (error != EALREADY)
        return false;
    // Linux: a blocking connect on a socket that is connecting waits for it. BSD answers
    // EALREADY at once; only our own retry keeps waiting.
    return sys::connectWaitsWhenAlreadyConnecting() || resumed;
}

// Whether a TCP socket has an error pending (a reset, say), seen without consuming it: poll()
// reports POLLERR, where SO_ERROR or a failing call would clear it. A real blocking send or
// MSG_WAITALL recv that has moved bytes returns their count when the error arrives and
// leaves the error for the next call, so the engine must not make a call that eats it.
bool tcpErrorPending(const SocketEntry& s)
{
    if (!s.stream() || (s.domain != AF_INET && s.domain != AF_INET6))
        return false;
    pollfd probe { s.fd, 0, 0 };
    return sys::poll(&probe, 1, 0).value == 1 && (probe.revents & POLLERR);
}

// Whether the peer has shut down its side or an error is pending: a peek that waits for more
// bytes returns what it has then.
bool hangUpPending(const SocketEntry& s)
{
    pollfd probe { s.fd, sys::pollReadHangup(), 0 };
    return sys::poll(&probe, 1, 0).value == 1 && (probe.revents & ~POLLIN & ~POLLOUT);
}

// How many bytes a blocking receive gathers before it returns: the whole buffer with
// MSG_WAITALL, SO_RCVLOWAT bytes (at most the buffer) otherwise, 1 when it takes what there
// is. Datagrams, non-blocking calls and MSG_DONTWAIT take what there is.
void gatherTarget(const SocketEntry& s, BlockedCall& call, std::size_t want)
{
    const Command& c = call.command;
    call.atLeast = 1;
    if (!s.stream() || s.nonBlocking || (c.flags & MSG_DONTWAIT) || want <= 1)
        return;
    // A UNIX stream peek returns what is queued once there is anything (Linux
    // unix_stream_read_generic stops after one pass over the queue); TCP's peek gathers.
    if ((c.flags & MSG_PEEK) && s.domain == AF_UNIX)
        return;
    if (c.flags & MSG_WAITALL) {
        call.atLeast = want;
        call.byTime = (c.flags & MSG_PEEK) != 0; // Readiness stays on while the peek waits.
    }
    int lowat = 1;
    socklen_t length = sizeof lowat;
    if (sys::getsockopt(s.fd, SOL_SOCKET, SO_RCVLOWAT, &lowat, &length).ok() && lowat > 1) {
        // The kernel's readiness waits for SO_RCVLOWAT fresh bytes, while the call wants
        // only the rest of them: readiness cannot tell when to look again.
        call.byTime = true;
        if (!(c.flags & MSG_WAITALL))
            call.atLeast = std::min<std::size_t>(static_cast<std::size_t>(lowat), want);
    }
}

long receiveQueued(int fd)
{
    int queued = 0;
    return sys::ioctl(fd, FIONREAD, &queued).ok() ? queued : -1;
}

// Reads (and so clears) the pending socket error, as a call result.
SysResult consumeSocketError(int fd)
{
    int error = 0;
    socklen_t len = sizeof error;
    const SysResult got = sys::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &len);
    return got.ok() ? SysResult { error ? -1 : 0, error } : got;
}

// One receive call into `buffer`, continuing a gathering call's iovec list where it stopped.
SysResult receiveOnce(int fd, const BlockedCall& call, char* buffer, std::size_t size,
                      SockAddr& peer, int& msgFlags)
{
    const Command& c = call.command;
    if (c.kind == CallKind::RecvFrom)
        return sys::recvfrom(fd, buffer, size, c.flags, peer.get(), &peer.length);
    if (c.kind == CallKind::Read) {
        peer.length = 0;
        return sys::read(fd, buffer, size);
    }
    if (c.kind != CallKind::RecvMsg) {
        peer.length = 0;
        return sys::recv(fd, buffer, size, c.flags);
    }
    std::vector<iovec> iov;
    std::size_t at = 0;
    std::size_t skip = static_cast<std::size_t>(call.gathered); // recvmsg keeps every byte
    for (std::size_t n : c.iovLengths) {
        const std::size_t used = std::min(skip, n);
        skip -= used;
        if (n > used)
            iov.push_back(iovec { buffer + at, n - used });
        at += n - used;
    }
    msghdr msg {};
    msg.msg_name = peer.get();
    msg.msg_namelen = peer.length;
    msg.msg_iov = iov.data();
    msg.msg_iovlen = static_cast<decltype(msg.msg_iovlen)>(iov.size());
    const SysResult res = sys::recvmsg(fd, &msg, c.flags);
    peer.length = msg.msg_namelen;
    msgFlags = msg.msg_flags;
    return res;
}


// The iovec list of a sendmsg, rebuilt from where the last partial send stopped.
std::vector<iovec> iovFrom(const std::vector<std::string>& payload, std::size_t offset)
{
    std::vector<iovec> iov;
    std::size_t skip = offset;
    for (const std::string& part : payload) {
        if (skip >= part.size()) {
            skip -= part.size();
            continue;
        }
        iov.push_back(iovec { const_cast<char*>(part.data()) + skip, part.size() - skip });
        skip = 0;
    }
    return iov;
}

} // namespace

bool EngineWorker::wouldBlock(const SocketEntry& s, const BlockedCall& call, int error) const
{
    return isAgain(error) && !s.nonBlocking && !(call.command.flags & MSG_DONTWAIT);
}

ByteOffset EngineWorker::record(SocketEntry& s, Direction d, const void* data, std::size_t n,
                                CommandId id, const SockAddr* peer)
{
    (d == Direction::Sent ? s.bytesOut : s.bytesIn) += n;
    s.sentSinceRead = s.sentSinceRead || d == Direction::Sent;
    if (!s.capture)
        return 0;
    const ByteOffset at = s.capture->append(d, data, n, id, peer && peer->length ? peer : nullptr);
    if (m_captureBudget.mayBeOver(n))
        enforceCaptureBudget();
    return at;
}

Capture::Room EngineWorker::receiveRoom(SocketEntry& s)
{
    if (!s.capture)
        return Capture::Room { m_buffer.data(), m_buffer.size() };
    return s.capture->room(m_buffer.size());
}

ByteOffset EngineWorker::commitReceived(SocketEntry& s, std::size_t n, bool extendLast)
{
    s.bytesIn += n;
    if (!s.capture)
        return 0;
    const ByteOffset at = s.capture->commit(Direction::Received, n, 0, extendLast);
    if (m_captureBudget.mayBeOver(n))
        enforceCaptureBudget();
    return at;
}

// Every capture counts, a closed socket's too: its bytes stay for the hex view.
void EngineWorker::enforceCaptureBudget()
{
    std::vector<Capture*> captures;
    for (auto& [id, entry] : m_sockets)
        if (entry->capture)
            captures.push_back(entry->capture.get());
    m_captureBudget.enforce(captures);
}

void EngineWorker::startBlockingCall(CommandId id, const Command& c, SocketEntry& s,
                                     const SockAddr* addr)
{
    if (receives(c.kind) && receiveLength(c) > kMaxReceive) {
        refuse(id, c, noteMessage(SPG_TR_NOOP("spg::notes", "buffer of %1 bytes is larger than the "
                                                            "playground's limit of 64 MiB"),
                                  receiveLength(c)));
        return;
    }
    BlockedCall call;
    call.id = id;
    call.command = c;
    call.started = WallClock::now();
    call.startedSteady = SteadyClock::now();
    if (addr)
        call.target = *addr;
    if (attempt(s, call) == Attempt::Finished)
        return;
    // Park it: the blocking call would sleep here; the loop retries when the socket is ready.
    call.parked = true;
    if (const auto limit = kernelTimeout(s, c.kind))
        call.deadline = call.startedSteady + *limit;
    CallRecord r = startRecord(id, c, &s);
    r.phase = CallPhase::Blocked;
    r.text = std::string(callName(c.kind)) + "(" + std::to_string(s.fd) + ", <unfinished ...>";
    setNote(r, call.needs & WantRead ? noteMessage(SPG_TR_NOOP("spg::notes", "blocked until the socket is readable"))
                   : call.needs & WantWrite
                   ? noteMessage(SPG_TR_NOOP("spg::notes", "blocked until the socket is writable"))
                   : noteMessage(SPG_TR_NOOP("spg::notes", "blocked; the engine retries every 10 ms "
                                                           "(no readiness tells when this wait ends)")));
    emit(std::move(r), call.startedSteady);
    s.blocked.push_back(std::move(call));
    s.dirty = true;
}

EngineWorker::Attempt EngineWorker::attempt(SocketEntry& s, BlockedCall& call)
{
    switch (call.command.kind) {
    case CallKind::Connect: return attemptConnect(s, call);
    case CallKind::Accept: return attemptAccept(s, call, false);
    case CallKind::Accept4: return attemptAccept(s, call, false);
    case CallKind::Send:
    case CallKind::SendTo:
    case CallKind::SendMsg:
    case CallKind::Write: return attemptSend(s, call);
    default: return attemptRecv(s, call);
    }
}

void EngineWorker::finishCall(SocketEntry& s, BlockedCall& call, CallRecord record)
{
    if (call.parked) {
        if (record.phase == CallPhase::Done)
            record.phase = CallPhase::Resumed;
        record.started = call.started;
        s.dirty = true;
    }
    if (record.error == ECONNRESET)
        s.reset = true;
    emit(std::move(record), call.startedSteady);
}

EngineWorker::Attempt EngineWorker::attemptConnect(SocketEntry& s, BlockedCall& call)
{
    const bool resumed = call.connectStarted;
    call.connectStarted = true;
    // Resumed or not, the answer comes from connect() itself. A real blocking connect sleeps
    // inside the call and, once the handshake is over, moves the socket from connecting to
    // connected (Linux: SS_CONNECTING -> SS_CONNECTED), or on failure back to unconnected
    // with the error consumed. Only a second connect() does that on a non-blocking fd;
    // reading SO_ERROR instead would leave the socket half-finished.
    SysResult res = sys::connect(s.fd, call.target.get(), call.target.length);
    if (!s.nonBlocking && s.domain == AF_UNIX && isAgain(res.error)) {
        // The listener's backlog is full. A blocking connect sleeps until accept() makes
        // room (or SO_SNDTIMEO ends it with EAGAIN); our own socket gives no readiness for
        // that, so the engine asks again on a timer.
        call.timeoutError = res.error;
        call.retryLater();
        return Attempt::WouldBlock;
    }
    if (!s.nonBlocking && connectStillPending(res.error, resumed)) {
        // Linux: when SO_SNDTIMEO runs out the real call returns what it would have said
        // without waiting (EINPROGRESS, or EALREADY if it was already connecting).
        if (!resumed)
            call.timeoutError = res.error;
        s.lifecycle = Lifecycle::Connecting;
        call.needs = WantWrite;
        return Attempt::WouldBlock;
    }
    if (resumed && res.error == EISCONN)
        res = SysResult { 0, 0 }; // BSD and macOS answer a completed connect this way.
    else if (resumed && res.error == EINVAL)
        res = consumeSocketError(s.fd); // BSD, after a failed connect: SO_ERROR holds why.
    CallRecord r = startRecord(call.id, call.command, &s);
    r.sockaddr = call.target.bytes();
    conclude(r,
             straceCall(CallKind::Connect,
                        { { S::Fd, std::to_string(s.fd) },
                          { S::Addr, straceSockaddr(call.target.get(), call.target.length) },
                          { S::AddrLen, std::to_string(call.target.length) } }),
             res);
    s.connectTo = formatAddress(call.target);
    if (res.ok() || res.error == EISCONN)
        s.lifecycle = Lifecycle::Connected;
    else if (res.error == EINPROGRESS || res.error == EALREADY)
        s.lifecycle = Lifecycle::Connecting;
    else if (s.lifecycle == Lifecycle::Connecting)
        s.lifecycle = Lifecycle::Created;
    if (call.parked && res.ok())
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "the handshake completed")));
    else if (isAgain(res.error) && s.domain == AF_UNIX)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "the listener's backlog is full; a "
                                                         "blocking connect waits for room")));
    finishCall(s, call, std::move(r));
    return Attempt::Finished;
}

EngineWorker::Attempt EngineWorker::attemptAccept(SocketEntry& s, BlockedCall& call,
                                                  bool automatic)
{
    SockAddr peer;
    peer.length = sizeof peer.storage;
    const bool four = call.command.kind == CallKind::Accept4;
    // Auto-accept asks for the descriptor the loop needs (non-blocking, close-on-exec) in the
    // call itself where accept4() exists, as a plain acceptor would, instead of three fcntl()
    // calls after it; its record shows that call. The socket's own mode stays accept()'s.
    const int engineFlags = automatic && !four ? sys::socketTypeFlags() : 0;
    const int flags = four ? call.command.flags : engineFlags;
    const SysResult res = four || engineFlags
        ? sys::accept4(s.fd, peer.get(), &peer.length, flags)
        : sys::accept(s.fd, peer.get(), &peer.length);
    if (!res.ok() && !automatic && wouldBlock(s, call, res.error)) {
        call.needs = WantRead;
        return Attempt::WouldBlock;
    }
    if (!res.ok() && automatic && isAgain(res.error))
        return Attempt::WouldBlock; // The queue is empty: nothing to report.
    CallRecord r = startRecord(call.id, call.command, &s);
    r.automatic = automatic;
    const bool shownFour = four || engineFlags;
    conclude(r,
             straceCall(shownFour ? CallKind::Accept4 : CallKind::Accept,
                        { { S::Fd, std::to_string(s.fd) },
                          { S::Addr, res.ok() ? straceSockaddr(peer.get(), peer.length)
                                              : std::string("0x...") },
                          { S::AddrLen,
                            std::to_string(res.ok() ? peer.length
                                                    : static_cast<socklen_t>(sizeof peer.storage)) },
                          { S::Flags, sockFlagsText(flags) } }),
             res);
    if (res.ok()) {
        SocketEntry& child = adopt(static_cast<int>(res.value), s.domain, s.type, s.protocol,
                                   s.id, engineFlags != 0);
        child.lifecycle = Lifecycle::Connected;
        if (sys::acceptInheritsNonBlocking())
            child.nonBlocking = s.nonBlocking; // BSD accept() inherits O_NONBLOCK.
        if (four) // The kernel fd is non-blocking for the loop; the mode is the engine's flag.
            child.nonBlocking = (call.command.flags & sys::socketTypeNonBlock()) != 0;
        // Auto-receive and echo on a listener mean "for every connection it accepts": a
        // listener itself never receives, so the flags are its children's.
        child.autoReceive = s.autoReceive;
        child.echo = s.echo;
        child.acceptedPeer = peer;
        r.created = child.id;
        r.peer = formatAddress(peer);
        r.sockaddr = peer.bytes();
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "new socket #%1 from %2"), child.id, r.peer));
    } else if (automatic && (res.error == EMFILE || res.error == ENFILE)) {
        // Out of descriptors: the connection stays queued and the listener stays readable, so
        // retrying now would spin. Wait until a socket is closed.
        pauseAccept(s);
        setNote(s, noteMessage(SPG_TR_NOOP("spg::notes", "auto-accept paused after %1; it resumes "
                                                         "when a socket is closed"),
                               res.error == EMFILE ? "EMFILE" : "ENFILE"));
        setNote(r, s.noteWhat);
    }
    finishCall(s, call, std::move(r));
    return Attempt::Finished;
}

EngineWorker::Attempt EngineWorker::attemptSend(SocketEntry& s, BlockedCall& call)
{
    const Command& c = call.command;
    const std::string all = joinedPayload(c);
    const std::size_t offset = static_cast<std::size_t>(call.done);
    const int flags = c.flags | sys::noSignalFlag();
    SysResult res;
    const sockaddr* to = call.target.length ? call.target.get() : nullptr;
    if (call.done > 0 && tcpErrorPending(s)) {
        res = SysResult { -1, EPIPE }; // Not shown: the call returns the count sent so far.
    } else if (c.kind == CallKind::SendMsg) {
        std::vector<iovec> iov = iovFrom(c.payload, offset);
        msghdr msg {};
        msg.msg_name = const_cast<sockaddr*>(to);
        msg.msg_namelen = to ? call.target.length : 0;
        msg.msg_iov = iov.data();
        msg.msg_iovlen = static_cast<decltype(msg.msg_iovlen)>(iov.size());
        res = sys::sendmsg(s.fd, &msg, flags);
    } else if (c.kind == CallKind::SendTo) {
        res = sys::sendto(s.fd, all.data() + offset, all.size() - offset, flags, to,
                          to ? call.target.length : 0);
    } else if (c.kind == CallKind::Write) {
        res = sys::write(s.fd, all.data() + offset, all.size() - offset);
        call.sigpipe = call.sigpipe || (res.error == EPIPE && sys::takePendingSigpipe());
    } else {
        res = sys::send(s.fd, all.data() + offset, all.size() - offset, flags);
    }
    if (res.ok() && res.value > 0) {
        const ByteOffset at = record(s, Direction::Sent, all.data() + offset,
                                     static_cast<std::size_t>(res.value), call.id, &call.target);
        if (call.done == 0)
            call.firstOffset = at;
        call.done += static_cast<std::uint64_t>(res.value);
    }
    const bool complete = call.done >= all.size();
    const bool stream = s.stream();
    if (!complete && stream && !s.nonBlocking && !(c.flags & MSG_DONTWAIT)
        && (res.ok() || isAgain(res.error))) {
        call.needs = WantWrite; // A blocking send returns only when every byte is queued.
        return Attempt::WouldBlock;
    }
    if (!res.ok() && wouldBlock(s, call, res.error)) {
        call.needs = WantWrite;
        return Attempt::WouldBlock;
    }
    const SysResult final = call.done > 0 ? SysResult { static_cast<long>(call.done), 0 } : res;
    CallRecord r = startRecord(call.id, c, &s);
    conclude(r,
             straceCall(c.kind, sendValues(c, all, call.target, m_options.strsize)
                                    .set(S::Fd, std::to_string(s.fd))),
             final);
    r.sockaddr = call.target.bytes(); // Empty for send(), which names no address.
    if (call.done > 0) {
        r.hasData = true;
        r.direction = Direction::Sent;
        r.dataOffset = call.firstOffset;
        r.dataLength = call.done;
    }
    if (call.sigpipe)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes",
                                           "SIGPIPE raised: a program with the default handler would "
                                           "have been killed here (the playground blocked and "
                                           "consumed it; send() with MSG_NOSIGNAL would not raise it)")));
    else if (final.error == EPIPE)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "the peer is gone; SIGPIPE was suppressed "
                                                         "(MSG_NOSIGNAL / SO_NOSIGPIPE)")));
    finishCall(s, call, std::move(r));
    return Attempt::Finished;
}

char* EngineWorker::receiveSpace(std::size_t size)
{
    if (size > m_receiveSpaceSize || !m_receiveSpace) {
        m_receiveSpaceSize = std::max<std::size_t>(size, 1);
        m_receiveSpace = std::make_unique_for_overwrite<char[]>(m_receiveSpaceSize);
    }
    return m_receiveSpace.get();
}

EngineWorker::Attempt EngineWorker::attemptRecv(SocketEntry& s, BlockedCall& call)
{
    const Command& c = call.command;
    const std::size_t want = receiveLength(c);
    if (call.atLeast == 0)
        gatherTarget(s, call, want);
    const bool peekAll = (c.flags & MSG_PEEK) && call.atLeast > 1;
    if (peekAll) { // A peek sees the queue from its start every time.
        call.received.clear();
        call.gathered = 0;
    }
    const std::size_t room = want - std::min<std::size_t>(want, static_cast<std::size_t>(call.gathered));
    // A 64 MiB MSG_WAITALL costs what arrives at each readiness, not its whole size again
    // (a fresh zero-filled buffer per readiness did): see receiveSpace().
    char* const buffer = receiveSpace(room);
    // recvmsg shows the start of every iovec and a peek shows every byte: those keep what
    // they gather, in one allocation, touched as filled. The others keep their line's bytes.
    const bool keepsAll = c.kind == CallKind::RecvMsg || (c.flags & MSG_PEEK);
    if (keepsAll && call.atLeast > 1 && call.received.capacity() < want)
        call.received.reserve(want);
    SockAddr peer;
    peer.length = sizeof peer.storage;
    int msgFlags = 0;
    SysResult res;
    if (call.gathered > 0 && tcpErrorPending(s) && receiveQueued(s.fd) == 0) {
        res = SysResult { -1, ECONNRESET }; // Not shown: the call returns the count so far.
        peer.length = 0;
    } else {
        res = receiveOnce(s.fd, call, buffer, room, peer, msgFlags);
    }
    if (!res.ok() && wouldBlock(s, call, res.error)) {
        call.needs = WantRead;
        if (call.byTime && call.gathered > 0)
            call.retryLater();
        return Attempt::WouldBlock;
    }
    // MSG_TRUNC can report more than the buffer held; only what was copied is data.
    const std::size_t got = res.ok() ? std::min<std::size_t>(static_cast<std::size_t>(res.value), room) : 0;
    if (got > 0 && !(c.flags & MSG_PEEK)) {
        const ByteOffset at = record(s, Direction::Received, buffer, got, call.id, &peer);
        if (call.gathered == 0)
            call.firstOffset = at;
    }
    const std::size_t lineRoom = m_options.strsize - std::min(m_options.strsize, call.received.size());
    call.received.append(buffer, keepsAll ? got : std::min(got, lineRoom));
    call.gathered += got;
    if (res.ok() && res.value == 0 && s.stream() && want > 0)
        s.peerClosed = true;
    // A blocking recv gathers until it has call.atLeast bytes: the whole buffer with
    // MSG_WAITALL, SO_RCVLOWAT bytes otherwise; it returns fewer at end of file or on error.
    if (call.atLeast > 1 && res.ok() && res.value > 0 && call.gathered < call.atLeast
        && !(peekAll && hangUpPending(s))) {
        call.needs = WantRead;
        if (call.byTime)
            call.retryLater();
        return Attempt::WouldBlock;
    }
    const SysResult final = call.gathered > 0 && (call.atLeast > 1 || !res.ok())
        ? SysResult { static_cast<long>(call.gathered), 0 }
        : res;
    CallRecord r = startRecord(call.id, c, &s);
    const std::string& data = call.received;
    const bool named = c.kind != CallKind::Recv && final.ok() && peer.length > 0;
    conclude(r,
             straceCall(c.kind, receiveValues(c, data, call.gathered, final, named ? &peer : nullptr, msgFlags,
                                              m_options.strsize)
                                    .set(S::Fd, std::to_string(s.fd))),
             final);
    r.msgFlags = msgFlags;
    if (named) {
        r.peer = formatAddress(peer);
        r.sockaddr = peer.bytes();
    }
    if (c.flags & MSG_PEEK)
        r.peeked = data;
    if (call.gathered > 0) {
        r.hasData = !(c.flags & MSG_PEEK);
        r.direction = Direction::Received;
        r.dataOffset = call.firstOffset;
        r.dataLength = call.gathered;
    }
    if (final.ok() && final.value == 0 && s.stream() && want > 0)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "end of file: the peer shut down its sending side")));
    else if (msgFlags & MSG_TRUNC)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "MSG_TRUNC: the datagram was longer than the "
                                                         "buffer; the rest is lost")));
    else if (c.flags & MSG_PEEK)
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "MSG_PEEK: the bytes stay queued for the next read")));
    finishCall(s, call, std::move(r));
    return Attempt::Finished;
}

} // namespace spg::core
