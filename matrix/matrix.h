// The call × state conformance matrix: every socket call in every socket state, for TCP,
// UDP, UNIX stream and UNIX datagram, blocking and non-blocking. Each cell is a small
// scenario (set-up, the call under test, probes, clean-up) that the tests play through the
// engine and as the exported C program, and whose answers the app shows as a table. Pure
// data and functions; runMatrix() blocks its calling thread (never call it on a GUI thread).
#pragma once

#include "core/sys/poller.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace spg::core {

enum class MatrixFamily : std::uint8_t { Tcp, Udp, UnixStream, UnixDgram };

std::string_view familyName(MatrixFamily family);  // "tcp", "udp", "unix-stream", ...
std::string_view familyTitle(MatrixFamily family); // "TCP (AF_INET, SOCK_STREAM)"
std::vector<MatrixFamily> matrixFamilies();

// What a documented deviation lets differ. The set-up lines never may: they bring the socket
// into its state, and a cell whose state is wrong tests nothing.
enum class DeviationScope : std::uint8_t {
    FromCall,      // the call under test and everything after it (a run that stops there too)
    ArgumentsOnly, // only the arguments that lines show: every line is there, and every
                   // result and errno agree
};

struct MatrixCell {
    std::string id;    // "tcp.blocking.connected.connect": family.mode.state.call
    std::string call;  // The row: "connect", "shutdown SHUT_WR", "getsockopt SO_ERROR"
    std::string state; // The column: "fresh", "connected", "peer SHUT_WR", ...
    MatrixFamily family = MatrixFamily::Tcp;
    bool blocking = true;
    // Scenario lines: set-up, the call under test, probes, clean-up. Socket names are
    // unique to the cell; paths use ${DIR}, the run's temporary directory.
    std::string text;
    std::size_t testLine = 0; // Index of the call under test among the cell's trace lines.
    // Empty: the engine must answer exactly as the real calls do. Otherwise why it may not.
    std::string deviation;
    DeviationScope deviationScope = DeviationScope::FromCall;
};

// Every cell, in a stable order (family, mode, call, state).
std::vector<MatrixCell> matrixCells();

// The documented deviation of a cell id (empty text when none); see matrix_deviations.cpp.
struct MatrixDeviation {
    std::string text;
    DeviationScope scope = DeviationScope::FromCall;
};
MatrixDeviation matrixDeviation(const std::string& cellId);
std::vector<std::string> matrixDeviationPatterns(); // Every pattern of that table.

// One scenario holding `which` cells (indices into `cells`), each cell after a marker line
// that names its index, so that a trace can be cut back into cells. `${DIR}` is replaced by
// `dir`.
struct MatrixScenario {
    std::string text;
    std::vector<std::size_t> cells;
    std::vector<int> firstLine; // The 1-based line of each cell's marker, in `cells` order.
};
MatrixScenario matrixScenario(const std::vector<MatrixCell>& cells,
                              const std::vector<std::size_t>& which, const std::string& dir);

// The directory of the run number `attempt` under `base`: base/r000, base/r001, ... Every
// run's directory must have the same length, because a UNIX address's length is printed.
std::string matrixRunDir(const std::string& base, int attempt);

// Cuts a trace (the lines printed by the engine or the C program) at the marker lines:
// element i holds the lines of cell `i`, without the marker. Cells with no marker in the
// trace are absent (an empty vector at their index); `cellCount` sizes the result.
std::vector<std::vector<std::string>> splitMatrixTrace(const std::vector<std::string>& lines,
                                                       std::size_t cellCount);

// One cell's lines made comparable: `dir` becomes ${DIR}, then normaliseTrace() (fd numbers
// counted from the cell's own first socket, ephemeral ports masked).
std::vector<std::string> normaliseCell(const std::vector<std::string>& lines,
                                       const std::string& dir);

// The engine's lines of a cell against the real program's (both after normaliseCell()):
// "" when they agree, or differ only as the cell's deviation allows; otherwise a report
// naming the cell, why, and both traces side by side ("!" engine, "C" the real call).
// `stopped`: why the engine's run stopped in this cell ("" when it did not).
std::string compareMatrixCell(const MatrixCell& cell, const std::vector<std::string>& engine,
                              const std::vector<std::string>& program, const std::string& stopped);

// The engine's answers, per cell, after normaliseCell().
struct MatrixRun {
    std::vector<std::vector<std::string>> lines; // Indexed like the cells given.
    std::vector<std::string> failure;            // Non-empty: the run stopped in that cell.
};

// Plays `cells` through the engine headless on `backend`, one scenario per family. When a
// cell stops the run (a step that never finishes), the cell records why and the run goes on
// with the next cell in a fresh engine and a fresh matrixRunDir(dir, n). `progress` (may be
// empty) is called with the number of cells done so far. Blocks the calling thread.
MatrixRun runMatrix(const std::vector<MatrixCell>& cells, Backend backend, const std::string& dir,
                    const std::function<void(std::size_t done)>& progress = {});

// The call under test's answer in short form: "0", "-1 EISCONN", "3", "fd" (a new socket),
// "0 [111]" (getsockopt's value), "1 POLLOUT" (poll's revents), "not made".
std::string shortResult(const std::string& line);

// The table: per family and mode, rows = calls, columns = states; each cell its
// shortResult(), with " †" where the cell documents a deviation (the engine's answer is known
// to differ from the kernel's there). `lines` is indexed like `cells` (a MatrixRun's lines).
std::string matrixMarkdown(const std::vector<MatrixCell>& cells,
                           const std::vector<std::vector<std::string>>& lines,
                           const std::string& heading);

} // namespace spg::core
