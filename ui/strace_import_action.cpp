// The panel shows the scenario with its comments; the notes are the comments themselves,
// so the summary only counts them.
#include "strace_import_action.h"

#include "import/strace_import.h"
#include "scenario_panel.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace spg::ui {

StraceImportAction::StraceImportAction(ScenarioPanel& panel, QWidget* window)
    : QObject(window), m_panel(panel), m_window(window)
{ }

void StraceImportAction::addTo(QMenu* menu)
{
    QAction* action = menu->addAction(tr("&Import strace log…"), this, &StraceImportAction::ask);
    action->setObjectName(QStringLiteral("importStrace"));
    action->setStatusTip(tr("Turn a program's strace -f -yy log into a scenario that replays "
                            "its socket calls"));
}

bool StraceImportAction::importFile(const QString& path, QString& summary, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > (64ll << 20)) {
        error = tr("%1 is larger than 64 MiB; trace a shorter run.").arg(path);
        return false;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    const straceimport::ImportResult r = straceimport::importStraceLog(
        std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
        name.toStdString());
    if (!r.ok()) {
        error = QStringLiteral("%1:%2:%3: ")
                    .arg(name, QString::number(r.errorLine), QString::number(r.errorColumn))
            + QCoreApplication::translate("spg::import", r.error.c_str());
        return false;
    }
    // Loaded as a file is: untrusted, so the policy checks it before it runs.
    m_panel.setText(QString::fromStdString(r.scenario),
                    QFileInfo(path).completeBaseName() + QStringLiteral(".spg"));
    summary = tr("Imported %1: %2 calls, %3 lines commented (see the # line N comments).")
                  .arg(name)
                  .arg(r.calls)
                  .arg(r.commented);
    return true;
}

void StraceImportAction::ask()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import strace log"), {},
                                     tr("strace logs (*.log *.txt *.strace);;All files (*)"));
    if (path.isEmpty())
        return;
    QString summary;
    QString error;
    if (!importFile(path, summary, error)) {
        QMessageBox::warning(m_window, tr("Import strace log"),
                             tr("%1\n\nExpected the output of strace -f -yy -s 4096 -o LOG -e "
                                "trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,"
                                "fcntl,ioctl PROGRAM.")
                                 .arg(error));
        return;
    }
    if (auto* window = qobject_cast<QMainWindow*>(m_window))
        window->statusBar()->showMessage(summary, 8000);
}

} // namespace spg::ui
