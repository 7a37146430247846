// setsockopt/getsockopt, getsockname/getpeername, and the engine controls (cancel,
// automation, backend switch, capture cap, sync).
#include "core/words/address.h"
#include "core/engine/engine_worker.h"
#include "core/words/sockopt.h"
#include "core/words/strace_format.h"
#include "core/words/strace_line.h"
#include "core/sys/sys.h"

namespace spg::core {

using S = StraceSlot;

void EngineWorker::doSetSockOpt(CommandId id, const Command& c, SocketEntry& s)
{
    OptionRef ref;
    if (Message error = optionRefMessage(c.level, c.option, ref); *error.text) {
        refuse(id, c, std::move(error));
        return;
    }
    // An option the table does not know is passed as a plain int: the kernel says what it
    // thinks of it (ENOPROTOOPT, EINVAL, or it takes it).
    const SocketOption& option = ref.known ? *ref.known : numericOption();
    const std::string name = optionNameText(ref);
    OptionValue value;
    if (Message error = optionValueMessage(option, c.value, value); *error.text) {
        refuse(id, c, makeMessage("spg::sockopt", "%1: %2", name, error)); // "SO_LINGER: ..."
        return;
    }
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    unsigned char buffer[32];
    const unsigned length = encodeOptionValue(option, value, buffer, sizeof buffer);
    const SysResult res = sys::setsockopt(s.fd, ref.level, ref.optname, buffer, length);
    conclude(r,
             straceCall(c.kind, { { S::Fd, std::to_string(s.fd) },
                                  { S::Level, optionLevelText(ref.level) },
                                  { S::OptName, name },
                                  { S::OptVal, renderOptionValue(option, buffer, length) },
                                  { S::OptLen, std::to_string(length) } }),
             res);
    emit(std::move(r), t0);
}

void EngineWorker::doGetSockOpt(CommandId id, const Command& c, SocketEntry& s)
{
    OptionRef ref;
    if (Message error = optionRefMessage(c.level, c.option, ref); *error.text) {
        refuse(id, c, std::move(error));
        return;
    }
    const SocketOption& option = ref.known ? *ref.known : numericOption();
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    unsigned char buffer[32] = {};
    socklen_t length = option.kind == OptionKind::Linger ? sizeof(linger)
        : option.kind == OptionKind::Timeval             ? sizeof(timeval)
                                                         : sizeof(int);
    const SysResult res = sys::getsockopt(s.fd, ref.level, ref.optname, buffer, &length);
    const std::string shown = res.ok() ? renderOptionValue(option, buffer, length) : "0x...";
    conclude(r,
             straceCall(c.kind, { { S::Fd, std::to_string(s.fd) },
                                  { S::Level, optionLevelText(ref.level) },
                                  { S::OptName, optionNameText(ref) },
                                  { S::OptVal, shown },
                                  { S::OptLen, std::to_string(length) } }),
             res);
    if (res.ok()) {
        const OptionValue v = decodeOptionValue(option, buffer, length);
        r.value = describeOptionValue(option, v);
        // One number where the kernel returned one; linger and timeval have none.
        if (option.kind == OptionKind::Int || option.kind == OptionKind::Bool)
            r.number = v.number;
        if (ref.optname == SO_ERROR && ref.level == SOL_SOCKET && v.number != 0)
            r.value = std::to_string(v.number) + " ("
                + resultTail(SysResult { -1, static_cast<int>(v.number) }).substr(5) + ")";
    }
    emit(std::move(r), t0);
}

void EngineWorker::doName(CommandId id, const Command& c, SocketEntry& s)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, &s);
    SockAddr addr;
    addr.length = sizeof addr.storage;
    const bool local = c.kind == CallKind::GetSockName;
    const SysResult res = local ? sys::getsockname(s.fd, addr.get(), &addr.length)
                                : sys::getpeername(s.fd, addr.get(), &addr.length);
    conclude(r,
             straceCall(c.kind,
                        { { S::Fd, std::to_string(s.fd) },
                          { S::Addr, res.ok() ? straceSockaddr(addr.get(), addr.length) : "0x..." },
                          { S::AddrLen, std::to_string(addr.length) } }),
             res);
    if (res.ok()) {
        r.value = formatAddress(addr);
        r.sockaddr = addr.bytes();
    }
    emit(std::move(r), t0);
}

