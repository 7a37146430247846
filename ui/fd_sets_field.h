// The form's field for select()'s three fd_sets: for each of readfds, writefds and
// exceptfds, the sockets as text ("#2, #4") and a button that adds the socket selected in
// the Sockets panel, as the pollfd field does. Parses into the Command's fdSets.
// GUI thread only.
#pragma once

#include "core/engine/commands.h"

#include <QWidget>

#include <array>

class QLineEdit;
class QPushButton;

namespace spg::ui {

class FdSetsField : public QWidget {
    Q_OBJECT

public:
    explicit FdSetsField(QWidget* parent = nullptr);

    // The socket the Add buttons add (the Call panel's target).
    void setCandidate(core::SocketId id);
    // The three sets, or false with a message naming the set and the entry that is wrong.
    bool sets(std::array<std::vector<core::SocketId>, 3>& out, QString& error) const;

    // 0 readfds, 1 writefds, 2 exceptfds.
    QLineEdit* edit(int set) const { return m_edits[static_cast<std::size_t>(set)]; }
    QPushButton* addButton(int set) const { return m_adds[static_cast<std::size_t>(set)]; }

private:
    void add(int set);

    std::array<QLineEdit*, 3> m_edits {};
    std::array<QPushButton*, 3> m_adds {};
    core::SocketId m_candidate = core::kNoSocket;
};

} // namespace spg::ui
