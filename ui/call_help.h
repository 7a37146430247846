// Short, man-page-like explanations of each call, shown as tooltips. Pure data.
#pragma once

#include "core/engine/commands.h"

#include <QString>

namespace spg::ui {

QString callHelp(core::CallKind kind);
QString callSignature(core::CallKind kind); // "int accept(int sockfd, struct sockaddr *addr, ...)"

} // namespace spg::ui
