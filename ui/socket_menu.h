// A socket's context menu: the calls that make sense for its state come first, every other
// call stays available below (wrong calls are lessons), plus automation toggles and cancel.
// GUI thread only.
#pragma once

#include "core/engine/commands.h"
#include "core/engine/events.h"

#include <QObject>

#include <vector>

class QMenu;
class QWidget;

namespace spg::ui {

class Session;

// The calls that fit a socket's state, most likely first. Pure, for tests.
std::vector<core::CallKind> suggestedCalls(const core::SocketSnapshot& socket);

class SocketMenu : public QObject {
    Q_OBJECT

public:
    explicit SocketMenu(Session& session, QObject* parent = nullptr);
    // Builds the menu for `socket`; the caller executes and deletes it.
    QMenu* build(const core::SocketSnapshot& socket, QWidget* parent);

signals:
    // The user chose a call that needs arguments: show it in the Call panel.
    void prepareCall(spg::core::SocketId socket, spg::core::CallKind kind);

private:
    void choose(const core::SocketSnapshot& socket, core::CallKind kind);

    Session& m_session;
};

} // namespace spg::ui
