// The payload editor: Text, Hex or C-escape modes, conversion between them, and loading
// bytes from a file. GUI thread only.
#pragma once

#include "payload_codec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace spg::ui {

class PayloadEditor : public QWidget {
    Q_OBJECT

public:
    explicit PayloadEditor(QWidget* parent = nullptr);

    PayloadMode mode() const;
    void setMode(PayloadMode mode);
    void setText(const QString& text);
    QString text() const;
    // The bytes to send; for sendmsg each line becomes one iovec.
    PayloadParse bytes() const;
    PayloadParse iovecs(QList<QByteArray>& out) const;
    QPlainTextEdit* editor() const { return m_edit; }
    bool loadFile(const QString& path, QString* error = nullptr);

signals:
    void changed();

private:
    void switchMode(int index);

    QComboBox* m_mode;
    QPlainTextEdit* m_edit;
    QLabel* m_file;
    QByteArray m_fileBytes; // Set while a file's bytes are the payload.
    PayloadMode m_current = PayloadMode::CEscape;
};

} // namespace spg::ui
