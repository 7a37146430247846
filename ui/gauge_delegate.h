// Paints a fill gauge behind a cell's text when the model gives a ratio in GaugeRole, so
// queue fullness reads at a glance. GUI thread only.
#pragma once

#include <QStyledItemDelegate>

namespace spg::ui {

class GaugeDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    GaugeDelegate(int gaugeRole, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace spg::ui
