// Payloads a scenario takes from a file beside it: send(c, file("req.bin"), 0). A lab may
// come from a stranger, so the file must lie in the scenario's own folder (or below), be a
// regular file, and fit the limit; it is read once, at parse time.
#include "core/scenario/scenario_files.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spg::core {

namespace {

std::string realPath(const std::string& path)
{
    char resolved[PATH_MAX];
    return ::realpath(path.c_str(), resolved) ? std::string(resolved) : std::string();
}

} // namespace

bool readPayloadFile(const std::string& baseDir, const std::string& name, std::string& out,
                     std::string& error)
{
    if (baseDir.empty()) {
        error = "file(\"" + name + "\") needs the scenario to be saved in a folder first";
        return false;
    }
    if (name.empty() || name.front() == '/' || name == ".." || name.rfind("../", 0) == 0
        || name.find("/../") != std::string::npos
        || (name.size() >= 3 && name.compare(name.size() - 3, 3, "/..") == 0)) {
        error = "file(\"" + name
            + "\"): expected a path inside the scenario's folder, "
              "without a leading / or ..";
        return false;
    }
    const std::string full = baseDir + "/" + name;
    const std::string base = realPath(baseDir);
    const std::string real = realPath(full);
    if (real.empty()) {
        error = "file(\"" + name + "\"): cannot open " + full + ": " + std::strerror(errno);
        return false;
    }
    if (base.empty() || real.rfind(base + "/", 0) != 0) {
        error = "file(\"" + name + "\") leads outside the scenario's folder (to " + real + ")";
        return false;
    }
    const int fd = ::open(real.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st { };
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)
        || st.st_size > static_cast<off_t>(kMaxPayloadFileBytes)) {
        const int saved = errno;
        error = "file(\"" + name + "\"): "
            + (fd < 0                     ? "cannot open " + full + ": " + std::strerror(saved)
                   : !S_ISREG(st.st_mode) ? full + " is not a regular file"
                                          : full + " is " + std::to_string(st.st_size)
                       + " bytes; a payload file is limited to 1 MiB");
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    out.assign(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    out.resize(got); // A file that shrank while read gives what it held.
    return true;
}

} // namespace spg::core
