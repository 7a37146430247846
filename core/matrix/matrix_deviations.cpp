// The documented deviations: where the engine's answer may differ from the real calls', and
// why. A pattern matches cell ids ("tcp.blocking.connected.connect"); '*' matches any run of
// characters. Two kinds: a known engine bug that is being fixed (the text says so, and the
// mark goes once the fix is merged), and a permanent, justified difference.
#include "matrix.h"

namespace spg::core {

namespace {

struct Deviation {
    const char* pattern;
    const char* reason;
};

const Deviation kDeviations[] = {
    { "", "" }, // (placeholder so the table is never empty)
};

bool globMatch(const char* p, const char* s)
{
    if (*p == '\0')
        return *s == '\0';
    if (*p == '*')
        return globMatch(p + 1, s) || (*s != '\0' && globMatch(p, s + 1));
    return *p == *s && globMatch(p + 1, s + 1);
}

} // namespace

std::string matrixDeviation(const std::string& cellId)
{
    for (const Deviation& d : kDeviations)
        if (*d.pattern != '\0' && globMatch(d.pattern, cellId.c_str()))
            return d.reason;
    return {};
}

} // namespace spg::core
