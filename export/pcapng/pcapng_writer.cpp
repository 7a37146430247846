// Every number is written little-endian; the section header's byte-order magic tells
// readers so, whatever host wrote the file.
#include "export/pcapng/pcapng_writer.h"

#include <algorithm>

namespace spg::pcap {

namespace {

constexpr std::uint32_t kSectionHeader = 0x0A0D0D0A;
constexpr std::uint32_t kInterfaceDescription = 0x00000001;
constexpr std::uint32_t kEnhancedPacket = 0x00000006;
constexpr std::uint16_t kOptEnd = 0;
constexpr std::uint16_t kOptComment = 1;
constexpr std::uint16_t kShbUserAppl = 4;
constexpr std::uint16_t kIfName = 2;
constexpr std::uint16_t kIfDescription = 3;
constexpr std::uint16_t kIfTsresol = 9;
// An option's value is at most 65535 bytes; longer comments are cut (on a UTF-8 boundary).
constexpr std::size_t kMaxOption = 65532;

std::string fitOption(const std::string& text)
{
    if (text.size() <= kMaxOption)
        return text;
    std::size_t n = kMaxOption;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80)
        --n;
    return text.substr(0, n);
}

} // namespace

void PcapngWriter::put16(std::uint16_t v)
{
    m_out.push_back(static_cast<char>(v & 0xff));
    m_out.push_back(static_cast<char>(v >> 8));
}

void PcapngWriter::put32(std::uint32_t v)
{
    put16(static_cast<std::uint16_t>(v & 0xffff));
    put16(static_cast<std::uint16_t>(v >> 16));
}

void PcapngWriter::pad()
{
    m_out.append(padded(m_out.size()) - m_out.size(), '\0');
}

void PcapngWriter::beginBlock(std::uint32_t type)
{
    m_blockStart = m_out.size();
    put32(type);
    put32(0); // the total length, filled in by endBlock()
}

void PcapngWriter::endBlock()
{
    const auto total = static_cast<std::uint32_t>(m_out.size() - m_blockStart + 4);
    put32(total);
    for (int i = 0; i < 4; ++i)
        m_out[m_blockStart + 4 + i] = static_cast<char>((total >> (8 * i)) & 0xff);
}

void PcapngWriter::option(std::uint16_t code, const void* data, std::size_t length)
{
    put16(code);
    put16(static_cast<std::uint16_t>(length));
    m_out.append(static_cast<const char*>(data), length);
    pad();
}

void PcapngWriter::endOptions()
{
    put16(kOptEnd);
    put16(0);
}

void PcapngWriter::sectionHeader(const std::vector<std::string>& comments,
                                 const std::string& application)
{
    beginBlock(kSectionHeader);
    put32(0x1A2B3C4D); // byte-order magic
    put16(1);          // major version
    put16(0);          // minor version
    put32(0xFFFFFFFF); // section length: not given
    put32(0xFFFFFFFF);
    for (const std::string& c : comments) {
        const std::string text = fitOption(c);
        option(kOptComment, text.data(), text.size());
    }
    const std::string app = fitOption(application);
    option(kShbUserAppl, app.data(), app.size());
    endOptions();
    endBlock();
}

std::uint32_t PcapngWriter::interface(std::uint16_t linkType, const std::string& name,
                                      const std::string& description)
{
    beginBlock(kInterfaceDescription);
    put16(linkType);
    put16(0); // reserved
    put32(0); // snaplen: no limit
    option(kIfName, name.data(), std::min(name.size(), kMaxOption));
    option(kIfDescription, description.data(), std::min(description.size(), kMaxOption));
    const unsigned char nanoseconds = 9;
    option(kIfTsresol, &nanoseconds, 1);
    endOptions();
    endBlock();
    return m_interfaces++;
}

void PcapngWriter::packet(std::uint32_t interfaceId, std::uint64_t timeNs,
                          const std::vector<unsigned char>& frame, const std::string& comment)
{
    beginBlock(kEnhancedPacket);
    put32(interfaceId);
    put32(static_cast<std::uint32_t>(timeNs >> 32));
    put32(static_cast<std::uint32_t>(timeNs & 0xffffffffu));
    put32(static_cast<std::uint32_t>(frame.size())); // captured length
    put32(static_cast<std::uint32_t>(frame.size())); // original length
    m_out.append(reinterpret_cast<const char*>(frame.data()), frame.size());
    pad();
    if (!comment.empty()) {
        const std::string text = fitOption(comment);
        option(kOptComment, text.data(), text.size());
        endOptions();
    }
    endBlock();
    ++m_packets;
}

} // namespace spg::pcap
