#include "main_window.h"

#include "engine_bridge.h"

#include <QPlainTextEdit>

namespace spg::ui {

MainWindow::MainWindow(EngineBridge& bridge, QWidget* parent)
    : QMainWindow(parent)
    , m_bridge(bridge)
    , m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Socket Playground"));
    m_log->setReadOnly(true);
    setCentralWidget(m_log);
    connect(&m_bridge, &EngineBridge::eventsArrived, this, [this](const core::EventBatch& events) {
        for (const core::EngineEvent& e : events)
            if (const auto* r = std::get_if<core::CallRecord>(&e))
                m_log->appendPlainText(QString::fromStdString(r->text));
    });
    resize(1280, 800);
}

} // namespace spg::ui
