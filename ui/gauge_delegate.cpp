#include "gauge_delegate.h"

#include <QPainter>

namespace spg::ui {

GaugeDelegate::GaugeDelegate(int gaugeRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_role(gaugeRole)
{
}

void GaugeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    const QVariant value = index.data(m_role);
    if (value.isValid() && value.toDouble() >= 0.0) {
        const double ratio = value.toDouble();
        QRect bar = option.rect.adjusted(2, option.rect.height() - 6, -2, -2);
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(option.palette.color(QPalette::Mid));
        painter->drawRect(bar);
        bar.setWidth(static_cast<int>(bar.width() * ratio));
        // Green while there is room, amber when nearly full, red when full.
        const QColor fill = ratio >= 0.999 ? QColor(0xd0, 0x40, 0x40)
            : ratio >= 0.75               ? QColor(0xe0, 0xa0, 0x20)
                                          : QColor(0x40, 0xa0, 0x60);
        painter->setBrush(fill);
        painter->drawRect(bar);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace spg::ui
