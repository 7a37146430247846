// PendingClients, the accept-queue rows' bookkeeping, against the whole-table rule it keeps
// incrementally: after every batch, each listener's waiting clients must be exactly what one
// pass over every socket's latest snapshot finds.
#include "snapshots.h"
#include "ui/pending_clients.h"
#include "ui/socket_model.h"
#include "ui/socket_text.h"

#include <QAbstractItemModelTester>
#include <QtTest>

#include <sys/socket.h>

#include <map>
#include <random>
#include <set>

using namespace spg;
using spg::ui::PendingClients;
using spg::ui::SocketModel;
using spg::uitest::snap;

namespace {

// The rule in one pass over every socket: a client of ours (no parent, neither closed nor
// listening, with a peer) waits for a listener when its peer is the listener's address, or a
// wildcard listener's port, in its family, and no socket that listener accepted has the
// client's address as its peer.
std::map<core::SocketId, std::set<core::SocketId>>
waitingByRule(const std::map<core::SocketId, core::SocketSnapshot>& sockets)
{
    std::map<core::SocketId, std::set<core::SocketId>> out;
    for (const auto& [lid, l] : sockets) {
        if (l.lifecycle != core::Lifecycle::Listening || l.local.empty())
            continue;
        for (const auto& [cid, c] : sockets) {
            if (c.parent != core::kNoSocket || c.lifecycle == core::Lifecycle::Closed
                || c.lifecycle == core::Lifecycle::Listening || c.peer.empty()
                || c.domain != l.domain)
                continue;
            const bool at = c.peer == l.local
                || (l.wildcard && ui::portOfAddress(c.peer) == ui::portOfAddress(l.local));
            if (!at)
                continue;
            bool accepted = false;
            for (const auto& [aid, a] : sockets)
                accepted = accepted || (a.parent == lid && a.peer == c.local);
            if (!accepted)
                out[lid].insert(cid);
        }
    }
    return out;
}

std::map<core::SocketId, std::set<core::SocketId>>
waitingKept(const PendingClients& pending,
            const std::map<core::SocketId, core::SocketSnapshot>& sockets)
{
    std::map<core::SocketId, std::set<core::SocketId>> out;
    for (const auto& [id, s] : sockets) {
        const std::vector<core::SocketId> of = pending.of(id);
        if (!of.empty())
            out[id] = std::set<core::SocketId>(of.begin(), of.end());
    }
    return out;
}

} // namespace

