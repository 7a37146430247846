// The call table's signatures and help, for tooltips and the form. The table's English is
// the source text; translate() lets a translation replace it.
#include "call_help.h"

#include "core/words/calls.h"

#include <QCoreApplication>

namespace spg::ui {

QString callSignature(core::CallKind kind)
{
    const std::string_view s = core::callSpec(kind).signature;
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString callHelp(core::CallKind kind)
{
    const std::string help(core::callSpec(kind).help);
    return QCoreApplication::translate("spg::calls", help.c_str());
}

QString callStraceForm(core::CallKind kind)
{
    const std::string_view s = core::callSpec(kind).strace;
    QString form = QString::fromUtf8(s.data(), qsizetype(s.size()));
    form.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    return form.isEmpty() ? form : QStringLiteral("strace: ") + form + QStringLiteral(" = …");
}

QString callMenuText(core::CallKind kind)
{
    const std::string_view s = core::callSpec(kind).menu;
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace spg::ui
