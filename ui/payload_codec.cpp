// Parsing is strict: a stray character is an error with its column, never silently dropped,
// because a wrong byte on the wire is exactly what a user of this tool is hunting for.
#include "payload_codec.h"

#include "display_text.h"

#include "core/words/c_escapes.h"

#include <QCoreApplication>

namespace spg::ui {

namespace {

// lupdate files a free function's tr() under its namespace, so that is the context here too.
QString tr(const char* text)
{
    return QCoreApplication::translate("spg::ui", text);
}

int hexValue(QChar c)
{
    const char ch = c.toLatin1();
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

PayloadParse parseHex(const QString& text)
{
    PayloadParse out;
    int pending = -1;
    int pendingColumn = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(':')) {
            if (pending >= 0) {
                out.error = tr("byte at column %1 has one hex digit; write two (0%2)")
                                .arg(pendingColumn + 1)
                                .arg(text[pendingColumn]);
                return out;
            }
            continue;
        }
        if (pending < 0 && c == QLatin1Char('0') && i + 1 < text.size()
            && (text[i + 1] == QLatin1Char('x') || text[i + 1] == QLatin1Char('X'))) {
            ++i; // Accept 0x prefixes as pasted from C.
            continue;
        }
        const int v = hexValue(c);
        if (v < 0) {
            out.error = tr("'%1' at column %2 is not a hex digit").arg(c).arg(i + 1);
            return out;
        }
        if (pending < 0) {
            pending = v;
            pendingColumn = i;
        } else {
            out.bytes.append(static_cast<char>(pending * 16 + v));
            pending = -1;
        }
    }
    if (pending >= 0)
        out.error = tr("odd number of hex digits: the last byte at column %1 has "
                       "only one")
                        .arg(pendingColumn + 1);
    return out;
}

// The same escapes a scenario accepts: one reader (core/words/c_escapes) for both.
PayloadParse parseEscapes(const QString& text)
{
    PayloadParse out;
    std::string bytes;
    core::Message message;
    if (!core::cUnescape(text.toStdString(), bytes, message, 0))
        out.error = translated(message);
    else
        out.bytes = QByteArray::fromStdString(bytes);
    return out;
}

} // namespace

PayloadParse parsePayload(const QString& text, PayloadMode mode)
{
    switch (mode) {
    case PayloadMode::Hex: return parseHex(text);
    case PayloadMode::CEscape: return parseEscapes(text);
    case PayloadMode::Text: break;
    }
    return PayloadParse { text.toUtf8(), {} };
}

QString formatPayload(const QByteArray& bytes, PayloadMode mode)
{
    if (mode == PayloadMode::Text)
        return QString::fromUtf8(bytes);
    if (mode == PayloadMode::CEscape)
        return QString::fromStdString(core::cEscapeBody(std::string_view(bytes.constData(), std::size_t(bytes.size()))));
    QString out;
    for (int i = 0; i < bytes.size(); ++i) {
        if (i)
            out += QLatin1Char(' ');
        out += QStringLiteral("%1").arg(static_cast<unsigned char>(bytes[i]), 2, 16, QLatin1Char('0'));
    }
    return out;
}

} // namespace spg::ui
