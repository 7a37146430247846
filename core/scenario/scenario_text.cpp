#include "core/scenario/scenario_text.h"

#include "core/words/blanks.h"

#include "core/words/c_escapes.h"

#include <cctype>
#include <charconv>
#include <limits>

namespace spg::core::scenario_text {

std::vector<std::string> splitLines(std::string_view text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string line(text.substr(start, end - start));
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    if (!lines.empty() && lines.back().empty())
        lines.pop_back();
    return lines;
}

SplitLine splitComment(const std::string& line)
{
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == '#' && !quoted) {
            return { line.substr(0, i), line.substr(i + 1) };
        }
    }
    return { line, {} };
}

std::string trimmed(std::string_view s)
{
    return std::string(trimBlanks(s));
}

bool isIdentifier(std::string_view s)
{
    if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_'))
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_'))
            return false;
    return true;
}

bool parseLong(std::string_view s, long& out)
{
    if (s.empty())
        return false;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data() + (s[0] == '+'), end, out);
    return ec == std::errc() && ptr == end;
}

bool parseHex(std::string_view s, long& out)
{
    if (s.size() < 3 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
        return false;
    const char* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data() + 2, end, out, 16);
    return ec == std::errc() && ptr == end && out >= 0;
}

bool parseSymbols(std::string_view s, int& out)
{
    out = 0;
    for (const std::string& part : splitTop(s, '|')) {
        const std::string t = trimmed(part);
        long n = 0;
        int v = 0;
        if (parseLong(t, n))
            out |= static_cast<int>(n);
        else if (symbolValue(t, v))
            out |= v;
        else
            return false;
    }
    return true;
}

std::vector<std::string> splitTop(std::string_view s, char sep)
{
    std::vector<std::string> out;
    int depth = 0;
    bool quoted = false;
    std::string current;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted && c == '\\' && i + 1 < s.size()) {
            current += c;
            current += s[++i];
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '(' || c == '[' || c == '{'))
            ++depth;
        else if (!quoted && (c == ')' || c == ']' || c == '}'))
            --depth;
        if (c == sep && depth == 0 && !quoted) {
            out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    out.push_back(current);
    return out;
}

std::vector<Piece> splitArgs(std::string_view s, int column)
{
    std::vector<Piece> out;
    if (trimmed(s).empty())
        return out;
    int at = column;
    for (const std::string& part : splitTop(s, ',')) {
        std::size_t lead = 0;
        while (lead < part.size() && (part[lead] == ' ' || part[lead] == '\t'))
            ++lead;
        out.push_back(Piece { trimmed(part), at + static_cast<int>(lead) });
        at += static_cast<int>(part.size()) + 1;
    }
    return out;
}

bool bracketList(const Piece& p, std::vector<Piece>& out)
{
    if (p.text.size() < 2 || p.text.front() != '[' || p.text.back() != ']')
        return false;
    out = splitArgs(std::string_view(p.text).substr(1, p.text.size() - 2), p.column + 1);
    return true;
}

