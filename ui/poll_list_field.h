// The form's field for poll()'s pollfd array: the entries as text ("#2 POLLIN, #4 POLLOUT"),
// and clicks to build it: tick the events, then add the socket selected in the Sockets
// panel. Parses into core::PollEntry values. GUI thread only.
#pragma once

#include "core/engine/commands.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace spg::ui {

class PollListField : public QWidget {
    Q_OBJECT

public:
    explicit PollListField(QWidget* parent = nullptr);

    // The socket the Add button adds (the Call panel's target).
    void setCandidate(core::SocketId id);
    // The entries, or false with a message naming the entry that is wrong.
    bool entries(std::vector<core::PollEntry>& out, QString& error) const;
    void clear();

    QLineEdit* edit() const { return m_edit; }
    QPushButton* addButton() const { return m_add; }
    QCheckBox* eventBox(const QString& name) const; // "POLLIN", "POLLOUT", "POLLPRI"

private:
    void addCandidate();

    QLineEdit* m_edit;
    QList<QCheckBox*> m_events;
    QPushButton* m_add;
    core::SocketId m_candidate = core::kNoSocket;
};

} // namespace spg::ui
