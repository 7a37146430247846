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
    const char* context = "";      // The translation context, e.g. "spg::events".
    const char* text = "";         // A string literal: English, %1 %2 ... where the values go.
    std::vector<std::string> args; // Technical or numeric values, never translated.

    std::string english() const { return fillArguments(text, args); }
    bool operator==(const Message& other) const;

    // Replaces %1 ... %9 in `text` by args[0] ... args[8] (one pass: a value holding "%2" stays
    // as it is); a placeholder without a value stays too.
    static std::string fillArguments(std::string_view text, const std::vector<std::string>& args);
};

// A message with its values given as they come: makeMessage("spg::events", "… %1", fd).
template<typename... Args>
Message makeMessage(const char* context, const char* text, const Args&... args)
{
    [[maybe_unused]] auto str = [](const auto& value) {
        if constexpr (std::is_arithmetic_v<std::decay_t<decltype(value)>>)
            return std::to_string(value);
        else
            return std::string(value);
    };
    return Message { context, text, { str(args)... } };
}

// Several messages read as one sentence: the English of each, joined by `separator`.
std::string englishOf(const std::vector<Message>& parts, std::string_view separator = "; ");

} // namespace spg::core
