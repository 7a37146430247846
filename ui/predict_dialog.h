// Labs: the question before a call runs. The student predicts what the kernel will answer,
// a return value or a failure with its errno, and for a receive the bytes, before seeing
// it. GUI thread only.
#pragma once

#include "core/scenario/scenario_lab.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace spg::ui {

class PredictDialog : public QDialog {
    Q_OBJECT

public:
    // `step` is the asked line; `header` the lab's title and score so far.
    PredictDialog(const core::Step& step, const QString& header, QWidget* parent = nullptr);

    // The prediction as entered; false with a message when the bytes or the errno do not parse.
    bool prediction(core::Prediction& out, QString& error) const;

    QRadioButton* returnsChoice() const { return m_returns; }
    QRadioButton* failsChoice() const { return m_fails; }
    QSpinBox* resultBox() const { return m_result; }
    QComboBox* errnoBox() const { return m_errno; }
    QLineEdit* bytesField() const { return m_bytes; } // nullptr when no bytes are asked

private:
    void tryAccept();

    QRadioButton* m_returns;
    QRadioButton* m_fails;
    QSpinBox* m_result;
    QComboBox* m_errno;
    QLineEdit* m_bytes = nullptr;
};

} // namespace spg::ui
