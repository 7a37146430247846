// Writing C text: string literals, comments, identifiers, wrapped statements, and the
// statements that fill in a call's address the way the seeds' notes do (a struct
// sockaddr_in with htons and inet_pton, a sockaddr_un with its path, getaddrinfo for names).
#include "export/scenario_export.h"

#include "core/words/address.h"
#include "core/words/strace_format.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cstddef>
#include <cstring>
#include <netinet/in.h>
#include <set>
#include <sstream>
#include <sys/un.h>

namespace spg::core::c_export {

namespace {

// Every name the program itself uses (C keywords, libc and its helpers, the blocks' own
// variables): a socket named like one of them gets a prefix.
const char* const kReserved =
    "auto break case char const continue default do double else enum extern float for "
    "goto if inline int long register restrict return short signed sizeof static struct "
    "switch typedef union unsigned void volatile while bool true false main errno r n "
    "len addr buf value flags peer from msg iov hints res rc p ts sv got named count arg "
    "job socket socketpair bind listen accept connect send recv sendto recvfrom sendmsg "
    "recvmsg shutdown close setsockopt getsockopt getsockname getpeername fcntl ioctl "
    "poll printf perror exit free malloc memset memcpy strcpy strlen htons inet_pton "
    "nanosleep stdout text scratch escape fail holds track lifecycle print_call "
    "no_sigpipe errno_names outcome_text bytes_text sockaddr_text address_text "
    "msg_flags_text file_flags_text flags_text iov_text tcp_state relation_text relation "
    "expect_result expect_errno expect_bytes expect_value expect_state expect_queue "
    "flag_name EQ NE LT LE GT GE NOSIGNAL E getaddrinfo freeaddrinfo gai_strerror "
    "if_nametoindex setvbuf offsetof memcmp strcat strcmp ntohs pthread_t saved";

} // namespace

std::string num(long n)
{
    return std::to_string(n);
}

std::string cArray(const char* type, const std::string& items)
{
    return items.empty() ? std::string("NULL")
                         : "(const " + std::string(type) + "[]){ " + items + " }";
}

std::string cRelation(Relation r)
{
    static const char* const names[] = { "EQ", "NE", "LT", "LE", "GT", "GE" };
    return names[static_cast<int>(r)];
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
        s.replace(at, from.size(), to);
    return s;
}

std::string pct(const std::string& s)
{
    return replaceAll(s, "%", "%%");
}

bool blockingCall(CallKind k)
{
    const CallSpec& spec = callSpec(k);
    // poll() and select() never run in a thread: they are given a timeout instead.
    return spec.blocks != Blocks::Never && spec.blocks != Blocks::UntilReady;
}

std::string cLiteral(std::string_view bytes)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n' || c == '\r' || c == '\t')
            out += c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t";
        else if (c == '"' || c == '\\')
            out += { '\\', static_cast<char>(c) };
        else if (c == '?' && i > 0 && bytes[i - 1] == '?')
            out += "\\?";
        else if (c >= 0x20 && c < 0x7f && c != '$') // '$' starts the generator's placeholders
            out += static_cast<char>(c);
        else // Octal, always three digits: a hex escape would swallow a following hex digit.
            out += { '\\', static_cast<char>('0' + (c >> 6)),
                     static_cast<char>('0' + ((c >> 3) & 7)), static_cast<char>('0' + (c & 7)) };
    }
    return out + "\"";
}

std::string cComment(const std::string& raw, const std::string& indent)
{
    std::string text;
    for (char c : raw)
        text += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    for (const char* bad : { "*/", "/*", "??" })
        for (std::size_t at; (at = text.find(bad)) != std::string::npos;)
            text.insert(at + 1, " ");
    std::string out;
    std::string line;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find(' ', start), text.size());
        const std::string word = text.substr(start, end - start);
        start = end + 1;
        if (!line.empty() && indent.size() + line.size() + word.size() > 88) {
            out += indent + (out.empty() ? "/* " : " * ") + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
    }
    return out.empty() ? indent + "/* " + line + " */\n" : out + indent + " * " + line + " */\n";
}

