#include "payload_editor.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spg::ui {

namespace {
constexpr qint64 kFileLimit = 64 * 1024 * 1024;
}

PayloadEditor::PayloadEditor(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_edit(new QPlainTextEdit(this))
    , m_file(new QLabel(this))
{
    m_mode->addItem(tr("Text"), int(PayloadMode::Text));
    m_mode->addItem(tr("Hex"), int(PayloadMode::Hex));
    m_mode->addItem(tr("C escapes"), int(PayloadMode::CEscape));
    m_mode->setCurrentIndex(2);
    m_mode->setToolTip(tr("Text: sent as UTF-8. Hex: byte pairs like 68 65 6c. C escapes: "
                          "hello\\r\\n with \\n \\r \\t \\0 \\xHH."));
    auto* fromFile = new QPushButton(tr("From file…"), this);
    fromFile->setToolTip(tr("Send a file's bytes as the payload (up to 64 MiB)."));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("hello\\r\\n"));
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 3 + 12);
    m_file->setVisible(false);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_mode);
    top->addWidget(fromFile);
    top->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_edit);
    layout->addWidget(m_file);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PayloadEditor::switchMode);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_fileBytes.isEmpty() && m_edit->hasFocus()) {
            m_fileBytes.clear(); // Typing replaces a loaded file.
            m_file->setVisible(false);
        }
        emit changed();
    });
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Payload from file"));
        QString error;
        if (!path.isEmpty() && !loadFile(path, &error)) {
            m_file->setText(error);
            m_file->setVisible(true);
        }
    });
}

bool PayloadEditor::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > kFileLimit) {
        if (error)
            *error = tr("%1 is %2 bytes; the limit is 64 MiB").arg(path).arg(file.size());
        return false;
    }
    m_fileBytes = file.readAll();
    m_edit->blockSignals(true);
    m_edit->setPlainText(formatPayload(m_fileBytes.left(4096), m_current));
    m_edit->blockSignals(false);
    m_file->setText(tr("payload: %1 (%2 bytes)").arg(path).arg(m_fileBytes.size()));
    m_file->setVisible(true);
    emit changed();
    return true;
}

PayloadMode PayloadEditor::mode() const
{
    return m_current;
}

void PayloadEditor::setMode(PayloadMode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
}

void PayloadEditor::setText(const QString& text)
{
    m_fileBytes.clear();
    m_file->setVisible(false);
    m_edit->setPlainText(text);
}

QString PayloadEditor::text() const
{
    return m_edit->toPlainText();
}

// Switching modes converts what is there, so "hello" typed as text shows as 68 65 6c 6c 6f.
void PayloadEditor::switchMode(int index)
{
    const auto next = static_cast<PayloadMode>(m_mode->itemData(index).toInt());
    const PayloadParse now = parsePayload(m_edit->toPlainText(), m_current);
    m_current = next;
    if (now.ok() && m_fileBytes.isEmpty()) {
        m_edit->blockSignals(true);
        m_edit->setPlainText(formatPayload(now.bytes, next));
        m_edit->blockSignals(false);
    }
    emit changed();
}

PayloadParse PayloadEditor::bytes() const
{
    if (!m_fileBytes.isEmpty())
        return PayloadParse { m_fileBytes, {} };
    return parsePayload(m_edit->toPlainText(), m_current);
}

PayloadParse PayloadEditor::iovecs(QList<QByteArray>& out) const
{
    out.clear();
    const QStringList lines = m_edit->toPlainText().split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        PayloadParse p = parsePayload(lines[i], m_current);
        if (!p.ok()) {
            p.error = tr("iovec %1 (line %2): %3").arg(i).arg(i + 1).arg(p.error);
            return p;
        }
        out.append(p.bytes);
    }
    return {};
}

} // namespace spg::ui
