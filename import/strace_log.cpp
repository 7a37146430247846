// The log is read line by line. A call that strace interrupted to print another process's
// line comes back as "<... NAME resumed>REST"; its start is kept per pid until then, and the
// two texts are joined so the call parses as if strace had printed it whole.
#include "import/strace_log.h"

#include "core/words/c_escapes.h"
#include "core/words/translate_noop.h"

#include <cctype>
#include <charconv>
#include <map>

namespace spg::straceimport {

namespace {

std::string trim(std::string_view s)
{
    std::size_t a = 0;
    std::size_t b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a])))
        ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1])))
        --b;
    return std::string(s.substr(a, b - a));
}

bool startsWith(std::string_view s, std::string_view p)
{
    return s.substr(0, p.size()) == p;
}

// Skips a "[pid  N] " or "N  " prefix; returns where the call text starts.
std::size_t pidPrefix(std::string_view s, long& pid)
{
    pid = 0;
    std::size_t at = 0;
    if (startsWith(s, "[pid")) {
        at = 4;
        while (at < s.size() && s[at] == ' ')
            ++at;
        const std::size_t digits = at;
        while (at < s.size() && std::isdigit(static_cast<unsigned char>(s[at])))
            ++at;
        if (at == digits || at >= s.size() || s[at] != ']')
            return std::string_view::npos;
        if (!toLong(s.substr(digits, at - digits), pid))
            return std::string_view::npos;
        ++at;
    } else if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {
        while (at < s.size() && std::isdigit(static_cast<unsigned char>(s[at])))
            ++at;
        if (at >= s.size() || s[at] != ' ')
            return std::string_view::npos;
        if (!toLong(s.substr(0, at), pid))
            return std::string_view::npos;
    }
    while (at < s.size() && s[at] == ' ')
        ++at;
    return at;
}

// Where the call's closing parenthesis is (the one matching the first '('), or npos.
// `column` is set to where an unterminated string or bracket started.
std::size_t closingParen(std::string_view s, std::size_t open, std::size_t& column)
{
    int depth = 0;
    bool quoted = false;
    int angle = 0;
    for (std::size_t i = open; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (angle > 0) {
            // "TCP:[a->b]": the arrow's '>' does not close the annotation.
            angle += c == '<' ? 1 : c == '>' && s[i - 1] != '-' ? -1 : 0;
            continue;
        }
        if (c == '"') {
            quoted = true;
            column = i;
        } else if (c == '<' && i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1])))
            angle = 1;
        else if (c == '(' || c == '[' || c == '{')
            ++depth;
        else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0)
                return c == ')' ? i : std::string_view::npos;
        }
    }
    if (!quoted)
        column = s.size();
    return std::string_view::npos;
}

void parseResult(StraceCall& call)
{
    const std::string& r = call.resultText;
    std::size_t at = 0;
    if (r.empty() || r[0] == '?')
        return;
    if (r[0] == '-')
        ++at;
    const bool hex = r.compare(at, 2, "0x") == 0;
    const std::size_t digits = at + (hex ? 2 : 0);
    std::size_t end = digits;
    while (end < r.size() && std::isxdigit(static_cast<unsigned char>(r[end]))
           && (hex || std::isdigit(static_cast<unsigned char>(r[end]))))
        ++end;
    if (end == digits)
        return;
    long value = 0;
    if (!toLong(std::string_view(r).substr(digits, end - digits), value, hex ? 16 : 10))
        return; // Too large for any call's result: not one strace printed; left unknown.
    call.value = value;
    if (r[0] == '-')
        call.value = -call.value;
    call.known = true;
    std::string rest = trim(std::string_view(r).substr(end));
    if (call.value < 0 && !rest.empty() && rest[0] == 'E') {
        const std::size_t space = rest.find(' ');
        call.errorName = rest.substr(0, space);
        rest = space == std::string::npos ? "" : trim(std::string_view(rest).substr(space));
    }
    call.resultNote = rest;
}

