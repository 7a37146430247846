// The safety policy for scenarios that come from a file, a demo or an import: files are
// untrusted, hands are trusted. checkPolicy() reads a whole parsed scenario before anything
// runs and lists every call that reaches past the loopback lab (another host, a UNIX path
// outside the run's scratch folder, a raw or numeric family), each with its line and column,
// so the user can consent or refuse. Pure functions apart from stat() on absolute paths (to
// say "an existing socket"); it never resolves a name. Any thread.
#pragma once

#include "core/scenario/scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace spg::core {

// What kind of reach a finding needs consent for; also the words of --allow.
enum PolicyCategory : unsigned {
    PolicyNet = 1u << 0,   // another host, any name but localhost, wildcard, broadcast
    PolicyPaths = 1u << 1, // a UNIX path outside the scratch folder
    PolicyRaw = 1u << 2,   // raw, packet, netlink or numeric families, types, protocols
    PolicyAll = PolicyNet | PolicyPaths | PolicyRaw,
};

std::string_view policyCategoryName(PolicyCategory category); // "net", "paths", "raw"
// "net,paths" -> PolicyNet|PolicyPaths. Returns false and names the bad word in `error`.
bool parsePolicyCategories(std::string_view text, unsigned& out, std::string& error);
std::string policyCategoriesText(unsigned categories); // "net,paths"

struct PolicyFinding {
    int line = 0;
    int column = 0;
    PolicyCategory category = PolicyNet;
    std::string text; // "bind 0.0.0.0:8080 (every interface)"
    Message what;     // The same, for the window to translate.
};

struct PolicyContext {
    unsigned allowed = 0; // Categories the user already allowed (--allow, a dialog).
};

struct PolicyReport {
    std::vector<PolicyFinding> findings; // In file order; allowed ones included.
    unsigned allowed = 0;                // As the context said.

    unsigned categories() const; // Every category found.
    unsigned missing() const { return categories() & ~allowed; }
    bool refused() const { return missing() != 0; }
};

PolicyReport checkPolicy(const Scenario& scenario, const PolicyContext& context);

// The headless refusal: one "FILE:LINE:COLUMN: TEXT [needs --allow CAT]" line per finding,
// then what to run instead.
std::vector<std::string> formatRefusal(const PolicyReport& report, const std::string& file);

// The address checks on their own, for the table test and the step walk: the finding's
// text after the verb, or "" when the address is inside the lab. `category` is set when
// the result is non-empty.
std::string addressConcern(std::string_view address, PolicyCategory& category);
std::string socketConcern(int domain, int type, int protocol, PolicyCategory& category);
// The same as messages for the window (no text when inside the lab).
Message addressConcernMessage(std::string_view address, PolicyCategory& category);
Message socketConcernMessage(int domain, int type, int protocol, PolicyCategory& category);

} // namespace spg::core
