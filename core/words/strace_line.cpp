// Filling a call's strace template with its values.
#include "core/words/strace_line.h"

namespace spg::core {

namespace {

constexpr std::array<std::string_view, kStraceSlots> kNames = {
    "fd", "domain", "type", "protocol", "sv", "addr", "addrlen", "backlog", "how", "buf",
    "len", "flags", "msg", "level", "optname", "optval", "optlen", "value", "fds", "nfds",
    "readfds", "writefds", "exceptfds", "timeout", "changelist", "nchanges", "events",
    "nevents", "op", "target", "event",
};

std::size_t indexOf(StraceSlot slot)
{
    return static_cast<std::size_t>(slot);
}

// Walks a template: `literal` for the text between slots, `slot` for each {word}.
template <typename Literal, typename Slot>
void walk(std::string_view tmpl, Literal literal, Slot slot)
{
    std::size_t at = 0;
    while (at < tmpl.size()) {
        const std::size_t open = tmpl.find('{', at);
        const std::size_t close = open == std::string_view::npos ? open : tmpl.find('}', open);
        if (close == std::string_view::npos) {
            literal(tmpl.substr(at));
            return;
        }
        literal(tmpl.substr(at, open - at));
        slot(tmpl.substr(open + 1, close - open - 1));
        at = close + 1;
    }
}

} // namespace

std::string_view straceSlotName(StraceSlot slot)
{
    return kNames[indexOf(slot)];
}

bool straceSlotFromName(std::string_view name, StraceSlot& out)
{
    for (std::size_t i = 0; i < kNames.size(); ++i) {
        if (kNames[i] == name) {
            out = static_cast<StraceSlot>(i);
            return true;
        }
    }
    return false;
}

StraceValues::StraceValues(std::initializer_list<std::pair<StraceSlot, std::string>> values)
{
    for (const auto& [slot, value] : values)
        set(slot, value);
}

StraceValues& StraceValues::set(StraceSlot slot, std::string value)
{
    m_values[indexOf(slot)] = std::move(value);
    m_set[indexOf(slot)] = true;
    return *this;
}

const std::string* StraceValues::get(StraceSlot slot) const
{
    return m_set[indexOf(slot)] ? &m_values[indexOf(slot)] : nullptr;
}

std::string straceCall(std::string_view tmpl, const StraceValues& values)
{
    std::string out;
    out.reserve(tmpl.size() + 32);
    walk(
        tmpl, [&](std::string_view text) { out += text; },
        [&](std::string_view name) {
            StraceSlot slot {};
            const std::string* value = straceSlotFromName(name, slot) ? values.get(slot) : nullptr;
            out += value ? std::string_view(*value) : std::string_view("?");
        });
    return out;
}

std::string straceCall(CallKind kind, const StraceValues& values)
{
    return straceCall(callSpec(kind).strace, values);
}

TemplateSlots templateSlots(std::string_view tmpl)
{
    TemplateSlots found;
    walk(
        tmpl, [](std::string_view) {},
        [&](std::string_view name) {
            StraceSlot slot {};
            if (straceSlotFromName(name, slot))
                found.slots.push_back(slot);
            else if (found.unknown.empty())
                found.unknown = std::string(name);
        });
    return found;
}

} // namespace spg::core
