// The trace comparison of test support: orderTrace and normaliseTrace.
#include "matrix/trace_compare.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

namespace spg::core {

namespace {

// The number that starts at `at` ("recv(5, " at 5 -> 5), or nullopt when there is none.
std::optional<int> fdAfter(const std::string& line, std::size_t at)
{
    std::size_t end = at;
    while (
        end < line.size()
        && (std::isdigit(static_cast<unsigned char>(line[end])) || (end == at && line[end] == '-')))
        ++end;
    if (end == at || (end == at + 1 && line[at] == '-') || end - at > 9)
        return std::nullopt;
    return std::stoi(line.substr(at, end - at));
}

} // namespace

std::vector<std::string> orderTrace(const Scenario& scenario, const std::vector<std::string>& lines)
{
    struct Pending {
        const Step* step;
        std::string prefix;
        int fd;
        std::optional<std::string> line;
        bool emitted = false;
    };
    std::map<std::string, int> fds; // Socket name -> fd, learned from the lines.
    std::vector<Pending> jobs;
    std::vector<std::string> out;
    std::size_t next = 0;
    auto prefixOf = [](const Step& s) {
        return s.call == CallKind::Poll ? std::string("poll([{fd=")
                                        : std::string(callName(s.call)) + "(";
    };
    auto fdOf = [&](const Step& s) {
        auto it = fds.find(s.socket);
        return s.socket.empty() || it == fds.end() ? -1 : it->second;
    };
    auto matches = [](const std::string& line, const std::string& prefix, int fd) {
        if (line.rfind(prefix, 0) != 0)
            return false;
        const std::optional<int> got = fdAfter(line, prefix.size());
        return fd < 0 || !got || *got == fd;
    };
    auto learn = [&](const Step& s, const std::string& line) {
        const std::size_t eq = line.rfind(") = ");
        const std::optional<int> result =
            eq == std::string::npos ? std::nullopt : fdAfter(line, eq + 4);
        if (!result || *result < 0)
            return;
        if (callSpec(s.call).has(MakesSocket) && !callSpec(s.call).has(MakesTwo) && !s.assign.empty())
            fds[s.assign] = *result;
        const std::size_t pair = line.rfind(", [");
        if (s.call == CallKind::Socketpair && pair != std::string::npos) {
            const std::optional<int> a = fdAfter(line, pair + 3);
            const std::size_t comma = line.find(", ", pair + 3);
            const std::optional<int> b =
                comma == std::string::npos ? std::nullopt : fdAfter(line, comma + 2);
            if (a && b) {
                fds[s.assign] = *a;
                fds[s.assign2] = *b;
            }
        }
    };
    // Takes the lines of background calls until `stop` says the next line is not one of them
    // (or `done` says enough); a line no pending call matches stops it too.
    auto absorb = [&](const std::function<bool(const std::string&)>& stop,
                      const std::function<bool()>& done) {
        while (next < lines.size() && !done() && !stop(lines[next])) {
            auto job = std::find_if(jobs.begin(), jobs.end(), [&](const Pending& p) {
                return !p.line && matches(lines[next], p.prefix, p.fd);
            });
            if (job == jobs.end())
                return;
            job->line = lines[next++];
            learn(*job->step, *job->line);
        }
    };
    auto never = [](const std::string&) { return false; };
    auto joinJobs = [&](const std::string& name) {
        for (Pending& job : jobs) {
            if (job.emitted || !(name.empty() || job.step->assign == name))
                continue;
            absorb(never, [&] { return job.line.has_value(); });
            job.emitted = true;
            if (job.line)
                out.push_back(*job.line);
        }
    };
    for (const Step& s : scenario.steps) {
        if (s.kind == StepKind::Wait) {
            joinJobs(s.waitFor);
        } else if (s.kind == StepKind::Call && s.background) {
            jobs.push_back({ &s, prefixOf(s), fdOf(s), std::nullopt });
        } else if (s.kind == StepKind::Call) {
            const std::string prefix = prefixOf(s);
            const int fd = fdOf(s);
            absorb([&](const std::string& l) { return matches(l, prefix, fd); },
                   [] { return false; });
            if (next < lines.size()) {
                out.push_back(lines[next]);
                learn(s, lines[next++]);
            }
        }
    }
    joinJobs("");
    out.insert(out.end(), lines.begin() + static_cast<std::ptrdiff_t>(next), lines.end());
    return out;
}

std::vector<std::string> normaliseTrace(const std::vector<std::string>& lines)
{
    static const std::regex firstArg(R"(^([a-z][a-z0-9_]*)\((-?\d+)([,)]))");
    static const std::regex created(R"(^(socket|accept4?|kqueue|epoll_create1)\(.*\) = (\d+)$)");
    // epoll: the socket epoll_ctl names, and each event's data (the socket's fd).
    static const std::regex epollTarget(R"(^(epoll_ctl\([^,]+, [A-Z_0-9]+, )(-?\d+))");
    static const std::regex epollData(R"(data=\{u32=(\d+), u64=(\d+)\})");
    // A read or write filter's ident is an fd; a timer's or a signal's is not.
    static const std::regex identFd(R"(\{ident=(\d+), filter=EVFILT_(READ|WRITE),)");
    static const std::regex pair(R"(^socketpair\(.*, \[(\d+), (\d+)\]\) = 0$)");
    static const std::regex pollFd(R"(\{fd=(-?\d+),)");
    static const std::regex selectHead(R"(^select\(\d+, )");
    static const std::regex selectSet(R"(\[(\d+(?: \d+)*)\])");
    static const std::regex port(R"((htons\(|\d\.\d+:|\]:)(\d+)\b)");
    std::map<std::string, std::string> names; // fd -> <fdN>, renewed when a call returns it
    int made = 0;
    auto name = [&](const std::string& fd) {
        auto it = names.find(fd);
        return it == names.end() ? std::string("<fd>") : it->second;
    };
    // Replaces every match of `re` by what `with` makes of it.
    auto replace = [](const std::string& line, const std::regex& re,
                      const std::function<std::string(const std::smatch&)>& with) {
        std::string out;
        std::string rest = line;
        std::smatch m;
        while (std::regex_search(rest, m, re)) {
            out += m.prefix().str() + with(m);
            rest = m.suffix().str();
        }
        return out + rest;
    };
    std::vector<std::string> out;
    for (const std::string& raw : lines) {
        std::smatch m;
        std::string line = raw;
        if (std::regex_search(raw, m, selectHead)) { // nfds is no socket; the sets hold fds.
            line = "select(<nfds>, " + m.suffix().str();
            line = replace(line, selectSet, [&](const std::smatch& g) {
                std::string fds, one;
                for (std::istringstream in(g[1].str()); in >> one;)
                    fds += (fds.empty() ? "" : " ") + name(one);
                return "[" + fds + "]";
            });
        } else if (std::regex_search(raw, m, firstArg)) { // Anchored: the call's own first argument.
            line = m[1].str() + "(" + name(m[2].str()) + m[3].str() + m.suffix().str();
        }
        line = replace(line, pollFd,
                       [&](const std::smatch& g) { return "{fd=" + name(g[1].str()) + ","; });
        line = replace(line, epollTarget,
                       [&](const std::smatch& g) { return g[1].str() + name(g[2].str()); });
        line = replace(line, epollData, [&](const std::smatch& g) {
            return "data={u32=" + name(g[1].str()) + ", u64=" + name(g[2].str()) + "}";
        });
        line = replace(line, identFd, [&](const std::smatch& g) {
            return "{ident=" + name(g[1].str()) + ", filter=EVFILT_" + g[2].str() + ",";
        });
        if (std::regex_match(raw, m, created)) {
            names[m[2].str()] = "<fd" + std::to_string(++made) + ">";
            line = line.substr(0, line.rfind(" = ")) + " = " + names[m[2].str()];
        } else if (std::regex_match(raw, m, pair)) {
            names[m[1].str()] = "<fd" + std::to_string(++made) + ">";
            names[m[2].str()] = "<fd" + std::to_string(++made) + ">";
            line = line.substr(0, line.rfind(", [")) + ", [" + names[m[1].str()] + ", "
                + names[m[2].str()] + "]) = 0";
        }
        out.push_back(replace(line, port, [](const std::smatch& g) { // < 1024 is never ephemeral
            const std::string n = g[2].str();
            return g[1].str() + (n.size() <= 5 && std::stol(n) >= 1024 ? "<port>" : n);
        }));
    }
    return out;
}

} // namespace spg::core
