// Payloads a scenario takes from a file beside it: send(c, file("req.bin"), 0). A lab may
// come from a stranger, so the file must lie in the scenario's own folder (or below), be a
// regular file, and fit the limit; it is read once, at parse time.
#include "core/scenario/scenario_files.h"

#include "core/scenario/scenario.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace spg::core {

namespace {

// Up to `limit` bytes from `fd`, fewer at end of file or on an error.
std::string readAtMost(int fd, std::size_t limit)
{
    std::string out(limit, '\0');
    std::size_t got = 0;
    while (got < out.size()) {
        const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += static_cast<std::size_t>(n);
    }
    out.resize(got);
    return out;
}

std::string realPath(const std::string& path)
{
    char resolved[PATH_MAX];
    return ::realpath(path.c_str(), resolved) ? std::string(resolved) : std::string();
}

} // namespace

bool readPayloadFile(const std::string& baseDir, const std::string& name, std::string& out,
                     Message& error)
{
    const auto say = [&](const char* text, const auto&... args) {
        error = makeMessage("spg::scenario", text, name, args...);
        return false;
    };
    if (baseDir.empty())
        return say(SPG_TR_NOOP("spg::scenario",
                               "file(\"%1\") needs the scenario to be saved in a folder first"));
    if (name.empty() || name.front() == '/' || name == ".." || name.rfind("../", 0) == 0
        || name.find("/../") != std::string::npos
        || (name.size() >= 3 && name.compare(name.size() - 3, 3, "/..") == 0))
        return say(SPG_TR_NOOP("spg::scenario", "file(\"%1\"): expected a path inside the "
                                                "scenario's folder, without a leading / or .."));
    const std::string full = baseDir + "/" + name;
    const std::string base = realPath(baseDir);
    const std::string real = realPath(full);
    if (real.empty())
        return say(SPG_TR_NOOP("spg::scenario", "file(\"%1\"): cannot open %2: %3"), full,
                   std::strerror(errno));
    if (base.empty() || real.rfind(base + "/", 0) != 0)
        return say(SPG_TR_NOOP("spg::scenario",
                               "file(\"%1\") leads outside the scenario's folder (to %2)"),
                   real);
    const int fd = ::open(real.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st { };
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)
        || st.st_size > static_cast<off_t>(kMaxPayloadFileBytes)) {
        const int saved = errno;
        if (fd >= 0)
            ::close(fd);
        if (fd < 0)
            return say(SPG_TR_NOOP("spg::scenario", "file(\"%1\"): cannot open %2: %3"), full,
                       std::strerror(saved));
        if (!S_ISREG(st.st_mode))
            return say(SPG_TR_NOOP("spg::scenario", "file(\"%1\"): %2 is not a regular file"),
                       full);
        return say(SPG_TR_NOOP("spg::scenario", "file(\"%1\"): %2 is %3 bytes; a payload file "
                                                "is limited to 1 MiB"),
                   full, static_cast<long long>(st.st_size));
    }
    out = readAtMost(fd, static_cast<std::size_t>(st.st_size)); // A file that shrank gives what it held.
    ::close(fd);
    return true;
}

namespace {

Message kindOf(const struct stat& st)
{
    auto say = [](const char* text) { return makeMessage("spg::scenario", text); };
    if (S_ISDIR(st.st_mode))
        return say(SPG_TR_NOOP("spg::scenario", "a directory"));
    if (S_ISCHR(st.st_mode))
        return say(SPG_TR_NOOP("spg::scenario", "a character device"));
    if (S_ISBLK(st.st_mode))
        return say(SPG_TR_NOOP("spg::scenario", "a block device"));
    if (S_ISFIFO(st.st_mode))
        return say(SPG_TR_NOOP("spg::scenario", "a FIFO (named pipe)"));
    if (S_ISSOCK(st.st_mode))
        return say(SPG_TR_NOOP("spg::scenario", "a socket"));
    return say(SPG_TR_NOOP("spg::scenario", "not a regular file"));
}

} // namespace

bool readScenarioFile(const std::string& path, std::string& text, Message& error)
{
    auto fail = [&](Message why) {
        error = std::move(why);
        return false;
    };
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) // The kernel's own words for its errno, as strace shows.
        return fail(makeMessage("spg::scenario", "%1: %2", path, std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return fail(makeMessage("spg::scenario",
                                SPG_TR_NOOP("spg::scenario", "%1 is %2, not a scenario file"), path,
                                kindOf(st)));
    if (st.st_size > static_cast<off_t>(kMaxScenarioBytes))
        return fail(makeMessage("spg::scenario",
                                SPG_TR_NOOP("spg::scenario",
                                            "%1: %2 bytes; scenarios are limited to 1 MiB"),
                                path, static_cast<long long>(st.st_size)));
    // O_NONBLOCK: should the path turn into a FIFO between stat() and open(), open() and
    // read() still return at once instead of waiting for a writer.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat again {};
    if (fd < 0)
        return fail(makeMessage("spg::scenario", "%1: %2", path, std::strerror(errno)));
    if (::fstat(fd, &again) != 0 || !S_ISREG(again.st_mode)) {
        ::close(fd);
        return fail(makeMessage("spg::scenario",
                                SPG_TR_NOOP("spg::scenario", "%1: changed while it was opened"),
                                path));
    }
    text = readAtMost(fd, kMaxScenarioBytes + 1); // One more byte tells a file that grew.
    ::close(fd);
    if (text.size() > kMaxScenarioBytes)
        return fail(makeMessage("spg::scenario",
                                SPG_TR_NOOP("spg::scenario",
                                            "%1: more than 1 MiB; scenarios are limited to 1 MiB"),
                                path));
    return true;
}

bool readScenarioFile(const std::string& path, std::string& text, std::string& error)
{
    Message why;
    if (readScenarioFile(path, text, why))
        return true;
    error = why.english();
    return false;
}

} // namespace spg::core
