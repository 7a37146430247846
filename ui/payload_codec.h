// Payloads as users type them: plain text, hex bytes, or a C string with escapes.
// Pure functions (GUI-free), so the same parser serves the call form and the tests.
#pragma once

#include <QByteArray>
#include <QString>

namespace spg::ui {

enum class PayloadMode { Text, Hex, CEscape };

struct PayloadParse {
    QByteArray bytes;
    QString error; // Empty on success; otherwise says what is wrong and where.

    bool ok() const { return error.isEmpty(); }
};

PayloadParse parsePayload(const QString& text, PayloadMode mode);
QString formatPayload(const QByteArray& bytes, PayloadMode mode);

} // namespace spg::ui
