// A lab in the Scenario panel: its title, instructions and score above the text, the
// prediction asked before each `ask` line, and the verdict beside the kernel's answer once
// the call returns. The player stops at the question (ScenarioPlayer::Status::Asking); the
// coach only asks and judges. GUI thread only.
#pragma once

#include "core/scenario/scenario_lab.h"
#include "core/scenario/scenario_player.h"

#include <QObject>
#include <QString>

class QLabel;
class QWidget;

namespace spg::ui {

class LabCoach : public QObject {
    Q_OBJECT

public:
    explicit LabCoach(QWidget* parent);

    QLabel* box() const { return m_box; } // Hidden unless the scenario is a lab.
    void start(const core::Scenario& scenario); // A fresh run: the score starts again.
    // Shows the question; true when the student predicted (then the call may run).
    bool ask(const core::Step& step, QWidget* parent);
    // The kernel's answer to the asked line, judged: "Line 7: you said 5, the kernel said 5. Right."
    QString judge(const core::ScenarioPlayer::Answer& answer);
    const core::LabScore& score() const { return m_score; }

private:
    void show();

    QLabel* m_box;
    QString m_title;
    QString m_instructions;
    int m_questions = 0;
    core::LabScore m_score;
    core::Prediction m_prediction;
    QString m_last; // The last verdict, shown under the instructions.
};

} // namespace spg::ui
