// Text from the engine or a file, made safe to show: control bytes escaped as the log and
// stderr escape them (core::escapeControls), so a UNIX path holding ESC or a newline shows as
// \33 or \n and cannot break a row or a tooltip. Pure; any thread.
#pragma once

#include "core/words/strace_format.h"

#include <QString>
#include <string>

namespace spg::ui {

inline QString displayText(const std::string& text)
{
    return QString::fromStdString(core::escapeControls(text));
}

} // namespace spg::ui
