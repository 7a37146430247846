// Instruments shared by the GUI benchmarks (bench_gui_flood, bench_hex_capture,
// bench_log_volume). Header-only, like bench_stats.h, whose statistics they use.
//
//   StallProbe     a 1 ms Qt::PreciseTimer on the GUI thread. A tick is delivered only when
//                  the event loop gets back to its timers, so the gap between two consecutive
//                  ticks is how long the GUI thread was kept from its event loop: by one slow
//                  event handler, a paint, a burst of queued calls, or the scheduler. "Stall"
//                  in the tables is the longest such gap (1 ms when nothing ever held it up).
//   PaintClock     an event filter that notes the time of every Paint event a widget gets:
//                  the frames that widget actually showed.
//   ProbeApp       a QApplication whose notify() times every top-level event dispatch and
//                  keeps the slow ones with their receiver and event type, so a stall can be
//                  pinned on the handler that caused it.
//   peakRssBytes   VmHWM from /proc/self/status on Linux, getrusage() elsewhere.
//   runUntil       runs a real (blocking, non-spinning) event loop until a condition holds.
// GUI thread only.
#pragma once

#include "bench_stats.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QEvent>
#include <QEventLoop>
#include <QMetaEnum>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>
#include <string>
#include <sys/resource.h>
#include <vector>

namespace spg::bench {

inline double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

#if defined(__linux__)
namespace detail {
// One "Name:   1234 kB" field of /proc/self/status, in bytes; 0 when absent.
inline std::uint64_t procStatusKb(const char* name)
{
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f)
        return 0;
    char line[256];
    std::uint64_t kb = 0;
    const std::size_t n = std::strlen(name);
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, name, n) == 0 && line[n] == ':') {
            kb = std::strtoull(line + n + 1, nullptr, 10);
            break;
        }
    }
    std::fclose(f);
    return kb * 1024;
}
} // namespace detail
#endif

// The most memory the process ever had resident.
inline std::uint64_t peakRssBytes()
{
#if defined(__linux__)
    if (const std::uint64_t bytes = detail::procStatusKb("VmHWM"))
        return bytes;
#endif
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
#if defined(__APPLE__)
    return static_cast<std::uint64_t>(usage.ru_maxrss); // Bytes on macOS.
#else
    return static_cast<std::uint64_t>(usage.ru_maxrss) * 1024; // KiB elsewhere.
#endif
}

// Resident now (Linux only; 0 elsewhere): for the "before" figure next to the peak.
inline std::uint64_t currentRssBytes()
{
#if defined(__linux__)
    return detail::procStatusKb("VmRSS");
#else
    return 0;
#endif
}

// Page faults this process took so far that needed no disk (first touches of fresh memory).
inline long minorFaults()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_minflt;
}

inline double megabytes(std::uint64_t bytes)
{
    return static_cast<double>(bytes) / 1e6;
}

// Runs an event loop (it sleeps while nothing happens, as app.exec() does) until `done`
// returns true or `timeoutMs` passes; returns done()'s last answer.
inline bool runUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || Clock::now() >= deadline)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

// Lets queued work (layouts, first paints) finish: an event loop for `ms`.
inline void settle(int ms)
{
    runUntil([] { return false; }, ms);
}

inline bool waitExposed(QWidget& widget, int timeoutMs = 5000)
{
    return runUntil([&] { return widget.windowHandle() && widget.windowHandle()->isExposed(); },
                    timeoutMs);
}

class StallProbe {
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_gaps.clear();
        m_longest = 0;
        m_longestEnd = {};
        m_started = m_last = Clock::now();
        m_timer.start();
    }
    // The final gap, up to now, counts too: a stall that is still going on is a stall.
    void stop()
    {
        tick();
        m_timer.stop();
    }

    double longestMs() const { return m_longest; }
    double percentileMs(double p) const { return percentile(m_gaps, p); }
    std::size_t ticks() const { return m_gaps.size(); }
    std::size_t gapsOver(double ms) const
    {
        return static_cast<std::size_t>(
            std::count_if(m_gaps.begin(), m_gaps.end(), [ms](double g) { return g > ms; }));
    }
    // Seconds from start() to the end of the longest gap.
    double longestAtSeconds() const { return secondsBetween(m_started, m_longestEnd); }

