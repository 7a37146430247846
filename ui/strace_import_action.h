// File → Import strace log…: a program's strace log (import/strace_import) loaded into the
// Scenario panel as a file would be, so it runs under the safety policy like any file.
// GUI thread only.
#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace spg::ui {

class ScenarioPanel;

class StraceImportAction : public QObject {
    Q_OBJECT

public:
    StraceImportAction(ScenarioPanel& panel, QWidget* window);

    // Adds "Import strace log…" to `menu`.
    void addTo(QMenu* menu);
    // Imports `path` into the panel; on bad input returns false with "LOG:LINE:COLUMN: why"
    // in `error`. `summary` says how many calls and comments the scenario holds.
    bool importFile(const QString& path, QString& summary, QString& error);

private:
    void ask(); // the menu action: a file dialog, then importFile()

    ScenarioPanel& m_panel;
    QWidget* m_window;
};

} // namespace spg::ui
