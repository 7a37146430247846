// The demo chooser: the built-in demos with their titles; choosing one loads it into the
// Scenario panel and runs it. Shown on first start and from the Demos menu.
// GUI thread only.
#pragma once

#include <QDialog>

class QListWidget;

namespace spg::ui {

class DemoChooser : public QDialog {
    Q_OBJECT

public:
    explicit DemoChooser(QWidget* parent = nullptr);
    QString chosen() const; // The demo's name, or empty.

private:
    QListWidget* m_list;
};

} // namespace spg::ui
