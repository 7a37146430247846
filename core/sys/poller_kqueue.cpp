// The kqueue backend. KqueuePoller talks only to KqueueApi in portable constants, so its
// translation is built and tested everywhere; RealKqueueApi, the only user of
// <sys/event.h>, maps it onto the host's struct kevent where kqueue exists.
// Threading: worker thread only, except wakeup(), which may be called from any thread.
#include "core/sys/kqueue_api.h"
#include "core/sys/poller_backends.h"

#include <algorithm>
#include <cerrno>
#include <unordered_map>

#if defined(SPG_HAVE_KQUEUE)
#include <fcntl.h>
#include <sys/event.h>
#include <time.h>
#include <type_traits>
#include <unistd.h>
#endif

namespace spg::core {

namespace {

// The EVFILT_USER event that wakeup() triggers. Idents are per filter, so 0 cannot
// collide with the read filter of fd 0.
constexpr std::uint64_t kWakeIdent = 0;
constexpr std::size_t kMinEvents = 64;

unsigned filterInterest(std::int16_t filter)
{
    if (filter == kq::FilterRead)
        return WantRead;
    if (filter == kq::FilterWrite)
        return WantWrite;
    return 0;
}

class KqueuePoller final : public Poller {
public:
    KqueuePoller(std::unique_ptr<KqueueApi> api, int kq)
        : m_api(std::move(api))
        , m_kq(kq)
    {
    }

    ~KqueuePoller() override { m_api->close(m_kq); }

    KqueuePoller(const KqueuePoller&) = delete;
    KqueuePoller& operator=(const KqueuePoller&) = delete;

    Backend backend() const override { return Backend::Kqueue; }

    // Only queues changes: they reach the kernel with the next wait(), in one kevent()
    // call, and a change that fails comes back there as an EV_ERROR record.
    int setInterest(int fd, unsigned interest) override
    {
        if (fd < 0)
            return EBADF;
        const auto found = m_registered.find(fd);
        const unsigned have = found == m_registered.end() ? 0 : found->second;
        const unsigned want = interest & (WantRead | WantWrite);
        queueDifference(fd, have, want, WantRead, kq::FilterRead);
        queueDifference(fd, have, want, WantWrite, kq::FilterWrite);
        if (want == 0)
            m_registered.erase(fd);
        else
            m_registered[fd] = want;
        return 0;
    }

    SysResult wait(int timeoutMs, std::vector<ReadyEvent>& out) override
    {
        // Room for an error record per change plus both filters of every fd, so nothing
        // the kernel has to say is cut off.
        m_events.resize(std::max(kMinEvents, m_changes.size() + 2 * m_registered.size() + 1));
        const SysResult got = m_api->kevent(m_kq, m_changes.data(),
            static_cast<int>(m_changes.size()), m_events.data(), static_cast<int>(m_events.size()),
            timeoutMs);
        // The kernel applies the change list before it sleeps, so even an interrupted call
        // has consumed it; resending would only turn into ENOENT and EEXIST noise.
        m_changes.clear();
        if (!got.ok())
            return got;
        const auto count = std::min(static_cast<std::size_t>(got.value), m_events.size());
        long reported = 0;
        for (std::size_t i = 0; i < count; ++i) {
            ReadyEvent event;
            if (translate(m_events[i], event)) {
                out.push_back(event);
                ++reported;
            }
        }
        return SysResult { reported, 0 };
    }

    void wakeup() override
    {
        const KEvent trigger { kWakeIdent, kq::FilterUser, 0, kq::NoteTrigger, 0, 0 };
        // Nobody could act on a failure here: it would mean the kqueue itself is gone, and
        // the next wait() reports that.
        m_api->kevent(m_kq, &trigger, 1, nullptr, 0, 0);
    }

private:
    void queueDifference(int fd, unsigned have, unsigned want, unsigned bit, std::int16_t filter)
    {
        if ((have & bit) == (want & bit))
            return;
        const std::uint16_t flags = (want & bit) ? kq::Add : kq::Delete;
        m_changes.push_back(KEvent { static_cast<std::uint64_t>(fd), filter, flags, 0, 0, 0 });
    }

    // Fills `event` from one kernel record; false when the record is not for the loop.
    bool translate(const KEvent& got, ReadyEvent& event)
    {
        if (got.filter == kq::FilterUser)
            return false;
        if (got.flags & kq::Error)
            return translateError(got, event);
        event.fd = static_cast<int>(got.ident);
        event.data = got.data;
        event.raw = got;
        const bool eof = (got.flags & kq::Eof) != 0;
        if (got.filter == kq::FilterRead)
            event.ready = ReadyRead | (eof ? ReadyReadHangup : 0u);
        else if (got.filter == kq::FilterWrite)
            event.ready = ReadyWrite | (eof ? ReadyHangup : 0u);
        else
            return false;
        // With EV_EOF, fflags holds the socket's pending error (ECONNRESET and the like).
        if (eof && got.fflags != 0) {
            event.ready |= ReadyError;
            event.socketError = static_cast<int>(got.fflags);
        }
        return true;
    }

