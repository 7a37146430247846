// Parsing and rendering of `expect` clauses. Which clause a call can answer is decided
// here, once, so the parser refuses what the player could never check.
#include "core/scenario/scenario_expect.h"

#include "core/scenario/regex_shape.h"
#include "core/scenario/scenario_epoll.h"
#include "core/scenario/scenario_kevent.h"
#include "core/scenario/scenario_text.h"
#include "core/sys/poller.h"
#include "core/words/errno_names.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace spg::core {

using namespace scenario_text;

namespace {

// Why `kind` cannot follow this call, or nullptr when it can: the call table says what each
// call gives back. Each reason is the end of one whole sentence (parseExpectations).
const char* unsuitable(ExpectKind kind, const Step& step)
{
    const CallSpec& call = callSpec(step.call);
    auto unless = [](bool fits, const char* why) { return fits ? nullptr : why; };
    switch (kind) {
    case ExpectKind::Bytes:
    case ExpectKind::Prefix:
    case ExpectKind::Contains:
    case ExpectKind::Matches:
    case ExpectKind::Length:
        return unless(call.has(CarriesBytes),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "send and receive calls carry bytes to check"));
    case ExpectKind::Value:
        return unless(call.has(ReportsValue),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "getsockopt, getsockname, getpeername, fcntl "
                                                   "F_GETFL and ioctl report a value"));
    case ExpectKind::Revents:
        return unless(call.has(ReportsReady),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "poll() returns revents"));
    case ExpectKind::Selected:
        return unless(call.has(ReportsSets),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "select() returns fd_sets"));
    case ExpectKind::Events:
        return unless(call.has(ReportsEvents),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "epoll_wait() returns an event list"));
    case ExpectKind::Kevents:
        return unless(call.has(ReportsKevents),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "kevent() and kevent64() return a kevent list"));
    case ExpectKind::Flags:
        return unless(call.has(ReportsFlags),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "recvmsg() returns msg_flags"));
    case ExpectKind::Peer:
        return unless(call.has(ReportsPeer),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): only "
                                                   "recvfrom, recvmsg, accept and accept4 report "
                                                   "the peer's address"));
    case ExpectKind::State:
    case ExpectKind::Queue:
    case ExpectKind::Backlog:
        return unless(!step.socket.empty() || !step.assign.empty(),
                      SPG_TR_NOOP("spg::scenario", "expect %1 cannot be checked after %2(): this "
                                                   "call names no socket to inspect"));
    default: return nullptr;
    }
}

struct ClauseParser {
    Step& step;
    const std::set<std::string>& sockets;
    Expectation& e;
    std::string rest;
    Message message;

    bool fail(Message why)
    {
        message = std::move(why);
        return false;
    }

    template<typename... Args>
    bool fail(const char* text, const Args&... args)
    {
        return fail(makeMessage("spg::scenario", text, args...));
    }

    bool word(const char* w)
    {
        const std::string s = w;
        if (rest == s || rest.rfind(s + " ", 0) == 0) {
            rest = trimmed(rest.substr(s.size()));
            return true;
        }
        return false;
    }

    // `expected`: a whole template "expected ..., got \"%1\"", %1 being what was written.
    bool number(const char* expected)
    {
        e.relation = parseRelation(rest);
        return parseLong(rest, e.number) || fail(expected, rest);
    }

    bool bytes(ExpectKind kind)
    {
        e.kind = kind;
        Message why;
        return parseBytesLiteral(rest, e.text, why) || fail(why);
    }

    bool bitsOf(bool poll)
    {
        e.has = word("has");
        e.text = rest;
        for (const std::string& part : splitTop(rest, '|')) {
            const std::string b = trimmed(part);
            long n = 0;
            short pollBit = 0;
            int msgBit = 0;
            if (poll && pollEventFromName(b, pollBit))
                e.bits |= static_cast<unsigned short>(pollBit);
            else if (!poll && b.rfind("MSG_", 0) == 0 && symbolValue(b, msgBit))
                e.bits |= static_cast<unsigned>(msgBit);
            else if (parseLong(b, n) && n >= 0)
                e.bits |= static_cast<unsigned>(n);
            else
                return fail(SPG_TR_NOOP("spg::scenario",
                                        "expected %1 names joined with |, or a number, got \"%2\""),
                            poll ? "POLL*" : "MSG_*", b);
        }
        return true;
    }

