// Inside the strace import: one logged call as a scenario line, by the call's name. The
// model (strace_model.h) says which socket each fd is. Pure; any thread.
#pragma once

#include "import/strace_model.h"

#include <string>
#include <vector>

namespace spg::straceimport {

struct ConvertedCall {
    std::string assign;               // "p1_conn" for "p1_conn = accept(p1_srv)"
    std::string call;                 // "accept(p1_srv)"; empty: not replayed (see why)
    std::vector<std::string> expects; // clauses: "0", "ECONNREFUSED", "\"ping\""
    std::string why;                  // the comment's reason when call is empty
    std::string note;                 // a change made to replay it (0.0.0.0 -> 127.0.0.1)
    bool blocks = false;              // may block: runs in the background when strace split it
    bool waitsReady = false;          // poll/select/epoll_wait: never in the background
};

ConvertedCall convertCall(const StraceLog& log, std::size_t index, const Model& model);

} // namespace spg::straceimport
