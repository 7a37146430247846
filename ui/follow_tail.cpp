#include "follow_tail.h"

#include <QAbstractItemView>
#include <QScrollBar>
#include <QTimer>

namespace spg::ui {

FollowTail::FollowTail(QAbstractItemView* view, int intervalMs)
    : QObject(view)
    , m_view(view)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &FollowTail::catchUp);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &FollowTail::rowsArrived);
    // The user scrolling up stops following; scrolling back to the end resumes it.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_scrolling)
            m_following = value >= m_view->verticalScrollBar()->maximum();
    });
}

void FollowTail::rowsArrived()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void FollowTail::catchUp()
{
    if (m_following) {
        m_scrolling = true;
        m_view->scrollToBottom();
        m_scrolling = false;
    }
    emit scrolled();
}

} // namespace spg::ui
