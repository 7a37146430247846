// Fuzzes record -> format -> parse (core/scenario): a scenario line, whether the recorder
// wrote it for a call made in the window or the formatter rewrote a parsed step, must parse
// back to the same call. Two inputs from each fuzzed buffer:
//  - the buffer as a scenario: when it parses, every step is formatted, the lines parsed
//    again, and each step must come back equal (and format to the same line);
//  - the buffer as the calls of a session: commands and their answers are built from its
//    bytes, recorded, and each recorded line must parse into the command's arguments.
#include "fuzz_check.h"

#include "core/scenario/scenario.h"
#include "core/scenario/scenario_recorder.h"
#include "core/words/address.h"
#include "core/words/sockopt.h"

#include <algorithm>

using namespace spg::core;
using spg::fuzz::Bytes;

namespace {

std::string pollText(const std::vector<PollArg>& fds)
{
    std::string out;
    for (const PollArg& p : fds)
        out += p.socket + ":" + std::to_string(p.events) + " ";
    return out;
}

std::string setsText(const std::array<std::vector<std::string>, 3>& sets)
{
    std::string out;
    for (const auto& set : sets) {
        for (const std::string& s : set)
            out += s + " ";
        out += "| ";
    }
    return out;
}

// The first field in which two steps differ, or "" when they are equal.
std::string difference(const Step& a, const Step& b)
{
#define SPG_SAME(field)                                                                      \
    if (!(a.field == b.field))                                                               \
        return #field;
    SPG_SAME(kind) SPG_SAME(call) SPG_SAME(assign) SPG_SAME(assign2) SPG_SAME(socket)
    SPG_SAME(domain) SPG_SAME(type) SPG_SAME(protocol) SPG_SAME(backlog) SPG_SAME(flags)
    SPG_SAME(payload) SPG_SAME(length) SPG_SAME(iovLengths) SPG_SAME(how) SPG_SAME(level)
    SPG_SAME(option) SPG_SAME(value) SPG_SAME(timeoutMs) SPG_SAME(enable)
    SPG_SAME(automation) SPG_SAME(address.text()) SPG_SAME(payloadFile) SPG_SAME(waitFor)
    SPG_SAME(waitTimeoutMs) SPG_SAME(sleepMs) SPG_SAME(background) SPG_SAME(untilEof)
#undef SPG_SAME
    if (pollText(a.pollFds) != pollText(b.pollFds))
        return "pollFds";
    if (setsText(a.fdSets) != setsText(b.fdSets))
        return "fdSets";
    if (formatExpectations(a.expects) != formatExpectations(b.expects))
        return "expects: " + formatExpectations(a.expects) + " / " + formatExpectations(b.expects);
    return "";
}

void formattedStepsParseBack(std::string_view text)
{
    const ScenarioParse first = parseScenario(text);
    if (!first.ok())
        return;
    std::string again;
    for (const Step& s : first.scenario.steps)
        again += formatStep(s) + "\n";
    const ScenarioParse second = parseScenario(again);
    SPG_FUZZ_CHECK(second.ok(), second.errors.front().format("formatted") + "\n" + again);
    SPG_FUZZ_CHECK(second.scenario.steps.size() == first.scenario.steps.size(), again);
    for (std::size_t i = 0; i < first.scenario.steps.size(); ++i) {
        const Step& a = first.scenario.steps[i];
        const Step& b = second.scenario.steps[i];
        const std::string diff = difference(a, b);
        SPG_FUZZ_CHECK(diff.empty(), "step " + std::to_string(i + 1) + " differs in " + diff
                                         + ": " + formatStep(a));
        SPG_FUZZ_CHECK(formatStep(b) == formatStep(a), formatStep(a) + " / " + formatStep(b));
    }
}

// A value the way a form could hold it: mostly small, sometimes any int.
int anyInt(Bytes& in)
{
    const std::uint8_t mode = in.byte();
    return mode < 192 ? static_cast<int>(in.byte()) - 8 : static_cast<int>(in.u32());
}

// Known limit, not checked: the grammar has no quoting for addresses, so a UNIX path with
// a separator, a bracket, a quote, '#' or a control byte in it (legal in a path, and
// accepted in the window's address field) is recorded as a line that splits or ends there:
// bind(s1, unix:/tmp/a,b). Reported in issue 9's notes; only other addresses are checked.
bool plainAddress(const std::string& text)
{
    if (text.empty() || text.front() == ' ' || text.back() == ' ')
        return false;
    for (unsigned char ch : text)
        if (ch < 0x20 || ch >= 0x7f || std::string_view(",()[]{}#\"'\\").find(char(ch)) != std::string_view::npos)
            return false;
    return true;
}

constexpr int kSockets = 4; // s1..s4 exist before each recorded line
constexpr std::uint32_t kMaxReceive = 64u << 20;

Command commandFrom(Bytes& in)
{
    Command c;
    c.kind = static_cast<CallKind>(in.below(static_cast<std::uint32_t>(CallKind::Select) + 1));
    c.socket = static_cast<SocketId>(1 + in.below(kSockets));
    c.domain = anyInt(in);
    c.type = anyInt(in);
    c.protocol = anyInt(in);
    c.backlog = anyInt(in);
    c.flags = anyInt(in);
    for (std::uint32_t n = 1 + in.below(3); n > 0; --n)
        c.payload.push_back(in.text(12));
    // Receive buffers within the engine's limit (64 MiB in all): it refuses larger ones, and
    // a refused call is never recorded.
    c.length = in.u32() % (kMaxReceive + 1);
    for (std::uint32_t n = 1 + in.below(3); n > 0; --n)
        c.iovLengths.push_back(in.u32() % (kMaxReceive / 3 + 1));
    c.how = static_cast<int>(in.below(3));
    const auto& options = socketOptions();
    c.option = std::string(options[in.below(static_cast<std::uint32_t>(options.size()))].name);
    switch (in.below(4)) { // the forms a value takes: 1, {1,0}, 1.5, on
    case 0: c.value = std::to_string(anyInt(in)); break;
    case 1: c.value = "{" + std::to_string(anyInt(in)) + "," + std::to_string(anyInt(in)) + "}"; break;
    case 2: c.value = std::to_string(anyInt(in)) + "." + std::to_string(in.byte()); break;
    default: c.value = in.byte() & 1 ? "on" : "off"; break;
    }
    c.timeoutMs = std::clamp(anyInt(in), -1, 3600000); // the window's range, and the parser's
    c.enable = in.byte() & 1;
    const std::string address = in.text(24);
    c.address = parseAddress(address).ok() && plainAddress(address) ? address : "127.0.0.1:0";
    for (std::uint32_t n = 1 + in.below(3); n > 0; --n)
        c.pollFds.push_back(PollEntry { static_cast<SocketId>(1 + in.below(kSockets)), static_cast<short>(anyInt(in)) });
    // select() is made only from scenarios, whose sets hold each socket once (an fd_set does).
    for (auto& set : c.fdSets)
        for (std::uint32_t n = in.below(3); n > 0; --n) {
            const auto id = static_cast<SocketId>(1 + in.below(kSockets));
            if (std::find(set.begin(), set.end(), id) == set.end())
                set.push_back(id);
        }
    return c;
}

void recordedLinesParseBack(Bytes in)
{
    ScenarioRecorder recorder;
    std::string head;
    for (int i = 1; i <= kSockets; ++i)
        head += "s" + std::to_string(i) + " = socket(AF_INET, SOCK_STREAM, 0)\n";
    for (int k = 0; k < 4 && !in.empty(); ++k) {
        const Command c = commandFrom(in);
        OptionValue value;
        if (c.kind == CallKind::SetSockOpt && !parseOptionValue(*findOption(c.option), c.value, value).empty())
            continue; // the engine refuses it, and a refused call is not recorded
        CallRecord r;
        r.result = anyInt(in);
        r.error = r.result < 0 ? static_cast<int>(in.below(134)) : 0;
        if (callSpec(c.kind).has(MakesSocket))
            r.created = 10 + k;
        if (callSpec(c.kind).has(MakesTwo))
            r.created2 = 20 + k;
        const std::optional<std::string> line = recorder.record(c, r);
        if (!line)
            continue;
        const ScenarioParse parsed = parseScenario(head + *line);
        SPG_FUZZ_CHECK(parsed.ok(), parsed.errors.front().format("recorded") + "\n" + *line);
        const Step& s = parsed.scenario.steps.back();
        SPG_FUZZ_CHECK(s.call == c.kind, *line);
        SPG_FUZZ_CHECK(formatStep(s) == *line, *line + " / " + formatStep(s));
        for (const ArgSpec& a : callSpec(c.kind).args) {
            bool same = true;
            switch (a.kind) {
            case ArgKind::Domain: same = s.domain == c.domain; break;
            case ArgKind::Type: same = s.type == c.type; break;
            case ArgKind::Protocol: same = s.protocol == c.protocol; break;
            case ArgKind::Backlog: same = s.backlog == c.backlog; break;
            case ArgKind::MsgFlags:
            case ArgKind::SockFlags: same = s.flags == c.flags; break;
            case ArgKind::Bytes: same = s.payload.at(0) == c.payload.at(0); break;
            case ArgKind::BytesList: same = s.payload == c.payload; break;
            case ArgKind::Length: same = s.length == c.length; break;
            case ArgKind::LengthList: same = s.iovLengths == c.iovLengths; break;
            case ArgKind::How: same = s.how == c.how; break;
            case ArgKind::Timeout: same = s.timeoutMs == c.timeoutMs; break;
            case ArgKind::NonBlockFlag: same = s.enable == c.enable; break;
            default: break;
            }
            SPG_FUZZ_CHECK(same, std::string(a.name) + " differs: " + *line);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    formattedStepsParseBack(spg::fuzz::asText(data, size));
    recordedLinesParseBack(Bytes(data, size));
    return 0;
}
