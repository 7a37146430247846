#include "socket_text.h"

#include "core/engine/kqueue_registrations.h"
#include "core/sys/poller.h"
#include "core/words/epoll_words.h"

#include <QCoreApplication>
#include <QStringList>
#include <sys/socket.h>

namespace spg::ui {

namespace {

// lupdate files a free function's tr() under its namespace, so that is the context here too.
QString tr(const char* text)
{
    return QCoreApplication::translate("spg::ui", text);
}

// The engine's lifecycle words (core::lifecycleName, which scenario files write after
// `expect state`) in the window's language.
QString lifecycleText(core::Lifecycle lifecycle)
{
    switch (lifecycle) {
    case core::Lifecycle::Created: return tr("created");
    case core::Lifecycle::Bound: return tr("bound");
    case core::Lifecycle::Listening: return tr("listening");
    case core::Lifecycle::Connecting: return tr("connecting");
    case core::Lifecycle::Connected: return tr("connected");
    case core::Lifecycle::Closed: return tr("closed");
    }
    return QStringLiteral("?");
}

} // namespace

QString socketKind(const core::SocketSnapshot& s)
{
    if (s.fdKind == core::FdKind::Epoll)
        return tr("epoll instance");
    if (s.fdKind == core::FdKind::Kqueue)
        return QStringLiteral("kqueue");
    const QString family = s.domain == AF_INET ? QStringLiteral("IPv4")
        : s.domain == AF_INET6                 ? QStringLiteral("IPv6")
                                               : QString();
    if (s.domain == AF_UNIX) {
        switch (s.type) {
        case SOCK_STREAM: return tr("UNIX stream");
        case SOCK_DGRAM: return tr("UNIX datagram");
        case SOCK_SEQPACKET: return tr("UNIX seqpacket");
        }
        return tr("UNIX type %1").arg(s.type);
    }
    switch (s.type) {
    case SOCK_STREAM: return QStringLiteral("TCP/") + family;
    case SOCK_DGRAM: return QStringLiteral("UDP/") + family;
    case SOCK_SEQPACKET: return QStringLiteral("SEQPACKET/") + family;
    }
    return tr("type %1/").arg(s.type) + family;
}

QString interestText(const core::SocketSnapshot& s)
{
    QStringList entries;
    for (const core::EpollWatch& w : s.interest)
        entries << (w.socket != core::kNoSocket ? QStringLiteral("#%1").arg(w.socket)
                                                : QStringLiteral("fd %1").arg(w.fd))
                + QLatin1Char(' ') + QString::fromStdString(core::epollEventsText(w.events));
    return entries.isEmpty() ? tr("interest list empty") : entries.join(QStringLiteral("; "));
}

QString socketState(const core::SocketSnapshot& s)
{
    if (s.fdKind == core::FdKind::Epoll)
        return s.lifecycle == core::Lifecycle::Closed ? tr("Closed") : interestText(s);
    // kqueue(2) cannot be asked what is registered: the changes it accepted tell.
    if (s.fdKind == core::FdKind::Kqueue)
        return s.lifecycle == core::Lifecycle::Closed ? tr("Closed")
            : s.kqueueRegistrations.empty()
            ? tr("nothing registered")
            : QString::fromStdString(core::registrationsText(s.kqueueRegistrations));
    QStringList parts { lifecycleText(s.lifecycle) };
    if (s.tcpState != core::TcpState::None)
        parts << QString::fromUtf8(core::tcpStateName(s.tcpState).data());
    if (s.shutRead && s.shutWrite)
        parts << tr("shut both ways");
    else if (s.shutWrite)
        parts << tr("write shut");
    else if (s.shutRead)
        parts << tr("read shut");
    if (s.peerClosed)
        parts << tr("peer closed");
    if (s.reset)
        parts << tr("reset");
    return parts.join(QStringLiteral(" · "));
}

QString socketMode(const core::SocketSnapshot& s)
{
    QStringList parts { s.nonBlocking ? tr("non-blocking") : tr("blocking") };
    if (s.autoAccept)
        parts << tr("auto-accept");
    if (s.autoReceive)
        parts << tr("auto-receive");
    if (s.echo)
        parts << tr("echo");
    return parts.join(QStringLiteral(" · "));
}

QString socketLabel(const core::SocketSnapshot& s)
{
    return s.lifecycle == core::Lifecycle::Closed ? tr("#%1 (fd %2 closed)").arg(s.id).arg(s.fd)
                                                  : QStringLiteral("#%1 fd %2").arg(s.id).arg(s.fd);
}

QString readyText(unsigned ready)
{
    QStringList parts;
    if (ready & core::ReadyRead)
        parts << tr("readable");
    if (ready & core::ReadyWrite)
        parts << tr("writable");
    if (ready & core::ReadyReadHangup)
        parts << tr("peer shut write");
    if (ready & core::ReadyHangup)
        parts << tr("hang-up");
    if (ready & core::ReadyError)
        parts << tr("error");
    if (ready & core::ReadyPriority)
        parts << tr("urgent data");
    return parts.join(QStringLiteral(", "));
}

QString queueText(const core::SocketSnapshot& s)
{
    if (s.lifecycle != core::Lifecycle::Listening)
        return {};
    const QString q = s.acceptQueue >= 0 ? QString::number(s.acceptQueue) : QStringLiteral("?");
    const QString b = s.acceptLimit >= 0 ? QString::number(s.acceptLimit) : QStringLiteral("?");
    return tr("queue %1 / backlog %2").arg(q, b);
}

std::string portOfAddress(const std::string& address)
{
    const auto colon = address.rfind(':');
    return colon == std::string::npos ? std::string() : address.substr(colon + 1);
}

} // namespace spg::ui