// Parses "name(args) = result" into `call`; false with the column of the fault.
bool parseCallText(std::string_view s, std::size_t base, StraceCall& call, std::size_t& column)
{
    std::size_t open = 0;
    while (open < s.size() && (std::isalnum(static_cast<unsigned char>(s[open])) || s[open] == '_'))
        ++open;
    if (open == 0 || open >= s.size() || s[open] != '(') {
        column = base + open;
        return false;
    }
    call.name = std::string(s.substr(0, open));
    std::size_t bad = 0;
    const std::size_t close = closingParen(s, open, bad);
    if (close == std::string_view::npos) {
        column = base + bad;
        return false;
    }
    const std::size_t eq = s.find('=', close);
    if (eq == std::string_view::npos || trim(s.substr(close + 1, eq - close - 1)).size() != 0) {
        column = base + close + 1;
        return false;
    }
    call.args = splitTopLevel(s.substr(open + 1, close - open - 1));
    call.resultText = trim(s.substr(eq + 1));
    parseResult(call);
    return true;
}

// "<... NAME resumed>REST": the rest of `pid`'s unfinished call, joined to its start.
void joinResumed(StraceLog& log, std::map<long, std::size_t>& pending, long pid,
                 const std::string& body, std::size_t at, int lineNo)
{
    const std::size_t close = body.find(" resumed>");
    auto it = pending.find(pid);
    if (close == std::string::npos || it == pending.end()) {
        log.lineKinds += 'r';
        return;
    }
    StraceCall& call = log.calls[it->second];
    const std::string joined = call.resultText + body.substr(close + 9);
    call.resultText.clear();
    call.endLine = lineNo;
    pending.erase(it);
    std::size_t column = 0;
    if (!parseCallText(joined, 0, call, column)) {
        log.errorLine = lineNo;
        log.errorColumn = static_cast<int>(at + close + 10);
        log.error = SPG_TR_NOOP("spg::import", "this resumed call does not end as \"...) = RESULT\"");
    }
    log.lineKinds += 'c';
}

} // namespace

std::vector<std::string> splitTopLevel(std::string_view s)
{
    std::vector<std::string> out;
    int depth = 0;
    int angle = 0;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (angle > 0)
            angle += c == '<' ? 1 : c == '>' && s[i - 1] != '-' ? -1 : 0;
        else if (c == '"')
            quoted = true;
        else if (c == '<' && i > 0 && std::isdigit(static_cast<unsigned char>(s[i - 1])))
            angle = 1;
        else if (c == '(' || c == '[' || c == '{')
            ++depth;
        else if (c == ')' || c == ']' || c == '}')
            --depth;
        else if (c == ',' && depth == 0) {
            out.push_back(trim(s.substr(start, i - start)));
            start = i + 1;
        }
    }
    const std::string last = trim(s.substr(start));
    if (!last.empty() || !out.empty())
        out.push_back(last);
    return out;
}

bool toLong(std::string_view text, long& out, int base)
{
    const char* first = text.data();
    const char* last = text.data() + text.size();
    long value = 0;
    const auto [end, error] = std::from_chars(first, last, value, base);
    if (text.empty() || error != std::errc() || end != last)
        return false;
    out = value;
    return true;
}

bool splitFd(std::string_view text, int& fd, std::string& annotation)
{
    std::size_t at = 0;
    while (at < text.size() && std::isdigit(static_cast<unsigned char>(text[at])))
        ++at;
    if (at == 0 || at > 9)
        return false;
    fd = std::stoi(std::string(text.substr(0, at)));
    annotation.clear();
    if (at == text.size())
        return true;
    if (text[at] != '<' || text.back() != '>')
        return false;
    annotation = std::string(text.substr(at + 1, text.size() - at - 2));
    return true;
}

