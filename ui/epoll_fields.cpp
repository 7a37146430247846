#include "epoll_fields.h"

#include "socket_text.h"

#include "core/words/calls.h"
#include "core/words/epoll_words.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QSpinBox>
#include <QTimer>

#include <utility>

namespace spg::ui {

namespace {

using core::ArgKind;

bool takes(core::CallKind k, ArgKind kind)
{
    for (const core::ArgSpec& a : core::callSpec(k).args)
        if (a.kind == kind)
            return true;
    return false;
}

struct EventInfo {
    unsigned bit;
    const char* name;
    const char* help;
};

const EventInfo kEvents[] = {
    { core::epoll_bits::In, "EPOLLIN", "Readable: data, a connection to accept, or end of file." },
    { core::epoll_bits::Out, "EPOLLOUT", "Writable: the send buffer has room." },
    { core::epoll_bits::RdHup, "EPOLLRDHUP", "The peer shut down its sending side." },
    { core::epoll_bits::Pri, "EPOLLPRI", "Urgent (out-of-band) data." },
    { core::epoll_bits::Et, "EPOLLET", "Edge-triggered: report a change once, not a state." },
    { core::epoll_bits::OneShot, "EPOLLONESHOT", "One event, then disarmed until EPOLL_CTL_MOD." },
};

} // namespace

EpollFields::EpollFields(QWidget* form)
    : QObject(form),
      m_flags(new QComboBox(form)),
      m_op(new QComboBox(form)),
      m_watched(new QComboBox(form)),
      m_eventBox(new QWidget(form)),
      m_maxEvents(new QSpinBox(form))
{
    m_flags->addItem(QStringLiteral("0"), 0);
    m_flags->addItem(QStringLiteral("EPOLL_CLOEXEC"), core::epoll_bits::Cloexec);
    for (int op : { core::epoll_bits::CtlAdd, core::epoll_bits::CtlMod, core::epoll_bits::CtlDel })
        m_op->addItem(QString::fromStdString(core::epollOpName(op)), op);
    m_watched->setToolTip(tr("The socket the instance is told about; the instance itself is the "
                             "row selected in the Sockets panel."));
    auto* grid = new QGridLayout(m_eventBox);
    grid->setContentsMargins(0, 0, 0, 0);
    for (const EventInfo& e : kEvents) {
        auto* box = new QCheckBox(QString::fromLatin1(e.name).mid(5), m_eventBox);
        box->setObjectName(QString::fromLatin1(e.name));
        box->setToolTip(QStringLiteral("%1: %2").arg(QString::fromLatin1(e.name), tr(e.help)));
        box->setProperty("bit", e.bit);
        box->setChecked(e.bit == core::epoll_bits::In);
        grid->addWidget(box, int(m_events.size()) / 3, int(m_events.size()) % 3);
        m_events.append(box);
    }
    m_maxEvents->setRange(-1, 1024);
    m_maxEvents->setValue(8);
    m_maxEvents->setToolTip(
        tr("How many events the buffer holds (0 or less: the kernel's EINVAL)."));
}

void EpollFields::addRows(QFormLayout* form)
{
    form->addRow(tr("epoll flags"), m_flags);
    form->addRow(tr("op"), m_op);
    form->addRow(tr("fd"), m_watched);
    form->addRow(tr("events"), m_eventBox);
    form->addRow(tr("maxevents"), m_maxEvents);
}

void EpollFields::showFor(core::CallKind kind,
                          const std::function<void(QWidget*, bool)>& show) const
{
    show(m_flags, takes(kind, ArgKind::EpollFlags));
    show(m_op, takes(kind, ArgKind::EpollOp));
    show(m_watched, takes(kind, ArgKind::WatchedFd));
    show(m_eventBox, takes(kind, ArgKind::EpollEvents));
    show(m_maxEvents, takes(kind, ArgKind::MaxEvents));
}

bool EpollFields::build(core::Command& c, QString& error) const
{
    if (takes(c.kind, ArgKind::EpollFlags))
        c.flags = m_flags->currentData().toInt();
    c.epollOp = m_op->currentData().toInt();
    c.maxEvents = m_maxEvents->value();
    c.events = 0;
    for (QCheckBox* box : m_events)
        c.events |= box->isChecked() ? box->property("bit").toUInt() : 0u;
    if (!takes(c.kind, ArgKind::WatchedFd))
        return true;
    if (m_watched->currentIndex() < 0) {
        error = tr("Choose the socket to tell the epoll instance about (create one first).");
        return false;
    }
    c.watched = m_watched->currentData().value<core::SocketId>();
    return true;
}

void EpollFields::setSockets(const std::vector<const core::SocketSnapshot*>& sockets)
{
    const auto listed = [](const core::SocketSnapshot& s) {
        return s.fdKind == core::FdKind::Socket && s.lifecycle != core::Lifecycle::Closed;
    };
    std::vector<core::SocketId> ids;
    for (const core::SocketSnapshot* s : sockets)
        if (listed(*s))
            ids.push_back(s->id);
    if (ids == m_listed)
        return;
    m_listed = std::move(ids);
    const QVariant keep = m_watched->currentData();
    m_watched->clear();
    for (const core::SocketSnapshot* s : sockets)
        if (listed(*s))
            m_watched->addItem(socketLabel(*s) + QStringLiteral(" · ") + socketKind(*s),
                               QVariant::fromValue(s->id));
    const int again = m_watched->findData(keep);
    if (again >= 0)
        m_watched->setCurrentIndex(again);
}

void EpollFields::setSocketSource(SocketSource source)
{
    m_source = std::move(source);
    m_watched->installEventFilter(this);
    socketsChanged();
}

void EpollFields::socketsChanged()
{
    m_stale = true;
    if (std::exchange(m_queued, true))
        return;
    QTimer::singleShot(0, this, [this] {
        m_queued = false;
        if (m_stale && m_watched->isVisible())
            refreshSockets();
    });
}

void EpollFields::refreshSockets()
{
    m_stale = false;
    if (m_source)
        setSockets(m_source());
}

bool EpollFields::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_watched && event->type() == QEvent::Show && m_stale)
        refreshSockets();
    return QObject::eventFilter(watched, event);
}

QCheckBox* EpollFields::eventBox(const QString& name) const
{
    for (QCheckBox* box : m_events)
        if (box->objectName() == name)
            return box;
    return nullptr;
}

} // namespace spg::ui
