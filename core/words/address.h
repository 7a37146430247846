// Socket addresses as users type them and as strace prints them.
// Text forms: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/path/sock,
// unix:@name (Linux abstract), host:port (resolved later), port 0 allowed.
// Pure functions, callable from any thread; only resolveHost() may block.
#pragma once

#include "core/words/message.h"
#include <algorithm>
#include <cstdint>

#include <string>
#include <string_view>
#include <sys/socket.h>

namespace spg::core {

// A kernel-ready sockaddr plus the length to pass with it.
struct SockAddr {
    sockaddr_storage storage {};
    socklen_t length = 0;

    int family() const { return length ? storage.ss_family : AF_UNSPEC; }
    const sockaddr* get() const { return reinterpret_cast<const sockaddr*>(&storage); }
    sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
    // The struct as bytes, exactly `length` of them (for the record's sockaddr view).
    std::string bytes() const
    {
        return std::string(reinterpret_cast<const char*>(&storage),
                           std::min<std::size_t>(length, sizeof storage));
    }
};

// A parsed endpoint. Either `addr` is ready, or `host` names a host that must be resolved
// with resolveHost() before the call is made.
struct Endpoint {
    SockAddr addr;
    std::string host; // Non-empty only when a name lookup is still needed.
    std::uint16_t port = 0;

    bool needsResolve() const { return !host.empty(); }
    // True for 0.0.0.0 and :: : binding there exposes the socket on every interface.
    bool isWildcard() const;
};

struct AddressParse {
    Endpoint endpoint;
    std::string error; // Empty on success; otherwise names the wrong part of the input.
    Message message;   // The same, as a template and its values for the window to translate.

    bool ok() const { return error.empty(); }
};

AddressParse parseAddress(std::string_view text);

// Blocking name lookup (getaddrinfo). `familyHint` is AF_INET, AF_INET6 or AF_UNSPEC.
// Returns an empty string on success and fills `out`, otherwise the resolver's message.
std::string resolveHost(const std::string& host, std::uint16_t port, int familyHint, SockAddr& out);

// "127.0.0.1:8080", "[::1]:8080", "unix:/tmp/s", "unix:@name", "unix:(unnamed)".
std::string formatAddress(const SockAddr& addr);
std::string formatAddress(const sockaddr* sa, socklen_t len);

// strace rendering: {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}
std::string straceSockaddr(const sockaddr* sa, socklen_t len);

std::string familyName(int family); // "AF_INET"
std::string socketTypeName(int type); // "SOCK_STREAM"

} // namespace spg::core
