#include "core/words/c_escapes.h"

namespace spg::core {

namespace {

constexpr char kHex[] = "0123456789abcdef";

} // namespace

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int hexPair(std::string_view text, std::size_t at)
{
    const int hi = at < text.size() ? hexDigit(text[at]) : -1;
    const int lo = at + 1 < text.size() ? hexDigit(text[at + 1]) : -1;
    return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
}

std::string cEscapeBody(std::string_view bytes, bool splitAfterHex)
{
    std::string out;
    out.reserve(bytes.size() * 2);
    bool afterHex = false;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (afterHex && splitAfterHex && hexDigit(ch) >= 0)
            out += "\" \"";
        afterHex = false;
        switch (c) {
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        default:
            if (c >= 0x20 && c < 0x7f) {
                out += ch;
            } else {
                // A table, not snprintf: this runs for every byte the log shows.
                const char esc[4] = { '\\', 'x', kHex[c >> 4], kHex[c & 15] };
                out.append(esc, 4);
                afterHex = true;
            }
        }
    }
    return out;
}

bool cUnescape(std::string_view body, std::string& out, std::string& message, int column)
{
    Message why;
    if (cUnescape(body, out, why, column))
        return true;
    message = why.english();
    return false;
}

bool cUnescape(std::string_view body, std::string& out, Message& message, int column)
{
    const auto where = [&](std::size_t i) { return column + 1 + static_cast<int>(i); };
    out.clear();
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '\\') {
            out += body[i];
            continue;
        }
        const std::size_t at = i;
        if (++i >= body.size()) {
            message = makeMessage("spg::escapes",
                                  SPG_TR_NOOP("spg::escapes",
                                              "a lone \\ at the end: "
                                              "write \\\\ for a backslash"));
            return false;
        }
        switch (body[i]) {
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case '0': out += '\0'; break;
        case 'a': out += '\a'; break;
        case 'e': out += '\x1b'; break;
        case '\\': out += '\\'; break;
        case '"': out += '"'; break;
        case '\'': out += '\''; break;
        case 'x': {
            const int byte = hexPair(body, i + 1);
            if (byte < 0) {
                message = column < 0
                    ? makeMessage(
                        "spg::escapes",
                        SPG_TR_NOOP("spg::escapes", "\\x needs two hex digits, e.g. \\x0d"))
                    : makeMessage("spg::escapes",
                                  SPG_TR_NOOP("spg::escapes",
                                              "\\x at column %1 needs two hex digits, e.g. \\x0d"),
                                  where(at));
                return false;
            }
            out += static_cast<char>(byte);
            i += 2;
            break;
        }
        default:
            message = column < 0
                ? makeMessage("spg::escapes",
                              SPG_TR_NOOP("spg::escapes",
                                          "unknown escape \\%1 (known: \\n \\r \\t "
                                          "\\0 \\a \\e \\xHH \\\\ \\\" \\')"),
                              std::string(1, body[i]))
                : makeMessage("spg::escapes",
                              SPG_TR_NOOP("spg::escapes",
                                          "unknown escape \\%1 at column %2 (known: "
                                          "\\n \\r \\t \\0 \\a \\e \\xHH \\\\ "
                                          "\\\" \\')"),
                              std::string(1, body[i]), where(at));
            return false;
        }
    }
    return true;
}

} // namespace spg::core
