#include "import/strace_fields.h"

#include <cctype>
#include <optional>

namespace spg::straceimport {

namespace {

bool isDigit(char c)
{
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// The end of a run of digits from `at` (== at when there is none).
std::size_t digitsEnd(std::string_view s, std::size_t at)
{
    while (at < s.size() && isDigit(s[at]))
        ++at;
    return at;
}

bool startsAt(std::string_view s, std::size_t at, std::string_view what)
{
    return at <= s.size() && s.substr(at, what.size()) == what;
}

// The first run after `prefix` in `t` of at least `least` characters that `inRun` accepts and
// that `suffix` follows; nullopt when there is none. A scan, not std::regex, which recurses
// once per character and overflowed the stack on a 300 KB sun_path.
template<typename InRun>
std::optional<std::string> runAfter(std::string_view t, std::string_view prefix, InRun inRun,
                                    std::size_t least, std::string_view suffix)
{
    for (std::size_t at = t.find(prefix); at != std::string_view::npos;
         at = t.find(prefix, at + 1)) {
        const std::size_t from = at + prefix.size();
        std::size_t end = from;
        while (end < t.size() && inRun(t[end]))
            ++end;
        if (end - from >= least && t.substr(end, suffix.size()) == suffix)
            return std::string(t.substr(from, end - from));
    }
    return std::nullopt;
}

bool notQuote(char c)
{
    return c != '"';
}

// A quoted strace string from `at` ("..." with \-escapes, maybe followed by ...): its end,
// or npos when it does not close.
std::size_t quotedEnd(std::string_view s, std::size_t at)
{
    if (at >= s.size() || s[at] != '"')
        return std::string_view::npos;
    for (std::size_t i = at + 1; i < s.size(); ++i) {
        if (s[i] == '\\') {
            ++i; // The escaped character, whatever it is.
        } else if (s[i] == '"') {
            return startsAt(s, i + 1, "...") ? i + 4 : i + 1;
        }
    }
    return std::string_view::npos;
}

// ", revents=POLLIN|POLLHUP}" from `at`: the flags, or "" when it is not there.
std::string_view reventsAt(std::string_view s, std::size_t at)
{
    constexpr std::string_view kLead = ", revents=";
    if (!startsAt(s, at, kLead))
        return {};
    std::size_t end = at + kLead.size();
    while (end < s.size() && ((s[end] >= 'A' && s[end] <= 'Z') || s[end] == '|'))
        ++end;
    if (end == at + kLead.size() || end >= s.size() || s[end] != '}')
        return {};
    return s.substr(at + kLead.size(), end - at - kLead.size());
}

// An fd's annotation "<TCP:[1.2.3.4:5->6.7.8.9:10]>" from `at`, followed by ", revents=...}":
// the flags, or "" when no annotation ending there is followed by them. An annotation holds
// no '<', and each '>' inside it closes a "->"; of those that fit, the longest wins.
std::string_view annotatedRevents(std::string_view s, std::size_t at)
{
    std::string_view found;
    for (std::size_t i = at + 1; i < s.size() && s[i] != '<'; ++i) {
        if (s[i] != '>')
            continue;
        if (const std::string_view flags = reventsAt(s, i + 1); !flags.empty())
            found = flags; // This '>' may end it; a later one may too.
        if (s[i - 1] != '-' || i - 1 == at)
            break; // A '>' that is no "->" can only end the annotation.
    }
    return found;
}

// The end of an fd's annotation whose '<' is at `at`: the last '>' that can close it (an
// annotation holds no '<', and each '>' inside it closes a "->"), or npos.
std::size_t annotationEnd(std::string_view s, std::size_t at)
{
    std::size_t end = std::string_view::npos;
    for (std::size_t i = at + 1; i < s.size() && s[i] != '<'; ++i) {
        if (s[i] != '>')
            continue;
        end = i;
        if (s[i - 1] != '-' || i - 1 == at)
            break;
    }
    return end;
}

bool fdDelimiter(char c)
{
    return std::isspace(static_cast<unsigned char>(c)) || c == '[' || c == '{' || c == '='
        || c == ',';
}

} // namespace

std::string straceField(std::string_view item, std::string_view key)
{
    for (std::size_t at = item.find(key); at != std::string_view::npos; at = item.find(key, at + 1)) {
        const bool afterDelimiter =
            at == 0 || item[at - 1] == '{' || item[at - 1] == ' ' || item[at - 1] == ',';
        if (!afterDelimiter || !startsAt(item, at + key.size(), "="))
            continue;
        const std::size_t from = at + key.size() + 1;
        const std::size_t to = item.find_first_of(",}", from);
        return std::string(item.substr(from, to == std::string_view::npos ? to : to - from));
    }
    return {};
}

std::vector<StraceIovec> straceIovecs(std::string_view msg)
{
    constexpr std::string_view kBase = "{iov_base=";
    constexpr std::string_view kLength = ", iov_len=";
    std::vector<StraceIovec> out;
    std::size_t at = msg.find(kBase);
    while (at != std::string_view::npos) {
        const std::size_t base = at + kBase.size();
        const std::size_t baseEnd = startsAt(msg, base, "NULL") ? base + 4 : quotedEnd(msg, base);
        if (baseEnd != std::string_view::npos && startsAt(msg, baseEnd, kLength)) {
            const std::size_t digits = baseEnd + kLength.size();
            const std::size_t end = digitsEnd(msg, digits);
            if (end > digits && end < msg.size() && msg[end] == '}') {
                out.push_back({ std::string(msg.substr(base, baseEnd - base)),
                                std::string(msg.substr(digits, end - digits)) });
                at = msg.find(kBase, end + 1);
                continue;
            }
        }
        at = msg.find(kBase, at + 1);
    }
    return out;
}

std::string straceMsgName(std::string_view msg)
{
    const std::size_t at = msg.find("msg_name={");
    if (at == std::string_view::npos)
        return {};
    const std::size_t open = at + 9;
    const std::size_t close = msg.find('}', open);
    return close == std::string_view::npos ? std::string() : std::string(msg.substr(open, close - open + 1));
}

std::vector<StraceRevents> straceReventsList(std::string_view note)
{
    constexpr std::string_view kFd = "{fd=";
    std::vector<StraceRevents> out;
    std::size_t at = note.find(kFd);
    while (at != std::string_view::npos) {
        const std::size_t digits = at + kFd.size();
        const std::size_t end = digitsEnd(note, digits);
        std::string_view flags;
        if (end > digits && end < note.size())
            flags = note[end] == '<' ? annotatedRevents(note, end) : reventsAt(note, end);
        if (!flags.empty()) {
            out.push_back({ std::string(note.substr(digits, end - digits)), std::string(flags) });
            at = note.find(kFd, static_cast<std::size_t>(flags.data() - note.data()) + flags.size());
        } else {
            at = note.find(kFd, at + 1);
        }
    }
    return out;
}

std::vector<StraceFdMention> straceFdMentions(std::string_view text)
{
    std::vector<StraceFdMention> out;
    std::size_t at = 0;
    while (at < text.size()) {
        // A mention starts at the text's start or right after a delimiter.
        const std::size_t digits = at == 0 && isDigit(text[0]) ? 0 : at + 1;
        if (digits != 0 && !(fdDelimiter(text[at]) && digits < text.size() && isDigit(text[digits]))) {
            ++at;
            continue;
        }
        const std::size_t open = digitsEnd(text, digits);
        const std::size_t close =
            open < text.size() && text[open] == '<' ? annotationEnd(text, open) : std::string_view::npos;
        if (close == std::string_view::npos) {
            ++at;
            continue;
        }
        out.push_back({ std::string(text.substr(digits, open - digits)),
                        std::string(text.substr(open + 1, close - open - 1)) });
        at = close + 1;
    }
    return out;
}

std::vector<std::string> straceFdTokens(std::string_view text)
{
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at < text.size()) {
        if (!isDigit(text[at])) {
            ++at;
            continue;
        }
        std::size_t end = digitsEnd(text, at);
        if (end < text.size() && text[end] == '<')
            if (const std::size_t close = annotationEnd(text, end); close != std::string_view::npos)
                end = close + 1;
        out.emplace_back(text.substr(at, end - at));
        at = end;
    }
    return out;
}

std::vector<StraceSetResult> straceSelectResults(std::string_view note)
{
    std::vector<StraceSetResult> out;
    for (std::size_t at = 0; at < note.size(); ++at) {
        for (std::string_view set : { "in", "out", "except" }) {
            const std::size_t open = at + set.size() + 2;
            if (!startsAt(note, at, set) || !startsAt(note, at + set.size(), " ["))
                continue;
            const std::size_t close = note.find(']', open);
            if (close == std::string_view::npos)
                return out; // No later set can close either.
            out.push_back({ std::string(set), std::string(note.substr(open, close - open)) });
            at = close;
            break;
        }
    }
    return out;
}

std::string straceBracketedNumber(std::string_view value, bool negativeToo)
{
    if (value.size() < 3 || value.front() != '[' || value.back() != ']')
        return {};
    const std::string_view inner = value.substr(1, value.size() - 2);
    const std::size_t digits = negativeToo && inner.front() == '-' ? 1 : 0;
    if (digits == inner.size() || digitsEnd(inner, digits) != inner.size())
        return {};
    return std::string(inner);
}

bool straceLinger(std::string_view value, std::string& onoff, std::string& linger)
{
    constexpr std::string_view kOn = "{l_onoff=";
    constexpr std::string_view kLinger = ", l_linger=";
    if (!startsAt(value, 0, kOn))
        return false;
    const std::size_t onEnd = digitsEnd(value, kOn.size());
    if (onEnd == kOn.size() || !startsAt(value, onEnd, kLinger))
        return false;
    const std::size_t from = onEnd + kLinger.size();
    const std::size_t lingerEnd = digitsEnd(value, from);
    if (lingerEnd == from || lingerEnd + 1 != value.size() || value[lingerEnd] != '}')
        return false;
    onoff = std::string(value.substr(kOn.size(), onEnd - kOn.size()));
    linger = std::string(value.substr(from, lingerEnd - from));
    return true;
}

std::string sockaddrText(const std::string& t)
{
    const std::optional<std::string> port = runAfter(t, "port=htons(", isDigit, 1, ")");
    if (port && t.find("AF_INET6") != std::string::npos)
        if (const auto a = runAfter(t, "inet_pton(AF_INET6, \"", notQuote, 1, "\""))
            return "[" + *a + "]:" + *port;
    if (port && t.find("AF_INET,") != std::string::npos)
        if (const auto a = runAfter(t, "inet_addr(\"", notQuote, 1, "\")"))
            return *a + ":" + *port;
    if (t.find("AF_UNIX") != std::string::npos) {
        // sun_path="name", or sun_path=@"name" for an abstract one.
        const std::size_t at = t.find("sun_path=");
        const bool abstract = at != std::string::npos && t.compare(at, 10, "sun_path=@") == 0;
        if (at != std::string::npos)
            if (const auto p =
                    runAfter(std::string_view(t).substr(at),
                             abstract ? "sun_path=@\"" : "sun_path=\"", notQuote, 0, "\""))
                return (abstract ? "unix:@" : "unix:") + *p;
    }
    return {};
}

} // namespace spg::straceimport
