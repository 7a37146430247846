// Socket Playground: a thin main. Headless modes (--run, --list-demos, --export-c,
// --matrix, --help) start only a QCoreApplication, so they need no display; --export-view
// draws in an offscreen window.
#include "command_line.h"
#include "man_page.h"
#include "view_export_command.h"
#include "ui/engine_bridge.h"
#include "ui/language.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QFileOpenEvent>
#include <QLocale>
#include <cstdio>

namespace {

// macOS hands a double-clicked .spg file (Info.plist's CFBundleDocumentTypes) to the app as
// a FileOpen event, not as an argument; elsewhere the event never comes.
class FileOpenFilter : public QObject {
public:
    explicit FileOpenFilter(spg::ui::MainWindow& window) : m_window(window) {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window.openScenarioFile(static_cast<QFileOpenEvent*>(event)->file());
        return true;
    }

private:
    spg::ui::MainWindow& m_window;
};

// The locale messages follow, in POSIX's order: LC_ALL, then LC_MESSAGES, then LANG.
QLocale messagesLocale()
{
    for (const char* name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return QLocale(value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0));
    }
    return QLocale::c();
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const spg::app::Options options = spg::app::parseOptions(args);
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "socket-playground: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.help) {
        // In the system locale's language (LANG, LC_ALL, LC_MESSAGES): Spanish, Korean or
        // English. The man page (--help-man) stays English.
        QCoreApplication app(argc, argv);
        spg::ui::installLanguage(spg::ui::resolveLanguage(QStringLiteral("system"), messagesLocale()));
        std::printf("%s", spg::app::translatedUsage().toLocal8Bit().constData());
        return 0;
    }
    if (options.version) {
        std::printf("socket-playground %s\n", SPG_VERSION);
        return 0;
    }
    if (options.helpMan) { // The build writes this to socket-playground.1.
        const QString page = spg::app::manPage(spg::app::usage(), QStringLiteral(SPG_VERSION),
                                               QStringLiteral(SPG_RELEASE_DATE));
        std::printf("%s", qPrintable(page));
        return 0;
    }
    if (!options.exportView.isEmpty()) {
        // Drawn in a window nobody sees: the offscreen platform needs no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        spg::app::quietenOffscreenPlatform();
        QApplication app(argc, argv);
        return spg::app::exportViewImage(options);
    }
    const bool headless = !options.runFile.isEmpty() || options.listDemos || !options.exportC.isEmpty()
        || options.matrix || !options.importStrace.isEmpty();
    if (headless) {
        QCoreApplication app(argc, argv);
        return spg::app::runHeadless(options);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Socket Playground"));
    QApplication::setOrganizationName(QStringLiteral("Socket Playground"));
    // Before any widget exists, so every text the window builds is in the chosen language.
    spg::ui::installLanguage(spg::ui::resolveLanguage(spg::ui::savedLanguage()));
    spg::ui::EngineBridge bridge;
    spg::ui::MainWindow window(bridge);
    window.show();
    FileOpenFilter fileOpen(window);
    app.installEventFilter(&fileOpen);
    if (!options.openFile.isEmpty())
        window.openScenarioFile(options.openFile); // Loaded, not run: the user reads it first.
    else if (!options.demo.isEmpty())
        window.openDemo(options.demo);
    else
        window.offerDemosOnFirstStart();
    const int status = QApplication::exec();
    bridge.shutdown();
    return status;
}