    // An EV_ERROR record is a change that failed, with the errno in data. The kernel may
    // clear EV_DELETE from the record, so a delete is also recognized by the filter no
    // longer being wanted: ENOENT or EBADF there only means the fd was closed first.
    bool translateError(const KEvent& got, ReadyEvent& event)
    {
        const int error = static_cast<int>(got.data);
        const int fd = static_cast<int>(got.ident);
        const unsigned bit = filterInterest(got.filter);
        const auto found = m_registered.find(fd);
        const bool wanted = found != m_registered.end() && (found->second & bit);
        if (error == 0)
            return false;
        if ((error == ENOENT || error == EBADF) && ((got.flags & kq::Delete) || !wanted))
            return false;
        // The failed add left nothing in the kernel; forgetting it lets a later
        // setInterest() add it again instead of deleting what is not there.
        if (wanted) {
            found->second &= ~bit;
            if (found->second == 0)
                m_registered.erase(found);
        }
        event.fd = fd;
        event.ready = ReadyError;
        event.socketError = error;
        event.data = got.data;
        event.raw = got;
        return true;
    }

    std::unique_ptr<KqueueApi> m_api;
    const int m_kq;
    std::vector<KEvent> m_changes; // Flushed by the next wait().
    std::vector<KEvent> m_events;
    std::unordered_map<int, unsigned> m_registered; // fd -> Interest bits, queued or applied.
};

#if defined(SPG_HAVE_KQUEUE)

// Flags and fflags are passed through unchanged; these checks make that a compile error
// on any host whose numbering differs from the portable one.
static_assert(EV_ADD == kq::Add && EV_DELETE == kq::Delete && EV_ENABLE == kq::Enable);
static_assert(EV_DISABLE == kq::Disable && EV_ONESHOT == kq::Oneshot && EV_CLEAR == kq::Clear);
static_assert(EV_ERROR == kq::Error && EV_EOF == kq::Eof && NOTE_TRIGGER == kq::NoteTrigger);

std::int16_t toHostFilter(std::int16_t filter)
{
    switch (filter) {
    case kq::FilterRead:
        return EVFILT_READ;
    case kq::FilterWrite:
        return EVFILT_WRITE;
    case kq::FilterUser:
        return EVFILT_USER; // -10 on macOS, -11 on FreeBSD.
    default:
        return filter;
    }
}

std::int16_t fromHostFilter(long filter)
{
    if (filter == EVFILT_READ)
        return kq::FilterRead;
    if (filter == EVFILT_WRITE)
        return kq::FilterWrite;
    if (filter == EVFILT_USER)
        return kq::FilterUser;
    return static_cast<std::int16_t>(filter);
}

// udata is a pointer on macOS and FreeBSD but an integer on some other BSDs.
template <typename T>
T toUdata(std::uint64_t value)
{
    if constexpr (std::is_pointer_v<T>)
        return reinterpret_cast<T>(static_cast<std::uintptr_t>(value));
    else
        return static_cast<T>(value);
}

template <typename T>
std::uint64_t fromUdata(T value)
{
    if constexpr (std::is_pointer_v<T>)
        return reinterpret_cast<std::uintptr_t>(value);
    else
        return static_cast<std::uint64_t>(value);
}

struct kevent toHost(const KEvent& in)
{
    struct kevent out {};
    out.ident = static_cast<decltype(out.ident)>(in.ident);
    out.filter = static_cast<decltype(out.filter)>(toHostFilter(in.filter));
    out.flags = static_cast<decltype(out.flags)>(in.flags);
    out.fflags = static_cast<decltype(out.fflags)>(in.fflags);
    out.data = static_cast<decltype(out.data)>(in.data);
    out.udata = toUdata<decltype(out.udata)>(in.udata);
    return out;
}

KEvent fromHost(const struct kevent& in)
{
    return KEvent { static_cast<std::uint64_t>(in.ident), fromHostFilter(in.filter),
        static_cast<std::uint16_t>(in.flags), static_cast<std::uint32_t>(in.fflags),
        static_cast<std::int64_t>(in.data), fromUdata(in.udata) };
}

class RealKqueueApi final : public KqueueApi {
public:
    SysResult create() override
    {
        const int kq = ::kqueue();
        if (kq < 0)
            return SysResult { -1, errno };
        // macOS has no kqueue1(); exec'd children must not inherit the descriptor.
        ::fcntl(kq, F_SETFD, FD_CLOEXEC);
        return SysResult { kq, 0 };
    }

