// The form's fields for kevent() and kevent64(): the changelist in the man page's notation
// (EV_SET(ident, filter, flags, fflags, data, udata), EV_SET64 with ext[0] and ext[1]; the
// ident is a descriptor number as the Sockets panel shows it), nevents, and kevent64's
// flags. Read with the scenario parser's own reader. GUI thread only.
#pragma once

#include "core/engine/commands.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace spg::ui {

class KeventField : public QWidget {
    Q_OBJECT

public:
    explicit KeventField(QWidget* parent = nullptr);

    void setCall(core::CallKind kind); // kevent or kevent64: which notation and fields
    // The changelist, nevents and flags into `c`, or false with a message.
    bool build(core::Command& c, QString& error) const;

    QLineEdit* changelist() const { return m_changes; }
    QSpinBox* neventsBox() const { return m_nevents; }

private:
    QLineEdit* m_changes;
    QSpinBox* m_nevents;
    QComboBox* m_flags;
    bool m_is64 = false;
};

} // namespace spg::ui
