// The pictures read from their scenes, not their pixels: the TCP diagram's routes for
// recorded paths (observed legs solid, states passed between reads inferred and noted, a
// pair no route joins said so), and the States view of a real demo run in the window.
#include "ui/engine_bridge.h"
#include "ui/main_window.h"
#include "ui/pictures/picture_tabs.h"
#include "ui/pictures/states_view.h"
#include "ui/pictures/tcp_diagram.h"
#include "ui/scenario_panel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace spg;
using namespace spg::ui;
using core::TcpState;

namespace {

std::vector<core::TcpStep> path(std::initializer_list<TcpState> states)
{
    std::vector<core::TcpStep> out;
    for (TcpState s : states)
        out.push_back({ s, {}, "event", false });
    return out;
}

TcpState stateOf(int node)
{
    return TcpDiagram::nodes()[static_cast<std::size_t>(node)].state;
}

// The legs as "FROM>TO" with a '~' for inferred ones: "CLOSED>SYN_SENT~".
QStringList legs(const StateTrack& t)
{
    QStringList out;
    for (const StateTrack::Leg& leg : t.legs)
        out << QStringLiteral("%1>%2%3")
                   .arg(QString::fromUtf8(core::tcpStateName(stateOf(leg.from)).data()),
                        QString::fromUtf8(core::tcpStateName(stateOf(leg.to)).data()),
                        leg.observed ? QString() : QStringLiteral("~"));
    return out;
}

} // namespace

class TestPictures : public QObject {
    Q_OBJECT

private slots:
    void observedPathIsSolid()
    {
        const StateTrack t = trackOf(1, QStringLiteral("#1"),
                                     path({ TcpState::Closed, TcpState::SynSent, TcpState::Established }));
        QCOMPARE(legs(t), QStringList({ "CLOSED>SYN_SENT", "SYN_SENT>ESTABLISHED" }));
        QVERIFY(t.notes.isEmpty());
        QCOMPARE(stateOf(t.current), TcpState::Established);
    }

    // A blocking connect on loopback is never seen in SYN_SENT: the diagram's route
    // explains the jump, dashed, and a note names the state nobody read.
    void unseenStatesAreInferredAndNoted()
    {
        const StateTrack t = trackOf(1, QStringLiteral("#1"), path({ TcpState::Closed, TcpState::Established }));
        QCOMPARE(legs(t), QStringList({ "CLOSED>SYN_SENT~", "SYN_SENT>ESTABLISHED~" }));
        QCOMPARE(t.notes, QStringList { QStringLiteral("SYN_SENT passed between two reads (not observed)") });
    }

    // The wrong answers: states no transition joins are never drawn as a route.
    void unjoinableStatesAreSaidSo()
    {
        const StateTrack t = trackOf(1, QStringLiteral("#1"), path({ TcpState::TimeWait, TcpState::Listen }));
        QCOMPARE(t.legs.size(), std::size_t(1));
        QCOMPARE(t.legs.front().edge, -1);
        QVERIFY(!t.legs.front().observed);
        QCOMPARE(t.notes, QStringList { QStringLiteral("TIME_WAIT to LISTEN: no transition in the diagram joins them") });
    }

    // CLOSED is the start until the path leaves it, then the end: a listener's close()
    // ends there, by the edge the diagram draws only when taken.
    void closedStartsAndEnds()
    {
        const StateTrack t = trackOf(1, QStringLiteral("#1"),
                                     path({ TcpState::Closed, TcpState::Listen, TcpState::Closed }));
        QCOMPARE(legs(t), QStringList({ "CLOSED>LISTEN", "LISTEN>CLOSED" }));
        QVERIFY(TcpDiagram::nodes()[static_cast<std::size_t>(t.current)].end);
        QVERIFY(!TcpDiagram::edges()[static_cast<std::size_t>(t.legs.back().edge)].drawn);
    }

    // A passive close read as CLOSE_WAIT then CLOSED went through LAST_ACK unseen: it must
    // not be drawn as a reset.
    void passiveCloseIsNotAReset()
    {
        const StateTrack t = trackOf(1, QStringLiteral("#1"), path({ TcpState::CloseWait, TcpState::Closed }));
        QCOMPARE(legs(t), QStringList({ "CLOSE_WAIT>LAST_ACK~", "LAST_ACK>CLOSED~" }));
    }

    // The half-close demo in the window: the client (#2) ends in TIME_WAIT, its accepted
    // peer (#3) went through CLOSE_WAIT; both are drawn when the client is selected.
    void halfCloseDemoIsLit()
    {
        EngineBridge bridge;
        MainWindow window(bridge);
        window.resize(1280, 800);
        window.show();
        QSignalSpy finished(window.scenarioPanel(), &ScenarioPanel::finished);
        QVERIFY(window.openDemo(QStringLiteral("half-close")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        window.selectSocket(2);
        StatesView* view = window.pictures()->states();
        QTRY_COMPARE(view->tracks().size(), std::size_t(2));
        QTRY_COMPARE(stateOf(view->tracks()[0].current), TcpState::TimeWait);
        const StateTrack& client = view->tracks()[0];
        const StateTrack& server = view->tracks()[1];
        QCOMPARE(client.socket, core::SocketId(2));
        QCOMPARE(server.socket, core::SocketId(3));
        QVERIFY(client.visits.back().step.fromTable);
        QVERIFY(legs(client).contains(QStringLiteral("FIN_WAIT_2>TIME_WAIT")));
        QVERIFY(std::any_of(server.visits.begin(), server.visits.end(),
                            [](const StateTrack::Visit& v) { return v.step.state == TcpState::CloseWait; }));
        QTRY_VERIFY(TcpDiagram::nodes()[static_cast<std::size_t>(view->tracks()[1].current)].end);
    }
};

QTEST_MAIN(TestPictures)
#include "test_pictures.moc"
