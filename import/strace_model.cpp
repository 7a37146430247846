// The fd walk. The kernel keeps one socket however many processes hold it, and closes it at
// the last close(); the model does the same, so a child's close() of the listener it
// inherited is a remark, and the parent's later close() is the real one.
#include "import/strace_model.h"
#include "import/strace_fields.h"

#include "import/strace_log.h"

#include <algorithm>
#include <cctype>
#include <climits>

namespace spg::straceimport {

namespace {

struct Walk {
    const StraceLog& log;
    Model model;
    std::map<long, int> processOf;           // pid -> 1-based index
    std::vector<std::map<int, int>> tables;  // per process (index - 1): fd -> socket
    std::vector<int> refs;                   // per socket: how many fds hold it
    std::vector<std::string> lastAnnotation; // per socket
    // Per process: every fd it ever held, closed ones too. A fork child may use an fd its
    // parent closed after the fork: the log shows no fork, so the parent's past counts.
    std::vector<std::map<int, std::vector<int>>> history;
    std::vector<std::vector<std::size_t>> closes; // per socket: its close() calls

    int newSocket(std::size_t call, int process, const std::string& role)
    {
        ModelSocket s;
        s.role = role;
        s.process = process;
        s.createdAt = call;
        model.sockets.push_back(s);
        refs.push_back(0);
        closes.emplace_back();
        lastAnnotation.emplace_back();
        return static_cast<int>(model.sockets.size() - 1);
    }

    void hold(int process, int fd, int socket)
    {
        auto& table = tables[static_cast<std::size_t>(process - 1)];
        if (table.count(fd) && table[fd] == socket)
            return;
        table[fd] = socket;
        history[static_cast<std::size_t>(process - 1)][fd].push_back(socket);
        ++refs[static_cast<std::size_t>(socket)];
    }

    void learn(int socket, const std::string& annotation)
    {
        lastAnnotation[static_cast<std::size_t>(socket)] = annotation;
        const std::string local = annotationLocal(annotation);
        auto& locals = model.sockets[static_cast<std::size_t>(socket)].locals;
        if (!local.empty() && std::find(locals.begin(), locals.end(), local) == locals.end())
            locals.push_back(local);
    }

    // A socket fd this process never opened: inherited across fork from a process that
    // holds the same fd, the one whose socket looked the same (-yy) first.
    int inherit(std::size_t call, int process, int fd, const std::string& annotation)
    {
        int fallback = -1;
        for (std::size_t p = 0; p < tables.size(); ++p) {
            if (static_cast<int>(p + 1) == process || !history[p].count(fd))
                continue;
            const std::vector<int>& held = history[p].at(fd);
            for (auto s = held.rbegin(); s != held.rend(); ++s)
                if (lastAnnotation[static_cast<std::size_t>(*s)] == annotation)
                    return *s;
            if (fallback < 0 && tables[p].count(fd))
                fallback = tables[p].at(fd);
        }
        if (fallback >= 0)
            return fallback;
        const int s = newSocket(call, process, "old");
        model.sockets[static_cast<std::size_t>(s)].preexisting = true;
        return s;
    }

    int resolve(std::size_t call, int process, int fd, const std::string& annotation)
    {
        auto& table = tables[static_cast<std::size_t>(process - 1)];
        auto it = table.find(fd);
        if (it != table.end() && it->second >= 0)
            return it->second;
        if (annotation == "anon_inode:[eventpoll]") {
            const int s = newSocket(call, process, "ep");
            model.sockets[static_cast<std::size_t>(s)].epoll = true;
            model.sockets[static_cast<std::size_t>(s)].synthetic = true;
            model.calls[call].synthesize = s;
            hold(process, fd, s);
            return s;
        }
        if (!isSocketAnnotation(annotation))
            return -1;
        const int s = inherit(call, process, fd, annotation);
        hold(process, fd, s);
        return s;
    }

