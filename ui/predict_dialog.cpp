// The prediction form: the call's line, then "it returns N" or "it fails with EXXX", and for
// a receive the bytes in C-string escapes (\n, \x00), as the call form reads payloads.
#include "ui/predict_dialog.h"

#include "core/words/errno_names.h"
#include "ui/display_text.h"
#include "ui/payload_codec.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <climits>

namespace spg::ui {

namespace {

// The errnos socket lessons meet most, first; any other name can be typed.
constexpr const char* kCommonErrnos[] = {
    "EAGAIN",      "ECONNREFUSED", "EINPROGRESS",   "EADDRINUSE", "ECONNRESET", "EPIPE",
    "ENOTCONN",    "EISCONN",      "EINVAL",        "EBADF",      "ENOTSOCK",   "EOPNOTSUPP",
    "EALREADY",    "EDESTADDRREQ", "EADDRNOTAVAIL", "EMSGSIZE",   "ETIMEDOUT",  "ENOENT",
    "EAFNOSUPPORT", "EACCES",      "EINTR",
};

} // namespace

PredictDialog::PredictDialog(const core::Step& step, const QString& header, QWidget* parent)
    : QDialog(parent),
      m_returns(new QRadioButton(tr("It returns"), this)),
      m_fails(new QRadioButton(tr("It fails: -1, errno"), this)),
      m_result(new QSpinBox(this)),
      m_errno(new QComboBox(this))
{
    setWindowTitle(tr("Predict the kernel's answer"));
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(header, this);
    title->setWordWrap(true);
    layout->addWidget(title);
    core::Step bare = step;
    bare.expects.clear();
    bare.ask = false;
    auto* call = new QLabel(tr("Line %1:").arg(step.line) + QStringLiteral("  ")
                                + displayText(core::formatStep(bare)),
                            this);
    call->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    call->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(call);
    layout->addWidget(new QLabel(tr("What will the kernel answer? Decide, then run the call."), this));

    auto* form = new QFormLayout;
    m_result->setRange(INT_MIN, INT_MAX);
    m_returns->setChecked(true);
    form->addRow(m_returns, m_result);
    m_errno->setEditable(true);
    for (const char* name : kCommonErrnos)
        m_errno->addItem(QString::fromLatin1(name));
    form->addRow(m_fails, m_errno);
    if (core::asksForBytes(step)) {
        m_bytes = new QLineEdit(this);
        m_bytes->setPlaceholderText(tr("the bytes it returns, e.g. hello\\n"));
        m_bytes->setToolTip(tr("C-string escapes: \\n \\r \\t \\\\ \\\" \\xNN. Empty: no bytes."));
        form->addRow(tr("and the bytes"), m_bytes);
    }
    layout->addLayout(form);
    connect(m_result, &QSpinBox::valueChanged, this, [this] { m_returns->setChecked(true); });
    connect(m_errno, &QComboBox::currentTextChanged, this, [this] { m_fails->setChecked(true); });

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Run the call"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Not now"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &PredictDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool PredictDialog::prediction(core::Prediction& out, QString& error) const
{
    out = {};
    out.fails = m_fails->isChecked();
    out.result = m_result->value();
    if (out.fails) {
        out.error = core::errnoFromName(m_errno->currentText().trimmed().toStdString());
        if (out.error <= 0) {
            error = tr("\"%1\" is not an errno name such as ECONNREFUSED").arg(m_errno->currentText());
            return false;
        }
    }
    if (m_bytes && !out.fails) {
        const PayloadParse bytes = parsePayload(m_bytes->text(), PayloadMode::CEscape);
        if (!bytes.ok()) {
            error = bytes.error;
            return false;
        }
        out.withBytes = true;
        out.bytes = bytes.bytes.toStdString();
    }
    return true;
}

void PredictDialog::tryAccept()
{
    core::Prediction p;
    QString error;
    if (!prediction(p, error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return;
    }
    accept();
}

} // namespace spg::ui
