// Socket Playground: a thin main that builds the engine bridge and the window.
#include "ui/engine_bridge.h"
#include "ui/main_window.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Socket Playground"));
    QApplication::setOrganizationName(QStringLiteral("Socket Playground"));
    spg::ui::EngineBridge bridge;
    spg::ui::MainWindow window(bridge);
    window.show();
    const int status = QApplication::exec();
    bridge.shutdown();
    return status;
}
