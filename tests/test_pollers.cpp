// One conformance suite for every poller backend built into this binary: each test that
// takes "backend" data runs once per backend, on a real AF_UNIX socketpair, so every
// backend is held to the same contract. describeRaw() is checked on handmade records.
#include "core/sys/kqueue_api.h"
#include "core/sys/poller.h"

#include <QtTest>

#include <cerrno>
#include <chrono>
#include <poll.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace spg::core;

namespace {

// Both ends of a connected stream pair, closed on scope exit.
struct SocketPair {
    int a = -1;
    int b = -1;

    SocketPair()
    {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0) {
            a = fds[0];
            b = fds[1];
        }
    }
    ~SocketPair()
    {
        closeA();
        closeB();
    }
    SocketPair(const SocketPair&) = delete;
    SocketPair& operator=(const SocketPair&) = delete;

    bool ok() const { return a >= 0 && b >= 0; }
    bool sendToA() const { return ::write(b, "x", 1) == 1; }
    void closeA()
    {
        if (a >= 0)
            ::close(a);
        a = -1;
    }
    void closeB()
    {
        if (b >= 0)
            ::close(b);
        b = -1;
    }
};

// The record type each backend must put in ReadyEvent::raw.
bool holdsOwnRecord(Backend backend, const RawRecord& raw)
{
    switch (backend) {
    case Backend::Poll:
        return std::holds_alternative<RawPoll>(raw);
    case Backend::Epoll:
        return std::holds_alternative<RawEpoll>(raw);
    case Backend::Kqueue:
        return std::holds_alternative<RawKevent>(raw);
    case Backend::Select:
        return std::holds_alternative<RawSelect>(raw);
    }
    return false;
}

// The ready bits of every event for `fd` together: kqueue reports read and write
// readiness as separate records, the others as one.
unsigned readyFor(const std::vector<ReadyEvent>& events, int fd)
{
    unsigned ready = 0;
    for (const ReadyEvent& event : events)
        if (event.fd == fd)
            ready |= event.ready;
    return ready;
}

std::unique_ptr<Poller> createPoller(std::string& error)
{
    QFETCH(int, backend);
    return makePoller(static_cast<Backend>(backend), error);
}

} // namespace

class TestPollers : public QObject {
    Q_OBJECT

private:
    static void addBackendRows()
    {
        QTest::addColumn<int>("backend");
        for (Backend backend : availableBackends())
            QTest::newRow(std::string(backendName(backend)).c_str()) << static_cast<int>(backend);
    }

private slots:
    void nothingReady_data() { addBackendRows(); }
    void nothingReady()
    {
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        QCOMPARE(poller->setInterest(pair.a, WantRead), 0);
        std::vector<ReadyEvent> events;
        const SysResult result = poller->wait(0, events);
        QVERIFY(result.ok());
        QCOMPARE(result.value, 0L);
        QVERIFY(events.empty());
    }

