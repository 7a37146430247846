// Small value types shared by every part of the engine.
// Plain data only: safe to copy between the worker thread and any other thread.
#pragma once

#include <chrono>
#include <cstdint>

namespace spg::core {

using SocketId = int;          // Engine-assigned, never reused within one engine's life.
using CommandId = std::uint64_t; // Assigned by Engine::submit, in submission order.
using ByteOffset = std::uint64_t; // Position in a socket's capture stream (both directions).

constexpr SocketId kNoSocket = -1;

using SteadyClock = std::chrono::steady_clock;
using WallClock = std::chrono::system_clock;

// Result of one system call, with errno captured immediately after it returned.
struct SysResult {
    long value = 0;
    int error = 0; // 0 on success, otherwise the errno value.

    bool ok() const { return value >= 0; }
};

enum class Direction : std::uint8_t { Sent, Received };

} // namespace spg::core
