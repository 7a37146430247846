// The C exporter: main() holds one block of plain socket code per step, in order, each
// printing its strace-style line; background calls run on pthreads that `wait` joins.
// The engine keeps fds non-blocking and emulates blocking mode; a plain program just uses
// blocking fds, which behaves the same from the caller's side.
#include "export/scenario_export.h"

#include "core/scenario/scenario_expect.h"
#include "core/words/errno_names.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace spg::core {

namespace {

using namespace c_export;

constexpr std::size_t kMaxReceive = 64u << 20; // The engine refuses larger buffers.

constexpr const char* kAbout =
    " * The scenario's calls in the same order, each printing one strace-style line. An\n"
    " * expectation that does not hold prints \"expect failed: line N: ...\" (N is the\n"
    " * scenario's line) and exits with status 1.\n"
    " *\n"
    " * Build and run:\n";

struct Sock {
    std::string c; // Its C variable.
    int domain = 0;
    bool closed = false;
    int job = -1; // The unjoined background call that creates it.
};

struct Job {
    std::string var;     // job_conn
    std::string name;    // conn ("" = anonymous)
    std::string assigns; // The socket set from the result at the join.
    bool thread = false; // false: a call that never blocks, made at once in main
    bool joined = false;
};

class Generator {
public:
    Generator(const Scenario& s, std::size_t strsize) : m_scenario(s), m_strsize(strsize) { }
    std::string run(const std::string& sourceName);

private:
    void scan();
    void step(const Step& s, std::size_t index);
    void call(const Step& s, std::size_t index);
    Lines checks(const Step& s, const Code& code, bool closedAfter);
    // `expect within`: the clock is read before the call's statements.
    static void timeCall(const Step& s, Code& code)
    {
        for (const Expectation& e : s.expects)
            if (e.kind == ExpectKind::Within) {
                code.body.insert(code.body.begin(), "long t0_ms = now_ms();");
                return;
            }
    }
    void startJob(const Job& job, const Addr& a, const std::string& fd, const Lines& lines,
                  const std::string& source);
    void join(Job& j, const std::string& why);
    void needSocket(const std::string& name);
    std::string eventsCheck(const Step& s, const Expectation& e, const Code& code);
    KnownFds knownFds() const;
    void emit(const std::string& line, std::size_t depth = 1)
    {
        m_body += std::string(4 * depth, ' ') + wrapStatement(line, 4 * depth) + "\n";
    }

    const Scenario& m_scenario;
    std::size_t m_strsize;
    std::uint64_t m_helpers = 0;
    bool m_track = false;
    std::string m_functions;               // One thread function per background call.
    std::string m_body;                    // main's statements
    std::map<std::string, Sock> m_sockets; // By scenario name.
    Lines m_declared;                      // C names of the sockets main declares
    std::set<std::string> m_read;          // Socket names some step reads.
    std::vector<Job> m_jobs;
    std::map<std::size_t, Lines> m_save; // close step -> its addresses a later step names
    std::set<std::string> m_saved;       // "srv.local": kept before srv was closed
};

// Which socket names are read, and which addresses must outlive a close.
void Generator::scan()
{
    const auto& steps = m_scenario.steps;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& s = steps[i];
        m_read.insert(s.socket);
        m_read.insert(s.address.socket);
        m_read.insert(s.watched);
        for (const PollArg& a : s.pollFds)
            m_read.insert(a.socket);
        for (const auto& set : s.fdSets)
            m_read.insert(set.begin(), set.end());
        for (const KeventArg& k : s.changes)
            m_read.insert(k.socket);
        for (const Expectation& e : s.expects) {
            if (e.kind == ExpectKind::State || e.kind == ExpectKind::Queue
                || e.kind == ExpectKind::Backlog)
                m_read.insert(s.assign);
            m_read.insert(e.peer.socket);
            m_track = m_track || (s.kind == StepKind::Call && e.kind == ExpectKind::State);
        }
        if (s.kind != StepKind::Call || s.call != CallKind::Close)
            continue;
        for (std::size_t j = i + 1;
             j < steps.size() && steps[j].assign != s.socket && steps[j].assign2 != s.socket; ++j) {
            const std::string which = steps[j].address.peer ? "peer" : "local";
            Lines& keep = m_save[i];
            if (steps[j].address.socket == s.socket
                && std::find(keep.begin(), keep.end(), which) == keep.end())
                keep.push_back(which);
        }
    }
}

