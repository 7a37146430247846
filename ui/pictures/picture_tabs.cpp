// Which sockets each picture draws, and when it is redrawn.
#include "ui/pictures/picture_tabs.h"

#include "ui/hex_panel.h"
#include "ui/engine_bridge.h"
#include "ui/pictures/queues_view.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/states_view.h"
#include "ui/session.h"

#include <algorithm>

namespace spg::ui {

namespace {

bool isTcp(const core::SocketSnapshot& s)
{
    return !s.tcpPath.empty();
}

// The socket at the other end of `s`'s connection, when the playground holds it.
core::SocketId otherEnd(const SocketModel& model, const core::SocketSnapshot& s)
{
    if (s.tcpPeer.empty() || s.tcpLocal.empty())
        return core::kNoSocket;
    for (core::SocketId id : model.ids()) {
        const core::SocketSnapshot* o = model.socket(id);
        if (o && o->id != s.id && o->tcpLocal == s.tcpPeer && o->tcpPeer == s.tcpLocal)
            return id;
    }
    return core::kNoSocket;
}

} // namespace

PictureTabs::PictureTabs(Session& session, HexPanel* hex, QWidget* parent)
    : QTabWidget(parent),
      m_session(session),
      m_states(new StatesView(this)),
      m_queues(new QueuesView(this)),
      m_sequence(new SequenceView(this))
{
    setDocumentMode(true);
    addTab(hex, tr("Bytes"));
    addTab(m_sequence, tr("Sequence"));
    setTabToolTip(1, tr("The calls as a ladder diagram: one lane per socket, time flowing down"));
    addTab(m_queues, tr("Queues"));
    setTabToolTip(2, tr("The selected listener's accept queue, as the kernel reports it"));
    addTab(m_states, tr("TCP states"));
    setTabToolTip(3, tr("The TCP state diagram, lit with the selected sockets' real states"));
    // Arrow labels show the first bytes, read from the capture the hex view reads.
    m_sequence->scene().setPreview([this](core::SocketId id, core::ByteOffset offset, std::size_t length) {
        QByteArray bytes;
        if (const auto capture = m_session.bridge().capture(id)) {
            bytes.resize(qsizetype(length));
            bytes.resize(qsizetype(capture->read(offset, bytes.data(), length)));
        }
        return bytes;
    });
    connect(&m_session, &Session::snapshotsArrived, this, &PictureTabs::onSnapshots);
    connect(&m_session, &Session::callsRecorded, this, &PictureTabs::onCalls);
    connect(&m_session, &Session::restarted, this, [this] {
        m_sequence->clear();
        m_sequenceStale = false;
    });
    connect(this, &QTabWidget::currentChanged, this, &PictureTabs::refreshVisible);
}

void PictureTabs::setSelection(std::vector<core::SocketId> ids)
{
    m_selected = std::move(ids);
    m_statesStale = m_queuesStale = true;
    refreshVisible();
}

// Only the picture in front is drawn again; the other is marked and drawn when shown, so a
// flood of snapshots costs nothing while the hex view is in front.
void PictureTabs::refreshVisible()
{
    if (m_statesStale && currentWidget() == m_states) {
        m_statesStale = false;
        refreshStates();
    }
    if (m_sequenceStale && currentWidget() == m_sequence) {
        m_sequenceStale = false;
        m_sequence->sceneChanged();
    }
    if (m_queuesStale && currentWidget() == m_queues) {
        m_queuesStale = false;
        refreshQueues();
    }
}

std::vector<core::SocketId> PictureTabs::statesSockets() const
{
    const SocketModel& model = *m_session.sockets();
    std::vector<core::SocketId> shown;
    auto add = [&](core::SocketId id) {
        const core::SocketSnapshot* s = model.socket(id);
        if (s && isTcp(*s) && std::find(shown.begin(), shown.end(), id) == shown.end())
            shown.push_back(id);
    };
    for (core::SocketId id : m_selected) {
        add(id);
        if (const core::SocketSnapshot* s = model.socket(id))
            add(otherEnd(model, *s));
    }
    return shown;
}

// The ladder is built from every record, whichever tab is in front; it is drawn only when
// the Sequence tab is.
void PictureTabs::onCalls(const std::vector<const core::CallRecord*>& records)
{
    for (const core::CallRecord* record : records)
        m_sequence->scene().addRecord(*record);
    m_sequenceStale = true;
    if (currentWidget() == m_sequence)
        refreshVisible();
}

void PictureTabs::onSnapshots(const std::vector<core::SocketSnapshot>& snapshots)
{
    for (const core::SocketSnapshot& s : snapshots)
        m_sequence->scene().updateSocket(s);
    m_sequenceStale = true;
    // The States view changes when a drawn socket changes, or when the other end of a
    // selected connection appears (an accept); the queue scene reads every socket.
    if (!m_statesStale) {
        const std::vector<core::SocketId> shown = statesSockets();
        m_statesStale = shown != m_drawnStates
            || std::any_of(snapshots.begin(), snapshots.end(), [&](const core::SocketSnapshot& s) {
                   return std::find(shown.begin(), shown.end(), s.id) != shown.end();
               });
    }
    m_queuesStale = true;
    refreshVisible();
}

void PictureTabs::refreshQueues()
{
    const SocketModel& model = *m_session.sockets();
    m_queues->setScene(queueSceneOf(model, listenerFor(model, m_selected)));
}

void PictureTabs::refreshStates()
{
    std::vector<StateTrack> tracks;
    m_drawnStates = statesSockets();
    for (core::SocketId id : m_drawnStates) {
        const core::SocketSnapshot* s = m_session.sockets()->socket(id);
        tracks.push_back(trackOf(id, tr("#%1").arg(id), s->tcpPath));
    }
    m_states->setTracks(std::move(tracks));
}

} // namespace spg::ui
