// The policy walk: each socket() and each literal address of a parsed scenario is compared
// with the lab's default reach (loopback, the three families and types, the scratch folder).
// Names are never looked up here: a lookup is itself traffic a file could use to leak
// (secret.example.com asks a DNS server), so every name but localhost needs consent.
#include "core/scenario/scenario_policy.h"

#include "core/sys/sys.h"
#include "core/words/address.h"
#include "core/words/sockopt.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/stat.h>
#include <sys/un.h>

namespace spg::core {

namespace {

struct CategoryWord {
    PolicyCategory category;
    std::string_view word;
};

constexpr CategoryWord kWords[] = {
    { PolicyNet, "net" },
    { PolicyPaths, "paths" },
    { PolicyRaw, "raw" },
};

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

template<typename... Args>
Message say(const char* text, const Args&... args)
{
    return makeMessage("spg::policy", text, args...);
}

// Why an IPv4 address is outside the lab, or no text for loopback (127.0.0.0/8).
Message ipv4Concern(std::uint32_t hostOrder)
{
    if ((hostOrder >> 24) == 127)
        return {};
    if (hostOrder == INADDR_ANY)
        return say(SPG_TR_NOOP("spg::policy", "every interface"));
    if (hostOrder == INADDR_BROADCAST)
        return say(SPG_TR_NOOP("spg::policy", "broadcast"));
    if ((hostOrder >> 28) == 0xe)
        return say(SPG_TR_NOOP("spg::policy", "a multicast group"));
    return say(SPG_TR_NOOP("spg::policy", "another host"));
}

Message ipv6Concern(const in6_addr& a)
{
    if (IN6_IS_ADDR_LOOPBACK(&a))
        return {};
    if (IN6_IS_ADDR_UNSPECIFIED(&a))
        return say(SPG_TR_NOOP("spg::policy", "every interface"));
    // ::ffff:127.0.0.1 is loopback over IPv4; ::ffff:10.0.0.1 is another host in disguise.
    if (IN6_IS_ADDR_V4MAPPED(&a)) {
        std::uint32_t v4 = 0;
        std::memcpy(&v4, &a.s6_addr[12], sizeof v4);
        const Message why = ipv4Concern(ntohl(v4));
        return *why.text ? say(SPG_TR_NOOP("spg::policy", "%1, as an IPv4-mapped address"), why)
                         : why;
    }
    if (IN6_IS_ADDR_MULTICAST(&a))
        return say(SPG_TR_NOOP("spg::policy", "a multicast group"));
    return say(SPG_TR_NOOP("spg::policy", "another host"));
}

// A relative path climbs out of the folder it is resolved in when a ".." goes above it.
bool climbsOut(std::string_view path)
{
    int depth = 0;
    while (!path.empty()) {
        const std::size_t slash = path.find('/');
        const std::string_view part = path.substr(0, slash);
        if (part == "..") {
            if (--depth < 0)
                return true;
        } else if (!part.empty() && part != ".") {
            ++depth;
        }
        path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
    }
    return false;
}

Message unixConcern(std::string_view path)
{
    // Abstract names are confined to the run's own prefix (ScratchFolder), except the ones
    // written like a path (@/tmp/.X11-unix/X0, D-Bus's @/tmp/dbus-...): those are how real
    // services name themselves, so they run as written and need consent like a path.
    if (path.size() >= 2 && path[0] == '@' && path[1] == '/')
        return say(SPG_TR_NOOP("spg::policy", "an abstract name outside this run"));
    if (!path.empty() && path[0] == '@')
        return {};
    if (path.empty() || path[0] != '/')
        return climbsOut(path) ? say(SPG_TR_NOOP("spg::policy", "'..' leaves the scratch folder"))
                               : Message {};
    struct stat st { };
    if (::lstat(std::string(path).c_str(), &st) != 0)
        return say(SPG_TR_NOOP("spg::policy", "outside the scratch folder"));
    return S_ISSOCK(st.st_mode)
        ? say(SPG_TR_NOOP("spg::policy", "an existing socket"))
        : say(SPG_TR_NOOP("spg::policy", "an existing file, outside the scratch folder"));
}

int firstColumn(const Step& step, ArgKind kind)
{
    const CallSpec& spec = callSpec(step.call);
    for (std::size_t i = 0; i < spec.args.size() && i < step.argColumns.size(); ++i)
        if (spec.args[i].kind == kind)
            return step.argColumns[i];
    return 1;
}

void checkStep(const Step& step, std::vector<PolicyFinding>& out)
{
    if (step.kind != StepKind::Call)
        return;
    PolicyCategory category = PolicyNet;
    auto add = [&](ArgKind at, PolicyCategory c, Message what) {
        std::string text = what.english();
        out.push_back({ step.line, firstColumn(step, at), c, std::move(text), std::move(what) });
    };
    if (step.call == CallKind::Socket || step.call == CallKind::Socketpair) {
        const Message why = socketConcernMessage(step.domain, step.type, step.protocol, category);
        if (*why.text)
            add(ArgKind::Domain, category,
                say(SPG_TR_NOOP("spg::policy", "open %1(%2, %3, %4) (%5)"), callName(step.call),
                    domainSymbol(step.domain), typeSymbol(step.type), step.protocol, why));
        return;
    }
    if (step.call == CallKind::SetSockOpt) {
        OptionRef ref;
        if (resolveOptionRef(step.level, step.option, ref).empty() && !ref.known)
            add(ArgKind::Option, PolicyRaw,
                say(SPG_TR_NOOP("spg::policy", "setsockopt(%1, %2, %3) (an option the playground "
                                               "does not know by name: a number can reach past "
                                               "the lab, as SO_BINDTODEVICE sends through a real "
                                               "interface)"),
                    step.socket, optionLevelText(ref.level), ref.optname));
        return;
    }
    // A reference (srv.local, c.peer) names an address one of the scenario's own sockets
    // got under this same policy, so it inherits what that socket was allowed.
    if (step.address.literal.empty())
        return;
    const Message why = addressConcernMessage(step.address.literal, category);
    if (!*why.text)
        return;
    const std::string& address = step.address.literal;
    add(ArgKind::Address, category,
        step.call == CallKind::Connect
            ? say(SPG_TR_NOOP("spg::policy", "connect to %1 (%2)"), address, why)
        : step.call == CallKind::SendTo || step.call == CallKind::SendMsg
            ? say(SPG_TR_NOOP("spg::policy", "send to %1 (%2)"), address, why)
        : step.call == CallKind::Bind
            ? say(SPG_TR_NOOP("spg::policy", "bind %1 (%2)"), address, why)
            : say(SPG_TR_NOOP("spg::policy", "open %1 %2 (%3)"), callName(step.call), address, why));
}

} // namespace

std::string_view policyCategoryName(PolicyCategory category)
{
    for (const CategoryWord& w : kWords)
        if (w.category == category)
            return w.word;
    return "?";
}

bool parsePolicyCategories(std::string_view text, unsigned& out, std::string& error)
{
    out = 0;
    while (true) {
        const std::size_t comma = text.find(',');
        const std::string_view word = text.substr(0, comma);
        bool known = false;
        for (const CategoryWord& w : kWords)
            if (word == w.word) {
                out |= w.category;
                known = true;
            }
        if (!known) {
            error = "unknown category \"" + std::string(word)
                + "\"; use net, paths and raw, "
                  "joined with commas";
            return false;
        }
        if (comma == std::string_view::npos)
            return true;
        text = text.substr(comma + 1);
    }
}

std::string policyCategoriesText(unsigned categories)
{
    std::string out;
    for (const CategoryWord& w : kWords)
        if (categories & w.category)
            out += (out.empty() ? "" : ",") + std::string(w.word);
    return out;
}

unsigned PolicyReport::categories() const
{
    unsigned all = 0;
    for (const PolicyFinding& f : findings)
        all |= f.category;
    return all;
}

Message addressConcernMessage(std::string_view address, PolicyCategory& category)
{
    const AddressParse parsed = parseAddress(address);
    if (!parsed.ok())
        return {}; // The parser refused it already; the engine would refuse it again.
    const Endpoint& e = parsed.endpoint;
    category = PolicyNet;
    if (e.needsResolve())
        return equalsNoCase(e.host, "localhost")
            ? Message {}
            : say(SPG_TR_NOOP("spg::policy", "a host name: it may name any host"));
    if (e.addr.family() == AF_UNIX) {
        category = PolicyPaths;
        constexpr std::string_view kPrefix = "unix:";
        const std::string_view trimmed = address.substr(address.find(kPrefix) + kPrefix.size());
        return unixConcern(trimmed.substr(0, trimmed.find_last_not_of(" \t\r\n") + 1));
    }
    if (e.addr.family() == AF_INET) {
        sockaddr_in sin {};
        std::memcpy(&sin, &e.addr.storage, sizeof sin);
        return ipv4Concern(ntohl(sin.sin_addr.s_addr));
    }
    if (e.addr.family() == AF_INET6) {
        sockaddr_in6 sin6 {};
        std::memcpy(&sin6, &e.addr.storage, sizeof sin6);
        return ipv6Concern(sin6.sin6_addr);
    }
    return say(SPG_TR_NOOP("spg::policy", "an unknown address family"));
}

Message socketConcernMessage(int domain, int type, int protocol, PolicyCategory& category)
{
    category = PolicyRaw;
    if (domain != AF_INET && domain != AF_INET6 && domain != AF_UNIX)
        return say(SPG_TR_NOOP("spg::policy", "a family outside AF_INET, AF_INET6 and AF_UNIX"));
    const int base = type & ~sys::socketTypeFlags();
    if (base == SOCK_RAW)
        return say(SPG_TR_NOOP("spg::policy", "a raw socket"));
    if (base != SOCK_STREAM && base != SOCK_DGRAM && base != SOCK_SEQPACKET)
        return say(SPG_TR_NOOP("spg::policy",
                               "a type outside SOCK_STREAM, SOCK_DGRAM and SOCK_SEQPACKET"));
    if (protocol != 0 && protocol != IPPROTO_TCP && protocol != IPPROTO_UDP
        && protocol != IPPROTO_SCTP)
        return say(SPG_TR_NOOP("spg::policy", "protocol %1, not TCP, UDP or SCTP"), protocol);
    return {};
}

std::string addressConcern(std::string_view address, PolicyCategory& category)
{
    return addressConcernMessage(address, category).english();
}

std::string socketConcern(int domain, int type, int protocol, PolicyCategory& category)
{
    return socketConcernMessage(domain, type, protocol, category).english();
}

PolicyReport checkPolicy(const Scenario& scenario, const PolicyContext& context)
{
    PolicyReport report;
    report.allowed = context.allowed;
    for (const Step& step : scenario.steps)
        checkStep(step, report.findings);
    return report;
}

std::vector<std::string> formatRefusal(const PolicyReport& report, const std::string& file)
{
    std::vector<std::string> out;
    for (const PolicyFinding& f : report.findings) {
        const bool allowed = (report.allowed & f.category) != 0;
        out.push_back(file + ":" + std::to_string(f.line) + ":" + std::to_string(f.column) + ": "
                      + f.text + (allowed ? " [allowed by --allow " : " [needs --allow ")
                      + std::string(policyCategoryName(f.category)) + "]");
    }
    const std::string all = policyCategoriesText(report.categories());
    out.push_back("refused: nothing was run. This lab reaches past loopback and its scratch "
                  "folder; if you trust it, run it again with --allow "
                  + all + " (or --allow-all)");
    return out;
}

} // namespace spg::core
