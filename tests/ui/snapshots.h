// A socket snapshot in one line, for the Sockets panel's tests: a TCP socket of `domain`
// with its lifecycle, addresses and listener (fd = id + 4, as a real run would number it).
#pragma once

#include "core/engine/events.h"

#include <sys/socket.h>

#include <string>

namespace spg::uitest {

inline core::SocketSnapshot snap(core::SocketId id, core::Lifecycle life, std::string local,
                                 std::string peer = {}, core::SocketId parent = core::kNoSocket,
                                 int domain = AF_INET)
{
    core::SocketSnapshot s;
    s.id = id;
    s.fd = id + 4;
    s.domain = domain;
    s.type = SOCK_STREAM;
    s.lifecycle = life;
    s.local = std::move(local);
    s.peer = std::move(peer);
    s.parent = parent;
    return s;
}

} // namespace spg::uitest
