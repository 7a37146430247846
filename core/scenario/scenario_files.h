// Reading the files a scenario names (its payloads), with the checks a file from a stranger
// needs: inside the scenario's folder, a regular file, within the size limit.
// Pure functions of the file system; any thread.
#pragma once

#include "core/words/message.h"

#include <cstddef>
#include <string>

namespace spg::core {

constexpr std::size_t kMaxPayloadFileBytes = 1u << 20;

// Reads `name` (relative, no "..") from `baseDir`. On failure returns false and `error` says
// why in a sentence that names the file (a template the window translates).
bool readPayloadFile(const std::string& baseDir, const std::string& name, std::string& out,
                     Message& error);

// Reads a scenario file whole, as bytes (never re-encoded: a literal's bytes go out as they
// are in the file). Checked first with stat(): a directory, a device such as /dev/zero or
// /dev/null, a FIFO or a socket is refused by what it is, and so is a regular file larger
// than kMaxScenarioBytes; at most that many bytes are ever read. On failure returns false
// and `error` says what the path is and why it cannot be a scenario.
bool readScenarioFile(const std::string& path, std::string& text, Message& error);
bool readScenarioFile(const std::string& path, std::string& text, std::string& error); // English

} // namespace spg::core
