#include "core/engine/kqueue_registrations.h"

#include "core/sys/kqueue_api.h"

#include <algorithm>

namespace spg::core {

namespace {

// The flags that describe a registration; EV_ADD and EV_RECEIPT only act on the call.
constexpr std::uint16_t kKept = kq::Clear | kq::Oneshot | kq::Dispatch | kq::Disable;

bool refused(const RawKevent& change, const std::vector<KEvent64>& events)
{
    return std::any_of(events.begin(), events.end(), [&](const KEvent64& e) {
        return (e.flags & kq::Error) && e.data != 0 && e.ident == change.ident
            && e.filter == change.filter;
    });
}

auto find(std::vector<KqueueWatch>& list, std::uint64_t ident, std::int16_t filter)
{
    return std::find_if(list.begin(), list.end(), [&](const KqueueWatch& w) {
        return w.ident == ident && w.filter == filter;
    });
}

void applyChange(std::vector<KqueueWatch>& list, const RawKevent& c)
{
    auto at = find(list, c.ident, c.filter);
    if (c.flags & kq::Delete) {
        if (at != list.end())
            list.erase(at);
        return;
    }
    if ((c.flags & kq::Add) && at == list.end()) {
        list.push_back(KqueueWatch { kNoSocket, c.ident, c.filter, 0, 0, 0 });
        at = list.end() - 1;
    }
    if (at == list.end())
        return; // EV_ENABLE or EV_DISABLE of nothing: the kernel answers ENOENT.
    if (c.flags & kq::Add) {
        at->flags = static_cast<std::uint16_t>(c.flags & kKept);
        at->fflags = c.fflags;
        at->udata = c.udata;
    }
    if (c.flags & kq::Disable)
        at->flags |= kq::Disable;
    if (c.flags & kq::Enable)
        at->flags = static_cast<std::uint16_t>(at->flags & ~kq::Disable);
}

} // namespace

void applyKevent(std::vector<KqueueWatch>& list, const std::vector<KEvent64>& changes,
                 const KeventOutcome& outcome)
{
    if (!outcome.result.ok())
        return;
    for (const KEvent64& c : changes)
        if (!refused(c, outcome.events))
            applyChange(list, c);
    for (const KEvent64& e : outcome.events) {
        if (e.flags & kq::Error)
            continue;
        const auto at = find(list, e.ident, e.filter);
        if (at == list.end())
            continue;
        if (at->flags & kq::Oneshot)
            list.erase(at);
        else if (at->flags & kq::Dispatch)
            at->flags |= kq::Disable;
    }
}

void forgetIdent(std::vector<KqueueWatch>& list, std::uint64_t ident)
{
    std::erase_if(list, [&](const KqueueWatch& w) {
        return w.ident == ident && (w.filter == kq::FilterRead || w.filter == kq::FilterWrite);
    });
}

std::string registrationsText(const std::vector<KqueueWatch>& list)
{
    if (list.empty())
        return "nothing registered";
    std::string out;
    for (const KqueueWatch& w : list) {
        out += out.empty() ? "" : "; ";
        out += w.socket != kNoSocket ? "#" + std::to_string(w.socket)
                                     : "ident " + std::to_string(w.ident);
        out += " " + keventFilterText(w.filter);
        if (w.flags)
            out += " " + keventFlagsText(w.flags);
    }
    return out;
}

} // namespace spg::core
