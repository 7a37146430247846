// Per-socket automation, off by default so queues visibly fill: auto-accept, auto-receive
// and echo. Each performs ordinary calls through the same seam and logs them, marked as
// automatic. Work per readiness is bounded so one busy socket cannot starve the others.
#include "core/engine/engine_worker.h"
#include "core/words/strace_format.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"

#include <algorithm>
#include <optional>
#include <vector>

namespace spg::core {

using S = StraceSlot;

namespace {

constexpr int kAcceptsPerWake = 16;
constexpr int kReadsPerWake = 16;

// The record of a call an automation made: like a user's, but marked and without a command.
CallRecord automaticRecord(const SocketEntry& s, CallKind kind)
{
    CallRecord r;
    r.kind = kind;
    r.socket = s.id;
    r.fd = s.fd;
    r.started = WallClock::now();
    r.automatic = true;
    return r;
}

// "262144 ×3, 1000": each call's result in order, runs of equal ones folded.
std::string foldedAnswers(const std::vector<long>& answers)
{
    std::string text;
    for (std::size_t i = 0; i < answers.size();) {
        std::size_t j = i;
        while (j < answers.size() && answers[j] == answers[i])
            ++j;
        text += (text.empty() ? "" : ", ") + std::to_string(answers[i]);
        if (j - i > 1)
            text += " \u00d7" + std::to_string(j - i);
        i = j;
    }
    return text;
}

} // namespace

void EngineWorker::autoAccept(SocketEntry& s)
{
    Command command = makeAccept(s.id);
    // poll() and select() scan every watched fd per wait: with thousands held, accepting only
    // 16 per wait would make N connections cost N^2 / 16 fd scans. More per wait as more are
    // watched keeps the scan's share of each accept constant.
    const std::size_t limit = std::max<std::size_t>(kAcceptsPerWake, m_reporter.stats().watched / 16);
    for (std::size_t i = 0; i < limit && s.open() && !s.acceptPaused; ++i) {
        BlockedCall call;
        call.command = command;
        call.started = WallClock::now();
        call.startedSteady = SteadyClock::now();
        if (attemptAccept(s, call, true) == Attempt::WouldBlock)
            break;
    }
}

// A call that returned no bytes ends auto-receive: end of file on a stream, or a hard error
// (the socket stays readable, so retrying would spin). Says so in the record; true if it ended.
bool EngineWorker::endAutoReceive(SocketEntry& s, CallRecord& r, const SysResult& res)
{
    // Either end changes what the loop watches and what the panel shows: not throttled.
    if (!res.ok() || (res.value == 0 && s.stream()))
        s.dirty = true;
    if (res.ok() && res.value == 0 && s.stream()) {
        s.peerClosed = true;
        setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "end of file: the peer shut down its sending "
                                                         "side; auto-receive stops")));
        return true;
    }
    if (res.ok())
        return false;
    s.reset = s.reset || res.error == ECONNRESET;
    s.autoReceive = false;
    s.echo = false;
    setNote(s, noteMessage(SPG_TR_NOOP("spg::notes", "auto-receive stopped: %1"),
                           r.text.substr(r.text.rfind('=') + 2)));
    setNote(r, s.noteWhat);
    return true;
}

