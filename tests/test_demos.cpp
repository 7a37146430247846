// The bundled demo scenarios (resources/demos/*.spg): every one parses cleanly, has a title,
// and plays to the end headless with every expectation holding, on every backend this OS
// has. A demo that fails here would fail in front of a student.
#include "core/sys/poller.h"
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_runner.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#ifndef SPG_DEMO_DIR
#error "SPG_DEMO_DIR must name the demos directory (resources/demos)"
#endif

using namespace spg::core;

namespace {

constexpr int kMinimumDemos = 12;

QStringList demoFiles()
{
    const QDir dir(QStringLiteral(SPG_DEMO_DIR));
    QStringList files;
    const QString pattern = QStringLiteral("*") + QString::fromLatin1(kScenarioExtension);
    for (const QString& name : dir.entryList({ pattern }, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QString demoName(const QString& path)
{
    return QFileInfo(path).completeBaseName();
}

bool readDemo(const QString& path, std::string& text, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QByteArray bytes = file.read(static_cast<qint64>(kMaxScenarioBytes) + 1);
    text.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return true;
}

std::size_t callSteps(const Scenario& scenario)
{
    std::size_t n = 0;
    for (const Step& step : scenario.steps)
        n += step.kind == StepKind::Call;
    return n;
}

// The failure, then the last lines the run printed, for a readable test log.
QString failureReport(const QString& demo, Backend backend, const RunResult& result)
{
    QString report = demo + QStringLiteral(" on ")
        + QString::fromStdString(std::string(backendName(backend))) + QStringLiteral(": ")
        + QString::fromStdString(result.failure.empty() ? std::string("(no failure text)")
                                                        : result.failure);
    const std::size_t shown = std::min<std::size_t>(result.lines.size(), 8);
    if (shown > 0)
        report += QStringLiteral("\n  last lines printed:");
    for (std::size_t i = result.lines.size() - shown; i < result.lines.size(); ++i)
        report += QStringLiteral("\n    ") + QString::fromStdString(result.lines[i]);
    return report;
}

// Why this host cannot run the demo (kevent on Linux), or empty. Such a demo is reported as
// skipped with this reason, never as passed; a demo with any other error fails as usual.
QString unavailableHere(const QString& path, const std::string& text)
{
    const ScenarioParse here = parseScenario(text);
    return here.onlyUnavailable() ? demoName(path) + QStringLiteral(": macOS/BSD only: ")
            + QString::fromStdString(here.errors.front().message)
                                  : QString();
}

} // namespace

class TestDemos : public QObject {
    Q_OBJECT

private slots:
    void enoughDemos()
    {
        const QStringList files = demoFiles();
        QVERIFY2(files.size() >= kMinimumDemos,
                 qPrintable(QStringLiteral("found %1 demo(s) in %2; expected at least %3")
                                .arg(files.size())
                                .arg(QStringLiteral(SPG_DEMO_DIR))
                                .arg(kMinimumDemos)));
    }

    void demoParses_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString& path : demoFiles())
            QTest::newRow(qPrintable(demoName(path))) << path;
    }

    void demoParses()
    {
        QFETCH(QString, path);
        std::string text;
        QString error;
        QVERIFY2(readDemo(path, text, error), qPrintable(error));
        QVERIFY2(text.size() <= kMaxScenarioBytes, "a demo larger than a scenario may be");
        const ScenarioParse parsed = parseScenario(text, {}, false);
        QVERIFY2(parsed.ok(), parsed.ok() ? ""
                                          : parsed.errors.front().format(path.toStdString()).c_str());
        if (const QString why = unavailableHere(path, text); !why.isEmpty())
            QSKIP(qPrintable(why));
        QVERIFY2(!parsed.scenario.title.empty(), "a demo needs a '# title: ...' first line");
        QVERIFY2(callSteps(parsed.scenario) > 0, "a demo needs at least one socket call");
    }

    void demoPlays_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("backend");
        for (const QString& path : demoFiles())
            for (Backend backend : availableBackends()) {
                const QString row = demoName(path) + QLatin1Char('/')
                    + QString::fromStdString(std::string(backendName(backend)));
                QTest::newRow(qPrintable(row)) << path << static_cast<int>(backend);
            }
    }

    void demoPlays()
    {
        QFETCH(QString, path);
        QFETCH(int, backend);
        std::string text;
        QString error;
        QVERIFY2(readDemo(path, text, error), qPrintable(error));
        if (const QString why = unavailableHere(path, text); !why.isEmpty())
            QSKIP(qPrintable(why));
        const ScenarioParse parsed = parseScenario(text);
        QVERIFY2(parsed.ok(), parsed.ok() ? ""
                                          : parsed.errors.front().format(path.toStdString()).c_str());

        // Every demo stays inside the lab: the default policy lets it run with no consent.
        const PolicyReport policy = checkPolicy(parsed.scenario, {});
        QVERIFY2(policy.findings.empty(),
                 policy.findings.empty() ? "" : formatRefusal(policy, demoName(path).toStdString()).front().c_str());

        RunOptions options; // The default policy, as `--demo NAME --run` has it.
        options.backend = static_cast<Backend>(backend);
        const RunResult result = runScenario(parsed.scenario, options);
        if (!result.skipped.empty())
            QSKIP(result.skipped.c_str());

        const QString report = failureReport(demoName(path), options.backend, result);
        QVERIFY2(result.exitCode == 0, qPrintable(report));
        QCOMPARE(result.exitCode, 0);
        const std::size_t calls = callSteps(parsed.scenario);
        QVERIFY2(result.lines.size() >= calls,
                 qPrintable(QStringLiteral("%1: printed %2 line(s) for %3 call(s)")
                                .arg(demoName(path))
                                .arg(result.lines.size())
                                .arg(calls)));
    }
};

QTEST_APPLESS_MAIN(TestDemos)
#include "test_demos.moc"
