// The Scenario panel: the current scenario as editable text, recorded from the calls made
// in the window, and played back line by line (Step, Run, Run to line, Stop) with the
// current line highlighted and a failed expectation's reason shown on its line. Text
// loaded from a file or a demo runs under the safety policy: what it reaches past the lab
// is shown in a ConsentDialog before anything runs, and its UNIX names land in a scratch
// folder kept until the next run. Text recorded from your own calls runs as written.
// GUI thread only.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario_player.h"
#include "core/scenario/scenario_recorder.h"
#include "core/scenario/scenario_scratch.h"

#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolBar;

namespace spg::ui {

class LabCoach;
class Session;

class ScenarioPanel : public QWidget {
    Q_OBJECT

public:
    // "demo.spg:3:14: " and what was expected, in the window's language where the parser
    // gave the message as a template (core::ScenarioError::what), else as it wrote it.
    static QString errorText(const core::ScenarioError& error, const QString& file);

    explicit ScenarioPanel(Session& session, QWidget* parent = nullptr);
    ~ScenarioPanel() override;

    QString text() const;
    void setText(const QString& text, const QString& name);
    QString folder() const { return m_folder; } // "" until loaded from or saved to a file
    QPlainTextEdit* editor() const { return m_editor; }
    QString statusText() const;
    bool isPlaying() const { return m_player != nullptr; }
    int currentLine() const { return m_currentLine; }
    int failedLine() const { return m_failedLine; }
    bool recording() const { return m_recording; }
    // True once the text came from a file or a demo (setText, open): it runs under the policy.
    bool untrusted() const { return m_untrusted; }
    // Categories allowed beforehand (headless --allow): what they cover needs no dialog.
    void setAllowed(unsigned categories) { m_allowed = categories; }
    // The last policy run's scratch folder, or nullptr.
    const core::ScratchFolder* scratch() const { return m_scratch.get(); }

    // Playback. Each (re)starts the player from the first line when none is active.
    void step();
    void run();
    void runToLine(int line);
    // Replays the scenario from its start, on a fresh engine, up to the line before the last
    // one made: the kernel cannot undo a call, a replay can.
    void stepBack();
    void stop();
    bool open(const QString& path, QString* error = nullptr);
    bool save(const QString& path, QString* error = nullptr);
    QAction* stepAction() const { return m_step; }
    QAction* runAction() const { return m_run; }
    QAction* stepBackAction() const { return m_stepBack; }
    LabCoach* lab() const { return m_lab; }

signals:
    void finished(bool ok, const QString& message);
    // Something the window's status bar should say ("replayed 4 lines").
    void message(const QString& text);

private:
    bool ensurePlayer();
    bool mayRun(const core::Scenario& scenario);
    void pump();
    bool askQuestion();
    void onBatch(const core::EventBatch& batch);
    void record(const core::Command& command, const core::CallRecord& record);
    void highlight();
    void setStatus(const QString& text, bool error = false);

    Session& m_session;
    QToolBar* m_toolbar;
    QPlainTextEdit* m_editor;
    QLabel* m_status;
    QTimer* m_timer;
    LabCoach* m_lab;
    bool m_inQuestion = false; // A lab question is open (its dialog runs its own loop).
    int m_declinedLine = 0;    // The question put off ("Not now"), until Run or Step.
    QAction* m_step = nullptr;
    QAction* m_stepBack = nullptr;
    QAction* m_run = nullptr;
    QAction* m_runTo = nullptr;
    QAction* m_stop = nullptr;
    QAction* m_record = nullptr;
    std::unique_ptr<core::ScratchFolder> m_scratch; // Before m_player: outlives it.
    std::unique_ptr<core::ScenarioPlayer> m_player;
    core::ScenarioRecorder m_recorder;
    QString m_name;
    QString m_folder; // The loaded or saved file's folder: where file("...") payloads live.
    bool m_recording = true;
    bool m_untrusted = false;
    unsigned m_allowed = 0;
    QString m_consentedText; // The text the user last allowed; edits ask again.
    int m_currentLine = 0;
    QString m_replayed; // After a step back, until the next command: what was replayed.
    int m_backTarget = 0; // The line a step back's replay pauses before, until it gets there.
    int m_failedLine = 0;
    QString m_failure;
};

} // namespace spg::ui
