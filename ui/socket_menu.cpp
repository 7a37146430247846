#include "socket_menu.h"

#include "call_help.h"
#include "display_text.h"
#include "session.h"

#include <QMenu>
#include <algorithm>
#include <sys/socket.h>

namespace spg::ui {

using core::CallKind;

std::vector<CallKind> suggestedCalls(const core::SocketSnapshot& s)
{
    const bool stream = s.type == SOCK_STREAM || s.type == SOCK_SEQPACKET;
    if (s.fdKind == core::FdKind::Epoll)
        return { CallKind::EpollCtl, CallKind::EpollWait, CallKind::Close };
    if (s.fdKind == core::FdKind::Kqueue)
        return { CallKind::Kevent, CallKind::Close };
    switch (s.lifecycle) {
    case core::Lifecycle::Created:
        return stream ? std::vector { CallKind::Bind, CallKind::Connect, CallKind::SetSockOpt,
                                      CallKind::Close }
                      : std::vector { CallKind::Bind, CallKind::SendTo, CallKind::Connect,
                                      CallKind::Close };
    case core::Lifecycle::Bound:
        return stream ? std::vector { CallKind::Listen, CallKind::Connect, CallKind::GetSockName,
                                      CallKind::Close }
                      : std::vector { CallKind::RecvFrom, CallKind::SendTo, CallKind::RecvMsg,
                                      CallKind::Close };
    case core::Lifecycle::Listening:
        return { CallKind::Accept, CallKind::GetSockName, CallKind::Close };
    case core::Lifecycle::Connecting:
        return { CallKind::GetSockOpt, CallKind::Send, CallKind::Close };
    case core::Lifecycle::Connected:
        return { CallKind::Send, CallKind::Recv, CallKind::Shutdown, CallKind::Close };
    case core::Lifecycle::Closed:
        return {};
    }
    return {};
}

SocketMenu::SocketMenu(Session& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

// Calls without arguments run at once; the rest open in the Call panel.
void SocketMenu::choose(const core::SocketSnapshot& socket, CallKind kind)
{
    // A call whose only choice is the socket (the table lists nothing else to fill in).
    bool immediate = true;
    for (const core::ArgSpec& a : core::callSpec(kind).args)
        immediate = immediate
            && (a.kind == core::ArgKind::Socket || a.kind == core::ArgKind::GetFlCommand
                || a.kind == core::ArgKind::IoctlRequest);
    if (!immediate) {
        emit prepareCall(socket.id, kind);
        return;
    }
    core::Command c;
    c.kind = kind;
    c.socket = socket.id;
    m_session.submit(c);
}

QMenu* SocketMenu::build(const core::SocketSnapshot& socket, QWidget* parent)
{
    auto* menu = new QMenu(parent);
    const std::vector<CallKind> first = suggestedCalls(socket);
    auto addCall = [&](QMenu* to, CallKind kind) {
        QAction* a = to->addAction(callMenuText(kind) + QStringLiteral("()"));
        a->setToolTip(callHelp(kind));
        // Shown, not hidden, where this host lacks the call (kevent on Linux), with the reason.
        if (const core::Message why = core::callUnavailableHere(kind); *why.text) {
            a->setEnabled(false);
            a->setText(a->text() + tr(" — unavailable here"));
            a->setToolTip(translated(why));
        }
        connect(a, &QAction::triggered, this, [this, socket, kind] { choose(socket, kind); });
    };
    for (CallKind kind : first)
        addCall(menu, kind);
    QMenu* all = menu->addMenu(tr("All calls"));
    // Every call that acts on a socket, wrong ones included: wrong calls are lessons.
    for (const core::CallSpec& spec : core::callTable())
        if (!spec.has(core::Control) && !spec.args.empty()
            && (spec.args.front().kind == core::ArgKind::Socket || spec.args.front().kind == core::ArgKind::Epoll))
            addCall(all, spec.kind);
    menu->addSeparator();
    if (!socket.blockedIn.empty()) {
        QAction* cancel = menu->addAction(tr("Cancel blocked %1()").arg(QString::fromStdString(socket.blockedIn)));
        connect(cancel, &QAction::triggered, this, [this, socket] {
            m_session.submit(core::makeCancel(socket.id));
        });
    }
    const struct {
        core::Automation automation;
        bool on;
        const char* text;
    } toggles[] = { { core::Automation::AutoAccept, socket.autoAccept, "Auto-accept" },
                    { core::Automation::AutoReceive, socket.autoReceive, "Auto-receive" },
                    { core::Automation::Echo, socket.echo, "Echo" } };
    for (const auto& t : toggles) {
        if (socket.fdKind != core::FdKind::Socket)
            break; // An epoll instance or a kqueue has nothing to accept or receive.
        QAction* a = menu->addAction(tr(t.text));
        a->setCheckable(true);
        a->setChecked(t.on);
        connect(a, &QAction::toggled, this, [this, socket, t](bool on) {
            m_session.submit(core::makeAutomation(socket.id, t.automation, on));
        });
    }
    return menu;
}

} // namespace spg::ui
