// The States view: the TCP state diagram with the chosen sockets' real paths lit on it,
// one colour each. Every step drawn solid was read from the kernel; a state passed between
// two reads is dashed and named in a note. The view only paints its scene (StateTrack),
// which tests read instead of pixels. GUI thread only.
#pragma once

#include "ui/pictures/tcp_diagram.h"

#include <QWidget>

namespace spg::ui {

class StatesView : public QWidget {
    Q_OBJECT

public:
    explicit StatesView(QWidget* parent = nullptr);

    void setTracks(std::vector<StateTrack> tracks);
    const std::vector<StateTrack>& tracks() const { return m_tracks; }
    static QColor colour(std::size_t index);

    // Paints the whole picture into any device (the widget, an image, an SVG).
    void render(QPainter& painter, const QRectF& area) const;

    QSize sizeHint() const override { return { 900, 320 }; }
    QSize minimumSizeHint() const override { return { 480, 220 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void paintEdges(QPainter& p, const DiagramGeometry& g) const;
    void paintLegs(QPainter& p, const DiagramGeometry& g) const;
    void paintNodes(QPainter& p, const DiagramGeometry& g) const;
    void paintLegend(QPainter& p, const QRectF& area) const;

    std::vector<StateTrack> m_tracks;
};

} // namespace spg::ui