std::string Generator::run(const std::string& sourceName)
{
    scan();
    for (std::size_t i = 0; i < m_scenario.steps.size(); ++i)
        step(m_scenario.steps[i], i);
    for (Job& j : m_jobs)
        if (!j.joined)
            join(j, "The scenario ends once every background call has finished.");

    const std::string file = sourceName.substr(sourceName.find_last_of('/') + 1);
    std::string base = file.substr(0, file.rfind('.'));
    const auto odd = [](unsigned char c) { return !std::isalnum(c) && c != '_' && c != '-'; };
    if (base.empty() || std::any_of(base.begin(), base.end(), odd))
        base = "scenario";
    const std::string title = m_scenario.title.empty() ? "" : " (" + m_scenario.title + ")";
    const std::string about =
        cComment(base + ".c: exported by Socket Playground from " + file + title + ".", "");
    std::string out = "/*\n * " + about.substr(3, about.size() - 7) + "\n *\n" + kAbout
        + " *     cc -std=c11 -Wall -Wextra -Werror -pthread " + base + ".c -o " + base
        + "\n *     ./" + base + "\n */\n";
    out += prelude(m_helpers, m_strsize) + m_functions + "\nint main(void)\n{\n";
    std::string decl;
    for (const std::string& c : m_declared)
        decl += (decl.empty() ? "" : ", ") + c + " = -1";
    if (!decl.empty())
        out += "    " + wrapStatement("int " + decl + "; /* the scenario's sockets */", 4) + "\n";
    for (const std::string& ref : m_saved) {
        const std::string v = "saved_" + replaceAll(ref, ".", "_");
        out += "    struct sockaddr_storage " + v + ";\n    socklen_t " + v + "_len = 0;\n";
    }
    out += "\n    setvbuf(stdout, NULL, _IOLBF, 0); /* each line as soon as it happens */\n";
    if (m_helpers & HelperKqueue) { // Compiles everywhere; runs where kqueue exists.
        const bool uses64 = std::any_of(m_scenario.steps.begin(), m_scenario.steps.end(),
                                        [](const Step& s) { return s.call == CallKind::Kevent64; });
        out += std::string("    if (!") + (uses64 ? "KEVENT64_HOST" : "KQUEUE_HOST")
            + ") {\n        printf(\"%s\\n\", "
            + cLiteral(file + (uses64 ? ": kevent64() is for macOS; this system does not have it, "
                                        "so nothing was run"
                                      : ": kqueue(), kevent() and kevent64() are for macOS and the "
                                        "BSDs; this system does not have them, so nothing was run"))
            + ");\n        return 77; /* skipped */\n    }\n";
    }
    return out + m_body + "    return 0;\n}\n";
}

// A socket made by a background call exists once that call is joined.
void Generator::needSocket(const std::string& name)
{
    auto it = m_sockets.find(name);
    if (it != m_sockets.end() && it->second.job >= 0 && !m_jobs[it->second.job].joined)
        join(m_jobs[it->second.job], name + " comes from a background call: wait for it first.");
}

void Generator::join(Job& j, const std::string& why)
{
    j.joined = true;
    if (!j.thread)
        return;
    m_body += "\n" + cComment(why, "    ");
    emit("pthread_join(" + j.var + ".thread, NULL);");
    if (!j.assigns.empty()) {
        emit(m_sockets[j.assigns].c + " = (int)" + j.var + ".result;");
        m_sockets[j.assigns].job = -1;
    }
}

void Generator::step(const Step& s, std::size_t index)
{
    if (s.kind == StepKind::Call) {
        call(s, index);
        return;
    }
    if (s.kind == StepKind::Wait) {
        for (Job& j : m_jobs)
            if (!j.joined && (s.waitFor.empty() || j.name == s.waitFor))
                join(j, s.comment.empty() ? s.source : s.source + ": " + s.comment);
        return;
    }
    m_body += "\n" + (s.comment.empty() ? "" : cComment(s.comment, "    "));
    emit("{");
    if (s.kind == StepKind::Sleep) {
        emit("struct timespec ts = { " + num(s.sleepMs / 1000) + ", " + num(s.sleepMs % 1000)
                 + " * 1000000L }; /* sleep(" + num(s.sleepMs) + ") */",
             2);
        emit("nanosleep(&ts, NULL);", 2);
    }
    emit("}");
}

