#include "demo_library.h"

#include "display_text.h"
#include "language.h"

#include "core/scenario/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace spg::ui {

namespace {

QString titleOf(const QString& text, const QString& fallback)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min<qsizetype>(3, lines.size()); ++i)
        if (lines[i].startsWith(QLatin1String("# title:")))
            return lines[i].mid(8).trimmed();
    return fallback;
}

} // namespace

QList<Demo> demos()
{
    QList<Demo> out;
    const QStringList files = QDir(QStringLiteral(":/demos")).entryList({ QStringLiteral("*.spg") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString name = file.chopped(4);
        const QString text = demoText(name);
        // A demo is only skipped for calls this host lacks, never for a mistake in it.
        const core::ScenarioParse parsed = core::parseScenario(text.toStdString());
        const QString why = parsed.onlyUnavailable()
            ? (*parsed.errors.front().what.text
                   ? translated(parsed.errors.front().what)
                   : displayText(parsed.errors.front().message))
            : QString();
        out.append(Demo { name, titleOf(text, name), why });
    }
    return out;
}

QString Demo::label() const
{
    const QString shown = translateDemoTitle(title);
    return unavailable.isEmpty()
        ? shown
        : shown + QCoreApplication::translate("spg::ui::Demo", " — macOS/BSD only");
}

QString demoText(const QString& name)
{
    QFile file(QStringLiteral(":/demos/%1.spg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace spg::ui
