// The Call panel: every engine call as a form. Invalid input shows an inline message and
// performs nothing; valid input becomes one core::Command emitted to the window, which
// submits it. The target socket comes from the Sockets panel's selection. GUI thread only.
#pragma once

#include "core/engine/commands.h"
#include "core/engine/events.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace spg::ui {

class AddressField;
class FdSetsField;
class KeventField;
class PayloadEditor;
class PollListField;
class EpollFields;

class CallPanel : public QWidget {
    Q_OBJECT

public:
    explicit CallPanel(QWidget* parent = nullptr);

    void setCall(core::CallKind kind);
    core::CallKind call() const;
    // The socket calls act on, with its latest snapshot for the label (nullptr: none).
    void setTarget(const core::SocketSnapshot* socket);
    core::SocketId target() const { return m_target; }

    // Validates the form; on success emits commandReady and returns true. Otherwise shows
    // the message inline and returns false.
    bool perform();
    QString error() const;
    // The answer to the call this panel performed last: shown under the form.
    void setLastCommand(core::CommandId id) { m_lastCommand = id; }
    void showResult(const core::CallRecord& record);
    QString resultText() const;

    AddressField* addressField() const { return m_address; }
    PayloadEditor* payloadEditor() const { return m_payload; }
    QSpinBox* lengthBox() const { return m_length; }
    QSpinBox* backlogBox() const { return m_backlog; }
    QComboBox* optionBox() const { return m_option; }
    QLineEdit* valueEdit() const { return m_value; }
    QComboBox* domainBox() const { return m_domain; }
    QComboBox* typeBox() const { return m_type; }
    QPushButton* performButton() const { return m_perform; }
    PollListField* pollList() const { return m_pollList; }
    QSpinBox* timeoutBox() const { return m_timeout; }
    EpollFields* epollFields() const { return m_epoll; }
    FdSetsField* fdSets() const { return m_fdSets; }
    KeventField* keventField() const { return m_kevent; }
    QComboBox* callBox() const { return m_call; }

signals:
    void commandReady(const spg::core::Command& command);

private:
    void buildForm();
    void updateVisibility();
    void disableIfUnavailable(int row, core::CallKind kind);
    bool build(core::Command& c, QString& error) const;
    bool buildData(core::Command& c, QString& error) const;
    bool buildOption(core::Command& c, QString& error) const;
    void showError(const QString& text);
    int flags() const;

    QComboBox* m_call;
    QLabel* m_signature;
    QLabel* m_socketLabel;
    QFormLayout* m_form = nullptr;
    QComboBox* m_domain;
    QComboBox* m_type;
    QComboBox* m_protocol;
    QCheckBox* m_sockNonblock;
    AddressField* m_address;
    QSpinBox* m_backlog;
    QList<QCheckBox*> m_flags;
    QWidget* m_flagBox;
    PayloadEditor* m_payload;
    QSpinBox* m_length;
    QLineEdit* m_iovLengths;
    QComboBox* m_how;
    QComboBox* m_option;
    QLineEdit* m_value;
    QComboBox* m_nonblock;
    QWidget* m_sockFlags;
    QList<QCheckBox*> m_sockFlagBoxes;
    PollListField* m_pollList;
    QSpinBox* m_timeout;
    EpollFields* m_epoll;
    QLabel* m_error;
    QLabel* m_result;
    core::CommandId m_lastCommand = 0;
    QPushButton* m_perform;
    core::SocketId m_target = core::kNoSocket;
    FdSetsField* m_fdSets;
    KeventField* m_kevent;
};

} // namespace spg::ui
