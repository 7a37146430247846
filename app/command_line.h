// The command line: --run FILE, --demo NAME, --backend NAME, --export-c FILE, --matrix,
// --help.
// Parsing is pure; running a scenario headless needs no display.
#pragma once

#include <QString>
#include <QStringList>

namespace spg::app {

struct Options {
    QString runFile;   // --run FILE
    QString demo;      // --demo NAME
    QString backend;   // --backend NAME
    QString exportC;   // --export-c FILE: write the scenario as a C program and exit
    bool help = false;
    bool listDemos = false;
    bool matrix = false;  // --matrix [FAMILY]: print the call x state table and exit
    QString matrixFamily; // tcp, udp, unix-stream, unix-dgram; empty: all
    QString error; // Non-empty: bad usage, exit 2.
};

Options parseOptions(const QStringList& arguments);
QString usage();

// Runs --run / --demo headless / --export-c; returns the process exit status.
int runHeadless(const Options& options);

} // namespace spg::app
