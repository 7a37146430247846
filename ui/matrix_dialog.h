// Help → Call × state table: what each call returns in each socket state, on this machine.
// Opening it plays the matrix (core/matrix) through a headless engine of its own on a worker
// thread, so the GUI never waits; a progress bar counts the cells, then the table shows.
// GUI thread only (the worker touches no widget: it fills a shared result that the dialog
// reads when the thread's finished() arrives).
#pragma once

#include "matrix/matrix.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace spg::ui {

class MatrixModel;

class MatrixDialog : public QDialog {
    Q_OBJECT

public:
    // Plays `cells` (every cell when empty) on `backend`.
    explicit MatrixDialog(core::Backend backend, std::vector<core::MatrixCell> cells = {},
                          QWidget* parent = nullptr);
    ~MatrixDialog() override;

    MatrixModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool finished() const { return m_finished; }

signals:
    void resultsReady();

private:
    struct Shared; // The worker's input and output, alive as long as either side holds it.

    void start();
    void showResults();
    void chooseTable(int index);

    core::Backend m_backend;
    std::shared_ptr<Shared> m_shared;
    MatrixModel* m_model;
    QTableView* m_view;
    QComboBox* m_tables;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTimer* m_poll;
    bool m_finished = false;
};

} // namespace spg::ui
