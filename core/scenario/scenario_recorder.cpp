#include "core/scenario/scenario_recorder.h"

#include "core/words/errno_names.h"
#include "core/words/sockopt.h"

namespace spg::core {

std::string ScenarioRecorder::nameOf(SocketId id) const
{
    return "s" + std::to_string(id);
}

void ScenarioRecorder::onSnapshot(const SocketSnapshot& s)
{
    if (s.lifecycle == Lifecycle::Closed) {
        m_locals.erase(s.id);
        return;
    }
    m_locals[s.id] = s.local;
    m_peers[s.id] = s.peer;
}

void ScenarioRecorder::reset()
{
    m_locals.clear();
    m_peers.clear();
}

AddressArg ScenarioRecorder::addressFor(const std::string& text) const
{
    AddressArg a;
    for (const auto& [id, local] : m_locals)
        if (local == text && text.size() > 2 && text.compare(text.size() - 2, 2, ":0") != 0) {
            a.socket = nameOf(id);
            return a;
        }
    a.literal = text;
    return a;
}

std::optional<std::string> ScenarioRecorder::record(const Command& c, const CallRecord& r)
{
    if (isEngineControl(c.kind) || r.phase == CallPhase::Refused || r.automatic)
        return std::nullopt;
    Step s;
    s.kind = StepKind::Call;
    s.call = c.kind;
    if (c.socket != kNoSocket)
        s.socket = nameOf(c.socket);
    if (r.created != kNoSocket)
        s.assign = nameOf(r.created);
    if (r.created2 != kNoSocket)
        s.assign2 = nameOf(r.created2);
    static_cast<CallArgs&>(s) = c; // Every argument value at once.
    if (!c.address.empty())
        s.address = addressFor(c.address);
    if (c.level.empty())
        if (const SocketOption* option = findOption(c.option))
            s.level = std::string(option->levelName);
    if (c.watched != kNoSocket)
        s.watched = nameOf(c.watched);
    for (const PollEntry& e : c.pollFds)
        s.pollFds.push_back(PollArg { nameOf(e.socket), e.events });
    if (!s.pollFds.empty())
        s.socket = s.pollFds.front().socket;
    for (std::size_t k = 0; k < c.fdSets.size(); ++k)
        for (SocketId id : c.fdSets[k]) {
            s.fdSets[k].push_back(nameOf(id));
            if (s.socket.empty())
                s.socket = s.fdSets[k].back();
        }
    for (const KeventChange& k : c.changes)
        s.changes.push_back(KeventArg { k.socket == kNoSocket ? "" : nameOf(k.socket), k.fields });
    // What happened becomes the expectation, so replaying checks the kernel answers alike.
    Expectation e;
    if (r.result < 0 && r.error) {
        e.kind = ExpectKind::Errno;
        e.text = errnoName(r.error);
        e.error = r.error;
    } else if (c.kind != CallKind::Socket && c.kind != CallKind::Accept
               && c.kind != CallKind::Socketpair && c.kind != CallKind::EpollCreate) {
        e.kind = ExpectKind::Result;
        e.number = r.result;
    }
    if (e.kind != ExpectKind::None)
        s.expects.push_back(e);
    return formatStep(s);
}

} // namespace spg::core
