// Building the ladder from the records. A connection's bytes are matched by position: the
// n-th byte one end sent is the n-th byte the other end received, so each recv's range in
// its direction finds the sends that wrote it. Datagrams keep their boundaries: each
// recvfrom is matched with the oldest unmatched datagram its sender sent.
#include "ui/pictures/ladder_scene.h"

#include "core/words/address.h"
#include "core/words/calls.h"
#include "core/words/errno_names.h"

#include <sys/socket.h>

#include <algorithm>

namespace spg::ui {

namespace {

using core::CallKind;

bool isControl(CallKind k)
{
    return k == CallKind::Cancel || k == CallKind::SetAutomation || k == CallKind::SetBackend
        || k == CallKind::SetCaptureCap || k == CallKind::Sync;
}

QString addressOf(const std::string& sockaddr)
{
    if (sockaddr.empty())
        return {};
    return QString::fromStdString(core::formatAddress(
        reinterpret_cast<const ::sockaddr*>(sockaddr.data()), socklen_t(sockaddr.size())));
}

// The port of "127.0.0.1:80" or "[::1]:80"; empty for UNIX addresses.
QString portOf(const QString& address)
{
    if (address.startsWith(QLatin1String("unix:")))
        return {};
    return address.section(QLatin1Char(':'), -1);
}

bool wildcard(const QString& address)
{
    return address.startsWith(QLatin1String("0.0.0.0:"))
        || address.startsWith(QLatin1String("[::]:"));
}

} // namespace

void LadderScene::clear()
{
    Preview keep = std::move(m_preview);
    const std::size_t cap = m_cap;
    *this = LadderScene();
    m_preview = std::move(keep);
    m_cap = cap;
}

void LadderScene::setCap(std::size_t cap)
{
    m_cap = std::max<std::size_t>(1, cap);
    if (m_calls.size() > m_cap)
        dropOldest(m_calls.size() - m_cap);
}

// Forgets the oldest `count` calls and what can only refer to them: waiting entries, arrows that end before the first kept call, and sends whose bytes were all read already
// (a later recv starts past them, so they can never be matched again).
void LadderScene::dropOldest(std::size_t count)
{
    count = std::min(count, m_calls.size());
    m_calls.pop_front(count);
    m_dropped += qint64(count);
    const int first = int(m_dropped);
    std::erase_if(m_waiting, [first](int w) { return w < first; });
    const auto kept = std::lower_bound(m_arrows.begin(), m_arrows.end(), qint64(first),
                                       [](const Arrow& a, qint64 row) { return a.toRow < row; });
    m_arrows.erase(m_arrows.begin(), kept);
    for (auto& [id, side] : m_sides) {
        const int lane = laneOf(id);
        const core::SocketId peer = lane >= 0 ? m_lanes[std::size_t(lane)].peer : core::kNoSocket;
        const auto other = m_sides.find(peer);
        const std::uint64_t read = other == m_sides.end() ? 0 : other->second.received;
        const auto live = std::find_if(side.sends.begin(), side.sends.end(), [&](const Sent& s) {
            return s.call >= first || (other != m_sides.end() && s.end > read);
        });
        side.sends.erase(side.sends.begin(), live);
    }
}

int LadderScene::laneOf(core::SocketId id) const
{
    const auto it = m_laneOf.find(id);
    return it == m_laneOf.end() ? -1 : it->second;
}

int LadderScene::callOf(core::CommandId command) const
{
    for (std::size_t i = m_calls.size(); i-- > 0;)
        if (m_calls[i].command == command)
            return int(m_dropped) + int(i);
    return -1;
}

QString LadderScene::Call::result() const
{
    if (blocks)
        return LadderScene::tr("blocks");
    return errorNumber ? QString::fromStdString(core::errnoName(errorNumber))
                       : QStringLiteral("= %1").arg(value);
}

std::pair<std::size_t, std::size_t> LadderScene::callsInRows(qint64 first, qint64 last) const
{
    const auto byRow = [](const Call& c, qint64 row) { return c.row < row; };
    const auto b = std::lower_bound(m_calls.begin(), m_calls.end(), first, byRow);
    const auto e = std::lower_bound(b, m_calls.end(), last + 1, byRow);
    const auto base = std::size_t(m_dropped);
    return { base + std::size_t(b - m_calls.begin()), base + std::size_t(e - m_calls.begin()) };
}

QString LadderScene::bytesLabel(std::uint64_t count, const QByteArray& first)
{
    QString shown;
    for (char ch : first) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\r')
            shown += QLatin1String("\\r");
        else if (c == '\n')
            shown += QLatin1String("\\n");
        else if (c == '\t')
            shown += QLatin1String("\\t");
        else if (c == '"' || c == '\\')
            shown += QString(QLatin1Char('\\')) + QLatin1Char(char(c));
        else if (c >= 0x20 && c < 0x7f)
            shown += QLatin1Char(char(c));
        else
            shown += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    QString label = QStringLiteral("%1 B").arg(count);
    if (!first.isEmpty())
        label +=
            QStringLiteral(" \"%1%2\"")
                .arg(shown, count > std::uint64_t(first.size()) ? QStringLiteral("…") : QString());
    return label;
}

QString LadderScene::preview(core::SocketId id, core::ByteOffset offset, std::uint64_t length) const
{
    if (!m_preview || length == 0)
        return bytesLabel(length, {});
    return bytesLabel(length,
                      m_preview(id, offset, std::size_t(std::min<std::uint64_t>(length, 12))));
}

qint64 LadderScene::nsOf(core::WallClock::time_point t)
{
    if (!m_started) {
        m_started = true;
        m_start = t;
    }
    const qint64 ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t - m_start).count();
    m_lastNs = std::max(m_lastNs, ns); // never backwards: the axis is monotonic
    return m_lastNs;
}

