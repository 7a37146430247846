// The user's kevent()/kevent64() translation, driven through the kqueue fake so it runs on
// every host: the changelist reaches the kernel as struct kevent values, and what comes back
// (every field, EV_ERROR entries for failed changes, ext[] for kevent64) is shown as strace
// would. Also the filter and flag names both ways.
#include "core/words/errno_names.h"
#include "core/words/kevent_text.h"
#include "fake_kqueue.h"

#include <QtTest>

#include <cerrno>

using namespace spg::core;

namespace {

KEvent64 ev(std::uint64_t ident, std::int16_t filter, std::uint16_t flags, std::uint32_t fflags = 0,
            std::int64_t data = 0, std::uint64_t udata = 0)
{
    KEvent64 e;
    static_cast<KEvent&>(e) = KEvent { ident, filter, flags, fflags, data, udata };
    return e;
}

bool same(const KEvent& a, const KEvent& b)
{
    return a.ident == b.ident && a.filter == b.filter && a.flags == b.flags && a.fflags == b.fflags
        && a.data == b.data && a.udata == b.udata;
}

} // namespace

class TestKeventText : public QObject {
    Q_OBJECT

private:
    std::shared_ptr<FakeState> m_state;
    std::unique_ptr<FakeKqueue> m_api;

private slots:
    void init()
    {
        m_state = std::make_shared<FakeState>();
        m_api = std::make_unique<FakeKqueue>(m_state);
    }

    void changelistReachesTheKernelFieldByField()
    {
        KeventCall call;
        call.kq = 42;
        call.changes = { ev(5, kq::FilterRead, kq::Add | kq::Clear),
                         ev(6, kq::FilterWrite, kq::Add | kq::Oneshot, 0, 0, 7) };
        call.nevents = 4;
        call.timeoutMs = 0;
        const KeventOutcome out = makeKeventCall(*m_api, call);
        QCOMPARE(m_state->calls.size(), std::size_t(1));
        const KeventCall& c = call;
        QCOMPARE(m_state->calls[0].kq, 42);
        QCOMPARE(m_state->calls[0].nevents, 4);
        QCOMPARE(m_state->calls[0].changes.size(), std::size_t(2));
        QVERIFY(same(m_state->calls[0].changes[0], c.changes[0]));
        QVERIFY(same(m_state->calls[0].changes[1], c.changes[1]));
        QCOMPARE(out.result.value, 0L);
        QVERIFY(out.events.empty());
        QCOMPARE(QString::fromStdString(keventCallText(call, out)),
                 QStringLiteral("kevent(42, [{ident=5, filter=EVFILT_READ, flags=EV_ADD|EV_CLEAR, "
                                "fflags=0, data=0, udata=0}, {ident=6, filter=EVFILT_WRITE, "
                                "flags=EV_ADD|EV_ONESHOT, fflags=0, data=0, udata=0x7}], 2, [], 4, "
                                "{tv_sec=0, tv_nsec=0}) = 0"));
    }

    // A change that failed comes back as an EV_ERROR event with the errno in data; the other
    // events carry every field the kernel set (EV_EOF with the socket error in fflags).
    void returnedEventsKeepEveryFieldAndErrorEntries()
    {
        m_state->scripted.push_back({ ev(9, kq::FilterRead, kq::Add | kq::Error, 0, EBADF),
                                      ev(5, kq::FilterRead, kq::Eof, ECONNRESET, 3, 0x10) });
        KeventCall call;
        call.kq = 42;
        call.changes = { ev(9, kq::FilterRead, kq::Add) };
        call.nevents = 8;
        call.timeoutMs = 0;
        call.shownTimeoutMs = 1500;
        const KeventOutcome out = makeKeventCall(*m_api, call);
        QCOMPARE(out.result.value, 2L);
        QCOMPARE(out.events.size(), std::size_t(2));
        QCOMPARE(out.events[0].data, std::int64_t(EBADF));
        QCOMPARE(out.events[1].fflags, std::uint32_t(ECONNRESET));
        const std::string text = keventCallText(call, out);
        QVERIFY2(text.find("[{ident=9, filter=EVFILT_READ, flags=EV_ADD|EV_ERROR, fflags=0, data="
                           + std::to_string(EBADF)
                           + " /* EBADF */, udata=0}, {ident=5, "
                             "filter=EVFILT_READ, flags=EV_EOF, fflags="
                           + std::to_string(ECONNRESET)
                           + ", data=3, udata=0x10}], 8, "
                             "{tv_sec=1, tv_nsec=500000000}) = 2")
                     != std::string::npos,
                 text.c_str());
    }

