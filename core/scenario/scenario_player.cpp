// The scenario player's state machine. A foreground call blocks playback until its final
// record arrives; a background call ('&') only registers a job that a later wait joins.
// Expectations about state and queues are checked once the batch holding the record has
// been fed, because the engine sends the socket's snapshot right after the record.
#include "core/scenario/scenario_player.h"

#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_text.h"
#include "core/sys/kqueue_api.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <utility>

namespace spg::core {

ScenarioPlayer::ScenarioPlayer(Scenario scenario, Submit submit, ReadCapture read)
    : m_scenario(std::move(scenario))
    , m_submit(std::move(submit))
    , m_read(std::move(read))
{
    if (m_scenario.steps.empty())
        m_status = Status::Finished;
}

int ScenarioPlayer::currentLine() const
{
    if (m_foreground)
        return m_scenario.steps[m_foreground->step].line;
    if (m_waitingStep)
        return m_scenario.steps[*m_waitingStep].line;
    return m_next < m_scenario.steps.size() ? m_scenario.steps[m_next].line : 0;
}

std::vector<ScenarioPlayer::Output> ScenarioPlayer::takeOutput()
{
    std::vector<Output> out;
    out.swap(m_output);
    return out;
}

std::optional<SocketId> ScenarioPlayer::socketOf(const std::string& name) const
{
    auto it = m_sockets.find(name);
    return it == m_sockets.end() ? std::nullopt : std::optional<SocketId>(it->second);
}

std::string ScenarioPlayer::nameOfSocket(SocketId id) const
{
    for (const auto& [name, socket] : m_sockets)
        if (socket == id && id != kNoSocket)
            return name;
    return "?";
}

// A returned kevent's ident as a scenario writes it: for the descriptor filters, the name
// of the open socket with that fd; otherwise (or when none has it) the number.
std::string ScenarioPlayer::nameOfIdent(const KEvent64& k) const
{
    if (k.filter == kq::FilterRead || k.filter == kq::FilterWrite)
        for (const auto& [name, id] : m_sockets) {
            const auto it = m_snapshots.find(id);
            if (it != m_snapshots.end() && it->second.lifecycle != Lifecycle::Closed
                && static_cast<std::uint64_t>(it->second.fd) == k.ident)
                return name;
        }
    return std::to_string(k.ident);
}

const SocketSnapshot* ScenarioPlayer::snapshotOf(const std::string& name) const
{
    const auto id = socketOf(name);
    if (!id)
        return nullptr;
    auto it = m_snapshots.find(*id);
    return it == m_snapshots.end() ? nullptr : &it->second;
}

namespace {

// A record's note as a message: its template when the engine gave one.
Message noteOf(const CallRecord& r)
{
    return *r.noteWhat.text ? r.noteWhat : plainValue(r.note);
}

} // namespace

void ScenarioPlayer::fail(int line, Message why)
{
    m_status = Status::Failed;
    m_failureLine = line;
    m_failureWhy = std::move(why);
}

std::string ScenarioPlayer::failure() const
{
    return m_status == Status::Failed
        ? "line " + std::to_string(m_failureLine) + ": " + m_failureWhy.english()
        : std::string();
}

bool ScenarioPlayer::missingSocket(const Step& step, const std::string& name)
{
    fail(step.line, makeMessage("spg::scenario",
                                SPG_TR_NOOP("spg::scenario", "socket \"%1\" does not exist: the "
                                                             "call that should have created it "
                                                             "failed"),
                                name));
    return false;
}

void ScenarioPlayer::onEvent(const EngineEvent& event)
{
    if (const auto* snap = std::get_if<SocketSnapshot>(&event)) {
        m_snapshots[snap->id] = *snap;
        return;
    }
    const auto* r = std::get_if<CallRecord>(&event);
    if (!r || r->phase == CallPhase::Blocked || r->command == 0)
        return;
    auto deliver = [&](InFlight& f) {
        if (f.command == r->command && !f.record) {
            f.record = *r;
            f.arrival = ++m_arrivals;
        }
    };
    if (m_foreground)
        deliver(*m_foreground);
    for (auto& [name, job] : m_jobs)
        deliver(job);
    for (InFlight& job : m_anonymousJobs)
        deliver(job);
}

bool ScenarioPlayer::buildCommand(const Step& step, Command& c)
{
    c.kind = step.call;
    if (!step.socket.empty()) {
        const auto id = socketOf(step.socket);
        if (!id)
            return missingSocket(step, step.socket);
        c.socket = *id;
    }
    static_cast<CallArgs&>(c) = step; // Every argument value at once.
    for (const PollArg& arg : step.pollFds) {
        const auto id = socketOf(arg.socket);
        if (!id)
            return missingSocket(step, arg.socket);
        c.pollFds.push_back(PollEntry { *id, arg.events });
    }
    if (!step.watched.empty()) {
        const auto id = socketOf(step.watched);
        if (!id)
            return missingSocket(step, step.watched);
        c.watched = *id;
    }
    for (std::size_t k = 0; k < step.fdSets.size(); ++k)
        for (const std::string& name : step.fdSets[k]) {
            const auto id = socketOf(name);
            if (!id)
                return missingSocket(step, name);
            c.fdSets[k].push_back(*id);
        }
    for (const KeventArg& change : step.changes) {
        KeventChange k { kNoSocket, change.fields };
        const auto id = change.socket.empty() ? std::optional<SocketId>() : socketOf(change.socket);
        if (!change.socket.empty() && !id)
            return missingSocket(step, change.socket);
        k.socket = id ? *id : kNoSocket;
        c.changes.push_back(k);
    }
    if (step.address.isRef()) {
        const SocketSnapshot* s = snapshotOf(step.address.socket);
        const std::string& text = s ? (step.address.peer ? s->peer : s->local) : std::string();
        if (text.empty()) {
            fail(step.line,
                 step.address.peer
                     ? makeMessage("spg::scenario",
                                   SPG_TR_NOOP("spg::scenario",
                                               "%1 is not known: %2 has no peer address yet"),
                                   step.address.text(), step.address.socket)
                     : makeMessage("spg::scenario",
                                   SPG_TR_NOOP("spg::scenario",
                                               "%1 is not known: %2 has no local address yet"),
                                   step.address.text(), step.address.socket));
            return false;
        }
        c.address = text;
    } else {
        c.address = step.address.literal;
    }
    if (m_prepare) {
        if (Message why = m_prepare(step, c); *why.text) {
            fail(step.line,
                 makeMessage("spg::scenario", SPG_TR_NOOP("spg::scenario", "not run: %1"), why));
            return false;
        }
    }
    return true;
}

bool ScenarioPlayer::start(std::size_t index)
{
    const Step& step = m_scenario.steps[index];
    m_waitingSince = SteadyClock::now();
    switch (step.kind) {
    case StepKind::Sleep:
        m_waitingStep = index;
        m_wakeAt = m_waitingSince + std::chrono::milliseconds(step.sleepMs);
        return true;
    case StepKind::Wait:
        m_waitingStep = index;
        return true;
    case StepKind::Call: break;
    }
    Command c;
    if (!buildCommand(step, c))
        return false;
    InFlight f;
    f.step = index;
    f.command = m_submit(std::move(c));
    if (!step.background)
        m_foreground = f;
    else if (step.assign.empty())
        m_anonymousJobs.push_back(f);
    else
        m_jobs[step.assign] = f;
    return true;
}

// Records the call's line, binds the names it created and checks its expectation.
bool ScenarioPlayer::finishCall(InFlight& f)
{
    const Step& step = m_scenario.steps[f.step];
    const CallRecord& r = *f.record;
    m_output.push_back({ step.line, step.call == CallKind::SetAutomation && r.result == 0
                                        ? automationLine(step)
                                        : r.text });
    ++m_callsMade;
    if (r.created != kNoSocket && !step.assign.empty())
        m_sockets[step.assign] = r.created;
    if (r.created2 != kNoSocket && !step.assign2.empty())
        m_sockets[step.assign2] = r.created2;
    if (r.phase == CallPhase::Refused) {
        fail(step.line, makeMessage("spg::scenario",
                                    SPG_TR_NOOP("spg::scenario", "the call could not be made: %1"),
                                    noteOf(r)));
        return false;
    }
    if (r.unwatchable) {
        fail(step.line, noteOf(r));
        return false;
    }
    if (!step.untilEof)
        return check(step, r);
    // The step's answer is the whole: every byte until EOF, or the error that ended it.
    CallRecord whole = r;
    if (r.result > 0)
        f.gathered += m_read(r.socket, r.dataOffset, r.dataLength);
    if (r.result >= 0)
        whole.result = static_cast<long>(f.gathered.size());
    return check(step, whole, &f.gathered);
}

// recv(...) until EOF: a receive that got bytes prints its line, keeps its bytes and is made
// again; the one that returns 0 (or fails) ends the step. Returns true while it goes on.
bool ScenarioPlayer::repeatUntilEof(InFlight& f)
{
    const Step& step = m_scenario.steps[f.step];
    const CallRecord& r = *f.record;
    if (!step.untilEof || r.result <= 0 || r.phase == CallPhase::Refused
        || f.gathered.size() >= kUntilEofLimit)
        return false;
    m_output.push_back({ step.line, r.text });
    ++m_callsMade;
    f.gathered += m_read(r.socket, r.dataOffset, r.dataLength);
    if (f.gathered.size() >= kUntilEofLimit)
        return false;
    Command c;
    if (!buildCommand(step, c))
        return false;
    f.command = m_submit(std::move(c));
    f.record.reset();
    return true;
}

void ScenarioPlayer::answered()
{
    if (m_status != Status::Asking)
        return;
    m_answered = m_next;
    m_askedLine = m_scenario.steps[m_next].line;
    m_status = Status::Ready;
}

std::optional<ScenarioPlayer::Answer> ScenarioPlayer::takeAnswer()
{
    return std::exchange(m_answer, std::nullopt);
}

bool ScenarioPlayer::check(const Step& step, const CallRecord& r, const std::string* bytes)
{
    CallOutcome outcome;
    outcome.record = &r;
    outcome.bytes = bytes                              ? *bytes
        : !r.peeked.empty() || !r.hasData ? r.peeked
                                          : m_read(r.socket, r.dataOffset, r.dataLength);
    if (step.ask && step.line == m_askedLine) // Before the expectations: a failing one still answers.
        m_answer = Answer { step.line, r, outcome.bytes };
    for (const EpollReady& e : r.epollEvents)
        outcome.eventSockets.push_back(nameOfSocket(e.socket));
    for (const KEvent64& k : r.kevents)
        outcome.keventIdents.push_back(nameOfIdent(k));
    // A state after accept() is the new socket's; a queue is always the listener's.
    for (const Expectation& e : step.expects) {
        const bool created = (e.kind == ExpectKind::State && callSpec(step.call).has(MakesSocket))
            || step.socket.empty();
        outcome.socket =
            snapshotOf(created && !step.assign.empty() ? step.assign : step.socket);
        if (e.peer.isRef()) {
            const SocketSnapshot* ref = snapshotOf(e.peer.socket);
            outcome.peerRef = ref ? (e.peer.peer ? ref->peer : ref->local) : std::string();
        }
        if (const auto why = checkExpectation(e, step, outcome)) {
            fail(step.line, *why);
            return false;
        }
        ++m_expectationsHeld;
    }
    return true;
}

// A step that names a socket a background call is still making waits for that call.
bool ScenarioPlayer::needsPendingJob(const Step& step) const
{
    std::vector<std::string> names { step.socket, step.address.socket, step.watched };
    for (const PollArg& arg : step.pollFds)
        names.push_back(arg.socket);
    for (const auto& set : step.fdSets)
        names.insert(names.end(), set.begin(), set.end());
    for (const KeventArg& change : step.changes)
        names.push_back(change.socket);
    for (const std::string& name : names) {
        if (name.empty() || m_sockets.count(name))
            continue;
        auto job = m_jobs.find(name);
        if (job != m_jobs.end() && !job->second.checked)
            return true;
    }
    return false;
}

void ScenarioPlayer::pauseAfterNextStep()
{
    m_pauseBefore = m_next + 1 < m_scenario.steps.size() ? m_scenario.steps[m_next + 1].line
                                                         : m_scenario.steps.empty() ? 0 : m_scenario.steps.back().line + 1;
}

// Reports every call whose record has arrived, foreground or background, in the order the
// records arrived, so the printed lines follow the order in which calls really ended.
bool ScenarioPlayer::finishArrived()
{
    std::vector<InFlight*> arrived;
    if (m_foreground && m_foreground->record && !m_foreground->checked)
        arrived.push_back(&*m_foreground);
    for (auto& [name, job] : m_jobs)
        if (job.record && !job.checked)
            arrived.push_back(&job);
    for (InFlight& job : m_anonymousJobs)
        if (job.record && !job.checked)
            arrived.push_back(&job);
    std::sort(arrived.begin(), arrived.end(),
              [](const InFlight* a, const InFlight* b) { return a->arrival < b->arrival; });
    for (InFlight* f : arrived) {
        if (repeatUntilEof(*f))
            continue;
        f->checked = true;
        if (!finishCall(*f))
            return false;
    }
    return true;
}

bool ScenarioPlayer::allJobsDone() const
{
    return std::all_of(m_jobs.begin(), m_jobs.end(), [](const auto& j) { return j.second.checked; })
        && std::all_of(m_anonymousJobs.begin(), m_anonymousJobs.end(),
                       [](const InFlight& j) { return j.checked; });
}

// Whether the sleep, wait or poll in progress is over.
bool ScenarioPlayer::waitingDone(const Step& step) const
{
    switch (step.kind) {
    case StepKind::Sleep: return SteadyClock::now() >= *m_wakeAt;
    case StepKind::Wait:
        if (step.waitFor.empty())
            return allJobsDone();
        if (auto job = m_jobs.find(step.waitFor); job != m_jobs.end())
            return job->second.checked;
        return false;
    case StepKind::Call: break;
    }
    return true;
}

ScenarioPlayer::Status ScenarioPlayer::advance()
{
    while (m_status != Status::Failed && m_status != Status::Finished) {
        if (!finishArrived())
            return m_status;
        if (m_foreground) {
            if (!m_foreground->record)
                return m_status = Status::Waiting;
            m_foreground.reset(); // finishArrived() has reported it.
        }
        if (m_waitingStep) {
            const Step& step = m_scenario.steps[*m_waitingStep];
            if (!waitingDone(step))
                return m_status = Status::Waiting;
            m_waitingStep.reset();
            m_wakeAt.reset();
        }
        if (m_next >= m_scenario.steps.size())
            return m_status = allJobsDone() ? Status::Finished : Status::Waiting;
        if (m_pauseBefore > 0 && m_scenario.steps[m_next].line >= m_pauseBefore)
            return m_status = Status::Ready;
        if (needsPendingJob(m_scenario.steps[m_next]))
            return m_status = Status::Waiting; // As a thread would join the one making it.
        if (m_asking && m_scenario.steps[m_next].ask && m_answered != m_next)
            return m_status = Status::Asking; // The window asks; answered() goes on.
        if (!start(m_next++))
            return m_status;
        m_status = Status::Waiting;
    }
    return m_status;
}

} // namespace spg::core

