// The `expect kevents` clause: the struct kevent list that kevent() or kevent64() returned.
// `kevents [srv EVFILT_READ data 2, c EVFILT_READ EV_EOF]` means exactly these events came
// back (in any order), each with this ident and filter, at least these flags, and a data
// that compares so; `kevents has srv EVFILT_READ` means at least that one did; `kevents []`
// means none. An ident is a socket's name or, for filters whose ident is no descriptor
// (EVFILT_TIMER, EVFILT_USER), a number. The exported program's expect_kevents() in
// export/c/kqueue.c mirrors check's message word for word.
#include "core/scenario/scenario_kevent.h"

#include "core/words/kevent_text.h"
#include "core/words/strace_format.h"

#include <algorithm>
#include <cctype>

namespace spg::core {

using namespace scenario_text;

namespace {

std::string entryText(const KeventWant& w)
{
    std::string out = w.ident + " " + keventFilterText(w.filter);
    if (w.flags)
        out += " " + keventFlagsText(w.flags);
    if (w.hasData)
        out += " data " + relationNumber(w.relation, w.data);
    return out;
}

std::string listText(const std::vector<KeventWant>& list, bool has)
{
    if (has)
        return "kevents has " + (list.empty() ? std::string() : entryText(list.front()));
    std::string out = "kevents [";
    for (std::size_t i = 0; i < list.size(); ++i)
        out += (i ? ", " : "") + entryText(list[i]);
    return out + "]";
}

bool matches(const KeventWant& want, const KeventWant& got)
{
    return want.ident == got.ident && want.filter == got.filter
        && (got.flags & want.flags) == want.flags
        && (!want.hasData || relationHolds(got.data, want.relation, want.data));
}

bool isNumber(const std::string& s)
{
    return !s.empty()
        && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

} // namespace

// After `kevents`: "[srv EVFILT_READ data >= 1, 7 EVFILT_TIMER]", "[]" or "has srv ...".
Message parseKeventsClause(std::string rest, const std::set<std::string>& sockets,
                           Expectation& e)
{
    e.kind = ExpectKind::Kevents;
    auto say = [](const char* text, const auto&... args) {
        return makeMessage("spg::scenario", text, args...);
    };
    auto entry = [&](const std::string& text) -> Message {
        std::string t = trimmed(text);
        KeventWant w;
        const auto space = t.find(' ');
        w.ident = t.substr(0, space);
        if (space == std::string::npos)
            return say(SPG_TR_NOOP("spg::scenario",
                                   "expected an ident and a filter: srv EVFILT_READ, got \"%1\""),
                       t);
        if (!isNumber(w.ident) && !sockets.count(w.ident))
            return isIdentifier(w.ident)
                ? say(SPG_TR_NOOP("spg::scenario", "unknown socket \"%1\""), w.ident)
                : say(SPG_TR_NOOP("spg::scenario",
                                  "expected a socket's name or a number, got \"%1\""),
                      w.ident);
        t = trimmed(t.substr(space));
        const std::string filter = t.substr(0, t.find(' '));
        if (!keventFilterFromText(filter, w.filter))
            return say(SPG_TR_NOOP("spg::scenario", "expected a filter (EVFILT_READ, "
                                                    "EVFILT_WRITE, ...), got \"%1\""),
                       filter);
        t = trimmed(t.substr(filter.size()));
        if (!t.empty() && t.rfind("data", 0) != 0) {
            const std::string flags = t.substr(0, t.find(' '));
            if (!keventFlagsFromText(flags, w.flags))
                return say(SPG_TR_NOOP("spg::scenario", "expected flags (EV_EOF, "
                                                        "EV_ERROR|EV_CLEAR, ...) or data, got \"%1\""),
                           flags);
            t = trimmed(t.substr(flags.size()));
        }
        if (!t.empty()) {
            if (t.rfind("data", 0) != 0 || (t.size() > 4 && t[4] != ' '))
                return say(SPG_TR_NOOP("spg::scenario", "expected data and a number (data 2, "
                                                        "data >= 1), got \"%1\""),
                           t);
            t = trimmed(t.substr(4));
            w.relation = parseRelation(t);
            if (!parseLong(trimmed(t), w.data))
                return say(SPG_TR_NOOP("spg::scenario", "expected a number after data, got \"%1\""),
                           t);
            w.hasData = true;
        }
        e.kevents.push_back(std::move(w));
        return {};
    };
    return parseListClause(rest, "kevents", "srv EVFILT_READ", e.has, entry);
}

std::string formatKeventsClause(const Expectation& e)
{
    return listText(e.kevents, e.has);
}

std::optional<Message> checkKevents(const Expectation& e, const CallRecord& r,
                                    const std::vector<std::string>& idents)
{
    std::vector<KeventWant> got;
    for (std::size_t i = 0; i < r.kevents.size(); ++i) {
        const KEvent64& k = r.kevents[i];
        got.push_back(KeventWant { i < idents.size() ? idents[i] : std::to_string(k.ident),
                                   k.filter, k.flags, true, Relation::Eq,
                                   static_cast<long>(k.data) });
    }
    bool ok = r.result >= 0 && (e.has || got.size() == e.kevents.size());
    // Each wanted entry takes the first returned event it matches that no other took.
    std::vector<bool> taken(got.size(), false);
    for (std::size_t w = 0; ok && w < e.kevents.size(); ++w) {
        ok = false;
        for (std::size_t i = 0; i < got.size() && !ok; ++i)
            if (!taken[i] && matches(e.kevents[w], got[i]))
                ok = taken[i] = true;
    }
    if (ok)
        return std::nullopt;
    return makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "expected %1, got %2"),
                       formatKeventsClause(e),
                       r.result < 0 ? resultTail(SysResult { r.result, r.error }).substr(2)
                                    : listText(got, false));
}

} // namespace spg::core
