// Fuzzes the address parser (core/words/address): any text either parses or is refused with
// a message; an address that parses formats into text that parses back to the same bytes.
#include "fuzz_check.h"

#include "core/words/address.h"

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
    const std::string shown = formatAddress(e.addr);
    const AddressParse again = parseAddress(shown);
    SPG_FUZZ_CHECK(again.ok(), "'" + shown + "' does not parse back: " + again.error);
    SPG_FUZZ_CHECK(again.endpoint.addr.bytes() == e.addr.bytes(),
                   "'" + shown + "' parses back to another address");
    return 0;
}
