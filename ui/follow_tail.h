// Keeps a growing table scrolled to its newest row, like `tail -f`, but at most a few
// times a second (scrolling repaints the whole view) and only while the user has not
// scrolled up to read. GUI thread only.
#pragma once

#include <QObject>

class QAbstractItemView;
class QTimer;

namespace spg::ui {

class FollowTail : public QObject {
    Q_OBJECT

public:
    // Follows `view`'s model; `intervalMs` bounds how often it scrolls.
    explicit FollowTail(QAbstractItemView* view, int intervalMs = 150);
    bool following() const { return m_following; }

signals:
    void scrolled(); // After each catch-up scroll: a moment for cheap status updates.

private:
    void rowsArrived();
    void catchUp();

    QAbstractItemView* m_view;
    QTimer* m_timer;
    bool m_following = true;
    bool m_scrolling = false;
};

} // namespace spg::ui
