// Export, copy and presentation zoom, for whichever view has the focus.
#include "ui/pictures/image_actions.h"

#include "ui/pictures/view_image.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>

namespace spg::ui {

namespace {

constexpr double kPresentationScale = 1.6;

} // namespace

ImageActions::ImageActions(QWidget* window, std::function<QWidget*()> focusedView)
    : QObject(window), m_window(window), m_focusedView(std::move(focusedView))
{ }

void ImageActions::addTo(QMenu* file, QMenu* view)
{
    file->addAction(tr("E&xport view as image…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                    this, &ImageActions::exportWithDialog);
    file->addAction(tr("Copy view as &image"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), this,
                    &ImageActions::copyImage);
    m_print = file->addAction(tr("Images on a &white background (for print)"));
    m_print->setCheckable(true);
    m_zoom = view->addAction(tr("&Presentation zoom"));
    m_zoom->setCheckable(true);
    m_zoom->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_zoom->setToolTip(tr("Larger fonts everywhere, for a projector"));
    connect(m_zoom, &QAction::toggled, this, &ImageActions::setPresentation);
}

bool ImageActions::exportTo(const QString& path, QString* error)
{
    ImageOptions options;
    options.print = m_print && m_print->isChecked();
    return saveViewImage(m_focusedView(), path, options, error);
}

void ImageActions::exportWithDialog()
{
    QWidget* view = m_focusedView();
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export %1 view").arg(viewTitle(view)), viewName(view) + QStringLiteral(".svg"),
        tr("SVG image (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(m_window, tr("Export view"), error);
}

void ImageActions::copyImage()
{
    ImageOptions options;
    options.print = m_print && m_print->isChecked();
    QWidget* view = m_focusedView();
    auto* data = new QMimeData;
    data->setImageData(viewImage(view, options));
    data->setData(QStringLiteral("image/svg+xml"), viewSvg(view, options));
    QApplication::clipboard()->setMimeData(data);
}

void ImageActions::setPresentation(bool on)
{
    if (on == m_presenting)
        return;
    QFont font = QApplication::font();
    if (on)
        m_normalPointSize = font.pointSizeF();
    font.setPointSizeF(on ? m_normalPointSize * kPresentationScale : m_normalPointSize);
    QApplication::setFont(font);
    m_presenting = on;
    if (m_zoom && m_zoom->isChecked() != on)
        m_zoom->setChecked(on);
}

} // namespace spg::ui
