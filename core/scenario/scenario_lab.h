// Labs that ask before they answer: a student's prediction of a call's result (a return
// value, or -1 and an errno; the bytes for a receive) judged against what the kernel
// answered, and the lab's score. Pure; any thread.
#pragma once

#include "core/engine/events.h"
#include "core/scenario/scenario.h"

#include <string>

namespace spg::core {

struct Prediction {
    bool fails = false; // The call returns -1 with `error`.
    long result = 0;
    int error = 0;
    bool withBytes = false; // A receive: the bytes it returns, as typed (escapes decoded).
    std::string bytes;
};

struct Verdict {
    bool resultRight = false;
    bool bytesRight = true; // Also when no bytes were asked for, or the call failed.
    bool right() const { return resultRight && bytesRight; }
    std::string kernel;    // "5 \"hello\"", "-1 ECONNREFUSED (Connection refused)"
    std::string predicted; // The same form, for the prediction.
};

// One comment line after "# lab:": words join into a paragraph, an empty line ends one.
void addLabInstruction(const std::string& line, Scenario& scenario);

// Whether a step's question includes the bytes: the calls that return data.
bool asksForBytes(const Step& step);

Verdict judge(const Prediction& prediction, const CallRecord& record, const std::string& bytes);

struct LabScore {
    int asked = 0;
    int right = 0;
    void add(const Verdict& v)
    {
        ++asked;
        right += v.right();
    }
};

} // namespace spg::core