void Generator::call(const Step& s, std::size_t index)
{
    const std::string L = num(s.line);
    needSocket(s.socket);
    needSocket(s.address.socket);
    needSocket(s.watched);
    for (const PollArg& a : s.pollFds)
        needSocket(a.socket);
    for (const auto& set : s.fdSets)
        for (const std::string& name : set)
            needSocket(name);
    for (const KeventArg& k : s.changes)
        needSocket(k.socket);
    m_body += "\n" + (s.comment.empty() ? "" : cComment(s.comment, "    "));
    for (const std::string& which : m_sockets[s.socket].closed ? Lines() : m_save[index]) {
        const std::string v = "saved_" + s.socket + "_" + which;
        m_saved.insert(s.socket + "." + which);
        emit(v + "_len = sizeof " + v + "; /* a later step uses " + s.socket + "." + which + " */");
        emit("if (get" + std::string(which == "peer" ? "peer" : "sock") + "name("
             + m_sockets[s.socket].c + ", (struct sockaddr *)&" + v + ", &" + v + "_len) < 0)");
        emit(v + "_len = 0;", 2);
    }
    // poll() and select() ask the kernel about closed sockets too (POLLNVAL, EBADF).
    const bool closed = !s.socket.empty() && m_sockets[s.socket].closed
        && callSpec(s.call).blocks != Blocks::UntilReady;
    const bool thread = s.background && blockingCall(s.call) && !closed;
    const CallSpec& spec = callSpec(s.call);
    const bool makes = (spec.has(MakesSocket) || spec.has(MakesFd)) && !spec.has(MakesTwo) && !closed;
    const int domain = s.socket.empty() ? s.domain : m_sockets[s.socket].domain;
    for (const std::string& name : { s.assign, s.assign2 }) {
        if (name.empty() || !(makes || s.call == CallKind::Socketpair)
            || (thread && !m_read.count(name)))
            continue;
        Sock& n = m_sockets[name];
        if (n.c.empty())
            m_declared.push_back(n.c = cName(name));
        n.domain = domain;
        n.closed = false;
    }
    Job job;
    if (s.background) {
        job.name = s.assign;
        job.var = "job_" + (s.assign.empty() ? "line" + L : cName(s.assign));
        for (const Job& j : m_jobs)
            job.var += j.var == job.var ? "_" + L : "";
        job.thread = thread;
        if (thread && makes && m_read.count(s.assign)) {
            job.assigns = s.assign;
            m_sockets[s.assign].job = static_cast<int>(m_jobs.size());
        }
        m_jobs.push_back(job);
    }
    CallContext context;
    context.first = s.assign.empty() ? "" : m_sockets[s.assign].c;
    context.second = s.assign2.empty() ? "" : m_sockets[s.assign2].c;
    context.domain = domain;
    context.track = m_track;
    context.socketClosed = !s.socket.empty() && m_sockets[s.socket].closed;
    if (!s.watched.empty())
        context.watched = { m_sockets[s.watched].c, m_sockets[s.watched].closed };
    for (const PollArg& p : s.pollFds)
        context.pollFds.emplace_back(m_sockets[p.socket].c, m_sockets[p.socket].closed);
    for (std::size_t k = 0; k < s.fdSets.size(); ++k)
        for (const std::string& name : s.fdSets[k])
            context.fdSets[k].emplace_back(m_sockets[name].c, m_sockets[name].closed);
    for (const KeventArg& k : s.changes)
        context.keventIdents.push_back(k.socket.empty() ? "" : m_sockets[k.socket].c);
    if (s.address.isRef()) {
        context.refSocket = m_sockets[s.address.socket].c;
        context.refKept = m_sockets[s.address.socket].closed
            && m_saved.count(s.address.socket + "." + (s.address.peer ? "peer" : "local"));
    }
    Addr a;
    if (!closed && !s.address.text().empty()
        && (s.call == CallKind::Bind || s.call == CallKind::Connect || s.call == CallKind::SendTo
            || s.call == CallKind::SendMsg))
        a = addressCode(s, context, m_helpers);
    std::size_t total = 0;
    for (std::size_t n : s.iovLengths)
        total += n;
    if (total > kMaxReceive)
        a.refused = "buffer of " + num(static_cast<long>(total))
            + " bytes is larger than the playground's limit of 64 MiB";

    const std::string fd = s.socket.empty() ? "" : m_sockets[s.socket].c;
    Code code;
    std::map<std::string, std::string> sub;
    if (closed) {
        m_helpers |= HelperBase;
        m_body += cComment(s.socket
                               + " was closed: the playground answers EBADF without asking the "
                                 "kernel, since fd "
                               + fd + " may belong to another socket by now.",
                           "    ");
        code.body = { "errno = EBADF;",
                      "print_call(-1, \"" + std::string(callName(s.call)) + "(%d, ...)\", " + fd
                          + ");" };
        sub = { { "$FD", fd }, { "$R", "-1" }, { "$I", "-1" } };
        timeCall(s, code);
        for (const std::string& check : checks(s, code, true))
            code.body.push_back(check);
    } else if (!a.refused.empty()) {
        m_helpers |= HelperFail;
        code.body = {
            "printf(\"%s\\n\", "
                + cLiteral(std::string(callName(s.call)) + "(...) not made: " + a.refused) + ");",
            "fail(" + L + ", \"%s\", " + cLiteral("the call could not be made: " + a.refused) + ");"
        };
        a = Addr {};
    } else {
        code = callCode(s, context, m_helpers);
        const std::string target = s.assign.empty() ? "" : m_sockets[s.assign].c;
        const bool data =
            spec.has(CarriesBytes);
        if (thread)
            sub = { { "$FD", "job->fd" },
                    { "$R", "job->result" },
                    { "$I", "(int)job->result" },
                    { "$D", "job->result = " } };
        else if (makes && !target.empty())
            sub = { { "$FD", fd }, { "$R", target }, { "$I", target }, { "$D", target + " = " } };
        else
            sub = { { "$FD", fd },
                    { "$R", data ? "n" : "r" },
                    { "$I", "r" },
                    { "$D", data ? "ssize_t n = " : "int r = " } };
        sub["$SA"] = thread && a.sa != "NULL" ? "(struct sockaddr *)&job->addr" : a.sa;
        sub["$LEN"] = thread && a.sa != "NULL" ? "job->addrlen" : a.len;
        timeCall(s, code);
        for (const std::string& check : checks(s, code, s.call == CallKind::Close))
            code.body.push_back(check);
    }
    Lines lines = code.body;
    lines.insert(lines.end(), code.tail.begin(), code.tail.end());
    for (std::string& l : lines)
        for (const auto& [from, to] : sub)
            l = replaceAll(l, from, to);
    if (s.call == CallKind::Close && !s.socket.empty())
        m_sockets[s.socket].closed = true; // Even when close() fails, as in the engine.
    if (thread) {
        startJob(job, a, fd, lines, s.source);
        return;
    }
    const bool block = s.call != CallKind::Socket || closed || !a.lines.empty();
    if (block)
        emit("{");
    for (const Lines* part : { &a.lines, &lines, &a.cleanup })
        for (const std::string& l : *part)
            emit(l, block ? 2 : 1);
    if (block)
        emit("}");
}

