// The man page socket-playground(1), made from the same text as --help (usage()) so the two
// cannot drift apart: the hidden option --help-man prints it, and the build writes it to
// socket-playground.1. Pure text work, no threads.
#pragma once

#include <QString>

namespace spg::app {

// usage() as roff (man macros): SYNOPSIS from its Usage lines, OPTIONS from its option
// table (one .TP entry per option line, in order), the paragraphs after it as they are.
QString manPage(const QString& usageText, const QString& version, const QString& date);

} // namespace spg::app
