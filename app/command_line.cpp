// Arguments are parsed by hand because --run takes a file, except after --demo, where it
// is a plain switch ("run that demo headless"): QCommandLineParser has no optional values.
#include "command_line.h"

#include "app/interrupt_cleanup.h"
#include "app/matrix_command.h"
#include "app/pcap_command.h"
#include "app/strace_import_command.h"
#include "app/view_export_command.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_files.h"
#include "core/scenario/scenario_policy.h"
#include "core/scenario/scenario_runner.h"
#include "core/words/strace_format.h"
#include "core/sys/poller.h"
#include "export/scenario_export.h"
#include "ui/demo_library.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace spg::app {

namespace {

// Every message goes out with its control bytes escaped as strace escapes them, so text
// from a file can neither retitle the terminal, erase a line nor end the message early.
void err(const std::string& text)
{
    const std::string safe = core::escapeControls(text);
    std::fprintf(stderr, "%s\n", safe.c_str());
}

void err(const QString& text)
{
    err(text.toStdString());
}

QString backendList()
{
    QStringList names;
    for (core::Backend b : core::availableBackends())
        names << QString::fromUtf8(core::backendName(b).data());
    return names.join(QStringLiteral(", "));
}

// The scenario's text and a name for messages; empty text with `error` set on failure.
// The scenario's bytes, exactly as in the file (never re-encoded), or a demo's text.
std::string loadText(const Options& o, QString& source, QString& error)
{
    if (!o.demo.isEmpty()) {
        source = o.demo + QStringLiteral(".spg");
        const QString text = ui::demoText(o.demo);
        if (text.isNull())
            error = QStringLiteral("no demo named \"%1\"; try --list-demos").arg(o.demo);
        return text.toStdString();
    }
    source = o.runFile;
    std::string bytes;
    std::string why;
    if (!core::readScenarioFile(o.runFile.toStdString(), bytes, why))
        error = QString::fromStdString(why);
    return bytes;
}

// A whole decimal number in [0, max], or -1.
int parseCount(const QString& text, int max)
{
    bool ok = false;
    const int n = text.toInt(&ok, 10);
    return ok && n >= 0 && n <= max && !text.startsWith(QLatin1Char('+')) ? n : -1;
}

// The line that tells a script a listener is up, on stderr and (with --ready-fd) on that fd.
// Write errors on the fd are ignored: the reader may have gone, and the run goes on.
void announceListener(const std::string& address, int readyFd)
{
    const std::string line = "listening on " + core::escapeControls(address) + "\n";
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    for (std::size_t done = 0; readyFd >= 0 && done < line.size();) {
        const ssize_t n = ::write(readyFd, line.data() + done, line.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += static_cast<std::size_t>(n);
    }
}

// Runs a file's scenario in a scratch folder that even a signal does not leave behind;
// a refusal by the policy is printed, finding by finding, with exit code 2.
core::RunResult runUnderPolicy(const core::Scenario& scenario, core::RunOptions run,
                               const std::string& source)
{
    core::RunResult result;
    const auto scratch = core::ScratchFolder::make(result.failure);
    if (!scratch) {
        err(result.failure);
        result.exitCode = 2;
        return result;
    }
    run.scratch = scratch.get();
    const InterruptCleanup cleanup(*scratch);
    result = core::runScenario(scenario, run);
    if (result.policy.refused())
        for (const std::string& line : core::formatRefusal(result.policy, source))
            err(line);
    return result;
}

// --export-view's companions: a view that exists, an --out file, and a scenario to run.
QString checkExportView(const Options& o)
{
    if (!o.importStrace.isEmpty()) {
        const bool alone = o.runFile.isEmpty() && o.demo.isEmpty() && o.exportC.isEmpty()
            && o.exportView.isEmpty() && o.exportPcap.isEmpty() && !o.matrix && !o.listDemos;
        if (!alone)
            return QStringLiteral("--import-strace goes alone, with --out FILE.spg");
        return o.out.isEmpty() ? QStringLiteral("--import-strace needs --out FILE.spg") : QString();
    }
    const bool any = !o.out.isEmpty() || o.untilLine >= 0 || o.socket >= 0 || o.print;
    if (o.exportView.isEmpty())
        return any ? QStringLiteral("--out, --until-line, --socket and --print apply to --export-view") : QString();
    if (!exportableViews().split(QStringLiteral(", ")).contains(o.exportView))
        return QStringLiteral("--export-view: no view named \"%1\"; the views: %2").arg(o.exportView, exportableViews());
    if (o.out.isEmpty())
        return QStringLiteral("--export-view needs --out FILE.svg or FILE.png");
    if (!o.out.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) && !o.out.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return QStringLiteral("--out %1: the name must end in .png or .svg").arg(o.out);
    if (o.demo.isEmpty() && (o.runFile.isEmpty() || o.runFile == QLatin1String("-")))
        return QStringLiteral("--export-view needs --demo NAME or --run FILE");
    return {};
}

// --export-pcap runs the scenario headless: --demo NAME alone then means --demo NAME --run.
QString checkExportPcap(Options& o)
{
    if (o.exportPcap.isEmpty())
        return {};
    if (!o.exportC.isEmpty() || !o.exportView.isEmpty())
        return QStringLiteral("--export-pcap goes alone, not with --export-c or --export-view");
    if (o.demo.isEmpty() && (o.runFile.isEmpty() || o.runFile == QLatin1String("-")))
        return QStringLiteral("--export-pcap needs --run FILE or --demo NAME");
    if (o.runFile.isEmpty())
        o.runFile = QStringLiteral("-");
    return {};
}

} // namespace

Options parseOptions(const QStringList& args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const bool hasValue = i + 1 < args.size() && !args[i + 1].startsWith(QLatin1String("--"));
        auto value = [&](QString& into) {
            if (!hasValue)
                o.error = QStringLiteral("%1 needs a value").arg(a);
            else
                into = args[++i];
        };
        auto number = [&](int& into, int max, const char* what) {
            QString text;
            value(text);
            into = parseCount(text, max);
            if (o.error.isEmpty() && into < 0)
                o.error =
                    QStringLiteral("%1 needs %2, not \"%3\"").arg(a, QLatin1String(what), text);
        };
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            o.help = true;
        else if (a == QLatin1String("--version"))
            o.version = true;
        else if (a == QLatin1String("--help-man"))
            o.helpMan = true;
        else if (a == QLatin1String("--list-demos"))
            o.listDemos = true;
        else if (a == QLatin1String("--run"))
            hasValue ? void(o.runFile = args[++i]) : void(o.runFile = QStringLiteral("-"));
        else if (a == QLatin1String("--demo"))
            value(o.demo);
        else if (a == QLatin1String("--backend"))
            value(o.backend);
        else if (a == QLatin1String("--export-c"))
            value(o.exportC);
        else if (a == QLatin1String("--strsize"))
            number(o.strsize, kMaxStrsize, "a number of bytes from 0 to 1048576");
        else if (a == QLatin1String("--ready-fd"))
            number(o.readyFd, 1 << 20, "a file descriptor number");
        else if (a == QLatin1String("--allow")) {
            QString words;
            value(words);
            unsigned more = 0;
            std::string why;
            if (o.error.isEmpty() && !core::parsePolicyCategories(words.toStdString(), more, why))
                o.error = QStringLiteral("--allow: %1").arg(QString::fromStdString(why));
            o.allow |= more;
        } else if (a == QLatin1String("--allow-all"))
            o.allow = core::PolicyAll;
        else if (a == QLatin1String("--export-pcap"))
            value(o.exportPcap);
        else if (a == QLatin1String("--import-strace"))
            value(o.importStrace);
        else if (a == QLatin1String("--export-view"))
            value(o.exportView);
        else if (a == QLatin1String("--out"))
            value(o.out);
        else if (a == QLatin1String("--until-line"))
            number(o.untilLine, 1 << 20, "a line number");
        else if (a == QLatin1String("--socket"))
            number(o.socket, 1 << 30, "a socket number (#N in the Sockets panel)");
        else if (a == QLatin1String("--print"))
            o.print = true;
        else if (a == QLatin1String("--matrix")) {
            o.matrix = true; // its family is optional, like --run's file after --demo
            if (hasValue)
                o.matrixFamily = args[++i];
        } else if (!a.startsWith(QLatin1Char('-')) && o.openFile.isEmpty())
            o.openFile = a; // A double-click: the desktop entry runs socket-playground %f.
        else
            o.error = QStringLiteral("unknown argument \"%1\"; see --help").arg(a);
    }
    if (o.error.isEmpty())
        o.error = checkExportPcap(o);
    const bool headless = !o.runFile.isEmpty() || o.listDemos || o.matrix || !o.exportC.isEmpty();
    if (o.error.isEmpty() && !o.openFile.isEmpty() && (headless || !o.demo.isEmpty()))
        o.error = QStringLiteral("a FILE to open in the window goes alone (or with --backend); "
                                 "to run it headless write --run %1").arg(o.openFile);
    if (o.error.isEmpty() && o.strsize >= 0 && o.runFile.isEmpty() && o.exportC.isEmpty())
        o.error = QStringLiteral("--strsize applies to --run and --export-c");
    if (o.error.isEmpty() && o.readyFd >= 0 && (o.runFile.isEmpty() || !o.exportC.isEmpty()))
        o.error = QStringLiteral("--ready-fd applies to --run");
    if (o.error.isEmpty() && o.allow != 0 && (o.runFile.isEmpty() || !o.exportC.isEmpty()))
        o.error = QStringLiteral("--allow and --allow-all apply to --run");
    if (o.error.isEmpty())
        o.error = checkExportView(o);
    if (o.runFile == QLatin1String("-") && o.demo.isEmpty())
        o.error = QStringLiteral("--run needs a scenario file (or --demo NAME)");
    if (!o.backend.isEmpty()) {
        core::Backend b;
        if (!core::backendFromName(o.backend.toStdString(), b))
            o.error = QStringLiteral("unknown backend \"%1\"; built here: %2").arg(o.backend, backendList());
    }
    return o;
}

