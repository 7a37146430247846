// A first-in first-out row store for the capped models: rows live in fixed chunks that are
// recycled when the oldest rows are dropped, so appending a row allocates nothing once the
// store has reached its cap (std::deque allocates a node per row for rows over 512 bytes,
// like core::CallRecord, and frees it again when the row is dropped). Indexing is O(1);
// rows never move once stored; a dropped row's memory is reused, not freed (pop_front). GUI thread only, like the models that own it.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <deque>
#include <iterator>
#include <memory>
#include <utility>

namespace spg::ui {

template <typename T, std::size_t ChunkRows = 256>
class RowRing {
    static_assert(ChunkRows > 0 && (ChunkRows & (ChunkRows - 1)) == 0, "a power of two");

public:
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using value_type = T;
        using difference_type = std::ptrdiff_t;
        using pointer = const T*;
        using reference = const T&;

        const_iterator() = default;
        const_iterator(const RowRing* ring, std::size_t index) : m_ring(ring), m_index(index) {}
        reference operator*() const { return (*m_ring)[m_index]; }
        pointer operator->() const { return &(*m_ring)[m_index]; }
        reference operator[](difference_type n) const { return (*m_ring)[m_index + std::size_t(n)]; }
        const_iterator& operator++() { ++m_index; return *this; }
        const_iterator operator++(int) { const_iterator old = *this; ++m_index; return old; }
        const_iterator& operator--() { --m_index; return *this; }
        const_iterator operator--(int) { const_iterator old = *this; --m_index; return old; }
        const_iterator& operator+=(difference_type n) { m_index += std::size_t(n); return *this; }
        const_iterator& operator-=(difference_type n) { m_index -= std::size_t(n); return *this; }
        friend const_iterator operator+(const_iterator i, difference_type n) { return i += n; }
        friend const_iterator operator+(difference_type n, const_iterator i) { return i += n; }
        friend const_iterator operator-(const_iterator i, difference_type n) { return i -= n; }
        friend difference_type operator-(const const_iterator& a, const const_iterator& b)
        {
            return difference_type(a.m_index) - difference_type(b.m_index);
        }
        friend bool operator==(const const_iterator& a, const const_iterator& b) { return a.m_index == b.m_index; }
        friend auto operator<=>(const const_iterator& a, const const_iterator& b) { return a.m_index <=> b.m_index; }

    private:
        const RowRing* m_ring = nullptr;
        std::size_t m_index = 0;
    };

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }

    const T& operator[](std::size_t i) const { return slot(m_head + i); }
    T& operator[](std::size_t i) { return slot(m_head + i); }
    const T& front() const { return (*this)[0]; }
    const T& back() const { return (*this)[m_size - 1]; }
    const_iterator begin() const { return { this, 0 }; }
    const_iterator end() const { return { this, m_size }; }

    void push_back(T&& row)
    {
        const std::size_t at = m_head + m_size;
        if (at / ChunkRows == m_chunks.size())
            m_chunks.push_back(takeChunk());
        slot(at) = std::move(row);
        ++m_size;
    }

    // Drops the oldest `count` rows (at most size()). What a dropped row holds (strings,
    // vectors) is freed when its slot is written again or its chunk is freed, not at once:
    // resetting each row here would do the same work twice. The spare chunks hold at most
    // max(kSpareChunks, count / ChunkRows + 1) chunks of dropped rows.
    void pop_front(std::size_t count = 1)
    {
        count = std::min(count, m_size);
        // A store that drops n rows at its cap is about to take about n new ones: keep that
        // many chunks for them (freeing and allocating them again is most of the cost).
        const std::size_t keep = std::max(kSpareChunks, count / ChunkRows + 1);
        m_head += count;
        m_size -= count;
        while (m_head >= ChunkRows) {
            giveChunk(std::move(m_chunks.front()), keep);
            m_chunks.pop_front();
            m_head -= ChunkRows;
        }
        if (m_size == 0 && !m_chunks.empty()) { // the chunk being filled starts over too
            giveChunk(std::move(m_chunks.front()), keep);
            m_chunks.pop_front();
            m_head = 0;
        }
    }

    void clear()
    {
        m_chunks.clear();
        m_spare.clear();
        m_head = 0;
        m_size = 0;
    }

private:
    using Chunk = std::unique_ptr<T[]>;

    T& slot(std::size_t at) { return m_chunks[at / ChunkRows][at % ChunkRows]; }
    const T& slot(std::size_t at) const { return m_chunks[at / ChunkRows][at % ChunkRows]; }

    Chunk takeChunk()
    {
        if (m_spare.empty())
            return std::make_unique<T[]>(ChunkRows);
        Chunk chunk = std::move(m_spare.front()); // the oldest first: every spare is reused
        m_spare.pop_front();
        return chunk;
    }

    // Emptied chunks wait for reuse, up to `keep` of them; more would only hold memory.
    void giveChunk(Chunk chunk, std::size_t keep)
    {
        if (m_spare.size() < keep)
            m_spare.push_back(std::move(chunk));
    }

public:
    static constexpr std::size_t kSpareChunks = 4;

private:
    std::deque<Chunk> m_chunks;
    std::deque<Chunk> m_spare;
    std::size_t m_head = 0; // the oldest row's slot in m_chunks.front()
    std::size_t m_size = 0;
};

} // namespace spg::ui
