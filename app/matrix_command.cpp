// The matrix on the command line: the engine's answers in a temporary directory (UNIX
// paths), rendered by core's matrixMarkdown().
#include "matrix_command.h"

#include "matrix/matrix.h"

#include <QTemporaryDir>
#include <cstdio>

namespace spg::app {

int printMatrix(const QString& backendName, const QString& family)
{
    core::Backend backend = core::defaultBackend();
    if (!backendName.isEmpty())
        core::backendFromName(backendName.toStdString(), backend);
    std::vector<core::MatrixCell> cells;
    for (core::MatrixCell& c : core::matrixCells())
        if (family.isEmpty() || core::familyName(c.family) == family.toStdString())
            cells.push_back(std::move(c));
    if (cells.empty()) {
        std::fprintf(stderr,
                     "socket-playground: no matrix family \"%s\"; try tcp, udp, "
                     "unix-stream or unix-dgram\n",
                     qPrintable(family));
        return 2;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "socket-playground: cannot make a temporary directory\n");
        return 1;
    }
    const std::string backendText(core::backendName(backend));
    std::fprintf(stderr, "running %zu cells through the engine (%s backend)...\n", cells.size(),
                 backendText.c_str());
    const core::MatrixRun run = core::runMatrix(cells, backend, dir.path().toStdString());
    const std::string heading =
        "What each call returns in each state, on this machine (" + backendText + " backend)";
    std::string md = core::matrixMarkdown(cells, run.lines, heading);
    md += "\nBlocking cells set SO_RCVTIMEO and SO_SNDTIMEO to 50 ms first, so a call that "
          "would wait for ever returns -1 EAGAIN instead. \"fd\": a new socket; getsockopt "
          "shows its value in brackets; poll shows revents.\n";
    std::fwrite(md.data(), 1, md.size(), stdout);
    int status = 0;
    for (std::size_t i = 0; i < cells.size(); ++i)
        if (!run.failure[i].empty()) {
            std::fprintf(stderr, "%s stopped the run: %s%s\n", cells[i].id.c_str(),
                         run.failure[i].c_str(),
                         cells[i].deviation.empty() ? "" : " (a documented deviation)");
            status = cells[i].deviation.empty() ? 1 : status;
        }
    return status;
}

} // namespace spg::app
