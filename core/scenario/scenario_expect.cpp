// Checking `expect` clauses against what a call returned. The C exporter mirrors these
// messages word for word (scenario_export_expect.cpp).
#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_epoll.h"
#include "core/scenario/scenario_kevent.h"

#include "core/sys/poller.h"
#include "core/scenario/scenario_text.h"
#include "core/words/strace_format.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <regex.h>

namespace spg::core {

using namespace scenario_text;

namespace {

std::string hexWindow(std::string_view bytes, std::size_t from, std::size_t at)
{
    std::string out;
    for (std::size_t i = from; i < at + 5 && i < bytes.size(); ++i) {
        char h[8];
        std::snprintf(h, sizeof h, i == at ? "[%02x]" : "%02x",
                      static_cast<unsigned char>(bytes[i]));
        out += (out.empty() ? "" : " ") + std::string(h);
    }
    if (at >= bytes.size())
        out += (out.empty() ? "" : " ") + std::string("[end]");
    return out;
}

// "5" or "-1 EAGAIN (Resource temporarily unavailable)": the return and errno alone.
std::string outcomeOf(const CallRecord& r)
{
    return resultTail(SysResult { r.result, r.error }).substr(2);
}

// A regular expression is written between quotes as is; only \" stands for a quote.
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

} // namespace

Message shortBytes(const std::string& bytes)
{
    return bytes.size() <= 32
        ? plainValue(cString(bytes))
        : makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "%1 bytes starting %2"),
                      bytes.size(), cString(bytes.substr(0, 16)));
}

Message bytesDifference(std::string_view wanted, std::string_view got)
{
    std::size_t at = 0;
    while (at < wanted.size() && at < got.size() && wanted[at] == got[at])
        ++at;
    const std::size_t from = at > 4 ? at - 4 : 0;
    if (wanted.size() <= 32 && got.size() <= 32)
        return makeMessage("spg::expect",
                           SPG_TR_NOOP("spg::expect",
                                       "expected %1, got %2 (first difference at offset %3)"),
                           cString(wanted), cString(got), at);
    return makeMessage("spg::expect",
                       SPG_TR_NOOP("spg::expect", "expected %1 bytes, got %2; first "
                                                  "difference at offset %3: expected %4, got %5"),
                       wanted.size(), got.size(), at, hexWindow(wanted, from, at),
                       hexWindow(got, from, at));
}

bool globMatch(std::string_view pattern, std::string_view text)
{
    // Iterative matching with one backtrack point: linear enough for addresses.
    std::size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern[p] == text[t]) {
            ++p;
            ++t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

namespace {

// A compiled POSIX extended expression, freed on every path.
class PosixRegex {
public:
    explicit PosixRegex(const std::string& regex)
        : m_ok(regcomp(&m_re, regex.c_str(), REG_EXTENDED | REG_NOSUB) == 0)
    {
    }
    ~PosixRegex()
    {
        if (m_ok)
            regfree(&m_re);
    }
    PosixRegex(const PosixRegex&) = delete;
    PosixRegex& operator=(const PosixRegex&) = delete;

    bool ok() const { return m_ok; }
    bool finds(const char* text) const { return m_ok && regexec(&m_re, text, 0, nullptr, 0) == 0; }

private:
    regex_t m_re {};
    bool m_ok;
};

} // namespace

bool regexFinds(const std::string& regex, const std::string& text)
{
    return PosixRegex(regex).finds(text.c_str());
}

bool regexCompiles(const std::string& regex)
{
    return PosixRegex(regex).ok();
}

namespace {

// The one sentence most checks end with: "expected 5, got -1 ECONNREFUSED (...)".
template<typename Wanted, typename Got>
Message expectedGot(const Wanted& wanted, const Got& got)
{
    return makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "expected %1, got %2"), wanted,
                       got);
}

std::optional<Message> checkBytes(const Expectation& e, const CallRecord& r, const std::string& got)
{
    const Message what = expectationLabelMessage(e);
    if (r.result < 0)
        return expectedGot(what, outcomeOf(r));
    switch (e.kind) {
    case ExpectKind::Bytes:
        if (got == e.text)
            return std::nullopt;
        return bytesDifference(e.text, got);
    case ExpectKind::Prefix:
        if (got.compare(0, e.text.size(), e.text) == 0)
            return std::nullopt;
        return makeMessage("spg::expect", "prefix: %1",
                           bytesDifference(e.text, got.substr(0, e.text.size())));
    case ExpectKind::Contains:
        if (got.find(e.text) != std::string::npos)
            return std::nullopt;
        return makeMessage("spg::expect",
                           SPG_TR_NOOP("spg::expect", "expected bytes containing %1, got %2"),
                           shortBytes(e.text), shortBytes(got));
    case ExpectKind::Matches:
        if (regexFinds(e.text, got))
            return std::nullopt;
        return expectedGot(what, shortBytes(got));
    default:
        if (relationHolds(static_cast<long>(got.size()), e.relation, e.number))
            return std::nullopt;
        return expectedGot(what, got.size());
    }
}

std::optional<Message> checkValue(const Expectation& e, const CallRecord& r)
{
    if (r.result < 0)
        return expectedGot(formatExpectation(e), outcomeOf(r));
    auto expectedValue = [&](const std::string& wanted) {
        return makeMessage("spg::expect",
                           SPG_TR_NOOP("spg::expect", "expected value %1, got \"%2\""), wanted,
                           r.value);
    };
    if (e.textual) {
        const bool same = globMatch(e.text, r.value);
        if (same == (e.relation == Relation::Eq))
            return std::nullopt;
        return expectedValue(relationText(e.relation) + e.text);
    }
    if (r.number && relationHolds(static_cast<long>(*r.number), e.relation, e.number))
        return std::nullopt;
    return expectedValue(relationNumber(e.relation, e.number));
}

