#include "demo_library.h"

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
        out.append(Demo { name, titleOf(demoText(name), name) });
    }
    return out;
}

QString demoText(const QString& name)
{
    QFile file(QStringLiteral(":/demos/%1.spg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace spg::ui