int LadderScene::ensureLane(core::SocketId id)
{
    if (const int lane = laneOf(id); lane >= 0)
        return lane;
    Lane lane;
    lane.socket = id;
    lane.title = QStringLiteral("#%1").arg(id);
    m_lanes.push_back(lane);
    const int index = int(m_lanes.size()) - 1;
    m_laneOf[id] = index;
    m_order.append(index);
    m_sides[id];
    return index;
}

// One lane per outside address, drawn just right of the socket that talks to it.
int LadderScene::remoteLane(int lane, const QString& address)
{
    if (m_lanes[std::size_t(lane)].remoteLane >= 0)
        return m_lanes[std::size_t(lane)].remoteLane;
    if (const auto known = m_remoteLanes.constFind(address); known != m_remoteLanes.cend())
        return *known;
    Lane remote;
    remote.title = tr("remote %1").arg(address);
    remote.address = address;
    m_lanes.push_back(remote);
    const int index = int(m_lanes.size()) - 1;
    m_remoteLanes.insert(address, index);
    m_lanes[std::size_t(lane)].remoteLane = index;
    m_order.append(index);
    m_order.placeRightOf(index, lane);
    return index;
}

void LadderScene::pair(core::SocketId a, core::SocketId b)
{
    m_lanes[std::size_t(ensureLane(a))].peer = b;
    m_lanes[std::size_t(ensureLane(b))].peer = a;
}

int LadderScene::addArrow(Arrow arrow)
{
    if (arrow.id == 0)
        arrow.id = m_nextArrow++;
    const int id = arrow.id;
    if (arrow.to < 0)
        arrow.toRow = arrow.fromRow;
    arrow.toRow = std::max(arrow.toRow, arrow.fromRow);
    m_longestArrow = std::max(m_longestArrow, arrow.toRow - arrow.fromRow);
    const auto at = std::upper_bound(m_arrows.begin(), m_arrows.end(), arrow.toRow,
                                     [](qint64 row, const Arrow& a) { return row < a.toRow; });
    m_arrows.insert(at, std::move(arrow));
    return id;
}

