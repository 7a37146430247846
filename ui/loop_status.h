// The status bar's loop part: the statistics the engine sends at the tick rate, what the
// backend's wait costs (measured, see loop_cost_text.h), and the backend chooser. Owns its
// widgets, which it places on the window's status bar. GUI thread only.
#pragma once

#include "core/engine/events.h"

#include <QObject>

class QComboBox;
class QLabel;
class QStatusBar;

namespace spg::ui {

class LoopStatus : public QObject {
    Q_OBJECT

public:
    explicit LoopStatus(QStatusBar* bar);

    QComboBox* backendBox() const { return m_backend; }
    core::Backend chosen() const; // The backend the chooser shows.
    void show(const core::LoopStats& stats);

signals:
    void backendChosen(spg::core::Backend backend); // By the user, from the chooser.

private:
    QComboBox* m_backend;
    QLabel* m_stats;
    QLabel* m_waitCost; // The backend's wait: CPU per call over how many fds
};

} // namespace spg::ui