    void scanFds(std::size_t i, const std::string& text)
    {
        CallFacts& facts = model.calls[i];
        for (const StraceFdMention& mention : straceFdMentions(text)) {
            long number = 0;
            if (!toLong(mention.number, number) || number > INT_MAX)
                continue; // No descriptor is that large.
            const int fd = static_cast<int>(number);
            const std::string& annotation = mention.annotation;
            const int s = resolve(i, facts.process, fd, annotation);
            if (!facts.fds.count(fd))
                facts.fds[fd] = s;
            if (s >= 0)
                learn(s, annotation);
            else if (facts.notSocket.empty())
                facts.notSocket = std::to_string(fd) + "<" + annotation + ">";
        }
    }

    // epoll_wait's events carry the program's data, not an annotated fd: strace prints
    // data={u32=5, u64=5}. Most programs store the fd there (ev.data.fd = fd), so a u32
    // that is a socket this process holds names it; any other number names nothing.
    void readyData(std::size_t i, const std::string& events)
    {
        CallFacts& facts = model.calls[i];
        const auto& table = tables[static_cast<std::size_t>(facts.process - 1)];
        for (std::size_t at = events.find("u32="); at != std::string::npos;
             at = events.find("u32=", at + 4)) {
            const std::size_t digits = at + 4;
            std::size_t end = digits;
            while (end < events.size() && std::isdigit(static_cast<unsigned char>(events[end])))
                ++end;
            long number = 0;
            if (end == digits || !toLong(events.substr(digits, end - digits), number)
                || number > INT_MAX)
                continue;
            const int fd = static_cast<int>(number);
            const auto held = table.find(fd);
            if (held != table.end() && held->second >= 0)
                facts.fds.emplace(fd, held->second);
        }
    }

