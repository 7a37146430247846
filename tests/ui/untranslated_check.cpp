// The allow-list is small on purpose: the rules let constants, call names and errno names
// through, so a word listed here is one a translation really keeps (a product name, a
// backend, an abbreviation every language writes in English).
#include "untranslated_check.h"

#include "core/words/calls.h"
#include "core/words/errno_names.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTextDocumentFragment>
#include <QTreeView>
#include <QXmlStreamReader>

namespace spg::test {

namespace {

QString plain(QString text)
{
    if (text.contains(QLatin1Char('<')))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    return text.simplified();
}

void addMenu(QStringList& out, const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        out << plain(action->text());
        if (action->menu())
            addMenu(out, action->menu()->actions());
    }
}

void addHeaders(QStringList& out, QAbstractItemView* view)
{
    QAbstractItemModel* model = view->model();
    if (!model)
        return;
    QHeaderView* header = nullptr;
    if (auto* table = qobject_cast<QTableView*>(view))
        header = table->horizontalHeader();
    else if (auto* tree = qobject_cast<QTreeView*>(view))
        header = tree->header();
    if (!header || header->isHidden())
        return;
    for (int i = 0; i < model->columnCount(); ++i)
        if (!header->isSectionHidden(i))
            out << plain(model->headerData(i, Qt::Horizontal).toString());
}

void addWidget(QStringList& out, QWidget* w)
{
    if (auto* label = qobject_cast<QLabel*>(w))
        out << plain(label->text());
    else if (auto* button = qobject_cast<QAbstractButton*>(w))
        out << plain(button->text());
    else if (auto* box = qobject_cast<QGroupBox*>(w))
        out << plain(box->title());
    else if (auto* edit = qobject_cast<QLineEdit*>(w))
        out << plain(edit->placeholderText());
    else if (auto* dock = qobject_cast<QDockWidget*>(w))
        out << plain(dock->windowTitle());
    else if (auto* tabs = qobject_cast<QTabBar*>(w))
        for (int i = 0; i < tabs->count(); ++i)
            out << plain(tabs->tabText(i));
    else if (auto* combo = qobject_cast<QComboBox*>(w))
        for (int i = 0; i < combo->count(); ++i)
            out << plain(combo->itemText(i));
    else if (auto* view = qobject_cast<QAbstractItemView*>(w))
        addHeaders(out, view);
    else if (auto* bar = qobject_cast<QMenuBar*>(w))
        addMenu(out, bar->actions());
}

} // namespace

QStringList visibleTexts(QWidget* root)
{
    QStringList out { plain(root->windowTitle()) };
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets)
        if (w->isVisible())
            addWidget(out, w);
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QSet<QString> technicalWords()
{
    // The call table's C signatures are C: "int accept(int sockfd, struct sockaddr *addr, ...)".
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9_]*"));
    QSet<QString> c;
    for (const core::CallSpec& spec : core::callTable())
        for (auto it = word.globalMatch(
                 QString::fromUtf8(spec.signature.data(), qsizetype(spec.signature.size())));
             it.hasNext();)
            c.insert(it.next().captured());
    // Product and tool names, backends and abbreviations that every language writes as is.
    return c
        + QSet<QString> {
              QStringLiteral("Socket"),  QStringLiteral("Playground"), QStringLiteral("epoll"),
              QStringLiteral("kqueue"),  QStringLiteral("strace"),     QStringLiteral("pcapng"),
              QStringLiteral("fd"),      QStringLiteral("fds"),        QStringLiteral("macOS"),
              QStringLiteral("BSD"),     QStringLiteral("Linux"),      QStringLiteral("localhost"),
              QStringLiteral("unix"),    QStringLiteral("tmp"),        QStringLiteral("sock"),
              QStringLiteral("ms"),      QStringLiteral("µs"),         QStringLiteral("English"),
              QStringLiteral("Hex"),     QStringLiteral("iovec"),      QStringLiteral("sockaddr"),
              QStringLiteral("revents"), QStringLiteral("events"),     QStringLiteral("backlog"),
              QStringLiteral("errno"),   QStringLiteral("Recv-Q"),     QStringLiteral("Send-Q"),
              QStringLiteral("Español"),
              QStringLiteral("hello"), // The sample payload: bytes, not words.
          };
}

bool onlyTechnical(const QString& text, const QSet<QString>& allowed)
{
    // "Recv-Q" is one word, as ss and netstat name their columns.
    static const QRegularExpression word(
        QStringLiteral("[A-Za-z\\x{00C0}-\\x{024F}][A-Za-z0-9_\\x{00C0}-\\x{024F}]*(?:-Q)?"));
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured();
        const std::string s = w.toStdString();
        // One letter is a unit or a name (the "s" of µs, socket "a"), never a sentence.
        const bool constant = w.size() == 1 || w == w.toUpper();
        const bool coded =
            w.contains(QLatin1Char('_')) || w.contains(QRegularExpression(QStringLiteral("\\d")));
        if (constant || coded || allowed.contains(w) || core::findCall(s) != nullptr)
            continue;
        return false;
    }
    return true;
}

QStringList untranslatedTexts(const QStringList& shown, const QStringList& english,
                              bool latinScript, const QSet<QString>& allowed)
{
    const QSet<QString> inEnglish(english.begin(), english.end());
    QStringList out;
    for (const QString& text : shown) {
        if (onlyTechnical(text, allowed))
            continue;
        if (!latinScript || inEnglish.contains(text))
            out << text;
    }
    return out;
}

QStringList unfinishedMessages(const QByteArray& tsXml, QString* error)
{
    static const QRegularExpression arg(QStringLiteral("%L?\\d"));
    auto args = [](const QString& s) {
        QStringList found;
        for (auto it = arg.globalMatch(s); it.hasNext();)
            found << it.next().captured().remove(QLatin1Char('L'));
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QStringList out;
    QXmlStreamReader xml(tsXml);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            // "unfinished", "vanished" and "obsolete" all mean: not shipped as translated.
            const bool marked = xml.attributes().hasAttribute(QLatin1String("type"));
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (marked || text.isEmpty() || args(text) != args(source))
                out << context + QStringLiteral(": ") + source;
        }
    }
    if (xml.hasError() && error)
        *error = xml.errorString();
    return out;
}

QStringList noopTemplates(const QString& source)
{
    // SPG_TR_NOOP("context", "text" "more text"): the context and the joined literals.
    static const QRegularExpression call(QStringLiteral(
        R"re(SPG_TR_NOOP\(\s*"([^"]*)"\s*,((?:\s*"(?:[^"\\]|\\.)*")+)\s*\))re"));
    static const QRegularExpression literal(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QStringList out;
    for (auto it = call.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString text;
        for (auto lit = literal.globalMatch(m.captured(2)); lit.hasNext();)
            text += lit.next().captured(1);
        text.replace(QStringLiteral("\\\""), QStringLiteral("\""));
        text.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        out << m.captured(1) + QStringLiteral(": ") + text;
    }
    return out;
}

QStringList missingTranslations(const QStringList& templates, const QByteArray& tsXml)
{
    QSet<QString> present;
    QXmlStreamReader xml(tsXml);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            present.insert(context + QStringLiteral(": ") + xml.readElementText());
    }
    const QStringList unfinished = unfinishedMessages(tsXml);
    QStringList out;
    for (const QString& t : templates)
        if (!present.contains(t) || unfinished.contains(t))
            out << t;
    out.removeDuplicates();
    return out;
}

} // namespace spg::test
