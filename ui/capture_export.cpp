// The log is fed from the bridge's own signal, beside the models, so the export sees every
// call even when the log view has dropped its oldest rows.
#include "capture_export.h"

#include "engine_bridge.h"

#include "export/pcapng/pcap_export.h"

#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>

namespace spg::ui {

CaptureExport::CaptureExport(EngineBridge& bridge, QWidget* window)
    : QObject(window), m_bridge(bridge), m_window(window)
{
    connect(&bridge, &EngineBridge::eventsArrived, this, [this](const core::EventBatch& events) {
        for (const core::EngineEvent& e : events)
            m_log.onEvent(e);
    });
    connect(&bridge, &EngineBridge::restarted, this, [this] { m_log.clear(); });
}

void CaptureExport::addTo(QMenu* menu)
{
    QAction* action = menu->addAction(tr("Export &capture (pcapng)…"), this, &CaptureExport::ask);
    action->setObjectName(QStringLiteral("exportCapture"));
    action->setStatusTip(tr("Write what the sockets sent and received as a pcapng file for "
                            "Wireshark: packets rebuilt around the real bytes"));
}

bool CaptureExport::writeTo(const QString& path, QString& summary, QString& error)
{
    m_log.adoptCaptures([this](core::SocketId id) { return m_bridge.capture(id); });
    const pcap::PcapExport capture = pcap::exportPcapng(m_log);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(capture.bytes.data(), qint64(capture.bytes.size()))
            != qint64(capture.bytes.size())
        || !file.commit()) {
        error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    summary = tr("Wrote %1: %2 packets (%3 TCP connections, %4 UDP datagrams)")
                  .arg(path)
                  .arg(capture.packets)
                  .arg(capture.tcpConnections)
                  .arg(capture.udpDatagrams);
    for (const std::string& note : capture.notes)
        summary += QLatin1Char(' ') + QString::fromStdString(note);
    return true;
}

void CaptureExport::ask()
{
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export capture"),
                                                      QStringLiteral("session.pcapng"),
                                                      tr("pcapng captures (*.pcapng)"));
    if (path.isEmpty())
        return;
    QString summary;
    QString error;
    if (!writeTo(path, summary, error)) {
        QMessageBox::warning(m_window, tr("Export capture"), error);
        return;
    }
    if (auto* main = qobject_cast<QMainWindow*>(m_window))
        main->statusBar()->showMessage(summary, 12000);
}

} // namespace spg::ui
