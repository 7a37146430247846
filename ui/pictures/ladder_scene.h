// What the Sequence view draws: a ladder diagram built, record by record, from the call
// records and snapshots the window already receives. Lanes (one per socket, plus one per
// outside peer), call boxes, blocked bars, and the arrows the records prove: the handshake,
// each send's bytes to the recv calls that read them (matched by their byte positions in
// each direction of the connection), FIN, RST and datagrams. Nothing is drawn that the
// records do not say. Pure data (QtCore only); GUI thread only, like its feeder.
#pragma once

#include "core/engine/events.h"
#include "ui/pictures/lane_order.h"
#include "ui/row_ring.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <deque>
#include <functional>
#include <map>
#include <set>
#include <vector>

namespace spg::ui {

class LadderScene {
    Q_DECLARE_TR_FUNCTIONS(spg::ui::LadderScene)

public:
    struct Lane {
        core::SocketId socket = core::kNoSocket; // kNoSocket: a peer outside the playground
        QString title;                           // "#3 conn", "remote 127.0.0.1:5555"
        QString address;                         // local address, or the remote's
        core::SocketId peer = core::kNoSocket;   // the other end, where known
        int remoteLane = -1;                     // index of this socket's remote lane
    };
    struct Call {
        core::CommandId command = 0;
        int lane = -1;          // index into lanes()
        qint64 row = 0;         // the call's place in order (its completion for a blocked call)
        qint64 blockedRow = -1; // where it blocked; -1: it never blocked
        qint64 timeNs = 0; // when it returned (or blocked, while it still waits), since the first
        qint64 blockedNs = 0;
        core::CallKind kind = core::CallKind::Sync;
        QString text; // the strace-style line
        // Its box's words, made when drawn (a flood adds calls far faster than they are
        // seen): "connect", and "= 0", "ECONNREFUSED" or "blocks".
        QString name() const { return text.left(nameLength); }
        QString result() const;
        int nameLength = 0;     // the call's name is text's first nameLength characters
        long value = 0;         // what the call returned
        int errorNumber = 0;    // its errno, 0 for none
        bool blocks = false;    // the record that said the call blocked (its bar's top)
        bool error = false;
        bool waiting = false; // still blocked
        bool cancelled = false;
        core::SocketId socket = core::kNoSocket;
        bool hasData = false;
        core::Direction direction = core::Direction::Sent;
        core::ByteOffset dataOffset = 0;
        std::uint64_t dataLength = 0;
    };
    enum class ArrowKind { Connect, Accept, Data, Datagram, Fin, Rst };
    struct Arrow {
        ArrowKind kind = ArrowKind::Data;
        int from = -1; // call index; -1: from a lane with no call (a remote peer)
        int to = -1;   // call index; -1: to a lane, at the row of `from`
        int fromLane = -1;
        int toLane = -1;
        qint64 fromRow = 0;
        qint64 toRow = 0;
        std::uint64_t bytes = 0;
        QString label;
        int id = 0; // stable name while arrows move in the sorted list
    };
    // Reads up to `length` bytes of a socket's capture at `offset` (for arrow labels).
    using Preview = std::function<QByteArray(core::SocketId, core::ByteOffset, std::size_t)>;

    void setPreview(Preview preview) { m_preview = std::move(preview); }
    // At most `cap` calls are kept, like the log's 200,000 rows: a long run would otherwise
    // hold every call's strings (800 MB at 10^6 calls). The oldest go first, a sixteenth of
    // the cap at a time so the arrows' trim is rare. Call indices stay absolute (arrows,
    // waiting(), callOf(), callsInRows() and call() all use them): call i is
    // calls()[i - firstCall()], and an arrow may reach back to a call no longer kept.
    static constexpr std::size_t kDefaultCap = 200000;
    void setCap(std::size_t cap);
    std::size_t cap() const { return m_cap; }
    void clear();
    void addRecord(const core::CallRecord& record);
    void updateSocket(const core::SocketSnapshot& snapshot);

