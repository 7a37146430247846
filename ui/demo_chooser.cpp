#include "demo_chooser.h"

#include "demo_library.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace spg::ui {

DemoChooser::DemoChooser(QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setWindowTitle(tr("Start with a demo"));
    auto* intro = new QLabel(tr("Each demo is a scenario: a list of raw socket calls with a "
                                "comment on every line. Pick one to watch a server, a client "
                                "and bytes flowing; then step through it, change it, or make "
                                "calls of your own."), this);
    intro->setWordWrap(true);
    for (const Demo& d : demos()) {
        auto* item = new QListWidgetItem(d.label(), m_list);
        item->setData(Qt::UserRole, d.name);
        item->setToolTip(d.name + QStringLiteral(".spg")
                         + (d.unavailable.isEmpty() ? QString() : QStringLiteral("\n") + d.unavailable));
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* run = buttons->addButton(tr("Run demo"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 420);
}

QString DemoChooser::chosen() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace spg::ui
