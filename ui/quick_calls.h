// The one-click helpers: each is a chain of ordinary raw calls (every one is logged), such
// as socket + bind + listen for "TCP listener on 127.0.0.1:0". Pure builders.
#pragma once

#include "core/engine/commands.h"

#include <string>
#include <vector>

namespace spg::ui {

struct CallChain {
    core::Command first;
    std::vector<core::Command> rest;
};

CallChain tcpListenerChain(const std::string& address, int backlog);
CallChain tcpClientChain(int domain, const std::string& address);
CallChain udpSocketChain(const std::string& address);

} // namespace spg::ui
