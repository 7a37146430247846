// The scenario parser. Each line is split into its parts (names, call, arguments, '&',
// expect) with columns kept, so every error names the line, the column and what was
// expected. Socket names must be created before use, so a typo is caught before anything
// runs. This file reads statements; scenario_parse_args.cpp reads each argument by kind.
#include "core/scenario/scenario.h"

#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_kevent.h"
#include "core/scenario/scenario_lab.h"
#include "core/scenario/scenario_line_parser.h"
#include "core/scenario/scenario_rules.h"
#include "core/scenario/scenario_text.h"

#include <set>
#include <utility>

namespace spg::core {

namespace {

using namespace scenario_text;

using scenario_parse::LineParser;

// What may follow a call, in this order: "until EOF", "&", "ask", "expect ..." (and "ask"
// after the expectations too). `at` is just past the call's ')'.
bool parseAfterCall(const std::string& s, std::size_t at, int base, LineParser& p)
{
    Step& step = p.step;
    auto skip = [&] {
        while (at < s.size() && (s[at] == ' ' || s[at] == '\t'))
            ++at;
    };
    skip();
    if (s.compare(at, 5, "until") == 0) {
        const int column = base + static_cast<int>(at);
        at += 5;
        skip();
        if (s.compare(at, 3, "EOF") != 0)
            return p.fail(base + static_cast<int>(at),
                          SPG_TR_NOOP("spg::scenario", "expected EOF after 'until'"));
        if (step.call != CallKind::Recv && step.call != CallKind::Read)
            return p.fail(column,
                          SPG_TR_NOOP("spg::scenario", "only recv() and read() can repeat until EOF"));
        step.untilEof = true;
        at += 3;
        skip();
    }
    if (at < s.size() && s[at] == '&') {
        step.background = true;
        ++at;
        skip();
    }
    if (s.compare(at, 3, "ask") == 0 && (at + 3 == s.size() || s[at + 3] == ' ' || s[at + 3] == '\t')) {
        if (step.background)
            return p.fail(base + static_cast<int>(at),
                          SPG_TR_NOOP("spg::scenario", "a lab asks about a call it waits "
                                                       "for: drop the '&' or the 'ask'"));
        step.ask = true;
        at += 3;
        skip();
    }
    if (s.compare(at, 6, "expect") == 0) {
        int column = 0;
        Message message;
        std::string_view clauses = std::string_view(s).substr(at + 6);
        // "... expect 2 ask" reads as "... ask expect 2": the question may come last too.
        if (const std::size_t end = clauses.find_last_not_of(" \t");
            end != std::string_view::npos && end >= 4 && clauses.substr(end - 2, 3) == "ask"
            && (clauses[end - 3] == ' ' || clauses[end - 3] == '\t')) {
            step.ask = true;
            clauses = clauses.substr(0, end - 3);
        }
        if (!parseExpectations(clauses, base + static_cast<int>(at) + 6,
                               step, p.sockets, column, message)) {
            return p.fail(column, message);
        }
    } else if (at < s.size()) {
        return p.fail(base + static_cast<int>(at),
                      SPG_TR_NOOP("spg::scenario", "unexpected \"%1\" after the call; expected "
                                                   "'until EOF', '&', 'ask' or expect ..."),
                      s.substr(at));
    }
    return true;
}

// One statement: "[names =] call(args) [&] [expect ...]", "wait [name] [timeout]".
void parseStatement(const std::string& code, LineParser& p)
{
    Step& step = p.step;
    std::size_t lead = 0;
    while (lead < code.size() && (code[lead] == ' ' || code[lead] == '\t'))
        ++lead;
    const std::string s = code.substr(lead);
    const int base = static_cast<int>(lead) + 1; // Column of s[0].
    if (s == "wait" || s.rfind("wait ", 0) == 0 || s.rfind("wait\t", 0) == 0) {
        if (const std::optional<StatementProblem> problem = parseWait(s, base, p.jobs, p.step))
            p.fail(problem->column, problem->message);
        return;
    }
    const std::size_t open = s.find('(');
    const std::size_t eq = s.find('=');
    std::size_t callStart = 0;
    if (eq != std::string::npos && (open == std::string::npos || eq < open)) {
        const std::vector<std::string> names = splitTop(s.substr(0, eq), ',');
        step.assign = trimmed(names[0]);
        if (names.size() > 1)
            step.assign2 = trimmed(names[1]);
        if (names.size() > 2 || !isIdentifier(step.assign)
            || (names.size() == 2 && !isIdentifier(step.assign2))) {
            p.fail(
                base,
                SPG_TR_NOOP("spg::scenario", "expected a name (or two for socketpair) before '='"));
            return;
        }
        callStart = eq + 1;
        while (callStart < s.size() && s[callStart] == ' ')
            ++callStart;
    }
    if (open == std::string::npos) {
        p.fail(base + static_cast<int>(callStart),
               SPG_TR_NOOP("spg::scenario",
                           "expected a call such as socket(AF_INET, SOCK_STREAM, 0)"));
        return;
    }
    const std::string name = trimmed(s.substr(callStart, open - callStart));
    if (!isIdentifier(name)) {
        p.fail(base + static_cast<int>(callStart),
               SPG_TR_NOOP("spg::scenario", "expected a call name before '('"));
        return;
    }
    const std::size_t close = matchParen(s, open);
    if (close == std::string::npos) {
        p.fail(base + static_cast<int>(s.size()),
               SPG_TR_NOOP("spg::scenario", "expected ')' to close the call"));
        return;
    }
    const auto args = splitArgs(std::string_view(s).substr(open + 1, close - open - 1),
                                base + static_cast<int>(open) + 1);
    if (!p.call(name, args, base + static_cast<int>(callStart)))
        return;
    if (!parseAfterCall(s, close + 1, base, p))
        return;
    const bool makesSocket = step.kind == StepKind::Call
        && (callSpec(step.call).has(MakesSocket) || callSpec(step.call).has(MakesFd));
    if (!step.assign.empty() && !makesSocket && !step.background) {
        p.fail(base, SPG_TR_NOOP("spg::scenario",
                                 "only socket(), socketpair(), accept(), accept4() and epoll_create1() "
                                 "return a descriptor to name; name a background call as "
                                 "r = recv(sock, 64, 0) &"));
        return;
    }
    if (makesSocket && !step.assign.empty())
        p.sockets.insert(step.assign);
    if (!step.assign2.empty())
        p.sockets.insert(step.assign2);
    if (step.background && !step.assign.empty())
        p.jobs.insert(step.assign);
    if (const std::optional<StatementProblem> problem = statementProblem(step, base))
        p.fail(problem->column, problem->message);
}

} // namespace

ScenarioParse parseScenario(std::string_view text, const std::string& baseDir, bool forThisHost)
{
    ScenarioParse out;
    if (text.size() > kMaxScenarioBytes) {
        const Message tooBig = makeMessage(
            "spg::scenario",
            SPG_TR_NOOP("spg::scenario", "the file is %1 bytes; scenarios are limited to 1 MiB"),
            text.size());
        out.errors.push_back({ 1, 1, tooBig.english(), false, tooBig });
        return out;
    }
    std::set<std::string> sockets;
    std::set<std::string> jobs;
    std::string pendingComment;
    int lineNo = 0;
    bool inInstructions = false;
    for (const std::string& raw : splitLines(text)) {
        ++lineNo;
        out.scenario.lines.push_back(raw);
        SplitLine parts = splitComment(raw);
        if (trimmed(parts.code).empty()) {
            const std::string c = trimmed(parts.comment);
            const bool comment = raw.find('#') != std::string::npos;
            if (inInstructions && comment) {
                addLabInstruction(c, out.scenario);
                continue;
            }
            inInstructions = false;
            if (lineNo <= 3 && c.rfind("title:", 0) == 0)
                out.scenario.title = trimmed(c.substr(6));
            else if (lineNo <= 3 && c.rfind("lab:", 0) == 0)
                inInstructions = !(out.scenario.labTitle = trimmed(c.substr(4))).empty();
            else if (!c.empty())
                pendingComment += (pendingComment.empty() ? "" : " ") + c;
            continue;
        }
        inInstructions = false;
        Step step;
        step.line = lineNo;
        step.source = trimmed(parts.code);
        step.comment = trimmed(parts.comment).empty() ? pendingComment : trimmed(parts.comment);
        pendingComment.clear();
        LineParser p { step, sockets, jobs, {}, 0, baseDir, {}, 0, {} };
        parseStatement(parts.code, p);
        if (!p.error.empty()) {
            out.errors.push_back({ lineNo, p.errorColumn, p.error, false, p.errorMessage });
            continue;
        }
        if (forThisHost) {
            if (std::optional<ScenarioError> e = unavailableHere(step, raw)) {
                out.errors.push_back(std::move(*e));
                continue;
            }
        }
        out.scenario.steps.push_back(std::move(step));
    }
    return out;
}

} // namespace spg::core
