// Docks, actions and connections. The default layout reads at 1280x800 and 1920x1080:
// sockets and the call form on the left, events on the right, the hex view in the centre
// and the syscall log along the bottom.
#include "main_window.h"

#include "hex_view.h"
#include "ui/pictures/image_actions.h"
#include "ui/pictures/picture_tabs.h"
#include "ui/pictures/queues_view.h"
#include "ui/pictures/sequence_link.h"
#include "ui/pictures/sequence_view.h"
#include "ui/pictures/states_view.h"

#include "address_field.h"
#include "call_log_model.h"
#include "call_panel.h"
#include "capture_export.h"
#include "strace_import_action.h"
#include "epoll_fields.h"
#include "demo_chooser.h"
#include "display_text.h"
#include "demo_library.h"
#include "scenario_panel.h"
#include "engine_bridge.h"
#include "follow_tail.h"
#include "matrix_dialog.h"
#include "gauge_delegate.h"
#include "hex_panel.h"
#include "hex_source.h"
#include "language.h"
#include "language_menu.h"
#include "loop_status.h"
#include "quick_calls.h"
#include "session.h"
#include "socket_menu.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include "core/scenario/scenario.h"
#include "export/scenario_export.h"

#include <sys/socket.h>
#include <utility>

namespace spg::ui {

namespace {

QDockWidget* dock(QMainWindow* window, const QString& title, const QString& name, QWidget* body)
{
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name); // Needed for saveState().
    d->setWidget(body);
    return d;
}

QTableView* tableView(QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

MainWindow::MainWindow(EngineBridge& bridge, QWidget* parent)
    : QMainWindow(parent)
    , m_bridge(bridge)
    , m_session(new Session(bridge, this))
    , m_socketMenu(new SocketMenu(*m_session, this))
{
    setWindowTitle(tr("Socket Playground"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    buildDocks();
    buildMenus();
    buildStatusBar();
    connectSignals();
    resize(1280, 800);
    defaultDockSizes();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    m_hex = new HexPanel(this);
    m_pictures = new PictureTabs(*m_session, m_hex, this);
    setCentralWidget(m_pictures);

    m_socketView = new QTreeView(this);
    m_socketView->setObjectName(QStringLiteral("sockets"));
    m_socketView->setModel(m_session->sockets());
    m_socketView->setAlternatingRowColors(true);
    m_socketView->setUniformRowHeights(true);
    m_socketView->setContextMenuPolicy(Qt::CustomContextMenu);
    // Ctrl+click selects several sockets: the hex view shows each in a tab; calls act on
    // the current one.
    m_socketView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* gauge = new GaugeDelegate(SocketModel::GaugeRole, this);
    for (int column : { int(SocketModel::RecvQ), int(SocketModel::SendQ), int(SocketModel::Queue) })
        m_socketView->setItemDelegateForColumn(column, gauge);
    QHeaderView* header = m_socketView->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const std::pair<int, int> widths[] = {
        { SocketModel::Socket, 14 }, { SocketModel::Kind, 8 }, { SocketModel::State, 18 },
        { SocketModel::Queue, 14 },  { SocketModel::Blocked, 11 }, { SocketModel::Local, 12 },
        { SocketModel::Peer, 12 },   { SocketModel::In, 5 },   { SocketModel::Out, 5 },
        { SocketModel::RecvQ, 8 },   { SocketModel::SendQ, 8 },
    };
    for (const auto& [column, ems] : widths)
        header->resizeSection(column, ems * em);
    // Sockets and events are what the playground is about: they get the full width on top.
    QDockWidget* socketsDock = dock(this, tr("Sockets"), QStringLiteral("sockets"), m_socketView);
    addDockWidget(Qt::TopDockWidgetArea, socketsDock);

    m_callPanel = new CallPanel(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_callPanel);
    scroll->setWidgetResizable(true);
    // The form must never need a horizontal scrollbar: the dock is at least as wide as it.
    scroll->setMinimumWidth(m_callPanel->minimumSizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width() + 4);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    addDockWidget(Qt::LeftDockWidgetArea, dock(this, tr("Call"), QStringLiteral("call"), scroll));

    m_eventView = tableView(this);
    m_eventView->setObjectName(QStringLiteral("events"));
    m_eventView->setModel(m_session->events());
    m_eventView->horizontalHeader()->resizeSection(EventModel::Iteration, 4 * em);
    const int timeWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + em;
    m_eventView->horizontalHeader()->resizeSection(EventModel::Time, timeWidth);
    m_eventView->horizontalHeader()->resizeSection(EventModel::Socket, 7 * em);
    m_eventView->horizontalHeader()->resizeSection(EventModel::Ready, 9 * em);
    m_eventView->horizontalHeader()->resizeSection(EventModel::Raw, 30 * em);
    m_eventView->horizontalHeader()->resizeSection(EventModel::Status, 6 * em);
    m_eventView->horizontalHeader()->resizeSection(EventModel::Meaning, 28 * em);
    QDockWidget* eventsDock = dock(this, tr("Events"), QStringLiteral("events"), m_eventView);
    eventsDock->setToolTip(tr("What the event loop returned, in the backend's own terms."));
    addDockWidget(Qt::TopDockWidgetArea, eventsDock);
    splitDockWidget(socketsDock, eventsDock, Qt::Horizontal);

    auto* logBox = new QWidget(this);
    m_logView = tableView(logBox);
    m_logView->setObjectName(QStringLiteral("log"));
    m_logFilter = new CallLogFilter(this);
    m_logFilter->setSourceModel(m_session->log());
    m_logView->setModel(m_logFilter);
    m_logView->horizontalHeader()->resizeSection(CallLogModel::Time, timeWidth);
    m_logView->horizontalHeader()->resizeSection(CallLogModel::Socket, 4 * em);
    m_logView->horizontalHeader()->resizeSection(CallLogModel::Call, 52 * em);
    m_logView->horizontalHeader()->resizeSection(CallLogModel::Result, 9 * em);
    m_logView->horizontalHeader()->resizeSection(CallLogModel::Duration, 6 * em);
    m_logOnlySelected = new QCheckBox(tr("Only the selected socket"), logBox);
    auto* failures = new QCheckBox(tr("Failures only"), logBox);
    auto* copy = new QPushButton(tr("Copy"), logBox);
    auto* save = new QPushButton(tr("Save…"), logBox);
    m_logDropped = new QLabel(logBox);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_logOnlySelected);
    bar->addWidget(failures);
    bar->addStretch();
    bar->addWidget(m_logDropped);
    bar->addWidget(copy);
    bar->addWidget(save);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(4, 4, 4, 4);
    logLayout->addLayout(bar);
    logLayout->addWidget(m_logView);
    QDockWidget* logDock = dock(this, tr("Syscall log"), QStringLiteral("log"), logBox);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    m_scenario = new ScenarioPanel(*m_session, this);
    QDockWidget* scenarioDock = dock(this, tr("Scenario"), QStringLiteral("scenario"), m_scenario);
    addDockWidget(Qt::BottomDockWidgetArea, scenarioDock);
    splitDockWidget(logDock, scenarioDock, Qt::Horizontal);

    connect(m_logOnlySelected, &QCheckBox::toggled, this, &MainWindow::onSelectionChanged);
    connect(failures, &QCheckBox::toggled, m_logFilter, &CallLogFilter::setFailuresOnly);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_session->log()->toText());
    });
    connect(save, &QPushButton::clicked, this, &MainWindow::saveLog);
}