    void effects(std::size_t i);
    void run();
};

void Walk::effects(std::size_t i)
{
    const StraceCall& c = log.calls[i];
    CallFacts& facts = model.calls[i];
    const int proc = facts.process;
    const int first = facts.fds.empty() ? -1 : facts.fds.begin()->second;
    auto firstArg = [&]() -> int {
        int fd = 0;
        std::string a;
        return !c.args.empty() && splitFd(c.args[0], fd, a) && facts.fds.count(fd) ? facts.fds[fd]
                                                                                   : first;
    };
    int fd = 0;
    std::string annotation;
    auto made = [&](const std::string& role) {
        if (!c.known || c.value < 0 || !splitFd(c.resultText, fd, annotation))
            return -1;
        const int s = newSocket(i, proc, role);
        hold(proc, fd, s);
        learn(s, annotation);
        facts.fds[fd] = s;
        return s;
    };
    if (c.name == "socket") {
        const int s = made("sock");
        if (s >= 0 && c.args.size() > 1 && c.args[1].find("SOCK_DGRAM") != std::string::npos)
            model.sockets[static_cast<std::size_t>(s)].dgram = true;
    } else if (c.name == "accept" || c.name == "accept4")
        made("conn");
    else if (c.name == "epoll_create1" || c.name == "epoll_create") {
        const int s = made("ep");
        if (s >= 0)
            model.sockets[static_cast<std::size_t>(s)].epoll = true;
    } else if (c.name == "socketpair" && c.known && c.value == 0 && c.args.size() == 4
               && c.args[3].size() >= 2 && c.args[3].front() == '[' && c.args[3].back() == ']') {
        // The pair's two fds, "[3<UNIX:[1]>, 4<UNIX:[2]>]"; anything else is not strace's.
        for (const std::string& item :
             splitTopLevel(std::string_view(c.args[3]).substr(1, c.args[3].size() - 2)))
            if (splitFd(item, fd, annotation)) {
                const int s = newSocket(i, proc, "pair");
                hold(proc, fd, s);
                facts.fds[fd] = s;
            }
    }
    const int s = firstArg();
    if (s < 0)
        return;
    ModelSocket& sock = model.sockets[static_cast<std::size_t>(s)];
    if (c.name == "listen")
        sock.role = "srv";
    else if (c.name == "connect" && (sock.role == "sock" || sock.role == "udp"))
        sock.role = "cli";
    else if (c.name == "bind" && sock.role == "sock" && sock.dgram)
        sock.role = "udp";
    else if ((c.name == "sendto" || c.name == "sendmsg") && sock.role == "sock" && sock.dgram)
        sock.role = "cli"; // a datagram socket that sends before any bind is a client
    if ((c.name == "bind" || c.name == "getsockname") && c.args.size() > 1 && c.value == 0) {
        const std::string local = sockaddrText(c.args[1]);
        if (!local.empty() && local.size() > 2 && local.compare(local.size() - 2, 2, ":0") != 0)
            sock.locals.push_back(local);
    }
    if (c.name == "close" && splitFd(c.args.empty() ? "" : c.args[0], fd, annotation)) {
        tables[static_cast<std::size_t>(proc - 1)].erase(fd);
        --refs[static_cast<std::size_t>(s)];
        closes[static_cast<std::size_t>(s)].push_back(i);
    }
}

void Walk::run()
{
    model.calls.resize(log.calls.size());
    for (std::size_t i = 0; i < log.calls.size(); ++i) {
        const StraceCall& c = log.calls[i];
        auto [it, fresh] = processOf.emplace(c.pid, static_cast<int>(processOf.size() + 1));
        if (fresh) {
            tables.emplace_back();
            history.emplace_back();
        }
        model.calls[i].process = it->second;
        // What the call makes is not looked up: its result is a new fd.
        const bool makes = c.name == "socket" || c.name == "accept" || c.name == "accept4"
            || c.name == "epoll_create1" || c.name == "socketpair";
        std::string text;
        for (std::size_t a = 0; a < c.args.size(); ++a)
            if (!(c.name == "socketpair" && a == 3))
                text += " " + c.args[a] + ",";
        if (!makes)
            text += " " + c.resultText;
        scanFds(i, text);
        if ((c.name == "epoll_wait" || c.name == "epoll_pwait") && c.args.size() > 1)
            readyData(i, c.args[1]);
        effects(i);
    }
    // The kernel closes a socket at the last close() of any process holding it; every
    // earlier close() only drops one process's descriptor.
    // A socket some process still holds when the log ends was never closed by the kernel.
    for (std::size_t s = 0; s < closes.size(); ++s) {
        const std::vector<std::size_t>& list = closes[s];
        const bool held = refs[s] > 0;
        for (std::size_t k = 0; k < list.size() && (held || k + 1 < list.size()); ++k) {
            model.calls[list[k]].closeShared = true;
            model.calls[list[k]].sharedWith = held ? -1 : static_cast<int>(list.back());
        }
    }
    model.processes = static_cast<int>(processOf.size());
    std::map<std::string, int> used;
    for (ModelSocket& s : model.sockets) {
        const std::string base =
            (model.processes > 1 ? "p" + std::to_string(s.process) + "_" : "") + s.role;
        const int n = ++used[base];
        s.name = n == 1 ? base : base + std::to_string(n);
    }
}

} // namespace

bool isSocketAnnotation(const std::string& a)
{
    for (const char* p :
         { "TCP", "UDP", "UNIX", "socket:", "NETLINK", "SCTP", "RAW", "PACKET", "ICMP" })
        if (a.rfind(p, 0) == 0)
            return true;
    return false;
}

std::string annotationLocal(const std::string& a)
{
    const std::size_t open = a.find(":[");
    if (open == std::string::npos || a.back() != ']' || a.rfind("UNIX", 0) == 0)
        return {};
    std::string inner = a.substr(open + 2, a.size() - open - 3);
    const std::size_t arrow = inner.find("->");
    if (arrow != std::string::npos)
        inner = inner.substr(0, arrow);
    if (inner.find(':') == std::string::npos)
        return {}; // an inode number
    return inner;
}

Model buildModel(const StraceLog& log)
{
    Walk w { log, {}, {}, {}, {}, {}, {}, {} };
    w.run();
    return w.model;
}

} // namespace spg::straceimport
