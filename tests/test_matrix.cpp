// The call × state matrix, engine against the real calls: every cell is played through the
// engine headless (on the backend CTest names in SPG_BACKEND) and as the exported C program
// making blocking calls (one program per family, compiled with cc). Each cell's lines must
// be equal after normalisation (fd numbers, ephemeral ports and the temporary directory
// aside), unless the cell documents its deviation. Real sockets on 127.0.0.1 and UNIX paths.
#include "matrix/matrix.h"
#include "export/scenario_export.h"

#include <QtTest>

#include <cstdio>
#include <cstdlib>
#include <set>

using namespace spg::core;

namespace {

Backend backendUnderTest()
{
    Backend backend = defaultBackend();
    if (const char* name = std::getenv("SPG_BACKEND"))
        backendFromName(name, backend);
    return backend;
}

struct Program {
    std::vector<std::string> lines;
    QString error;
};

Program compileAndRun(const std::string& source, const QString& dir, const QString& name)
{
    Program p;
    const QString c = dir + "/" + name + ".c";
    const QString exe = dir + "/" + name;
    QFile file(c);
    if (!file.open(QIODevice::WriteOnly) || file.write(source.data(), qint64(source.size())) < 0) {
        p.error = "cannot write " + c;
        return p;
    }
    file.close();
    QProcess cc;
    cc.start("cc", { "-std=c11", "-Wall", "-Wextra", "-Werror", "-pthread", c, "-o", exe });
    if (!cc.waitForFinished(60000) || cc.exitCode() != 0) {
        p.error = "cc failed:\n" + QString::fromLocal8Bit(cc.readAllStandardError());
        return p;
    }
    QProcess run;
    run.setWorkingDirectory(dir);
    run.start(exe, {});
    const bool finished = run.waitForFinished(60000);
    if (!finished)
        run.kill(), run.waitForFinished();
    for (const QString& l :
         QString::fromLocal8Bit(run.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts))
        p.lines.push_back(l.toStdString());
    if (!finished)
        p.error = name + " did not finish in 60 s";
    return p;
}

} // namespace

class TestMatrix : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cellsAreWellFormed();
    void deviationsNameRealCells();
    void splitFindsEachCell();
    void shortResults();
    void engineMatchesTheRealCalls();
    void aDoctoredLineFails();
    void markdownTable();

private:
    std::vector<MatrixCell> m_cells;
    std::vector<std::vector<std::string>> m_program; // per cell, normalised
    MatrixRun m_engine;
    QTemporaryDir m_dir;
};

void TestMatrix::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_cells = matrixCells();
    if (QStandardPaths::findExecutable("cc").isEmpty())
        QSKIP("no C compiler (cc) on this machine");
    m_program.resize(m_cells.size());
    int attempt = 0;
    for (MatrixFamily family : matrixFamilies()) {
        std::vector<std::size_t> which;
        for (std::size_t i = 0; i < m_cells.size(); ++i)
            if (m_cells[i].family == family)
                which.push_back(i);
        const QString name = QString::fromUtf8(familyName(family).data()).replace('-', '_');
        const QString dir = QString::fromStdString(
            matrixRunDir(m_dir.path().toStdString() + "/c", attempt++)); // as long as the engine's
        QVERIFY(QDir().mkpath(dir));
        const MatrixScenario m = matrixScenario(m_cells, which, dir.toStdString());
        const ScenarioParse parsed = parseScenario(m.text);
        QVERIFY2(parsed.ok(),
                 parsed.ok() ? "" : parsed.errors.front().format(name.toStdString()).c_str());
        const Program p =
            compileAndRun(exportToC(parsed.scenario, name.toStdString() + ".spg"), dir, name);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        const auto split = splitMatrixTrace(p.lines, m_cells.size());
        for (std::size_t i : which)
            m_program[i] = normaliseCell(split[i], dir.toStdString());
    }
    m_engine = runMatrix(m_cells, backendUnderTest(), m_dir.path().toStdString() + "/e");
}

