// The checks behind test_translations: the texts a window shows (labels, buttons, group
// boxes, tabs, dock titles, menus and their actions, table headers, placeholders), which of
// them are still English, and which messages of a .ts file are unfinished. GUI thread.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace spg::test {

// Every text the window shows now, from visible widgets only; HTML reduced to its words and
// '&' mnemonics removed.
QStringList visibleTexts(QWidget* root);

// True when every Latin word of `text` is a technical token: a call name, an errno name,
// a constant (AF_INET, SO_ERROR, TCP), a word with a digit or '_', or one of `allowed`.
bool onlyTechnical(const QString& text, const QSet<QString>& allowed);

// The texts of `shown` that stay English. For a language in another script (Korean) that
// is any text with a Latin word that is not technical; for one in the Latin script
// (Spanish) only those also shown, word for word, by the English window (`english`).
QStringList untranslatedTexts(const QStringList& shown, const QStringList& english,
                              bool latinScript, const QSet<QString>& allowed);

// The allow-list of technical words beyond those the rules above already let through.
QSet<QString> technicalWords();

// The messages of a .ts file that are not finished: type="unfinished", an empty
// translation, or a translation whose %1, %2 ... differ from the source's. Each as
// "context: source"; `error` set when the XML cannot be read.
QStringList unfinishedMessages(const QByteArray& tsXml, QString* error = nullptr);

// Every SPG_TR_NOOP("context", "text") in a C++ source, as "context: text".
QStringList noopTemplates(const QString& source);
// Those of `templates` ("context: text") that the .ts file lacks or has unfinished.
QStringList missingTranslations(const QStringList& templates, const QByteArray& tsXml);

} // namespace spg::test