void EngineWorker::autoReceive(SocketEntry& s)
{
    s.pendingReady &= ~(ReadyRead | ReadyReadHangup | ReadyPriority);
    if (s.stream() && !s.echo) {
        autoReceiveStream(s);
        return;
    }
    // Datagrams keep one record per call (each has its own boundary and sender), and so does
    // echo, whose sends come between the receives in the capture.
    for (int i = 0; i < kReadsPerWake && s.receivesAutomatically() && !s.peerClosed; ++i) {
        const auto t0 = SteadyClock::now();
        SockAddr peer;
        peer.length = sizeof peer.storage;
        const bool datagram = !s.stream();
        const SysResult res = datagram
            ? sys::recvfrom(s.fd, m_buffer.data(), m_buffer.size(), 0, peer.get(), &peer.length)
            : sys::recv(s.fd, m_buffer.data(), m_buffer.size(), 0);
        if (!datagram)
            peer.length = 0;
        if (!res.ok() && (res.error == EAGAIN || res.error == EWOULDBLOCK))
            break;
        const std::size_t got = res.ok() ? static_cast<std::size_t>(res.value) : 0;
        CallRecord r = automaticRecord(s, datagram ? CallKind::RecvFrom : CallKind::Recv);
        if (got > 0) {
            r.hasData = true;
            r.direction = Direction::Received;
            r.dataLength = got;
            r.dataOffset = record(s, Direction::Received, m_buffer.data(), got, 0, &peer);
        }
        if (datagram && res.ok())
            r.peer = formatAddress(peer);
        conclude(r,
                 straceCall(r.kind,
                            { { S::Fd, std::to_string(s.fd) },
                              { S::Buf, res.ok() ? quoteBytes(m_buffer.data(), got, m_options.strsize)
                                                 : std::string("0x...") },
                              { S::Len, std::to_string(m_buffer.size()) },
                              { S::Flags, "0" },
                              { S::Addr, res.ok() ? straceSockaddr(peer.get(), peer.length) : "NULL" },
                              { S::AddrLen, std::to_string(res.ok() ? peer.length : 0) } }),
                 res);
        endAutoReceive(s, r, res);
        emit(std::move(r), t0);
        if (s.echo && got > 0) {
            s.echoBacklog.append(reinterpret_cast<const char*>(m_buffer.data()), got);
            s.echoPeer = peer;
        }
        if (s.echo)
            flushEcho(s);
        if (datagram ? false : got < m_buffer.size())
            break; // The stream is drained for now; poll again rather than waste a call.
    }
    m_reporter.refreshThrottled(s); // A datagram flood is read once per tick, like a stream's.
}

// A stream's automatic receives of one loop iteration become one record. Their bytes lie
// end to end in the capture (nothing else is appended in between), so the record's one
// [dataOffset, +dataLength) range and its one capture segment name exactly the bytes the
// calls returned; its text and result are the first call's, `calls` says how many there
// were and the note gives each answer. Each call receives straight into the capture's
// ring, so a captured byte is copied once, by the kernel, as in a plain recv() loop.
void EngineWorker::autoReceiveStream(SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord batch;
    batch.calls = 0;
    std::optional<CallRecord> ending; // recv() = 0 or an error: its own record, after the bytes.
    std::vector<long> answers;
    bool full = false; // The last call filled its room: more is probably queued.
    for (int i = 0; i < kReadsPerWake && s.receivesAutomatically() && !s.peerClosed; ++i) {
        const Capture::Room room = receiveRoom(s);
        const SysResult res = sys::recv(s.fd, room.data, room.size, 0);
        full = false;
        if (!res.ok() && (res.error == EAGAIN || res.error == EWOULDBLOCK))
            break;
        // The line is built for a record's first call only, not for every receive of a flood.
        const auto line = [&](std::string buf) {
            return straceCall(CallKind::Recv, { { S::Fd, std::to_string(s.fd) },
                                                { S::Buf, std::move(buf) },
                                                { S::Len, std::to_string(room.size) },
                                                { S::Flags, "0" } });
        };
        if (!res.ok() || res.value == 0) {
            ending = automaticRecord(s, CallKind::Recv);
            conclude(*ending, line(res.ok() ? "\"\"" : "0x..."), res);
            endAutoReceive(s, *ending, res);
            break;
        }
        const auto got = static_cast<std::size_t>(res.value);
        const ByteOffset at = commitReceived(s, got, batch.calls > 0);
        if (batch.calls == 0) {
            batch = automaticRecord(s, CallKind::Recv);
            batch.calls = 0;
            batch.hasData = true;
            batch.direction = Direction::Received;
            batch.dataOffset = at;
            conclude(batch, line(quoteBytes(room.data, got, m_options.strsize)), res);
        }
        ++batch.calls;
        batch.dataLength += got;
        answers.push_back(res.value);
        full = got == room.size;
        if (!full)
            break; // The stream is drained for now; poll again rather than waste a call.
    }
    if (batch.calls > 1)
        setNote(batch, noteMessage(SPG_TR_NOOP("spg::notes", "%1 recv() calls in one loop iteration, "
                                                             "%2 bytes in all; each returned %3"),
                                   batch.calls, batch.dataLength, foldedAnswers(answers)));
    if (batch.calls > 0)
        emit(std::move(batch), t0);
    if (ending)
        emit(std::move(*ending), t0);
    // In a flood every iteration would re-read the socket's state (six calls) only to show
    // new byte counts: while receives fill their room the periodic tick shows the counts,
    // and the receive that drains the queue asks for at most one read per tick.
    if (!full)
        m_reporter.refreshThrottled(s);
}

