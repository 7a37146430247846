// The interface language: English (the source text), Spanish or Korean, from Qt's own
// translations embedded as :/i18n/spg_LANG.qm. The choice persists in QSettings under
// "language" ("system" follows the locale). Also the translation of the texts that come
// from the core and the demos, by their English text. GUI thread only.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace spg::ui {

struct Language {
    QString code;       // "es"; "system" for the locale's own
    QString nativeName; // "Español": each language names itself
};

// System, English, Español, 한국어: the View → Language menu, in that order.
QList<Language> languageChoices();
// The saved choice ("system" when none), and saving one.
QString savedLanguage();
void saveLanguage(const QString& code);
// The language a choice means here: "system" becomes the locale's language when the app
// has it ("es" for es_MX), else "en"; a code the app lacks becomes "en".
QString resolveLanguage(const QString& choice, const QLocale& system = QLocale::system());
// Installs the translators for `code` (the app's and, when present, Qt's own for standard
// dialogs), replacing those installed before; "en" removes them. Returns false when the
// app's .qm for that language is missing. Widgets built afterwards speak it.
bool installLanguage(const QString& code);
// The language installed now ("en" before any).
QString installedLanguage();

// A demo's text with the prose of each comment translated, keyed by its English text; the
// code of every line, and each line's place, stay as they are. English in, English out.
QString translateDemoComments(const QString& text);
// A demo's title (from its "# title:" line), translated the same way.
QString translateDemoTitle(const QString& title);

} // namespace spg::ui
