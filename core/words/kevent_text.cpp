// The words of kqueue(2), and the user's kevent() call through the KqueueApi seam. Filter
// and flag names follow the FreeBSD and macOS man pages; values are the portable ones of
// kqueue_api.h (the real API maps the host's numbering onto them).
#include "core/words/kevent_text.h"

#include "core/words/blanks.h"

#include "core/words/errno_names.h"
#include "core/words/strace_format.h"
#include "core/words/strace_line.h"

#include <algorithm>
#include <charconv>

namespace spg::core {

namespace {

struct Named {
    long value;
    std::string_view name;
};

constexpr Named kFilters[] = {
    { kq::FilterRead, "EVFILT_READ" },   { kq::FilterWrite, "EVFILT_WRITE" },
    { kq::FilterAio, "EVFILT_AIO" },     { kq::FilterVnode, "EVFILT_VNODE" },
    { kq::FilterProc, "EVFILT_PROC" },   { kq::FilterSignal, "EVFILT_SIGNAL" },
    { kq::FilterTimer, "EVFILT_TIMER" }, { kq::FilterUser, "EVFILT_USER" },
};

constexpr Named kFlags[] = {
    { kq::Add, "EV_ADD" },         { kq::Delete, "EV_DELETE" },     { kq::Enable, "EV_ENABLE" },
    { kq::Disable, "EV_DISABLE" }, { kq::Oneshot, "EV_ONESHOT" },   { kq::Clear, "EV_CLEAR" },
    { kq::Receipt, "EV_RECEIPT" }, { kq::Dispatch, "EV_DISPATCH" }, { kq::Error, "EV_ERROR" },
    { kq::Eof, "EV_EOF" },
};

// A decimal (optionally negative) or 0x hex number that fits `out`'s range [lo, hi].
bool parseNumber(std::string_view s, long long lo, long long hi, long long& out)
{
    s = trimBlanks(s);
    bool negative = !s.empty() && s.front() == '-';
    if (negative)
        s.remove_prefix(1);
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s.remove_prefix(2);
        base = 16;
    }
    unsigned long long magnitude = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), magnitude, base);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size())
        return false;
    if (magnitude > 0x7fffffffffffffffull)
        return false;
    const long long value =
        negative ? -static_cast<long long>(magnitude) : static_cast<long long>(magnitude);
    if (value < lo || value > hi)
        return false;
    out = value;
    return true;
}

std::string hex(std::uint64_t value)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    do {
        out.insert(out.begin(), kDigits[value & 0xf]);
        value >>= 4;
    } while (value != 0);
    return "0x" + out;
}

} // namespace

std::string keventFilterText(std::int16_t filter)
{
    for (const Named& f : kFilters)
        if (f.value == filter)
            return std::string(f.name);
    return std::to_string(filter);
}

bool keventFilterFromText(std::string_view text, std::int16_t& out)
{
    text = trimBlanks(text);
    for (const Named& f : kFilters)
        if (f.name == text) {
            out = static_cast<std::int16_t>(f.value);
            return true;
        }
    long long n = 0;
    if (!parseNumber(text, -32768, 32767, n))
        return false;
    out = static_cast<std::int16_t>(n);
    return true;
}

std::string keventFlagsText(std::uint16_t flags)
{
    std::string out;
    unsigned rest = flags;
    for (const Named& f : kFlags)
        if ((rest & static_cast<unsigned>(f.value)) != 0) {
            out += (out.empty() ? "" : "|") + std::string(f.name);
            rest &= ~static_cast<unsigned>(f.value);
        }
    if (rest != 0)
        out += (out.empty() ? "" : "|") + hex(rest);
    return out.empty() ? "0" : out;
}

bool keventFlagsFromText(std::string_view text, std::uint16_t& out)
{
    unsigned value = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t bar = std::min(text.find('|', start), text.size());
        const std::string_view bit = trimBlanks(text.substr(start, bar - start));
        const auto named = std::find_if(std::begin(kFlags), std::end(kFlags),
                                        [&](const Named& f) { return f.name == bit; });
        long long n = 0;
        if (named != std::end(kFlags))
            value |= static_cast<unsigned>(named->value);
        else if (parseNumber(bit, 0, 0xffff, n))
            value |= static_cast<unsigned>(n);
        else
            return false;
        start = bar + 1;
    }
    out = static_cast<std::uint16_t>(value);
    return true;
}

std::string keventText(const KEvent64& e, bool with64)
{
    std::string data = std::to_string(e.data);
    if ((e.flags & kq::Error) && e.data != 0) // The errno of a change that failed.
        data += " /* " + errnoName(static_cast<int>(e.data)) + " */";
    std::string text = "{ident=" + std::to_string(e.ident)
        + ", filter=" + keventFilterText(e.filter) + ", flags=" + keventFlagsText(e.flags)
        + ", fflags=" + std::to_string(e.fflags) + ", data=" + data
        + ", udata=" + (e.udata == 0 ? std::string("0") : hex(e.udata));
    if (with64)
        text += ", ext=[" + std::to_string(e.ext[0]) + ", " + std::to_string(e.ext[1]) + "]";
    return text + "}";
}

std::string keventListText(const std::vector<KEvent64>& events, bool with64)
{
    std::string out;
    for (const KEvent64& e : events)
        out += (out.empty() ? "" : ", ") + keventText(e, with64);
    return "[" + out + "]";
}

std::string keventTimeoutText(int timeoutMs)
{
    if (timeoutMs < 0)
        return "NULL";
    return "{tv_sec=" + std::to_string(timeoutMs / 1000)
        + ", tv_nsec=" + std::to_string(static_cast<long>(timeoutMs % 1000) * 1000000L) + "}";
}

KeventOutcome makeKeventCall(KqueueApi& api, const KeventCall& call)
{
    KeventOutcome out;
    const int room = std::clamp(call.nevents, 0, kMaxKevents);
    std::vector<KEvent64> events(static_cast<std::size_t>(room));
    const int nchanges = static_cast<int>(call.changes.size());
    if (call.is64) {
        out.result = api.kevent64(call.kq, call.changes.data(), nchanges, events.data(), room,
                                  call.flags, call.timeoutMs);
    } else {
        // struct kevent has no ext[]: what the user wrote there is not passed.
        std::vector<KEvent> changes(call.changes.begin(), call.changes.end());
        std::vector<KEvent> got(static_cast<std::size_t>(room));
        out.result =
            api.kevent(call.kq, changes.data(), nchanges, got.data(), room, call.timeoutMs);
        for (std::size_t i = 0; i < got.size(); ++i)
            static_cast<KEvent&>(events[i]) = got[i];
    }
    if (out.result.ok())
        events.resize(std::min(events.size(), static_cast<std::size_t>(out.result.value)));
    else
        events.clear();
    out.events = std::move(events);
    return out;
}

std::string keventCallText(const KeventCall& call, const KeventOutcome& outcome)
{
    using S = StraceSlot;
    const StraceValues values { { S::Fd, std::to_string(call.kq) },
                                { S::Changes, keventListText(call.changes, call.is64) },
                                { S::NChanges, std::to_string(call.changes.size()) },
                                { S::Events, keventListText(outcome.events, call.is64) },
                                { S::NEvents, std::to_string(call.nevents) },
                                { S::Flags, std::to_string(call.flags) },
                                { S::Timeout, keventTimeoutText(call.shownTimeoutMs) } };
    return straceCall(call.is64 ? CallKind::Kevent64 : CallKind::Kevent, values) + " "
        + resultTail(outcome.result);
}

} // namespace spg::core
