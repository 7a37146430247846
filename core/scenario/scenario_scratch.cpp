// The scratch folder: made by mkdtemp, so no other user can enter it or guess its name, and
// removed depth-first without following links, so a link planted inside cannot redirect
// the removal outside it.
#include "core/scenario/scenario_scratch.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <ftw.h>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace spg::core {

namespace {

// A path longer than this would leave too little of sun_path's 104-108 bytes for names.
constexpr std::size_t kMaxBaseLength = 48;

int removeEntry(const char* path, const struct stat*, int, FTW*)
{
    ::remove(path); // Best effort: what cannot be removed stays, and rmdir then fails.
    return 0;
}

// The components of a relative path, without "." and with ".." applied; false when a ".."
// climbs above the start.
bool normalise(const std::string& path, std::vector<std::string>& parts)
{
    std::size_t at = 0;
    while (at <= path.size()) {
        const std::size_t slash = std::min(path.find('/', at), path.size());
        const std::string part = path.substr(at, slash - at);
        if (part == "..") {
            if (parts.empty())
                return false;
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        at = slash + 1;
    }
    return true;
}

std::string baseFolder()
{
    std::string base = "/tmp";
    if (const char* tmp = std::getenv("TMPDIR");
        tmp && tmp[0] == '/' && std::strlen(tmp) < kMaxBaseLength)
        base = tmp;
    while (base.size() > 1 && base.back() == '/')
        base.pop_back();
    return base;
}

// The pid in "spg-run-<pid>-XXXXXX", or 0 when the name is not one of ours.
pid_t ownerOf(std::string_view name)
{
    constexpr std::string_view kPrefix = "spg-run-";
    if (name.substr(0, kPrefix.size()) != kPrefix)
        return 0;
    name.remove_prefix(kPrefix.size());
    const std::size_t dash = name.find('-');
    if (dash == 0 || dash == std::string_view::npos || dash > 9)
        return 0;
    pid_t pid = 0;
    for (char c : name.substr(0, dash)) {
        if (c < '0' || c > '9')
            return 0;
        pid = pid * 10 + (c - '0');
    }
    return pid;
}

} // namespace

std::size_t ScratchFolder::sweepStale(const std::string& base)
{
    DIR* dir = ::opendir(base.c_str());
    if (!dir)
        return 0;
    std::size_t removed = 0;
    while (const dirent* entry = ::readdir(dir)) {
        const pid_t pid = ownerOf(entry->d_name);
        if (pid <= 0 || pid == ::getpid() || ::kill(pid, 0) == 0 || errno != ESRCH)
            continue; // Not ours, or its process still runs (EPERM: someone else's, alive).
        const std::string path = base + "/" + entry->d_name;
        struct stat st { };
        if (::lstat(path.c_str(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid())
            continue;
        ::nftw(path.c_str(), removeEntry, 8, FTW_DEPTH | FTW_PHYS);
        removed += ::access(path.c_str(), F_OK) != 0;
    }
    ::closedir(dir);
    return removed;
}

ScratchFolder::ScratchFolder(std::string path) : m_path(std::move(path))
{
    m_prefix = m_path.substr(m_path.rfind('/') + 1) + "/";
}

std::unique_ptr<ScratchFolder> ScratchFolder::make(std::string& error)
{
    Message why;
    auto folder = make(why);
    if (!folder)
        error = why.english();
    return folder;
}

std::unique_ptr<ScratchFolder> ScratchFolder::make(Message& error)
{
    const std::string base = baseFolder();
    // A run killed before it could clean up (SIGKILL, a crash, a power cut) left its folder:
    // the next run removes it, once that run's process is gone.
    sweepStale(base);
    std::string pattern = base + "/spg-run-" + std::to_string(::getpid()) + "-XXXXXX";
    if (!::mkdtemp(pattern.data())) {
        error = makeMessage("spg::scenario",
                            SPG_TR_NOOP("spg::scenario", "cannot make a scratch folder in %1: %2"),
                            base, std::strerror(errno)); // The kernel's words for its errno.
        return nullptr;
    }
    return std::unique_ptr<ScratchFolder>(new ScratchFolder(pattern));
}

void ScratchFolder::remove()
{
    ::nftw(m_path.c_str(), removeEntry, 8, FTW_DEPTH | FTW_PHYS);
}

Message ScratchFolder::place(std::string& address) const
{
    constexpr std::string_view kUnix = "unix:";
    if (address.compare(0, kUnix.size(), kUnix) != 0)
        return {};
    const std::string path = address.substr(kUnix.size());
    if (path.empty() || path[0] == '/' || path.compare(0, 2, "@/") == 0)
        return {}; // Written like an absolute path: allowed by consent, used as written.
    if (path[0] == '@') {
        address = "unix:@" + m_prefix + path.substr(1);
        return {};
    }
    std::vector<std::string> parts;
    if (!normalise(path, parts)) {
        address = "unix:" + m_path + "/" + path; // Allowed by consent: the ".." as written.
        return {};
    }
    std::string real = m_path;
    for (const std::string& part : parts) {
        real += "/" + part;
        struct stat st { };
        if (::lstat(real.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
            return makeMessage("spg::scenario",
                               SPG_TR_NOOP("spg::scenario",
                                           "unix:%1: \"%2\" in the scratch folder is a symbolic "
                                           "link; a lab may not follow links out of its folder"),
                               path, real.substr(m_path.size() + 1));
    }
    address = "unix:" + (parts.empty() ? m_path : real);
    return {};
}

Message ScratchFolder::prepare(const Step& step, Command& command) const
{
    if (step.address.literal.empty())
        return {};
    if (Message why = place(command.address); *why.text)
        return why;
    command.removeBoundPath = command.kind == CallKind::Bind;
    return {};
}

} // namespace spg::core