namespace spg::core {

namespace {

std::string duration(long ms)
{
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

} // namespace

long ScenarioPlayer::waitLimitMs(long fallbackMs) const
{
    if (m_waitingStep) {
        const Step& s = m_scenario.steps[*m_waitingStep];
        if (s.kind == StepKind::Wait && s.waitTimeoutMs > 0)
            return s.waitTimeoutMs;
    }
    return fallbackMs;
}

// A step as its line reads without its expectations: "recv(a, 4, MSG_WAITALL)".
static std::string callOnly(const Step& step)
{
    Step bare = step;
    bare.expects.clear();
    bare.ask = false;
    return formatStep(bare);
}

std::string ScenarioPlayer::stallMessage(long waitedMs) const
{
    const std::string after = " after " + duration(waitedMs);
    if (m_foreground) {
        const Step& s = m_scenario.steps[m_foreground->step];
        return callOnly(s) + " is still blocked" + after
            + "; nothing made it ready (when a later line must make it ready, run it in the "
              "background with '&' and wait for it)";
    }
    std::string unfinished;
    auto list = [&](const std::string& name, const InFlight& job) {
        const Step& s = m_scenario.steps[job.step];
        if (!job.checked)
            unfinished += (unfinished.empty() ? "" : ", ") + callOnly(s) + " (line "
                + std::to_string(s.line) + ")";
        (void)name;
    };
    const Step* waiting = m_waitingStep ? &m_scenario.steps[*m_waitingStep] : nullptr;
    for (const auto& [name, job] : m_jobs)
        if (!waiting || waiting->waitFor.empty() || waiting->waitFor == name)
            list(name, job);
    if (!waiting || waiting->waitFor.empty())
        for (const InFlight& job : m_anonymousJobs)
            list("", job);
    if (waiting && waiting->kind == StepKind::Wait) {
        const std::string limit = waiting->waitTimeoutMs > 0
            ? ""
            : " (the default limit; write wait " + (waiting->waitFor.empty() ? std::string("NAME") : waiting->waitFor)
                + " 120s to wait longer)";
        return "wait" + (waiting->waitFor.empty() ? "" : " " + waiting->waitFor) + ": waited "
            + duration(waitedMs) + " for " + unfinished + ", which has not finished" + limit;
    }
    if (m_next < m_scenario.steps.size() && needsPendingJob(m_scenario.steps[m_next]))
        return callOnly(m_scenario.steps[m_next]) + " needs a socket that " + unfinished
            + " has not made" + after;
    return "background calls still unfinished" + after + ": " + unfinished;
}

} // namespace spg::core