private:
    void tick()
    {
        const Clock::time_point now = Clock::now();
        const double gap = msBetween(m_last, now);
        if (gap > m_longest) {
            m_longest = gap;
            m_longestEnd = now;
        }
        m_gaps.push_back(gap);
        m_last = now;
    }

    QTimer m_timer;
    std::vector<double> m_gaps;
    double m_longest = 0;
    Clock::time_point m_started {};
    Clock::time_point m_last {};
    Clock::time_point m_longestEnd {};
};

class PaintClock : public QObject {
public:
    explicit PaintClock(QWidget* widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintClock() override
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
    }

    void start()
    {
        m_times.clear();
        m_on = true;
    }
    void stop() { m_on = false; }
    std::size_t frames() const { return m_times.size(); }
    // Intervals between consecutive paints, in ms.
    std::vector<double> intervalsMs() const { return intervals(m_times); }

    static std::vector<double> intervals(const std::vector<Clock::time_point>& times)
    {
        std::vector<double> out;
        for (std::size_t i = 1; i < times.size(); ++i)
            out.push_back(msBetween(times[i - 1], times[i]));
        return out;
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (m_on && watched == m_widget && event->type() == QEvent::Paint)
            m_times.push_back(Clock::now());
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    bool m_on = false;
    std::vector<Clock::time_point> m_times;
};

// Times every top-level event dispatch (nested ones are part of their parent's time) and
// keeps, per receiver class and event type, the count of slow ones and the longest.
class ProbeApp : public QApplication {
public:
    ProbeApp(int& argc, char** argv) : QApplication(argc, argv) { }

    static constexpr double kSlowMs = 4.0;

    struct Slow {
        std::string what; // "spg::ui::MainWindow UpdateRequest"
        std::size_t count = 0;
        double totalMs = 0;
        double maxMs = 0;
    };

    void startProbe()
    {
        m_slow.clear();
        m_paint.clear();
        m_on = true;
    }
    void stopProbe() { m_on = false; }

    // The slowest kinds of dispatch, longest first.
    std::vector<Slow> slowest(std::size_t n) const
    {
        std::vector<Slow> out;
        for (const auto& [what, slow] : m_slow)
            out.push_back(slow);
        std::sort(out.begin(), out.end(),
                  [](const Slow& a, const Slow& b) { return a.maxMs > b.maxMs; });
        if (out.size() > n)
            out.resize(n);
        return out;
    }

    // Paint time per widget, at any depth (a window's UpdateRequest paints each dirty widget
    // in turn with its own Paint event), most expensive first.
    std::vector<Slow> paintTime(std::size_t n) const
    {
        std::vector<Slow> out;
        for (const auto& [what, slow] : m_paint)
            out.push_back(slow);
        std::sort(out.begin(), out.end(),
                  [](const Slow& a, const Slow& b) { return a.totalMs > b.totalMs; });
        if (out.size() > n)
            out.resize(n);
        return out;
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_on && event->type() == QEvent::Paint && receiver->isWidgetType())
            return timedPaint(receiver, event);
        if (!m_on || m_depth > 0) {
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // Read before dispatch: the event (a DeferredDelete) may take the receiver with it.
        const QEvent::Type type = event->type();
        const char* cls = receiver->metaObject()->className();
        const QString name = receiver->objectName();
        ++m_depth;
        const Clock::time_point t0 = Clock::now();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = msBetween(t0, Clock::now());
        --m_depth;
        if (ms >= kSlowMs) {
            const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
            std::string what = std::string(cls);
            if (!name.isEmpty())
                what += " \"" + name.toStdString() + "\"";
            what += std::string(" ") + (typeName ? typeName : std::to_string(int(type)).c_str());
            Slow& slow = m_slow[what];
            slow.what = what;
            ++slow.count;
            slow.totalMs += ms;
            slow.maxMs = std::max(slow.maxMs, ms);
        }
        return handled;
    }

private:
    // "spg::ui::HexView viewport", "QScrollBar in QTableView in QDockWidget \"log\"": the
    // widget, what it belongs to, and the nearest ancestor with a name of our own.
    static std::string widgetName(QObject* widget)
    {
        std::string name = widget->metaObject()->className();
        QObject* up = widget->parent();
        if (widget->objectName() == QLatin1String("qt_scrollarea_viewport") && up) {
            name = std::string(up->metaObject()->className()) + " viewport";
            up = up->parent();
        } else if (!widget->objectName().isEmpty()) {
            name += " \"" + widget->objectName().toStdString() + "\"";
            return name;
        }
        bool owner = false; // The first scroll area or item view above, for scroll bars.
        for (; up; up = up->parent()) {
            const QString n = up->objectName();
            if (!owner && qobject_cast<QAbstractScrollArea*>(up)) {
                name += std::string(" in ") + up->metaObject()->className();
                owner = true;
            }
            if (!n.isEmpty() && !n.startsWith(QLatin1String("qt_"))) {
                name += std::string(" in ") + up->metaObject()->className() + " \""
                    + n.toStdString() + "\"";
                break;
            }
        }
        return name;
    }

