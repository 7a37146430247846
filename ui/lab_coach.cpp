// The lab's box and questions.
#include "ui/lab_coach.h"

#include "ui/display_text.h"
#include "ui/predict_dialog.h"

#include <QLabel>
#include <QStringList>

namespace spg::ui {

LabCoach::LabCoach(QWidget* parent) : QObject(parent), m_box(new QLabel(parent))
{
    m_box->setWordWrap(true);
    m_box->setTextFormat(Qt::PlainText);
    m_box->setVisible(false);
    m_box->setObjectName(QStringLiteral("labBox"));
}

void LabCoach::start(const core::Scenario& scenario)
{
    m_title = displayText(scenario.labTitle);
    // Escaped a paragraph at a time: the file's own line breaks stay breaks.
    QStringList paragraphs;
    for (const QString& p : QString::fromStdString(scenario.labInstructions).split(QLatin1Char('\n')))
        paragraphs << displayText(p.toStdString());
    m_instructions = paragraphs.join(QLatin1Char('\n'));
    m_questions = scenario.questions();
    m_score = {};
    m_last.clear();
    m_box->setVisible(scenario.isLab());
    show();
}

// Two lines at most, so the text stays in view: the instructions are the file's own
// comments, in the text below, and the box's tooltip.
void LabCoach::show()
{
    QString text = tr("Lab: %1 · score: %2 of %3 answered right, %4 questions in all")
                       .arg(m_title)
                       .arg(m_score.right)
                       .arg(m_score.asked)
                       .arg(m_questions);
    if (!m_last.isEmpty())
        text += QLatin1Char('\n') + m_last;
    m_box->setText(text);
    m_box->setToolTip(m_instructions);
}

bool LabCoach::ask(const core::Step& step, QWidget* parent)
{
    QString header = tr("%1 · question %2 of %3").arg(m_title.isEmpty() ? tr("Lab") : m_title)
                         .arg(m_score.asked + 1)
                         .arg(m_questions);
    if (m_score.asked == 0 && !m_instructions.isEmpty())
        header += QStringLiteral("\n\n") + m_instructions; // Read once, before the first answer.
    PredictDialog dialog(step, header, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    return dialog.prediction(m_prediction, error);
}

QString LabCoach::judge(const core::ScenarioPlayer::Answer& answer)
{
    const core::Verdict v = core::judge(m_prediction, answer.record, answer.bytes);
    m_score.add(v);
    m_last = tr("Line %1: you said %2; the kernel said %3. %4")
                 .arg(answer.line)
                 .arg(displayText(v.predicted), displayText(v.kernel),
                      v.right() ? tr("Right.") : tr("Not this time."));
    show();
    return m_last;
}

} // namespace spg::ui
