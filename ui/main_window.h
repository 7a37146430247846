// The playground window: builds the docks, actions and connections, nothing more.
// GUI thread only.
#pragma once

#include <QMainWindow>

class QPlainTextEdit;

namespace spg::ui {

class EngineBridge;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(EngineBridge& bridge, QWidget* parent = nullptr);

private:
    EngineBridge& m_bridge;
    QPlainTextEdit* m_log = nullptr;
};

} // namespace spg::ui
