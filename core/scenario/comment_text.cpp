#include "core/scenario/comment_text.h"

#include "core/words/blanks.h"

namespace spg::core {

std::string_view commentProse(std::string_view comment)
{
    std::string_view prose = trimBlanks(comment);
    if (prose.starts_with("lab:"))
        return {};
    if (prose.starts_with("title:"))
        prose = trimBlanks(prose.substr(6));
    return prose;
}

} // namespace spg::core