core::SocketId LadderScene::socketAt(const QString& address, core::SocketId except) const
{
    // An unnamed UNIX socket has no address to find it by: every one of them says the same.
    if (address.isEmpty() || address.contains(QLatin1String("(unnamed)")))
        return core::kNoSocket;
    // The lowest id bound there (or to the wildcard at that port), as a walk in id order finds.
    const auto first = [except](const std::set<core::SocketId>* ids) {
        if (ids)
            for (core::SocketId id : *ids)
                if (id != except)
                    return id;
        return core::kNoSocket;
    };
    const auto exact = m_byLocal.constFind(address);
    const core::SocketId bound = first(exact == m_byLocal.cend() ? nullptr : &*exact);
    const QString port = portOf(address);
    const auto any = port.isEmpty() ? m_wildcardByPort.cend() : m_wildcardByPort.constFind(port);
    const core::SocketId wild = first(any == m_wildcardByPort.cend() ? nullptr : &*any);
    if (bound == core::kNoSocket || wild == core::kNoSocket)
        return bound == core::kNoSocket ? wild : bound;
    return std::min(bound, wild);
}

void LadderScene::setLocal(core::SocketId id, Side& side, const QString& local)
{
    if (side.local == local)
        return;
    if (!side.local.isEmpty()) {
        m_byLocal[side.local].erase(id);
        if (wildcard(side.local))
            m_wildcardByPort[portOf(side.local)].erase(id);
    }
    side.local = local;
    m_byLocal[local].insert(id);
    if (wildcard(local))
        m_wildcardByPort[portOf(local)].insert(id);
}

void LadderScene::updateSocket(const core::SocketSnapshot& s)
{
    ensureLane(s.id);
    Side& side = m_sides[s.id];
    side.stream = s.type == SOCK_STREAM || s.type == SOCK_SEQPACKET;
    side.listener = side.listener || s.lifecycle == core::Lifecycle::Listening;
    side.parent = s.parent;
    if (!s.local.empty())
        setLocal(s.id, side, QString::fromStdString(s.local));
    if (!s.peer.empty())
        side.peerAddress = QString::fromStdString(s.peer);
    Lane& lane = m_lanes[std::size_t(laneOf(s.id))];
    lane.address = side.local;
    // A socket keeps the part it played: a closed listener is still drawn as the listener.
    if (side.listener)
        side.role = QString::fromLatin1(QT_TR_NOOP("listener"));
    else if (s.parent != core::kNoSocket)
        side.role = QString::fromLatin1(QT_TR_NOOP("accepted"));
    else if (s.lifecycle == core::Lifecycle::Connecting
             || s.lifecycle == core::Lifecycle::Connected)
        side.role = side.role.isEmpty() ? QString::fromLatin1(QT_TR_NOOP("client")) : side.role;
    // The role is kept in English (QT_TR_NOOP) and translated here, where it is drawn.
    const QString role = !side.role.isEmpty() ? tr(side.role.toLatin1().constData())
        : side.stream                         ? tr("stream")
                                              : tr("datagram");
    lane.title = QStringLiteral("#%1 %2").arg(s.id).arg(role);
}

