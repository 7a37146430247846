// Translators are installed once per language change; the main window is built after them
// (main.cpp), so every tr() it calls already speaks the chosen language.
#include "language.h"

#include "core/scenario/comment_text.h"
#include "core/scenario/scenario_text.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace spg::ui {

namespace {

const char kSettingsKey[] = "language";

struct Installed {
    QString code = QStringLiteral("en");
    QTranslator* app = nullptr;
    QTranslator* qt = nullptr;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void removeTranslator(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QList<Language> languageChoices()
{
    return {
        { QStringLiteral("system"), QCoreApplication::translate("spg::ui::Language", "System") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("ko"), QStringLiteral("한국어") },
    };
}

QString savedLanguage()
{
    return QSettings().value(QLatin1String(kSettingsKey), QStringLiteral("system")).toString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(QLatin1String(kSettingsKey), code);
}

QString resolveLanguage(const QString& choice, const QLocale& system)
{
    QString code = choice;
    if (code == QLatin1String("system"))
        code = QLocale::languageToCode(system.language());
    if (code == QLatin1String("es") || code == QLatin1String("ko"))
        return code;
    return QStringLiteral("en");
}

bool installLanguage(const QString& code)
{
    Installed& state = installed();
    removeTranslator(state.app);
    removeTranslator(state.qt);
    state.code = QStringLiteral("en");
    if (code == QLatin1String("en"))
        return true;
    auto* app = new QTranslator;
    if (!app->load(QStringLiteral(":/i18n/spg_%1.qm").arg(code))) {
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    state.app = app;
    state.code = code;
    // Qt's own words (a file dialog's buttons); a machine without qt6-translations-l10n
    // simply keeps them English.
    auto* qt = new QTranslator;
    if (qt->load(QStringLiteral("qtbase_%1").arg(code),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    return true;
}

QString installedLanguage()
{
    return installed().code;
}

QString translateDemoComments(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        const std::string raw = line.toStdString();
        const core::scenario_text::SplitLine split = core::scenario_text::splitComment(raw);
        const std::string_view prose = core::commentProse(split.comment);
        if (prose.empty())
            continue;
        const std::string english(prose);
        const QString translated = QCoreApplication::translate("spg::demos", english.c_str());
        if (translated == QString::fromStdString(english))
            continue;
        // The prose is a view into split.comment, which starts right after the '#'.
        const std::size_t start =
            split.code.size() + 1 + std::size_t(prose.data() - split.comment.data());
        line = QString::fromStdString(raw.substr(0, start)) + translated
            + QString::fromStdString(raw.substr(start + prose.size()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString translateDemoTitle(const QString& title)
{
    return QCoreApplication::translate("spg::demos", title.toUtf8().constData());
}

} // namespace spg::ui
