#include "address_field.h"
#include "display_text.h"

#include "core/words/address.h"

#include <QCompleter>
#include <QStringListModel>

namespace spg::ui {

namespace {
constexpr int kRecentLimit = 20;
}

AddressField::AddressField(QWidget* parent)
    : QLineEdit(parent)
    , m_recent(new QStringListModel(this))
{
    setPlaceholderText(QStringLiteral("127.0.0.1:0   [::1]:8080   unix:/tmp/sock   localhost:80"));
    setToolTip(tr("An address: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/path, "
                  "unix:@abstract, or host:port (resolved without blocking the loop). "
                  "Port 0 lets the kernel choose."));
    auto* completer = new QCompleter(m_recent, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    connect(this, &QLineEdit::textChanged, this, &AddressField::validate);
    validate();
}

void AddressField::validate()
{
    const core::AddressParse parsed = core::parseAddress(text().toStdString());
    m_error = parsed.ok() ? QString() : translated(parsed.message);
    m_wildcard = parsed.ok() && parsed.endpoint.isWildcard();
    // A red frame while invalid, an amber one for a wildcard that exposes the machine.
    setStyleSheet(m_error.isEmpty() && !m_wildcard ? QString()
                      : m_error.isEmpty()          ? QStringLiteral("QLineEdit { border: 2px solid #e0a020; }")
                                                   : QStringLiteral("QLineEdit { border: 2px solid #d04040; }"));
    emit validityChanged(m_error, m_wildcard);
}

void AddressField::remember(const QString& address)
{
    QStringList list = m_recent->stringList();
    list.removeAll(address);
    list.prepend(address);
    while (list.size() > kRecentLimit)
        list.removeLast();
    m_recent->setStringList(list);
}

QStringList AddressField::recent() const
{
    return m_recent->stringList();
}

void AddressField::setRecent(const QStringList& addresses)
{
    m_recent->setStringList(addresses.mid(0, kRecentLimit));
}

} // namespace spg::ui
