// The scenario player's state machine. A foreground call blocks playback until its final
// record arrives; a background call ('&') only registers a job that a later wait joins.
// Expectations about state and queues are checked once the batch holding the record has
// been fed, because the engine sends the socket's snapshot right after the record.
#include "scenario_player.h"

#include "scenario_text.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace spg::core {

namespace {

bool compare(long actual, Relation r, long wanted)
{
    switch (r) {
    case Relation::Eq: return actual == wanted;
    case Relation::Ne: return actual != wanted;
    case Relation::Lt: return actual < wanted;
    case Relation::Le: return actual <= wanted;
    case Relation::Gt: return actual > wanted;
    case Relation::Ge: return actual >= wanted;
    }
    return false;
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::string outcome(const CallRecord& r)
{
    const auto eq = r.text.rfind(") = ");
    return eq == std::string::npos ? r.text : r.text.substr(eq + 4);
}

} // namespace

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

const SocketSnapshot* ScenarioPlayer::snapshotOf(const std::string& name) const
{
    const auto id = socketOf(name);
    if (!id)
        return nullptr;
    auto it = m_snapshots.find(*id);
    return it == m_snapshots.end() ? nullptr : &it->second;
}

void ScenarioPlayer::fail(int line, std::string why)
{
    m_status = Status::Failed;
    m_failureLine = line;
    m_failure = "line " + std::to_string(line) + ": " + why;
}

void ScenarioPlayer::onEvent(const EngineEvent& event)
{
    if (const auto* snap = std::get_if<SocketSnapshot>(&event)) {
        m_snapshots[snap->id] = *snap;
        return;
    }
    if (const auto* loop = std::get_if<LoopRecord>(&event)) {
        m_seenReady[loop->socket] |= loop->ready;
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
        if (!id) {
            fail(step.line, "socket \"" + step.socket + "\" does not exist: the call that "
                                "should have created it failed");
            return false;
        }
        c.socket = *id;
    }
    c.domain = step.domain;
    c.type = step.type;
    c.protocol = step.protocol;
    c.backlog = step.backlog;
    c.flags = step.flags;
    c.payload = step.payload;
    c.length = step.length;
    c.iovLengths = step.iovLengths;
    c.how = step.how;
    c.option = step.option;
    c.value = step.value;
    c.enable = step.enable;
    if (step.address.isRef()) {
        const SocketSnapshot* s = snapshotOf(step.address.socket);
        const std::string& text = s ? (step.address.peer ? s->peer : s->local) : std::string();
        if (text.empty()) {
            fail(step.line, step.address.text() + " is not known: " + step.address.socket
                                + " has no " + (step.address.peer ? "peer" : "local")
                                + " address yet");
            return false;
        }
        c.address = text;
    } else {
        c.address = step.address.literal;
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
    case StepKind::Poll:
        m_waitingStep = index;
        return pollStarted(step);
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

bool ScenarioPlayer::pollStarted(const Step& step)
{
    const auto id = socketOf(step.socket);
    if (!id) {
        fail(step.line, "socket \"" + step.socket + "\" does not exist");
        return false;
    }
    m_seenReady[*id] = 0;
    return true;
}

bool ScenarioPlayer::pollSatisfied(const Step& step) const
{
    const auto id = socketOf(step.socket);
    if (!id)
        return false;
    unsigned ready = 0;
    if (auto it = m_seenReady.find(*id); it != m_seenReady.end())
        ready |= it->second;
    if (auto it = m_snapshots.find(*id); it != m_snapshots.end())
        ready |= it->second.pendingReady;
    const bool in = (step.pollEvents & WantRead)
        && (ready & (ReadyRead | ReadyReadHangup | ReadyHangup | ReadyError));
    const bool out = (step.pollEvents & WantWrite) && (ready & (ReadyWrite | ReadyHangup | ReadyError));
    return in || out;
}

// Records the call's line, binds the names it created and checks its expectation.
bool ScenarioPlayer::finishCall(InFlight& f)
{
    const Step& step = m_scenario.steps[f.step];
    const CallRecord& r = *f.record;
    m_output.push_back({ step.line, r.text });
    ++m_callsMade;
    if (r.created != kNoSocket && !step.assign.empty())
        m_sockets[step.assign] = r.created;
    if (r.created2 != kNoSocket && !step.assign2.empty())
        m_sockets[step.assign2] = r.created2;
    if (r.phase == CallPhase::Refused) {
        fail(step.line, "the call could not be made: " + r.note);
        return false;
    }
    if (!check(step, r))
        return false;
    m_expectationsHeld += step.expect.kind != ExpectKind::None;
    return true;
}

bool ScenarioPlayer::check(const Step& step, const CallRecord& r)
{
    const Expectation& e = step.expect;
    const bool failed = r.result < 0;
    auto mismatch = [&](const std::string& wanted, const std::string& got) {
        fail(step.line, "expected " + wanted + ", got " + got);
        return false;
    };
    switch (e.kind) {
    case ExpectKind::None: return true;
    case ExpectKind::Result:
        return compare(r.result, e.relation, e.number)
            ? true : mismatch(scenario_text::relationText(e.relation) + std::to_string(e.number), outcome(r));
    case ExpectKind::Errno:
        return failed && r.error == e.error ? true : mismatch(e.text, outcome(r));
    case ExpectKind::Bytes: {
        const std::string got = !r.peeked.empty() || !r.hasData
            ? r.peeked : m_read(r.socket, r.dataOffset, r.dataLength);
        return got == e.text ? true : mismatch(cString(e.text), failed ? outcome(r) : cString(got));
    }
    case ExpectKind::Value: {
        // Numeric values may carry words after the number: "111 (ECONNREFUSED ...)".
        char* end = nullptr;
        const long actual = std::strtol(r.value.c_str(), &end, 10);
        if (e.text.empty() && end != r.value.c_str())
            return compare(actual, e.relation, e.number) ? true
                : mismatch("value " + scenario_text::relationText(e.relation) + std::to_string(e.number),
                           "\"" + r.value + "\"");
        return r.value == e.text ? true : mismatch("value " + e.text, "\"" + r.value + "\"");
    }
    case ExpectKind::State:
    case ExpectKind::Queue: break;
    }
    // A state after accept() is the new socket's; a queue is always the listener's.
    const bool created = (e.kind == ExpectKind::State && step.call == CallKind::Accept)
        || step.socket.empty();
    const SocketSnapshot* s = snapshotOf(created && !step.assign.empty() ? step.assign : step.socket);
    if (!s)
        return mismatch("a socket to inspect", "none");
    if (e.kind == ExpectKind::Queue)
        return compare(s->acceptQueue, e.relation, e.number) ? true
            : mismatch("accept queue " + scenario_text::relationText(e.relation) + std::to_string(e.number),
                       std::to_string(s->acceptQueue));
    const std::string want = lower(e.text);
    const bool ok = want == lower(std::string(lifecycleName(s->lifecycle)))
        || want == lower(std::string(tcpStateName(s->tcpState)));
    return ok ? true
              : mismatch("state " + e.text, std::string(lifecycleName(s->lifecycle)) + " / "
                             + std::string(tcpStateName(s->tcpState)));
}

// A step that names a socket a background call is still making waits for that call.
bool ScenarioPlayer::needsPendingJob(const Step& step) const
{
    for (const std::string& name : { step.socket, step.address.socket }) {
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
    case StepKind::Poll: return pollSatisfied(step);
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

// The line a satisfied poll step prints, in the form the exported C program prints it.
std::string ScenarioPlayer::pollLine(const Step& step) const
{
    const SocketSnapshot* s = snapshotOf(step.socket);
    const std::string fd = std::to_string(s ? s->fd : -1);
    const std::string ev = step.pollEvents == (WantRead | WantWrite) ? "POLLIN|POLLOUT"
        : step.pollEvents & WantWrite                              ? "POLLOUT"
                                                                   : "POLLIN";
    return "poll([{fd=" + fd + ", events=" + ev + "}], 1, -1) = 1 ([{fd=" + fd + ", revents=" + ev
        + "}])";
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
            if (step.kind == StepKind::Poll)
                m_output.push_back({ step.line, pollLine(step) });
            m_waitingStep.reset();
            m_wakeAt.reset();
        }
        if (m_next >= m_scenario.steps.size())
            return m_status = allJobsDone() ? Status::Finished : Status::Waiting;
        if (m_pauseBefore > 0 && m_scenario.steps[m_next].line >= m_pauseBefore)
            return m_status = Status::Ready;
        if (needsPendingJob(m_scenario.steps[m_next]))
            return m_status = Status::Waiting; // As a thread would join the one making it.
        if (!start(m_next++))
            return m_status;
        m_status = Status::Waiting;
    }
    return m_status;
}

} // namespace spg::core
