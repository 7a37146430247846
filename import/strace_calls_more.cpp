// The calls of strace_calls.cpp that carry lists or option values: poll, select, epoll,
// fcntl, ioctl, setsockopt, getsockopt and socketpair.
#include "import/strace_calls.h"
#include "import/strace_fields.h"
#include "import/strace_log.h"

#include <algorithm>
#include <climits>
#include <functional>

namespace spg::straceimport {

namespace {

using SockFn = std::function<std::string(const std::string&)>;

std::string arg(const StraceCall& c, std::size_t i)
{
    return i < c.args.size() ? c.args[i] : std::string();
}

std::vector<std::string> items(const std::string& list)
{
    if (list.size() < 2 || list.front() != '[')
        return {};
    return splitTopLevel(std::string_view(list).substr(1, list.size() - 2));
}

// A socket name from an fd in this call's process, by number alone ("3" in a result list).
std::string nameOfFd(const CallFacts& facts, const Model& model, const std::string& text)
{
    int fd = 0;
    std::string annotation;
    if (!splitFd(text, fd, annotation) || !facts.fds.count(fd) || facts.fds.at(fd) < 0)
        return {};
    return model.sockets[static_cast<std::size_t>(facts.fds.at(fd))].name;
}

// {tv_sec=1, tv_usec=500000} (select's timeval) or {tv_sec=1, tv_nsec=500000000}
// (pselect6's timespec) -> 1500; NULL -> -1.
long timevalMs(const std::string& t)
{
    if (t == "NULL")
        return -1;
    const std::string sec = straceField(t, "tv_sec");
    const std::string usec = straceField(t, "tv_usec");
    const std::string nsec = straceField(t, "tv_nsec");
    if (sec.empty())
        return -1;
    long seconds = 0;
    long fraction = 0;
    if (!toLong(sec, seconds))
        return -1;
    // A timeout is written in milliseconds as an int: longer ones wait as long as that allows.
    seconds = std::clamp(seconds, 0L, static_cast<long>(INT_MAX / 1000 - 1));
    if (!usec.empty() && toLong(usec, fraction))
        fraction /= 1000;
    else if (!nsec.empty() && toLong(nsec, fraction))
        fraction /= 1000000;
    else
        fraction = 0;
    return seconds * 1000 + std::clamp(fraction, 0L, 999L);
}

// pselect6 and epoll_pwait are select and epoll_wait with a signal mask for the wait. glibc
// makes select() a pselect6 on x86-64 and arm64, and epoll_wait() an epoll_pwait on arm64,
// so a program's plain calls show up as these. No mask (NULL) or an empty one is the plain
// call; another mask only matters for a signal that arrives during the wait, which a replay
// does not send, so it is noted and left out.
void signalMask(const std::string& mask, ConvertedCall& out)
{
    if (mask != "NULL" && mask.rfind("{[]", 0) != 0 && mask != "[]")
        out.note = "the signal mask " + mask + " is not replayed (the replay sends no signals)";
}

bool poll(const StraceCall& c, const CallFacts& facts, const Model& model, ConvertedCall& out,
          const SockFn& sock)
{
    std::string list;
    for (const std::string& item : items(arg(c, 0))) {
        // The kernel ignores an entry whose fd is negative, and so may the scenario.
        if (straceField(item, "fd").rfind('-', 0) == 0)
            continue;
        const std::string s = sock(straceField(item, "fd"));
        if (s.empty())
            return true;
        list += (list.empty() ? "" : ", ") + s + " " + straceField(item, "events");
    }
    out.call = "poll([" + list + "], " + arg(c, 2) + ")";
    out.waitsReady = true;
    if (!c.errorName.empty())
        return true;
    out.expects.push_back(std::to_string(c.value));
    for (const StraceRevents& r : straceReventsList(c.resultNote)) {
        const std::string name = nameOfFd(facts, model, r.fd);
        if (!name.empty())
            out.expects.push_back("revents " + name + " " + r.revents);
    }
    return true;
}

bool select(const StraceCall& c, const CallFacts& facts, const Model& model, ConvertedCall& out,
            const SockFn& sock)
{
    std::string sets[3];
    for (int k = 0; k < 3; ++k) {
        const std::string set = arg(c, static_cast<std::size_t>(k + 1));
        if (set == "NULL" || set.size() < 2)
            continue;
        for (const std::string& fd : straceFdTokens(std::string_view(set).substr(1, set.size() - 2))) {
            const std::string s = sock(fd);
            if (s.empty())
                return true;
            sets[k] += (sets[k].empty() ? "" : ", ") + s;
        }
    }
    out.call = "select([" + sets[0] + "], [" + sets[1] + "], [" + sets[2] + "], "
        + std::to_string(timevalMs(arg(c, 4))) + ")";
    if (c.name == "pselect6")
        signalMask(arg(c, 5), out);
    out.waitsReady = true;
    if (!c.errorName.empty())
        return true;
    out.expects.push_back(std::to_string(c.value));
    for (const StraceSetResult& back : straceSelectResults(c.resultNote)) {
        std::string names;
        for (const std::string& fd : straceFdTokens(back.inside))
            names += (names.empty() ? "" : " ") + nameOfFd(facts, model, fd.substr(0, fd.find('<')));
        out.expects.push_back(back.set + " [" + names + "]");
    }
    return true;
}

bool epoll(const StraceCall& c, const CallFacts& facts, const Model& model, ConvertedCall& out,
           const SockFn& sock)
{
    const std::string ep = sock(arg(c, 0));
    if (ep.empty())
        return true;
    if (c.name == "epoll_ctl") {
        const std::string s = sock(arg(c, 2));
        if (s.empty())
            return true;
        const std::string events = straceField(arg(c, 3), "events");
        out.call = "epoll_ctl(" + ep + ", " + arg(c, 1) + ", " + s + ", "
            + (events.empty() ? "0" : events) + ")";
        return true;
    }
    out.call = "epoll_wait(" + ep + ", " + arg(c, 2) + ", " + arg(c, 3) + ")";
    if (c.name == "epoll_pwait")
        signalMask(arg(c, 4), out);
    out.waitsReady = true;
    if (!c.errorName.empty())
        return true;
    out.expects.push_back(std::to_string(c.value));
    std::string events;
    for (const std::string& e : items(arg(c, 1))) {
        // The program's data is most often the fd (ev.data.fd = fd): named by it.
        const std::string name = nameOfFd(facts, model, straceField(e, "u32"));
        if (name.empty()) {
            out.note = "the event's data " + straceField(e, "u32")
                + " is no socket's fd, so which socket was ready is not checked";
            return true;
        }
        events += (events.empty() ? "" : ", ") + name + " " + straceField(e, "events");
    }
    out.expects.push_back("events [" + events + "]");
    return true;
}

bool options(const StraceCall& c, ConvertedCall& out, const SockFn& sock)
{
    const std::string s = sock(arg(c, 0));
    if (s.empty())
        return true;
    if (c.name == "getsockopt") {
        out.call = "getsockopt(" + s + ", " + arg(c, 1) + ", " + arg(c, 2) + ")";
        return true;
    }
    const std::string v = arg(c, 3);
    std::string value = straceBracketedNumber(v, true); // [1]: an int option
    std::string onoff, linger;
    if (value.empty() && straceLinger(v, onoff, linger))
        value = "{" + onoff + "," + linger + "}";
    else if (value.empty() && v.find("tv_sec=") != std::string::npos)
        value = std::to_string(timevalMs(v) / 1000.0);
    if (value.empty()) {
        out.why = "the option value " + v + " has no form in a scenario";
        return true;
    }
    out.call = "setsockopt(" + s + ", " + arg(c, 1) + ", " + arg(c, 2) + ", " + value + ")";
    return true;
}

bool control(const StraceCall& c, ConvertedCall& out, const SockFn& sock)
{
    const std::string s = sock(arg(c, 0));
    if (s.empty())
        return true;
    const std::string cmd = arg(c, 1);
    if (c.name == "ioctl") {
        if (cmd != "FIONREAD")
            return out.why = "ioctl " + cmd + ": the playground makes only FIONREAD", true;
        out.call = "ioctl(" + s + ", FIONREAD)";
        const std::string count = straceBracketedNumber(arg(c, 2), false);
        if (c.errorName.empty() && !count.empty())
            out.expects = { std::to_string(c.value), "value " + count };
        return true;
    }
    if (cmd == "F_GETFL")
        out.call = "fcntl(" + s + ", F_GETFL)";
    else if (cmd == "F_SETFL")
        out.call = "fcntl(" + s + ", F_SETFL, "
            + (arg(c, 2).find("O_NONBLOCK") != std::string::npos ? "O_NONBLOCK" : "0") + ")";
    else
        out.why = "fcntl " + cmd + ": the playground makes only F_GETFL and F_SETFL O_NONBLOCK";
    return true;
}

} // namespace

bool convertMore(const StraceCall& c, const CallFacts& facts, const Model& model,
                 ConvertedCall& out, const SockFn& sock)
{
    const std::string& n = c.name;
    if (n == "poll")
        return poll(c, facts, model, out, sock);
    if (n == "select" || n == "pselect6")
        return select(c, facts, model, out, sock);
    if (n == "epoll_ctl" || n == "epoll_wait" || n == "epoll_pwait")
        return epoll(c, facts, model, out, sock);
    if (n == "epoll_create1") {
        const std::string name = nameOfFd(facts, model, c.resultText);
        if (!name.empty() || !c.errorName.empty()) {
            out.assign = name.empty() ? "failed" + std::to_string(c.line) : name;
            out.call = "epoll_create1(" + arg(c, 0) + ")";
        }
        return true;
    }
    if (n == "setsockopt" || n == "getsockopt")
        return options(c, out, sock);
    if (n == "fcntl" || n == "ioctl")
        return control(c, out, sock);
    if (n == "socketpair" && c.args.size() == 4) {
        const std::vector<std::string> pair = items(arg(c, 3));
        if (pair.size() == 2 && c.errorName.empty()) {
            out.assign = nameOfFd(facts, model, pair[0]) + ", " + nameOfFd(facts, model, pair[1]);
            out.call = "socketpair(" + arg(c, 0) + ", " + arg(c, 1) + ", "
                + (arg(c, 2) == "IPPROTO_IP" ? "0" : arg(c, 2)) + ")";
        }
        return true;
    }
    return false;
}

} // namespace spg::straceimport
