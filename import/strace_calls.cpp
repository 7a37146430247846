// Each call's strace arguments rewritten in the scenario grammar (README "Grammar"). What
// the grammar has no form for is not guessed at: the call becomes a comment that says why.
#include "import/strace_calls.h"
#include "import/strace_fields.h"

#include "core/scenario/scenario.h"
#include "core/words/calls.h"
#include "core/words/errno_names.h"

#include <algorithm>
#include <functional>

namespace spg::straceimport {

namespace {

struct Ctx {
    const StraceCall& c;
    const CallFacts& facts;
    const Model& model;
    std::size_t index;
    ConvertedCall out;

    // The name of the socket an fd argument ("3<TCP:[...]>") is, or "" (why is set).
    std::string sock(const std::string& text)
    {
        int fd = 0;
        std::string annotation;
        if (!splitFd(text, fd, annotation) || !facts.fds.count(fd)) {
            out.why = "\"" + text + "\" is not a descriptor the log shows";
            return {};
        }
        const int s = facts.fds.at(fd);
        if (s < 0) {
            out.why = "fd " + text + " is not a socket";
            return {};
        }
        const ModelSocket& m = model.sockets[static_cast<std::size_t>(s)];
        if (m.preexisting) {
            out.why = "fd " + std::to_string(fd) + " was opened before the log began";
            return {};
        }
        return m.name;
    }

