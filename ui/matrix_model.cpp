// The table is rebuilt as a whole (beginResetModel) when the results or the chosen table
// change: a few hundred cells, never streamed.
#include "matrix_model.h"

#include <QCoreApplication>
#include <QColor>

namespace spg::ui {

MatrixModel::MatrixModel(QObject* parent) : QAbstractTableModel(parent) { }

void MatrixModel::setResults(std::vector<core::MatrixCell> cells,
                             std::vector<std::vector<std::string>> lines,
                             std::vector<std::string> failures)
{
    beginResetModel();
    m_cells = std::move(cells);
    m_lines = std::move(lines);
    m_failures = std::move(failures);
    rebuild();
    endResetModel();
}

void MatrixModel::setTable(core::MatrixFamily family, bool blocking)
{
    beginResetModel();
    m_family = family;
    m_blocking = blocking;
    rebuild();
    endResetModel();
}

void MatrixModel::rebuild()
{
    m_calls.clear();
    m_states.clear();
    m_grid.clear();
    for (std::size_t i = 0; i < m_cells.size(); ++i) {
        const core::MatrixCell& c = m_cells[i];
        if (c.family != m_family || c.blocking != m_blocking)
            continue;
        const QString call = QString::fromStdString(c.call);
        const QString state = QString::fromStdString(c.state);
        if (!m_calls.contains(call)) {
            m_calls << call;
            m_grid.emplace_back();
        }
        if (!m_states.contains(state))
            m_states << state;
        std::vector<long>& row = m_grid[static_cast<std::size_t>(m_calls.indexOf(call))];
        const auto column = static_cast<std::size_t>(m_states.indexOf(state));
        if (row.size() <= column)
            row.resize(column + 1, -1);
        row[column] = static_cast<long>(i);
    }
}

int MatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_calls.size());
}

int MatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_states.size());
}

const core::MatrixCell* MatrixModel::cellAt(const QModelIndex& index, std::size_t* which) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    const std::vector<long>& row = m_grid[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    if (column >= row.size() || row[column] < 0)
        return nullptr;
    if (which)
        *which = static_cast<std::size_t>(row[column]);
    return &m_cells[static_cast<std::size_t>(row[column])];
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const
{
    std::size_t i = 0;
    const core::MatrixCell* cell = cellAt(index, &i);
    if (!cell)
        return {};
    const bool ran = i < m_lines.size() && cell->testLine < m_lines[i].size();
    const std::string line = ran ? m_lines[i][cell->testLine] : std::string();
    const std::string failure = i < m_failures.size() ? m_failures[i] : std::string();
    switch (role) {
    case Qt::DisplayRole:
    {
        const std::string result = ran ? core::shortResult(line) : std::string();
        const QString shown = !ran ? tr("(stopped)")
            : result == "not made" ? tr("not made")
                                   : QString::fromStdString(result);
        return shown + (cell->deviation.empty() ? QString() : QStringLiteral(" †"));
    }
    case Qt::ToolTipRole: {
        QString tip = ran ? QString::fromStdString(line)
                          : tr("the run stopped here: %1").arg(QString::fromStdString(failure));
        if (!cell->deviation.empty())
            tip += QStringLiteral("\n\n")
                + tr("Differs from the real call: %1").arg(QString::fromStdString(cell->deviation));
        return tip;
    }
    case Qt::ForegroundRole:
        if (ran && line.find(") = -1 ") != std::string::npos)
            return QColor(Qt::red).darker(130); // a failure, as the Syscall log shows it
        return {};
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    default: return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    // The rows and columns are keyed by their English labels; the window shows them translated.
    const QStringList& names = orientation == Qt::Horizontal ? m_states : m_calls;
    return section < names.size()
        ? QVariant(QCoreApplication::translate("spg::matrix", names[section].toUtf8().constData()))
        : QVariant();
}

} // namespace spg::ui
