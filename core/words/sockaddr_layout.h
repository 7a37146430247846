// The bytes of a struct sockaddr, field by field, as the course notes draw struct
// sockaddr_in: the family, the port in network byte order (htons(8080) is 1f 90), the
// address, sin_zero. For the address a call passed to the kernel or got back from it.
// Pure functions; any thread.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace spg::core {

struct SockaddrField {
    std::string name;    // "sin_port"
    std::size_t offset = 0;
    std::size_t length = 0;
    std::string meaning; // "htons(8080): network byte order, the high byte first"
};

// The fields of `bytes` (a sockaddr of `length` bytes) in the layout of its family on this
// system; bytes past the known fields come last as "(rest)". Empty for an empty address.
std::vector<SockaddrField> sockaddrLayout(const std::string& bytes);

// One line per field: "sin_port    1f 90                     htons(8080) ...".
std::string sockaddrDump(const std::string& bytes);

} // namespace spg::core