namespace {

// The --help text in English: the man page's source (--help-man) and the template that
// --help shows translated when the system locale is Spanish or Korean.
const char* const kUsageText = QT_TRANSLATE_NOOP("spg::help",
        "Usage: socket-playground [OPTIONS]\n"
        "       socket-playground FILE.spg\n"
        "\n"
        "Make raw socket calls one at a time and see what the kernel does.\n"
        "\n"
        "  (no options)           open the window (a demo chooser the first time)\n"
        "  FILE.spg               open the window with FILE in the Scenario panel, not run\n"
        "                         (what a double-click on a .spg file does)\n"
        "  --demo NAME            open the window on a built-in demo\n"
        "  --run FILE             run a scenario file headless: print each call as strace\n"
        "                         would, exit 0 if every expectation holds, 1 at the first\n"
        "                         failing line, 2 for malformed input or a refused lab\n"
        "                         (see Safety below); needs no display\n"
        "  --demo NAME --run      run a built-in demo headless; a demo this system cannot\n"
        "                         run (kqueue-server on Linux) says so and exits 77\n"
        "  --backend NAME         the event loop: %1 (default %2)\n"
        "  --export-c FILE        with --run FILE or --demo NAME: write the scenario as a\n"
        "                         self-contained C program to FILE and exit\n"
        "  --export-pcap FILE     with --run FILE or --demo NAME: run it headless and also\n"
        "                         write what its sockets sent and received as a pcapng\n"
        "                         capture (Wireshark, tshark); the packets are synthesised\n"
        "                         around the real bytes, and each one's comment names its call\n"
        "  --strsize N            with --run: show up to N bytes of each payload (like\n"
        "                         strace -s; default %3); with --export-c: the C program's\n"
        "                         default (cc -DSTRSIZE=N changes it)\n"
        "  --ready-fd N           with --run: also write each listener's line (below) to\n"
        "                         file descriptor N, which stays open until the run ends\n"
        "  --allow net,paths,raw  with --run: let the scenario reach what these need (below)\n"
        "  --allow-all            with --run: all three\n"
        "  --export-view VIEW --out FILE\n"
        "                         with --demo NAME or --run FILE: run it in an unseen window\n"
        "                         (no display needed) and write VIEW as .svg or .png; VIEW:\n"
        "                         sequence, states, queues, hex, log, sockets or events\n"
        "    --until-line N       stop before line N, then draw (a full accept queue, say)\n"
        "    --socket N           the socket drawn (#N); default: the longest TCP story\n"
        "    --print              a white background\n"
        "  --import-strace LOG --out FILE.spg\n"
        "                         turn a program's strace log (strace -f -yy -s 4096 -o LOG\n"
        "                         -e trace=network,read,write,close,poll,select,pselect6,\n"
        "                         epoll_create1,epoll_ctl,epoll_wait,epoll_pwait,fcntl,ioctl\n"
        "                         PROGRAM) into a scenario; what cannot\n"
        "                         be replayed becomes a comment naming its line (on stderr too)\n"
        "  --list-demos           list the built-in demos\n"
        "  --matrix [FAMILY]      run every call in every socket state through the engine\n"
        "                         (on --backend) and print what each returned, as Markdown\n"
        "                         tables; FAMILY: tcp, udp, unix-stream or unix-dgram\n"
        "  --version              print \"socket-playground\" and the version, then exit\n"
        "  --help                 this text\n"
        "\n"
        "A headless run also reports on stderr, for scripts and logs:\n"
        "  listening on 127.0.0.1:40123   when a listen() succeeds, with the bound port\n"
        "  lab.spg:9: FAILED: expected \"hello\\r\\n\", got \"\"   the first line that failed\n"
        "  12 calls, 5 expectations held, 0 failed   at the end (then \"(stopped at line 9)\")\n"
        "\n"
        "Scenario files (.spg) hold one call per line in C-like syntax, for example:\n"
        "  srv = socket(AF_INET, SOCK_STREAM, 0)\n"
        "  bind(srv, 127.0.0.1:0)\n"
        "  listen(srv, 2)\n"
        "  cli = socket(AF_INET, SOCK_STREAM, 0)\n"
        "  connect(cli, srv.local)          expect 0\n"
        "See README.md for the whole grammar.\n"
        "\n"
        "Safety: a scenario file or demo is checked whole before anything runs. By default\n"
        "it may use loopback (127.0.0.0/8, ::1, localhost), AF_INET, AF_INET6 and AF_UNIX\n"
        "stream, datagram and seqpacket sockets, and UNIX names in a scratch folder made for\n"
        "the run (unix:name, unix:./name, unix:@name), removed afterwards. Anything else is\n"
        "listed and refused (exit status 2) unless allowed: net (other hosts, host names,\n"
        "0.0.0.0, [::], broadcast), paths (UNIX paths outside the scratch folder), raw (raw,\n"
        "packet, netlink or numeric families, types and protocols).\n");

QString filledUsage(const QString& text)
{
    const QString backend = QString::fromUtf8(core::backendName(core::defaultBackend()).data());
    return text.arg(backendList(), backend).arg(core::kDefaultStrsize);
}

} // namespace

