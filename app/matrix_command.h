// `socket-playground --matrix [FAMILY]`: plays the call × state matrix through the engine
// on the chosen backend and prints "what each call returns in each state, on this machine"
// as Markdown. Blocks the calling thread for the run (about 15 s for every family).
#pragma once

#include <QString>

namespace spg::app {

// Returns the exit status: 0 when every cell ran or stopped only where its documented
// deviation says it does, 1 when another cell stopped the run (its table entry says
// "(stopped)"), 2 for an unknown family.
int printMatrix(const QString& backend, const QString& family);

} // namespace spg::app
