// The built-in demos: scenario files compiled into the program as Qt resources
// (:/demos/NAME.spg), each with the title from its "# title:" line.
// Any thread (reads resources only).
#pragma once

#include <QString>
#include <QStringList>

namespace spg::ui {

struct Demo {
    QString name;  // "tcp-server-client"
    QString title; // "TCP server and client: the seeds' flow"
    // Non-empty when this host cannot run it (kqueue-server on Linux): the parser's reason.
    QString unavailable;

    // The title as lists show it: "..., marked "macOS/BSD only" when it cannot run here.
    QString label() const;
};

QList<Demo> demos();
// The demo's text, or a null string when there is no such demo.
QString demoText(const QString& name);

} // namespace spg::ui
