#include "fd_sets_field.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <algorithm>

namespace spg::ui {

namespace {

constexpr const char* kSetNames[3] = { "readfds", "writefds", "exceptfds" };
constexpr const char* kSetHelp[3] = {
    "The sockets watched for reading: data, end of file, or a connection to accept.",
    "The sockets watched for writing: room in the send buffer, or a connect() that finished.",
    "The sockets watched for exceptional conditions: TCP urgent (out-of-band) data.",
};

} // namespace

FdSetsField::FdSetsField(QWidget* parent) : QWidget(parent)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int k = 0; k < 3; ++k) {
        const auto i = static_cast<std::size_t>(k);
        auto* label = new QLabel(QString::fromLatin1(kSetNames[k]), this);
        m_edits[i] = new QLineEdit(this);
        m_edits[i]->setPlaceholderText(QStringLiteral("#2, #4"));
        m_edits[i]->setToolTip(tr(kSetHelp[k])
                               + tr(" Select a socket, then Add; or type #ID, #ID."));
        m_adds[i] = new QPushButton(tr("Add"), this);
        m_adds[i]->setToolTip(tr("Add the socket selected in the Sockets panel to %1")
                                  .arg(QString::fromLatin1(kSetNames[k])));
        m_adds[i]->setEnabled(false);
        grid->addWidget(label, k, 0);
        grid->addWidget(m_edits[i], k, 1);
        grid->addWidget(m_adds[i], k, 2);
        connect(m_adds[i], &QPushButton::clicked, this, [this, k] { add(k); });
    }
}

void FdSetsField::setCandidate(core::SocketId id)
{
    m_candidate = id;
    for (QPushButton* add : m_adds)
        add->setEnabled(id != core::kNoSocket);
}

void FdSetsField::add(int set)
{
    QLineEdit* edit = m_edits[static_cast<std::size_t>(set)];
    const QString entry = QStringLiteral("#%1").arg(m_candidate);
    const QString now = edit->text().trimmed();
    if (now.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(entry))
        return; // An fd_set holds a descriptor once.
    edit->setText(now.isEmpty() ? entry : now + QStringLiteral(", ") + entry);
}

bool FdSetsField::sets(std::array<std::vector<core::SocketId>, 3>& out, QString& error) const
{
    static const QRegularExpression entry(QStringLiteral("^#(\\d+)$"));
    for (std::size_t k = 0; k < 3; ++k) {
        out[k].clear();
        for (const QString& raw : m_edits[k]->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QRegularExpressionMatch m = entry.match(raw.trimmed());
            if (!m.hasMatch()) {
                error = tr("%1: \"%2\" is not a socket; write #ID, e.g. #2, #4")
                            .arg(QString::fromLatin1(kSetNames[k]), raw.trimmed());
                return false;
            }
            const core::SocketId id = m.captured(1).toInt();
            if (std::find(out[k].begin(), out[k].end(), id) != out[k].end()) {
                error = tr("%1: #%2 is already in this set")
                            .arg(QString::fromLatin1(kSetNames[k]))
                            .arg(id);
                return false;
            }
            out[k].push_back(id);
        }
    }
    return true;
}

} // namespace spg::ui
