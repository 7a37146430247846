// Parsing is strict: a stray character is an error with its column, never silently dropped,
// because a wrong byte on the wire is exactly what a user of this tool is hunting for.
#include "payload_codec.h"

namespace spg::ui {

namespace {

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
                out.error = QStringLiteral("byte at column %1 has one hex digit; write two (0%2)")
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
            out.error = QStringLiteral("'%1' at column %2 is not a hex digit").arg(c).arg(i + 1);
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
        out.error = QStringLiteral("odd number of hex digits: the last byte at column %1 has "
                                   "only one")
                        .arg(pendingColumn + 1);
    return out;
}

PayloadParse parseEscapes(const QString& text)
{
    PayloadParse out;
    const QByteArray utf8 = text.toUtf8();
    for (int i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c != '\\') {
            out.bytes.append(c);
            continue;
        }
        if (i + 1 >= utf8.size()) {
            out.error = QStringLiteral("a lone \\ at the end: write \\\\ for a backslash");
            return out;
        }
        const char e = utf8[++i];
        switch (e) {
        case 'n': out.bytes.append('\n'); break;
        case 'r': out.bytes.append('\r'); break;
        case 't': out.bytes.append('\t'); break;
        case '0': out.bytes.append('\0'); break;
        case 'a': out.bytes.append('\a'); break;
        case 'e': out.bytes.append('\x1b'); break;
        case '\\': out.bytes.append('\\'); break;
        case '"': out.bytes.append('"'); break;
        case '\'': out.bytes.append('\''); break;
        case 'x': {
            const int hi = i + 1 < utf8.size() ? hexValue(QChar(utf8[i + 1])) : -1;
            const int lo = i + 2 < utf8.size() ? hexValue(QChar(utf8[i + 2])) : -1;
            if (hi < 0 || lo < 0) {
                out.error = QStringLiteral("\\x at column %1 needs two hex digits, e.g. \\x0d")
                                .arg(i);
                return out;
            }
            out.bytes.append(static_cast<char>(hi * 16 + lo));
            i += 2;
            break;
        }
        default:
            out.error = QStringLiteral("unknown escape \\%1 at column %2 (known: \\n \\r \\t \\0 "
                                       "\\xHH \\\\ \\\")")
                            .arg(QLatin1Char(e))
                            .arg(i);
            return out;
        }
    }
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
    QString out;
    for (int i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (mode == PayloadMode::Hex) {
            if (i)
                out += QLatin1Char(' ');
            out += QStringLiteral("%1").arg(c, 2, 16, QLatin1Char('0'));
            continue;
        }
        switch (c) {
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': out += QStringLiteral("\\r"); break;
        case '\t': out += QStringLiteral("\\t"); break;
        case '\\': out += QStringLiteral("\\\\"); break;
        case '"': out += QStringLiteral("\\\""); break;
        default:
            if (c >= 0x20 && c < 0x7f)
                out += QLatin1Char(static_cast<char>(c));
            else
                out += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

} // namespace spg::ui
