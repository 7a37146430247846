// --export-pcap FILE: a headless run (--run FILE or --demo NAME) that also writes what its
// sockets sent and received as a pcapng capture (export/pcapng). Runs on the thread that
// runs the scenario.
#pragma once

#include "core/scenario/scenario_runner.h"
#include "export/pcapng/session_log.h"

#include <QString>

namespace spg::app {

class PcapRecorder {
public:
    explicit PcapRecorder(QString path) : m_path(std::move(path)) { }

    bool wanted() const { return !m_path.isEmpty(); }
    // Hooks the run's observe/finished to this recorder's log (nothing when not wanted).
    void attach(core::RunOptions& run);
    // Writes the file and says so on stderr; false (and the reason on stderr) if it could
    // not be written.
    bool write() const;

private:
    QString m_path;
    pcap::SessionLog m_log;
};

} // namespace spg::app
