// Runs a scenario headless: its own Engine, the player, and a bounded wait for each step.
// Prints the strace-style line of every call as it completes. Used by
// `socket-playground --run` and by the tests (every demo on every backend).
// Threading: runScenario blocks the calling thread until the scenario ends.
#pragma once

#include "poller.h"
#include "scenario.h"

#include <functional>
#include <string>
#include <vector>

namespace spg::core {

struct RunResult {
    int exitCode = 0; // 0: every expectation held; 1: a line failed (see failure)
    std::vector<std::string> lines; // The printed call lines, in order.
    std::string failure;            // "line 9: expected ..., got ..."
    int failureLine = 0;
};

struct RunOptions {
    Backend backend = defaultBackend();
    long stepTimeoutMs = kDefaultStepTimeoutMs; // A step that waits longer fails the run.
    std::function<void(const std::string&)> print; // Called for each line as it happens.
};

RunResult runScenario(const Scenario& scenario, const RunOptions& options);

} // namespace spg::core
