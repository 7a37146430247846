// The loop's statistics and its backend chooser on the status bar.
#include "ui/loop_status.h"

#include "ui/loop_cost_text.h"

#include <QComboBox>
#include <QLabel>
#include <QStatusBar>

namespace spg::ui {

LoopStatus::LoopStatus(QStatusBar* bar)
    : QObject(bar),
      m_backend(new QComboBox(bar)),
      m_stats(new QLabel(bar)),
      m_waitCost(new QLabel(bar))
{
    m_backend->setToolTip(tr("The event-loop backend: how the engine waits for sockets to be "
                             "ready. Switch at any time; every socket re-registers."));
    for (core::Backend b : core::availableBackends())
        m_backend->addItem(QString::fromUtf8(core::backendName(b).data()), int(b));
    m_waitCost->setVisible(false);
    bar->addPermanentWidget(m_waitCost);
    bar->addPermanentWidget(new QLabel(tr("Loop backend:"), bar));
    bar->addPermanentWidget(m_backend);
    bar->addWidget(m_stats, 1);
    connect(m_backend, &QComboBox::activated, this, [this](int index) {
        emit backendChosen(static_cast<core::Backend>(m_backend->itemData(index).toInt()));
    });
}

core::Backend LoopStatus::chosen() const
{
    return static_cast<core::Backend>(m_backend->currentData().toInt());
}

void LoopStatus::show(const core::LoopStats& s)
{
    m_backend->setCurrentIndex(m_backend->findData(int(s.backend)));
    m_stats->setText(tr("%1 loop iterations · %2 readiness events · %3 calls · %4 open sockets · "
                        "%5 watched")
                         .arg(s.iterations)
                         .arg(s.readyEvents)
                         .arg(s.calls)
                         .arg(s.sockets)
                         .arg(s.watched));
    // What the wait itself costs on this backend: poll() against epoll_wait() at 10,000 fds
    // is the lesson, so it is measured, not told.
    const QString cost = waitCostText(s);
    m_waitCost->setText(cost);
    m_waitCost->setVisible(!cost.isEmpty());
    m_waitCost->setToolTip(waitCostExplanation(s));
}

} // namespace spg::ui
