// Words for LoopStats' timing fields.
#include "ui/loop_cost_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace spg::ui {

namespace {

// lupdate files a free function's tr() under its namespace, so that is the context here too.
QString tr(const char* text)
{
    return QCoreApplication::translate("spg::ui", text);
}

QString waitCall(core::Backend backend)
{
    switch (backend) {
    case core::Backend::Poll: return QStringLiteral("poll()");
    case core::Backend::Select: return QStringLiteral("select()");
    case core::Backend::Epoll: return QStringLiteral("epoll_wait()");
    case core::Backend::Kqueue: return QStringLiteral("kevent()");
    }
    return QStringLiteral("wait");
}

// Up to three significant figures, never in scientific notation.
QString figure(double value)
{
    const int decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
    QString text = QLocale().toString(value, 'f', decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().front();
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString whatTheWaitDoes(const core::LoopStats& s)
{
    const QString last = durationText(double(s.wait().lastWaitCpuNs));
    switch (s.backend) {
    case core::Backend::Poll:
    case core::Backend::Select:
        return tr("%1 hands the kernel every watched fd on each call, and the kernel checks "
                  "each one: its cost grows with the number of fds, ready or not (last call: "
                  "%2 CPU). epoll_wait() and kevent() keep the interest list in the kernel and "
                  "return only the ready ones, so their cost follows what happened. Switch the "
                  "backend above to compare.")
            .arg(waitCall(s.backend), last);
    case core::Backend::Epoll:
    case core::Backend::Kqueue:
        return tr("%1 returns only the fds that are ready; the interest list stays in the "
                  "kernel, so the call costs about the same at 10 fds or 10,000 (last call: %2 "
                  "CPU). poll() and select() check every watched fd on each call.")
            .arg(waitCall(s.backend), last);
    }
    return {};
}

} // namespace

QString durationText(double ns)
{
    if (ns < 1e5)
        return QStringLiteral("%1 µs").arg(figure(ns / 1e3));
    if (ns < 1e8)
        return QStringLiteral("%1 ms").arg(figure(ns / 1e6));
    return QStringLiteral("%1 s").arg(figure(ns / 1e9));
}

QString waitCostText(const core::LoopStats& s)
{
    const core::WaitCost& cost = s.wait();
    if (cost.timedIterations == 0)
        return {};
    const double n = double(cost.timedIterations);
    return tr("%1: %2 CPU per call, %3 fds · loop %4 besides")
        .arg(waitCall(s.backend), durationText(double(cost.waitCpuNs) / n),
             QLocale().toString(qulonglong(cost.watched)), durationText(double(cost.busyNs) / n));
}

QString waitCostComparison(const core::LoopStats& s)
{
    QStringList measured;
    for (std::size_t i = 0; i < s.waits.size(); ++i) {
        const core::WaitCost& cost = s.waits[i];
        if (cost.timedIterations == 0)
            continue;
        measured << tr("%1: %2 CPU per call over %3 fds")
                        .arg(waitCall(core::Backend(i)),
                             durationText(double(cost.waitCpuNs) / double(cost.timedIterations)),
                             QLocale().toString(qulonglong(cost.watched)));
    }
    return measured.size() < 2 ? QString() : measured.join(QStringLiteral("; "));
}

QString waitCostExplanation(const core::LoopStats& s)
{
    QString text = whatTheWaitDoes(s);
    if (s.wait().timedIterations > 0)
        text += QLatin1Char(' ')
            + tr("The last call took %1 from call to return, asleep until "
                 "a socket was ready or the tick came.")
                  .arg(durationText(double(s.wait().lastWaitNs)));
    const QString comparison = waitCostComparison(s);
    if (!comparison.isEmpty())
        text += QLatin1Char('\n') + tr("Measured in this run: %1.").arg(comparison);
    return text;
}

} // namespace spg::ui