// Sizes in pixels derived from the font, so the default layout also reads on high-DPI
// screens: sockets and events share the top, the log takes the bottom, the form the left.
void MainWindow::defaultDockSizes()
{
    const int line = fontMetrics().lineSpacing();
    auto* sockets = findChild<QDockWidget*>(QStringLiteral("sockets"));
    auto* events = findChild<QDockWidget*>(QStringLiteral("events"));
    auto* call = findChild<QDockWidget*>(QStringLiteral("call"));
    auto* log = findChild<QDockWidget*>(QStringLiteral("log"));
    resizeDocks({ sockets, log }, { 14 * line, 16 * line }, Qt::Vertical);
    resizeDocks({ sockets, events }, { width() * 3 / 5, width() * 2 / 5 }, Qt::Horizontal);
    resizeDocks({ call }, { 31 * fontMetrics().horizontalAdvance(QLatin1Char('M')) }, Qt::Horizontal);
    auto* scenario = findChild<QDockWidget*>(QStringLiteral("scenario"));
    resizeDocks({ log, scenario }, { width() * 3 / 5, width() * 2 / 5 }, Qt::Horizontal);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Save log as text…"), QKeySequence::Save, this, &MainWindow::saveLog);
    file->addAction(tr("&Copy log"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this, [this] {
        QApplication::clipboard()->setText(m_session->log()->toText());
    });
    file->addSeparator();
    file->addAction(tr("&Open scenario…"), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), {},
                                                          tr("Scenarios (*.spg);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !m_scenario->open(path, &error))
            QMessageBox::warning(this, tr("Open scenario"), error);
    });
    (new StraceImportAction(*m_scenario, this))->addTo(file);
    file->addAction(tr("Save sce&nario…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), QStringLiteral("session.spg"),
                                                          tr("Scenarios (*.spg)"));
        QString error;
        if (!path.isEmpty() && !m_scenario->save(path, &error))
            QMessageBox::warning(this, tr("Save scenario"), error);
    });
    file->addAction(tr("&Export scenario as C…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportC);
    (new CaptureExport(m_bridge, this))->addTo(file);
    file->addSeparator();
    QMenu* viewMenu = new QMenu(tr("&View"), this);
    m_images = new ImageActions(this, [this] { return focusedView(); });
    m_images->addTo(file, viewMenu);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    buildSocketMenu(menuBar()->addMenu(tr("&Socket")));

    QMenu* demosMenu = menuBar()->addMenu(tr("&Demos"));
    demosMenu->addAction(tr("Choose a demo…"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::chooseDemo);
    demosMenu->addSeparator();
    for (const Demo& d : demos())
        demosMenu->addAction(d.label(), this, [this, name = d.name] { openDemo(name); })
            ->setToolTip(d.unavailable);

    menuBar()->addMenu(viewMenu);
    viewMenu->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>())
        viewMenu->addAction(d->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addMenu(new LanguageMenu(this));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Call × state &table"), this, [this] {
        // On the backend the status bar shows; its own engine, so the session is untouched.
        const auto backend = m_loopStatus->chosen();
        auto* dialog = new MatrixDialog(backend, {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    help->addAction(tr("&About Socket Playground"), this, [this] {
        QMessageBox::about(this, tr("About Socket Playground"),
                           tr("<p><b>Socket Playground</b> lets you make raw POSIX socket calls "
                              "one at a time and see what the kernel answers.</p>"
                              "<p>Right-click a socket for the calls that fit its state. "
                              "Every call, its result and errno appear in the Syscall log; "
                              "every readiness the loop saw appears under Events.</p>"));
    });
}

void MainWindow::buildSocketMenu(QMenu* menu)
{
    menu->addAction(tr("New TCP &listener on 127.0.0.1:0"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
        const CallChain c = tcpListenerChain("127.0.0.1:0", 2);
        m_session->submitChain(c.first, c.rest);
    });
    menu->addAction(tr("New TCP &client to the selected listener"), QKeySequence(Qt::CTRL | Qt::Key_T),
                    this, &MainWindow::newClientToSelected);
    menu->addAction(tr("New &UDP socket on 127.0.0.1:0"), QKeySequence(Qt::CTRL | Qt::Key_U), this, [this] {
        const CallChain c = udpSocketChain("127.0.0.1:0");
        m_session->submitChain(c.first, c.rest);
    });
    menu->addAction(tr("New socket &pair (AF_UNIX)"), QKeySequence(Qt::CTRL | Qt::Key_P), this, [this] {
        core::Command c;
        c.kind = core::CallKind::Socketpair;
        c.domain = AF_UNIX;
        m_session->submit(c);
    });
    menu->addSeparator();
    auto onSelected = [this](core::CallKind kind) {
        return [this, kind] {
            if (selectedSocket() == core::kNoSocket)
                return;
            core::Command c;
            c.kind = kind;
            c.socket = selectedSocket();
            m_session->submit(c);
        };
    };
    menu->addAction(tr("&Accept on the selected socket"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                    this, onSelected(core::CallKind::Accept));
    menu->addAction(tr("C&lose the selected socket"), QKeySequence(Qt::CTRL | Qt::Key_W), this,
                    onSelected(core::CallKind::Close));
    menu->addAction(tr("Ca&ncel its blocked call"), QKeySequence(Qt::CTRL | Qt::Key_Period), this,
                    onSelected(core::CallKind::Cancel));
}

void MainWindow::buildStatusBar()
{
    m_loopStatus = new LoopStatus(statusBar());
    connect(m_loopStatus, &LoopStatus::backendChosen, this, [this](core::Backend backend) {
        core::Command c;
        c.kind = core::CallKind::SetBackend;
        c.backend = backend;
        m_session->submit(c);
    });
}

void MainWindow::connectSignals()
{
    connect(m_scenario, &ScenarioPanel::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    // A fresh engine (Step back) starts on the default backend: give it the chosen one, and
    // let the views start empty.
    connect(m_session, &Session::restarted, this, [this] {
        core::Command c;
        c.kind = core::CallKind::SetBackend;
        c.backend = m_loopStatus->chosen();
        m_session->submit(c);
        m_hexSockets.clear();
        m_hex->setSources({}, core::kNoSocket);
        m_pictures->setSelection({});
    });
    connect(m_socketView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_socketView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    // Only when the changed rows hold the selected socket: a batch can change 10,000 rows.
    connect(m_session->sockets(), &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& first, const QModelIndex& last) {
                const QModelIndex selected = m_socketView->currentIndex();
                if (selected.isValid() && selected.parent() == first.parent()
                    && selected.row() >= first.row() && selected.row() <= last.row())
                    m_callPanel->setTarget(m_session->sockets()->socket(selectedSocket()));
            });
    // epoll_ctl's socket list follows the sockets (new, closed); EpollFields reads them at
    // most once per turn of the event loop, and only while its form shows.
    m_callPanel->epollFields()->setSocketSource([this] {
        std::vector<const core::SocketSnapshot*> all;
        for (core::SocketId id : m_session->sockets()->ids())
            all.push_back(m_session->sockets()->socket(id));
        return all;
    });
    const auto listSockets = [this] { m_callPanel->epollFields()->socketsChanged(); };
    connect(m_session->sockets(), &QAbstractItemModel::dataChanged, this, listSockets);
    connect(m_session->sockets(), &QAbstractItemModel::rowsInserted, this, listSockets);
    connect(m_socketView, &QWidget::customContextMenuRequested, this, &MainWindow::showSocketMenu);
    connect(m_callPanel, &CallPanel::commandReady, this, [this](const core::Command& c) {
        m_callPanel->setLastCommand(m_session->submit(c));
    });
    connect(m_socketMenu, &SocketMenu::prepareCall, this, [this](core::SocketId id, core::CallKind kind) {
        selectSocket(id);
        m_callPanel->setCall(kind);
        m_callPanel->setFocus();
    });
    connect(m_session, &Session::statsChanged, m_loopStatus, &LoopStatus::show);
    connect(m_session, &Session::capturesGrew, this, [this](const std::vector<core::SocketId>& ids) {
        if (std::find(ids.begin(), ids.end(), core::SocketId(m_hex->currentKey())) != ids.end())
            m_hex->refresh();
    });
    // A socket created by a call becomes the selection, so the next call acts on it.
    connect(m_session, &Session::callRecorded, this, [this](const core::CallRecord& r) {
        m_callPanel->showResult(r);
        if (r.created != core::kNoSocket && !r.automatic && r.kind == core::CallKind::Socket)
            QMetaObject::invokeMethod(this, [this, id = r.created] { selectSocket(id); }, Qt::QueuedConnection);
    });
    // Following the newest rows costs a full repaint per scroll: a few times a second is
    // plenty, and a user who scrolled up to read is left alone.
    auto* logTail = new FollowTail(m_logView);
    connect(logTail, &FollowTail::scrolled, this, [this] {
        const std::size_t dropped = m_session->log()->dropped();
        m_logDropped->setText(dropped ? tr("%1 older lines dropped").arg(dropped) : QString());
    });
    new FollowTail(m_eventView);
    new SequenceLink(m_pictures->sequence(), m_logView, m_logFilter, m_session->log(), m_hex,
                     [this](core::SocketId id) { selectSocket(id); }, this);
}

core::SocketId MainWindow::selectedSocket() const
{
    return m_session->sockets()->socketAt(m_socketView->currentIndex());
}

void MainWindow::selectSocket(core::SocketId id)
{
    const QModelIndex index = m_session->sockets()->indexOf(id);
    if (index.isValid())
        m_socketView->setCurrentIndex(index);
}

// The view the image actions apply to: the one holding the focus, else the picture tab
// in front.
QWidget* MainWindow::focusedView() const
{
    const QWidget* views[] = { m_socketView, m_logView, m_eventView, m_hex->view(),
                               m_pictures->states(), m_pictures->queues(), m_pictures->sequence() };
    for (QWidget* w = QApplication::focusWidget(); w; w = w->parentWidget())
        for (const QWidget* v : views)
            if (w == v)
                return w;
    QWidget* front = m_pictures->currentWidget();
    return front == m_hex ? static_cast<QWidget*>(m_hex->view()) : front;
}

void MainWindow::onSelectionChanged()
{
    const core::SocketId id = selectedSocket();
    m_callPanel->setTarget(m_session->sockets()->socket(id));
    m_logFilter->setSocket(m_logOnlySelected->isChecked() ? id : core::kNoSocket);
    std::vector<core::SocketId> ids;
    for (const QModelIndex& row : m_socketView->selectionModel()->selectedRows()) {
        const core::SocketId s = m_session->sockets()->socketAt(row);
        if (s != core::kNoSocket && std::find(ids.begin(), ids.end(), s) == ids.end())
            ids.push_back(s);
    }
    if (ids.empty() && id != core::kNoSocket)
        ids.push_back(id);
    m_pictures->setSelection(ids);
    if (ids.empty() || ids == m_hexSockets) {
        if (id != core::kNoSocket && m_hex->currentKey() != id)
            m_hex->setSources(currentHexSources(), id);
        return;
    }
    m_hexSockets = ids;
    m_hex->setSources(currentHexSources(), id);
}

std::vector<HexPanel::NamedSource> MainWindow::currentHexSources() const
{
    std::vector<HexPanel::NamedSource> sources;
    for (core::SocketId s : m_hexSockets) {
        auto capture = m_bridge.capture(s);
        sources.push_back({ tr("socket #%1").arg(s),
                            capture ? std::make_shared<CaptureHexSource>(capture) : nullptr, s });
    }
    return sources;
}

void MainWindow::showSocketMenu(const QPoint& pos)
{
    const core::SocketId id = m_session->sockets()->socketAt(m_socketView->indexAt(pos));
    const core::SocketSnapshot* s = m_session->sockets()->socket(id);
    if (!s)
        return;
    QMenu* menu = m_socketMenu->build(*s, this);
    menu->exec(m_socketView->viewport()->mapToGlobal(pos));
    menu->deleteLater();
}

void MainWindow::newClientToSelected()
{
    const core::SocketSnapshot* s = m_session->sockets()->socket(selectedSocket());
    if (!s || s->lifecycle != core::Lifecycle::Listening || s->local.empty()) {
        statusBar()->showMessage(tr("Select a listening socket first."), 4000);
        return;
    }
    const CallChain c = tcpClientChain(s->domain, s->local);
    m_session->submitChain(c.first, c.rest);
}

bool MainWindow::openScenarioFile(const QString& path)
{
    QString error;
    if (auto* dock = qobject_cast<QDockWidget*>(m_scenario->parentWidget())) {
        dock->show();
        dock->raise();
    }
    if (m_scenario->open(path, &error))
        return true;
    statusBar()->showMessage(error);
    return false;
}

bool MainWindow::openDemo(const QString& name)
{
    const QString text = demoText(name);
    if (text.isNull()) {
        statusBar()->showMessage(tr("No demo named \"%1\".").arg(name), 5000);
        return false;
    }
    m_scenario->setText(translateDemoComments(text), name + QStringLiteral(".spg"));
    m_scenario->run();
    return true;
}

void MainWindow::chooseDemo()
{
    DemoChooser chooser(this);
    if (chooser.exec() == QDialog::Accepted && !chooser.chosen().isEmpty())
        openDemo(chooser.chosen());
}

void MainWindow::offerDemosOnFirstStart()
{
    QSettings settings;
    if (settings.value(QStringLiteral("demos/offered")).toBool())
        return;
    settings.setValue(QStringLiteral("demos/offered"), true);
    QMetaObject::invokeMethod(this, &MainWindow::chooseDemo, Qt::QueuedConnection);
}

void MainWindow::exportC()
{
    // C for any system: a kqueue scenario exports on Linux too (the program says it needs macOS/BSD).
    const core::ScenarioParse parsed = core::parseScenario(
        m_scenario->text().toStdString(), m_scenario->folder().toStdString(), false);
    if (!parsed.ok()) {
        QMessageBox::warning(this, tr("Export as C"),
                             ScenarioPanel::errorText(parsed.errors.front(), QStringLiteral("scenario")));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export scenario as C"),
                                                      QStringLiteral("scenario.c"), tr("C source (*.c)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, tr("Export as C"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(QByteArray::fromStdString(core::exportToC(parsed.scenario, "scenario.spg")));
    statusBar()->showMessage(tr("Wrote %1: build it with cc -std=c11 -Wall -Wextra -Werror -pthread").arg(path), 8000);
}

void MainWindow::saveLog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save syscall log"),
                                                      QStringLiteral("syscalls.txt"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        QMessageBox::warning(this, tr("Save log"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.write(m_session->log()->toText().toUtf8());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_callPanel->addressField()->setRecent(settings.value(QStringLiteral("addresses/recent")).toStringList());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("addresses/recent"), m_callPanel->addressField()->recent());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_bridge.shutdown(); // Closing the window closes every socket and joins the worker.
    event->accept();
}

} // namespace spg::ui