    std::string arg(std::size_t i) const { return i < c.args.size() ? c.args[i] : std::string(); }
    void fail(const std::string& why) { out.call.clear(), out.why = why; }
    std::string address(const std::string& text);
    void bytesExpect(const std::string& shown);
    void result();
};

// An address argument: another socket's address becomes a reference (srv.local), so the
// replay reaches the replay's own listener on whatever port the kernel gives it this time.
std::string Ctx::address(const std::string& text)
{
    std::string a = sockaddrText(text);
    if (a.empty()) {
        out.why = "the address " + text + " has no form in a scenario";
        return {};
    }
    // A socket bound to the wildcard (an unbound UDP client after its first send shows
    // 0.0.0.0:PORT) is reached on loopback at the same port.
    const std::string port = a.substr(a.rfind(':') + 1);
    for (int pass = 0; pass < 2; ++pass)
        for (const ModelSocket& s : model.sockets) {
            if (s.createdAt >= index || s.preexisting)
                continue;
            for (const std::string& l : s.locals)
                if (pass == 0 ? l == a
                              : (l == "0.0.0.0:" + port || l == "[::]:" + port)
                            && a.rfind("unix:", 0) != 0)
                    return s.name + ".local";
        }
    if (a.rfind("0.0.0.0:", 0) == 0) {
        out.note = "0.0.0.0 (every interface) replays as 127.0.0.1, to stay on loopback";
        return "127.0.0.1" + a.substr(7);
    }
    if (a.rfind("[::]:", 0) == 0) {
        out.note = "[::] (every interface) replays as [::1], to stay on loopback";
        return "[::1]" + a.substr(4);
    }
    if (a.rfind("unix:/", 0) == 0) {
        const std::string base = a.substr(a.rfind('/') + 1);
        out.note = a + " replays as unix:" + base + ", in the run's scratch folder";
        return "unix:" + base;
    }
    const bool loop = a.rfind("127.", 0) == 0 || a.rfind("[::1]", 0) == 0
        || a.rfind("unix:", 0) == 0 || a.rfind("[::ffff:127.", 0) == 0;
    if (!loop) {
        out.why = "the address " + a + " is not on this machine; a lab replays on loopback only";
        return {};
    }
    return a;
}

void Ctx::bytesExpect(const std::string& shown)
{
    std::string bytes;
    bool truncated = false;
    if (c.value > 0 && decodeStraceString(shown, bytes, truncated))
        out.expects.push_back(std::string(truncated ? "prefix " : "") + spg::core::cString(bytes));
}

// The return value, or the errno, as the first clause.
void Ctx::result()
{
    if (!c.errorName.empty()) {
        if (spg::core::errnoFromName(c.errorName) < 0)
            out.note = "the errno " + c.errorName + " is not known here; not checked";
        else
            out.expects.insert(out.expects.begin(), c.errorName);
        return;
    }
    if (c.known && out.assign.empty())
        out.expects.insert(out.expects.begin(), std::to_string(c.value));
}

std::string flagsText(std::string f)
{
    // The playground never lets SIGPIPE kill a run, so MSG_NOSIGNAL changes nothing.
    for (const char* drop : { "|MSG_NOSIGNAL", "MSG_NOSIGNAL|", "MSG_NOSIGNAL" }) {
        const std::size_t at = f.find(drop);
        if (at != std::string::npos)
            f.erase(at, std::string(drop).size());
    }
    return f.empty() ? "0" : f;
}

std::string protocolText(const std::string& p)
{
    return p == "IPPROTO_IP" ? "0" : p;
}

// sendmsg/recvmsg: the iovecs' bases and lengths, and the msg_name address.
bool iovecs(const std::string& msg, std::vector<std::string>& bases,
            std::vector<std::string>& lengths)
{
    for (StraceIovec& iov : straceIovecs(msg)) {
        bases.push_back(std::move(iov.base));
        lengths.push_back(std::move(iov.length));
    }
    return !lengths.empty();
}

void convertData(Ctx& x, const std::string& name)
{
    const StraceCall& c = x.c;
    const std::string s = x.sock(x.arg(0));
    if (s.empty())
        return;
    std::string bytes;
    bool truncated = false;
    x.out.blocks = true;
    if (name == "write" || name == "send" || name == "sendto") {
        if (!decodeStraceString(x.arg(1), bytes, truncated) || truncated)
            return x.fail("its payload was cut short by strace -s; run strace with a larger -s");
        const std::string payload = spg::core::cString(bytes);
        if (name == "write")
            x.out.call = "write(" + s + ", " + payload + ")";
        else if (name == "send" || x.arg(4) == "NULL" || x.arg(4).empty())
            x.out.call = "send(" + s + ", " + payload + ", " + flagsText(x.arg(3)) + ")";
        else {
            const std::string to = x.address(x.arg(4));
            if (to.empty())
                return x.fail(x.out.why);
            x.out.call =
                "sendto(" + s + ", " + payload + ", " + flagsText(x.arg(3)) + ", " + to + ")";
        }
    } else if (name == "read") {
        x.out.call = "read(" + s + ", " + x.arg(2) + ")";
    } else if (name == "recv" || name == "recvfrom") {
        const bool from = name == "recvfrom" && x.arg(4) != "NULL";
        x.out.call = std::string(from ? "recvfrom(" : "recv(") + s + ", " + x.arg(2) + ", "
            + flagsText(x.arg(3)) + ")";
    }
    x.result();
    if (name == "read" || name == "recv" || name == "recvfrom")
        x.bytesExpect(x.arg(1));
    else if (c.known && c.value >= 0 && static_cast<std::size_t>(c.value) != bytes.size())
        x.out.note = "the kernel took " + std::to_string(c.value) + " of "
            + std::to_string(bytes.size()) + " bytes";
}

void convertMsg(Ctx& x, bool send)
{
    const std::string s = x.sock(x.arg(0));
    if (s.empty())
        return;
    std::vector<std::string> bases, lengths;
    if (!iovecs(x.arg(1), bases, lengths))
        return x.fail("its msghdr has no iovec the import can read");
    x.out.blocks = true;
    std::string list;
    std::string received;
    for (std::size_t i = 0; i < bases.size(); ++i) {
        std::string bytes;
        bool truncated = false;
        const bool decoded = decodeStraceString(bases[i], bytes, truncated);
        if (send && (!decoded || truncated))
            return x.fail("its payload was cut short by strace -s");
        list += (i ? ", " : "") + (send ? spg::core::cString(bytes) : lengths[i]);
        received += bytes;
    }
    std::string to;
    const std::string name = straceField(x.arg(1), "msg_name");
    if (send && !name.empty() && name != "NULL") {
        if (const std::string named = straceMsgName(x.arg(1)); !named.empty())
            to = x.address(named);
        if (to.empty())
            return x.fail(x.out.why);
    }
    x.out.call = std::string(send ? "sendmsg(" : "recvmsg(") + s + ", [" + list + "], "
        + flagsText(x.arg(2)) + (to.empty() ? "" : ", " + to) + ")";
    x.result();
    if (!send && x.c.value > 0)
        x.out.expects.push_back(
            spg::core::cString(received.substr(0, static_cast<std::size_t>(x.c.value))));
}

} // namespace

// Defined in strace_calls_more.cpp: poll, select, epoll, fcntl, ioctl and options.
bool convertMore(const StraceCall& c, const CallFacts& facts, const Model& model,
                 ConvertedCall& out, const std::function<std::string(const std::string&)>& sock);

ConvertedCall convertCall(const StraceLog& log, std::size_t index, const Model& model)
{
    const StraceCall& c = log.calls[index];
    Ctx x { c, model.calls[index], model, index, {} };
    const std::string& n = c.name;
    int fd = 0;
    std::string annotation;
    if (!c.returned)
        x.out.why = "the call never returned before the log ended";
    else if (n == "socket") {
        const bool family =
            x.arg(0) == "AF_INET" || x.arg(0) == "AF_INET6" || x.arg(0) == "AF_UNIX";
        if (!family)
            x.out.why =
                "family " + x.arg(0) + ": a lab makes AF_INET, AF_INET6 and AF_UNIX sockets";
        else if (splitFd(c.resultText, fd, annotation) && model.calls[index].fds.count(fd)) {
            x.out.assign =
                model.sockets[static_cast<std::size_t>(model.calls[index].fds.at(fd))].name;
            x.out.call =
                "socket(" + x.arg(0) + ", " + x.arg(1) + ", " + protocolText(x.arg(2)) + ")";
        } else
            x.out.call =
                "socket(" + x.arg(0) + ", " + x.arg(1) + ", " + protocolText(x.arg(2)) + ")";
        if (!x.out.call.empty() && x.out.assign.empty())
            x.out.assign = "failed" + std::to_string(c.line);
    } else if (n == "accept" || n == "accept4") {
        const std::string s = x.sock(x.arg(0));
        if (!s.empty()) {
            x.out.blocks = true;
            x.out.call = n == "accept"
                ? "accept(" + s + ")"
                : "accept4(" + s + ", " + (x.arg(3) == "0" ? "0" : x.arg(3)) + ")";
            if (splitFd(c.resultText, fd, annotation) && model.calls[index].fds.count(fd))
                x.out.assign =
                    model.sockets[static_cast<std::size_t>(model.calls[index].fds.at(fd))].name;
            else
                x.out.assign = "failed" + std::to_string(c.line);
        }
    } else if (n == "bind" || n == "connect") {
        const std::string s = x.sock(x.arg(0));
        const std::string a = s.empty() ? "" : x.address(x.arg(1));
        if (!a.empty()) {
            x.out.call = n + "(" + s + ", " + a + ")";
            x.out.blocks = n == "connect";
        }
    } else if (n == "listen" || n == "shutdown") {
        const std::string s = x.sock(x.arg(0));
        if (!s.empty())
            x.out.call = n + "(" + s + ", " + x.arg(1) + ")";
    } else if (n == "close" || n == "getsockname" || n == "getpeername") {
        const std::string s = x.sock(x.arg(0));
        if (!s.empty() && x.facts.closeShared && n == "close")
            x.out.why = s + " is shared across fork; the kernel closes it at its last close() ("
                + (x.facts.sharedWith < 0
                       ? std::string("none: a process still holds it when the log ends")
                       : "line "
                           + std::to_string(
                               log.calls[static_cast<std::size_t>(x.facts.sharedWith)].line))
                + "), and so does the replay";
        else if (!s.empty())
            x.out.call = n + "(" + s + ")";
    } else if (n == "read" || n == "write" || n == "send" || n == "sendto" || n == "recv"
               || n == "recvfrom")
        convertData(x, n);
    else if (n == "sendmsg" || n == "recvmsg")
        convertMsg(x, n == "sendmsg");
    else if (n == "clone" || n == "clone3" || n == "fork" || n == "vfork")
        x.out.why = "the playground is one process; each process's sockets keep their own names "
                    "(p1_, p2_ ...)";
    else if (!convertMore(c, x.facts, model, x.out,
                          [&x](const std::string& t) { return x.sock(t); })) {
        x.out.why = spg::core::findCall(n)
            ? n + "(): this form of the call has no line in a scenario"
            : "the playground has no " + n + "() call";
    }
    if (!x.out.call.empty() && x.out.expects.empty() && n != "socket" && n != "accept"
        && n != "accept4")
        x.result();
    else if (!x.out.call.empty() && (n == "socket" || n == "accept" || n == "accept4")
             && !c.errorName.empty())
        x.result();
    if (x.out.call.empty() && x.out.why.empty())
        x.out.why = "it cannot be replayed";
    if (x.out.call.empty())
        x.out.assign.clear();
    return x.out;
}

} // namespace spg::straceimport
