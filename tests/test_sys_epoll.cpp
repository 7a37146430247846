// The seam's epoll calls against the real kernel: level- against edge-triggered readiness,
// EPOLLONESHOT, and the interest list as /proc/self/fdinfo reports it (after ADD, MOD, DEL).
// The facts the engine's user-facing epoll will show. Linux only; elsewhere ENOSYS.
#include "core/sys/sys.h"
#include "core/words/epoll_words.h"

#include <QtTest>
#include <sys/socket.h>
#include <unistd.h>
#ifdef __linux__
#include <sys/epoll.h>
// The words name epoll's values as numbers (no platform header there): they must be Linux's.
static_assert(spg::core::epoll_bits::In == EPOLLIN && spg::core::epoll_bits::Pri == EPOLLPRI);
static_assert(spg::core::epoll_bits::Out == EPOLLOUT && spg::core::epoll_bits::Err == EPOLLERR);
static_assert(spg::core::epoll_bits::Hup == EPOLLHUP && spg::core::epoll_bits::RdHup == EPOLLRDHUP);
static_assert(spg::core::epoll_bits::OneShot == EPOLLONESHOT);
static_assert(spg::core::epoll_bits::Et == unsigned(EPOLLET));
static_assert(spg::core::epoll_bits::CtlAdd == EPOLL_CTL_ADD && spg::core::epoll_bits::CtlDel == EPOLL_CTL_DEL);
static_assert(spg::core::epoll_bits::CtlMod == EPOLL_CTL_MOD && spg::core::epoll_bits::Cloexec == EPOLL_CLOEXEC);
#endif

using namespace spg::core;

class TestSysEpoll : public QObject {
    Q_OBJECT

private slots:
#ifdef __linux__
    void levelAgainstEdgeTriggered()
    {
        int level[2], edge[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, level), 0);
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, edge), 0);
        const int ep = static_cast<int>(sys::epollCreate1(0).value);
        QVERIFY(ep >= 0);
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_ADD, level[1], EPOLLIN, 1).value, 0L);
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_ADD, edge[1], EPOLLIN | EPOLLET, 2).value, 0L);
        QCOMPARE(::write(level[0], "x", 1), 1L);
        QCOMPARE(::write(edge[0], "x", 1), 1L);
        std::vector<sys::EpollEvent> out;
        QCOMPARE(sys::epollWaitNow(ep, 8, out).value, 2L);
        // Nothing read: level-triggered reports it again, edge-triggered does not.
        QCOMPARE(sys::epollWaitNow(ep, 8, out).value, 1L);
        QCOMPARE(out.at(0).data, std::uint64_t(1));
        QCOMPARE(out.at(0).events, unsigned(EPOLLIN));
        // New bytes are a new edge.
        QCOMPARE(::write(edge[0], "y", 1), 1L);
        QCOMPARE(sys::epollWaitNow(ep, 8, out).value, 2L);
        for (int fd : { level[0], level[1], edge[0], edge[1], ep })
            ::close(fd);
    }

    void oneShotDisarmsUntilMod()
    {
        int sv[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
        const int ep = static_cast<int>(sys::epollCreate1(0).value);
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_ADD, sv[1], EPOLLIN | EPOLLONESHOT, 7).value, 0L);
        QCOMPARE(::write(sv[0], "x", 1), 1L);
        std::vector<sys::EpollEvent> out;
        QCOMPARE(sys::epollWaitNow(ep, 8, out).value, 1L);
        QCOMPARE(sys::epollWaitNow(ep, 8, out).value, 0L); // Disarmed, though still readable.
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_MOD, sv[1], EPOLLIN | EPOLLONESHOT, 7).value, 0L);
        QCOMPARE(sys::epollWaitNow(ep, 8, out).value, 1L);
        QCOMPARE(out.at(0).data, std::uint64_t(7));
        for (int fd : { sv[0], sv[1], ep })
            ::close(fd);
    }

    void interestListAfterDel()
    {
        int sv[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
        const int ep = static_cast<int>(sys::epollCreate1(0).value);
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_ADD, sv[0], EPOLLIN | EPOLLRDHUP, 10).value, 0L);
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_ADD, sv[1], EPOLLOUT, 11).value, 0L);
        std::vector<sys::EpollInterest> list;
        QVERIFY(sys::epollInterest(ep, list));
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(sys::epollCtl(ep, EPOLL_CTL_DEL, sv[0], 0, 0).value, 0L);
        QVERIFY(sys::epollInterest(ep, list));
        QCOMPARE(list.size(), std::size_t(1));
        QCOMPARE(list.at(0).fd, sv[1]);
        QCOMPARE(list.at(0).events & unsigned(EPOLLOUT), unsigned(EPOLLOUT));
        QCOMPARE(list.at(0).data, std::uint64_t(11));
        // DEL again: the kernel says ENOENT. A socket is no epoll instance: no list.
        const SysResult again = sys::epollCtl(ep, EPOLL_CTL_DEL, sv[0], 0, 0);
        QCOMPARE(again.error, ENOENT);
        QVERIFY(sys::epollCtl(ep, EPOLL_CTL_DEL, sv[1], 0, 0).ok());
        QVERIFY(sys::epollInterest(ep, list));
        QVERIFY(list.empty());
        QVERIFY(!sys::epollInterest(sv[0], list));
        for (int fd : { sv[0], sv[1], ep })
            ::close(fd);
    }
#else
    void unavailable()
    {
        QCOMPARE(sys::epollCreate1(0).error, ENOSYS);
    }
#endif
};

QTEST_APPLESS_MAIN(TestSysEpoll)

#include "test_sys_epoll.moc"