std::optional<Message> checkSocket(const Expectation& e, const SocketSnapshot* s)
{
    if (!s)
        return makeMessage("spg::expect",
                           SPG_TR_NOOP("spg::expect", "expected a socket to inspect, got none"));
    if (e.kind == ExpectKind::Queue) {
        if (relationHolds(s->acceptQueue, e.relation, e.number))
            return std::nullopt;
        return makeMessage("spg::expect",
                           SPG_TR_NOOP("spg::expect", "expected accept queue %1, got %2"),
                           relationNumber(e.relation, e.number), s->acceptQueue);
    }
    if (e.kind == ExpectKind::Backlog) {
        if (relationHolds(s->acceptLimit, e.relation, e.number))
            return std::nullopt;
        return makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "expected backlog %1, got %2"),
                           relationNumber(e.relation, e.number), s->acceptLimit);
    }
    const std::string want = lower(e.text);
    if (want == lower(std::string(lifecycleName(s->lifecycle)))
        || want == lower(std::string(tcpStateName(s->tcpState))))
        return std::nullopt;
    return makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "expected state %1, got %2 / %3"),
                       e.text, std::string(lifecycleName(s->lifecycle)),
                       std::string(tcpStateName(s->tcpState)));
}

std::optional<Message> checkBits(const Expectation& e, const Step& step, const CallRecord& r)
{
    if (r.result < 0)
        return expectedGot(formatExpectation(e), outcomeOf(r));
    unsigned actual = 0;
    if (e.kind == ExpectKind::Flags) {
        actual = static_cast<unsigned>(r.msgFlags);
    } else {
        std::size_t index = 0;
        for (std::size_t i = 0; i < step.pollFds.size(); ++i)
            if (step.pollFds[i].socket == e.entry)
                index = i;
        actual = index < r.revents.size() ? static_cast<unsigned short>(r.revents[index]) : 0;
    }
    const bool ok = e.has ? (actual & e.bits) == e.bits : actual == e.bits;
    if (ok)
        return std::nullopt;
    return expectedGot(formatExpectation(e), e.kind == ExpectKind::Flags
                                                 ? msgFlagsText(static_cast<int>(actual))
                                                 : pollEventsText(static_cast<short>(actual)));
}

// select(): exactly the written sockets came back in the set (order does not matter).
std::optional<Message> checkSelected(const Expectation& e, const Step& step, const CallRecord& r)
{
    if (r.result < 0)
        return expectedGot(formatExpectation(e), outcomeOf(r));
    const auto k = static_cast<std::size_t>(e.set);
    const std::vector<std::string>& names = step.fdSets[k];
    std::vector<std::string> got;
    for (std::size_t i = 0; i < names.size(); ++i)
        if (i < r.selected[k].size() && r.selected[k][i])
            got.push_back(names[i]);
    bool same = got.size() == e.sockets.size();
    for (const std::string& n : e.sockets)
        same = same && std::find(got.begin(), got.end(), n) != got.end();
    if (same)
        return std::nullopt;
    Expectation actual = e;
    actual.sockets = got;
    return expectedGot(formatExpectation(e), formatExpectation(actual));
}

} // namespace

std::optional<Message> checkExpectation(const Expectation& e, const Step& step,
                                        const CallOutcome& outcome)
{
    const CallRecord& r = *outcome.record;
    switch (e.kind) {
    case ExpectKind::None: return std::nullopt;
    case ExpectKind::Result:
        if (relationHolds(r.result, e.relation, e.number))
            return std::nullopt;
        return expectedGot(relationNumber(e.relation, e.number), outcomeOf(r));
    case ExpectKind::Errno:
        if (r.result < 0 && r.error == e.error)
            return std::nullopt;
        return expectedGot(e.text, outcomeOf(r));
    case ExpectKind::Bytes:
    case ExpectKind::Prefix:
    case ExpectKind::Contains:
    case ExpectKind::Matches:
    case ExpectKind::Length: return checkBytes(e, r, outcome.bytes);
    case ExpectKind::Value: return checkValue(e, r);
    case ExpectKind::State:
    case ExpectKind::Queue:
    case ExpectKind::Backlog: return checkSocket(e, outcome.socket);
    case ExpectKind::Revents:
    case ExpectKind::Flags: return checkBits(e, step, r);
    case ExpectKind::Selected: return checkSelected(e, step, r);
    case ExpectKind::Events: return checkEvents(e, r, outcome.eventSockets);
    case ExpectKind::Kevents: return checkKevents(e, r, outcome.keventIdents);
    case ExpectKind::Peer: {
        const bool ok = e.peer.isRef() ? !r.peer.empty() && r.peer == outcome.peerRef
                                       : globMatch(e.text, r.peer);
        if (ok)
            return std::nullopt;
        const std::string wanted =
            e.peer.isRef() ? e.peer.text() + " (" + outcome.peerRef + ")" : e.text;
        return makeMessage("spg::expect", SPG_TR_NOOP("spg::expect", "expected peer %1, got %2"),
                           wanted, r.peer.empty() ? outcomeOf(r) : r.peer);
    }
    case ExpectKind::Within: {
        const long ms = static_cast<long>(r.durationNs / 1000000);
        if (ms >= e.number - kWithinToleranceMs && ms <= e.number2 + kWithinToleranceMs)
            return std::nullopt;
        return makeMessage("spg::expect",
                           SPG_TR_NOOP("spg::expect",
                                       "expected %1 (give or take %2 ms), took %3 ms"),
                           formatExpectation(e), kWithinToleranceMs, ms);
    }
    }
    return std::nullopt;
}

} // namespace spg::core
