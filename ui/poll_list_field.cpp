#include "poll_list_field.h"

#include "core/sys/poller.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <poll.h>

namespace spg::ui {

PollListField::PollListField(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add selected socket"), this))
{
    m_edit->setPlaceholderText(QStringLiteral("#2 POLLIN, #4 POLLIN|POLLOUT"));
    m_edit->setToolTip(tr("The pollfd array: each entry is a socket (#id) and the events it "
                          "waits for. Tick the events, select a socket, then Add."));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_edit, 0, 0, 1, 3);
    int column = 0;
    for (const char* name : { "POLLIN", "POLLOUT", "POLLPRI" }) {
        auto* box = new QCheckBox(QString::fromLatin1(name).mid(4), this);
        box->setProperty("event", QString::fromLatin1(name));
        box->setChecked(column == 0);
        grid->addWidget(box, 1, column++);
        m_events.append(box);
    }
    grid->addWidget(m_add, 2, 0, 1, 3);
    m_add->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &PollListField::addCandidate);
}

void PollListField::setCandidate(core::SocketId id)
{
    m_candidate = id;
    m_add->setEnabled(id != core::kNoSocket);
}

QCheckBox* PollListField::eventBox(const QString& name) const
{
    for (QCheckBox* box : m_events)
        if (box->property("event").toString() == name)
            return box;
    return nullptr;
}

void PollListField::addCandidate()
{
    QStringList events;
    for (QCheckBox* box : m_events)
        if (box->isChecked())
            events << box->property("event").toString();
    const QString entry = QStringLiteral("#%1 %2")
                              .arg(m_candidate)
                              .arg(events.isEmpty() ? QStringLiteral("0") : events.join(QLatin1Char('|')));
    const QString now = m_edit->text().trimmed();
    m_edit->setText(now.isEmpty() ? entry : now + QStringLiteral(", ") + entry);
}

void PollListField::clear()
{
    m_edit->clear();
}

bool PollListField::entries(std::vector<core::PollEntry>& out, QString& error) const
{
    static const QRegularExpression entry(QStringLiteral("^#(\\d+)\\s+(\\S+)$"));
    out.clear();
    const QStringList parts = m_edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QRegularExpressionMatch m = entry.match(raw.trimmed());
        if (!m.hasMatch()) {
            error = tr("\"%1\": write an entry as #ID EVENTS, e.g. #2 POLLIN|POLLOUT").arg(raw.trimmed());
            return false;
        }
        core::PollEntry e;
        e.socket = m.captured(1).toInt();
        for (const QString& bit : m.captured(2).split(QLatin1Char('|'))) {
            short one = 0;
            bool number = false;
            const int n = bit.toInt(&number);
            if (core::pollEventFromName(bit.toStdString(), one))
                e.events = short(e.events | one);
            else if (number && n >= 0 && n <= 0xffff)
                e.events = short(e.events | short(n));
            else {
                error = tr("\"%1\" is not a poll event (POLLIN, POLLOUT, POLLPRI, ...)").arg(bit);
                return false;
            }
        }
        out.push_back(e);
    }
    return true;
}

} // namespace spg::ui
