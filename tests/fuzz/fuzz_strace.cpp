// Fuzzes the strace import (import/): any text either is refused with a line and column
// inside the log and no scenario, or becomes a scenario that the playground's own parser
// reads, with one comment or call per log line it counted; nothing is run.
#include "fuzz_check.h"

#include "core/scenario/scenario.h"
#include "import/strace_import.h"

#include <algorithm>

using namespace spg::core;
using spg::straceimport::ImportNote;
using spg::straceimport::ImportResult;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view log = spg::fuzz::asText(data, size);
    const ImportResult r = spg::straceimport::importStraceLog(log, "fuzz.log");
    const long lines = static_cast<long>(std::count(log.begin(), log.end(), '\n')) + 1;
    if (!r.ok()) {
        SPG_FUZZ_CHECK(r.scenario.empty(), "a refused log with a scenario");
        SPG_FUZZ_CHECK(r.errorLine >= 1 && r.errorLine <= lines && r.errorColumn >= 1,
                       r.formatError("fuzz.log"));
        return 0;
    }
    for (const ImportNote& n : r.notes)
        SPG_FUZZ_CHECK(n.line >= 1 && n.line <= lines && !n.text.empty(),
                       "note on line " + std::to_string(n.line));
    // What the import writes, the parser must read: a line it cannot is a bug of the import.
    const ScenarioParse parsed = parseScenario(r.scenario, {}, false);
    SPG_FUZZ_CHECK(parsed.ok(), parsed.ok() ? "" : parsed.errors.front().format("imported") + "\n" + r.scenario);
    long calls = 0;
    for (const Step& s : parsed.scenario.steps)
        calls += s.kind == StepKind::Call;
    SPG_FUZZ_CHECK(calls == r.calls, "counted " + std::to_string(r.calls) + " calls, the scenario has "
                                         + std::to_string(calls) + "\n" + r.scenario);
    return 0;
}
