// The Sequence view: the ladder diagram of the calls, one lane per socket, time flowing
// down. A scroll area that paints only the calls and arrows inside the visible band, follows
// the newest call while Follow is on (scrolling up pauses it), zooms in time (Ctrl+wheel,
// the buttons) by call order or in proportion to real time, and says which call was clicked.
// GUI thread only.
#pragma once

#include "ui/pictures/ladder_layout.h"
#include "ui/pictures/ladder_scene.h"

#include <QAbstractScrollArea>

class QLabel;
class QToolButton;

namespace spg::ui {

class SequenceView : public QAbstractScrollArea {
    Q_OBJECT

public:
    explicit SequenceView(QWidget* parent = nullptr);

    LadderScene& scene() { return m_scene; }
    const LadderScene& scene() const { return m_scene; }
    const LadderLayout& layout() const { return m_layout; }
    // The scene grew or changed: the scroll range follows, and the newest call is shown
    // while following. Cheap: the painting happens later, once.
    void sceneChanged();
    void clear();

    bool follow() const { return m_follow; }
    void setFollow(bool on);
    void setAxis(LadderLayout::Axis axis);
    void setZoom(double zoom);
    double zoom() const { return m_layout.zoom; }
    // Selects the call (the latest record of that command) and scrolls to it.
    void selectCommand(core::CommandId command);
    int selectedCall() const { return m_selected; } // an absolute index, see LadderScene
    // Scrolls so that content y is at the top (tests, the benchmark).
    void scrollToY(int y);

    // Draws what is visible now (header, lanes, calls, arrows) into `area`: for export.
    void render(QPainter& painter, const QRectF& area) const;

    QSize sizeHint() const override { return { 900, 500 }; }

signals:
    void callClicked(core::CommandId command);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    void updateScrollBars();
    void updateMetrics(); // the layout's sizes follow the font (presentation zoom)
    void paintBand(QPainter& p, const QRectF& area, double top, double left) const;
    void paintLanes(QPainter& p, const QRectF& area, double top, double left) const;
    void paintCalls(QPainter& p, double top, double left, double bottom) const;
    void paintArrows(QPainter& p, double top, double left, double bottom) const;
    void paintHeader(QPainter& p, const QRectF& area, double left) const;

    LadderScene m_scene;
    LadderLayout m_layout;
    bool m_follow = true;
    bool m_scrolling = false; // our own scroll: not the user pausing Follow
    int m_selected = -1;
    QToolButton* m_followButton = nullptr;
    QToolButton* m_axisButton = nullptr;
    QLabel* m_droppedLabel = nullptr; // "N older calls not drawn"
    qint64 m_shownDropped = 0;
};

} // namespace spg::ui
