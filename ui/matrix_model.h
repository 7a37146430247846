// The call × state table of one family and mode: rows = calls, columns = states, each cell
// the call's answer in short form ("-1 EISCONN") with its strace line as the tooltip. Fed
// once with a whole matrix run (core/matrix); the view picks a table with setTable().
// GUI thread only.
#pragma once

#include "matrix/matrix.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace spg::ui {

class MatrixModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit MatrixModel(QObject* parent = nullptr);

    // The cells and, indexed like them, each cell's trace lines (a MatrixRun's lines) and
    // why the run stopped there (may be empty).
    void setResults(std::vector<core::MatrixCell> cells,
                    std::vector<std::vector<std::string>> lines,
                    std::vector<std::string> failures = {});
    void setTable(core::MatrixFamily family, bool blocking);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();
    const core::MatrixCell* cellAt(const QModelIndex& index, std::size_t* which = nullptr) const;

    std::vector<core::MatrixCell> m_cells;
    std::vector<std::vector<std::string>> m_lines;
    std::vector<std::string> m_failures;
    core::MatrixFamily m_family = core::MatrixFamily::Tcp;
    bool m_blocking = true;
    QStringList m_calls;                   // rows
    QStringList m_states;                  // columns
    std::vector<std::vector<long>> m_grid; // [row][column]: index into m_cells, or -1
};

} // namespace spg::ui
