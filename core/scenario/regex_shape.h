// What an `expect matches` pattern asks of the regex engine, read in one pass before it is
// compiled: its largest repetition count, how many copies of its atoms its repetitions make,
// and whether it holds a back-reference. The parser refuses patterns that would make
// regcomp() or regexec() run for minutes. Pure; any thread.
#pragma once

#include <cstddef>
#include <string_view>

namespace spg::core {

// POSIX promises RE_DUP_MAX of at least 255 (macOS's is 255, glibc's 32767): a lab within it
// passes wherever its exported program is built.
inline constexpr std::size_t kRegexMaxCount = 255;
// glibc's regcomp() copies a repeated subexpression once per level of repetition, so
// stacked or nested repetitions multiply: 20 stacked '+' took 0.7 s and 40 never ended.
inline constexpr std::size_t kRegexMaxCopies = 10000;

struct RegexShape {
    std::size_t largestCount = 0; // the largest m or n of an interval {m,n}, saturated
    std::size_t copies = 0;       // atoms after repetition, saturated just above kRegexMaxCopies
    bool backReference = false;   // \1 to \9 outside a bracket expression (no POSIX ERE has one)
    // A repetition right after another ("a+*", "b{2}?"): POSIX leaves it undefined, and glibc's
    // regcomp() took 1.5 s on "hi12++*++++++++++" (13 s under ASan) though its copies stay
    // under the limit. The first repetition written, e.g. "+*"; empty when none.
    std::string_view stacked;
    bool nul = false; // A NUL byte: regcomp() would read the pattern only up to it.
};

// Each atom counts 1 (an escape and a bracket expression are one atom each); a group counts
// what it holds; '*', '+' and '?' double what they apply to, {m,n} multiplies it by
// max(m, n) + 1. `re` must outlive the shape (`stacked` points into it).
RegexShape regexShape(std::string_view re);

} // namespace spg::core