void LadderScene::addRecord(const core::CallRecord& r)
{
    if (r.phase == core::CallPhase::Refused || isControl(r.kind))
        return;
    const core::SocketId owner = r.socket != core::kNoSocket ? r.socket : r.created;
    if (owner == core::kNoSocket)
        return; // poll/select over several sockets belong to no one lane
    if (m_calls.size() >= m_cap) // A sixteenth at a time: the arrows' trim moves them all.
        dropOldest(m_calls.size() - m_cap + std::max<std::size_t>(1, m_cap / 16));
    const int lane = ensureLane(owner);
    if (r.kind == CallKind::Socketpair && r.created2 != core::kNoSocket) {
        pair(r.created, r.created2);
        m_sides[r.created].role = m_sides[r.created2].role =
            QString::fromLatin1(QT_TR_NOOP("pair"));
        m_order.placeRightOf(ensureLane(r.created2), laneOf(r.created));
    }
    Call c;
    c.command = r.command;
    c.lane = lane;
    c.row = m_rows++;
    c.kind = r.kind;
    c.socket = owner;
    c.text = QString::fromStdString(r.text);
    const qsizetype open = c.text.indexOf(QLatin1Char('('));
    c.nameLength = int(open < 0 ? c.text.size() : open); // All of it when there is none.
    c.value = r.result;
    c.errorNumber = r.error;
    c.error = r.error != 0 && r.phase != core::CallPhase::Blocked;
    // The same command's blocked call, if it still waits: only waiting calls can be it.
    const auto earlier = std::find_if(m_waiting.begin(), m_waiting.end(),
                                      [&](int w) { return at(w).command == r.command; });
    if (r.phase == core::CallPhase::Blocked) {
        c.waiting = true;
        c.blocks = true;
        c.timeNs = nsOf(r.started);
    } else {
        c.timeNs = nsOf(r.started + std::chrono::nanoseconds(r.durationNs));
        c.cancelled = r.phase == core::CallPhase::Cancelled;
        if (earlier != m_waiting.end()) {
            Call& blocked = at(*earlier);
            blocked.waiting = false;
            m_waiting.erase(earlier);
            c.blockedRow = blocked.row;
            m_longestBlock = std::max(m_longestBlock, c.row - blocked.row);
            c.blockedNs = blocked.timeNs;
        }
    }
    c.hasData = r.hasData;
    c.direction = r.direction;
    c.dataOffset = r.dataOffset;
    c.dataLength = r.dataLength;
    m_calls.push_back(std::move(c));
    const int index = int(endCall()) - 1;
    if (r.phase == core::CallPhase::Blocked) {
        m_waiting.push_back(index);
        return;
    }
    onHandshake(r, index);
    onData(r, index);
    onClosing(r, index);
}

void LadderScene::onHandshake(const core::CallRecord& r, int call)
{
    const Call& c = at(call);
    if (r.kind == CallKind::Connect) {
        const bool sentSyn = r.error == 0 || r.error == EINPROGRESS || r.error == ECONNREFUSED
            || r.error == ETIMEDOUT || r.error == EALREADY;
        const QString target = addressOf(r.sockaddr);
        if (!sentSyn || target.isEmpty() || r.error == EALREADY)
            return;
        Side& side = m_sides[r.socket];
        side.connectTo = target;
        if (side.role.isEmpty())
            side.role = QString::fromLatin1(QT_TR_NOOP("client"));
        const core::SocketId listener = socketAt(target, r.socket);
        const int to = listener != core::kNoSocket && m_sides[listener].listener
            ? laneOf(listener)
            : remoteLane(c.lane, target);
        // The SYN left when the call began: from the box where it blocked, if it did.
        const int start = c.blockedRow >= 0 ? int(c.blockedRow) : call;
        addArrow({ ArrowKind::Connect, start, -1, c.lane, to, qint64(start), qint64(start), 0,
                   m_sides[r.socket].stream ? QStringLiteral("SYN → %1").arg(target)
                                            : QStringLiteral("connect → %1").arg(target) });
        if (r.error == ECONNREFUSED)
            addArrow(
                { ArrowKind::Rst, -1, call, to, c.lane, c.row, c.row, 0, tr("RST (refused)") });
        return;
    }
    if ((r.kind != CallKind::Accept && r.kind != CallKind::Accept4) || r.created == core::kNoSocket)
        return;
    const int accepted = ensureLane(r.created);
    m_sides[r.created].parent = r.socket;
    // Later accepts go right of the earlier ones, so the first connection sits nearest: right
    // of the newest earlier one (ids only grow), found without a walk over every socket,
    // which made 10,000 accepts cost seconds.
    Side& listenerSide = m_sides[r.socket];
    const int newest = listenerSide.lastAccepted != core::kNoSocket
        ? laneOf(listenerSide.lastAccepted)
        : -1;
    m_order.placeRightOf(accepted, newest >= 0 ? newest : c.lane);
    listenerSide.lastAccepted = r.created;
    addArrow({ ArrowKind::Accept, call, -1, c.lane, accepted, c.row, c.row, 0,
               QStringLiteral("accept → #%1").arg(r.created) });
    const QString peer = QString::fromStdString(r.peer);
    core::SocketId client = socketAt(peer, r.created);
    // A UNIX client is usually unnamed: the kernel hands connections over in the order they
    // connected, so it is the oldest unpaired client that connected to this listener's path.
    const QString path = m_sides[r.socket].local;
    if (client == core::kNoSocket && path.startsWith(QLatin1String("unix:"))
        && path != QLatin1String("unix:(unnamed)")) {
        for (const auto& [id, side] : m_sides) {
            if (side.connectTo == path && laneOf(id) >= 0
                && m_lanes[std::size_t(laneOf(id))].peer == core::kNoSocket) {
                client = id;
                break;
            }
        }
    }
    if (client != core::kNoSocket && client != r.socket) {
        pair(client, r.created);
        m_order.placeLeftOf(laneOf(client), c.lane);
    } else if (!peer.isEmpty() && !peer.contains(QLatin1String("unnamed"))) {
        remoteLane(accepted, peer);
    }
}

