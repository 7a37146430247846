// The changelist of a kevent line, read and written in the man page's EV_SET notation.
#include "core/scenario/scenario_kevent.h"

#include "core/words/kevent_text.h"

#include <charconv>

namespace spg::core {

using namespace scenario_text;

namespace {

// macOS's <sys/event.h> values for kevent64()'s flags argument.
constexpr unsigned kFlagImmediate = 0x1;
constexpr unsigned kFlagErrorEvents = 0x2;

// An unsigned field (fflags, udata, ext): decimal or 0x hex, within `max`.
bool parseUnsigned(const std::string& text, std::uint64_t max, std::uint64_t& out)
{
    std::string_view s = text;
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s.remove_prefix(2);
        base = 16;
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size() || value > max)
        return false;
    out = value;
    return true;
}

template<typename... Args>
Message say(const char* text, const Args&... args)
{
    return makeMessage("spg::scenario", text, args...);
}

struct ChangeReader {
    const std::set<std::string>& sockets;
    int column = 0;
    Message message;

    bool fail(int at, Message why)
    {
        column = at;
        message = std::move(why);
        return false;
    }

    bool ident(const Piece& p, KeventArg& out)
    {
        if (isIdentifier(p.text)) {
            if (!sockets.count(p.text))
                return fail(p.column,
                            say(SPG_TR_NOOP("spg::scenario", "unknown socket \"%1\" as the ident"),
                                p.text));
            out.socket = p.text;
            return true;
        }
        return parseUnsigned(p.text, UINT64_MAX, out.fields.ident)
            || fail(p.column, say(SPG_TR_NOOP("spg::scenario", "expected a socket name or a "
                                                               "number as the ident, got \"%1\""),
                                  p.text));
    }

    bool read(const Piece& p, bool is64, KeventArg& out)
    {
        const std::string word = is64 ? "EV_SET64" : "EV_SET";
        const std::string usage = is64
            ? "EV_SET64(ident, filter, flags, fflags, data, udata, ext0, ext1)"
            : "EV_SET(ident, filter, flags, fflags, data, udata)";
        const std::size_t open = p.text.find('(');
        if (open == std::string::npos || trimmed(p.text.substr(0, open)) != word
            || p.text.back() != ')')
            return fail(p.column, say(SPG_TR_NOOP("spg::scenario", "expected %1"), usage));
        const std::vector<Piece> args =
            splitArgs(std::string_view(p.text).substr(open + 1, p.text.size() - open - 2),
                      p.column + static_cast<int>(open) + 1);
        if (args.size() != (is64 ? 8u : 6u))
            return fail(p.column, say(SPG_TR_NOOP("spg::scenario", "expected %1"), usage));
        long data = 0;
        std::uint64_t fflags = 0;
        if (!ident(args[0], out))
            return false;
        if (!keventFilterFromText(args[1].text, out.fields.filter))
            return fail(args[1].column,
                        say(SPG_TR_NOOP("spg::scenario", "expected a filter: EVFILT_READ, "
                                                         "EVFILT_WRITE, EVFILT_TIMER, EVFILT_USER, "
                                                         "... or a number")));
        if (!keventFlagsFromText(args[2].text, out.fields.flags))
            return fail(args[2].column,
                        say(SPG_TR_NOOP("spg::scenario", "expected flags: EV_ADD, EV_DELETE, "
                                                         "EV_ENABLE, EV_DISABLE, EV_ONESHOT, "
                                                         "EV_CLEAR, EV_RECEIPT, ... joined with |, "
                                                         "or 0")));
        if (!parseUnsigned(args[3].text, UINT32_MAX, fflags))
            return fail(args[3].column, say(SPG_TR_NOOP("spg::scenario", "expected %1: a number"), "fflags"));
        out.fields.fflags = static_cast<std::uint32_t>(fflags);
        if (!parseLong(args[4].text, data))
            return fail(args[4].column, say(SPG_TR_NOOP("spg::scenario", "expected %1: a number"), "data"));
        out.fields.data = data;
        if (!parseUnsigned(args[5].text, UINT64_MAX, out.fields.udata))
            return fail(args[5].column, say(SPG_TR_NOOP("spg::scenario", "expected %1: a number"), "udata"));
        for (std::size_t i = 0; is64 && i < 2; ++i)
            if (!parseUnsigned(args[6 + i].text, UINT64_MAX, out.fields.ext[i]))
                return fail(args[6 + i].column,
                            say(SPG_TR_NOOP("spg::scenario", "expected %1: a number"),
                                "ext[" + std::to_string(i) + "]"));
        return true;
    }
};

std::string number(std::uint64_t value)
{
    return std::to_string(value);
}

} // namespace

