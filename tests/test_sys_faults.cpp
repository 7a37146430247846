// The syscall seam: injected faults reach the caller as data, are consumed one per call,
// and leave every other call alone.
#include "core/sys/sys.h"

#include <QtTest>

#include <cerrno>
#include <unistd.h>

using namespace spg::core;

class TestSysFaults : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { sys::clearFaults(); }

    void realErrorsAreCapturedAtOnce()
    {
        const SysResult r = sys::close(-1);
        QCOMPARE(r.value, -1L);
        QCOMPARE(r.error, EBADF);
    }

    void injectedFaultsAreConsumedInOrder()
    {
        sys::injectFault(sys::Op::Socket, EMFILE, 2);
        QCOMPARE(sys::socket(AF_INET, SOCK_STREAM, 0).error, EMFILE);
        QCOMPARE(sys::socket(AF_INET, SOCK_STREAM, 0).error, EMFILE);
        const SysResult real = sys::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(real.ok());
        sys::close(static_cast<int>(real.value));
    }

    void faultsOnlyHitTheirOwnCall()
    {
        sys::injectFault(sys::Op::Recv, EINTR);
        int fds[2];
        QVERIFY(sys::socketpair(AF_UNIX, SOCK_STREAM, 0, fds).ok());
        QVERIFY(sys::send(fds[0], "x", 1, 0).ok());
        QCOMPARE(sys::recv(fds[1], fds, 1, 0).error, EINTR);
        char c = 0;
        QCOMPARE(sys::recv(fds[1], &c, 1, 0).value, 1L);
        QCOMPARE(c, 'x');
        sys::close(fds[0]);
        sys::close(fds[1]);
    }

    void callsAreCounted()
    {
        const auto before = sys::callCount(sys::Op::Close);
        sys::close(-1);
        QCOMPARE(sys::callCount(sys::Op::Close), before + 1);
    }
};

QTEST_APPLESS_MAIN(TestSysFaults)
#include "test_sys_faults.moc"