    void readReady_data() { addBackendRows(); }
    void readReady()
    {
        QFETCH(int, backend);
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.sendToA());
        QCOMPARE(poller->setInterest(pair.a, WantRead), 0);
        std::vector<ReadyEvent> events;
        const SysResult result = poller->wait(5000, events);
        QVERIFY(result.ok());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(result.value, 1L);
        const ReadyEvent& event = events[0];
        QCOMPARE(event.fd, pair.a);
        QCOMPARE(event.ready & (ReadyRead | ReadyWrite), unsigned(ReadyRead));
        QVERIFY(holdsOwnRecord(static_cast<Backend>(backend), event.raw));
        if (const auto* pollRaw = std::get_if<RawPoll>(&event.raw)) {
            QCOMPARE(pollRaw->fd, pair.a);
            QVERIFY(pollRaw->revents & POLLIN);
        } else if (const auto* epollRaw = std::get_if<RawEpoll>(&event.raw)) {
            QCOMPARE(epollRaw->data, std::uint64_t(pair.a));
        } else if (const auto* kevent = std::get_if<RawKevent>(&event.raw)) {
            QCOMPARE(kevent->filter, kq::FilterRead);
            QCOMPARE(kevent->data, std::int64_t(1)); // One byte waits to be read.
            QCOMPARE(event.data, std::int64_t(1));
        } else if (const auto* selectRaw = std::get_if<RawSelect>(&event.raw)) {
            QCOMPARE(selectRaw->fd, pair.a);
            QVERIFY(selectRaw->readSet);
            QVERIFY(!selectRaw->writeSet);
        }
    }

    void writeReady_data() { addBackendRows(); }
    void writeReady()
    {
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        QCOMPARE(poller->setInterest(pair.a, WantWrite), 0);
        std::vector<ReadyEvent> events;
        QVERIFY(poller->wait(5000, events).ok());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].fd, pair.a);
        QCOMPARE(events[0].ready & (ReadyRead | ReadyWrite), unsigned(ReadyWrite));
    }

    void readAndWriteTogether_data() { addBackendRows(); }
    void readAndWriteTogether()
    {
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        QVERIFY(pair.sendToA());
        QCOMPARE(poller->setInterest(pair.a, WantRead), 0);
        QCOMPARE(poller->setInterest(pair.a, WantRead | WantWrite), 0);
        std::vector<ReadyEvent> events;
        QVERIFY(poller->wait(5000, events).ok());
        QCOMPARE(readyFor(events, pair.a) & (ReadyRead | ReadyWrite),
                 unsigned(ReadyRead | ReadyWrite));
    }

    void zeroInterestRemoves_data() { addBackendRows(); }
    void zeroInterestRemoves()
    {
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair first;
        SocketPair second;
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.sendToA());
        QVERIFY(second.sendToA());
        QCOMPARE(poller->setInterest(first.a, WantRead), 0);
        QCOMPARE(poller->setInterest(second.a, WantRead), 0);
        std::vector<ReadyEvent> events;
        QVERIFY(poller->wait(5000, events).ok());
        QCOMPARE(events.size(), std::size_t(2));

        // The data is still there, but nobody asks about `first` any more; `second`
        // must survive the removal of its neighbour.
        QCOMPARE(poller->setInterest(first.a, 0), 0);
        events.clear();
        QVERIFY(poller->wait(5000, events).ok());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].fd, second.a);

        QCOMPARE(poller->setInterest(second.a, 0), 0);
        QCOMPARE(poller->setInterest(second.a, 0), 0); // Removing twice is harmless.
        events.clear();
        const SysResult result = poller->wait(0, events);
        QVERIFY(result.ok());
        QVERIFY(events.empty());
    }

    void peerClose_data() { addBackendRows(); }
    void peerClose()
    {
        QFETCH(int, backend);
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        pair.closeB();
        QCOMPARE(poller->setInterest(pair.a, WantRead), 0);
        std::vector<ReadyEvent> events;
        QVERIFY(poller->wait(5000, events).ok());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].fd, pair.a);
        QVERIFY(events[0].ready & ReadyRead);
        // select has no way to say "hang-up": it only reports readable (read returns 0).
        if (static_cast<Backend>(backend) != Backend::Select)
            QVERIFY(events[0].ready & (ReadyHangup | ReadyReadHangup));
    }

    void wakeupFromAnotherThread_data() { addBackendRows(); }
    void wakeupFromAnotherThread()
    {
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        QCOMPARE(poller->setInterest(pair.a, WantRead), 0);
        std::thread waker([&poller] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            poller->wakeup();
        });
        QElapsedTimer timer;
        timer.start();
        std::vector<ReadyEvent> events;
        const SysResult result = poller->wait(30000, events);
        const qint64 elapsed = timer.elapsed();
        waker.join();
        QVERIFY(result.ok());
        QVERIFY(events.empty());
        // Not a timing measurement: a wait that ran to its 30 s timeout was never woken.
        QVERIFY2(elapsed < 25000, "wait() was not interrupted by wakeup()");
    }

    void wakeupBeforeWait_data() { addBackendRows(); }
    void wakeupBeforeWait()
    {
        std::string error;
        const auto poller = createPoller(error);
        QVERIFY2(poller, error.c_str());
        poller->wakeup();
        poller->wakeup(); // Wake-ups coalesce; the second must not leave anything behind.
        QElapsedTimer timer;
        timer.start();
        std::vector<ReadyEvent> events;
        QVERIFY(poller->wait(30000, events).ok());
        QVERIFY2(timer.elapsed() < 25000, "a pending wakeup() did not end the next wait()");
        QVERIFY(events.empty());
        // A wake-up left undrained would end this wait at once, and every later one too.
        timer.restart();
        QVERIFY(poller->wait(200, events).ok());
        QVERIFY2(timer.elapsed() >= 100, "the wake-up was not consumed by the first wait()");
        QVERIFY(events.empty());
    }

    void describeRawRecords()
    {
        QCOMPARE(describeRaw(RawPoll { 5, POLLIN | POLLOUT, POLLIN | POLLHUP }),
                 std::string("{fd=5, events=POLLIN|POLLOUT, revents=POLLIN|POLLHUP}"));
        QCOMPARE(describeRaw(RawPoll { 7, static_cast<short>(POLLIN | 0x8000), 0 }),
                 std::string("{fd=7, events=POLLIN|0x8000, revents=0}"));
        QCOMPARE(describeRaw(RawPoll { 3, POLLPRI, POLLERR | POLLNVAL }),
                 std::string("{fd=3, events=POLLPRI, revents=POLLERR|POLLNVAL}"));
        // Linux numbering, written out so the test reads the same on every host.
        QCOMPARE(describeRaw(RawEpoll { 0x2001, 5 }),
                 std::string("{events=EPOLLIN|EPOLLRDHUP, data={u64=5}}"));
        QCOMPARE(describeRaw(RawEpoll { 0x80000004u | 0x18, 9 }),
                 std::string("{events=EPOLLOUT|EPOLLERR|EPOLLHUP|EPOLLET, data={u64=9}}"));
        QCOMPARE(describeRaw(RawEpoll { 0, 0 }), std::string("{events=0, data={u64=0}}"));
        const RawKevent read { 5, kq::FilterRead, kq::Add | kq::Eof, 0, 2, 0 };
        QCOMPARE(describeRaw(read),
                 std::string("{ident=5, filter=EVFILT_READ, flags=EV_ADD|EV_EOF, fflags=0, "
                             "data=2, udata=0}"));
        const RawKevent user { 0, kq::FilterUser, 0, kq::NoteTrigger, 0, 0 };
        QCOMPARE(describeRaw(user),
                 std::string("{ident=0, filter=EVFILT_USER, flags=0, fflags=NOTE_TRIGGER, "
                             "data=0, udata=0}"));
        const RawKevent failed { 8, kq::FilterWrite, kq::Error | kq::Delete, 0, 9, 0 };
        QCOMPARE(describeRaw(failed),
                 std::string("{ident=8, filter=EVFILT_WRITE, flags=EV_DELETE|EV_ERROR, "
                             "fflags=0, data=9, udata=0}"));
        QCOMPARE(describeRaw(RawSelect { 5, true, true, false }),
                 std::string("{fd=5, readfds, writefds}"));
        QCOMPARE(describeRaw(RawSelect { 6, false, false, true }),
                 std::string("{fd=6, exceptfds}"));
    }

    void describeReadyBits()
    {
        QCOMPARE(describeReady(0), std::string("0"));
        QCOMPARE(describeReady(ReadyRead | ReadyHangup), std::string("READ|HUP"));
        QCOMPARE(describeReady(ReadyRead | ReadyWrite | ReadyHangup | ReadyReadHangup | ReadyError
                               | ReadyPriority),
                 std::string("READ|WRITE|HUP|RDHUP|ERR|PRI"));
    }

    void selectRefusesFdAboveFdSetSize()
    {
        const int high = FD_SETSIZE + 476;
        rlimit limit {};
        QVERIFY(::getrlimit(RLIMIT_NOFILE, &limit) == 0);
        if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur <= rlim_t(high))
            QSKIP("the descriptor limit is too low to open an fd above FD_SETSIZE");
        std::string error;
        const auto poller = makePoller(Backend::Select, error);
        QVERIFY2(poller, error.c_str());
        SocketPair pair;
        QVERIFY(pair.ok());
        QCOMPARE(::dup2(pair.a, high), high);
        QCOMPARE(poller->setInterest(high, WantRead), EINVAL);
        QCOMPARE(poller->setInterest(high, WantWrite), EINVAL);
        QCOMPARE(poller->setInterest(high, 0), 0); // Never registered, so nothing to remove.
        ::close(high);
    }

    void backendNames()
    {
        for (Backend backend :
             { Backend::Poll, Backend::Epoll, Backend::Kqueue, Backend::Select }) {
            Backend parsed = Backend::Select;
            QVERIFY(backendFromName(backendName(backend), parsed));
            QCOMPARE(parsed, backend);
        }
        QCOMPARE(backendName(Backend::Epoll), std::string_view("epoll"));
        Backend untouched = Backend::Poll;
        QVERIFY(!backendFromName("devpoll", untouched));
        QCOMPARE(untouched, Backend::Poll);

        const std::vector<Backend> available = availableBackends();
        const auto has = [&available](Backend b) {
            return std::find(available.begin(), available.end(), b) != available.end();
        };
        QVERIFY(has(Backend::Poll));
        QVERIFY(has(Backend::Select));
        QVERIFY(has(defaultBackend()));
#if defined(SPG_HAVE_EPOLL)
        QVERIFY(has(Backend::Epoll));
#endif
#if !defined(SPG_HAVE_KQUEUE)
        QVERIFY(!has(Backend::Kqueue));
        std::string error;
        QVERIFY(!makePoller(Backend::Kqueue, error));
        QCOMPARE(error, std::string("kqueue is not available on this system"));
#endif
    }
};

QTEST_APPLESS_MAIN(TestPollers)
#include "test_pollers.moc"
