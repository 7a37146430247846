// Runs a scenario headless: its own Engine, the player, and a bounded wait for each step.
// Prints the strace-style line of every call as it completes, reports each listener's real
// address, and counts calls and expectations for a closing summary. Used by
// `socket-playground --run` and by the tests (every demo on every backend).
// Threading: runScenario blocks the calling thread until the scenario ends.
#pragma once

#include "core/engine/capture.h"
#include "core/engine/events.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_policy.h"
#include "core/sys/kqueue_api.h"
#include "core/sys/poller.h"
#include "core/words/strace_format.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace spg::core {

// The exit status of a headless demo (and of an exported program) that cannot run on this
// host because it calls what the host does not have (kqueue on Linux): skipped, as automake
// and CTest's SKIP_RETURN_CODE spell it, never a silent pass.
constexpr int kExitUnavailable = 77;

struct RunResult {
    // 0: every expectation held; 1: a line failed (see failure); 2: the policy refused the
    // scenario and nothing ran (see policy, and formatRefusal()).
    int exitCode = 0;
    std::vector<std::string> lines; // The printed call lines, in order.
    std::string failure;            // "line 9: expected ..., got ..."
    int failureLine = 0;
    int callsMade = 0;        // Calls whose result arrived (the failing one included).
    int expectationsHeld = 0; // Expectations checked and found true.
    // Non-empty: the scenario was not run, since it makes a call this system lacks (epoll
    // anywhere but Linux); says which. exitCode stays 0: nothing failed.
    std::string skipped;
    PolicyReport policy;      // What the scenario reaches past the lab, allowed or not.
};

// Why `scenario` cannot run on this system ("" when it can).
std::string unavailableHere(const Scenario& scenario);

class ScratchFolder;

struct RunOptions {
    Backend backend = defaultBackend();
    long stepTimeoutMs = kDefaultStepTimeoutMs; // A step that waits longer fails the run.
    std::function<void(const std::string&)> print; // Called for each line as it happens.
    // Called once per scenario listen() that succeeds, after its line, with the address the
    // kernel bound ("127.0.0.1:40123", "[::1]:5000", "unix:/tmp/s"): port 0 resolved.
    std::function<void(const std::string&)> listening;
    std::size_t strsize = kDefaultStrsize; // Bytes of a payload each line shows (strace -s).
    // The safety policy (scenario_policy.h): the categories the user consented to. A
    // scenario with a finding outside them is refused before anything runs.
    unsigned allow = 0;
    // Where relative UNIX paths and abstract names go; nullptr: a fresh folder for this run,
    // removed when it ends. A test passes its own to look inside.
    const ScratchFolder* scratch = nullptr;
    // The playground's own scenario (the call x state matrix, a test comparing the engine
    // with an exported program): no policy and no scratch folder; every call as written.
    bool ownScenario = false;
    // Called on the calling thread with every event the engine reported, in order (the
    // capture export keeps what it needs from them). Empty: nothing is called.
    std::function<void(const EngineEvent&)> observe;
    // Called once when the run has ended, before its engine shuts down, with a way to read
    // each socket's capture (closed sockets' too).
    std::function<void(const std::function<std::shared_ptr<const Capture>(SocketId)>&)> finished;
    // The seam for the user's kqueue calls (EngineOptions::kqueueApi); tests pass the kqueue
    // fake so a kqueue scenario plays on every host. Unset: the host's own.
    std::function<std::unique_ptr<KqueueApi>()> kqueueApi;
};

RunResult runScenario(const Scenario& scenario, const RunOptions& options);

// The closing line of a headless run: "12 calls, 5 expectations held, 0 failed", or
// "12 calls, 4 expectations held, 1 failed (stopped at line 9)".
std::string runSummary(const RunResult& result);

} // namespace spg::core
