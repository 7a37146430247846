// Plays a Scenario against an Engine: turns each step into a Command, waits for its record
// (or runs it in the background), binds socket names, resolves srv.local references from
// snapshots, and checks expectations. Used by the headless runner and by the window.
// Threading: not thread-safe; feed events and call advance() from one thread.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario.h"

#include <functional>
#include <map>
#include <optional>

namespace spg::core {

class ScenarioPlayer {
public:
    using Submit = std::function<CommandId(Command)>;
    // Reads `length` captured bytes of a socket starting at `offset`.
    using ReadCapture = std::function<std::string(SocketId, ByteOffset, std::uint64_t)>;

    // Asking: a lab's `ask` step is next; the window asks for a prediction, then answered().
    enum class Status { Ready, Waiting, Finished, Failed, Asking };

    struct Output {
        int line = 0;
        std::string text; // strace-style line of the call, or the poll line
    };

    // Called with each command just before it is submitted; returns a message with no text,
    // or why the step may not run (the step then fails with that reason). The runner places UNIX addresses in
    // the run's scratch folder here, at the moment of the call.
    using Prepare = std::function<Message(const Step&, Command&)>;

    ScenarioPlayer(Scenario scenario, Submit submit, ReadCapture read);
    void setPrepare(Prepare prepare) { m_prepare = std::move(prepare); }

    // Feeds every engine event in order; call advance() after each batch.
    void onEvent(const EngineEvent& event);

    // Runs steps until one has to wait, the scenario ends, an expectation fails, or the next
    // step is at or past the pause line.
    Status advance();
    // 0 = run on; otherwise pause before starting the step on or after `line` (Run to line).
    void setPauseBeforeLine(int line) { m_pauseBefore = line; }
    // Pauses after the next step completes (Step).
    void pauseAfterNextStep();

    // Labs, in the window only: stop before each `ask` step (Status::Asking) until
    // answered(); headless runs never set it, so `ask` changes nothing there.
    void setAsking(bool on) { m_asking = on; }
    void answered(); // The prediction is in: the asked step runs at the next advance().
    struct Answer {
        int line = 0;
        CallRecord record;
        std::string bytes; // What the call received (recv, read ...), as the kernel gave it.
    };
    std::optional<Answer> takeAnswer(); // The kernel's answer to the asked step, once.

    Status status() const { return m_status; }
    std::size_t nextStep() const { return m_next; }
    int currentLine() const; // The line running or next to run; 0 when finished.
    std::string failure() const; // "line 7: expected 5, got 3" in English; "" unless failed
    const Message& failureWhy() const { return m_failureWhy; } // "expected 5, got 3", a template
    // For the closing summary: calls whose result arrived, and expectations that held.
    int callsMade() const { return m_callsMade; }
    int expectationsHeld() const { return m_expectationsHeld; }
    int failureLine() const { return m_failureLine; }
    // When a sleep or a waiting step started, for the caller's timeout.
    SteadyClock::time_point waitingSince() const { return m_waitingSince; }
    std::optional<SteadyClock::time_point> wakeAt() const { return m_wakeAt; }
    std::vector<Output> takeOutput();
    void fail(int line, Message why);
    bool missingSocket(const Step& step, const std::string& name); // Fails; returns false.
    // How long the step in progress may wait (its own `wait NAME 30s`, else `fallbackMs`), and
    // what to say when it has waited that long: what it waited for, and for how long.
    long waitLimitMs(long fallbackMs) const;
    std::string stallMessage(long waitedMs) const;
    const Scenario& scenario() const { return m_scenario; }
    std::optional<SocketId> socketOf(const std::string& name) const;
    std::string nameOfSocket(SocketId id) const; // "?" when no name is bound to it
    std::string nameOfIdent(const KEvent64& k) const; // "srv", or the ident's number

private:
    struct InFlight {
        std::size_t step = 0;
        CommandId command = 0;
        std::optional<CallRecord> record; // Set when the final record arrived.
        std::uint64_t arrival = 0;        // Order of arrival, so lines print as calls ended.
        bool checked = false;
        std::string gathered; // until EOF: the bytes of the receives so far
    };

    bool start(std::size_t index);
    bool buildCommand(const Step& step, Command& c);
    bool finishCall(InFlight& call);
    bool finishArrived();
    bool needsPendingJob(const Step& step) const;
    bool allJobsDone() const;
    bool waitingDone(const Step& step) const;
    bool check(const Step& step, const CallRecord& r, const std::string* bytes = nullptr);
    bool repeatUntilEof(InFlight& f);
    const SocketSnapshot* snapshotOf(const std::string& name) const;

    Scenario m_scenario;
    Submit m_submit;
    ReadCapture m_read;
    Prepare m_prepare;
    Status m_status = Status::Ready;
    std::size_t m_next = 0;
    std::optional<InFlight> m_foreground;
    std::map<std::string, InFlight> m_jobs; // Background calls by name ("" = unnamed).
    std::vector<InFlight> m_anonymousJobs;
    std::map<std::string, SocketId> m_sockets;
    std::map<SocketId, SocketSnapshot> m_snapshots;
    std::optional<std::size_t> m_waitingStep; // A wait or sleep step in progress.
    std::optional<SteadyClock::time_point> m_wakeAt;
    SteadyClock::time_point m_waitingSince {};
    Message m_failureWhy;  // "expected 5, got 3", for the window to translate
    int m_failureLine = 0;
    std::vector<Output> m_output;
    int m_pauseBefore = 0;
    std::uint64_t m_arrivals = 0;
    int m_callsMade = 0;
    int m_expectationsHeld = 0; // Checked and held so far.
    bool m_asking = false;
    std::size_t m_answered = std::size_t(-1); // The asked step whose prediction is in.
    int m_askedLine = 0;
    std::optional<Answer> m_answer;
};

} // namespace spg::core
