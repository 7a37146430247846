// The hex panel: a toolbar row that turns typed text into view actions, over the HexView.
#include "hex_panel.h"

#include "hex_view.h"
#include "payload_codec.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabBar>
#include <QToolButton>

#include <cctype>
#include <QVBoxLayout>

namespace spg::ui {

namespace {

const QColor kWarningAccent(0xe6, 0x4a, 0x19);

// Adjacent C literals, as the Escaped String copy writes them ("\x01" "a"): each literal's
// body is decoded by the payload codec, so find accepts exactly what the call form does.
HexPanel::Needle parseQuoted(const QString& text)
{
    HexPanel::Needle out;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        if (text[i] != u'"')
            return { {}, HexPanel::tr("Expected a quote at column %1").arg(i + 1) };
        qsizetype j = i + 1;
        while (j < text.size() && text[j] != u'"')
            j += text[j] == u'\\' ? 2 : 1;
        if (j >= text.size())
            return { {}, HexPanel::tr("Missing closing quote") };
        const PayloadParse part = parsePayload(text.mid(i + 1, j - i - 1), PayloadMode::CEscape);
        if (!part.ok())
            return { {}, part.error };
        out.bytes += part.bytes;
        i = j + 1;
    }
    return out;
}

} // namespace

HexPanel::HexPanel(QWidget* parent)
    : QWidget(parent)
    , m_view(new HexView(this))
    , m_title(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_goTo(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_follow(new QToolButton(this))
{
    // Object names let tests and style sheets find the parts.
    m_find->setObjectName(QStringLiteral("find"));
    m_goTo->setObjectName(QStringLiteral("goToOffset"));
    m_error->setObjectName(QStringLiteral("error"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_follow->setObjectName(QStringLiteral("follow"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_find->setPlaceholderText(tr("Find: 68 65 6c or \"hello\""));
    m_find->setClearButtonEnabled(true);
    m_goTo->setPlaceholderText(tr("Go to offset: 1234 or 0x4d2"));
    m_error->hide();
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Keep the newest bytes in view as they arrive"));
    m_follow->setCheckable(true);
    m_follow->setChecked(m_view->follow());

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_find, 2);
    bar->addWidget(m_goTo, 1);
    bar->addWidget(m_error);
    bar->addStretch();
    bar->addWidget(m_counts);
    bar->addWidget(m_follow);
    m_tabs = new QTabBar(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setVisible(false);
    m_tabs->setToolTip(tr("The selected sockets: Ctrl+click in the Sockets panel to add one."));
    connect(m_tabs, &QTabBar::currentChanged, this, &HexPanel::showTab);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs);
    m_view->setObjectName(QStringLiteral("hex"));
    layout->addWidget(m_view, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &HexPanel::findNext);
    connect(m_goTo, &QLineEdit::returnPressed, this, &HexPanel::goToTypedOffset);
    for (QLineEdit* edit : { m_find, m_goTo })
        connect(edit, &QLineEdit::textEdited, this, [this] { showError({}); });
    connect(m_follow, &QToolButton::toggled, m_view, &HexView::setFollow);
    connect(m_view, &HexView::followChanged, m_follow, &QToolButton::setChecked);
    connect(m_view, &HexView::rangeChanged, this, &HexPanel::updateCounts);
    updateCounts();
}

void HexPanel::setSource(std::shared_ptr<HexSource> source, const QString& title)
{
    m_title->setText(title);
    showError({});
    m_view->setSource(std::move(source));
}

void HexPanel::setSources(std::vector<NamedSource> sources, qint64 currentKey)
{
    m_sources = std::move(sources);
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    int current = 0;
    for (std::size_t i = 0; i < m_sources.size(); ++i) {
        m_tabs->addTab(m_sources[i].title);
        if (m_sources[i].key == currentKey)
            current = static_cast<int>(i);
    }
    m_tabs->setVisible(m_sources.size() > 1);
    m_tabs->setCurrentIndex(current);
    showTab(current);
}

void HexPanel::showTab(int index)
{
    if (index < 0 || index >= static_cast<int>(m_sources.size())) {
        setSource(nullptr, QString());
        return;
    }
    setSource(m_sources[static_cast<std::size_t>(index)].source, m_sources[static_cast<std::size_t>(index)].title);
}

qint64 HexPanel::currentKey() const
{
    const int i = m_tabs->currentIndex();
    return i >= 0 && i < static_cast<int>(m_sources.size()) ? m_sources[static_cast<std::size_t>(i)].key : -1;
}

void HexPanel::refresh()
{
    m_view->refresh();
}

HexPanel::Needle HexPanel::parseNeedle(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return { {}, tr("Type hex bytes or a quoted string") };
    Needle needle;
    if (trimmed.startsWith(u'"')) {
        needle = parseQuoted(trimmed);
    } else {
        const PayloadParse hex = parsePayload(trimmed, PayloadMode::Hex);
        needle = { hex.bytes, hex.error };
    }
    if (needle.error.isEmpty() && needle.bytes.isEmpty())
        needle.error = tr("Nothing to find");
    return needle;
}

std::optional<quint64> HexPanel::parseOffset(const QString& text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    const bool hex = trimmed.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
    // toULongLong() would accept a sign or inner spaces; only digits are offsets.
    const QString digits = hex ? trimmed.mid(2) : trimmed;
    for (const QChar c : digits)
        if (hex ? !std::isxdigit(static_cast<unsigned char>(c.toLatin1())) : !c.isDigit())
            return std::nullopt;
    const quint64 value = digits.toULongLong(&ok, hex ? 16 : 10);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

void HexPanel::findNext()
{
    const Needle needle = parseNeedle(m_find->text());
    if (!needle.error.isEmpty()) {
        showError(needle.error);
        return;
    }
    // Start just after the current match so pressing Enter again walks through them all.
    const auto [first, end] = m_view->selection();
    const quint64 from = end > first ? first + 1 : first;
    showError(m_view->findBytes(needle.bytes, from) ? QString() : tr("No match"));
}

void HexPanel::goToTypedOffset()
{
    const std::optional<quint64> offset = parseOffset(m_goTo->text());
    if (!offset)
        showError(tr("Type an offset: 1234 or 0x4d2"));
    else if (*offset < m_view->begin())
        showError(tr("Offset %1 was dropped by the capture cap").arg(*offset));
    else if (*offset >= m_view->end())
        showError(tr("Offset %1 is past the end").arg(*offset));
    else {
        showError({});
        m_view->goToOffset(*offset);
    }
}

void HexPanel::updateCounts()
{
    const auto& source = m_view->source();
    const quint64 dropped = source ? source->dropped() : 0;
    const quint64 byBudget = source ? source->budgetDropped() : 0;
    QString text = tr("%1 bytes · %2 dropped by the capture cap")
                       .arg(locale().toString(m_view->end() - m_view->begin()),
                            locale().toString(dropped - byBudget));
    if (byBudget > 0) // The budget shared by every socket trimmed this one, the largest.
        text += tr(" · %1 by the total budget").arg(locale().toString(byBudget));
    m_counts->setText(text);
    QPalette warning;
    if (dropped > 0)
        warning.setColor(QPalette::WindowText,
                         blendColors(palette().color(QPalette::WindowText), kWarningAccent, 0.8));
    m_counts->setPalette(warning); // A default palette inherits the panel's colours again.
}

void HexPanel::showError(const QString& message)
{
    QPalette error;
    error.setColor(QPalette::WindowText,
                   blendColors(palette().color(QPalette::WindowText), kWarningAccent, 0.8));
    m_error->setPalette(error);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void HexPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        updateCounts();
        showError(m_error->text());
    }
}

} // namespace spg::ui
