// Filling a message's template: the one English rendering, used by headless output and by
// anything that has no translation to offer.
#include "core/words/message.h"

#include <cstring>

namespace spg::core {

bool Message::operator==(const Message& other) const
{
    if (std::strcmp(context, other.context) != 0 || std::strcmp(text, other.text) != 0
        || args != other.args || parts.size() != other.parts.size())
        return false;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (parts[i].index != other.parts[i].index || !(parts[i].message == other.parts[i].message))
            return false;
    return true;
}

std::string Message::fillArguments(std::string_view text, const std::vector<std::string>& args)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
            const std::size_t n = static_cast<std::size_t>(text[i + 1] - '1');
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string englishOf(const std::vector<Message>& parts, std::string_view separator)
{
    std::string out;
    for (const Message& m : parts) {
        if (!out.empty())
            out += separator;
        out += m.english();
    }
    return out;
}

} // namespace spg::core
