// What every harness in tests/fuzz shares: a check that aborts with a message (so libFuzzer
// saves the input as a crash), and a small reader that turns the fuzzer's bytes into values.
// Harnesses run one input at a time, on one thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <algorithm>
#include <string>
#include <string_view>

// Aborts with the failed condition and a detail, the way a crash would be reported: libFuzzer
// and the corpus replay both treat an abort as a finding.
#define SPG_FUZZ_CHECK(cond, detail)                                                         \
    do {                                                                                     \
        if (!(cond)) {                                                                       \
            std::fprintf(stderr, "fuzz check failed: %s\n  at %s:%d\n  %s\n", #cond,         \
                         __FILE__, __LINE__, std::string(detail).c_str());                   \
            std::abort();                                                                    \
        }                                                                                    \
    } while (0)

namespace spg::fuzz {

// Reads values off the front of the input, and answers 0 / empty once it runs out, so every
// input means something. (clang's FuzzedDataProvider does this too, but gcc has no copy of it
// and the corpus replay in the normal suite is built by gcc.)
class Bytes {
public:
    Bytes(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) { }

    bool empty() const { return m_pos >= m_size; }
    std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    std::uint32_t u32()
    {
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i)
            v = (v << 8) | byte();
        return v;
    }
    std::uint32_t below(std::uint32_t n) { return n ? byte() % n : 0; } // small choices
    // A string of up to `max` bytes, its length read first.
    std::string text(std::size_t max)
    {
        std::size_t n = byte() % (max + 1);
        n = n < m_size - std::min(m_pos, m_size) ? n : m_size - std::min(m_pos, m_size);
        std::string out(reinterpret_cast<const char*>(m_data + m_pos), n);
        m_pos += n;
        return out;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return std::string_view(reinterpret_cast<const char*>(data), size);
}

} // namespace spg::fuzz
