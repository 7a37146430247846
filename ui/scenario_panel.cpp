#include "scenario_panel.h"

#include "lab_coach.h"

#include "consent_dialog.h"
#include "display_text.h"
#include "engine_bridge.h"
#include "session.h"

#include "core/scenario/scenario.h"
#include "core/scenario/scenario_files.h"
#include "core/scenario/scenario_policy.h"
#include "core/words/strace_format.h"

#include <climits>
#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace spg::ui {

namespace {

std::string folderOf(const QString& path)
{
    return QFileInfo(path).absolutePath().toStdString();
}

} // namespace

ScenarioPanel::ScenarioPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_toolbar(new QToolBar(this))
    , m_editor(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_timer(new QTimer(this))
    , m_lab(new LabCoach(this))
{
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setPlaceholderText(tr("Calls you make are recorded here. Or open a scenario "
                                    "file (.spg) or a demo (Demos menu), then Run or Step."));
    m_status->setWordWrap(true);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    QAction* openAction = m_toolbar->addAction(tr("Open…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), {},
                                                          tr("Scenarios (*.spg);;All files (*)"));
        QString error;
        if (!path.isEmpty() && !open(path, &error))
            setStatus(error, true);
    });
    openAction->setToolTip(tr("Open a scenario file (.spg). Nothing runs until you press Run or Step."));
    m_toolbar->addAction(tr("Save…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), m_name,
                                                          tr("Scenarios (*.spg)"));
        QString error;
        if (!path.isEmpty() && !save(path, &error))
            setStatus(error, true);
    });
    m_toolbar->addSeparator();
    m_step = m_toolbar->addAction(tr("Step"), this, &ScenarioPanel::step);
    m_step->setShortcut(QKeySequence(Qt::Key_F10));
    m_step->setToolTip(tr("Run the next line and stop (F10)"));
    m_stepBack = m_toolbar->addAction(tr("Back"), this, &ScenarioPanel::stepBack);
    m_stepBack->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    m_stepBack->setToolTip(tr("Step back: replay from the start on a fresh engine, up to the previous line "
                              "(Shift+F10)"));
    m_run = m_toolbar->addAction(tr("Run"), this, &ScenarioPanel::run);
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    m_run->setToolTip(tr("Run to the end, or to the first failed expectation (F5)"));
    m_runTo = m_toolbar->addAction(tr("Run to line"), this, [this] {
        m_declinedLine = 0;
        runToLine(m_editor->textCursor().blockNumber() + 1);
    });
    m_runTo->setShortcut(QKeySequence(Qt::Key_F4));
    m_runTo->setToolTip(tr("Run up to the line with the text cursor (F4)"));
    m_stop = m_toolbar->addAction(tr("Stop"), this, &ScenarioPanel::stop);
    m_stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    m_toolbar->addSeparator();
    m_record = m_toolbar->addAction(tr("Record"));
    m_record->setCheckable(true);
    m_record->setChecked(true);
    m_record->setToolTip(tr("Append every call made in the window to this scenario"));
    connect(m_record, &QAction::toggled, this, [this](bool on) { m_recording = on; });
    for (QAction* a : { m_step, m_run, m_runTo, m_stop })
        a->setShortcutContext(Qt::WindowShortcut);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_lab->box());
    layout->addWidget(m_editor);
    layout->addWidget(m_status);
    m_timer->setInterval(20); // Sleeps and timeouts advance even when no event arrives.
    connect(m_timer, &QTimer::timeout, this, &ScenarioPanel::pump);
    connect(&m_session.bridge(), &EngineBridge::eventsArrived, this, &ScenarioPanel::onBatch);
    connect(&m_session, &Session::userCallCompleted, this, &ScenarioPanel::record);
    connect(&m_session, &Session::snapshotsArrived, this, [this](const std::vector<core::SocketSnapshot>& s) {
        for (const core::SocketSnapshot& snap : s)
            m_recorder.onSnapshot(snap);
    });
    setStatus(tr("Recording the calls you make."));
}

ScenarioPanel::~ScenarioPanel() = default;

QString ScenarioPanel::text() const
{
    return m_editor->toPlainText();
}

void ScenarioPanel::setText(const QString& text, const QString& name)
{
    stop();
    m_name = name;
    m_folder.clear();
    m_untrusted = true;
    m_editor->setPlainText(text);
    m_failedLine = 0;
    m_currentLine = 0;
    highlight();
    setStatus(tr("%1: press Run (F5) or Step (F10).").arg(name));
}

QString ScenarioPanel::statusText() const
{
    return m_status->text();
}

void ScenarioPanel::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d04040;") : QString());
}

