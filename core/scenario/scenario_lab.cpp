// Judging a prediction: the kernel's result, errno and bytes are the answer; the words for
// both sides come from the same functions, so a student sees like against like.
#include "core/scenario/scenario_lab.h"

#include "core/words/calls.h"
#include "core/words/errno_names.h"
#include "core/words/strace_format.h"

#include <algorithm>
#include <cstring>

namespace spg::core {

namespace {

std::string outcomeText(bool fails, long result, int error, bool withBytes, const std::string& bytes)
{
    if (fails)
        return "-1 " + errnoName(error) + " (" + std::strerror(error) + ")";
    std::string text = std::to_string(result);
    if (withBytes)
        text += " " + quoteBytes(bytes.data(), bytes.size(), 64);
    return text;
}

} // namespace

void addLabInstruction(const std::string& line, Scenario& scenario)
{
    std::string& text = scenario.labInstructions;
    if (!line.empty() && !text.empty() && text.back() != '\n')
        text += ' ';
    else if (line.empty() && !text.empty() && text.back() != '\n')
        text += '\n';
    text += line;
}

int Scenario::questions() const
{
    return static_cast<int>(std::count_if(steps.begin(), steps.end(), [](const Step& s) { return s.ask; }));
}

bool asksForBytes(const Step& step)
{
    return receives(step.call);
}

Verdict judge(const Prediction& p, const CallRecord& r, const std::string& bytes)
{
    Verdict v;
    const bool failed = r.result < 0;
    v.resultRight = p.fails ? failed && r.error == p.error : !failed && r.result == p.result;
    v.bytesRight = !p.withBytes || failed || p.fails || p.bytes == bytes;
    v.kernel = outcomeText(failed, r.result, r.error, p.withBytes && !failed, bytes);
    v.predicted = outcomeText(p.fails, p.result, p.error, p.withBytes && !p.fails, p.bytes);
    return v;
}

} // namespace spg::core
