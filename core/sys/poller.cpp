// Backend names, the factory that picks a backend, and the text form of each backend's raw
// record. The raw records are decoded with fixed tables so a kevent or epoll record reads
// the same on any host. Pure functions; callable from any thread.
#include "core/sys/poller.h"

#include "core/words/errno_names.h"
#include "core/sys/kqueue_api.h"
#include "core/sys/poller_backends.h"

#include <cstdio>
#include <initializer_list>
#include <poll.h>

namespace spg::core {

namespace {

struct BitName {
    std::uint64_t bit;
    const char* name;
};

// The Linux epoll values, spelled out so describeRaw() also works where <sys/epoll.h> is
// missing (records can come from a saved log or a test).
constexpr std::uint32_t kEpollIn = 0x001;
constexpr std::uint32_t kEpollPri = 0x002;
constexpr std::uint32_t kEpollOut = 0x004;
constexpr std::uint32_t kEpollErr = 0x008;
constexpr std::uint32_t kEpollHup = 0x010;
constexpr std::uint32_t kEpollRdNorm = 0x040;
constexpr std::uint32_t kEpollRdBand = 0x080;
constexpr std::uint32_t kEpollWrNorm = 0x100;
constexpr std::uint32_t kEpollWrBand = 0x200;
constexpr std::uint32_t kEpollMsg = 0x400;
constexpr std::uint32_t kEpollRdHup = 0x2000;
constexpr std::uint32_t kEpollOneShot = 1u << 30;
constexpr std::uint32_t kEpollEt = 1u << 31;

// Order matters: on macOS POLLWRNORM equals POLLOUT, and a bit already named is not
// named twice, so the common name wins.
constexpr BitName kPollBits[] = {
    { POLLIN, "POLLIN" },
    { POLLPRI, "POLLPRI" },
    { POLLOUT, "POLLOUT" },
    { POLLERR, "POLLERR" },
    { POLLHUP, "POLLHUP" },
    { POLLNVAL, "POLLNVAL" },
    { POLLRDNORM, "POLLRDNORM" },
    { POLLRDBAND, "POLLRDBAND" },
    { POLLWRNORM, "POLLWRNORM" },
    { POLLWRBAND, "POLLWRBAND" },
#if defined(POLLRDHUP)
    { POLLRDHUP, "POLLRDHUP" },
#endif
};

constexpr BitName kEpollBits[] = {
    { kEpollIn, "EPOLLIN" },
    { kEpollPri, "EPOLLPRI" },
    { kEpollOut, "EPOLLOUT" },
    { kEpollErr, "EPOLLERR" },
    { kEpollHup, "EPOLLHUP" },
    { kEpollRdNorm, "EPOLLRDNORM" },
    { kEpollRdBand, "EPOLLRDBAND" },
    { kEpollWrNorm, "EPOLLWRNORM" },
    { kEpollWrBand, "EPOLLWRBAND" },
    { kEpollMsg, "EPOLLMSG" },
    { kEpollRdHup, "EPOLLRDHUP" },
    { kEpollOneShot, "EPOLLONESHOT" },
    { kEpollEt, "EPOLLET" },
};

constexpr BitName kKeventFlags[] = {
    { kq::Add, "EV_ADD" },
    { kq::Delete, "EV_DELETE" },
    { kq::Enable, "EV_ENABLE" },
    { kq::Disable, "EV_DISABLE" },
    { kq::Oneshot, "EV_ONESHOT" },
    { kq::Clear, "EV_CLEAR" },
    { kq::Receipt, "EV_RECEIPT" },
    { kq::Error, "EV_ERROR" },
    { kq::Eof, "EV_EOF" },
};

constexpr BitName kUserFflags[] = {
    { kq::NoteTrigger, "NOTE_TRIGGER" },
};

constexpr BitName kReadyBits[] = {
    { ReadyRead, "READ" },
    { ReadyWrite, "WRITE" },
    { ReadyHangup, "HUP" },
    { ReadyReadHangup, "RDHUP" },
    { ReadyError, "ERR" },
    { ReadyPriority, "PRI" },
};

std::string hex(std::uint64_t value)
{
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "0x%llx", static_cast<unsigned long long>(value));
    return buffer;
}

// "A|B|0x100": known names in table order, then whatever is left as one hex number.
template <std::size_t N>
std::string decodeBits(std::uint64_t value, const BitName (&table)[N])
{
    if (value == 0)
        return "0";
    std::string text;
    std::uint64_t left = value;
    for (const BitName& entry : table) {
        if (entry.bit != 0 && (left & entry.bit) == entry.bit) {
            text += text.empty() ? "" : "|";
            text += entry.name;
            left &= ~entry.bit;
        }
    }
    if (left != 0) {
        text += text.empty() ? "" : "|";
        text += hex(left);
    }
    return text;
}

// poll's short fields are bit sets; widening through unsigned short keeps a set top bit
// from turning into a sign extension.
std::uint64_t pollBits(short value)
{
    return static_cast<unsigned short>(value);
}

std::string keventFilterName(std::int16_t filter)
{
    switch (filter) {
    case kq::FilterRead:
        return "EVFILT_READ";
    case kq::FilterWrite:
        return "EVFILT_WRITE";
    case kq::FilterUser:
        return "EVFILT_USER";
    default:
        return std::to_string(filter);
    }
}

std::string describe(const RawPoll& raw)
{
    return "{fd=" + std::to_string(raw.fd) + ", events="
        + decodeBits(pollBits(raw.events), kPollBits)
        + ", revents=" + decodeBits(pollBits(raw.revents), kPollBits) + "}";
}

std::string describe(const RawEpoll& raw)
{
    return "{events=" + decodeBits(raw.events, kEpollBits) + ", data={u64="
        + std::to_string(raw.data) + "}}";
}

std::string describe(const RawKevent& raw)
{
    // For the read and write filters fflags carries an errno, so it stays a number.
    const std::string fflags = raw.filter == kq::FilterUser ? decodeBits(raw.fflags, kUserFflags)
                                                            : std::to_string(raw.fflags);
    return "{ident=" + std::to_string(raw.ident) + ", filter=" + keventFilterName(raw.filter)
        + ", flags=" + decodeBits(raw.flags, kKeventFlags) + ", fflags=" + fflags
        + ", data=" + std::to_string(raw.data)
        + ", udata=" + (raw.udata == 0 ? std::string("0") : hex(raw.udata)) + "}";
}

std::string describe(const RawSelect& raw)
{
    std::string text = "{fd=" + std::to_string(raw.fd);
    if (raw.readSet)
        text += ", readfds";
    if (raw.writeSet)
        text += ", writefds";
    if (raw.exceptSet)
        text += ", exceptfds";
    return text + "}";
}

char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

} // namespace

