// The scratch folder of one scenario run: a fresh private directory (mkdtemp, mode 0700)
// where a file's relative UNIX paths land (unix:name, unix:./name), and a per-run prefix
// that confines its abstract names (unix:@name becomes @spg-run-Ab12Cd/name). Removed with
// everything in it when the run ends, so a lab leaves no socket file behind and never writes into
// the current folder. Threading: one owner; place() may be called from any thread while the folder
// lives.
#pragma once

#include "core/engine/commands.h"
#include "core/scenario/scenario.h"

#include <memory>
#include <string>

namespace spg::core {

class ScratchFolder {
public:
    // Makes the folder under $TMPDIR (when short enough for sun_path) or /tmp. Returns
    // nullptr and says why in `error` when mkdtemp fails.
    // The name holds the owner's pid ("spg-run-4242-Ab12Cd"), so that a folder whose process
    // was killed before it could remove it is removed by the next make().
    static std::unique_ptr<ScratchFolder> make(Message& error);
    static std::unique_ptr<ScratchFolder> make(std::string& error); // Its English.
    // Removes the scratch folders in `base` whose process no longer exists and that belong to
    // this user, never following a link; returns how many went.
    static std::size_t sweepStale(const std::string& base);
    ~ScratchFolder() { remove(); }
    // Removes the folder and what is in it, never following a link. Idempotent; a process
    // interrupted by a signal calls it before it ends (see app/interrupt_cleanup.h).
    void remove();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    const std::string& path() const { return m_path; }             // "/tmp/spg-run-4242-Ab12Cd"
    const std::string& abstractPrefix() const { return m_prefix; } // "spg-run-4242-Ab12Cd/"

    // Where a file's UNIX address really goes: "unix:name" and "unix:./name" into the folder,
    // "unix:@name" under the prefix; every other address (absolute paths and abstract names
    // written like one, "unix:@/x", which need consent) is left as it is. Returns a message
    // with no text, or why the address may not be used now: a symbolic link inside the folder
    // on the way to it (checked at the moment of the call, so a link made after the policy
    // check is caught).
    Message place(std::string& address) const;

    // For the player: places a step's literal address (a srv.local reference is already real)
    // and asks the engine to remove a path the step binds when its socket closes.
    Message prepare(const Step& step, Command& command) const;

private:
    explicit ScratchFolder(std::string path);

    std::string m_path;
    std::string m_prefix;
};

} // namespace spg::core