std::size_t matchParen(std::string_view s, std::size_t open)
{
    int depth = 0;
    bool quoted = false;
    for (std::size_t i = open; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted && c == '\\') {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && c == '(')
            ++depth;
        else if (!quoted && c == ')' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

bool parseBytesLiteral(std::string_view s, std::string& out, std::string& message)
{
    Message why;
    if (parseBytesLiteral(s, out, why))
        return true;
    message = why.english();
    return false;
}

bool parseBytesLiteral(std::string_view s, std::string& out, Message& message)
{
    out.clear();
    if (s.size() >= 3 && s[0] == 'x' && s[1] == '"' && s.back() == '"') {
        int pending = -1;
        for (char c : s.substr(2, s.size() - 3)) {
            if (c == ' ')
                continue;
            const int v = hexDigit(c);
            if (v < 0) {
                message = makeMessage("spg::escapes",
                                      SPG_TR_NOOP("spg::escapes", "'%1' is not a hex digit in x\"...\""),
                                      std::string(1, c));
                return false;
            }
            if (pending < 0) {
                pending = v;
            } else {
                out += static_cast<char>(pending * 16 + v);
                pending = -1;
            }
        }
        if (pending >= 0) {
            message = makeMessage("spg::escapes",
                                  SPG_TR_NOOP("spg::escapes", "odd number of hex digits in x\"...\""));
            return false;
        }
        return true;
    }
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') {
        message = makeMessage("spg::escapes",
                              SPG_TR_NOOP("spg::escapes",
                                          "expected bytes as a string: \"hello\\r\\n\" or x\"68 65\""));
        return false;
    }
    return cUnescape(s.substr(1, s.size() - 2), out, message);
}

std::string unquote(std::string_view s)
{
    std::string out;
    std::string message;
    if (!parseBytesLiteral(s, out, message))
        return std::string(s);
    return out;
}

Relation parseRelation(std::string& s)
{
    static const std::pair<const char*, Relation> ops[] = {
        { "==", Relation::Eq }, { "!=", Relation::Ne }, { "<=", Relation::Le },
        { ">=", Relation::Ge }, { "<", Relation::Lt },  { ">", Relation::Gt },
    };
    for (const auto& [text, rel] : ops) {
        const std::string op = text;
        if (s.rfind(op, 0) == 0) {
            s = trimmed(s.substr(op.size()));
            return rel;
        }
    }
    return Relation::Eq;
}

std::string relationText(Relation r)
{
    switch (r) {
    case Relation::Eq: return "";
    case Relation::Ne: return "!= ";
    case Relation::Lt: return "< ";
    case Relation::Le: return "<= ";
    case Relation::Gt: return "> ";
    case Relation::Ge: return ">= ";
    }
    return "";
}

std::string relationNumber(Relation r, long n)
{
    return relationText(r) + std::to_string(n);
}

bool parseDuration(const std::string& text, long& ms)
{
    const bool millis = text.size() > 2 && text.compare(text.size() - 2, 2, "ms") == 0;
    const bool seconds = !millis && text.size() > 1 && text.back() == 's';
    if (!millis && !seconds)
        return false;
    long n = 0;
    if (!parseLong(text.substr(0, text.size() - (millis ? 2 : 1)), n) || n <= 0)
        return false;
    // Saturates rather than overflows: the caller refuses anything past its own limit.
    constexpr long kMost = std::numeric_limits<long>::max();
    ms = millis ? n : (n > kMost / 1000 ? kMost : n * 1000);
    return true;
}

bool relationHolds(long actual, Relation r, long wanted)
{
    switch (r) {
    case Relation::Eq: return actual == wanted;
    case Relation::Ne: return actual != wanted;
    case Relation::Lt: return actual < wanted;
    case Relation::Le: return actual <= wanted;
    case Relation::Gt: return actual > wanted;
    case Relation::Ge: return actual >= wanted;
    }
    return false;
}

Message parseListClause(const std::string& rest, std::string_view word, std::string_view example,
                        bool& has, const std::function<Message(const std::string&)>& entry)
{
    if (rest == "has" || rest.rfind("has ", 0) == 0) {
        has = true;
        return entry(rest.substr(3));
    }
    if (rest.size() < 2 || rest.front() != '[' || rest.back() != ']')
        return makeMessage("spg::scenario",
                           SPG_TR_NOOP("spg::scenario", "expected the events that came back, in "
                                                        "brackets: %1 [%2], %1 [], or %1 has %2"),
                           std::string(word), std::string(example));
    const std::string inside = trimmed(rest.substr(1, rest.size() - 2));
    if (inside.empty())
        return {};
    for (const std::string& part : splitTop(inside, ','))
        if (Message why = entry(part); *why.text)
            return why;
    return {};
}

} // namespace spg::core::scenario_text