class TestPendingClients : public QObject {
    Q_OBJECT

private slots:
    void aClientWaitsUntilAccepted()
    {
        PendingClients p;
        p.update(snap(1, core::Lifecycle::Listening, "127.0.0.1:5000"));
        p.update(snap(2, core::Lifecycle::Connected, "127.0.0.1:40001", "127.0.0.1:5000"));
        QCOMPARE(p.of(1), std::vector<core::SocketId> { 2 });
        auto changes = p.takeChanges();
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].listener, core::SocketId(1));
        QCOMPARE(changes[0].added, std::vector<core::SocketId> { 2 });
        QVERIFY(changes[0].removed.empty());
        QVERIFY(p.takeChanges().empty()); // Taken once.
        // Counters change, addresses do not: nothing to tell.
        auto busier = snap(2, core::Lifecycle::Connected, "127.0.0.1:40001", "127.0.0.1:5000");
        busier.bytesIn = 99;
        p.update(busier);
        QVERIFY(p.takeChanges().empty());
        p.update(snap(3, core::Lifecycle::Connected, "127.0.0.1:5000", "127.0.0.1:40001", 1));
        QVERIFY(p.of(1).empty());
        changes = p.takeChanges();
        QCOMPARE(changes.size(), std::size_t(1));
        QCOMPARE(changes[0].removed, std::vector<core::SocketId> { 2 });
    }

    // Accepted in the same batch it arrived: the rows never need to show it.
    void arrivingAndAcceptedInOneBatchIsNoChange()
    {
        PendingClients p;
        p.update(snap(1, core::Lifecycle::Listening, "127.0.0.1:5000"));
        p.takeChanges();
        p.update(snap(2, core::Lifecycle::Connected, "127.0.0.1:40001", "127.0.0.1:5000"));
        p.update(snap(3, core::Lifecycle::Connected, "127.0.0.1:5000", "127.0.0.1:40001", 1));
        QVERIFY(p.takeChanges().empty());
        // The other order too: the accepted socket's snapshot before its client's.
        p.update(snap(5, core::Lifecycle::Connected, "127.0.0.1:5000", "127.0.0.1:40002", 1));
        p.update(snap(4, core::Lifecycle::Connected, "127.0.0.1:40002", "127.0.0.1:5000"));
        QVERIFY(p.takeChanges().empty());
        QVERIFY(p.of(1).empty());
    }

    void wildcardListenersMatchByPortInTheirFamily()
    {
        PendingClients p;
        auto wide = snap(1, core::Lifecycle::Listening, "0.0.0.0:6000");
        wide.wildcard = true;
        p.update(wide);
        p.update(snap(2, core::Lifecycle::Connected, "127.0.0.1:40001", "127.0.0.1:6000"));
        p.update(snap(3, core::Lifecycle::Connected, "[::1]:40002", "[::1]:6000", core::kNoSocket,
                      AF_INET6));
        QCOMPARE(p.of(1), std::vector<core::SocketId> { 2 });
    }

    // The listener closes, or listens again elsewhere: its clients are decided again.
    void aListenerThatMovesTakesItsQueueAlong()
    {
        PendingClients p;
        p.update(snap(2, core::Lifecycle::Connected, "127.0.0.1:40001", "127.0.0.1:5000"));
        QVERIFY(p.takeChanges().empty()); // No listener there yet.
        p.update(snap(1, core::Lifecycle::Listening, "127.0.0.1:5000"));
        QCOMPARE(p.of(1), std::vector<core::SocketId> { 2 });
        p.update(snap(1, core::Lifecycle::Closed, ""));
        QVERIFY(p.of(1).empty());
        const auto changes = p.takeChanges();
        QCOMPARE(changes.size(), std::size_t(0)); // Joined and left in one batch.
        p.update(snap(6, core::Lifecycle::Listening, "127.0.0.1:5000"));
        QCOMPARE(p.of(6), std::vector<core::SocketId> { 2 });
        p.update(snap(2, core::Lifecycle::Closed, "127.0.0.1:40001", "127.0.0.1:5000"));
        QVERIFY(p.of(6).empty());
    }

    // Random batches of listeners, clients and accepted sockets that change address, close
    // and reappear: after each batch the kept answer is the whole-table rule's.
    void keepsTheRuleThroughRandomBatches()
    {
        std::mt19937 random(20261129);
        const auto pick = [&](int n) { return int(random() % unsigned(n)); };
        const std::vector<std::string> listenAt { "127.0.0.1:5000", "127.0.0.1:5001",
                                                  "0.0.0.0:5000", "[::1]:5000" };
        const std::vector<std::string> clientAt { "127.0.0.1:40001", "127.0.0.1:40002",
                                                  "127.0.0.1:40003", "", "[::1]:40001" };
        const std::vector<std::string> peerAt { "127.0.0.1:5000", "127.0.0.1:5001",
                                                "127.0.0.2:5000", "[::1]:5000", "" };
        const core::Lifecycle lives[] = { core::Lifecycle::Connected, core::Lifecycle::Closed,
                                          core::Lifecycle::Listening };
        for (int round = 0; round < 40; ++round) {
            PendingClients p;
            std::map<core::SocketId, core::SocketSnapshot> sockets;
            std::map<core::SocketId, std::set<core::SocketId>> shown;
            for (int batch = 0; batch < 30; ++batch) {
                for (int n = pick(6) + 1; n > 0; --n) {
                    const core::SocketId id = core::SocketId(pick(12) + 1);
                    core::SocketSnapshot s;
                    switch (pick(3)) {
                    case 0: // a listener
                        s = snap(id, core::Lifecycle::Listening, listenAt[std::size_t(pick(4))]);
                        s.wildcard = s.local.rfind("0.0.0.0", 0) == 0;
                        break;
                    case 1: // a client
                        s = snap(id, lives[pick(3)], clientAt[std::size_t(pick(5))],
                                 peerAt[std::size_t(pick(5))]);
                        break;
                    default: // an accepted socket
                        s = snap(id, lives[pick(2)], listenAt[std::size_t(pick(4))],
                                 clientAt[std::size_t(pick(5))], core::SocketId(pick(12) + 1));
                        break;
                    }
                    if (s.local.rfind('[', 0) == 0 || s.peer.rfind('[', 0) == 0)
                        s.domain = AF_INET6;
                    sockets[id] = s;
                    p.update(s);
                }
                // The changes, applied to what was shown, give what is kept.
                for (const PendingClients::Change& change : p.takeChanges()) {
                    std::set<core::SocketId>& rows = shown[change.listener];
                    for (core::SocketId id : change.removed)
                        QVERIFY(rows.erase(id)); // Only what was shown leaves.
                    for (core::SocketId id : change.added)
                        QVERIFY(rows.insert(id).second); // Nothing is shown twice.
                    if (rows.empty())
                        shown.erase(change.listener);
                }
                const auto rule = waitingByRule(sockets);
                QCOMPARE(waitingKept(p, sockets), rule);
                QCOMPARE(shown, rule);
            }
        }
    }

    // The Sockets panel's rows under random batches where each socket keeps its role, as in
    // a real run (listeners 1-4, clients 5-12, accepted sockets 13-20 with a fixed parent):
    // the model stays consistent (QAbstractItemModelTester) and each listener's pending rows
    // are exactly pendingFor(), each once.
    void socketModelRowsFollowTheChanges()
    {
        std::mt19937 random(1129);
        const auto pick = [&](int n) { return int(random() % unsigned(n)); };
        const std::vector<std::string> listenAt { "127.0.0.1:5000", "127.0.0.1:5001",
                                                  "0.0.0.0:5000", "" };
        const std::vector<std::string> clientAt { "127.0.0.1:40001", "127.0.0.1:40002",
                                                  "127.0.0.1:40003" };
        const std::vector<std::string> peerAt { "127.0.0.1:5000", "127.0.0.1:5001", "" };
        for (int round = 0; round < 20; ++round) {
            SocketModel model;
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            for (int batch = 0; batch < 25; ++batch) {
                std::vector<core::SocketSnapshot> snaps;
                for (int n = pick(8) + 1; n > 0; --n) {
                    const core::SocketId id = core::SocketId(pick(20) + 1);
                    const bool closed = pick(5) == 0;
                    core::SocketSnapshot s;
                    if (id <= 4) {
                        s = snap(id, closed ? core::Lifecycle::Closed : core::Lifecycle::Listening,
                                 listenAt[std::size_t(pick(4))]);
                        s.wildcard = s.local.rfind("0.0.0.0", 0) == 0;
                    } else if (id <= 12) {
                        s = snap(id, closed ? core::Lifecycle::Closed : core::Lifecycle::Connected,
                                 clientAt[std::size_t(pick(3))], peerAt[std::size_t(pick(3))]);
                    } else {
                        s = snap(id, closed ? core::Lifecycle::Closed : core::Lifecycle::Connected,
                                 listenAt[std::size_t(pick(2))], clientAt[std::size_t(pick(3))],
                                 core::SocketId(id % 4 + 1));
                    }
                    snaps.push_back(s);
                }
                model.apply(snaps);
                for (core::SocketId l = 1; l <= 4; ++l) {
                    const QModelIndex row = model.indexOf(l);
                    if (!row.isValid())
                        continue;
                    std::multiset<core::SocketId> shown;
                    for (int i = 0; i < model.rowCount(row); ++i)
                        if (model.index(i, 0, row).data(SocketModel::PendingRole).toBool())
                            shown.insert(model.socketAt(model.index(i, 0, row)));
                    const std::vector<core::SocketId> want = model.pendingFor(*model.socket(l));
                    QCOMPARE(shown, std::multiset<core::SocketId>(want.begin(), want.end()));
                }
            }
        }
    }
};

QTEST_MAIN(TestPendingClients)
#include "test_pending_clients.moc"
