// --import-strace LOG --out FILE.spg: a program's strace log as a scenario file
// (import/strace_import). Headless; runs on the calling thread.
#pragma once

#include <QString>

namespace spg::app {

// Writes the scenario to `out` and prints one line per note on stderr ("LOG:LINE: why");
// returns 0, or 2 with the reason on stderr (bad input names the line and column) and no
// file written.
int importStraceCommand(const QString& log, const QString& out);

} // namespace spg::app