void TestMatrix::cellsAreWellFormed()
{
    QVERIFY2(m_cells.size() >= 300, qPrintable(QString::number(m_cells.size())));
    std::set<std::string> ids;
    std::set<std::string> calls;
    for (const MatrixCell& c : m_cells) {
        QVERIFY2(ids.insert(c.id).second, c.id.c_str());
        calls.insert(c.call);
        const ScenarioParse p = parseScenario(c.text);
        QVERIFY2(p.ok(), (c.id + ": " + (p.ok() ? "" : p.errors.front().format(c.id))).c_str());
        QVERIFY2(c.testLine < p.scenario.steps.size(), c.id.c_str());
    }
    for (const char* call : { "socket",
                              "bind",
                              "listen",
                              "accept",
                              "connect",
                              "send",
                              "recv",
                              "sendto",
                              "recvfrom",
                              "sendmsg",
                              "recvmsg",
                              "shutdown SHUT_RD",
                              "shutdown SHUT_WR",
                              "shutdown SHUT_RDWR",
                              "close",
                              "getsockopt SO_ERROR",
                              "setsockopt SO_REUSEADDR",
                              "getsockname",
                              "getpeername",
                              "fcntl O_NONBLOCK",
                              "ioctl FIONREAD",
                              "poll" })
        QVERIFY2(calls.count(call), call);
}

void TestMatrix::deviationsNameRealCells()
{
    // A misspelt id in the deviation table would excuse nothing and hide nothing: refuse it.
    for (const std::string& pattern : matrixDeviationPatterns()) {
        const bool named = std::any_of(m_cells.begin(), m_cells.end(), [&](const MatrixCell& c) {
            return c.id == pattern
                || (pattern.find('*') != std::string::npos && !c.deviation.empty());
        });
        QVERIFY2(named, pattern.c_str());
    }
}

void TestMatrix::splitFindsEachCell()
{
    const std::vector<std::string> trace = {
        "socket(AF_UNIX, SOCK_DGRAM, 0) = 3",
        "sendto(3, \"#1\", 2, MSG_NOSIGNAL, {sa_family=AF_UNIX, sun_path=\"/x\"}, 5) = -1 ENOENT",
        "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 4",
        "sendto(4, \"x#10\", 4, 0) = 4", // a cell's own sendto: not a marker
        "sendto(3, \"#0\", 2, MSG_NOSIGNAL, {sa_family=AF_UNIX, sun_path=\"/x\"}, 5) = -1 ENOENT",
        "close(4) = 0",
    };
    const auto split = splitMatrixTrace(trace, 3);
    QCOMPARE(split.size(), std::size_t(3));
    QCOMPARE(split[1].size(), std::size_t(2));
    QCOMPARE(split[0], std::vector<std::string> { "close(4) = 0" });
    QVERIFY(split[2].empty());
}

void TestMatrix::shortResults()
{
    QCOMPARE(shortResult("connect(5, {...}, 16) = -1 EISCONN (Transport endpoint is already "
                         "connected)"),
             std::string("-1 EISCONN"));
    QCOMPARE(shortResult("recv(5, \"a) = b\", 16, 0) = 3"), std::string("3"));
    QCOMPARE(shortResult("socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>"), std::string("fd"));
    QCOMPARE(shortResult("getsockopt(<fd1>, SOL_SOCKET, SO_ERROR, [111], [4]) = 0"),
             std::string("0 [111]"));
    QCOMPARE(shortResult("poll([{fd=<fd1>, events=POLLOUT}], 1, -1) = 1 ([{fd=<fd1>, "
                         "revents=POLLOUT|POLLHUP}])"),
             std::string("1 POLLOUT|POLLHUP"));
}

void TestMatrix::engineMatchesTheRealCalls()
{
    if (m_program.empty())
        QSKIP("no C compiler");
    std::string report;
    int failing = 0;
    int deviating = 0;
    for (std::size_t i = 0; i < m_cells.size(); ++i) {
        const bool differs = !m_engine.failure[i].empty() || m_engine.lines[i] != m_program[i];
        deviating += differs && !m_cells[i].deviation.empty();
        if (!differs && !m_cells[i].deviation.empty())
            qWarning("%s agrees now: its deviation can go (%s)", m_cells[i].id.c_str(),
                     m_cells[i].deviation.c_str());
        const std::string diff =
            compareMatrixCell(m_cells[i], m_engine.lines[i], m_program[i], m_engine.failure[i]);
        if (!diff.empty() && ++failing <= 25)
            std::fprintf(stderr, "%s\n", diff.c_str()); // QVERIFY2 would cut it short
        if (!diff.empty())
            report += m_cells[i].id + "\n";
        if (std::getenv("SPG_MATRIX_VERBOSE") && differs) {
            MatrixCell strict = m_cells[i];
            strict.deviation.clear(); // to see the whole difference
            qInfo("[%s]\n%s", m_cells[i].deviation.c_str(),
                  compareMatrixCell(strict, m_engine.lines[i], m_program[i], m_engine.failure[i])
                      .c_str());
        }
    }
    qInfo("%zu cells, %d differ where documented", m_cells.size(), deviating);
    QVERIFY2(failing == 0,
             qPrintable(QString::number(failing)
                        + " cell(s) differ from the real calls (side by side above):\n"
                        + QString::fromStdString(report)));
}

