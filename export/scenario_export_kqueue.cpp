// The C of kqueue(), kevent() and kevent64() lines: the changelist as an array of struct kev
// (struct kevent's fields with kevent64_s's ext[]), handed to kevent_call() in export/c/
// kqueue.c, which makes the real call with EV_SET/EV_SET64 on macOS and the BSDs and prints
// the engine's line. Elsewhere the program stops at its start (see Generator::run).
#include "export/scenario_export.h"

#include "core/words/kevent_text.h"

#include <algorithm>
#include <climits>

namespace spg::core::c_export {

namespace {

// A 64-bit field as a C constant of the right width.
std::string u64(std::uint64_t value)
{
    return value > static_cast<std::uint64_t>(INT_MAX) ? std::to_string(value) + "ULL"
                                                       : std::to_string(value);
}

std::string changeInitializer(const KeventArg& change, const std::string& ident)
{
    const KEvent64& f = change.fields;
    return "{ " + (ident.empty() ? u64(f.ident) : ident) + ", " + keventFilterText(f.filter) + ", "
        + replaceAll(keventFlagsText(f.flags), "|", " | ") + ", " + u64(f.fflags) + ", "
        + (f.data > INT_MAX || f.data < INT_MIN ? std::to_string(f.data) + "LL"
                                                : std::to_string(f.data))
        + ", " + u64(f.udata) + ", { " + u64(f.ext[0]) + ", " + u64(f.ext[1]) + " } }";
}

} // namespace

Code keventCode(const Step& s, const CallContext& context, std::uint64_t& helpers)
{
    Code c;
    helpers |= HelperBase | HelperKqueue;
    if (s.call == CallKind::Kqueue) {
        c.body = { "$D(int)kqueue_call();" };
        return c;
    }
    const bool is64 = s.call == CallKind::Kevent64;
    const std::string n = num(static_cast<long>(s.changes.size()));
    std::string changes;
    for (std::size_t i = 0; i < s.changes.size(); ++i)
        changes += std::string(i ? ", " : "")
            + changeInitializer(s.changes[i],
                                i < context.keventIdents.size() ? context.keventIdents[i] : "");
    if (s.changes.empty())
        c.body.push_back("const struct kev *changes = NULL;");
    else
        c.body.push_back("const struct kev changes[" + n + "] = { " + changes + " };");
    const long room = std::clamp(s.nevents, 1, kMaxKevents);
    c.body.push_back("struct kev events[" + num(room) + "]; /* room for nevents */");
    c.events = "events";
    c.body.push_back("$D(int)kevent_call($FD, changes, " + n + ", " + num(s.nevents) + ", "
                     + (is64 ? "1" : "0") + ", " + num(static_cast<long>(s.keventFlags)) + "u, "
                     + num(s.timeoutMs) + ", events);");
    return c;
}

std::string keventsCheck(const Step& s, const Expectation& e, const Code& code,
                         const KnownFds& known)
{
    std::string wants;
    for (const KeventWant& w : e.kevents)
        wants += std::string(wants.empty() ? "" : ", ") + "{ " + cLiteral(w.ident) + ", "
            + keventFilterText(w.filter) + ", " + num(static_cast<long>(w.flags)) + "u, "
            + (w.hasData ? "1" : "0") + ", " + cRelation(w.relation) + ", " + num(w.data) + " }";
    return "expect_kevents(" + num(s.line) + ", $R, " + code.events + ", "
        + cArray("int", known.fds) + ", " + cArray("char *const", known.names) + ", "
        + num(known.count) + ", " + cArray("struct kev_want", wants) + ", "
        + num(static_cast<long>(e.kevents.size())) + ", " + (e.has ? "1" : "0") + ");";
}

} // namespace spg::core::c_export