bool decodeStraceString(std::string_view t, std::string& bytes, bool& truncated)
{
    bytes.clear();
    truncated = false;
    if (t.size() < 2 || t[0] != '"')
        return false;
    std::size_t i = 1;
    for (; i < t.size() && t[i] != '"'; ++i) {
        if (t[i] != '\\') {
            bytes += t[i];
            continue;
        }
        if (++i >= t.size())
            return false;
        const char e = t[i];
        static const std::string_view kSimple = "n\nr\rt\tv\vf\fa\ab\b\"\"\\\\";
        const std::size_t k = kSimple.find(e);
        if (k != std::string_view::npos && k % 2 == 0) {
            bytes += kSimple[k + 1];
        } else if (e == 'x') {
            // strace writes \x with exactly two hex digits; anything else is not its output.
            const int byte = core::hexPair(t, i + 1);
            if (byte < 0)
                return false;
            bytes += static_cast<char>(byte);
            i += 2;
        } else if (e >= '0' && e <= '7') {
            int v = 0;
            int n = 0;
            for (; n < 3 && i < t.size() && t[i] >= '0' && t[i] <= '7'; ++n, ++i)
                v = v * 8 + (t[i] - '0');
            --i;
            bytes += static_cast<char>(v);
        } else
            return false;
    }
    if (i >= t.size())
        return false;
    const std::string_view rest = t.substr(i + 1);
    truncated = rest == "...";
    return rest.empty() || truncated;
}

StraceLog readStraceLog(std::string_view text)
{
    StraceLog log;
    std::map<long, std::size_t> pending; // pid -> index in calls of its unfinished call
    int lineNo = 0;
    std::size_t pos = 0;
    while (pos < text.size() && log.ok()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        const std::string_view line = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++lineNo;
        long pid = 0;
        const std::size_t at = pidPrefix(line, pid);
        const std::string_view rest = at == std::string_view::npos ? line : line.substr(at);
        const std::string body = trim(rest);
        if (body.empty() || startsWith(body, "+++") || startsWith(body, "---")
            || startsWith(body, "strace: ")) {
            log.lineKinds += 'o';
            continue;
        }
        if (at == std::string_view::npos) {
            log.errorLine = lineNo;
            log.errorColumn = 1;
            log.error = SPG_TR_NOOP("spg::import",
                                    "expected a pid, \"[pid N]\" or a call such as socket(...)");
            break;
        }
        if (startsWith(body, "<... ")) {
            joinResumed(log, pending, pid, body, at, lineNo);
            continue;
        }
        StraceCall call;
        call.line = call.endLine = lineNo;
        call.pid = pid;
        static const std::string_view kUnfinished = "<unfinished ...>";
        if (body.size() >= kUnfinished.size()
            && body.compare(body.size() - kUnfinished.size(), kUnfinished.size(), kUnfinished)
                == 0) {
            // Kept as text until the resumed half arrives.
            call.resultText = body.substr(0, body.size() - kUnfinished.size());
            while (!call.resultText.empty() && call.resultText.back() == ' ')
                call.resultText.pop_back();
            const std::size_t paren = call.resultText.find('(');
            call.name = call.resultText.substr(0, paren);
            pending[pid] = log.calls.size();
            log.calls.push_back(std::move(call));
            log.lineKinds += 'c';
            continue;
        }
        std::size_t column = 0;
        if (!parseCallText(body, 0, call, column)) {
            log.errorLine = lineNo;
            log.errorColumn = static_cast<int>(at + column + 1);
            log.error = column >= body.size()
                ? SPG_TR_NOOP("spg::import", "the call does not end as \"...) = RESULT\"")
                : SPG_TR_NOOP("spg::import",
                              "expected a call such as socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3");
            break;
        }
        log.calls.push_back(std::move(call));
        log.lineKinds += 'c';
    }
    // A call still unfinished when the log ends (the program was killed mid-call) never
    // returned: it has no result to replay against.
    for (const auto& [pid, index] : pending) {
        log.calls[index].resultText.clear();
        log.calls[index].returned = false;
    }
    return log;
}

} // namespace spg::straceimport