    bool timedPaint(QObject* receiver, QEvent* event)
    {
        const std::string what = widgetName(receiver);
        ++m_depth;
        const Clock::time_point t0 = Clock::now();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = msBetween(t0, Clock::now());
        --m_depth;
        Slow& paint = m_paint[what];
        paint.what = what;
        ++paint.count;
        paint.totalMs += ms;
        paint.maxMs = std::max(paint.maxMs, ms);
        return handled;
    }

    bool m_on = false;
    int m_depth = 0;
    std::map<std::string, Slow> m_slow;
    std::map<std::string, Slow> m_paint;
};

// The slow-dispatch table printed under a GUI benchmark's main table.
inline void printSlowDispatches(const ProbeApp& app, std::size_t n = 8)
{
    const auto slow = app.slowest(n);
    std::printf("\nSlowest event dispatches on the GUI thread during the measurement "
                "(each ≥ %g ms; receiver class and event type):\n\n",
                ProbeApp::kSlowMs);
    if (slow.empty())
        std::printf("(none)\n");
    else
        std::printf("| receiver and event | count ≥ %g ms | longest ms | total ms |\n"
                    "|---|---|---|---|\n",
                    ProbeApp::kSlowMs);
    for (const ProbeApp::Slow& s : slow)
        std::printf("| %s | %zu | %s | %s |\n", s.what.c_str(), s.count, fixed(s.maxMs, 1).c_str(),
                    fixed(s.totalMs, 0).c_str());
    const auto paints = app.paintTime(n);
    if (paints.empty())
        return;
    std::printf("\nPaint time per widget during the measurement (Paint events at any depth; "
                "a window's UpdateRequest paints each dirty widget in turn):\n\n");
    std::printf("| widget | paints | mean ms | longest ms | total ms |\n");
    std::printf("|---|---|---|---|---|\n");
    for (const ProbeApp::Slow& p : paints)
        std::printf("| %s | %zu | %s | %s | %s |\n", p.what.c_str(), p.count,
                    fixed(p.totalMs / double(p.count), 2).c_str(), fixed(p.maxMs, 1).c_str(),
                    fixed(p.totalMs, 0).c_str());
}

// The "GUI detail" table row for the timer-tick gaps a StallProbe recorded.
inline void printTickGapRow(const StallProbe& stalls, double longestMs)
{
    std::printf(
        "| timer tick gap, ms (%zu ticks; %zu over 16 ms, %zu over 50 ms) | %s | %s | %s |\n",
        stalls.ticks(), stalls.gapsOver(16), stalls.gapsOver(50),
        fixed(stalls.percentileMs(50), 2).c_str(), fixed(stalls.percentileMs(95), 2).c_str(),
        fixed(longestMs, 1).c_str());
}

// The "GUI detail" table (the tick-gap row, then each bench's own rows as "| label | cells"
// lines already formatted), `between` printed as is, then the slow-dispatch and paint
// tables: the same layout in every GUI benchmark.
inline void printStallAndDispatchTables(const ProbeApp& app, const StallProbe& stalls,
                                        double longestMs, const std::vector<std::string>& rows,
                                        const std::string& between = {})
{
    std::printf("\n| GUI detail | median | p95 | max |\n");
    std::printf("|---|---|---|---|\n");
    printTickGapRow(stalls, longestMs);
    for (const std::string& row : rows)
        std::printf("%s\n", row.c_str());
    std::printf("%s", between.c_str());
    printSlowDispatches(app);
}

// One "| label | cells |" row of the GUI detail table.
inline std::string detailRow(const std::string& label, const std::string& cells)
{
    return "| " + label + " | " + cells + " |";
}

inline const char* metText(bool met)
{
    return met ? "yes" : "NO";
}

inline const char* platformName()
{
    static const std::string name = QGuiApplication::platformName().toStdString();
    return name.c_str();
}

} // namespace spg::bench
