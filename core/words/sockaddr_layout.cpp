// Field offsets come from the system's own structs (offsetof), so the layout is right on
// Linux (a 2-byte family) and on the BSDs and macOS (sin_len, then a 1-byte family).
#include "core/words/sockaddr_layout.h"

#include <arpa/inet.h>
#include <cstdio>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>

namespace spg::core {

namespace {

std::string hexBytes(const std::string& bytes, std::size_t offset, std::size_t length)
{
    std::string out;
    for (std::size_t i = offset; i < offset + length && i < bytes.size(); ++i) {
        char h[4];
        std::snprintf(h, sizeof h, "%02x", static_cast<unsigned char>(bytes[i]));
        out += (out.empty() ? "" : " ") + std::string(h);
    }
    return out;
}

std::uint16_t netShort(const std::string& bytes, std::size_t at)
{
    return static_cast<std::uint16_t>((static_cast<unsigned char>(bytes[at]) << 8)
                                      | static_cast<unsigned char>(bytes[at + 1]));
}

// The family field and, on the BSDs, the length byte before it.
void familyFields(std::vector<SockaddrField>& out, const char* prefix, std::size_t familyAt,
                  std::size_t familySize, int family)
{
    if (familyAt > 0)
        out.push_back({ std::string(prefix) + "_len", 0, familyAt, "the struct's length (BSD)" });
    const char* name = family == AF_INET ? "AF_INET" : family == AF_INET6 ? "AF_INET6"
        : family == AF_UNIX              ? "AF_UNIX"
                                         : "?";
    out.push_back({ std::string(prefix) + "_family", familyAt, familySize,
                    std::string(name) + " (" + std::to_string(family)
                        + "), in host byte order: it never goes on the wire" });
}

std::string portMeaning(std::uint16_t port)
{
    return "htons(" + std::to_string(port)
        + "): network byte order, the high byte first" + (port == 0 ? " (0: the kernel picks)" : "");
}

void inetFields(const std::string& b, std::vector<SockaddrField>& out)
{
    familyFields(out, "sin", offsetof(sockaddr_in, sin_family), sizeof(sockaddr_in::sin_family), AF_INET);
    const std::size_t port = offsetof(sockaddr_in, sin_port);
    const std::size_t addr = offsetof(sockaddr_in, sin_addr);
    const std::size_t zero = offsetof(sockaddr_in, sin_zero);
    char text[INET_ADDRSTRLEN] = "?";
    if (b.size() >= addr + 4)
        inet_ntop(AF_INET, b.data() + addr, text, sizeof text);
    if (b.size() >= port + 2)
        out.push_back({ "sin_port", port, 2, portMeaning(netShort(b, port)) });
    out.push_back({ "sin_addr", addr, 4, std::string(text) + ": network byte order" });
    out.push_back({ "sin_zero", zero, sizeof(sockaddr_in::sin_zero), "padding to the size of struct sockaddr; zeros" });
}

void inet6Fields(const std::string& b, std::vector<SockaddrField>& out)
{
    familyFields(out, "sin6", offsetof(sockaddr_in6, sin6_family), sizeof(sockaddr_in6::sin6_family), AF_INET6);
    const std::size_t port = offsetof(sockaddr_in6, sin6_port);
    const std::size_t addr = offsetof(sockaddr_in6, sin6_addr);
    char text[INET6_ADDRSTRLEN] = "?";
    if (b.size() >= addr + 16)
        inet_ntop(AF_INET6, b.data() + addr, text, sizeof text);
    if (b.size() >= port + 2)
        out.push_back({ "sin6_port", port, 2, portMeaning(netShort(b, port)) });
    out.push_back({ "sin6_flowinfo", offsetof(sockaddr_in6, sin6_flowinfo), 4, "flow label: 0 unless set" });
    out.push_back({ "sin6_addr", addr, 16, std::string(text) + ": network byte order" });
    out.push_back({ "sin6_scope_id", offsetof(sockaddr_in6, sin6_scope_id), 4,
                    "the interface of a link-local address (host byte order)" });
}

void unixFields(const std::string& b, std::vector<SockaddrField>& out)
{
    familyFields(out, "sun", offsetof(sockaddr_un, sun_family), sizeof(sockaddr_un::sun_family), AF_UNIX);
    const std::size_t path = offsetof(sockaddr_un, sun_path);
    if (b.size() <= path) {
        out.push_back({ "sun_path", path, 0, "empty: an unnamed socket" });
        return;
    }
    const bool abstract = b[path] == '\0';
    out.push_back({ "sun_path", path, b.size() - path,
                    abstract ? "a leading NUL: a Linux abstract name, no file"
                             : "a file system path; the length counts its bytes" });
}

} // namespace

std::vector<SockaddrField> sockaddrLayout(const std::string& bytes)
{
    std::vector<SockaddrField> out;
    if (bytes.size() < offsetof(sockaddr, sa_family) + sizeof(sockaddr::sa_family))
        return out;
    sa_family_t family = 0;
    std::memcpy(&family, bytes.data() + offsetof(sockaddr, sa_family), sizeof family);
    if (family == AF_INET)
        inetFields(bytes, out);
    else if (family == AF_INET6)
        inet6Fields(bytes, out);
    else if (family == AF_UNIX)
        unixFields(bytes, out);
    else
        familyFields(out, "sa", offsetof(sockaddr, sa_family), sizeof(sockaddr::sa_family), family);
    std::size_t end = 0;
    for (SockaddrField& f : out) {
        f.length = f.offset >= bytes.size() ? 0 : std::min(f.length, bytes.size() - f.offset);
        end = std::max(end, f.offset + f.length);
    }
    if (end < bytes.size())
        out.push_back({ "(rest)", end, bytes.size() - end, "bytes past the fields above" });
    return out;
}

std::string sockaddrDump(const std::string& bytes)
{
    std::string out;
    for (const SockaddrField& f : sockaddrLayout(bytes)) {
        std::string line = f.name;
        line.resize(std::max<std::size_t>(line.size() + 1, 15), ' ');
        std::string hex = f.length > 16 ? hexBytes(bytes, f.offset, 16) + " ..." : hexBytes(bytes, f.offset, f.length);
        hex.resize(std::max<std::size_t>(hex.size() + 1, 50), ' ');
        out += line + hex + f.meaning + "\n";
    }
    return out;
}

} // namespace spg::core
