// The file is written whole or not at all (QSaveFile): a bad log leaves no half scenario.
#include "strace_import_command.h"

#include "core/words/strace_format.h"
#include "import/strace_import.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cstdio>

namespace spg::app {

namespace {

void say(const std::string& text)
{
    std::fprintf(stderr, "%s\n", core::escapeControls(text).c_str());
}

} // namespace

int importStraceCommand(const QString& logPath, const QString& outPath)
{
    const std::string logName = logPath.toStdString();
    QFile in(logPath);
    if (!in.open(QIODevice::ReadOnly)) {
        say(logName + ": " + in.errorString().toStdString());
        return 2;
    }
    constexpr qint64 kMaxLog = 64ll << 20; // A lab's log; a larger file is not one.
    if (in.size() > kMaxLog) {
        say(logName + ": larger than 64 MiB; trace a shorter run");
        return 2;
    }
    const QByteArray bytes = in.readAll();
    const straceimport::ImportResult r = straceimport::importStraceLog(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        QFileInfo(logPath).fileName().toStdString());
    if (!r.ok()) {
        say(r.formatError(logName));
        say("nothing written: expected the output of strace -f -yy -s 4096 -o LOG "
            "-e trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl "
            "PROGRAM");
        return 2;
    }
    for (const straceimport::ImportNote& n : r.notes)
        say(logName + ":" + std::to_string(n.line) + ": " + n.text);
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(r.scenario.data(), static_cast<qint64>(r.scenario.size()))
            != static_cast<qint64>(r.scenario.size())
        || !out.commit()) {
        say(outPath.toStdString() + ": " + out.errorString().toStdString());
        return 2;
    }
    say("imported " + logName + ": " + std::to_string(r.calls) + " calls, "
        + std::to_string(r.commented) + " lines commented, written to " + outPath.toStdString());
    return 0;
}

} // namespace spg::app
