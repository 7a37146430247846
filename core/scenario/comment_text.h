// The prose of a scenario comment, the part a translation may replace: the whole comment
// trimmed, a "# title:" line's title, nothing of a "# lab:" line (a key, not prose). The
// extractor that feeds lupdate and the window that shows translated demos share it, so
// both see the same English text. Pure; any thread.
#pragma once

#include <string_view>

namespace spg::core {

// `comment` is the text after '#' (scenario_text::splitComment). Returns a view into it,
// empty when nothing there is prose.
std::string_view commentProse(std::string_view comment);

} // namespace spg::core
