// File → Export capture…: keeps what the capture export needs from the window's engine
// session (every call and socket snapshot, as the bridge delivers them) and writes it as a
// pcapng file (export/pcapng) that Wireshark opens. Emptied when the engine restarts.
// GUI thread only.
#pragma once

#include "export/pcapng/session_log.h"

#include <QObject>
#include <QString>

class QMenu;
class QWidget;

namespace spg::ui {

class EngineBridge;

class CaptureExport : public QObject {
    Q_OBJECT

public:
    CaptureExport(EngineBridge& bridge, QWidget* window);

    // Adds "Export capture…" to `menu`.
    void addTo(QMenu* menu);
    // Writes the session so far to `path`; on failure returns false and says why in `error`.
    // `summary` gets one line on what was written and what was left out.
    bool writeTo(const QString& path, QString& summary, QString& error);

private:
    void ask(); // the menu action: a file dialog, then writeTo()

    EngineBridge& m_bridge;
    QWidget* m_window;
    pcap::SessionLog m_log;
};

} // namespace spg::ui
