// Introspection of one socket: addresses, TCP state, queue sizes, accept-queue length.
// The platform's ways of asking are in the syscall seam (sys::readTcpInfo and friends).
// Called on the engine's worker thread (it owns the fd).
#pragma once

#include "core/engine/events.h"
#include "core/words/address.h"

namespace spg::core {

struct SocketIntrospection {
    std::string local;
    std::string peer;
    SockAddr localAddr; // the same two as the kernel returned them (length 0 if it did not)
    SockAddr peerAddr;
    bool localIsWildcard = false;
    TcpState tcpState = TcpState::None;
    long receiveQueued = -1;
    long receiveBuffer = -1;
    long sendQueued = -1;
    long sendBuffer = -1;
    int acceptQueue = -1; // -1 when the platform cannot tell (see kqueue data on macOS)
    int acceptLimit = -1;
};

// `acceptedPeer`: the address accept() returned for this connection, if no call has been
// made on it since. A TCP connection that is neither CLOSED nor SYN_SENT answers
// getpeername() with that same address, so the read takes accept()'s answer instead of
// asking again (the state is read first to know).
SocketIntrospection introspect(int fd, int domain, int type, int protocol,
                               const SockAddr* acceptedPeer = nullptr);

} // namespace spg::core
