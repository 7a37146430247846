// Assembles the scenario: the model names every socket (strace_model), each call becomes a
// line (strace_calls), and the lines are placed in the order that a one-process replay can
// follow without deadlock (kBlockingRule). The text is then parsed as the player will parse
// it; a line the parser refuses becomes a comment with the parser's reason, so an import
// always loads.
#include "import/strace_import.h"

#include "core/scenario/scenario.h"
#include "core/words/strace_format.h"
#include "core/words/translate_noop.h"
#include "import/strace_calls.h"

#include <algorithm>
#include <set>

namespace spg::straceimport {

const char* const kBlockingRule =
    "a call strace shows as <unfinished ...> that can block starts in the background (&) "
    "where it started, and `wait` joins it where it resumed, so the other processes' calls "
    "in between run as they did; poll, select and epoll_wait cannot run in the background "
    "and are placed where they resumed, when what they waited for has happened; a call that "
    "never blocks is placed where it started";

namespace {

struct OutLine {
    int at = 0;      // log line it belongs at (sort key)
    int logLine = 0; // log line it came from
    std::string text;
    bool call = false;
};

std::string pad(std::string line, const std::vector<std::string>& expects)
{
    if (expects.empty())
        return line;
    std::string clauses;
    for (const std::string& e : expects)
        clauses += (clauses.empty() ? "" : ", ") + e;
    line += line.size() < 36 ? std::string(36 - line.size(), ' ') : std::string(" ");
    return line + "expect " + clauses;
}

std::string safe(const std::string& text)
{
    // A comment is one line: the log's own text may hold anything.
    std::string s = spg::core::escapeControls(text);
    return s.size() > 160 ? s.substr(0, 157) + "..." : s;
}

struct Assembler {
    const StraceLog& log;
    const Model& model;
    ImportResult& result;
    std::vector<OutLine> lines;

    void comment(int at, const std::string& why)
    {
        lines.push_back({ at, at, "# line " + std::to_string(at) + ": " + safe(why), false });
        result.notes.push_back({ at, why });
    }

    void add(std::size_t i)
    {
        const StraceCall& c = log.calls[i];
        const CallFacts& facts = model.calls[i];
        if (facts.synthesize >= 0) {
            const ModelSocket& ep = model.sockets[static_cast<std::size_t>(facts.synthesize)];
            lines.push_back({ c.line, c.line, ep.name + " = epoll_create1(0)", true });
            comment(c.line,
                    ep.name + " was created before the log began: made here with epoll_create1(0)");
        }
        ConvertedCall cc = convertCall(log, i, model);
        const std::string who =
            model.processes > 1 ? "p" + std::to_string(facts.process) + " " : "";
        if (cc.call.empty()) {
            comment(c.line, who + c.name + "(): " + cc.why);
            if (c.endLine != c.line)
                comment(c.endLine, "the rest of line " + std::to_string(c.line) + "'s call");
            return;
        }
        if (!cc.note.empty())
            comment(c.line, cc.note);
        const bool split = c.endLine != c.line;
        std::string head = cc.assign.empty() ? "" : cc.assign + " = ";
        if (split && cc.blocks && !cc.waitsReady) {
            const std::string job = cc.assign.empty() ? "bg" + std::to_string(c.line) : cc.assign;
            if (cc.assign.empty())
                head = job + " = ";
            lines.push_back({ c.line, c.line, pad(head + cc.call + " &", cc.expects), true });
            lines.push_back({ c.endLine, c.endLine, "wait " + job, false });
        } else
            // A call that never blocks acts when it starts (close() sends its FIN then).
            lines.push_back({ split && cc.waitsReady ? c.endLine : c.line, c.line,
                              pad(head + cc.call, cc.expects), true });
    }

    // Parses the text as the player will; each refused line becomes a comment with the
    // parser's reason, and the rest is parsed again (a refused socket() takes its uses along).
    void settle(std::size_t header)
    {
        for (int round = 0; round < 64; ++round) {
            std::string text;
            for (const OutLine& l : lines)
                text += l.text + "\n";
            const spg::core::ScenarioParse parsed = spg::core::parseScenario(text, {}, true);
            if (parsed.ok())
                return;
            std::set<int> bad;
            for (const spg::core::ScenarioError& e : parsed.errors)
                bad.insert(e.line);
            for (int b : bad) {
                OutLine& l = lines[static_cast<std::size_t>(b - 1)];
                if (static_cast<std::size_t>(b) <= header || l.text.rfind('#', 0) == 0)
                    continue;
                std::string why;
                for (const spg::core::ScenarioError& e : parsed.errors)
                    if (e.line == b && why.empty())
                        why = e.message;
                result.notes.push_back({ l.logLine, "not replayed: " + why });
                l.text = "# line " + std::to_string(l.logLine) + ": not replayed (" + safe(why)
                    + "): " + safe(l.text);
                l.call = false;
            }
        }
    }
};

} // namespace

std::string ImportResult::formatError(const std::string& logName) const
{
    return logName + ":" + std::to_string(errorLine) + ":" + std::to_string(errorColumn) + ": "
        + error;
}

ImportResult importStraceLog(std::string_view text, const std::string& logName)
{
    ImportResult result;
    const StraceLog log = readStraceLog(text);
    if (!log.ok()) {
        result.errorLine = log.errorLine;
        result.errorColumn = log.errorColumn;
        result.error = log.error;
        return result;
    }
    if (log.calls.empty()) {
        result.errorLine = 1;
        result.errorColumn = 1;
        result.error = SPG_TR_NOOP("spg::import",
                                   "no system call in the log; expected strace output such as "
                                   "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3");
        return result;
    }
    const Model model = buildModel(log);
    Assembler a { log, model, result, {} };
    for (std::size_t i = 0; i < log.calls.size(); ++i)
        a.add(i);
    for (std::size_t l = 0; l < log.lineKinds.size(); ++l)
        if (log.lineKinds[l] == 'r')
            a.comment(static_cast<int>(l + 1), "a resumed call whose start is not in the log");
    std::stable_sort(a.lines.begin(), a.lines.end(),
                     [](const OutLine& x, const OutLine& y) { return x.at < y.at; });
    const std::vector<OutLine> body = std::move(a.lines);
    a.lines = { { 0, 0, "# title: " + safe(logName) + " (imported strace log)", false },
                { 0, 0, "", false }, // the summary, once it is known
                { 0, 0, "# fork rule: " + std::string(kBlockingRule), false } };
    const std::size_t header = a.lines.size();
    a.lines.insert(a.lines.end(), body.begin(), body.end());
    a.settle(header);
    std::set<int> commentedLines;
    for (const OutLine& l : a.lines)
        if (l.call)
            ++result.calls;
        else if (l.text.rfind("# line ", 0) == 0)
            commentedLines.insert(l.logLine);
    result.commented = static_cast<int>(commentedLines.size());
    result.otherLines =
        static_cast<int>(std::count(log.lineKinds.begin(), log.lineKinds.end(), 'o'));
    a.lines[1].text = "# imported from " + safe(logName) + ": "
        + std::to_string(log.lineKinds.size()) + " lines, " + std::to_string(result.calls)
        + " calls, " + std::to_string(result.commented) + " lines commented, "
        + std::to_string(result.otherLines)
        + " lines of process exits, signals and strace notices skipped";
    for (const OutLine& l : a.lines)
        result.scenario += l.text + "\n";
    std::stable_sort(result.notes.begin(), result.notes.end(),
                     [](const ImportNote& x, const ImportNote& y) { return x.line < y.line; });
    return result;
}

} // namespace spg::straceimport
