// What bench_accept and its client process share: one page of counters in a memfd that the
// acceptor creates and the client maps, so the client never lets more connections wait in
// the accept queue than it can hold (an overflow would cost a 1 s SYN retransmission and
// measure the kernel's timer instead of the acceptor).
// Threading: the fields are atomics, written by one process and read by the other.
#pragma once

#include <atomic>
#include <cstdint>

namespace spg::bench {

struct AcceptShared {
    std::atomic<std::uint64_t> accepted { 0 };      // Written by the acceptor.
    std::atomic<std::uint64_t> opened { 0 };        // Written by the client.
    std::atomic<std::int64_t> firstConnectNs { 0 }; // CLOCK_MONOTONIC, by the client.
    std::atomic<int> clientFailed { 0 };            // errno of a failed connect, by the client.
};

static_assert(std::atomic<std::uint64_t>::is_always_lock_free, "shared across processes");

} // namespace spg::bench
