#include "core/scenario/regex_shape.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace spg::core {

namespace {

constexpr std::size_t kSaturated = kRegexMaxCopies + 1;

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The index of the ']' that closes the bracket expression opened at `open` (or the end):
// a leading ']' (after an optional '^') is a member, and [:class:], [.x.] and [=x=] inside
// hold their own ']'.
std::size_t bracketEnd(std::string_view re, std::size_t open)
{
    std::size_t j = open + 1;
    if (j < re.size() && re[j] == '^')
        ++j;
    if (j < re.size() && re[j] == ']')
        ++j;
    while (j < re.size() && re[j] != ']') {
        const bool special = re[j] == '[' && j + 1 < re.size()
            && (re[j + 1] == ':' || re[j + 1] == '.' || re[j + 1] == '=');
        if (!special) {
            ++j;
            continue;
        }
        const std::size_t close = re.find(std::string { re[j + 1], ']' }, j + 2);
        j = close == std::string_view::npos ? re.size() : close + 2;
    }
    return j;
}

// The copies made so far, group by group: `total` of the group being read, and its `last`
// item, which a repetition applies to.
class CopyCount {
public:
    void atom(std::size_t size)
    {
        Frame& f = m_stack.back();
        f.total = std::min(kSaturated, f.total + size);
        f.last = size;
    }
    void repeat(std::size_t factor)
    {
        Frame& f = m_stack.back();
        const std::size_t grown = f.last > kSaturated / factor ? kSaturated : f.last * factor;
        f.total = std::min(kSaturated, f.total - f.last + grown);
        f.last = grown;
    }
    void open() { m_stack.emplace_back(); }
    void close()
    {
        if (m_stack.size() < 2)
            return atom(1); // an unmatched ')' is an ordinary character in an ERE
        const std::size_t group = std::max<std::size_t>(1, m_stack.back().total);
        m_stack.pop_back();
        atom(group);
    }
    void alternative() { m_stack.back().last = 0; }
    std::size_t total() const
    {
        std::size_t sum = 0;
        for (const Frame& f : m_stack) // Unclosed groups: regcomp() refuses them anyway.
            sum = std::min(kSaturated, sum + f.total);
        return sum;
    }

private:
    struct Frame {
        std::size_t total = 0;
        std::size_t last = 0;
    };
    std::vector<Frame> m_stack = std::vector<Frame>(1);
};

} // namespace

RegexShape regexShape(std::string_view re)
{
    RegexShape shape;
    CopyCount copies;
    std::size_t repeatedAt = std::string_view::npos; // where the last token, a repetition, began
    for (std::size_t i = 0; i < re.size(); ++i) {
        const char c = re[i];
        shape.nul |= c == '\0';
        const std::size_t start = i;
        const bool repetition = c == '*' || c == '+' || c == '?'
            || (c == '{' && i + 1 < re.size() && (isDigit(re[i + 1]) || re[i + 1] == ','));
        if (repetition && repeatedAt != std::string_view::npos && shape.stacked.empty())
            shape.stacked = re.substr(repeatedAt, std::min<std::size_t>(i + 1, re.size()) - repeatedAt);
        if (c == '\\') {
            shape.backReference |= i + 1 < re.size() && re[i + 1] >= '1' && re[i + 1] <= '9';
            ++i;
            copies.atom(1);
        } else if (c == '[') {
            i = bracketEnd(re, i);
            copies.atom(1);
        } else if (c == '(') {
            copies.open();
        } else if (c == ')') {
            copies.close();
        } else if (c == '|') {
            copies.alternative();
        } else if (c == '*' || c == '+' || c == '?') {
            copies.repeat(2);
        } else if (c == '{' && i + 1 < re.size() && (isDigit(re[i + 1]) || re[i + 1] == ',')) {
            std::size_t bound = 0, largest = 0;
            for (++i; i < re.size() && (isDigit(re[i]) || re[i] == ','); ++i) {
                bound = re[i] == ',' ? 0 : std::min(kSaturated, bound * 10 + std::size_t(re[i] - '0'));
                largest = std::max(largest, bound);
            }
            if (i >= re.size() || re[i] != '}')
                --i; // not closed: what stopped it is read next as itself
            shape.largestCount = std::max(shape.largestCount, largest);
            copies.repeat(largest + 1);
        } else {
            copies.atom(1);
        }
        repeatedAt = repetition ? start : std::string_view::npos;
    }
    shape.copies = copies.total();
    return shape;
}

} // namespace spg::core
