// Any view of the window as a clean image for coursework: PNG or SVG, no scrollbars or
// focus frame, in the window's palette or on white for print. The pictures paint
// themselves (render()); lists, tables and the hex view are drawn as the widget shows them.
// GUI thread only.
#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace spg::ui {

struct ImageOptions {
    bool print = false; // white background and the light palette, whatever the window uses
    QSize size;         // the picture's size; empty: the view's own size
};

// The view's name for files and menus: "sequence", "states", "queues", "hex", "log",
// "sockets", "events".
QString viewName(const QWidget* view);
// The same in the window's language, for titles: "Sequence", "TCP states", "Queues" ...
QString viewTitle(const QWidget* view);
QImage viewImage(QWidget* view, const ImageOptions& options = {});
QByteArray viewSvg(QWidget* view, const ImageOptions& options = {});
// Writes PNG or SVG by the path's suffix; false with a reason otherwise.
bool saveViewImage(QWidget* view, const QString& path, const ImageOptions& options, QString* error);

} // namespace spg::ui
