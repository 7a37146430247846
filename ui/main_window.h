// The playground window. It only builds docks, actions and connections; the behaviour
// lives in Session (models), CallPanel (forms), SocketMenu and HexPanel.
// GUI thread only.
#pragma once

#include "hex_panel.h"
#include "loop_status.h"

#include "core/sys/types.h"

#include <QMainWindow>

#include <vector>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTreeView;

namespace spg::core {
struct LoopStats;
}

namespace spg::ui {

class CallLogFilter;
class CallPanel;
class ImageActions;
class PictureTabs;
class EngineBridge;
class ScenarioPanel;
class Session;
class SocketMenu;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(EngineBridge& bridge, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    CallPanel* callPanel() const { return m_callPanel; }
    QTreeView* socketView() const { return m_socketView; }
    QTableView* logView() const { return m_logView; }
    QTableView* eventView() const { return m_eventView; }
    HexPanel* hexPanel() const { return m_hex; }
    PictureTabs* pictures() const { return m_pictures; }
    ImageActions* images() const { return m_images; }
    QWidget* focusedView() const;
    QComboBox* backendBox() const { return m_loopStatus->backendBox(); }
    void selectSocket(core::SocketId id);
    ScenarioPanel* scenarioPanel() const { return m_scenario; }
    // Loads a built-in demo into the Scenario panel and runs it.
    bool openDemo(const QString& name);
    // Loads a scenario file into the Scenario panel without running it (a double-click). A
    // path that cannot be a scenario (missing, a directory, too big) loads nothing and the
    // panel and status bar say why.
    bool openScenarioFile(const QString& path);
    // The first time the app starts, offers the demo chooser.
    void offerDemosOnFirstStart();
    core::SocketId selectedSocket() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildDocks();
    void defaultDockSizes();
    void buildMenus();
    void buildSocketMenu(QMenu* menu);
    void buildStatusBar();
    void connectSignals();
    void restoreSettings();
    void saveSettings();
    void onSelectionChanged();
    void showSocketMenu(const QPoint& pos);
    void saveLog();
    void newClientToSelected();
    void chooseDemo();
    std::vector<HexPanel::NamedSource> currentHexSources() const;
    void exportC();

    EngineBridge& m_bridge;
    Session* m_session;
    SocketMenu* m_socketMenu;
    CallPanel* m_callPanel = nullptr;
    QTreeView* m_socketView = nullptr;
    QTableView* m_logView = nullptr;
    QTableView* m_eventView = nullptr;
    CallLogFilter* m_logFilter = nullptr;
    QCheckBox* m_logOnlySelected = nullptr;
    QLabel* m_logDropped = nullptr;
    HexPanel* m_hex = nullptr;
    PictureTabs* m_pictures = nullptr;
    ImageActions* m_images = nullptr;
    ScenarioPanel* m_scenario = nullptr;
    LoopStatus* m_loopStatus = nullptr;
    std::vector<core::SocketId> m_hexSockets; // Shown in the hex view, one tab each.
};

} // namespace spg::ui
