// The kqueue backend's translation, driven through a fake KqueueApi so it runs on every
// host: which changes reach kevent() and when, and how each returned record becomes a
// ReadyEvent (EV_EOF with the socket error in fflags, filter data, EV_ERROR records).
#include "core/words/errno_names.h"
#include "core/sys/kqueue_api.h"
#include "fake_kqueue.h"

#include <QtTest>

#include <algorithm>
#include <cerrno>
#include <deque>
#include <utility>

using namespace spg::core;

namespace {

KEvent change(std::uint64_t ident, std::int16_t filter, std::uint16_t flags,
              std::uint32_t fflags = 0)
{
    return KEvent { ident, filter, flags, fflags, 0, 0 };
}

bool sameKEvent(const KEvent& a, const KEvent& b)
{
    return a.ident == b.ident && a.filter == b.filter && a.flags == b.flags
        && a.fflags == b.fflags && a.data == b.data && a.udata == b.udata;
}

bool sameChanges(const std::vector<KEvent>& got, const std::vector<KEvent>& expected)
{
    if (got.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < got.size(); ++i)
        if (!sameKEvent(got[i], expected[i]))
            return false;
    return true;
}

} // namespace

class TestKqueueTranslate : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<FakeState> m_state;
    std::unique_ptr<Poller> m_poller;

    // One wait() that must make exactly one kevent() call; returns the changes it carried.
    std::vector<KEvent> flush(std::vector<ReadyEvent>& events, SysResult* result = nullptr)
    {
        const std::size_t before = m_state->calls.size();
        const SysResult got = m_poller->wait(0, events);
        if (result)
            *result = got;
        if (m_state->calls.size() != before + 1)
            return { change(999, 0, 0) }; // A marker that no expected list contains.
        return m_state->calls.back().changes;
    }

