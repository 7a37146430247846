// The worker is a QThread::create() lambda with no parent; it deletes itself when done. The
// dialog may close first: it then only raises the shared cancel flag (checked between
// families), and the worker's results die with the last reference.
#include "matrix_dialog.h"

#include "matrix_model.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <atomic>

namespace spg::ui {

struct MatrixDialog::Shared {
    std::vector<core::MatrixCell> cells;
    core::MatrixRun run;
    QTemporaryDir dir;
    std::atomic<std::size_t> done { 0 };
    std::atomic<bool> cancelled { false };
    // Set last by the worker (release), read first by showResults() (acquire): the handoff of
    // `run`. QThread::finished orders the two as well, but inside Qt, where ThreadSanitizer
    // cannot see it; this makes the order plain C++ that any tool and reader can check.
    std::atomic<bool> ready { false };
};

MatrixDialog::MatrixDialog(core::Backend backend, std::vector<core::MatrixCell> cells,
                           QWidget* parent)
    : QDialog(parent),
      m_backend(backend),
      m_shared(std::make_shared<Shared>()),
      m_model(new MatrixModel(this)),
      m_view(new QTableView(this)),
      m_tables(new QComboBox(this)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_poll(new QTimer(this))
{
    setWindowTitle(tr("Call × state table"));
    m_shared->cells = cells.empty() ? core::matrixCells() : std::move(cells);
    for (core::MatrixFamily f : core::matrixFamilies())
        for (const bool blocking : { true, false })
            m_tables->addItem(QCoreApplication::translate("spg::matrix", core::familyTitle(f).data())
                                  + (blocking ? tr(", blocking") : tr(", non-blocking")),
                              QVariant::fromValue(QPair<int, bool>(int(f), blocking)));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEnabled(false);
    m_status->setWordWrap(true);
    m_progress->setRange(0, static_cast<int>(m_shared->cells.size()));

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("What each call returns in each socket state, on this machine. "
                                "Every cell is a small scenario played through the engine, and "
                                "the test suite checks each against the same calls made by a "
                                "plain C program, on every loop backend. Hover a cell for the "
                                "call's strace line. Blocking cells set SO_RCVTIMEO and "
                                "SO_SNDTIMEO to 50 ms first, so a call that would wait for ever "
                                "returns -1 EAGAIN. A cell marked † would be a documented "
                                "difference from the real call (the tooltip says why)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_tables);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    resize(1100, 700);

    connect(m_tables, &QComboBox::currentIndexChanged, this, &MatrixDialog::chooseTable);
    connect(m_poll, &QTimer::timeout, this,
            [this] { m_progress->setValue(static_cast<int>(m_shared->done.load())); });
    chooseTable(0);
    start();
}

MatrixDialog::~MatrixDialog()
{
    m_shared->cancelled = true;
}

void MatrixDialog::start()
{
    const std::string backend(core::backendName(m_backend));
    m_status->setText(tr("Running %1 cells through the engine (%2 backend)…")
                          .arg(m_shared->cells.size())
                          .arg(QString::fromStdString(backend)));
    std::shared_ptr<Shared> shared = m_shared;
    const core::Backend b = m_backend;
    QThread* worker = QThread::create([shared, b] {
        Shared& s = *shared;
        struct Publish { // on every way out, the early return of a cancelled run too
            std::atomic<bool>& ready;
            ~Publish() { ready.store(true, std::memory_order_release); }
        } publish { s.ready };
        s.run.lines.resize(s.cells.size());
        s.run.failure.resize(s.cells.size());
        // One family at a time, so that a closed dialog stops the work soon.
        for (core::MatrixFamily f : core::matrixFamilies()) {
            if (s.cancelled)
                return;
            std::vector<std::size_t> which;
            std::vector<core::MatrixCell> part;
            for (std::size_t i = 0; i < s.cells.size(); ++i)
                if (s.cells[i].family == f) {
                    which.push_back(i);
                    part.push_back(s.cells[i]);
                }
            const std::size_t before = s.done;
            const core::MatrixRun r = core::runMatrix(
                part, b, s.dir.path().toStdString() + "/" + std::string(core::familyName(f)),
                [&](std::size_t n) { s.done = before + n; });
            for (std::size_t k = 0; k < which.size(); ++k) {
                s.run.lines[which[k]] = r.lines[k];
                s.run.failure[which[k]] = r.failure[k];
            }
            s.done = before + which.size();
        }
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, &MatrixDialog::showResults);
    m_poll->start(100);
    worker->start();
}

void MatrixDialog::showResults()
{
    if (!m_shared->ready.load(std::memory_order_acquire))
        return; // cannot happen: the worker has finished; but never read a run still written
    m_poll->stop();
    m_progress->hide();
    std::size_t stopped = 0;
    for (const std::string& f : m_shared->run.failure)
        stopped += !f.empty();
    m_model->setResults(m_shared->cells, m_shared->run.lines, m_shared->run.failure);
    m_view->setEnabled(true);
    m_status->setText(stopped == 0 ? tr("%1 cells.").arg(m_shared->cells.size())
                                   : tr("%1 cells; %2 stopped the engine's run (see their "
                                        "tooltips).")
                                         .arg(m_shared->cells.size())
                                         .arg(stopped));
    m_finished = true;
    emit resultsReady();
}

void MatrixDialog::chooseTable(int index)
{
    const auto choice = m_tables->itemData(index).value<QPair<int, bool>>();
    m_model->setTable(static_cast<core::MatrixFamily>(choice.first), choice.second);
}

} // namespace spg::ui