static_assert(kBackendCount == std::size_t(Backend::Select) + 1,
              "kBackendCount counts every Backend (LoopStats keeps one WaitCost each)");

std::string_view backendName(Backend backend)
{
    switch (backend) {
    case Backend::Poll:
        return "poll";
    case Backend::Epoll:
        return "epoll";
    case Backend::Kqueue:
        return "kqueue";
    case Backend::Select:
        return "select";
    }
    return "unknown";
}

bool backendFromName(std::string_view name, Backend& out)
{
    for (Backend backend : { Backend::Poll, Backend::Epoll, Backend::Kqueue, Backend::Select }) {
        if (equalsIgnoringCase(name, backendName(backend))) {
            out = backend;
            return true;
        }
    }
    return false;
}

std::vector<Backend> availableBackends()
{
    std::vector<Backend> backends;
    backends.push_back(Backend::Poll);
#if defined(SPG_HAVE_EPOLL)
    backends.push_back(Backend::Epoll);
#endif
#if defined(SPG_HAVE_KQUEUE)
    backends.push_back(Backend::Kqueue);
#endif
    backends.push_back(Backend::Select);
    return backends;
}

Backend defaultBackend()
{
#if defined(SPG_HAVE_KQUEUE)
    return Backend::Kqueue;
#else
    return Backend::Poll;
#endif
}

std::unique_ptr<Poller> makePoller(Backend backend, std::string& error)
{
    switch (backend) {
    case Backend::Poll:
        return makePollPoller(error);
    case Backend::Select:
        return makeSelectPoller(error);
    case Backend::Epoll:
#if defined(SPG_HAVE_EPOLL)
        return makeEpollPoller(error);
#else
        error = "epoll is not available on this system";
        return nullptr;
#endif
    case Backend::Kqueue: {
        std::unique_ptr<KqueueApi> api = makeRealKqueueApi();
        if (!api) {
            error = "kqueue is not available on this system";
            return nullptr;
        }
        return makeKqueuePoller(std::move(api), error);
    }
    }
    error = "unknown backend";
    return nullptr;
}

std::string creationError(std::string_view what, int error)
{
    return std::string(what) + ": " + errnoName(error) + " (" + errnoText(error) + ")";
}

std::string pollEventsText(short events)
{
    return decodeBits(pollBits(events), kPollBits);
}

bool pollEventFromName(std::string_view name, short& out)
{
    for (const BitName& entry : kPollBits)
        if (name == entry.name) {
            out = static_cast<short>(entry.bit);
            return true;
        }
    return false;
}

std::string describeRaw(const RawRecord& raw)
{
    return std::visit([](const auto& record) { return describe(record); }, raw);
}

std::string describeReady(unsigned ready)
{
    return decodeBits(ready, kReadyBits);
}

} // namespace spg::core
