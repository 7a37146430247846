// Drawing a view into an image or an SVG. Scrollbars are switched off and focus taken away
// for the moment of drawing, then put back; for print the view gets the light standard
// palette for that moment too.
#include "ui/pictures/view_image.h"

#include "ui/pictures/queues_view.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/states_view.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QSvgGenerator>

namespace spg::ui {

namespace {

// Puts a view in its picture clothes for the duration of one drawing.
class Dressed {
public:
    Dressed(QWidget* view, const ImageOptions& options) : m_view(view), m_palette(view->palette())
    {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(view)) {
            m_area = area;
            m_h = area->horizontalScrollBarPolicy();
            m_v = area->verticalScrollBarPolicy();
            area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
            area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        }
        if (view->hasFocus() || view->isAncestorOf(QApplication::focusWidget())) {
            m_focus = QApplication::focusWidget();
            m_focus->clearFocus();
        }
        if (options.print) {
            QPalette light = QApplication::style()->standardPalette();
            light.setColor(QPalette::Base, Qt::white);
            light.setColor(QPalette::Window, Qt::white);
            view->setPalette(light);
        }
        m_size = view->size();
        if (options.size.isValid() && !options.size.isEmpty())
            view->resize(options.size);
    }
    ~Dressed()
    {
        m_view->resize(m_size);
        m_view->setPalette(m_palette);
        if (m_area) {
            m_area->setHorizontalScrollBarPolicy(m_h);
            m_area->setVerticalScrollBarPolicy(m_v);
        }
        if (m_focus)
            m_focus->setFocus();
    }
    Dressed(const Dressed&) = delete;
    Dressed& operator=(const Dressed&) = delete;

private:
    QWidget* m_view;
    QPalette m_palette;
    QAbstractScrollArea* m_area = nullptr;
    Qt::ScrollBarPolicy m_h = Qt::ScrollBarAsNeeded;
    Qt::ScrollBarPolicy m_v = Qt::ScrollBarAsNeeded;
    QWidget* m_focus = nullptr;
    QSize m_size;
};

void paint(QWidget* view, QPainter& p)
{
    const QRectF area(QPointF(0, 0), view->size());
    p.fillRect(area, view->palette().color(QPalette::Base));
    if (auto* states = qobject_cast<StatesView*>(view))
        states->render(p, area);
    else if (auto* queues = qobject_cast<QueuesView*>(view))
        queues->render(p, area);
    else if (auto* sequence = qobject_cast<SequenceView*>(view))
        sequence->render(p, area);
    else
        view->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

QString viewName(const QWidget* view)
{
    if (qobject_cast<const StatesView*>(view))
        return QStringLiteral("states");
    if (qobject_cast<const QueuesView*>(view))
        return QStringLiteral("queues");
    if (qobject_cast<const SequenceView*>(view))
        return QStringLiteral("sequence");
    return view->objectName().isEmpty() ? QStringLiteral("view") : view->objectName();
}

QString viewTitle(const QWidget* view)
{
    static const char* const kTitles[][2] = {
        { "sequence", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "Sequence") },
        { "states", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "TCP states") },
        { "queues", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "Queues") },
        { "hex", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "Bytes") },
        { "log", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "System call log") },
        { "sockets", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "Sockets") },
        { "events", QT_TRANSLATE_NOOP("spg::ui::ViewImage", "Events") },
    };
    const QString name = viewName(view);
    for (const auto& [key, title] : kTitles)
        if (name == QLatin1String(key))
            return QCoreApplication::translate("spg::ui::ViewImage", title);
    return name;
}

QImage viewImage(QWidget* view, const ImageOptions& options)
{
    Dressed dressed(view, options);
    const qreal ratio = view->devicePixelRatioF();
    QImage image(view->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(view->palette().color(QPalette::Base));
    QPainter p(&image);
    paint(view, p);
    return image;
}

QByteArray viewSvg(QWidget* view, const ImageOptions& options)
{
    Dressed dressed(view, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(view->size());
    svg.setViewBox(QRect(QPoint(0, 0), view->size()));
    svg.setTitle(QStringLiteral("Socket Playground: %1").arg(viewName(view)));
    svg.setDescription(QStringLiteral("Drawn from the kernel's answers to real socket calls"));
    QPainter p(&svg);
    paint(view, p);
    p.end();
    return bytes;
}

bool saveViewImage(QWidget* view, const QString& path, const ImageOptions& options, QString* error)
{
    const QString suffix = path.section(QLatin1Char('.'), -1).toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        if (error)
            *error = QCoreApplication::translate("spg::ui::ViewImage",
                                                 "%1: the name must end in .png or .svg")
                         .arg(path);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = true;
    if (suffix == QLatin1String("svg"))
        ok = file.write(viewSvg(view, options)) > 0;
    else
        ok = viewImage(view, options).save(&file, "PNG");
    if (!ok && error)
        *error = QCoreApplication::translate("spg::ui::ViewImage", "%1: could not write the image")
                     .arg(path);
    return ok;
}

} // namespace spg::ui
