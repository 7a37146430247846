// Grouping cells into one scenario per family, cutting traces back into cells at marker
// lines, and playing the matrix through the engine. A marker is a sendto() from a UNIX
// datagram socket to a path that does not exist: it fails at once with ENOENT, changes no
// socket of any cell, and its bytes ("#17") name the cell that follows.
#include "matrix/matrix.h"

#include "export/scenario_export.h"
#include "matrix/trace_compare.h"
#include "core/scenario/scenario_runner.h"

#include <algorithm>
#include <filesystem>
#include <map>

namespace spg::core {

namespace {

void replaceAll(std::string& s, const std::string& from, const std::string& to)
{
    if (from.empty())
        return;
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

// The cell index a marker line names, or -1 when the line is no marker.
long markerIndex(const std::string& line)
{
    static const std::string head = "sendto(";
    static const std::string tag = ", \"#";
    if (line.rfind(head, 0) != 0)
        return -1;
    const std::size_t at = line.find(tag);
    const std::size_t comma = line.find(',');
    if (at == std::string::npos || at != comma)
        return -1;
    std::size_t i = at + tag.size();
    long n = 0;
    bool digits = false;
    for (; i < line.size() && line[i] >= '0' && line[i] <= '9'; ++i) {
        n = n * 10 + (line[i] - '0');
        digits = true;
    }
    return digits && i < line.size() && line[i] == '"' ? n : -1;
}

// Runs one family's cells (from `first` on) until all ran; returns with the run filled in.
void runFamily(const std::vector<MatrixCell>& cells, std::vector<std::size_t> pending,
               Backend backend, const std::string& dir, int& attempt, MatrixRun& run,
               const std::function<void(std::size_t)>& progress, std::size_t& done)
{
    while (!pending.empty()) {
        const std::string sub = matrixRunDir(dir, attempt++);
        std::error_code ignored;
        std::filesystem::create_directories(sub, ignored);
        const MatrixScenario m = matrixScenario(cells, pending, sub);
        const ScenarioParse parsed = parseScenario(m.text);
        if (!parsed.ok()) {
            for (std::size_t i : pending)
                run.failure[i] =
                    "the matrix scenario does not parse: " + parsed.errors.front().format("matrix");
            return;
        }
        RunOptions options;
        options.backend = backend;
        options.stepTimeoutMs = 3000;
        options.ownScenario = true; // Written here, into its own folder: no policy applies.
        const RunResult r = runScenario(parsed.scenario, options);
        const auto split = splitMatrixTrace(r.lines, cells.size());
        std::size_t stoppedAt = pending.size();
        for (std::size_t k = 0; k < pending.size(); ++k) {
            if (r.exitCode != 0 && m.firstLine[k] <= r.failureLine)
                stoppedAt = k;
        }
        for (std::size_t k = 0; k < pending.size() && k <= stoppedAt; ++k)
            run.lines[pending[k]] = normaliseCell(split[pending[k]], sub);
        if (stoppedAt == pending.size()) {
            done += pending.size();
            if (progress)
                progress(done);
            return;
        }
        run.failure[pending[stoppedAt]] = r.failure;
        done += stoppedAt + 1;
        if (progress)
            progress(done);
        pending.erase(pending.begin(), pending.begin() + static_cast<long>(stoppedAt) + 1);
    }
}

} // namespace

std::string matrixRunDir(const std::string& base, int attempt)
{
    const std::string n = std::to_string(attempt);
    return base + "/r" + std::string(n.size() < 3 ? 3 - n.size() : 0, '0') + n;
}

MatrixScenario matrixScenario(const std::vector<MatrixCell>& cells,
                              const std::vector<std::size_t>& which, const std::string& dir)
{
    MatrixScenario out;
    out.text = "# title: call x state matrix\nmark = socket(AF_UNIX, SOCK_DGRAM, 0)\n";
    int line = 3;
    for (std::size_t i : which) {
        out.cells.push_back(i);
        out.firstLine.push_back(line);
        std::string text = cells[i].text;
        replaceAll(text, "${DIR}", dir);
        out.text += "sendto(mark, \"#" + std::to_string(i) + "\", 0, unix:" + dir
            + "/no-such-socket)\n" + text;
        line += 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    }
    return out;
}

std::vector<std::vector<std::string>> splitMatrixTrace(const std::vector<std::string>& lines,
                                                       std::size_t cellCount)
{
    std::vector<std::vector<std::string>> out(cellCount);
    std::vector<std::string>* current = nullptr;
    for (const std::string& l : lines) {
        const long marker = markerIndex(l);
        if (marker >= 0) {
            current = static_cast<std::size_t>(marker) < cellCount
                ? &out[static_cast<std::size_t>(marker)]
                : nullptr;
            continue;
        }
        if (current)
            current->push_back(l);
    }
    return out;
}

std::vector<std::string> normaliseCell(const std::vector<std::string>& lines,
                                       const std::string& dir)
{
    std::vector<std::string> out = lines;
    for (std::string& l : out)
        replaceAll(l, dir, "${DIR}");
    return normaliseTrace(out);
}

MatrixRun runMatrix(const std::vector<MatrixCell>& cells, Backend backend, const std::string& dir,
                    const std::function<void(std::size_t)>& progress)
{
    MatrixRun run;
    run.lines.resize(cells.size());
    run.failure.resize(cells.size());
    std::map<MatrixFamily, std::vector<std::size_t>> byFamily;
    for (std::size_t i = 0; i < cells.size(); ++i)
        byFamily[cells[i].family].push_back(i);
    int attempt = 0;
    std::size_t done = 0;
    for (auto& [family, which] : byFamily)
        runFamily(cells, which, backend, dir, attempt, run, progress, done);
    return run;
}

} // namespace spg::core
