// What the capture export needs from one engine session: the completed calls that move
// bytes or change a connection, each socket's addresses (the last known, kept past close())
// and its byte capture. Fed with the engine's events as they arrive, by whoever consumes
// them (the headless runner, the window's session). One thread at a time.
#pragma once

#include "core/engine/capture.h"
#include "core/engine/events.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace spg::pcap {

struct LoggedSocket {
    int domain = 0;
    int type = 0; // SOCK_STREAM, SOCK_DGRAM, ... without SOCK_NONBLOCK / SOCK_CLOEXEC
    core::SocketId parent = core::kNoSocket;
    // The last non-empty value each snapshot gave: close() empties them, the export still
    // needs them.
    std::string local;
    std::string peer;
    std::string tcpLocal;
    std::string tcpPeer;
    bool reset = false; // A call failed with ECONNRESET.
    std::uint64_t captureDropped = 0;
    std::shared_ptr<const core::Capture> capture;
};

class SessionLog {
public:
    // At most this many calls are kept; later ones are counted, not kept.
    static constexpr std::size_t kMaxCalls = 200000;

    void onEvent(const core::EngineEvent& event);
    // Takes each socket's capture from `captureOf` (Engine::capture, EngineBridge::capture);
    // call before the engine goes away.
    void adoptCaptures(
        const std::function<std::shared_ptr<const core::Capture>(core::SocketId)>& captureOf);
    void clear();

    const std::vector<core::CallRecord>& calls() const { return m_calls; }
    const std::map<core::SocketId, LoggedSocket>& sockets() const { return m_sockets; }
    std::uint64_t callsNotKept() const { return m_callsNotKept; }

private:
    std::vector<core::CallRecord> m_calls;
    std::map<core::SocketId, LoggedSocket> m_sockets;
    std::uint64_t m_callsNotKept = 0;
};

// Whether the export looks at a call of this kind at all.
bool exportKeeps(core::CallKind kind);

} // namespace spg::pcap
