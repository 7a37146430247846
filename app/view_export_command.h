// --export-view NAME --out FILE: runs a demo or a scenario file in an unseen window (no
// display needed) and writes one view as PNG or SVG, so a teacher can script a course's
// pictures. GUI thread; needs a QApplication.
#pragma once

#include "command_line.h"

namespace spg::app {

// Drops the offscreen platform's notes (window hints, XDG_RUNTIME_DIR) from stderr; call
// before the QApplication exists.
void quietenOffscreenPlatform();
// The views that can be exported, for --help and messages.
QString exportableViews();
// Exit status: 0 written, 1 written but the scenario failed, 2 bad input or not written.
int exportViewImage(const Options& options);

} // namespace spg::app
