// Reading the files a scenario names (its payloads), with the checks a file from a stranger
// needs: inside the scenario's folder, a regular file, within the size limit.
// Pure functions of the file system; any thread.
#pragma once

#include <cstddef>
#include <string>

namespace spg::core {

constexpr std::size_t kMaxPayloadFileBytes = 1u << 20;

// Reads `name` (relative, no "..") from `baseDir`. On failure returns false and `error` says
// why in a sentence that names the file.
bool readPayloadFile(const std::string& baseDir, const std::string& name, std::string& out,
                     std::string& error);

} // namespace spg::core
