// The matrix's oracle: a cell's engine lines against the real program's. Equal lines pass;
// otherwise only what the cell's documented deviation allows may differ, and never the
// set-up that brings the socket into its state.
#include "matrix/matrix.h"

#include <algorithm>

namespace spg::core {

namespace {

std::string sideBySide(const std::vector<std::string>& engine,
                       const std::vector<std::string>& program)
{
    std::string out;
    for (std::size_t i = 0; i < std::max(engine.size(), program.size()); ++i) {
        const std::string e = i < engine.size() ? engine[i] : "(none)";
        const std::string p = i < program.size() ? program[i] : "(none)";
        out += (e == p ? "     " : "   ! ") + e + "\n";
        if (e != p)
            out += "   C " + p + "\n";
    }
    return out;
}

// What a line returned: the text after its last ") = " (the result, errno and its text).
std::string resultOf(const std::string& line)
{
    const std::size_t at = line.rfind(") = ");
    return at == std::string::npos ? line : line.substr(at);
}

// Why the difference is not excused ("" when it is).
std::string unexcused(const MatrixCell& cell, const std::vector<std::string>& engine,
                      const std::vector<std::string>& program, const std::string& stopped)
{
    if (engine.empty() && program.empty())
        return "neither run printed a line for this cell";
    if (cell.deviation.empty())
        return stopped.empty() ? "differs from the real calls"
                               : "the engine's run stopped: " + stopped;
    const std::size_t setUp = cell.testLine;
    if (engine.size() < setUp || program.size() < setUp
        || !std::equal(program.begin(), program.begin() + static_cast<long>(setUp), engine.begin()))
        return "differs in its set-up, which no deviation excuses";
    if (cell.deviationScope == DeviationScope::FromCall)
        return {};
    if (!stopped.empty())
        return "the engine's run stopped (" + stopped
            + "), but the deviation excuses arguments only";
    if (engine.size() != program.size())
        return "a line is missing or extra, but the deviation excuses arguments only";
    for (std::size_t i = 0; i < engine.size(); ++i)
        if (resultOf(engine[i]) != resultOf(program[i]))
            return "a result differs, but the deviation excuses arguments only";
    return {};
}

} // namespace

std::string compareMatrixCell(const MatrixCell& cell, const std::vector<std::string>& engine,
                              const std::vector<std::string>& program, const std::string& stopped)
{
    if (stopped.empty() && engine == program && !engine.empty())
        return {};
    const std::string why = unexcused(cell, engine, program, stopped);
    if (why.empty())
        return {};
    return cell.id + ": " + why + "\n" + sideBySide(engine, program);
}

} // namespace spg::core
