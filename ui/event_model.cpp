#include "event_model.h"
#include "display_text.h"

#include "socket_text.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>

#include <algorithm>

namespace spg::ui {

EventModel::EventModel(std::size_t cap, std::size_t keptPerBatch, QObject* parent)
    : CappedTableModel(cap, parent)
    , m_keptPerBatch(std::max<std::size_t>(keptPerBatch, 1))
{
}

void EventModel::append(std::vector<core::LoopRecord>&& records)
{
    // Bounded per batch: rows cost the view work per insert (its header keeps a section per
    // row), and a thousand rows of one frame are more than anyone reads.
    const std::size_t kept = std::min(records.size(), m_keptPerBatch);
    std::vector<EventRow> rows;
    rows.reserve(kept + 1);
    for (std::size_t i = 0; i < kept; ++i)
        rows.push_back({ std::move(records[i]), 0, 0 });
    if (records.size() > kept) {
        EventRow summary { std::move(records[kept]), records.size() - kept,
                           records.back().iteration };
        m_notKept += summary.notKept;
        rows.push_back(std::move(summary));
    }
    CappedTableModel::append(std::move(rows));
}

void EventModel::clear()
{
    CappedTableModel::clear();
    m_notKept = 0;
}

int EventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (row(index.row()).notKept > 0)
        return summaryData(row(index.row()), index.column(), role);
    const core::LoopRecord& e = row(index.row()).record;
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
        case Meaning: return translated(e.meaning);
        case Status: return e.consumed ? tr("consumed") : tr("pending");
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status)
        return e.consumed ? tr("A blocked call or an automation acted on this readiness.")
                          : tr("No call has consumed this readiness yet; the loop stops watching "
                               "for it until a call is made on the socket.");
    if (role == Qt::ToolTipRole)
        return translated(e.meaning);
    if (role == Qt::ForegroundRole && index.column() == Status && !e.consumed)
        return QBrush(QColor(0xd0, 0x80, 0x00));
    if (role == Qt::FontRole && index.column() == Raw) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::TypeWriter);
        return f;
    }
    return {};
}

QVariant EventModel::summaryData(const EventRow& row, int column, int role) const
{
    const core::LoopRecord& first = row.record;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Iteration:
            return first.iteration == row.lastIteration
                ? QString::number(first.iteration)
                : QStringLiteral("%1–%2").arg(first.iteration).arg(row.lastIteration);
        case Status: return tr("not kept");
        case Meaning:
            return tr("%1 more readiness records of this frame not kept (a frame keeps its first %2)")
                .arg(row.notKept)
                .arg(m_keptPerBatch);
        }
        return {};
    }
    if (role == Qt::ToolTipRole)
        return tr("The loop reported these records; the panel counts them instead of listing "
                  "them, so that a frame in which thousands of sockets became ready stays quick.");
    if (role == Qt::ForegroundRole)
        return QBrush(QColor(0x80, 0x80, 0x80));
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