std::string wrapStatement(const std::string& line, std::size_t indent)
{
    const std::size_t open = line.find('(');
    if (indent + line.size() <= 100 || open == std::string::npos || line.back() != ';')
        return line;
    // Split the call's arguments at the commas outside quotes and brackets.
    std::vector<std::string> parts;
    int depth = 0;
    bool quoted = false;
    std::size_t from = 0;
    for (std::size_t i = open + 1; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '\\')
            ++i;
        else if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '(' || c == '[' || c == '{'))
            ++depth;
        else if (!quoted && (c == ')' || c == ']' || c == '}'))
            --depth;
        else if (!quoted && depth == 0 && c == ',') {
            parts.push_back(line.substr(from, i + 1 - from));
            from = i + 2;
        }
    }
    parts.push_back(line.substr(from));
    const std::string margin(indent + open + 1, ' ');
    std::string out = parts[0];
    std::size_t column = indent + out.size();
    for (std::size_t i = 1; i < parts.size(); ++i) {
        if (column + 1 + parts[i].size() > 100) {
            out += "\n" + margin + parts[i];
            column = margin.size() + parts[i].size();
        } else {
            out += " " + parts[i];
            column += 1 + parts[i].size();
        }
    }
    return out;
}

std::string cName(const std::string& name)
{
    std::set<std::string> reserved;
    std::istringstream words(kReserved);
    for (std::string w; words >> w;)
        reserved.insert(w);
    const bool macroLike = std::none_of(name.begin(), name.end(), [](char c) {
        return std::islower(static_cast<unsigned char>(c));
    });
    const bool clash = reserved.count(name) || macroLike || name.rfind("job_", 0) == 0
        || name.rfind("part", 0) == 0 || name.rfind("saved_", 0) == 0 || name[0] == '_';
    return clash ? "sock_" + name : name;
}

