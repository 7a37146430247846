# Embeds the exported program's C helpers (export/c/*.c) in a C++ source, at build time:
#   cmake -DOUTPUT=pieces.cpp -DSOURCES="head.c|print.c|..." -P embed.cmake
# The files are read in the order given and cut at marker lines (each a whole line):
#   /* @head */                                            the head, first in every program
#   /* @piece HelperBytes needs HelperBase HelperEscape */  one helper and what it needs
# A section runs from its marker to the next marker or the end of the file. Not emitted: what
# comes before a file's first marker (its header comment), and /* clang-format off */ and
# /* clang-format on */ lines. A piece's name is its Helper bit (export/scenario_export.h);
# it may need only pieces named before it, since prelude() closes over needs in one backward
# pass and emits the pieces in this order. Plain CMake, so the build needs no other tool.
cmake_minimum_required(VERSION 3.21)

if(NOT OUTPUT OR NOT SOURCES)
    message(FATAL_ERROR "usage: cmake -DOUTPUT=file.cpp -DSOURCES=\"a.c|b.c\" -P embed.cmake")
endif()
string(REPLACE "|" ";" sources "${SOURCES}")

# The C text goes into raw string literals with this delimiter.
set(delim "spg_c")
set(head "")
set(declared "")
set(entries "")

# Adds one marker's section of `file` to `head` or `entries` (and its name to `declared`) in
# the caller's scope. A function, not a macro: a macro would re-read the C text as CMake.
function(spg_add_section file marker body)
    if(NOT "${marker}" MATCHES "^/\\* @(head|piece( [A-Za-z]+)+) \\*/$")
        message(FATAL_ERROR "${file}: bad marker `${marker}` (want /* @head */ or "
                            "/* @piece HelperName needs HelperA HelperB */)")
    endif()
    # clang-format directives (around a table laid out by hand) mean nothing in the program.
    string(REGEX REPLACE "\n/\\* clang-format o(n|ff) \\*/\n" "\n" text "${body}")
    string(REGEX REPLACE "^\n+" "" text "${text}")
    string(REGEX REPLACE "\n+$" "" text "${text}")
    string(FIND "${text}" ")${delim}\"" clash)
    if(NOT clash EQUAL -1)
        message(FATAL_ERROR "${file}: `${marker}` contains )${delim}\", which ends the literal")
    endif()
    if("${marker}" STREQUAL "/* @head */")
        if(NOT "${head}" STREQUAL "" OR NOT "${entries}" STREQUAL "")
            message(FATAL_ERROR "${file}: one /* @head */, before every piece")
        endif()
        set(head "${text}\n" PARENT_SCOPE)
    else()
        string(REGEX REPLACE "^/\\* @piece (.*) \\*/$" "\\1" words "${marker}")
        string(REPLACE " " ";" words "${words}")
        list(POP_FRONT words name)
        if(NOT name MATCHES "^Helper[A-Za-z]+$" OR name IN_LIST declared)
            message(FATAL_ERROR "${file}: `${marker}`: the name must be a new Helper bit")
        endif()
        set(needs "0")
        if(words)
            list(POP_FRONT words keyword)
            if(NOT keyword STREQUAL "needs" OR NOT words)
                message(FATAL_ERROR "${file}: `${marker}`: want `needs HelperA HelperB`")
            endif()
            foreach(need IN LISTS words)
                if(NOT need IN_LIST declared)
                    message(FATAL_ERROR "${file}: ${name} needs ${need}, which is not a piece "
                                        "before it")
                endif()
            endforeach()
            list(JOIN words " | " needs)
        endif()
        list(APPEND declared "${name}")
        set(declared "${declared}" PARENT_SCOPE)
        string(APPEND entries "        // ${file}\n"
               "        { ${name}, ${needs}, R\"${delim}(\n${text}\n)${delim}\" },\n")
        set(entries "${entries}" PARENT_SCOPE)
    endif()
endfunction()

foreach(path IN LISTS sources)
    get_filename_component(file "${path}" NAME)
    file(READ "${path}" content)
    # Every marker starts a line: search for "\n/* @" in the text with a newline in front.
    set(rest "\n${content}")
    string(FIND "${rest}" "\n/* @" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${path}: no /* @head */ or /* @piece ... */ marker")
    endif()
    while(NOT at EQUAL -1)
        math(EXPR from "${at} + 1") # the marker line, without the newline before it
        string(SUBSTRING "${rest}" ${from} -1 rest)
        string(FIND "${rest}" "\n" eol)
        if(eol EQUAL -1)
            set(marker "${rest}")
            set(rest "")
        else()
            string(SUBSTRING "${rest}" 0 ${eol} marker)
            string(SUBSTRING "${rest}" ${eol} -1 rest)
        endif()
        string(FIND "${rest}" "\n/* @" at)
        if(at EQUAL -1)
            set(body "${rest}")
        else()
            string(SUBSTRING "${rest}" 0 ${at} body)
            string(SUBSTRING "${rest}" ${at} -1 rest)
            set(at 0) # `rest` now starts at the next marker's newline
        endif()
        spg_add_section("${file}" "${marker}" "${body}")
    endwhile()
endforeach()

if("${head}" STREQUAL "")
    message(FATAL_ERROR "no /* @head */ section in ${SOURCES}")
endif()

set(out "// Generated by export/c/embed.cmake from export/c/*.c at build time: edit those files.
#include \"export/scenario_export.h\"

namespace spg::core::c_export {

const char* preludeHead()
{
    return R\"${delim}(${head})${delim}\";
}

const std::vector<Piece>& preludePieces()
{
    static const std::vector<Piece> pieces = {
${entries}    };
    return pieces;
}

} // namespace spg::core::c_export
")
# Rewrite only on change, so that an unchanged result compiles nothing again.
file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
