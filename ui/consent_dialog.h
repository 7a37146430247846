// The consent dialog for a scenario from a file or a demo: "This lab wants to:" and every
// finding of the safety policy, one per line, with [Allow once] and [Cancel]. Cancel is the
// default, so Enter or Escape runs nothing. GUI thread only.
#pragma once

#include "core/scenario/scenario_policy.h"

#include <QDialog>
#include <QStringList>

class QListWidget;
class QPushButton;

namespace spg::ui {

class ConsentDialog : public QDialog {
    Q_OBJECT

public:
    ConsentDialog(const core::PolicyReport& report, const QString& name, QWidget* parent = nullptr);

    QStringList lines() const { return m_lines; } // As shown: "line 3: bind 0.0.0.0:8080 (...)"
    QPushButton* allowButton() const { return m_allow; }
    QPushButton* cancelButton() const { return m_cancel; }

private:
    QStringList m_lines;
    QListWidget* m_list;
    QPushButton* m_allow;
    QPushButton* m_cancel;
};

} // namespace spg::ui