void LadderScene::onData(const core::CallRecord& r, int call)
{
    if (!r.hasData || r.error != 0)
        return;
    Side& side = m_sides[r.socket];
    Call& c = at(call);
    if (core::sends(r.kind) && r.direction == core::Direction::Sent) {
        if (side.stream) {
            side.sends.push_back({ side.sent, side.sent + r.dataLength, call });
            side.sent += r.dataLength;
            const Lane& lane = m_lanes[std::size_t(c.lane)];
            if (lane.peer == core::kNoSocket && lane.remoteLane >= 0)
                addArrow({ ArrowKind::Data, call, -1, c.lane, lane.remoteLane, c.row, c.row,
                           r.dataLength, preview(r.socket, r.dataOffset, r.dataLength) });
        } else {
            side.datagrams.push_back(call);
            const QString target =
                addressOf(r.sockaddr).isEmpty() ? side.peerAddress : addressOf(r.sockaddr);
            if (socketAt(target, r.socket) == core::kNoSocket && !target.isEmpty())
                addArrow({ ArrowKind::Datagram, call, -1, c.lane, remoteLane(c.lane, target), c.row,
                           c.row, r.dataLength, preview(r.socket, r.dataOffset, r.dataLength) });
        }
    } else if (core::receives(r.kind) && r.direction == core::Direction::Received) {
        if (side.stream)
            onStreamRecv(r, call);
        else
            onDatagramRecv(r, call);
    }
}

// The bytes this recv read are [received, received + n) of its direction; the sends on
// the other end that covered that range wrote them.
void LadderScene::onStreamRecv(const core::CallRecord& r, int call)
{
    Side& side = m_sides[r.socket];
    const std::uint64_t begin = side.received;
    const std::uint64_t end = begin + r.dataLength;
    side.received = end;
    const Call& c = at(call);
    const Lane& lane = m_lanes[std::size_t(c.lane)];
    if (lane.peer == core::kNoSocket) {
        if (lane.remoteLane >= 0)
            addArrow({ ArrowKind::Data, -1, call, lane.remoteLane, c.lane, c.row, c.row,
                       r.dataLength, preview(r.socket, r.dataOffset, r.dataLength) });
        return;
    }
    const Side& other = m_sides[lane.peer];
    auto it = std::upper_bound(other.sends.begin(), other.sends.end(), begin,
                               [](std::uint64_t at, const Sent& s) { return at < s.end; });
    for (; it != other.sends.end() && it->begin < end; ++it) {
        const std::uint64_t from = std::max(begin, it->begin);
        const std::uint64_t to = std::min(end, it->end);
        const Call& send = at(it->call);
        addArrow({ ArrowKind::Data, it->call, call, send.lane, c.lane, send.row, c.row, to - from,
                   preview(lane.peer, send.dataOffset + (from - it->begin), to - from) });
    }
}

