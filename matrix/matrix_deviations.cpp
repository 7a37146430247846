// The documented deviations: where the engine's answer may differ from the real calls', and
// why. A pattern matches cell ids ("tcp.blocking.connected.connect"); '*' matches any run of
// characters. Two kinds: a known engine bug that is being fixed (the text says so, and the
// mark goes once the fix is merged), and a permanent, justified difference.
#include "matrix/matrix.h"

#include <vector>

namespace spg::core {

namespace {

struct Deviation {
    const char* pattern;
    const char* reason;
    DeviationScope scope = DeviationScope::FromCall;
};

// No deviation is documented today: every cell agrees with the real calls on Linux. A
// difference found later goes here with its reason, as { "cell.id.pattern", "why" }; a
// known engine bug is marked as such until it is fixed.
const std::vector<Deviation> kDeviations = {};

bool globMatch(const char* p, const char* s)
{
    if (*p == '\0')
        return *s == '\0';
    if (*p == '*')
        return globMatch(p + 1, s) || (*s != '\0' && globMatch(p, s + 1));
    return *p == *s && globMatch(p + 1, s + 1);
}

} // namespace

MatrixDeviation matrixDeviation(const std::string& cellId)
{
    for (const Deviation& d : kDeviations)
        if (globMatch(d.pattern, cellId.c_str()))
            return { d.reason, d.scope };
    return {};
}

} // namespace spg::core

namespace spg::core {

std::vector<std::string> matrixDeviationPatterns()
{
    std::vector<std::string> out;
    for (const Deviation& d : kDeviations)
        out.emplace_back(d.pattern);
    return out;
}

} // namespace spg::core
