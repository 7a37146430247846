// The scenario parser's reader for one line: the step it fills, the names known so far, and
// the first error (its column, its English and, when given one, its template). Internal to
// core/scenario (scenario_parse.cpp reads statements, scenario_parse_args.cpp arguments by
// kind); pure, one parser per line, any thread.
#pragma once

#include "core/scenario/scenario.h"
#include "core/scenario/scenario_text.h"
#include "core/words/message.h"
#include "core/words/sockopt.h"

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace spg::core::scenario_parse {

using scenario_text::Piece;

inline constexpr std::size_t kMaxBuffer = 64u << 20; // The engine's limit for one receive.

struct LineParser {
    Step& step;
    std::set<std::string>& sockets; // Names bound to sockets so far.
    std::set<std::string>& jobs;    // Names of background calls so far.
    std::string error;
    int errorColumn = 0;
    const std::string& baseDir; // Where file("...") payloads are read from; "" = nowhere.

    bool fail(int column, std::string message)
    {
        if (error.empty()) {
            error = std::move(message);
            errorColumn = column;
        }
        return false;
    }

    // The same for a message the window can translate: a template marked with SPG_TR_NOOP
    // ("spg::scenario") and its values, or a Message made elsewhere (an address's error).
    bool fail(int column, const Message& message)
    {
        if (error.empty())
            errorMessage = message;
        return fail(column, message.english());
    }

    template<typename... Args>
    bool fail(int column, const char* text, const Args&... args)
    {
        if (error.empty())
            errorMessage = makeMessage("spg::scenario", text, args...);
        return fail(column, makeMessage("spg::scenario", text, args...).english());
    }

    bool expectArgs(const std::vector<Piece>& args, std::size_t n, int column, const char* usage)
    {
        if (args.size() == n)
            return true;
        return fail(column, SPG_TR_NOOP("spg::scenario", "expected %1 argument(s): %2"), n, usage);
    }

    bool socketArg(const Piece& p);
    // `expected`: a template "expected ..., got \"%1\"", %1 being the text written.
    bool intArg(const Piece& p, long& out, const char* expected);
    bool symbolsArg(const Piece& p, int& out, const char* expected);
    bool addressArg(const Piece& p);
    bool bytesArg(const Piece& p, std::string& out);
    bool pollEvents(const Piece& p, short& out);

    bool call(const std::string& name, const std::vector<Piece>& args, int column);
    bool pollCall(const std::vector<Piece>& args, int column);
    bool argument(ArgKind kind, const Piece& p);
    bool lengths(const Piece& p);
    bool fdSet(ArgKind kind, const Piece& p);
    OptionRef m_option;    // setsockopt/getsockopt: the option the level and name resolved to
    int m_levelColumn = 0; // ... and where its level was written
    Message errorMessage;  // The first failure as a template, when it was given as one.
};

} // namespace spg::core::scenario_parse