// A background call: its own thread function, started from main with its socket and address.
void Generator::startJob(const Job& job, const Addr& a, const std::string& fd, const Lines& lines,
                         const std::string& source)
{
    m_helpers |= HelperJob;
    std::string shown;
    for (char c : source) // The line as written, without its padding.
        if (!(c == ' ' && !shown.empty() && shown.back() == ' '))
            shown += c;
    m_functions += "\nstatic struct job " + job.var + ";\n\n" + cComment(shown, "")
        + "static void *" + job.var + "_run(void *arg)\n{\n    struct job *job = arg;\n";
    for (const std::string& l : lines)
        m_functions += "    " + wrapStatement(l, 4) + "\n";
    m_functions += "    return NULL;\n}\n";
    const bool block = !a.lines.empty();
    const std::size_t depth = block ? 2 : 1;
    if (block)
        emit("{");
    for (const std::string& l : a.lines)
        emit(l, depth);
    if (a.sa != "NULL") {
        emit("memcpy(&" + job.var + ".addr, " + a.sa + ", " + a.len + ");", depth);
        emit(job.var + ".addrlen = " + a.len + ";", depth);
    }
    for (const std::string& l : a.cleanup)
        emit(l, depth);
    emit(job.var + ".fd = " + fd + "; /* on its own thread until waited for */", depth);
    emit("if (pthread_create(&" + job.var + ".thread, NULL, " + job.var + "_run, &" + job.var
             + ") != 0) {",
         depth);
    emit("perror(\"pthread_create\");", depth + 1);
    emit("return 1;", depth + 1);
    emit("}", depth);
    if (block)
        emit("}");
}

