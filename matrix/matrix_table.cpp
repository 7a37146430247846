// The matrix as a lesson: each call's answer in short form, laid out as one Markdown table
// per family and mode (rows = calls, columns = states).
#include "matrix/matrix.h"

#include <algorithm>
#include <map>

namespace spg::core {

namespace {

std::string firstWord(const std::string& s, std::size_t from)
{
    std::size_t end = from;
    while (end < s.size() && s[end] != ' ')
        ++end;
    return s.substr(from, end - from);
}

// The text between the last '[' before `end` and the ']' after it: getsockopt's value.
std::string bracketBefore(const std::string& line, std::size_t end)
{
    const std::size_t close = line.rfind("], [", end);
    if (close == std::string::npos)
        return {};
    const std::size_t open = line.rfind('[', close);
    return open == std::string::npos ? std::string() : line.substr(open, close - open + 1);
}

std::string cellText(const std::string& s)
{
    std::string out;
    for (char c : s)
        out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

} // namespace

std::string shortResult(const std::string& line)
{
    if (line.find(" not made") != std::string::npos && line.find(") = ") == std::string::npos)
        return "not made";
    const std::size_t eq = line.rfind(") = ");
    if (eq == std::string::npos)
        return "?";
    const std::size_t at = eq + 4;
    if (line.compare(at, 3, "-1 ") == 0)
        return "-1 " + firstWord(line, at + 3);
    std::string result = firstWord(line, at);
    if (result.rfind("<fd", 0) == 0 || line.rfind("socket(", 0) == 0
        || line.rfind("accept(", 0) == 0)
        return "fd";
    if (line.rfind("getsockopt(", 0) == 0) {
        const std::string value = bracketBefore(line, eq);
        if (!value.empty())
            result += " " + value;
    } else if (line.rfind("poll(", 0) == 0) {
        const std::size_t rev = line.find("revents=", at);
        if (rev != std::string::npos)
            result += " " + line.substr(rev + 8, line.find('}', rev) - rev - 8);
    }
    return result;
}

std::string matrixMarkdown(const std::vector<MatrixCell>& cells,
                           const std::vector<std::vector<std::string>>& lines,
                           const std::string& heading)
{
    std::string out = "# " + heading + "\n";
    for (MatrixFamily family : matrixFamilies()) {
        for (const bool blocking : { true, false }) {
            std::vector<std::string> calls;
            std::vector<std::string> states;
            std::map<std::pair<std::string, std::string>, std::string> grid;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                const MatrixCell& c = cells[i];
                if (c.family != family || c.blocking != blocking)
                    continue;
                if (std::find(calls.begin(), calls.end(), c.call) == calls.end())
                    calls.push_back(c.call);
                if (std::find(states.begin(), states.end(), c.state) == states.end())
                    states.push_back(c.state);
                const bool ran = i < lines.size() && c.testLine < lines[i].size();
                // The engine's answer; a dagger where it is known to differ from the kernel's.
                grid[{ c.call, c.state }] = (ran ? shortResult(lines[i][c.testLine]) : "(stopped)")
                    + (c.deviation.empty() ? "" : " †");
            }
            if (calls.empty())
                continue;
            out += "\n## " + std::string(familyTitle(family))
                + (blocking ? ", blocking" : ", non-blocking (O_NONBLOCK)") + "\n\n| call |";
            for (const std::string& s : states)
                out += " " + s + " |";
            out += "\n|---|";
            for (std::size_t k = 0; k < states.size(); ++k)
                out += "---|";
            out += "\n";
            for (const std::string& call : calls) {
                out += "| " + call + " |";
                for (const std::string& s : states) {
                    const auto it = grid.find({ call, s });
                    out += " " + (it == grid.end() ? std::string() : cellText(it->second)) + " |";
                }
                out += "\n";
            }
        }
    }
    const bool marked = std::any_of(cells.begin(), cells.end(),
                                    [](const MatrixCell& c) { return !c.deviation.empty(); });
    if (marked)
        out += "\n† The engine's answer here differs from the real call's (a documented deviation: "
               "matrix/matrix_deviations.cpp says how and why).\n";
    return out;
}

} // namespace spg::core