    void kernelFailureShowsItsErrnoAndNoEvents()
    {
        m_state->failNextKevent = SysResult { -1, EINTR };
        KeventCall call;
        call.kq = 42;
        call.nevents = 2;
        call.shownTimeoutMs = -1;
        const KeventOutcome out = makeKeventCall(*m_api, call);
        QCOMPARE(out.result.error, EINTR);
        QVERIFY(out.events.empty());
        QCOMPARE(QString::fromStdString(keventCallText(call, out)),
                 QStringLiteral("kevent(42, [], 0, [], 2, NULL) = -1 EINTR (%1)")
                     .arg(QString::fromStdString(errnoText(EINTR))));
    }

    void kevent64CarriesExtAndFlags()
    {
        m_state->scripted.push_back({ ev(5, kq::FilterRead, kq::Add, 0, 12, 99) });
        m_state->scriptedExt.push_back({ 7, 8 });
        KeventCall call;
        call.kq = 42;
        call.is64 = true;
        KEvent64 change = ev(5, kq::FilterRead, kq::Add, 0, 0, 99);
        change.ext[0] = 1;
        change.ext[1] = 2;
        call.changes = { change };
        call.nevents = 1;
        call.flags = 1;
        const KeventOutcome out = makeKeventCall(*m_api, call);
        QCOMPARE(m_state->ext64.size(), std::size_t(1));
        QCOMPARE(m_state->ext64[0].ext[0], std::uint64_t(1));
        QCOMPARE(m_state->ext64[0].ext[1], std::uint64_t(2));
        QCOMPARE(m_state->flags64, std::vector<unsigned> { 1 });
        QCOMPARE(out.events.size(), std::size_t(1));
        QCOMPARE(out.events[0].ext[1], std::uint64_t(8));
        QCOMPARE(QString::fromStdString(keventCallText(call, out)),
                 QStringLiteral("kevent64(42, [{ident=5, filter=EVFILT_READ, flags=EV_ADD, "
                                "fflags=0, data=0, udata=0x63, ext=[1, 2]}], 1, [{ident=5, "
                                "filter=EVFILT_READ, flags=EV_ADD, fflags=0, data=12, udata=0x63, "
                                "ext=[7, 8]}], 1, 1, {tv_sec=0, tv_nsec=0}) = 1"));
    }

    // The kernel may not write more than nevents entries; more than the playground's buffer
    // is never asked.
    void neventsBoundsWhatComesBack()
    {
        m_state->scripted.push_back({ ev(5, kq::FilterRead, 0), ev(6, kq::FilterRead, 0) });
        KeventCall call;
        call.kq = 42;
        call.nevents = 1;
        QCOMPARE(makeKeventCall(*m_api, call).events.size(), std::size_t(1));
        call.nevents = kMaxKevents + 5;
        makeKeventCall(*m_api, call);
        QCOMPARE(m_state->calls.back().nevents, kMaxKevents);
    }

    void namesBothWays()
    {
        std::int16_t filter = 0;
        QVERIFY(keventFilterFromText("EVFILT_WRITE", filter));
        QCOMPARE(filter, kq::FilterWrite);
        QVERIFY(keventFilterFromText("-7", filter));
        QCOMPARE(QString::fromStdString(keventFilterText(filter)), QStringLiteral("EVFILT_TIMER"));
        QVERIFY(!keventFilterFromText("EVFILT_NOPE", filter));
        QCOMPARE(QString::fromStdString(keventFilterText(-99)), QStringLiteral("-99"));

        std::uint16_t flags = 0;
        QVERIFY(keventFlagsFromText("EV_ADD|EV_CLEAR|EV_RECEIPT", flags));
        QCOMPARE(flags, std::uint16_t(kq::Add | kq::Clear | kq::Receipt));
        QVERIFY(keventFlagsFromText("0x21", flags));
        QCOMPARE(QString::fromStdString(keventFlagsText(flags)), QStringLiteral("EV_ADD|EV_CLEAR"));
        QVERIFY(!keventFlagsFromText("EV_ADD|", flags));
        QVERIFY(!keventFlagsFromText("EV_ADD|EV_NOPE", flags));
        QCOMPARE(QString::fromStdString(keventFlagsText(0x1000 | kq::Delete)),
                 QStringLiteral("EV_DELETE|0x1000"));
        QCOMPARE(QString::fromStdString(keventFlagsText(0)), QStringLiteral("0"));
    }
};

QTEST_APPLESS_MAIN(TestKeventText)
#include "test_kevent_text.moc"
