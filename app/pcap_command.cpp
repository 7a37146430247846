// The file is written whether or not the scenario's expectations held: a capture of a run
// that went wrong is what one wants to look at.
#include "pcap_command.h"

#include "export/pcapng/pcap_export.h"

#include <QSaveFile>
#include <cstdio>

namespace spg::app {

void PcapRecorder::attach(core::RunOptions& run)
{
    if (!wanted())
        return;
    run.observe = [this](const core::EngineEvent& event) { m_log.onEvent(event); };
    run.finished = [this](const auto& captureOf) { m_log.adoptCaptures(captureOf); };
}

bool PcapRecorder::write() const
{
    const pcap::PcapExport capture = pcap::exportPcapng(m_log);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(capture.bytes.data(), static_cast<qint64>(capture.bytes.size()))
            != static_cast<qint64>(capture.bytes.size())
        || !file.commit()) {
        std::fprintf(stderr, "socket-playground: %s: %s\n", qPrintable(m_path),
                     qPrintable(file.errorString()));
        return false;
    }
    std::fprintf(stderr,
                 "capture: %zu packets (%zu TCP connections, %zu UDP datagrams) written to %s\n",
                 capture.packets, capture.tcpConnections, capture.udpDatagrams, qPrintable(m_path));
    for (const std::string& note : capture.notes)
        std::fprintf(stderr, "capture: %s\n", note.c_str());
    return true;
}

} // namespace spg::app
