// The Queues view: one listener drawn as what the kernel holds for it. Clients waiting
// outside (SYN_SENT) on the left, the accept queue's slots in the middle with its head on
// the right, accept() taking from the head into the accepted sockets, and the listen
// counters below. It paints its QueueScene, which tests read. GUI thread only.
#pragma once

#include "ui/pictures/queue_scene.h"

#include <QWidget>

class QPainter;

namespace spg::ui {

class QueuesView : public QWidget {
    Q_OBJECT

public:
    explicit QueuesView(QWidget* parent = nullptr);

    void setScene(QueueScene scene);
    const QueueScene& scene() const { return m_scene; }
    void render(QPainter& painter, const QRectF& area) const;

    QSize sizeHint() const override { return { 900, 300 }; }
    QSize minimumSizeHint() const override { return { 480, 200 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintColumn(QPainter& p, const QRectF& area, const QString& heading,
                     const std::vector<QueueScene::Client>& clients, const QColor& colour) const;
    QRectF paintQueue(QPainter& p, const QRectF& area) const;

    QueueScene m_scene;
};

} // namespace spg::ui
