#include "kevent_field.h"

#include "core/scenario/scenario_kevent.h"
#include "core/words/kevent_text.h"
#include "ui/display_text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace spg::ui {

KeventField::KeventField(QWidget* parent)
    : QWidget(parent),
      m_changes(new QLineEdit(this)),
      m_nevents(new QSpinBox(this)),
      m_flags(new QComboBox(this))
{
    m_changes->setToolTip(tr("The changelist: EV_SET(ident, filter, flags, fflags, data, udata), "
                             "comma separated in [ ]; the ident is the descriptor number. [] only "
                             "collects events."));
    m_nevents->setRange(0, core::kMaxKevents);
    m_nevents->setValue(4);
    m_nevents->setToolTip(tr("nevents: room for this many returned events."));
    m_flags->addItem(QStringLiteral("0"), 0u);
    m_flags->addItem(QStringLiteral("KEVENT_FLAG_IMMEDIATE"), 1u);
    m_flags->setToolTip(tr("kevent64's flags: KEVENT_FLAG_IMMEDIATE returns at once."));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("changelist"), m_changes);
    form->addRow(tr("nevents"), m_nevents);
    form->addRow(tr("flags"), m_flags);
    setCall(core::CallKind::Kevent);
}

void KeventField::setCall(core::CallKind kind)
{
    m_is64 = kind == core::CallKind::Kevent64;
    m_changes->setPlaceholderText(
        m_is64 ? QStringLiteral("[EV_SET64(5, EVFILT_READ, EV_ADD, 0, 0, 0, 0, 0)]")
               : QStringLiteral("[EV_SET(5, EVFILT_READ, EV_ADD|EV_CLEAR, 0, 0, 0)]"));
    m_flags->setEnabled(m_is64);
}

bool KeventField::build(core::Command& c, QString& error) const
{
    const QString text = m_changes->text().trimmed();
    std::vector<core::KeventArg> changes;
    int column = 0;
    core::Message message;
    const std::set<std::string> noNames; // The form names descriptors by number.
    if (!core::parseChangelist({ text.isEmpty() ? std::string("[]") : text.toStdString(), 1 },
                               m_is64, noNames, changes, column, message)) {
        error = tr("changelist, column %1: %2").arg(column).arg(translated(message));
        return false;
    }
    for (const core::KeventArg& k : changes)
        c.changes.push_back(core::KeventChange { core::kNoSocket, k.fields });
    c.nevents = m_nevents->value();
    c.keventFlags = m_is64 ? m_flags->currentData().toUInt() : 0u;
    return true;
}

} // namespace spg::ui
