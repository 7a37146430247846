// Switching needs a restart: the docks, forms and models set their texts when they are
// built, and rebuilding them would drop the session's sockets, so the menu saves the
// choice and says when it applies instead of half-translating a running window.
#include "language_menu.h"

#include "language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTranslator>

namespace spg::ui {

namespace {

const char kRestart[] =
    QT_TRANSLATE_NOOP("spg::ui::LanguageMenu",
                      "Socket Playground will speak %1 the next time it starts. "
                      "This window keeps its language until then.");

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent)
    : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString saved = savedLanguage();
    for (const Language& language : languageChoices()) {
        QAction* action = addAction(language.nativeName);
        action->setCheckable(true);
        action->setChecked(language.code == saved);
        action->setData(language.code);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = language.code, name = language.nativeName] { choose(code, name); });
        if (language.code == QLatin1String("system"))
            addSeparator();
    }
}

QString LanguageMenu::restartMessage(const QString& code, const QString& chosenName)
{
    if (code == QLatin1String("en") || code.isEmpty())
        return QString::fromLatin1(kRestart).arg(chosenName);
    QTranslator translator;
    if (!translator.load(QStringLiteral(":/i18n/spg_%1.qm").arg(code)))
        return QString::fromLatin1(kRestart).arg(chosenName);
    const QString text = translator.translate("spg::ui::LanguageMenu", kRestart);
    return (text.isEmpty() ? QString::fromLatin1(kRestart) : text).arg(chosenName);
}

void LanguageMenu::choose(const QString& code, const QString& name)
{
    if (code == savedLanguage())
        return;
    saveLanguage(code);
    emit languageChosen(code);
    const QString next = resolveLanguage(code);
    if (next == installedLanguage())
        return;
    // Said in the window's language, and in the chosen one, which the user may read better.
    QString text = QCoreApplication::translate("spg::ui::LanguageMenu", kRestart).arg(name);
    const QString inChosen = restartMessage(next, name);
    if (inChosen != text)
        text += QStringLiteral("\n\n") + inChosen;
    QMessageBox::information(parentWidget(), tr("Language"), text);
}

} // namespace spg::ui
