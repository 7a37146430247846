// Fuzzes the C export (export/): every scenario that parses exports to a C program without a
// crash, and the program has its main().
#include "fuzz_check.h"

#include "core/scenario/scenario.h"
#include "export/scenario_export.h"

using namespace spg::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ScenarioParse parsed = parseScenario(spg::fuzz::asText(data, size));
    if (!parsed.ok())
        return 0;
    const std::string program = exportToC(parsed.scenario, "fuzz.spg");
    SPG_FUZZ_CHECK(program.find("int main(") != std::string::npos, "no main() in the program");
    return 0;
}
