// The window's image actions: File > Export view… (Ctrl+Shift+E) and Copy view as image for
// the focused view, a white-background choice for print, and View > Presentation zoom,
// which makes every font larger for a projector. GUI thread only.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace spg::ui {

class ImageActions : public QObject {
    Q_OBJECT

public:
    // `focusedView` names the view the actions apply to (never null).
    ImageActions(QWidget* window, std::function<QWidget*()> focusedView);

    void addTo(QMenu* file, QMenu* view);
    bool exportTo(const QString& path, QString* error);
    void copyImage();
    void setPresentation(bool on);
    bool presentation() const { return m_presenting; }
    QAction* printAction() const { return m_print; }

private:
    void exportWithDialog();

    QWidget* m_window;
    std::function<QWidget*()> m_focusedView;
    QAction* m_print = nullptr;
    QAction* m_zoom = nullptr;
    bool m_presenting = false;
    double m_normalPointSize = 0;
};

} // namespace spg::ui