private slots:
    void init()
    {
        m_state = std::make_shared<FakeState>();
        std::string error;
        m_poller = makeKqueuePoller(std::make_unique<FakeKqueue>(m_state), error);
        QVERIFY2(m_poller, error.c_str());
    }

    void cleanup() { m_poller.reset(); }

    void createRegistersUserFilterAndCloseReleases()
    {
        QCOMPARE(m_poller->backend(), Backend::Kqueue);
        QCOMPARE(m_state->calls.size(), std::size_t(1));
        QCOMPARE(m_state->calls[0].kq, 42);
        QVERIFY(sameChanges(m_state->calls[0].changes,
                            { change(0, kq::FilterUser, kq::Add | kq::Clear) }));
        m_poller.reset();
        QCOMPARE(m_state->closed, std::vector<int> { 42 });
    }

    void interestChangesFlushOncePerWait()
    {
        std::vector<ReadyEvent> events;
        QCOMPARE(m_poller->setInterest(5, WantRead), 0);
        QCOMPARE(m_state->calls.size(), std::size_t(1)); // Queued, not sent yet.
        QVERIFY(sameChanges(flush(events), { change(5, kq::FilterRead, kq::Add) }));

        QCOMPARE(m_poller->setInterest(5, WantRead | WantWrite), 0);
        QVERIFY(sameChanges(flush(events), { change(5, kq::FilterWrite, kq::Add) }));

        QCOMPARE(m_poller->setInterest(5, WantRead | WantWrite), 0); // No difference, no change.
        QVERIFY(sameChanges(flush(events), {}));

        QCOMPARE(m_poller->setInterest(5, 0), 0);
        QVERIFY(sameChanges(flush(events),
                            { change(5, kq::FilterRead, kq::Delete),
                              change(5, kq::FilterWrite, kq::Delete) }));
        QVERIFY(events.empty());
    }

    void changesForSeveralFdsBatch()
    {
        QCOMPARE(m_poller->setInterest(5, WantRead), 0);
        QCOMPARE(m_poller->setInterest(6, WantWrite), 0);
        QCOMPARE(m_poller->setInterest(7, WantRead | WantWrite), 0);
        QCOMPARE(m_poller->setInterest(8, 0), 0); // Never registered: nothing to delete.
        std::vector<ReadyEvent> events;
        QVERIFY(sameChanges(flush(events),
                            { change(5, kq::FilterRead, kq::Add),
                              change(6, kq::FilterWrite, kq::Add),
                              change(7, kq::FilterRead, kq::Add),
                              change(7, kq::FilterWrite, kq::Add) }));
        // The event list has room for an error record per change.
        QVERIFY(m_state->calls.back().nevents >= 4);
    }

    void eofWithSocketError()
    {
        m_state->scripted.push_back({ KEvent { 5, kq::FilterRead, kq::Eof, ECONNRESET, 0, 0 } });
        std::vector<ReadyEvent> events;
        SysResult result;
        flush(events, &result);
        QCOMPARE(result.value, 1L);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].fd, 5);
        QCOMPARE(events[0].ready, unsigned(ReadyRead | ReadyReadHangup | ReadyError));
        QCOMPARE(events[0].socketError, ECONNRESET);
        QVERIFY(std::holds_alternative<RawKevent>(events[0].raw));
        QCOMPARE(std::get<RawKevent>(events[0].raw).fflags, std::uint32_t(ECONNRESET));
    }

    void readEofWithoutErrorIsAHalfClose()
    {
        m_state->scripted.push_back({ KEvent { 5, kq::FilterRead, kq::Eof, 0, 0, 0 } });
        std::vector<ReadyEvent> events;
        flush(events);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].ready, unsigned(ReadyRead | ReadyReadHangup));
        QCOMPARE(events[0].socketError, 0);
    }

    void listenerBacklogInData()
    {
        m_state->scripted.push_back({ KEvent { 4, kq::FilterRead, 0, 0, 3, 0 } });
        std::vector<ReadyEvent> events;
        flush(events);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].ready, unsigned(ReadyRead));
        QCOMPARE(events[0].data, std::int64_t(3));
    }

    void writeEofIsHangup()
    {
        m_state->scripted.push_back({ KEvent { 5, kq::FilterWrite, kq::Eof, 0, 0, 0 },
                                      KEvent { 5, kq::FilterRead, 0, 0, 7, 0 } });
        std::vector<ReadyEvent> events;
        flush(events);
        QCOMPARE(events.size(), std::size_t(2)); // One ReadyEvent per kevent record.
        QVERIFY(events[0].ready & ReadyHangup);
        QVERIFY(!(events[0].ready & (ReadyError | ReadyRead)));
        QCOMPARE(events[1].ready, unsigned(ReadyRead));
        QCOMPARE(events[1].data, std::int64_t(7));
    }

    void errorRecords()
    {
        std::vector<ReadyEvent> events;
        QCOMPARE(m_poller->setInterest(5, WantRead), 0);
        QCOMPARE(m_poller->setInterest(6, WantRead), 0);
        flush(events);
        QCOMPARE(m_poller->setInterest(5, 0), 0);
        // A delete of an fd closed first fails with EBADF or ENOENT, with or without the
        // EV_DELETE flag left in the record: noise. ENOMEM on the add of fd 6 is real.
        m_state->scripted.push_back(
            { KEvent { 5, kq::FilterRead, kq::Error | kq::Delete, 0, EBADF, 0 },
              KEvent { 5, kq::FilterRead, kq::Error, 0, ENOENT, 0 },
              KEvent { 6, kq::FilterRead, kq::Error, 0, ENOMEM, 0 } });
        flush(events);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].fd, 6);
        QCOMPARE(events[0].ready, unsigned(ReadyError));
        QCOMPARE(events[0].socketError, ENOMEM);

        // The failed add left nothing registered, so asking again adds it again.
        QCOMPARE(m_poller->setInterest(6, WantRead), 0);
        events.clear();
        QVERIFY(sameChanges(flush(events), { change(6, kq::FilterRead, kq::Add) }));
    }

    void badFdOnAddIsReported()
    {
        QCOMPARE(m_poller->setInterest(9, WantWrite), 0);
        m_state->scripted.push_back({ KEvent { 9, kq::FilterWrite, kq::Error, 0, EBADF, 0 } });
        std::vector<ReadyEvent> events;
        flush(events);
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].socketError, EBADF);
    }

    void userFilterNeverReported()
    {
        const KEvent trigger { 0, kq::FilterUser, kq::Clear, kq::NoteTrigger, 0, 0 };
        m_state->scripted.push_back({ trigger });
        std::vector<ReadyEvent> events;
        SysResult result;
        flush(events, &result);
        QVERIFY(result.ok());
        QCOMPARE(result.value, 0L);
        QVERIFY(events.empty());
    }

    void wakeupTriggersUserFilter()
    {
        m_poller->wakeup();
        QCOMPARE(m_state->calls.size(), std::size_t(2));
        const FakeKeventCall& call = m_state->calls.back();
        QVERIFY(sameChanges(call.changes, { change(0, kq::FilterUser, 0, kq::NoteTrigger) }));
        QCOMPARE(call.nevents, 0);
        QCOMPARE(call.timeoutMs, 0);
    }

    void timeoutPassedThrough()
    {
        std::vector<ReadyEvent> events;
        m_poller->wait(1234, events);
        QCOMPARE(m_state->calls.back().timeoutMs, 1234);
        m_poller->wait(-1, events);
        QCOMPARE(m_state->calls.back().timeoutMs, -1);
        QCOMPARE(m_state->calls.back().kq, 42);
    }

    void waitErrorIsData()
    {
        QCOMPARE(m_poller->setInterest(5, WantRead), 0);
        m_state->failNextKevent = SysResult { -1, EINTR };
        std::vector<ReadyEvent> events;
        const SysResult result = m_poller->wait(100, events);
        QCOMPARE(result.value, -1L);
        QCOMPARE(result.error, EINTR);
        QVERIFY(events.empty());
        // The kernel took the change list before it was interrupted: it is not resent.
        QVERIFY(sameChanges(flush(events), {}));
    }

    void createFailure()
    {
        auto state = std::make_shared<FakeState>();
        state->createResult = SysResult { -1, EMFILE };
        std::string error;
        QVERIFY(!makeKqueuePoller(std::make_unique<FakeKqueue>(state), error));
        QVERIFY2(error.find(errnoName(EMFILE)) != std::string::npos
                     || error.find(errnoText(EMFILE)) != std::string::npos,
                 error.c_str());
        QVERIFY(state->calls.empty());
    }

    void userFilterRegistrationFailure()
    {
        auto state = std::make_shared<FakeState>();
        state->failNextKevent = SysResult { -1, ENOMEM };
        std::string error;
        QVERIFY(!makeKqueuePoller(std::make_unique<FakeKqueue>(state), error));
        QVERIFY2(error.find(errnoName(ENOMEM)) != std::string::npos, error.c_str());
        QCOMPARE(state->closed, std::vector<int> { 42 }); // The kqueue does not leak.
    }

    void missingApi()
    {
        std::string error;
        QVERIFY(!makeKqueuePoller(nullptr, error));
        QVERIFY(!error.empty());
    }
};

QTEST_APPLESS_MAIN(TestKqueueTranslate)
#include "test_kqueue_translate.moc"
