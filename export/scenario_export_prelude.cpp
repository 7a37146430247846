// The exported C program's prelude: the head and the helpers it uses, picked from the pieces
// that export/c/embed.cmake generates from export/c/*.c at build time.
#include "export/scenario_export.h"

namespace spg::core {

namespace c_export {

namespace {

// STRSIZE, with the playground's --strsize as its default.
std::string strsizeMacro(std::size_t strsize)
{
    return "\n/* How many bytes of a buffer each printed line shows, like strace -s (Socket\n"
           " * Playground's --strsize). Build with -DSTRSIZE=256 to see more: the lines match\n"
           " * the playground's up to about 1000 (the text buffers hold 4 KiB). */\n"
           "#ifndef STRSIZE\n#define STRSIZE "
        + std::to_string(strsize) + "\n#endif\n";
}

} // namespace

std::string prelude(std::uint64_t helpers, std::size_t strsize)
{
    // Close over dependencies: a piece needs only pieces before it (embed.cmake checks), so
    // one pass from the end reaches them all.
    const std::vector<Piece>& pieces = preludePieces();
    for (auto it = pieces.rbegin(); it != pieces.rend(); ++it)
        if (helpers & it->helper)
            helpers |= it->needs;
    std::string out = preludeHead();
    if (helpers & (HelperBytes | HelperIov))
        out += strsizeMacro(strsize);
    if (helpers != 0)
        out +=
            "\n/* ---- Printing each call the way strace does, and checking expectations ---- */\n";
    for (const Piece& p : pieces)
        if (helpers & p.helper)
            out += p.text;
    return out;
}

} // namespace c_export

} // namespace spg::core
