// Turns the --help text into roff. The text has a fixed shape (see usage()): the Usage
// lines, a blank line, one sentence, a blank line, the option table (terms at column 2 or
// 4, descriptions from column 25), then paragraphs whose indented lines are examples.
#include "man_page.h"

#include <QRegularExpression>
#include <QStringList>

namespace spg::app {

namespace {

// Roff-safe text: backslashes and hyphen-minus escaped, and a line may not start with a
// control character ('.' or '\'').
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\e"));
    text.replace(QLatin1Char('-'), QLatin1String("\\-"));
    if (text.startsWith(QLatin1Char('.')) || text.startsWith(QLatin1Char('\'')))
        text.prepend(QLatin1String("\\&"));
    return text;
}

// The paragraphs of text split at blank lines.
QList<QStringList> paragraphs(const QString& text)
{
    QList<QStringList> out{QStringList()};
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            if (!out.last().isEmpty())
                out.append(QStringList());
        } else {
            out.last().append(line);
        }
    }
    if (out.last().isEmpty())
        out.removeLast();
    return out;
}

// The option table: a line indented by 2 or 4 spaces starts a term (up to the first run
// of two spaces); a line indented further continues the description.
QString optionTable(const QStringList& lines)
{
    static const QRegularExpression term(QStringLiteral("^ {2,4}(\\S.*?)(?: {2,}(.*))?$"));
    QString out;
    for (const QString& line : lines) {
        const QRegularExpressionMatch m = term.match(line);
        if (m.hasMatch()) {
            out += QLatin1String(".TP\n.B ") + escaped(m.captured(1)) + QLatin1Char('\n');
            if (!m.captured(2).isEmpty())
                out += escaped(m.captured(2)) + QLatin1Char('\n');
        } else {
            out += escaped(line.trimmed()) + QLatin1Char('\n');
        }
    }
    return out;
}

// A paragraph after the table: its unindented lines are running text, its indented ones
// examples kept as they are (no filling).
QString prose(const QStringList& lines)
{
    QString out = QStringLiteral(".PP\n");
    bool inExample = false;
    for (const QString& line : lines) {
        const bool example = line.startsWith(QLatin1Char(' '));
        if (example != inExample)
            out += example ? QLatin1String(".nf\n.RS 2\n") : QLatin1String(".RE\n.fi\n");
        inExample = example;
        out += escaped(example ? line.mid(2) : line) + QLatin1Char('\n');
    }
    if (inExample)
        out += QLatin1String(".RE\n.fi\n");
    return out;
}

} // namespace

QString manPage(const QString& usageText, const QString& version, const QString& date)
{
    const QList<QStringList> parts = paragraphs(usageText);
    QString out = QStringLiteral(
        ".\\\" Generated from socket-playground --help by --help-man; do not edit.\n"
        ".TH SOCKET\\-PLAYGROUND 1 \"%2\" \"socket\\-playground %1\" \"User Commands\"\n"
        ".SH NAME\n"
        "socket\\-playground \\- make raw socket calls one at a time and see what the kernel does\n"
        ".SH SYNOPSIS\n").arg(version, date);
    static const QRegularExpression usage(QStringLiteral("^(?:Usage:)?\\s*socket-playground\\s*(.*)$"));
    for (const QString& line : parts.value(0)) {
        const QRegularExpressionMatch m = usage.match(line);
        out += QLatin1String(".B socket\\-playground\n") + escaped(m.captured(1)) + QLatin1String("\n.br\n");
    }
    out += QLatin1String(".SH DESCRIPTION\n") + escaped(parts.value(1).join(QLatin1Char(' '))) + QLatin1Char('\n');
    out += QLatin1String(".SH OPTIONS\n") + optionTable(parts.value(2));
    out += QLatin1String(".SH NOTES\n");
    for (int i = 3; i < parts.size(); ++i)
        out += prose(parts[i]);
    return out;
}

} // namespace spg::app
