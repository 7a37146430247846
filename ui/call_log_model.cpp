#include "call_log_model.h"
#include "display_text.h"

#include "core/words/calls.h"
#include "core/words/errno_names.h"
#include "core/words/sockaddr_layout.h"

#include <QBrush>
#include <cerrno>
#include <QColor>
#include <QDateTime>
#include <QFont>

namespace spg::ui {

namespace {

bool failed(const core::CallRecord& r)
{
    return r.phase == core::CallPhase::Refused || (r.result < 0 && r.error != 0);
}

QString phaseMark(const core::CallRecord& r)
{
    switch (r.phase) {
    case core::CallPhase::Blocked: return QStringLiteral("‖ "); // U+2016: in DejaVu, unlike ⏸
    case core::CallPhase::Resumed: return QStringLiteral("▶ ");
    case core::CallPhase::Cancelled: return QStringLiteral("✖ ");
    case core::CallPhase::Refused: return QStringLiteral("⊘ "); // U+2298: in DejaVu, unlike U+26D4
    case core::CallPhase::Done: break;
    }
    return r.automatic ? QStringLiteral("⚙ ") : QString();
}

} // namespace

// The call as it was made. An engine line ("backend kqueue: ...") is its template, translated.
// A refused call was never made: its record's English text says so ("listen(...) not made:
// why"), while the window shows the call alone, "not made" as its result and the reason as
// its note, each in the window's language.
QString CallLogModel::callText(const core::CallRecord& r)
{
    if (*r.textWhat.text)
        return translated(r.textWhat);
    if (r.phase == core::CallPhase::Refused)
        return QString::fromStdString(std::string(core::callName(r.kind))) + QStringLiteral("(...)");
    return displayText(r.text);
}


CallLogModel::CallLogModel(std::size_t cap, QObject* parent)
    : CappedTableModel(cap, parent)
{
}

int CallLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallLogModel::timeText(const core::CallRecord& r)
{
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(r.started.time_since_epoch());
    return QDateTime::fromMSecsSinceEpoch(ms.count()).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString CallLogModel::lineText(const core::CallRecord& r)
{
    QString line = callText(r);
    if (r.phase == core::CallPhase::Refused && !*r.textWhat.text) // Copied and saved: say so.
        line += QStringLiteral(" ") + tr("not made");
    if (!r.note.empty())
        line += QStringLiteral("  /* ") + noteText(r.note, r.noteWhat) + QStringLiteral(" */");
    return line;
}

QVariant CallLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::CallRecord& r = row(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: return timeText(r);
        case Socket: return r.socket == core::kNoSocket ? QString() : QStringLiteral("#%1").arg(r.socket);
        case Call: return phaseMark(r) + callText(r);
        case Result:
            if (r.phase == core::CallPhase::Blocked)
                return tr("blocked");
            if (r.phase == core::CallPhase::Refused)
                return tr("not made");
            return r.result < 0 && r.error ? QString::fromStdString(core::errnoName(r.error))
                                           : QString::number(r.result);
        case Duration: return QStringLiteral("%1 µs").arg(double(r.durationNs) / 1000.0, 0, 'f', 1);
        case Note: return noteText(r.note, r.noteWhat);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        QString tip = lineText(r);
        if (r.result < 0 && r.error)
            tip += QStringLiteral("\n%1: %2").arg(QString::fromStdString(core::errnoName(r.error)),
                                                 QString::fromStdString(core::errnoText(r.error)));
        if (!r.sockaddr.empty()) // Rich text keeps the byte columns aligned in a tooltip.
            return QStringLiteral("<pre>%1\n\n%2\n%3</pre>")
                .arg(tip.toHtmlEscaped(),
                     tr("struct sockaddr, %1 bytes:").arg(r.sockaddr.size()).toHtmlEscaped())
                .arg(QString::fromStdString(core::sockaddrDump(r.sockaddr)).toHtmlEscaped());
        return tip;
    }
    if (role == Qt::ForegroundRole && failed(r)) {
        // Would-block answers are the normal language of non-blocking I/O: amber, not red.
        const bool wouldBlock = r.error == EAGAIN || r.error == EWOULDBLOCK
            || r.error == EINPROGRESS || r.error == EALREADY;
        return QBrush(wouldBlock ? QColor(0xc0, 0x80, 0x00) : QColor(0xd0, 0x30, 0x30));
    }
    if (role == Qt::FontRole && index.column() == Call) {
        QFont f(QStringLiteral("monospace"));
        f.setStyleHint(QFont::TypeWriter);
        return f;
    }
    if (role == SocketIdRole)
        return r.socket;
    if (role == FailedRole)
        return failed(r);
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // QT_TR_NOOP marks them for lupdate; tr() below translates them.
    static const char* const names[ColumnCount] = {
        QT_TR_NOOP("Time"),
        QT_TR_NOOP("Socket"),
        QT_TR_NOOP("Call"),
        QT_TR_NOOP("Result"),
        QT_TR_NOOP("Duration"),
        QT_TR_NOOP("Note"),
    };
    return tr(names[section]);
}

QString CallLogModel::toText(const QModelIndexList& rows) const
{
    QString out;
    auto add = [&](const core::CallRecord& r) {
        out += timeText(r) + QLatin1Char(' ') + lineText(r) + QLatin1Char('\n');
    };
    if (rows.isEmpty()) {
        for (const core::CallRecord& r : m_rows)
            add(r);
    } else {
        for (const QModelIndex& i : rows)
            add(row(i.row()));
    }
    return out;
}

CallLogFilter::CallLogFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void CallLogFilter::setSocket(core::SocketId id)
{
    m_socket = id;
    invalidateFilter();
}

void CallLogFilter::setFailuresOnly(bool on)
{
    m_failuresOnly = on;
    invalidateFilter();
}

bool CallLogFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (m_socket != core::kNoSocket && i.data(CallLogModel::SocketIdRole).toInt() != m_socket)
        return false;
    if (m_failuresOnly && !i.data(CallLogModel::FailedRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(row, parent);
}

} // namespace spg::ui