QString usage()
{
    return filledUsage(QString::fromUtf8(kUsageText));
}

QString translatedUsage()
{
    return filledUsage(QCoreApplication::translate("spg::help", kUsageText));
}

int runHeadless(const Options& o)
{
    if (o.matrix)
        return printMatrix(o.backend, o.matrixFamily);
    if (!o.importStrace.isEmpty())
        return importStraceCommand(o.importStrace, o.out);
    if (o.listDemos) {
        for (const ui::Demo& d : ui::demos())
            std::printf("%-28s %s\n", qPrintable(d.name), qPrintable(d.label()));
        return 0;
    }
    QString source;
    QString error;
    const std::string text = loadText(o, source, error);
    if (!error.isEmpty()) {
        err(error);
        return 2;
    }
    // A file's payloads (file("req.bin")) are read from its own folder; demos have none.
    const std::string folder =
        o.runFile.isEmpty() ? std::string() : QFileInfo(o.runFile).absolutePath().toStdString();
    // The export writes C for any host (kevent included); a run needs this host's calls.
    const core::ScenarioParse parsed = core::parseScenario(text, folder, o.exportC.isEmpty());
    if (!o.demo.isEmpty() && parsed.onlyUnavailable()) {
        err(QStringLiteral("%1: skipped: this demo is for macOS and the BSDs (%2)")
                .arg(source, QString::fromStdString(parsed.errors.front().message)));
        return core::kExitUnavailable;
    }
    if (!parsed.ok()) {
        // A binary file would print hundreds: the first ones say enough.
        constexpr std::size_t kShown = 20;
        for (std::size_t i = 0; i < parsed.errors.size() && i < kShown; ++i)
            err(parsed.errors[i].format(source.toStdString()));
        if (parsed.errors.size() > kShown)
            err("... and " + std::to_string(parsed.errors.size() - kShown) + " more");
        return 2;
    }
    if (parsed.scenario.steps.empty()) {
        err(QStringLiteral("no calls in %1").arg(source));
        return 2;
    }
    if (!o.exportC.isEmpty()) {
        QFile out(o.exportC);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err(QStringLiteral("%1: %2").arg(o.exportC, out.errorString()));
            return 2;
        }
        const std::size_t strsize = o.strsize >= 0 ? std::size_t(o.strsize) : core::kDefaultStrsize;
        out.write(QByteArray::fromStdString(
            core::exportToC(parsed.scenario, source.toStdString(), strsize)));
        return 0;
    }
    if (o.readyFd >= 0 && ::fcntl(o.readyFd, F_GETFD) < 0) {
        err(QStringLiteral("--ready-fd %1: that file descriptor is not open").arg(o.readyFd));
        return 2;
    }
    core::RunOptions run;
    if (!o.backend.isEmpty())
        core::backendFromName(o.backend.toStdString(), run.backend);
    if (o.strsize >= 0)
        run.strsize = std::size_t(o.strsize);
    run.print = [](const std::string& line) {
        // The log escapes what it shows already; this is the last guard before the terminal.
        std::printf("%s\n", core::escapeControls(line).c_str());
        std::fflush(stdout);
    };
    run.listening = [fd = o.readyFd](const std::string& address) { announceListener(address, fd); };
    run.allow = o.allow;
    PcapRecorder pcap(o.exportPcap);
    pcap.attach(run);
    const core::RunResult result = runUnderPolicy(parsed.scenario, run, source.toStdString());
    if (result.exitCode == 2)
        return 2;
    if (!result.skipped.empty()) {
        err(QStringLiteral("%1: %2").arg(source, QString::fromStdString(result.skipped)));
        return 0;
    }
    if (pcap.wanted() && !pcap.write())
        return 2;
    if (result.exitCode != 0) {
        // The player's text starts with "line N: ", which the file:line prefix already says.
        QString why = QString::fromStdString(result.failure);
        why.remove(QRegularExpression(QStringLiteral("^line \\d+: ")));
        err(QStringLiteral("%1:%2: FAILED: %3").arg(source).arg(result.failureLine).arg(why));
    }
    // Last, so a log that ends in a refused connect() still says whether that was the lesson.
    err(QString::fromStdString(core::runSummary(result)));
    return result.exitCode;
}

} // namespace spg::app
