// Text from the engine or a file, made safe to show: control bytes escaped as the log and
// stderr escape them (core::escapeControls), so a UNIX path holding ESC or a newline shows as
// \33 or \n and cannot break a row or a tooltip. And the core's messages in the window's
// language: the template translated, the values filled in as they are. GUI thread (the
// translators are installed there); displayText itself is pure.
#pragma once

#include "core/words/message.h"
#include "core/words/strace_format.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace spg::ui {

inline QString displayText(const std::string& text)
{
    return QString::fromStdString(core::escapeControls(text));
}

// The message's template translated (QCoreApplication::translate), then %1 %2 ... filled in
// one pass with its values, escaped as displayText escapes them; a value that is a sentence
// itself (Message::parts) is translated the same way.
inline QString translated(const core::Message& message)
{
    const QString text = QCoreApplication::translate(message.context, message.text);
    std::vector<std::string> args;
    args.reserve(message.args.size());
    for (const std::string& a : message.args)
        args.push_back(core::escapeControls(a));
    for (const core::Message::Part& part : message.parts)
        if (part.index < args.size())
            args[part.index] = translated(part.message).toStdString();
    return QString::fromStdString(core::Message::fillArguments(text.toStdString(), args));
}

// A note the engine wrote (a call's or a socket's): its template translated when it was given
// one, else its English as displayText shows it.
inline QString noteText(const std::string& note, const core::Message& what)
{
    return *what.text ? translated(what) : displayText(note);
}

// Several parts as one sentence, each translated.
inline QString translated(const std::vector<core::Message>& parts,
                          const QString& separator = QStringLiteral("; "))
{
    QStringList out;
    for (const core::Message& m : parts)
        out << translated(m);
    return out.join(separator);
}

} // namespace spg::ui