void TestMatrix::aDoctoredLineFails()
{
    // The comparison must see a wrong answer: the real program's lines with one changed.
    MatrixCell cell;
    cell.id = "tcp.blocking.connected.connect";
    cell.testLine = 1;
    const std::vector<std::string> real = {
        "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = <fd1>",
        "connect(<fd1>, {...}, 16) = -1 EISCONN (Transport endpoint is already connected)",
    };
    std::vector<std::string> doctored = real;
    doctored[1] = "connect(<fd1>, {...}, 16) = 0";
    QVERIFY(compareMatrixCell(cell, real, real, "").empty());
    const std::string report = compareMatrixCell(cell, doctored, real, "");
    QVERIFY(report.rfind(cell.id + ": differs from the real calls\n", 0) == 0);
    QVERIFY(report.find("   ! connect(<fd1>, {...}, 16) = 0\n") != std::string::npos);
    QVERIFY(report.find("   C connect(<fd1>, {...}, 16) = -1 EISCONN") != std::string::npos);
    QVERIFY(!compareMatrixCell(cell, real, real, "still waiting").empty()); // a stopped run fails
    QVERIFY(!compareMatrixCell(cell, {}, {}, "").empty());                  // so does no output
    QVERIFY(!compareMatrixCell(cell, { real[0] }, real, "").empty());       // or a missing line

    // A deviation excuses the call and what follows, never the set-up.
    cell.deviation = "documented";
    QVERIFY(compareMatrixCell(cell, doctored, real, "").empty());
    QVERIFY(compareMatrixCell(cell, { real[0] }, real, "still waiting").empty());
    std::vector<std::string> badSetUp = real;
    badSetUp[0] = "socket(AF_INET, SOCK_DGRAM, IPPROTO_IP) = <fd1>";
    QVERIFY(compareMatrixCell(cell, badSetUp, real, "").find("set-up") != std::string::npos);

    // "Arguments only": the line may show other arguments, but must return the same.
    cell.deviationScope = DeviationScope::ArgumentsOnly;
    std::vector<std::string> elided = real;
    elided[1] = "connect(<fd1>, ...) = -1 EISCONN (Transport endpoint is already connected)";
    QVERIFY(compareMatrixCell(cell, elided, real, "").empty());
    QVERIFY(!compareMatrixCell(cell, doctored, real, "").empty());
    QVERIFY(!compareMatrixCell(cell, { real[0] }, real, "").empty());
    QVERIFY(!compareMatrixCell(cell, elided, real, "still waiting").empty());
}

void TestMatrix::markdownTable()
{
    if (m_program.empty())
        QSKIP("no C compiler");
    // Every cell agrees with the real calls today: nothing is marked.
    const std::string md = matrixMarkdown(m_cells, m_program, "on this machine");
    QVERIFY2(md.find("†") == std::string::npos, "a cell is marked as a deviation");
    QVERIFY(md.find("## TCP (AF_INET, SOCK_STREAM) on 127.0.0.1, blocking") != std::string::npos);
    QVERIFY(md.find("| call | fresh | bound |") != std::string::npos);
    QVERIFY(md.find("| listen | 0 |") != std::string::npos);
    // A documented deviation is marked, so the table never passes a known bug off as the
    // kernel's answer.
    std::vector<MatrixCell> marked = m_cells;
    for (MatrixCell& c : marked)
        if (c.id == "tcp.blocking.connected.connect")
            c.deviation = "a documented difference, for this test";
    const std::string withMark = matrixMarkdown(marked, m_program, "on this machine");
    QVERIFY(withMark.find("| -1 EISCONN † |") != std::string::npos);
    QVERIFY(withMark.find("† The engine's answer here differs") != std::string::npos);
    if (std::getenv("SPG_MATRIX_VERBOSE"))
        qInfo("%s", md.c_str());
}

QTEST_APPLESS_MAIN(TestMatrix)

#include "test_matrix.moc"
