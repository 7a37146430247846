// Fuzzes the payload codec's C escapes (core/words/c_escapes: the payload editor's "C
// escapes" mode, scenario literals and the hex view's copy all use it): any bytes escape into
// text that reads back to the same bytes, and text that reads escapes back to the same bytes.
// The editor's hex mode is Qt code (ui/payload_codec.cpp) and is covered by its unit test.
#include "fuzz_check.h"

#include "core/scenario/scenario.h"
#include "core/words/c_escapes.h"

using namespace spg::core;

namespace {

void checkEscapes(std::string_view bytes)
{
    const std::string body = cEscapeBody(bytes);
    for (char c : body)
        SPG_FUZZ_CHECK(c >= 0x20 && c < 0x7f, "an unescaped byte in '" + body + "'");
    std::string back;
    std::string message;
    SPG_FUZZ_CHECK(cUnescape(body, back, message), "'" + body + "': " + message);
    SPG_FUZZ_CHECK(back == std::string(bytes), "'" + body + "' reads back to other bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input = spg::fuzz::asText(data, size);
    checkEscapes(input); // the input as bytes
    std::string bytes;
    std::string message;
    if (cUnescape(input, bytes, message, 0)) // the input as escapes
        checkEscapes(bytes);
    else
        SPG_FUZZ_CHECK(!message.empty(), "refused without a message");
    (void)cString(input); // the scenario files' literal, with its own limit
    return 0;
}
