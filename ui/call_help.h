// Each call's signature, help and label, from the call table (core/words/calls.h), as
// QStrings for tooltips, the form and menus. GUI thread.
#pragma once

#include "core/engine/commands.h"

#include <QString>

namespace spg::ui {

QString callHelp(core::CallKind kind);
QString callSignature(core::CallKind kind); // "int accept(int sockfd, struct sockaddr *addr, ...)"
QString callMenuText(core::CallKind kind);  // "fcntl O_NONBLOCK"
// How the log writes the call, from the table's template: "strace: bind(fd, addr, addrlen) = …"
QString callStraceForm(core::CallKind kind);

} // namespace spg::ui