bool ScenarioPanel::open(const QString& path, QString* error)
{
    // stat() first: a FIFO would freeze the window, a link to /dev/zero fill the memory.
    std::string bytes;
    core::Message why;
    if (!core::readScenarioFile(path.toStdString(), bytes, why)) {
        const QString message = tr("Nothing loaded: %1").arg(translated(why));
        setStatus(message, true);
        if (error)
            *error = message;
        return false;
    }
    const QString text = QString::fromUtf8(bytes); // For display and editing.
    const core::ScenarioParse parsed = core::parseScenario(bytes, folderOf(path));
    setText(text, QFileInfo(path).fileName());
    m_folder = QString::fromStdString(folderOf(path));
    if (!parsed.ok()) {
        const QString message = errorText(parsed.errors.front(), QFileInfo(path).fileName());
        setStatus(message, true);
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool ScenarioPanel::save(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text().toUtf8());
    m_name = QFileInfo(path).fileName();
    m_folder = QString::fromStdString(folderOf(path));
    setStatus(tr("Saved %1.").arg(path));
    return true;
}

QString ScenarioPanel::errorText(const core::ScenarioError& error, const QString& file)
{
    if (!*error.what.text)
        return displayText(error.format(file.toStdString()));
    core::ScenarioError frame = error;
    frame.message.clear(); // "file:line:column: ", then the translated message.
    return displayText(frame.format(file.toStdString())) + translated(error.what);
}

// Parses the text afresh; a syntax error is shown on its line and nothing runs.
bool ScenarioPanel::ensurePlayer()
{
    if (m_player)
        return true;
    const core::ScenarioParse parsed = core::parseScenario(text().toStdString(), m_folder.toStdString());
    if (!parsed.ok()) {
        const core::ScenarioError& e = parsed.errors.front();
        m_failedLine = e.line;
        m_failure = errorText(e, m_name.isEmpty() ? QStringLiteral("scenario") : m_name);
        highlight();
        setStatus(m_failure, true);
        return false;
    }
    if (m_untrusted && !mayRun(parsed.scenario))
        return false;
    EngineBridge& bridge = m_session.bridge();
    m_player = std::make_unique<core::ScenarioPlayer>(
        parsed.scenario, [&bridge](core::Command c) { return bridge.submit(std::move(c)); },
        [&bridge](core::SocketId id, core::ByteOffset offset, std::uint64_t length) {
            std::string bytes(static_cast<std::size_t>(length), '\0');
            if (auto capture = bridge.capture(id))
                bytes.resize(capture->read(offset, bytes.data(), bytes.size()));
            return bytes;
        });
    if (m_untrusted)
        m_player->setPrepare([folder = m_scratch.get()](const core::Step& step, core::Command& c) {
            return folder->prepare(step, c);
        });
    m_player->setAsking(parsed.scenario.questions() > 0);
    if (m_replayed.isEmpty() && m_backTarget == 0)
        m_lab->start(parsed.scenario); // A step back's replay keeps the score.
    m_failedLine = 0;
    m_failure.clear();
    m_record->setChecked(false); // Played calls are already in the text.
    m_timer->start();
    return true;
}

// The policy for text from a file or a demo: consent for what it reaches past the lab, then
// a fresh scratch folder. The previous run's folder goes now, not when that run ended: its
// sockets may still be open in the window, reachable by path, for calls made by hand.
bool ScenarioPanel::mayRun(const core::Scenario& scenario)
{
    core::PolicyContext context;
    context.allowed = m_allowed;
    const core::PolicyReport report = core::checkPolicy(scenario, context);
    // Consent holds for this text: a step back replays it without asking again.
    if (report.refused() && text() != m_consentedText) {
        ConsentDialog dialog(report, m_name.isEmpty() ? tr("This lab") : m_name, this);
        if (dialog.exec() != QDialog::Accepted) {
            setStatus(tr("Not run: the lab needs your consent to reach past loopback and its "
                         "scratch folder (%n call(s)).",
                         nullptr, int(report.findings.size())),
                      true);
            return false;
        }
        m_consentedText = text();
    }
    core::Message why;
    m_scratch.reset();
    m_scratch = core::ScratchFolder::make(why);
    if (!m_scratch) {
        setStatus(translated(why), true);
        return false;
    }
    return true;
}

void ScenarioPanel::step()
{
    m_declinedLine = 0;
    m_replayed.clear();
    m_backTarget = 0;
    if (!ensurePlayer())
        return;
    m_player->pauseAfterNextStep();
    pump();
}

void ScenarioPanel::stepBack()
{
    const core::ScenarioParse parsed = core::parseScenario(text().toStdString(), m_folder.toStdString());
    if (!parsed.ok())
        return void(ensurePlayer()); // shows the parse error where it is
    // The lines already made: those before the pause, or every line after a finished run.
    // A press while the previous replay is still on its way counts from where it is going.
    const int current = m_player ? (m_backTarget > 0 ? m_backTarget : m_currentLine)
                                 : m_failedLine > 0 ? m_failedLine + 1 : INT_MAX;
    std::vector<int> made;
    for (const core::Step& s : parsed.scenario.steps)
        if (s.line < current)
            made.push_back(s.line);
    if (made.empty()) {
        setStatus(tr("Nothing to step back over: no line has run yet."));
        return;
    }
    const int target = made.back();
    stop();
    m_session.bridge().restart();
    if (!ensurePlayer())
        return;
    const auto replayed = static_cast<int>(made.size()) - 1;
    m_replayed = tr("(Stepped back: replayed %n line(s) on a fresh engine.)", nullptr, replayed);
    emit message(tr("Stepped back: replayed %n line(s) from the start on a fresh engine", nullptr, replayed));
    m_backTarget = target;
    m_player->setPauseBeforeLine(target);
    pump();
}

void ScenarioPanel::run()
{
    m_declinedLine = 0;
    m_replayed.clear();
    m_backTarget = 0;
    if (!ensurePlayer())
        return;
    m_player->setPauseBeforeLine(0);
    pump();
}

void ScenarioPanel::runToLine(int line)
{
    m_replayed.clear();
    m_backTarget = 0;
    if (!ensurePlayer())
        return;
    m_player->setPauseBeforeLine(line);
    pump();
}

void ScenarioPanel::stop()
{
    m_replayed.clear();
    m_backTarget = 0;
    m_timer->stop();
    m_player.reset();
    m_currentLine = 0;
    highlight();
}

void ScenarioPanel::onBatch(const core::EventBatch& batch)
{
    if (!m_player)
        return;
    for (const core::EngineEvent& e : batch)
        m_player->onEvent(e);
    pump();
}

void ScenarioPanel::pump()
{
    if (!m_player)
        return;
    if (m_inQuestion)
        return; // The question's dialog is open; batches wait in the player.
    using Status = core::ScenarioPlayer::Status;
    Status status = m_player->advance();
    m_player->takeOutput(); // The syscall log already shows every call.
    m_currentLine = m_player->currentLine();
    if (const auto answer = m_player->takeAnswer())
        setStatus(m_lab->judge(*answer));
    if (status == Status::Asking
        && (m_declinedLine == m_player->scenario().steps[m_player->nextStep()].line || !askQuestion()))
        return;
    if (status == Status::Asking)
        return pump();
    if (status == Status::Failed) {
        m_failedLine = m_player->failureLine();
        m_failure = tr("line %1: %2").arg(m_failedLine).arg(translated(m_player->failureWhy()));
        setStatus(tr("Stopped: %1").arg(m_failure), true);
        emit finished(false, m_failure);
        stop();
        m_currentLine = 0;
    } else if (status == Status::Finished) {
        setStatus(tr("Finished: every expectation held."));
        emit finished(true, QString());
        stop();
    } else if (status == Status::Ready) {
        setStatus(tr("Paused before line %1.").arg(m_currentLine)
                  + (m_replayed.isEmpty() ? QString() : QLatin1Char(' ') + m_replayed));
        m_backTarget = 0;
    } else {
        setStatus(tr("Running line %1…").arg(m_currentLine));
    }
    highlight();
}

// The lab's question before the next line runs; false when the student put it off (the run
// pauses there, and Run or Step asks again).
bool ScenarioPanel::askQuestion()
{
    const core::Step& step = m_player->scenario().steps[m_player->nextStep()];
    highlight();
    m_inQuestion = true;
    const bool predicted = m_lab->ask(step, this);
    m_inQuestion = false;
    if (!m_player)
        return false; // Stopped while the question was open.
    if (!predicted) {
        m_declinedLine = step.line;
        setStatus(tr("Paused at the question on line %1: Run or Step asks it again.").arg(step.line));
        return false;
    }
    m_player->answered();
    return true;
}

void ScenarioPanel::record(const core::Command& command, const core::CallRecord& record)
{
    if (!m_recording || m_player)
        return;
    const std::optional<std::string> line = m_recorder.record(command, record);
    if (line)
        m_editor->appendPlainText(QString::fromStdString(*line));
}

// The running line is tinted; a failed line is red and carries its reason as a tooltip.
void ScenarioPanel::highlight()
{
    QList<QTextEdit::ExtraSelection> marks;
    auto mark = [&](int line, const QColor& color) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
        if (!block.isValid())
            return;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.format.setBackground(color);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(s);
    };
    if (m_currentLine > 0)
        mark(m_currentLine, QColor(255, 220, 90, 140));
    if (m_failedLine > 0)
        mark(m_failedLine, QColor(230, 80, 80, 120));
    m_editor->setExtraSelections(marks);
    m_editor->setToolTip(m_failure);
}

} // namespace spg::ui