// The fds the program holds now and their scenario names, as two C array initialisers and
// their count: expect events and expect kevents map what came back to names with them.
KnownFds Generator::knownFds() const
{
    KnownFds k;
    for (const auto& [name, sock] : m_sockets)
        if (!sock.c.empty() && !sock.closed) {
            k.fds += (k.fds.empty() ? "" : ", ") + sock.c;
            k.names += (k.names.empty() ? "" : ", ") + cLiteral(name);
            ++k.count;
        }
    return k;
}

// expect events: the names of the fds the program holds now map each event's data back.
std::string Generator::eventsCheck(const Step& s, const Expectation& e, const Code& code)
{
    const KnownFds known = knownFds();
    std::string wantNames, wantBits;
    for (std::size_t i = 0; i < e.sockets.size(); ++i) {
        wantNames += (i ? ", " : "") + cLiteral(e.sockets[i]);
        wantBits += (i ? ", " : "") + num(static_cast<long>(e.eventBits[i])) + "u";
    }
    m_helpers |= HelperExpectEvents;
    return "expect_events(" + num(s.line) + ", $R, " + code.events + ", " + cArray("int", known.fds)
        + ", " + cArray("char *const", known.names) + ", " + num(known.count) + ", "
        + cArray("char *const", wantNames) + ", " + cArray("unsigned", wantBits) + ", "
        + num(static_cast<long>(e.sockets.size())) + ", " + (e.has ? "1" : "0") + ");";
}

