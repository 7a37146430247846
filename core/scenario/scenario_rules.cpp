// The statement rules, one question each, in the order a reader of the line meets them.
#include "core/scenario/scenario_rules.h"

#include "core/scenario/scenario_text.h"

#include <algorithm>
#include <vector>

namespace spg::core {

namespace {

// A problem at `column`: a template (context spg::scenario) and its values.
template<typename... Args>
StatementProblem problem(int column, const char* text, const Args&... args)
{
    return StatementProblem { column, makeMessage("spg::scenario", text, args...) };
}

} // namespace

std::optional<StatementProblem> parseWait(const std::string& s, int base,
                                          const std::set<std::string>& jobs, Step& step)
{
    step.kind = StepKind::Wait;
    std::vector<std::string> words;
    std::vector<int> columns;
    for (std::size_t at = 4; at < s.size();) {
        at = s.find_first_not_of(" \t", at);
        if (at == std::string::npos)
            break;
        const std::size_t end = std::min(s.find_first_of(" \t", at), s.size());
        words.push_back(s.substr(at, end - at));
        columns.push_back(base + static_cast<int>(at));
        at = end;
    }
    long ms = 0;
    if (!words.empty() && scenario_text::parseDuration(words.back(), ms)) {
        if (ms > 3600000)
            return problem(columns.back(),
                           SPG_TR_NOOP("spg::scenario", "a wait lasts at most 3600s"));
        step.waitTimeoutMs = ms;
        words.pop_back();
    }
    if (words.size() > 1)
        return problem(
            columns[1],
            SPG_TR_NOOP("spg::scenario",
                        "expected wait [NAME] [TIMEOUT such as 30s or 500ms], got \"%1\""),
            words[1]);
    step.waitFor = words.empty() ? "" : words[0];
    if (!step.waitFor.empty() && !jobs.count(step.waitFor))
        return problem(
            columns[0],
            SPG_TR_NOOP("spg::scenario",
                        "no background call named \"%1\"; name one with %1 = accept(sock) & "
                        "(a timeout is written 30s or 500ms)"),
            step.waitFor);
    return std::nullopt;
}

std::optional<StatementProblem> statementProblem(const Step& step, int base)
{
    if (step.background && step.kind != StepKind::Call)
        return problem(base,
                       SPG_TR_NOOP("spg::scenario", "only socket calls can run in the background"));
    if (!step.expects.empty() && step.kind != StepKind::Call)
        return problem(
            step.expects.front().column,
            SPG_TR_NOOP("spg::scenario", "only a socket call returns something to expect"));
    if (!step.expects.empty() && step.call == CallKind::SetAutomation)
        return problem(step.expects.front().column,
                       SPG_TR_NOOP("spg::scenario",
                                   "an automation line turns the playground's own helper on; it "
                                   "returns nothing to expect"));
    if (step.background && step.call == CallKind::SetAutomation)
        return problem(
            base, SPG_TR_NOOP("spg::scenario", "an automation line never blocks: drop the '&'"));
    // poll, select, epoll_wait, kevent: the table says they wait until ready; the playground
    // cannot join such a wait later, so a timeout is the way to bound it.
    if (step.background && callSpec(step.call).blocks == Blocks::UntilReady)
        return problem(
            base,
            SPG_TR_NOOP("spg::scenario",
                        "%1() cannot run in the background; give it a timeout instead: %2"),
            std::string(callName(step.call)), std::string(callSpec(step.call).usage));
    return std::nullopt;
}

} // namespace spg::core
