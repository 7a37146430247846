// Spaces and tabs around a word, as every reader of a scenario line, an option value or a
// changelist trims them (an address keeps its own rule: a quoted path may end in \r).
// Pure; any thread.
#pragma once

#include <string_view>

namespace spg::core {

inline std::string_view trimBlanks(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace spg::core
