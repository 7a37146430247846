// The pcapng file format (draft-ietf-opsawg-pcapng): a section header, interface
// descriptions and enhanced packet blocks, each with its options and 32-bit padding. Only
// what the capture export writes. Plain values; one writer per thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace spg::pcap {

// Link types (https://www.tcpdump.org/linktypes.html).
constexpr std::uint16_t kLinkEthernet = 1;

// Block lengths are padded to a multiple of 4 bytes.
constexpr std::size_t padded(std::size_t length)
{
    return (length + 3) & ~std::size_t(3);
}

class PcapngWriter {
public:
    // The section header block: one opt_comment per comment, and shb_userappl.
    void sectionHeader(const std::vector<std::string>& comments, const std::string& application);
    // An interface description block with nanosecond timestamps (if_tsresol 9); returns its
    // interface id (0, 1, ...).
    std::uint32_t interface(std::uint16_t linkType, const std::string& name,
                            const std::string& description);
    // An enhanced packet block with an opt_comment (none when empty); `timeNs` counts from
    // the Unix epoch.
    void packet(std::uint32_t interfaceId, std::uint64_t timeNs,
                const std::vector<unsigned char>& frame, const std::string& comment);

    const std::string& bytes() const { return m_out; }
    std::size_t packets() const { return m_packets; }

private:
    void beginBlock(std::uint32_t type);
    void endBlock();
    void option(std::uint16_t code, const void* data, std::size_t length);
    void endOptions();
    void put16(std::uint16_t v);
    void put32(std::uint32_t v);
    void pad();

    std::string m_out;
    std::size_t m_blockStart = 0;
    std::uint32_t m_interfaces = 0;
    std::size_t m_packets = 0;
};

} // namespace spg::pcap