    bool revents()
    {
        e.kind = ExpectKind::Revents;
        const auto space = rest.find(' ');
        const std::string first = rest.substr(0, space);
        if (space != std::string::npos && isIdentifier(first) && first != "has"
            && first.rfind("POLL", 0) != 0) {
            const bool listed = std::any_of(step.pollFds.begin(), step.pollFds.end(),
                                            [&](const PollArg& a) { return a.socket == first; });
            if (!listed)
                return fail(SPG_TR_NOOP("spg::scenario", "\"%1\" is not an entry of this poll()"),
                            first);
            e.entry = first;
            rest = trimmed(rest.substr(space));
        }
        return bitsOf(true);
    }

    // in [a b]: the sockets the set came back holding, each of them in that set of the call.
    bool selected(int which)
    {
        e.kind = ExpectKind::Selected;
        e.set = which;
        if (rest.size() < 2 || rest.front() != '[' || rest.back() != ']')
            return fail(SPG_TR_NOOP("spg::scenario", "expected the sockets the set came back "
                                                     "with, in brackets: in [a b], in []"));
        std::string names = rest.substr(1, rest.size() - 2);
        std::replace(names.begin(), names.end(), ',', ' ');
        const auto& set = step.fdSets[static_cast<std::size_t>(e.set)];
        std::size_t at = 0;
        while ((at = names.find_first_not_of(' ', at)) != std::string::npos) {
            const std::size_t end = std::min(names.find(' ', at), names.size());
            const std::string name = names.substr(at, end - at);
            at = end;
            // After another call, `unsuitable` says what is wrong.
            if (callSpec(step.call).has(ReportsSets) && std::find(set.begin(), set.end(), name) == set.end())
                return fail(SPG_TR_NOOP("spg::scenario", "\"%1\" is not in this select()'s %2"),
                            name, e.set == 0 ? "readfds" : e.set == 1 ? "writefds" : "exceptfds");
            if (std::find(e.sockets.begin(), e.sockets.end(), name) != e.sockets.end())
                return fail(SPG_TR_NOOP("spg::scenario", "\"%1\" is written twice"), name);
            e.sockets.push_back(name);
        }
        return true;
    }

    bool value()
    {
        e.kind = ExpectKind::Value;
        std::string probe = rest;
        const Relation rel = parseRelation(probe);
        long n = 0;
        if (parseLong(probe, n)) {
            e.relation = rel;
            e.number = n;
            return true;
        }
        if (rel != Relation::Eq && rel != Relation::Ne)
            return fail(SPG_TR_NOOP("spg::scenario",
                                    "a text value can only be compared with == or !=; got \"%1\""),
                        rest);
        e.relation = rel;
        e.textual = true;
        const bool quoted = probe.size() >= 2 && probe.front() == '"';
        e.text = quoted ? unquote(probe) : probe;
        return quoted || !e.text.empty()
            || fail(SPG_TR_NOOP("spg::scenario", "expected a value after 'value'"));
    }

    bool peer()
    {
        e.kind = ExpectKind::Peer;
        const auto dot = rest.find('.');
        const std::string name = rest.substr(0, dot);
        const std::string tail = dot == std::string::npos ? "" : rest.substr(dot);
        if (isIdentifier(name) && (tail == ".local" || tail == ".peer")) {
            if (!sockets.count(name))
                return fail(SPG_TR_NOOP("spg::scenario", "unknown socket \"%1\" in %2"), name,
                            rest);
            e.peer.socket = name;
            e.peer.peer = tail == ".peer";
            return true;
        }
        e.text = rest.size() >= 2 && rest.front() == '"' ? unquote(rest) : rest;
        return !e.text.empty()
            || fail(SPG_TR_NOOP("spg::scenario",
                                "expected an address pattern (127.0.0.1:*) or srv.local"));
    }

