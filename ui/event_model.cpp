#include "event_model.h"
#include "display_text.h"

#include "socket_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace spg::ui {

EventModel::EventModel(std::size_t cap, QObject* parent)
    : CappedTableModel(cap, parent)
{
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::LoopRecord& e = row(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Iteration: return QString::number(e.iteration);
        case Time: {
            const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(e.time.time_since_epoch());
            return QDateTime::fromMSecsSinceEpoch(ms.count()).toString(QStringLiteral("HH:mm:ss.zzz"));
        }
        case Socket: return QStringLiteral("#%1 fd %2").arg(e.socket).arg(e.fd);
        case Ready: return readyText(e.ready);
        case Raw:
            return QString::fromUtf8(core::backendName(e.backend).data()) + QLatin1Char(' ')
                + QString::fromStdString(core::describeRaw(e.raw));
        case Meaning: return displayText(e.meaning);
        case Status: return e.consumed ? tr("consumed") : tr("pending");
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return e.consumed ? tr("A blocked call or an automation acted on this readiness.")
                          : tr("No call has consumed this readiness yet; the loop stops watching "
                               "for it until a call is made on the socket.");
    if (role == Qt::ToolTipRole)
        return displayText(e.meaning);
    if (role == Qt::ForegroundRole && index.column() == Status && !e.consumed)
        return QBrush(QColor(0xd0, 0x80, 0x00));
    if (role == Qt::FontRole && index.column() == Raw) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::TypeWriter);
        return f;
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // QT_TR_NOOP marks them for lupdate; tr() below translates them.
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Iter"),
        QT_TR_NOOP("Socket"),
        QT_TR_NOOP("Readiness"),
        QT_TR_NOOP("Status"),
        QT_TR_NOOP("Meaning"),
        QT_TR_NOOP("Raw record"),
        QT_TR_NOOP("Time"),
    };
    return tr(names[section]);
}

} // namespace spg::ui