void LadderScene::onDatagramRecv(const core::CallRecord& r, int call)
{
    const Call& c = at(call);
    const QString from = QString::fromStdString(r.peer);
    const core::SocketId sender = socketAt(from, r.socket);
    if (sender == core::kNoSocket) {
        if (!from.isEmpty())
            addArrow({ ArrowKind::Datagram, -1, call, remoteLane(c.lane, from), c.lane, c.row,
                       c.row, r.dataLength, preview(r.socket, r.dataOffset, r.dataLength) });
        return;
    }
    if (m_lanes[std::size_t(c.lane)].peer == core::kNoSocket
        && m_lanes[std::size_t(laneOf(sender))].peer == core::kNoSocket)
        pair(sender, r.socket);
    std::vector<int>& queue = m_sides[sender].datagrams;
    if (queue.empty())
        return;
    const int send = queue.front();
    queue.erase(queue.begin());
    const Call& s = at(send);
    addArrow({ ArrowKind::Datagram, send, call, s.lane, c.lane, s.row, c.row, s.dataLength,
               preview(sender, s.dataOffset, s.dataLength) });
}

// shutdown(SHUT_WR or SHUT_RDWR) and close() on a connected stream send a FIN; close() with
// SO_LINGER {on, 0} sends a RST instead. The arrow reaches the other end's lane at once; the
// other end's read of end-of-file (or ECONNRESET) is where it lands when that comes.
void LadderScene::onClosing(const core::CallRecord& r, int call)
{
    Side& side = m_sides[r.socket];
    const Call& c = at(call);
    if (r.kind == CallKind::SetSockOpt && r.error == 0
        && c.text.contains(QLatin1String("SO_LINGER")))
        side.lingerZero = c.text.contains(QLatin1String("l_onoff=1"))
            && c.text.contains(QLatin1String("l_linger=0"));
    const Lane& lane = m_lanes[std::size_t(c.lane)];
    const core::SocketId peer = lane.peer;
    const bool readsEnd = core::receives(r.kind) && r.error == 0 && r.result == 0;
    if ((readsEnd || r.error == ECONNRESET) && !side.finArrows.empty()) {
        const int id = side.finArrows.front();
        side.finArrows.erase(side.finArrows.begin());
        const auto it = std::find_if(m_arrows.rbegin(), m_arrows.rend(),
                                     [id](const Arrow& a) { return a.id == id; });
        if (it == m_arrows.rend())
            return;
        Arrow landed = *it;
        m_arrows.erase(std::next(it).base());
        landed.to = call;
        landed.toRow = c.row;
        addArrow(landed);
        return;
    }
    if (!side.stream || peer == core::kNoSocket || r.error != 0)
        return;
    const bool fin = (r.kind == CallKind::Shutdown
                      && (c.text.contains(QLatin1String("SHUT_WR"))
                          || c.text.contains(QLatin1String("SHUT_RDWR"))))
        || (r.kind == CallKind::Close && !side.lingerZero);
    const bool rst = r.kind == CallKind::Close && side.lingerZero;
    if (!fin && !rst)
        return;
    m_sides[peer].finArrows.push_back(
        addArrow({ rst ? ArrowKind::Rst : ArrowKind::Fin, call, -1, c.lane, laneOf(peer), c.row,
                   c.row, 0, rst ? QStringLiteral("RST") : QStringLiteral("FIN") }));
}

} // namespace spg::ui
