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
};

QList<Demo> demos();
// The demo's text, or a null string when there is no such demo.
QString demoText(const QString& name);

} // namespace spg::ui
