// The errno table on its own: names, aliases, texts, and the way back from a name.
// Single-threaded except errnoTextIsThreadSafe, which calls errnoText from several threads.
#include "core/words/errno_names.h"

#include <QtTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <thread>
#include <vector>

using namespace spg::core;

namespace {

// Numbers the table does not know come back as "E<number>".
bool isFallbackName(const std::string& name, int error)
{
    return name == "E" + std::to_string(error);
}

} // namespace

class TestErrnoNames : public QObject {
    Q_OBJECT

private slots:
    void namesOfCommonErrors_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("name");
        QTest::newRow("ECONNREFUSED") << ECONNREFUSED << "ECONNREFUSED";
        QTest::newRow("EAGAIN") << EAGAIN << "EAGAIN";
        QTest::newRow("EINPROGRESS") << EINPROGRESS << "EINPROGRESS";
        QTest::newRow("EADDRINUSE") << EADDRINUSE << "EADDRINUSE";
        QTest::newRow("ECONNRESET") << ECONNRESET << "ECONNRESET";
        QTest::newRow("EPIPE") << EPIPE << "EPIPE";
        QTest::newRow("EMFILE") << EMFILE << "EMFILE";
        QTest::newRow("EINTR") << EINTR << "EINTR";
        QTest::newRow("EPERM") << EPERM << "EPERM";
        QTest::newRow("ERANGE") << ERANGE << "ERANGE";
        QTest::newRow("ENOTSOCK") << ENOTSOCK << "ENOTSOCK";
        QTest::newRow("EOPNOTSUPP") << EOPNOTSUPP << "EOPNOTSUPP";
        QTest::newRow("ETIMEDOUT") << ETIMEDOUT << "ETIMEDOUT";
        QTest::newRow("EHOSTUNREACH") << EHOSTUNREACH << "EHOSTUNREACH";
    }

    void namesOfCommonErrors()
    {
        QFETCH(int, error);
        QFETCH(QString, name);
        QCOMPARE(QString::fromStdString(errnoName(error)), name);
        QCOMPARE(errnoFromName(name.toStdString()), error);
    }

    void aliasesPreferTheClassicName()
    {
        // Where the platform makes them equal, the log must show one stable name.
        if (EWOULDBLOCK == EAGAIN)
            QCOMPARE(errnoName(EWOULDBLOCK), std::string("EAGAIN"));
        else
            QCOMPARE(errnoName(EWOULDBLOCK), std::string("EWOULDBLOCK"));
        if (ENOTSUP == EOPNOTSUPP)
            QCOMPARE(errnoName(ENOTSUP), std::string("EOPNOTSUPP"));
        else
            QCOMPARE(errnoName(ENOTSUP), std::string("ENOTSUP"));
        QCOMPARE(errnoFromName("EWOULDBLOCK"), EWOULDBLOCK);
        QCOMPARE(errnoFromName("ENOTSUP"), ENOTSUP);
    }

    void unknownNumbersAndNames()
    {
        QCOMPARE(errnoName(99999), std::string("E99999"));
        QCOMPARE(errnoName(-3), std::string("E-3"));
        QCOMPARE(errnoName(0), std::string("E0"));
        QCOMPARE(errnoFromName("ENOSUCHTHING"), -1);
        QCOMPARE(errnoFromName(""), -1);
        QCOMPARE(errnoFromName("econnrefused"), -1);
        QCOMPARE(errnoFromName("E99999"), -1);
        // A number the table does not name reads back as errnoName() wrote it.
        QCOMPARE(errnoFromName(errnoName(4000)), 4000);
        QCOMPARE(errnoFromName("E0400"), -1);
    }

    void everyKnownNameRoundTrips()
    {
        // The table is private, so walk the numbers instead: every number with a real name
        // must map back to itself, and the table must know a good many of them.
        int named = 0;
        for (int error = 1; error < 4096; ++error) {
            const std::string name = errnoName(error);
            if (isFallbackName(name, error))
                continue;
            ++named;
            QVERIFY2(name.size() > 1 && name[0] == 'E', name.c_str());
            QCOMPARE(errnoFromName(name), error);
        }
        QVERIFY2(named >= 70, qPrintable(QString("only %1 names").arg(named)));
    }

    void textsAreFromTheCLibrary()
    {
        QVERIFY(!errnoText(ECONNREFUSED).empty());
        QVERIFY(errnoText(ECONNREFUSED) != errnoText(EAGAIN));
        QCOMPARE(errnoText(ECONNREFUSED), std::string(std::strerror(ECONNREFUSED)));
        QVERIFY(!errnoText(99999).empty());
    }

    void errnoTextIsThreadSafe()
    {
        // Each thread asks for its own error over and over; a shared static buffer would let
        // one thread's text show up in another's result.
        const std::vector<int> errors { ECONNREFUSED, EAGAIN, EPIPE, EINVAL };
        std::vector<std::string> expected;
        for (int error : errors)
            expected.push_back(errnoText(error));
        std::atomic<int> mismatches { 0 };
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < errors.size(); ++i) {
            threads.emplace_back([&, i] {
                for (int round = 0; round < 2000; ++round) {
                    if (errnoText(errors[i]) != expected[i])
                        ++mismatches;
                }
            });
        }
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_APPLESS_MAIN(TestErrnoNames)
#include "test_errno_names.moc"