bool parseChangelist(const Piece& p, bool is64, const std::set<std::string>& sockets,
                     std::vector<KeventArg>& out, int& column, Message& message)
{
    std::vector<Piece> parts;
    if (p.text.empty() || p.text.front() != '[' || !bracketList(p, parts)) {
        column = p.column;
        message = say(SPG_TR_NOOP("spg::scenario", "expected a changelist: [%1] or []"),
                      is64 ? "EV_SET64(s, EVFILT_READ, EV_ADD, 0, 0, 0, 0, 0)"
                           : "EV_SET(s, EVFILT_READ, EV_ADD, 0, 0, 0)");
        return false;
    }
    ChangeReader reader { sockets, 0, {} };
    for (const Piece& part : parts) {
        KeventArg change;
        if (!reader.read(part, is64, change)) {
            column = reader.column;
            message = reader.message;
            return false;
        }
        out.push_back(change);
    }
    return true;
}

std::string changelistText(const std::vector<KeventArg>& changes, bool is64)
{
    std::string out;
    for (const KeventArg& c : changes) {
        const KEvent64& f = c.fields;
        out += (out.empty() ? "" : ", ") + std::string(is64 ? "EV_SET64(" : "EV_SET(")
            + (c.socket.empty() ? number(f.ident) : c.socket) + ", " + keventFilterText(f.filter)
            + ", " + keventFlagsText(f.flags) + ", " + number(f.fflags) + ", "
            + std::to_string(f.data) + ", " + number(f.udata);
        if (is64)
            out += ", " + number(f.ext[0]) + ", " + number(f.ext[1]);
        out += ")";
    }
    return "[" + out + "]";
}

bool parseKeventArgument(ArgKind kind, const Piece& p, const std::set<std::string>& sockets,
                         Step& step, int& column, Message& message)
{
    column = p.column;
    if (kind == ArgKind::Changelist || kind == ArgKind::Changelist64)
        return parseChangelist(p, kind == ArgKind::Changelist64, sockets, step.changes, column,
                               message);
    if (kind == ArgKind::Kevent64Flags) {
        message = say(SPG_TR_NOOP("spg::scenario", "expected 0, KEVENT_FLAG_IMMEDIATE or a number"));
        return parseKevent64Flags(p.text, step.keventFlags);
    }
    long n = 0;
    message = say(SPG_TR_NOOP("spg::scenario", "nevents is 0 to %1, got \"%2\""), kMaxKevents, p.text);
    if (!parseLong(p.text, n) || n < 0 || n > kMaxKevents)
        return false;
    step.nevents = static_cast<int>(n);
    return true;
}

std::optional<ScenarioError> unavailableHere(const Step& step, const std::string& raw)
{
    if (step.kind != StepKind::Call)
        return std::nullopt;
    const Message why = callUnavailableHere(step.call);
    if (!*why.text)
        return std::nullopt;
    const std::size_t at = raw.find(std::string(callName(step.call)) + "(");
    const int column = at == std::string::npos ? 1 : static_cast<int>(at) + 1;
    Message what = makeMessage("spg::scenario",
                               SPG_TR_NOOP("spg::scenario", "%1; this line needs macOS or a BSD"),
                               why);
    std::string english = what.english();
    return ScenarioError { step.line, column, std::move(english), true, std::move(what) };
}

bool parseKevent64Flags(const std::string& text, unsigned& out)
{
    unsigned value = 0;
    for (const std::string& raw : splitTop(text, '|')) {
        const std::string bit = trimmed(raw);
        std::uint64_t n = 0;
        if (bit == "KEVENT_FLAG_IMMEDIATE")
            value |= kFlagImmediate;
        else if (bit == "KEVENT_FLAG_ERROR_EVENTS")
            value |= kFlagErrorEvents;
        else if (parseUnsigned(bit, UINT32_MAX, n))
            value |= static_cast<unsigned>(n);
        else
            return false;
    }
    out = value;
    return true;
}

std::string kevent64FlagsText(unsigned flags)
{
    std::string out;
    if (flags & kFlagImmediate)
        out = "KEVENT_FLAG_IMMEDIATE";
    if (flags & kFlagErrorEvents)
        out += (out.empty() ? "" : "|") + std::string("KEVENT_FLAG_ERROR_EVENTS");
    const unsigned rest = flags & ~(kFlagImmediate | kFlagErrorEvents);
    if (rest != 0)
        out += (out.empty() ? "" : "|") + std::to_string(rest);
    return out.empty() ? "0" : out;
}

} // namespace spg::core
