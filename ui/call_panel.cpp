// The form shows only the fields a call takes, read from the call table: each argument kind
// has one field. Every field is validated with the same parsers the engine uses, so what
// the form accepts the engine can turn into a call.
#include "call_panel.h"

#include "address_field.h"
#include "call_help.h"
#include "call_log_model.h"
#include "display_text.h"
#include "epoll_fields.h"
#include "fd_sets_field.h"
#include "kevent_field.h"
#include "payload_editor.h"
#include "poll_list_field.h"
#include "socket_text.h"

#include "core/sys/sys.h"
#include "core/words/sockaddr_layout.h"
#include "core/words/sockopt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <netinet/in.h>
#include <sys/socket.h>

namespace spg::ui {

using core::CallKind;

namespace {

struct FlagInfo {
    int value;
    const char* name;
    const char* help;
};

const FlagInfo kFlags[] = {
    { MSG_PEEK, "MSG_PEEK", "Look at the data without removing it from the queue." },
    { MSG_WAITALL, "MSG_WAITALL", "Wait until the whole buffer is filled (or EOF / error)." },
    { MSG_DONTWAIT, "MSG_DONTWAIT", "Do not block for this one call: EAGAIN instead." },
    { MSG_OOB, "MSG_OOB", "Send or receive TCP urgent (out-of-band) data." },
    { MSG_TRUNC, "MSG_TRUNC", "recv: return the real datagram length even if it did not fit." },
};

bool takes(CallKind k, core::ArgKind kind)
{
    for (const core::ArgSpec& a : core::callSpec(k).args)
        if (a.kind == kind)
            return true;
    return false;
}

} // namespace

CallPanel::CallPanel(QWidget* parent)
    : QWidget(parent)
    , m_call(new QComboBox(this))
    , m_signature(new QLabel(this))
    , m_socketLabel(new QLabel(this))
    , m_domain(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_protocol(new QComboBox(this))
    , m_sockNonblock(new QCheckBox(tr("SOCK_NONBLOCK"), this))
    , m_address(new AddressField(this))
    , m_backlog(new QSpinBox(this))
    , m_flagBox(new QWidget(this))
    , m_payload(new PayloadEditor(this))
    , m_length(new QSpinBox(this))
    , m_iovLengths(new QLineEdit(this))
    , m_how(new QComboBox(this))
    , m_option(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_nonblock(new QComboBox(this))
    , m_sockFlags(new QWidget(this))
    , m_pollList(new PollListField(this))
    , m_timeout(new QSpinBox(this))
    , m_epoll(new EpollFields(this))
    , m_error(new QLabel(this))
    , m_result(new QLabel(this))
    , m_perform(new QPushButton(tr("Perform call"), this))
    , m_fdSets(new FdSetsField(this))
    , m_kevent(new KeventField(this))
{
    buildForm();
    connect(m_call, &QComboBox::currentIndexChanged, this, &CallPanel::updateVisibility);
    connect(m_perform, &QPushButton::clicked, this, &CallPanel::perform);
    for (QLineEdit* edit : { static_cast<QLineEdit*>(m_address), m_value, m_iovLengths })
        connect(edit, &QLineEdit::returnPressed, this, &CallPanel::perform);
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CallPanel::perform);
    connect(m_address, &AddressField::validityChanged, this, [this](const QString& error, bool wildcard) {
        if (!error.isEmpty() && !m_address->text().isEmpty())
            showError(error);
        else
            showError(wildcard ? tr("⚠ wildcard address: the socket will be reachable from other "
                                    "machines")
                               : QString());
    });
    updateVisibility();
}

void CallPanel::buildForm()
{
    for (const core::CallSpec& spec : core::callTable()) {
        if (spec.has(core::Control))
            continue;
        m_call->addItem(callMenuText(spec.kind), int(spec.kind));
        m_call->setItemData(m_call->count() - 1,
                            callSignature(spec.kind) + QStringLiteral("\n")
                                + callStraceForm(spec.kind) + QStringLiteral("\n")
                                + callHelp(spec.kind),
                            Qt::ToolTipRole);
        disableIfUnavailable(m_call->count() - 1, spec.kind);
    }
    m_domain->addItem(QStringLiteral("AF_INET"), AF_INET);
    m_domain->addItem(QStringLiteral("AF_INET6"), AF_INET6);
    m_domain->addItem(QStringLiteral("AF_UNIX"), AF_UNIX);
    m_type->addItem(QStringLiteral("SOCK_STREAM"), SOCK_STREAM);
    m_type->addItem(QStringLiteral("SOCK_DGRAM"), SOCK_DGRAM);
    m_type->addItem(QStringLiteral("SOCK_SEQPACKET"), SOCK_SEQPACKET);
    m_protocol->addItem(tr("0 (default)"), 0);
    m_protocol->addItem(QStringLiteral("IPPROTO_TCP"), int(IPPROTO_TCP));
    m_protocol->addItem(QStringLiteral("IPPROTO_UDP"), int(IPPROTO_UDP));
    m_sockNonblock->setToolTip(tr("Create the socket in non-blocking mode."));
    m_backlog->setRange(-1, 65535);
    m_backlog->setValue(2);
    m_backlog->setToolTip(tr("How many completed connections may wait for accept()."));
    m_length->setRange(0, 64 * 1024 * 1024);
    m_length->setValue(1024);
    m_length->setToolTip(tr("Size of the receive buffer in bytes."));
    m_iovLengths->setText(QStringLiteral("4, 4"));
    m_iovLengths->setToolTip(tr("Sizes of the receive buffers (iovecs), comma separated."));
    m_how->addItem(QStringLiteral("SHUT_WR"), SHUT_WR);
    m_how->addItem(QStringLiteral("SHUT_RD"), SHUT_RD);
    m_how->addItem(QStringLiteral("SHUT_RDWR"), SHUT_RDWR);
    for (const core::SocketOption& o : core::socketOptions()) {
        m_option->addItem(QString::fromUtf8(o.name.data(), int(o.name.size())));
        m_option->setItemData(m_option->count() - 1,
                              QString::fromUtf8(o.levelName.data(), int(o.levelName.size()))
                                  + QStringLiteral(": ")
                                  // The table's help is a string literal marked with
                                  // SPG_TR_NOOP("spg::sockopt", ...), so it ends with a NUL.
                                  + QCoreApplication::translate("spg::sockopt", o.help.data()),
                              Qt::ToolTipRole);
    }
    m_value->setText(QStringLiteral("1"));
    m_value->setToolTip(tr("1 / on / off for flags, a number, {1,0} for SO_LINGER, seconds such "
                           "as 1.5 for timeouts."));
    m_nonblock->addItem(tr("on (O_NONBLOCK set)"), true);
    m_nonblock->addItem(tr("off (blocking)"), false);
    auto* sockFlags = new QHBoxLayout(m_sockFlags);
    sockFlags->setContentsMargins(0, 0, 0, 0);
#ifdef SOCK_NONBLOCK
    for (const auto& [value, name] : { std::pair { SOCK_NONBLOCK, "SOCK_NONBLOCK" },
                                       std::pair { SOCK_CLOEXEC, "SOCK_CLOEXEC" } }) {
        auto* box = new QCheckBox(QString::fromLatin1(name), m_sockFlags);
        box->setProperty("flag", value);
        sockFlags->addWidget(box);
        m_sockFlagBoxes.append(box);
    }
#endif
    m_timeout->setRange(-1, 3600000);
    m_timeout->setValue(1000);
    m_timeout->setSpecialValueText(tr("-1 (for ever)"));
    m_timeout->setSuffix(tr(" ms"));
    m_timeout->setToolTip(tr("How long the call may wait: milliseconds, -1 for ever, 0 only looks."));
    // Three flags a row keeps the form narrow enough for the left dock.
    auto* flags = new QGridLayout(m_flagBox);
    flags->setContentsMargins(0, 0, 0, 0);
    for (const FlagInfo& f : kFlags) {
        auto* box = new QCheckBox(QString::fromLatin1(f.name).mid(4), m_flagBox);
        box->setToolTip(QStringLiteral("%1: %2").arg(QString::fromLatin1(f.name), tr(f.help)));
        box->setProperty("flag", f.value);
        flags->addWidget(box, int(m_flags.size()) / 3, int(m_flags.size()) % 3);
        m_flags.append(box);
    }
    m_signature->setWordWrap(true);
    m_socketLabel->setWordWrap(true); // Long socket descriptions must not widen the dock.
    m_signature->setStyleSheet(QStringLiteral("color: palette(mid); font-family: monospace;"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d04040;"));
    m_error->setVisible(false);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setVisible(false);
    m_perform->setDefault(true);
    m_perform->setToolTip(tr("Perform the call (Enter / Ctrl+Enter)"));

    m_form = new QFormLayout;
    m_form->addRow(tr("Call"), m_call);
    m_form->addRow(QString(), m_signature);
    m_form->addRow(tr("Socket"), m_socketLabel);
    m_form->addRow(tr("Domain"), m_domain);
    m_form->addRow(tr("Type"), m_type);
    m_form->addRow(tr("Protocol"), m_protocol);
    m_form->addRow(QString(), m_sockNonblock);
    m_form->addRow(tr("Address"), m_address);
    m_form->addRow(tr("Backlog"), m_backlog);
    m_form->addRow(tr("Payload"), m_payload);
    m_form->addRow(tr("Buffer"), m_length);
    m_form->addRow(tr("iovecs"), m_iovLengths);
    m_form->addRow(tr("Flags"), m_flagBox);
    m_form->addRow(tr("How"), m_how);
    m_form->addRow(tr("Option"), m_option);
    m_form->addRow(tr("Value"), m_value);
    m_form->addRow(tr("O_NONBLOCK"), m_nonblock);
    m_form->addRow(tr("Flags"), m_sockFlags);
    m_form->addRow(tr("pollfds"), m_pollList);
    m_form->addRow(tr("fd_sets"), m_fdSets);
    m_form->addRow(tr("kevent"), m_kevent);
    m_form->addRow(tr("Timeout"), m_timeout);
    m_epoll->addRows(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_perform);
    layout->addWidget(m_result);
    layout->addStretch();
}

void CallPanel::updateVisibility()
{
    const CallKind k = call();
    using core::ArgKind;
    // Hides field and label together (QFormLayout::setRowVisible needs Qt 6.4; we support 6.2).
    const auto show = [this](QWidget* w, bool on) {
        w->setVisible(on);
        if (QWidget* label = m_form->labelForField(w))
            label->setVisible(on);
    };
    const auto field = [&](QWidget* w, std::initializer_list<ArgKind> kinds) {
        bool on = false;
        for (ArgKind kind : kinds)
            on = on || takes(k, kind);
        show(w, on);
    };
    field(m_socketLabel, { ArgKind::Socket, ArgKind::Epoll });
    field(m_domain, { ArgKind::Domain });
    field(m_type, { ArgKind::Type });
    field(m_protocol, { ArgKind::Protocol });
    show(m_sockNonblock, k == CallKind::Socket);
    field(m_address, { ArgKind::Address });
    field(m_backlog, { ArgKind::Backlog });
    field(m_payload, { ArgKind::Bytes, ArgKind::BytesList });
    field(m_length, { ArgKind::Length });
    field(m_iovLengths, { ArgKind::LengthList });
    field(m_flagBox, { ArgKind::MsgFlags });
    field(m_how, { ArgKind::How });
    field(m_option, { ArgKind::Option });
    field(m_value, { ArgKind::OptionValue });
    field(m_nonblock, { ArgKind::NonBlockFlag });
    field(m_sockFlags, { ArgKind::SockFlags });
    field(m_pollList, { ArgKind::PollList });
    field(m_timeout, { ArgKind::Timeout });
    field(m_fdSets, { ArgKind::ReadFds, ArgKind::WriteFds, ArgKind::ExceptFds });
    field(m_kevent, { ArgKind::Changelist, ArgKind::Changelist64 });
    m_kevent->setCall(k);
    m_epoll->showFor(k, show);
    m_signature->setText(callSignature(k));
    m_signature->setToolTip(callStraceForm(k) + QStringLiteral("\n") + callHelp(k));
    m_call->setToolTip(callHelp(k));
    if (k == CallKind::Bind && m_address->text().isEmpty())
        m_address->setText(QStringLiteral("127.0.0.1:0")); // Loopback is the safe default.
    // A call this host lacks stays in view, with the reason, and cannot be performed.
    const core::Message unavailable = core::callUnavailableHere(k);
    const QString why = *unavailable.text ? translated(unavailable) : QString();
    m_perform->setEnabled(why.isEmpty());
    showError(why);
}

// Shown, not hidden: the item is greyed out, says "unavailable on Linux" and gives the
// reason as its tooltip.
void CallPanel::disableIfUnavailable(int row, CallKind kind)
{
    const core::Message why = core::callUnavailableHere(kind);
    auto* model = qobject_cast<QStandardItemModel*>(m_call->model());
    if (!*why.text || !model)
        return;
    QStandardItem* item = model->item(row);
    item->setEnabled(false);
    item->setText(item->text() + tr(" — unavailable on %1").arg(QString::fromStdString(core::sys::systemName())));
    item->setToolTip(translated(why) + QStringLiteral("\n\n") + item->toolTip());
}

void CallPanel::setCall(CallKind kind)
{
    m_call->setCurrentIndex(m_call->findData(int(kind)));
}

CallKind CallPanel::call() const
{
    return static_cast<CallKind>(m_call->currentData().toInt());
}

void CallPanel::setTarget(const core::SocketSnapshot* socket)
{
    m_target = socket ? socket->id : core::kNoSocket;
    m_pollList->setCandidate(m_target);
    m_fdSets->setCandidate(m_target);
    m_socketLabel->setText(socket ? socketLabel(*socket) + QStringLiteral(" · ") + socketKind(*socket)
                                        + QStringLiteral(" · ") + socketState(*socket)
                                  : tr("none: select a socket in the Sockets panel"));
}

void CallPanel::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString CallPanel::error() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CallPanel::showResult(const core::CallRecord& record)
{
    if (record.command != m_lastCommand || m_lastCommand == 0)
        return;
    const bool failed = record.phase == core::CallPhase::Refused || (record.result < 0 && record.error);
    QString text = CallLogModel::callText(record);
    if (record.phase == core::CallPhase::Refused)
        text += QStringLiteral(" ") + tr("not made");
    if (!record.note.empty())
        text += QStringLiteral("\n") + noteText(record.note, record.noteWhat);
    if (!record.sockaddr.empty()) // The address as the kernel saw it, byte by byte.
        text += tr("\n\nstruct sockaddr, %1 bytes:\n").arg(record.sockaddr.size())
            + QString::fromStdString(core::sockaddrDump(record.sockaddr)).trimmed();
    m_result->setText(text);
    m_result->setStyleSheet(failed ? QStringLiteral("color: #d04040; font-family: monospace;")
                                   : QStringLiteral("font-family: monospace;"));
    m_result->setVisible(true);
}

QString CallPanel::resultText() const
{
    return m_result->isVisible() ? m_result->text() : QString();
}

int CallPanel::flags() const
{
    int flags = 0;
    for (QCheckBox* box : m_flags)
        if (box->isChecked())
            flags |= box->property("flag").toInt();
    return flags;
}

bool CallPanel::perform()
{
    core::Command c;
    QString error;
    if (!build(c, error)) {
        showError(error);
        return false;
    }
    showError(QString());
    if (!c.address.empty())
        m_address->remember(QString::fromStdString(c.address));
    emit commandReady(c);
    return true;
}

// Reads the fields the call takes (its argument kinds in the call table) into a Command.
bool CallPanel::build(core::Command& c, QString& error) const
{
    using core::ArgKind;
    c.kind = call();
    const bool onSocket = takes(c.kind, ArgKind::Socket) || takes(c.kind, ArgKind::Epoll);
    if (onSocket && m_target == core::kNoSocket) {
        error = tr("Select a socket in the Sockets panel first (or create one with socket()).");
        return false;
    }
    c.socket = onSocket ? m_target : core::kNoSocket;
    if (takes(c.kind, ArgKind::Domain)) {
        c.domain = m_domain->currentData().toInt();
        c.type = m_type->currentData().toInt();
#ifdef SOCK_NONBLOCK
        if (c.kind == CallKind::Socket && m_sockNonblock->isChecked())
            c.type |= SOCK_NONBLOCK;
#endif
        c.protocol = m_protocol->currentData().toInt();
    }
    if (takes(c.kind, ArgKind::Address)) {
        if (!m_address->error().isEmpty()) {
            error = tr("Address: %1").arg(m_address->error());
            return false;
        }
        c.address = m_address->text().trimmed().toStdString();
    }
    c.backlog = m_backlog->value();
    c.how = m_how->currentData().toInt();
    c.enable = m_nonblock->currentData().toBool();
    c.timeoutMs = m_timeout->value();
    if (takes(c.kind, ArgKind::SockFlags))
        for (QCheckBox* box : m_sockFlagBoxes)
            c.flags |= box->isChecked() ? box->property("flag").toInt() : 0;
    if (const core::Message why = core::callUnavailableHere(c.kind); *why.text) {
        error = translated(why);
        return false;
    }
    if (takes(c.kind, ArgKind::PollList) && !m_pollList->entries(c.pollFds, error))
        return false;
    if (takes(c.kind, ArgKind::ReadFds) && !m_fdSets->sets(c.fdSets, error))
        return false;
    if ((takes(c.kind, ArgKind::Changelist) || takes(c.kind, ArgKind::Changelist64))
        && !m_kevent->build(c, error))
        return false;
    if (!m_epoll->build(c, error))
        return false;
    if (takes(c.kind, ArgKind::Option) && !buildOption(c, error))
        return false;
    return buildData(c, error);
}

bool CallPanel::buildOption(core::Command& c, QString& error) const
{
    c.option = m_option->currentText().toStdString();
    const core::SocketOption* option = core::findOption(c.option);
    core::OptionValue v;
    if (c.kind == CallKind::SetSockOpt && option) {
        const core::Message e = core::optionValueMessage(*option, m_value->text().toStdString(), v);
        if (*e.text) {
            error = tr("Value for %1: %2").arg(m_option->currentText(), translated(e));
            return false;
        }
        c.value = m_value->text().trimmed().toStdString();
    }
    return true;
}

// The data arguments: flags, payload, buffer sizes.
bool CallPanel::buildData(core::Command& c, QString& error) const
{
    using core::ArgKind;
    if (takes(c.kind, ArgKind::MsgFlags))
        c.flags = flags();
    if (takes(c.kind, ArgKind::BytesList)) {
        QList<QByteArray> parts;
        const PayloadParse p = m_payload->iovecs(parts);
        if (!p.ok()) {
            error = tr("Payload: %1").arg(p.error);
            return false;
        }
        for (const QByteArray& part : parts)
            c.payload.emplace_back(part.constData(), std::size_t(part.size()));
    } else if (takes(c.kind, ArgKind::Bytes)) {
        const PayloadParse p = m_payload->bytes();
        if (!p.ok()) {
            error = tr("Payload: %1").arg(p.error);
            return false;
        }
        c.payload.emplace_back(p.bytes.constData(), std::size_t(p.bytes.size()));
    } else if (takes(c.kind, ArgKind::LengthList)) {
        for (const QString& part : m_iovLengths->text().split(QLatin1Char(','))) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (!ok || n < 0) {
                error = tr("iovecs: \"%1\" is not a size; write sizes like 4, 4, 8").arg(part.trimmed());
                return false;
            }
            c.iovLengths.push_back(std::size_t(n));
        }
    } else if (takes(c.kind, ArgKind::Length)) {
        c.length = std::size_t(m_length->value());
    }
    return true;
}

} // namespace spg::ui
