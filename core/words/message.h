// A sentence the core writes, kept as its English template (marked with SPG_TR_NOOP, with
// %1 %2 ... for the values) and the values, so that the window can translate the template and
// fill in the same values while headless output renders the English. Pure; any thread.
#pragma once

#include "core/words/translate_noop.h"

#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace spg::core {

struct Message {
    struct Part; // A value that is a sentence itself.

    const char* context = "";      // The translation context, e.g. "spg::events".
    const char* text = "";         // A string literal: English, %1 %2 ... where the values go.
    std::vector<std::string> args; // Technical or numeric values, never translated...
    std::vector<Part> parts;       // ... except these: args[index] holds their English.

    std::string english() const { return fillArguments(text, args); }
    bool operator==(const Message& other) const;

    // Replaces %1 ... %9 in `text` by args[0] ... args[8] (one pass: a value holding "%2" stays
    // as it is); a placeholder without a value stays too.
    static std::string fillArguments(std::string_view text, const std::vector<std::string>& args);
};

struct Message::Part {
    std::size_t index = 0; // The argument it fills: %1 is 0.
    Message message;
};

// A message with its values given as they come: makeMessage("spg::events", "… %1", fd). A
// value that is a Message is a sentence of its own: its English fills the placeholder, and
// the window puts its translation there.
template<typename... Args>
Message makeMessage(const char* context, const char* text, const Args&... args)
{
    Message m { context, text, {}, {} };
    m.args.reserve(sizeof...(args));
    [[maybe_unused]] auto add = [&m](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, Message>) {
            m.parts.push_back({ m.args.size(), value });
            m.args.push_back(value.english());
        } else if constexpr (std::is_arithmetic_v<T>) {
            m.args.push_back(std::to_string(value));
        } else {
            m.args.push_back(std::string(value));
        }
    };
    (add(args), ...);
    return m;
}

// A value with no words around it, where a sentence may stand too (a payload written out in
// one message, "5 bytes starting ..." in another): its text is "%1" and nothing to translate.
inline Message plainValue(std::string value)
{
    return Message { "", "%1", { std::move(value) }, {} };
}

// Several messages read as one sentence: the English of each, joined by `separator`.
std::string englishOf(const std::vector<Message>& parts, std::string_view separator = "; ");

} // namespace spg::core
