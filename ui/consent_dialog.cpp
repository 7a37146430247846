#include "consent_dialog.h"

#include "display_text.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spg::ui {

ConsentDialog::ConsentDialog(const core::PolicyReport& report, const QString& name, QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("%1 wants to reach past the lab").arg(name));
    setObjectName(QStringLiteral("consentDialog"));
    auto* heading = new QLabel(tr("This lab wants to:"), this);
    for (const core::PolicyFinding& f : report.findings)
        // The values come from the file: their control bytes are shown escaped, never obeyed.
        m_lines << tr("line %1: %2").arg(f.line).arg(*f.what.text ? translated(f.what)
                                                                   : displayText(f.text));
    m_list->addItems(m_lines);
    m_list->setObjectName(QStringLiteral("consentList"));
    auto* explain = new QLabel(
        tr("By default a lab file may only use loopback addresses and UNIX names in a scratch "
           "folder made for its run. Allow these only if you trust where the file came from."),
        this);
    explain->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    m_allow = buttons->addButton(tr("Allow once"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_allow->setAutoDefault(false);
    m_cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_list);
    layout->addWidget(explain);
    layout->addWidget(buttons);
}

} // namespace spg::ui