Addr addressCode(const Step& s, const CallContext& context, std::uint64_t& helpers)
{
    Addr a;
    const std::string L = num(s.line);
    a.sa = "(struct sockaddr *)&addr";
    a.len = "len";
    if (s.address.isRef()) {
        const std::string& n = s.address.socket;
        const std::string which = s.address.peer ? "peer" : "local";
        const std::string v = "saved_" + n + "_" + which;
        const bool kept = context.refKept;
        a.lines = { "struct sockaddr_storage addr; /* " + n + "." + which + " */",
                    kept ? "socklen_t len = " + v + "_len; /* kept before " + n + " was closed */"
                         : "socklen_t len = sizeof addr;" };
        if (kept)
            a.lines.push_back("memcpy(&addr, &" + v + ", len);");
        a.lines.push_back(kept ? "if (len == 0)"
                               : "if (get" + std::string(s.address.peer ? "peer" : "sock") + "name("
                                  + context.refSocket + ", (struct sockaddr *)&addr, &len) < 0)");
        a.lines.push_back("    fail(" + L + ", "
                          + cLiteral(pct(n + "." + which + " is not known: " + n + " has no "
                                         + which + " address yet"))
                          + ");");
        helpers |= HelperFail;
        return a;
    }
    const AddressParse p = parseAddress(s.address.literal);
    const SockAddr& sa = p.endpoint.addr;
    const std::string port = num(p.endpoint.port);
    char ip[INET6_ADDRSTRLEN] = "";
    if (p.endpoint.needsResolve()) {
        const int domain = context.domain;
        const std::string why = "cannot resolve \"" + s.address.literal + "\": ";
        if (domain != AF_INET && domain != AF_INET6 && domain != AF_UNSPEC) {
            a.refused =
                why + "a host name needs an AF_INET or AF_INET6 socket, not " + familyName(domain);
        } else {
            a.lines = { "struct addrinfo hints, *res;",
                        "memset(&hints, 0, sizeof hints);",
                        "hints.ai_family = "
                            + (domain == AF_UNSPEC ? "AF_UNSPEC" : domainSymbol(domain)) + ";",
                        "hints.ai_socktype = SOCK_STREAM;",
                        "hints.ai_flags = AI_NUMERICSERV;",
                        "int rc = getaddrinfo(" + cLiteral(p.endpoint.host) + ", \"" + port
                            + "\", &hints, &res);",
                        "if (rc != 0) {",
                        "    printf(\"%s%s\\n\", "
                            + cLiteral(std::string(callName(s.call)) + "(...) not made: " + why)
                            + ", gai_strerror(rc));",
                        "    fail(" + L + ", \"%s%s\", "
                            + cLiteral("the call could not be made: " + why)
                            + ", gai_strerror(rc));",
                        "}" };
            a.sa = "res->ai_addr";
            a.len = "res->ai_addrlen";
            a.cleanup = { "freeaddrinfo(res);" };
            helpers |= HelperFail;
        }
        return a;
    }
    auto fill = [&](const std::string& type, const std::string& family) {
        a.lines = { "struct " + type + " addr;", "memset(&addr, 0, sizeof addr);",
                    "addr." + family + " = " + familyName(sa.family()) + ";" };
        a.len = "sizeof addr";
    };
    if (sa.family() == AF_INET) {
        sockaddr_in in {};
        std::memcpy(&in, &sa.storage, sizeof in);
        fill("sockaddr_in", "sin_family");
        a.lines.push_back("addr.sin_port = htons(" + port + ");");
        a.lines.push_back("inet_pton(AF_INET, \""
                          + std::string(inet_ntop(AF_INET, &in.sin_addr, ip, sizeof ip))
                          + "\", &addr.sin_addr);");
    } else if (sa.family() == AF_INET6) {
        sockaddr_in6 in6 {};
        std::memcpy(&in6, &sa.storage, sizeof in6);
        fill("sockaddr_in6", "sin6_family");
        a.lines.push_back("addr.sin6_port = htons(" + port + ");");
        a.lines.push_back("inet_pton(AF_INET6, \""
                          + std::string(inet_ntop(AF_INET6, &in6.sin6_addr, ip, sizeof ip))
                          + "\", &addr.sin6_addr);");
        const std::string& t = s.address.literal;
        const std::size_t pc = t.find('%');
        if (pc != std::string::npos) {
            const std::string scope = t.substr(pc + 1, t.find(']') - pc - 1);
            a.lines.push_back("addr.sin6_scope_id = "
                              + (scope.find_first_not_of("0123456789") == std::string::npos
                                     ? scope
                                     : "if_nametoindex(" + cLiteral(scope) + ")")
                              + ";");
        }
    } else {
        sockaddr_un un {};
        std::memcpy(&un, &sa.storage, sizeof un);
        const std::size_t room = sa.length - offsetof(sockaddr_un, sun_path);
        fill("sockaddr_un", "sun_family");
        a.len = "len";
        if (un.sun_path[0] != '\0') {
            a.lines.insert(a.lines.end(),
                           { "strcpy(addr.sun_path, "
                                 + cLiteral(std::string(un.sun_path, strnlen(un.sun_path, room)))
                                 + ");",
                             "socklen_t len = offsetof(struct sockaddr_un, sun_path) + "
                             "strlen(addr.sun_path) + 1;" });
        } else {
            const std::string n = num(static_cast<long>(room - 1));
            a.lines.push_back("memcpy(addr.sun_path + 1, "
                              + cLiteral(std::string(un.sun_path + 1, room - 1)) + ", " + n
                              + "); /* abstract (Linux): a NUL, then the name */");
            a.lines.push_back("socklen_t len = offsetof(struct sockaddr_un, sun_path) + 1 + " + n
                              + ";");
        }
    }
    return a;
}

} // namespace spg::core::c_export