    bool within()
    {
        e.kind = ExpectKind::Within;
        long scale = 0;
        std::string range = rest;
        if (range.size() > 2 && range.compare(range.size() - 2, 2, "ms") == 0)
            scale = 1;
        else if (range.size() > 1 && range.back() == 's')
            scale = 1000;
        const auto dots = range.find("..");
        if (scale == 0 || dots == std::string::npos)
            return fail(SPG_TR_NOOP("spg::scenario",
                                    "expected a window such as 100..300ms or 1..2s, got \"%1\""),
                        rest);
        range.resize(range.size() - (scale == 1 ? 2 : 1));
        if (!parseLong(range.substr(0, dots), e.number)
            || !parseLong(range.substr(dots + 2), e.number2) || e.number < 0
            || e.number2 < e.number)
            return fail(SPG_TR_NOOP("spg::scenario",
                                    "expected a window FROM..TO with 0 <= FROM <= TO, got \"%1\""),
                        rest);
        e.number *= scale;
        e.number2 *= scale;
        return true;
    }

    bool errnoName()
    {
        e.kind = ExpectKind::Errno;
        e.text = rest;
        e.error = errnoFromName(rest);
        // "E4000": how errnoName() writes a number its table does not name, so that a
        // recorded failure reads back. 1 to 4095, the kernel's range, in plain digits.
        if (e.error < 0 && rest.size() >= 2 && rest.size() <= 5 && rest[0] == 'E'
            && rest[1] >= '1' && rest[1] <= '9'
            && rest.find_first_not_of("0123456789", 1) == std::string::npos
            && std::stoi(rest.substr(1)) <= 4095)
            e.error = std::stoi(rest.substr(1));
        return e.error > 0 || fail(SPG_TR_NOOP("spg::scenario", "unknown errno name \"%1\""), rest);
    }

    bool parse();
};