    SysResult kevent(int kq, const KEvent* changes, int nchanges, KEvent* events, int nevents,
                     int timeoutMs) override
    {
        // Local buffers, not members: wakeup() calls this from other threads.
        std::vector<struct kevent> hostChanges(static_cast<std::size_t>(std::max(nchanges, 0)));
        std::vector<struct kevent> hostEvents(static_cast<std::size_t>(std::max(nevents, 0)));
        for (std::size_t i = 0; i < hostChanges.size(); ++i)
            hostChanges[i] = toHost(changes[i]);
        timespec timeout {};
        const timespec* timeoutPtr = nullptr;
        if (timeoutMs >= 0) {
            timeout.tv_sec = timeoutMs / 1000;
            timeout.tv_nsec = static_cast<long>(timeoutMs % 1000) * 1000000L;
            timeoutPtr = &timeout;
        }
        const int count = ::kevent(kq, hostChanges.data(), nchanges, hostEvents.data(), nevents,
                                    timeoutPtr);
        if (count < 0)
            return SysResult { -1, errno };
        for (int i = 0; i < count; ++i)
            events[i] = fromHost(hostEvents[static_cast<std::size_t>(i)]);
        return SysResult { count, 0 };
    }

    void close(int kq) override { ::close(kq); }

    SysResult kevent64(int kq, const KEvent64* changes, int nchanges, KEvent64* events,
                       int nevents, unsigned flags, int timeoutMs) override
    {
#if defined(__APPLE__)
        std::vector<struct kevent64_s> hostChanges(static_cast<std::size_t>(std::max(nchanges, 0)));
        std::vector<struct kevent64_s> hostEvents(static_cast<std::size_t>(std::max(nevents, 0)));
        for (std::size_t i = 0; i < hostChanges.size(); ++i) {
            const KEvent64& in = changes[i];
            hostChanges[i] = kevent64_s { in.ident, toHostFilter(in.filter), in.flags, in.fflags,
                in.data, in.udata, { in.ext[0], in.ext[1] } };
        }
        timespec timeout { timeoutMs / 1000, static_cast<long>(timeoutMs % 1000) * 1000000L };
        const int count = ::kevent64(kq, hostChanges.data(), nchanges, hostEvents.data(),
            nevents, flags, timeoutMs >= 0 ? &timeout : nullptr);
        if (count < 0)
            return SysResult { -1, errno };
        for (int i = 0; i < count; ++i) {
            const struct kevent64_s& got = hostEvents[static_cast<std::size_t>(i)];
            KEvent64& out = events[i];
            static_cast<KEvent&>(out) = KEvent { got.ident, fromHostFilter(got.filter), got.flags,
                got.fflags, got.data, got.udata };
            out.ext[0] = got.ext[0];
            out.ext[1] = got.ext[1];
        }
        return SysResult { count, 0 };
#else
        // Unreachable: the engine refuses kevent64() where sys::kevent64Available() is false,
        // before anything is asked; this kernel has no such call to ask.
        (void)kq, (void)changes, (void)nchanges, (void)events, (void)nevents, (void)flags,
            (void)timeoutMs;
        return SysResult { -1, ENOSYS };
#endif
    }
};

#endif // defined(SPG_HAVE_KQUEUE)

} // namespace

std::unique_ptr<KqueueApi> makeRealKqueueApi()
{
#if defined(SPG_HAVE_KQUEUE)
    return std::make_unique<RealKqueueApi>();
#else
    return nullptr;
#endif
}

std::unique_ptr<Poller> makeKqueuePoller(std::unique_ptr<KqueueApi> api, std::string& error)
{
    if (!api) {
        error = "kqueue is not available on this system";
        return nullptr;
    }
    const SysResult created = api->create();
    if (!created.ok()) {
        error = creationError("kqueue", created.error);
        return nullptr;
    }
    const int kq = static_cast<int>(created.value);
    // Registered at once, not queued: a wakeup() before the first wait() must find it.
    const KEvent wake { kWakeIdent, kq::FilterUser, kq::Add | kq::Clear, 0, 0, 0 };
    const SysResult registered = api->kevent(kq, &wake, 1, nullptr, 0, 0);
    if (!registered.ok()) {
        error = creationError("kqueue: cannot register the wake-up filter", registered.error);
        api->close(kq);
        return nullptr;
    }
    return std::make_unique<KqueuePoller>(std::move(api), kq);
}

} // namespace spg::core