void EngineWorker::doControl(CommandId id, const Command& c)
{
    const auto t0 = SteadyClock::now();
    CallRecord r = startRecord(id, c, nullptr);
    switch (c.kind) {
    case CallKind::Cancel: {
        SocketEntry* s = m_sockets.find(c.socket);
        if (!s) {
            refuse(id, c, noSocketNote(c.socket));
            return;
        }
        const std::size_t before = s->blocked.size();
        cancelBlocked(*s, c.target, CancelReason::ByUser);
        const std::size_t polls = cancelPolls(c.socket, c.target);
        setEngineLine(r, SPG_TR_NOOP("spg::engine", "cancel: %1 blocked call(s) on socket #%2"),
                      before - s->blocked.size() + polls, c.socket);
        break;
    }
    case CallKind::SetAutomation: {
        SocketEntry* found = m_sockets.find(c.socket);
        if (!found) {
            refuse(id, c, noSocketNote(c.socket));
            return;
        }
        SocketEntry& s = *found;
        if (s.fdKind != FdKind::Socket) {
            refuse(id, c,
                   s.fdKind == FdKind::Epoll
                       ? noteMessage(SPG_TR_NOOP("spg::notes", "socket #%1 is an epoll instance: "
                                                               "there is nothing to accept or receive"),
                                     s.id)
                       : noteMessage(SPG_TR_NOOP("spg::notes", "socket #%1 is a kqueue: there is "
                                                               "nothing to accept or receive"),
                                     s.id));
            return;
        }
        bool& flag = c.automation == Automation::AutoAccept ? s.autoAccept
            : c.automation == Automation::AutoReceive       ? s.autoReceive
                                                            : s.echo;
        flag = c.enable;
        s.acceptPaused = false;
        s.pendingReady = 0;
        s.dirty = true;
        r.fd = s.fd;
        if (c.enable)
            setEngineLine(r, SPG_TR_NOOP("spg::engine", "%1 on for socket #%2"),
                          automationName(c.automation), s.id);
        else
            setEngineLine(r, SPG_TR_NOOP("spg::engine", "%1 off for socket #%2"),
                          automationName(c.automation), s.id);
        break;
    }
    case CallKind::SetBackend: {
        std::string error;
        const std::optional<Backend> old = m_loop.switchBackend(c.backend, error);
        if (!old) {
            refuse(id, c, backendError(c.backend, error));
            return;
        }
        setEngineLine(r, SPG_TR_NOOP("spg::engine", "backend: %1 -> %2"), backendName(*old),
                      backendName(c.backend));
        m_reporter.stats().backend = c.backend;
        m_reporter.emitStats(true);
        break;
    }
    case CallKind::SetCaptureCap:
        m_options.captureCap = c.captureCap;
        for (auto& [sid, s] : m_sockets)
            if (s->capture)
                s->capture->setCap(c.captureCap);
        if (c.captureBudget != 0) {
            m_options.captureBudget = c.captureBudget;
            m_captureBudget.setBudget(c.captureBudget);
            enforceCaptureBudget();
            setEngineLine(r, SPG_TR_NOOP("spg::engine",
                                         "capture cap: %1 bytes per socket, %2 bytes in all"),
                          c.captureCap, c.captureBudget);
        } else {
            setEngineLine(r, SPG_TR_NOOP("spg::engine", "capture cap: %1 bytes per socket"),
                          c.captureCap);
        }
        break;
    default:
        r.text = "sync";
        break;
    }
    emit(std::move(r), t0);
}

} // namespace spg::core