bool ClauseParser::parse()
{
    if (rest.empty())
        return fail(SPG_TR_NOOP("spg::scenario",
                                "expected what to expect: a number, an errno name, \"bytes\", "
                                "prefix, contains, matches, length, value, state, queue, backlog, "
                                "revents, flags, peer, within, events or kevents"));
    if (rest.front() == '"' || rest.rfind("x\"", 0) == 0)
        return bytes(ExpectKind::Bytes);
    if (word("prefix"))
        return bytes(ExpectKind::Prefix);
    if (word("contains"))
        return bytes(ExpectKind::Contains);
    if (word("matches")) {
        e.kind = ExpectKind::Matches;
        if (rest.size() < 2 || rest.front() != '"')
            return fail(SPG_TR_NOOP("spg::scenario", "expected a quoted regular expression: "
                                                     "matches \"HTTP/1\\.[01] 200\""));
        if (rest.size() < 2 || rest.back() != '"')
            return fail(SPG_TR_NOOP("spg::scenario",
                                    "expected the regular expression to end with a quote"));
        for (std::size_t i = 1; i + 1 < rest.size(); ++i)
            if (!(rest[i] == '\\' && rest[i + 1] == '"'))
                e.text += rest[i];
        // Refused before compiling: what would make regcomp() or regexec() run for minutes
        // (regex_shape.h). std::regex, used here before, even multiplied a 20-digit count into
        // a long unchecked (UBSan caught it).
        const RegexShape shape = regexShape(e.text);
        if (shape.nul)
            return fail(SPG_TR_NOOP("spg::scenario", "a regular expression cannot hold a NUL byte "
                                                     "(regcomp() would read it only up to there): "
                                                     "%1"),
                        rest);
        if (!shape.stacked.empty())
            return fail(SPG_TR_NOOP("spg::scenario",
                                    "\"%1\": a repetition right after another is undefined in "
                                    "POSIX extended regular expressions, and regcomp() can take "
                                    "seconds on it; group the first one, as in (a+)*: %2"),
                        std::string(shape.stacked), rest);
        if (shape.largestCount > kRegexMaxCount)
            return fail(SPG_TR_NOOP("spg::scenario", "a repetition count in a regular expression "
                                                     "is at most %1 (POSIX RE_DUP_MAX): %2"),
                        kRegexMaxCount, rest);
        if (shape.backReference)
            return fail(SPG_TR_NOOP("spg::scenario", "a back-reference (\\1 to \\9) is not part of "
                                                     "POSIX extended regular expressions, and "
                                                     "matching one can take minutes: %1"),
                        rest);
        if (shape.copies > kRegexMaxCopies)
            return fail(SPG_TR_NOOP("spg::scenario", "a regular expression whose repetitions "
                                                     "multiply to more than %1 copies is refused "
                                                     "(nested or stacked repetitions; POSIX leaves "
                                                     "a repetition of a repetition undefined): %2"),
                        kRegexMaxCopies, rest);
        if (!regexCompiles(e.text))
            return fail(SPG_TR_NOOP("spg::scenario",
                                    "not a valid regular expression (POSIX extended): %1"),
                        rest);
        return true;
    }
    if (word("length")) {
        e.kind = ExpectKind::Length;
        return number(SPG_TR_NOOP("spg::scenario",
                                  "expected a byte count after the comparison, got \"%1\""));
    }
    if (word("state")) {
        e.kind = ExpectKind::State;
        e.text = rest;
        return !rest.empty()
            || fail(SPG_TR_NOOP("spg::scenario", "expected a state name after 'state'"));
    }
    if (word("queue")) {
        e.kind = ExpectKind::Queue;
        return number(SPG_TR_NOOP("spg::scenario",
                                  "expected a queue length after the comparison, got \"%1\""));
    }
    if (word("backlog")) {
        e.kind = ExpectKind::Backlog;
        return number(SPG_TR_NOOP("spg::scenario",
                                  "expected a backlog limit after the comparison, got \"%1\""));
    }
    if (word("value"))
        return value();
    if (word("revents"))
        return revents();
    if (word("flags")) {
        e.kind = ExpectKind::Flags;
        return bitsOf(false);
    }
    if (word("peer"))
        return peer();
    if (word("in"))
        return selected(0);
    if (word("out"))
        return selected(1);
    if (word("except"))
        return selected(2);
    if (word("within"))
        return within();
    if (word("events")) {
        message = parseEventsClause(rest, sockets, e);
        return !*message.text;
    }
    if (word("kevents")) {
        message = parseKeventsClause(rest, sockets, e);
        return !*message.text;
    }
    if (rest[0] == 'E')
        return errnoName();
    e.kind = ExpectKind::Result;
    return number(SPG_TR_NOOP("spg::scenario", "expected a number, an errno name (ECONNREFUSED) "
                                               "or \"bytes\" after the comparison, got \"%1\""));
}

std::string quoteRegex(const std::string& regex)
{
    std::string out = "\"";
    for (char c : regex)
        out += c == '"' ? std::string("\\\"") : std::string(1, c);
    return out + "\"";
}

} // namespace

