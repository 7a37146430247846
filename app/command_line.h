// The command line: FILE (open it in the window), --run FILE, --demo NAME, --backend NAME,
// --export-c FILE, --strsize N, --ready-fd N, --allow LIST, --allow-all, --matrix [FAMILY],
// --export-view VIEW --out FILE, --export-pcap FILE, --import-strace LOG --out FILE, --help. Parsing is pure; running a scenario headless
// needs no display.
#pragma once

#include <QString>
#include <QStringList>

namespace spg::app {

// The largest --strsize: 1 MiB, the scenario limit, so every payload can be shown whole.
inline constexpr int kMaxStrsize = 1 << 20;

struct Options {
    QString runFile;  // --run FILE
    QString demo;     // --demo NAME
    QString backend;  // --backend NAME
    QString exportC;  // --export-c FILE: write the scenario as a C program and exit
    QString exportPcap; // --export-pcap FILE: run headless and write a pcapng capture too
    QString importStrace; // --import-strace LOG: write LOG as a scenario to --out and exit
    int strsize = -1; // --strsize N: bytes of a payload each line shows; -1 = the default
    int readyFd = -1; // --ready-fd N: also write each "listening on ADDR" line to fd N
    unsigned allow = 0; // --allow net,paths,raw / --allow-all: core::PolicyCategory bits
    bool help = false;
    bool version = false; // --version: "socket-playground 0.1.0", for scripts and packagers
    bool helpMan = false; // --help-man (hidden): usage() as a man page, for the build
    bool listDemos = false;
    bool matrix = false;  // --matrix [FAMILY]: print the call x state table and exit
    QString matrixFamily; // tcp, udp, unix-stream, unix-dgram; empty: all
    QString exportView; // --export-view NAME: write that view as an image (with --out)
    QString out;        // --out FILE.svg / FILE.png
    int untilLine = -1; // --until-line N: stop the run before line N, then draw
    int socket = -1;    // --socket N: the socket the picture is about
    bool print = false; // --print: white background
    QString openFile; // a bare FILE (the desktop entry's %f): open it in the window, not run
    QString error; // Non-empty: bad usage, exit 2.
};

Options parseOptions(const QStringList& arguments);
QString usage(); // English: what --help-man turns into the man page.
// The same in the installed language (ui::installLanguage), for --help.
QString translatedUsage();

// Runs --run / --demo headless / --export-c; returns the process exit status.
int runHeadless(const Options& options);

} // namespace spg::app
