// An address line edit that validates as you type with the engine's own parser, flags a
// wildcard bind, and offers recently used addresses. GUI thread only.
#pragma once

#include <QLineEdit>

class QStringListModel;

namespace spg::ui {

class AddressField : public QLineEdit {
    Q_OBJECT

public:
    explicit AddressField(QWidget* parent = nullptr);

    // Empty when the text parses; otherwise what is wrong with it.
    QString error() const { return m_error; }
    bool isWildcard() const { return m_wildcard; }
    void remember(const QString& address);
    QStringList recent() const;
    void setRecent(const QStringList& addresses);

signals:
    void validityChanged(const QString& error, bool wildcard);

private:
    void validate();

    QString m_error;
    bool m_wildcard = false;
    QStringListModel* m_recent;
};

} // namespace spg::ui