bool parseExpectations(std::string_view text, int column, Step& step,
                       const std::set<std::string>& sockets, int& errorColumn, Message& message)
{
    const std::string all(text);
    std::vector<std::string> clauses = splitTop(all, ',');
    // An unquoted value may hold commas ("on, 5 s" for SO_LINGER): it takes the rest of the
    // line unless what follows the comma reads as another clause.
    for (std::size_t i = 0; i + 1 < clauses.size(); ++i) {
        const std::string t = trimmed(clauses[i]);
        std::string v = t.rfind("value ", 0) == 0 ? trimmed(t.substr(6)) : std::string();
        parseRelation(v);
        long number = 0;
        const std::string next = trimmed(clauses[i + 1]);
        static const char* const kWords[] = { "prefix", "contains", "matches", "length",  "value",
                                              "state",  "queue",    "backlog", "revents", "flags",
                                              "peer",   "within",   "in",      "out",     "except",
                                              "events", "kevents" };
        bool clause = next.empty() || next.front() == '"' || next.rfind("x\"", 0) == 0
            || (next.size() > 1 && next[0] == 'E'
                && std::isupper(static_cast<unsigned char>(next[1])));
        for (const char* w : kWords)
            clause = clause || next == w || next.rfind(std::string(w) + " ", 0) == 0;
        if (!v.empty() && v.front() != '"' && !parseLong(v, number) && !clause) {
            for (std::size_t j = i + 1; j < clauses.size(); ++j)
                clauses[i] += "," + clauses[j];
            clauses.resize(i + 1);
        }
    }
    std::size_t at = 0;
    for (const std::string& raw : clauses) {
        const std::size_t lead = raw.find_first_not_of(" \t");
        const int clauseColumn =
            column + static_cast<int>(at + (lead == std::string::npos ? 0 : lead));
        at += raw.size() + 1;
        Expectation e;
        e.column = clauseColumn;
        ClauseParser p { step, sockets, e, trimmed(raw), {} };
        if (!p.parse()) {
            errorColumn = clauseColumn;
            message = p.message;
            return false;
        }
        if (const char* why = unsuitable(e.kind, step)) {
            errorColumn = clauseColumn;
            message = makeMessage("spg::scenario", why, formatExpectation(e),
                                  std::string(callName(step.call)));
            return false;
        }
        step.expects.push_back(std::move(e));
    }
    return true;
}

std::string formatExpectation(const Expectation& e)
{
    switch (e.kind) {
    case ExpectKind::None: return "";
    case ExpectKind::Result: return relationNumber(e.relation, e.number);
    case ExpectKind::Errno: return e.text;
    case ExpectKind::Bytes: return cString(e.text);
    case ExpectKind::Prefix: return "prefix " + cString(e.text);
    case ExpectKind::Contains: return "contains " + cString(e.text);
    case ExpectKind::Matches: return "matches " + quoteRegex(e.text);
    case ExpectKind::Length: return "length " + relationNumber(e.relation, e.number);
    case ExpectKind::State: return "state " + e.text;
    case ExpectKind::Queue: return "queue " + relationNumber(e.relation, e.number);
    case ExpectKind::Backlog: return "backlog " + relationNumber(e.relation, e.number);
    case ExpectKind::Value:
        return "value "
            + (e.textual ? relationText(e.relation) + cString(e.text)
                         : relationNumber(e.relation, e.number));
    case ExpectKind::Revents:
        return "revents " + (e.entry.empty() ? "" : e.entry + " ") + (e.has ? "has " : "") + e.text;
    case ExpectKind::Flags: return std::string("flags ") + (e.has ? "has " : "") + e.text;
    case ExpectKind::Peer: return "peer " + (e.peer.isRef() ? e.peer.text() : e.text);
    case ExpectKind::Within:
        return "within " + std::to_string(e.number) + ".." + std::to_string(e.number2) + "ms";
    case ExpectKind::Selected: {
        std::string names;
        for (const std::string& n : e.sockets)
            names += (names.empty() ? "" : " ") + n;
        return std::string(e.set == 0 ? "in" : e.set == 1 ? "out" : "except") + " [" + names + "]";
    }
    case ExpectKind::Events: return formatEventsClause(e);
    case ExpectKind::Kevents: return formatKeventsClause(e);
    }
    return "";
}

std::string formatExpectations(const std::vector<Expectation>& all)
{
    std::string out;
    for (const Expectation& e : all)
        if (e.kind != ExpectKind::None)
            out += (out.empty() ? "expect " : ", ") + formatExpectation(e);
    return out;
}

Message expectationLabelMessage(const Expectation& e)
{
    switch (e.kind) {
    case ExpectKind::Bytes: return shortBytes(e.text);
    case ExpectKind::Prefix: return makeMessage("spg::expect", "prefix %1", shortBytes(e.text));
    case ExpectKind::Contains: return makeMessage("spg::expect", "contains %1", shortBytes(e.text));
    default: return plainValue(formatExpectation(e));
    }
}

std::string expectationLabel(const Expectation& e)
{
    return expectationLabelMessage(e).english();
}

} // namespace spg::core