void EngineWorker::flushEcho(SocketEntry& s)
{
    while (!s.echoBacklog.empty() && s.open()) {
        const auto t0 = SteadyClock::now();
        const int flags = MSG_DONTWAIT | sys::noSignalFlag();
        const bool toPeer = !s.stream() && s.echoPeer.length > 0;
        const SysResult res = toPeer
            ? sys::sendto(s.fd, s.echoBacklog.data(), s.echoBacklog.size(), flags,
                          s.echoPeer.get(), s.echoPeer.length)
            : sys::send(s.fd, s.echoBacklog.data(), s.echoBacklog.size(), flags);
        if (!res.ok() && (res.error == EAGAIN || res.error == EWOULDBLOCK))
            break; // The loop watches for writable while the backlog is not empty.
        CallRecord r = automaticRecord(s, toPeer ? CallKind::SendTo : CallKind::Send);
        conclude(r,
                 straceCall(r.kind,
                            { { S::Fd, std::to_string(s.fd) },
                              { S::Buf, quoteBytes(s.echoBacklog.data(), s.echoBacklog.size(),
                                                   m_options.strsize) },
                              { S::Len, std::to_string(s.echoBacklog.size()) },
                              { S::Flags, msgFlagsText(flags) },
                              { S::Addr, toPeer ? straceSockaddr(s.echoPeer.get(), s.echoPeer.length)
                                                : "NULL" },
                              { S::AddrLen, std::to_string(toPeer ? s.echoPeer.length : 0) } }),
                 res);
        if (res.ok() && res.value > 0) {
            const auto n = static_cast<std::size_t>(res.value);
            r.hasData = true;
            r.direction = Direction::Sent;
            r.dataLength = n;
            r.dataOffset = record(s, Direction::Sent, s.echoBacklog.data(), n, 0, &s.echoPeer);
            s.echoBacklog.erase(0, n);
        } else {
            setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "echo stopped; %1 byte(s) were not echoed"),
                                   s.echoBacklog.size()));
            s.echoBacklog.clear();
            s.dirty = true; // A failed send can mean the connection ended: read it now.
        }
        emit(std::move(r), t0);
        if (!toPeer && !s.echoBacklog.empty())
            continue;
    }
    if (s.echo && s.peerClosed && s.echoBacklog.empty() && !s.shutWrite && s.open() && s.stream())
        endEcho(s);
    // The loop must see at once whether the backlog still needs "writable"; the send queue
    // an echo moves at every receive is read at most once per tick.
    s.touchInterest();
    m_reporter.refreshThrottled(s);
}

// The peer has said all it will and every byte went back: the echo says so too, with a
// FIN of its own, as an echo server's close would. The peer's read then ends with 0.
void EngineWorker::endEcho(SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    const SysResult res = sys::shutdown(s.fd, SHUT_WR);
    CallRecord r = automaticRecord(s, CallKind::Shutdown);
    conclude(r, straceCall(CallKind::Shutdown, { { S::Fd, std::to_string(s.fd) }, { S::How, "SHUT_WR" } }),
             res);
    setNote(r, noteMessage(SPG_TR_NOOP("spg::notes", "echo: the peer sent end of file, and "
                                                     "everything was echoed")));
    s.shutWrite = res.ok();
    s.dirty = true;
    emit(std::move(r), t0);
}

} // namespace spg::core