Lines Generator::checks(const Step& s, const Code& code, bool closedAfter)
{
    Lines out;
    const std::string head = "(" + num(s.line) + ", ";
    bool timed = false;
    for (const Expectation& e : s.expects) {
        const std::string rel = cRelation(e.relation) + ", " + num(e.number) + ");";
        const std::string what = cLiteral(expectationLabel(e));
        const std::string wanted = cLiteral(e.text) + ", " + num(static_cast<long>(e.text.size()));
        // As the player: a state after accept() is the new socket's, a queue the listener's.
        const bool created =
            (e.kind == ExpectKind::State && callSpec(s.call).has(MakesSocket)) || s.socket.empty();
        const std::string fd = !created || s.assign.empty() ? "$FD"
            : s.call == CallKind::Socketpair                ? m_sockets[s.assign].c
                                                            : "$I";
        const std::string closed = closedAfter ? "1, " : "0, ";
        switch (e.kind) {
        case ExpectKind::None: break;
        case ExpectKind::Result:
            m_helpers |= HelperExpectResult;
            out.push_back("expect_result" + head + "$R, " + rel);
            break;
        case ExpectKind::Errno:
            m_helpers |= HelperExpectErrno;
            // A name the C library defines, or the number of one the table lacks ("E4000").
            out.push_back("expect_errno" + head + "$R, "
                          + (e.text.size() > 1 && (e.text[1] < '0' || e.text[1] > '9') ? e.text
                                                                                      : std::to_string(e.error))
                          + ", \"" + e.text + "\");");
            break;
        case ExpectKind::Bytes:
            m_helpers |= HelperExpectBytes;
            out.push_back("expect_bytes" + head + "$R, " + what + ", " + code.got + ", " + wanted + ");");
            break;
        case ExpectKind::Prefix:
        case ExpectKind::Contains:
        case ExpectKind::Matches:
        case ExpectKind::Length: {
            m_helpers |= HelperExpectSome;
            const std::string kind = e.kind == ExpectKind::Prefix ? "PREFIX"
                : e.kind == ExpectKind::Contains                  ? "CONTAINS"
                : e.kind == ExpectKind::Matches                   ? "MATCHES"
                                                                  : "LENGTH";
            out.push_back("expect_some" + head + "$R, " + what + ", " + kind + ", " + code.got
                          + ", " + wanted + ", " + rel);
            break;
        }
        case ExpectKind::Value:
            m_helpers |= HelperExpectValue
                | (code.value.find("address_text") != std::string::npos ? HelperAddress : Helper {});
            out.push_back("expect_value" + head + "$R, " + what + ", " + code.value + ", "
                          + (code.number.empty() ? "0, 0L" : "1, (long)" + code.number) + ", "
                          + (e.textual ? cLiteral(e.text) : std::string("NULL")) + ", "
                          + (e.relation == Relation::Ne ? "0, " : "1, ") + rel);
            break;
        case ExpectKind::State:
            m_helpers |= HelperState;
            out.push_back("expect_state" + head + fd + ", " + cLiteral(e.text) + ");");
            break;
        case ExpectKind::Queue:
            m_helpers |= HelperExpectQueue;
            out.push_back("expect_queue" + head + fd + ", " + closed + rel);
            break;
        case ExpectKind::Backlog:
            m_helpers |= HelperExpectBacklog;
            out.push_back("expect_backlog" + head + fd + ", " + closed + rel);
            break;
        case ExpectKind::Revents: {
            std::size_t index = 0;
            for (std::size_t i = 0; i < s.pollFds.size(); ++i)
                if (s.pollFds[i].socket == e.entry)
                    index = i;
            const std::string entry = code.revents + "[" + num(static_cast<long>(index)) + "].revents";
            m_helpers |= HelperExpectBits | HelperPoll;
            out.push_back("expect_bits" + head + "$R, " + what + ", (unsigned short)" + entry + ", "
                          + num(static_cast<long>(e.bits)) + "u, " + (e.has ? "1" : "0")
                          + ", poll_events_text(" + entry + "));");
            break;
        }
        case ExpectKind::Selected: {
            const auto& set = s.fdSets[static_cast<std::size_t>(e.set)];
            std::string wantedFlags, names;
            for (std::size_t i = 0; i < set.size(); ++i) {
                const bool in = std::find(e.sockets.begin(), e.sockets.end(), set[i]) != e.sockets.end();
                wantedFlags += std::string(i ? ", " : "") + (in ? "1" : "0");
                names += std::string(i ? ", " : "") + cLiteral(set[i]);
            }
            if (set.empty())
                wantedFlags = names = "0";
            const char* label = e.set == 0 ? "in" : e.set == 1 ? "out" : "except";
            m_helpers |= HelperSelect;
            out.push_back("expect_selected" + head + "$R, " + what + ", &" + code.sets + "["
                          + num(e.set) + "], (const int[]){ " + wantedFlags + " }, (const char *const[]){ "
                          + (set.empty() ? "NULL" : names) + " }, \"" + label + "\");");
            break;
        }
        case ExpectKind::Events:
            out.push_back(eventsCheck(s, e, code));
            break;
        case ExpectKind::Kevents:
            m_helpers |= HelperExpectKevents;
            out.push_back(keventsCheck(s, e, code, knownFds()));
            break;
        case ExpectKind::Flags:
            m_helpers |= HelperExpectBits | HelperMsgFlags;
            out.push_back("expect_bits" + head + "$R, " + what + ", (unsigned)" + code.flags + ", "
                          + num(static_cast<long>(e.bits)) + "u, " + (e.has ? "1" : "0")
                          + ", msg_flags_text(" + code.flags + "));");
            break;
        case ExpectKind::Peer:
            m_helpers |= HelperExpectPeer | (e.peer.isRef() ? HelperAddressOf : Helper {});
            if (e.peer.isRef())
                out.push_back("expect_peer" + head + "$R, " + code.peer + ", NULL, "
                              + cLiteral(e.peer.text()) + ", address_of("
                              + m_sockets[e.peer.socket].c + ", " + (e.peer.peer ? "1" : "0") + "));");
            else
                out.push_back("expect_peer" + head + "$R, " + code.peer + ", " + cLiteral(e.text)
                              + ", NULL, NULL);");
            break;
        case ExpectKind::Within:
            m_helpers |= HelperExpectWithin;
            timed = true;
            out.push_back("expect_within" + head + what + ", took_ms, " + num(e.number) + ", "
                          + num(e.number2) + ", " + num(kWithinToleranceMs) + ");");
            break;
        }
    }
    if (timed) // Measured around the call's own statements (see timeCall).
        out.insert(out.begin(), "long took_ms = now_ms() - t0_ms;");
    return out;
}

} // namespace

std::string exportToC(const Scenario& scenario, const std::string& sourceName, std::size_t strsize)
{
    return Generator(scenario, strsize).run(sourceName);
}

} // namespace spg::core
