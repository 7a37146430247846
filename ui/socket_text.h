// Words for socket facts: "TCP over IPv4", "listening · LISTEN", "blocking · auto-accept".
// Pure functions over core snapshots; used by the Sockets panel, tooltips and menus.
#pragma once

#include "core/engine/events.h"

#include <QString>

namespace spg::ui {

QString socketKind(const core::SocketSnapshot& s);  // "TCP/IPv4", "UDP/IPv6", "UNIX stream"
QString socketState(const core::SocketSnapshot& s); // "connected · ESTABLISHED · write shut"
QString socketMode(const core::SocketSnapshot& s);  // "blocking · auto-receive · echo"
QString socketLabel(const core::SocketSnapshot& s); // "#3 fd 7"
// An epoll instance's interest list: "#2 EPOLLIN; #3 EPOLLIN|EPOLLET".
QString interestText(const core::SocketSnapshot& s);
QString readyText(unsigned ready);                  // "readable, writable"
QString queueText(const core::SocketSnapshot& s);   // "queue 3 / backlog 2"
// The port of an address as the engine writes it ("8080" of "[::1]:8080"); empty without one.
std::string portOfAddress(const std::string& address);

} // namespace spg::ui