    const std::vector<Lane>& lanes() const { return m_lanes; }
    // A RowRing: a long run appends calls by the hundred thousand, and a vector's doubling
    // moved all of them at once (a 280 ms stall at 10^6 calls); the ring never moves them,
    // and at its cap reuses the chunks the oldest calls leave.
    using Calls = RowRing<Call>;
    const Calls& calls() const { return m_calls; }
    // The absolute index of calls().front(): how many older calls were dropped.
    qint64 firstCall() const { return m_dropped; }
    qint64 droppedCalls() const { return m_dropped; }
    qint64 endCall() const { return m_dropped + qint64(m_calls.size()); }
    bool hasCall(qint64 index) const { return index >= m_dropped && index < endCall(); }
    const Call& call(qint64 index) const { return m_calls[std::size_t(index - m_dropped)]; }
    // When the oldest kept call returned: the time axis starts there.
    qint64 firstNs() const { return m_calls.empty() ? 0 : m_calls.front().timeNs; }
    // Arrows in order of their lower end (toRow), so a range of rows finds them quickly.
    const std::vector<Arrow>& arrows() const { return m_arrows; }
    qint64 rowCount() const { return m_rows; }
    qint64 spanNs() const { return m_lastNs; }
    qint64 longestArrowRows() const { return m_longestArrow; }
    qint64 longestBlockRows() const { return m_longestBlock; }
    // Calls still blocked (their bar runs to the newest call).
    const std::vector<int>& waiting() const { return m_waiting; }
    // The lanes in drawing order, left to right (indices into lanes()).
    const std::vector<int>& laneOrder() const { return m_order.leftToRight(); }
    int laneOf(core::SocketId id) const;
    // The newest kept call of a command (its completion when it blocked first), or -1. A walk
    // back from the newest call: it answers a click or a log row, not every record, so the
    // scene keeps no index that each of a flood's calls would pay to fill and to empty.
    int callOf(core::CommandId command) const;
    // Calls whose rows fall in [first, last], as an absolute index range [begin, end).
    std::pair<std::size_t, std::size_t> callsInRows(qint64 first, qint64 last) const;
    // "5 B \"hello\\r\\n\"": the count and the first bytes, escaped.
    static QString bytesLabel(std::uint64_t count, const QByteArray& first);

private:
    struct Sent { // one send, by its place in the direction's byte stream
        std::uint64_t begin = 0;
        std::uint64_t end = 0;
        int call = -1;
    };
    struct Side {
        std::uint64_t sent = 0;     // bytes sent so far on this socket
        std::uint64_t received = 0; // bytes received so far
        std::vector<Sent> sends;
        std::vector<int> datagrams; // unmatched datagram sends (UDP), oldest first
        std::vector<int> finArrows; // ids of FIN/RST arrows towards this socket not yet read
        int connectBlocked = -1;    // the blocked connect's call, for the SYN's start
        QString role;
        bool lingerZero = false;
        bool stream = true;
        bool listener = false;
        QString connectTo;
        QString local;
        QString peerAddress;
        core::SocketId parent = core::kNoSocket;
        core::SocketId lastAccepted = core::kNoSocket; // A listener's newest accepted socket.
    };

    Call& at(qint64 index) { return m_calls[std::size_t(index - m_dropped)]; }
    void dropOldest(std::size_t count);
    int ensureLane(core::SocketId id);
    int remoteLane(int lane, const QString& address);
    void pair(core::SocketId a, core::SocketId b);
    int addArrow(Arrow arrow);
    void onHandshake(const core::CallRecord& r, int call);
    void onData(const core::CallRecord& r, int call);
    void onStreamRecv(const core::CallRecord& r, int call);
    void onDatagramRecv(const core::CallRecord& r, int call);
    void onClosing(const core::CallRecord& r, int call);
    core::SocketId socketAt(const QString& address, core::SocketId except) const;
    void setLocal(core::SocketId id, Side& side, const QString& local);
    QString preview(core::SocketId id, core::ByteOffset offset, std::uint64_t length) const;
    qint64 nsOf(core::WallClock::time_point t);

    std::vector<Lane> m_lanes;
    LaneOrder m_order;
    Calls m_calls;
    qint64 m_dropped = 0; // calls dropped from the front of m_calls
    std::size_t m_cap = kDefaultCap;
    std::vector<Arrow> m_arrows;
    std::map<core::SocketId, int> m_laneOf;
    std::map<core::SocketId, Side> m_sides;
    // socketAt()'s indexes, so an accept among 10,000 sockets finds its client without a
    // walk over them all: the sockets at each local address, and the wildcard ones by port.
    QHash<QString, std::set<core::SocketId>> m_byLocal;
    QHash<QString, std::set<core::SocketId>> m_wildcardByPort;
    QHash<QString, int> m_remoteLanes; // "remote 10.0.0.2:5000" lanes by address
    Preview m_preview;
    qint64 m_rows = 0;
    qint64 m_lastNs = 0;
    qint64 m_longestArrow = 0;
    qint64 m_longestBlock = 0;
    int m_nextArrow = 1;
    std::vector<int> m_waiting;
    core::WallClock::time_point m_start {};
    bool m_started = false;
};

} // namespace spg::ui
