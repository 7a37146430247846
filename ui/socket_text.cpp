#include "socket_text.h"

#include "core/engine/kqueue_registrations.h"
#include "core/sys/poller.h"
#include "core/words/epoll_words.h"

#include <QStringList>
#include <sys/socket.h>

namespace spg::ui {

QString socketKind(const core::SocketSnapshot& s)
{
    if (s.fdKind == core::FdKind::Epoll)
        return QStringLiteral("epoll instance");
    if (s.fdKind == core::FdKind::Kqueue)
        return QStringLiteral("kqueue");
    const QString family = s.domain == AF_INET ? QStringLiteral("IPv4")
        : s.domain == AF_INET6                 ? QStringLiteral("IPv6")
                                               : QString();
    if (s.domain == AF_UNIX) {
        switch (s.type) {
        case SOCK_STREAM: return QStringLiteral("UNIX stream");
        case SOCK_DGRAM: return QStringLiteral("UNIX datagram");
        case SOCK_SEQPACKET: return QStringLiteral("UNIX seqpacket");
        }
        return QStringLiteral("UNIX type %1").arg(s.type);
    }
    switch (s.type) {
    case SOCK_STREAM: return QStringLiteral("TCP/") + family;
    case SOCK_DGRAM: return QStringLiteral("UDP/") + family;
    case SOCK_SEQPACKET: return QStringLiteral("SEQPACKET/") + family;
    }
    return QStringLiteral("type %1/").arg(s.type) + family;
}

QString interestText(const core::SocketSnapshot& s)
{
    QStringList entries;
    for (const core::EpollWatch& w : s.interest)
        entries << (w.socket != core::kNoSocket ? QStringLiteral("#%1").arg(w.socket)
                                                : QStringLiteral("fd %1").arg(w.fd))
                + QLatin1Char(' ') + QString::fromStdString(core::epollEventsText(w.events));
    return entries.isEmpty() ? QStringLiteral("interest list empty") : entries.join(QStringLiteral("; "));
}

QString socketState(const core::SocketSnapshot& s)
{
    if (s.fdKind == core::FdKind::Epoll)
        return s.lifecycle == core::Lifecycle::Closed ? QStringLiteral("Closed") : interestText(s);
    // kqueue(2) cannot be asked what is registered: the changes it accepted tell.
    if (s.fdKind == core::FdKind::Kqueue)
        return s.lifecycle == core::Lifecycle::Closed
            ? QStringLiteral("Closed")
            : QString::fromStdString(core::registrationsText(s.kqueueRegistrations));
    QStringList parts { QString::fromUtf8(core::lifecycleName(s.lifecycle).data()) };
    if (s.tcpState != core::TcpState::None)
        parts << QString::fromUtf8(core::tcpStateName(s.tcpState).data());
    if (s.shutRead && s.shutWrite)
        parts << QStringLiteral("shut both ways");
    else if (s.shutWrite)
        parts << QStringLiteral("write shut");
    else if (s.shutRead)
        parts << QStringLiteral("read shut");
    if (s.peerClosed)
        parts << QStringLiteral("peer closed");
    if (s.reset)
        parts << QStringLiteral("reset");
    return parts.join(QStringLiteral(" · "));
}

QString socketMode(const core::SocketSnapshot& s)
{
    QStringList parts { s.nonBlocking ? QStringLiteral("non-blocking") : QStringLiteral("blocking") };
    if (s.autoAccept)
        parts << QStringLiteral("auto-accept");
    if (s.autoReceive)
        parts << QStringLiteral("auto-receive");
    if (s.echo)
        parts << QStringLiteral("echo");
    return parts.join(QStringLiteral(" · "));
}

QString socketLabel(const core::SocketSnapshot& s)
{
    return s.lifecycle == core::Lifecycle::Closed ? QStringLiteral("#%1 (fd %2 closed)").arg(s.id).arg(s.fd)
                                                  : QStringLiteral("#%1 fd %2").arg(s.id).arg(s.fd);
}

QString readyText(unsigned ready)
{
    QStringList parts;
    if (ready & core::ReadyRead)
        parts << QStringLiteral("readable");
    if (ready & core::ReadyWrite)
        parts << QStringLiteral("writable");
    if (ready & core::ReadyReadHangup)
        parts << QStringLiteral("peer shut write");
    if (ready & core::ReadyHangup)
        parts << QStringLiteral("hang-up");
    if (ready & core::ReadyError)
        parts << QStringLiteral("error");
    if (ready & core::ReadyPriority)
        parts << QStringLiteral("urgent data");
    return parts.join(QStringLiteral(", "));
}

QString queueText(const core::SocketSnapshot& s)
{
    if (s.lifecycle != core::Lifecycle::Listening)
        return {};
    const QString q = s.acceptQueue >= 0 ? QString::number(s.acceptQueue) : QStringLiteral("?");
    const QString b = s.acceptLimit >= 0 ? QString::number(s.acceptLimit) : QStringLiteral("?");
    return QStringLiteral("queue %1 / backlog %2").arg(q, b);
}

} // namespace spg::ui
