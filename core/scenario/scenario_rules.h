// The statement forms beside a call (wait), and what a parsed statement may not say
// although each part of it parsed: a background call
// that cannot run there, an expectation on a line that returns nothing. Read from the call
// table where it can be (Blocks::UntilReady, the traits). Pure; any thread.
#pragma once

#include "core/scenario/scenario.h"

#include <optional>
#include <set>
#include <string>

namespace spg::core {

struct StatementProblem {
    int column = 0;
    Message message; // Its template (context spg::scenario) and values.
};

// "wait", "wait NAME", "wait 30s", "wait NAME 30s" (`s` starts with "wait", at column
// `base`): fills `step`; a name must be one of `jobs`, the background calls named so far.
std::optional<StatementProblem> parseWait(const std::string& s, int base,
                                          const std::set<std::string>& jobs, Step& step);

// The first problem of `step`, whose text starts at column `base`; nullopt when it may run.
std::optional<StatementProblem> statementProblem(const Step& step, int base);

} // namespace spg::core
