// Fuzzes the scenario parser (core/scenario), parse only: any text either parses or gives
// errors with a line and column inside the text; nothing is run.
#include "fuzz_check.h"

#include "core/scenario/scenario.h"

#include <algorithm>

using namespace spg::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = spg::fuzz::asText(data, size);
    const ScenarioParse parsed = parseScenario(text);
    const long lines = static_cast<long>(std::count(text.begin(), text.end(), '\n')) + 1;
    for (const ScenarioError& e : parsed.errors) {
        SPG_FUZZ_CHECK(!e.message.empty(), "an error without a message");
        SPG_FUZZ_CHECK(e.line >= 0 && e.line <= lines, e.format("fuzz.spg"));
    }
    for (const Step& s : parsed.scenario.steps)
        SPG_FUZZ_CHECK(s.line >= 1 && s.line <= lines, "step on line " + std::to_string(s.line));
    return 0;
}
