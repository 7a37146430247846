// Every call of the call table, recorded as the window records it (a Command and its
// CallRecord through ScenarioRecorder), parses back into the same call: every flag bit, every
// numeric form, every address family. The values come from one generator per ArgKind, so a
// call added to the table is covered at once, and a call with an argument kind that has no
// generator fails here by name. Addresses are also formatted from real sockaddrs (what a
// snapshot's srv.local holds) and must parse back to the same bytes.
#include "core/scenario/scenario.h"
#include "core/scenario/scenario_recorder.h"
#include "core/words/address.h"
#include "core/words/calls.h"
#include "core/words/errno_names.h"
#include "core/words/sockopt.h"
#include "engine_harness.h"

#include <QTemporaryDir>
#include <QtTest>
#include <arpa/inet.h>
#include <climits>
#include <cstring>
#include <functional>
#include <map>
#include <net/if.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/un.h>

using namespace spg::core;

namespace {

struct Variant {
    std::string what;                    // for the failure message
    std::function<void(Command&)> apply; // sets the argument (and what it depends on)
};

std::vector<Variant> bitsOf(const std::function<void(Command&, int)>& set, int bits = 32)
{
    std::vector<Variant> out { { "0", [set](Command& c) { set(c, 0); } } };
    unsigned all = 0;
    for (int bit = 0; bit < bits; ++bit) {
        const unsigned value = 1u << bit;
        all |= value;
        out.push_back(
            { "bit " + std::to_string(bit), [set, value](Command& c) { set(c, int(value)); } });
    }
    out.push_back({ "every bit", [set, all](Command& c) { set(c, int(all)); } });
    return out;
}

std::vector<Variant> numbers(std::initializer_list<long> values,
                             const std::function<void(Command&, long)>& set)
{
    std::vector<Variant> out;
    for (long v : values)
        out.push_back({ std::to_string(v), [set, v](Command& c) { set(c, v); } });
    return out;
}

// Text forms of every family, as typed and as formatAddress() writes them.
std::vector<std::string> addressTexts()
{
    std::vector<std::string> out { "127.0.0.1:0",
                                   "127.0.0.1:65535",
                                   "0.0.0.0:80",
                                   "[::1]:8080",
                                   "[::]:0",
                                   "[::ffff:127.0.0.1]:9",
                                   "[fe80::1%1]:80",
                                   "unix:/tmp/spg-rt.sock",
                                   "unix:relative.sock",
                                   "localhost:80",
                                   "\"unix:/tmp/a b \"",
                                   "\"unix:/tmp/\\x1b]0;t\\x07\\r\\n\"",
                                   "\"unix:/tmp/back\\\\slash\\\"quote\"" };
#ifdef __linux__
    out.push_back("unix:@abstract");
    out.push_back("\"unix:@a\\x00b\\x1b\"");
    out.push_back("\"unix:@\"");
    out.push_back("[fe80::1%lo]:443");
#endif
    return out;
}

using Generators = std::map<ArgKind, std::vector<Variant>>;

Generators addSocketsAndNumbers()
{
    Generators g;
    g[ArgKind::Socket] = { { "s1", [](Command& c) { c.socket = 1; } } };
    g[ArgKind::Domain] = numbers({ AF_UNSPEC, AF_INET, AF_INET6, AF_UNIX, 16, 17, 255, -1 },
                                 [](Command& c, long v) { c.domain = int(v); });
    g[ArgKind::Type] = bitsOf([](Command& c, int v) { c.type = v; });
    for (int base : { int(SOCK_STREAM), int(SOCK_DGRAM), int(SOCK_SEQPACKET), int(SOCK_RAW), 10 })
        for (Variant& v : bitsOf([base](Command&c, int f) { c.type = base | f; }))
            g[ArgKind::Type].push_back({ std::to_string(base) + "|" + v.what, v.apply });
    g[ArgKind::Protocol] = numbers({ 0, IPPROTO_TCP, IPPROTO_UDP, 132, 255, 1000, -1 },
                                   [](Command& c, long v) { c.protocol = int(v); });
    g[ArgKind::Backlog] = numbers({ 0, 1, -1, 4096, INT_MAX, INT_MIN },
                                  [](Command& c, long v) { c.backlog = int(v); });
    g[ArgKind::MsgFlags] = bitsOf([](Command& c, int v) { c.flags = v; });
    g[ArgKind::SockFlags] = bitsOf([](Command& c, int v) { c.flags = v; });
    g[ArgKind::Length] = numbers({ 0, 1, 64, 65536, 1 << 20 },
                                 [](Command& c, long v) { c.length = std::size_t(v); });
    g[ArgKind::How] = numbers({ SHUT_RD, SHUT_WR, SHUT_RDWR, 3, 7, -1 },
                              [](Command& c, long v) { c.how = int(v); });
    // The window's field and the parser both hold -1 to one hour; the engine takes no other.
    g[ArgKind::Timeout] =
        numbers({ -1, 0, 1, 1000, 3600000 }, [](Command& c, long v) { c.timeoutMs = int(v); });
    g[ArgKind::NonBlockFlag] = { { "O_NONBLOCK", [](Command& c) { c.enable = true; } },
                                 { "0", [](Command& c) { c.enable = false; } } };
    for (ArgKind k : { ArgKind::SetFlCommand, ArgKind::GetFlCommand, ArgKind::IoctlRequest })
        g[k] = { { "fixed", [](Command&) {} } };
    return g;
}

void addBytesAndLists(Generators& g)
{
    std::string all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    const std::vector<std::string> payloads { "",
                                              "hello\r\n",
                                              all,
                                              std::string("\x01"
                                                          "a\x0f"
                                                          "F",
                                                          4),
                                              "\"quoted\\\"",
                                              std::string(1, '\0') };
    for (const std::string& p : payloads) {
        g[ArgKind::Bytes].push_back(
            { "payload of " + std::to_string(p.size()), [p](Command& c) { c.payload = { p }; } });
        g[ArgKind::BytesList].push_back(
            { "iovecs with " + std::to_string(p.size()), [p](Command& c) {
                 c.payload = { p, "x", p };
             } });
    }
    g[ArgKind::BytesList].push_back({ "no iovec", [](Command& c) { c.payload = {}; } });
    for (const std::vector<std::size_t>& l :
         std::vector<std::vector<std::size_t>> { {}, { 4, 4 }, { 0 }, { 1 << 20 } })
        g[ArgKind::LengthList].push_back(
            { std::to_string(l.size()) + " lengths", [l](Command& c) { c.iovLengths = l; } });
    for (const std::string& a : addressTexts())
        g[ArgKind::Address].push_back({ a, [a](Command& c) { c.address = a; } });
    for (auto* k : { &g[ArgKind::PollList] }) {
        for (Variant& v : bitsOf([](Command&c, int e) { c.pollFds = { { 1, short(e) } }; }, 16))
            k->push_back(v);
        k->push_back({ "two entries", [](Command& c) {
                          c.pollFds = { { 1, POLLIN }, { 2, POLLOUT | POLLPRI } };
                      } });
    }
    for (std::size_t set = 0; set < 3; ++set) {
        const ArgKind kind = ArgKind(std::size_t(ArgKind::ReadFds) + set);
        for (const std::vector<SocketId>& ids :
             std::vector<std::vector<SocketId>> { {}, { 1 }, { 1, 2, 3 } })
            g[kind].push_back({ std::to_string(ids.size()) + " sockets",
                                [set, ids](Command& c) { c.fdSets[set] = ids; } });
    }
}

// Levels, options and values go together: the parser checks the pair and the value's kind.
void addOptions(Generators& g)
{
    auto set = [](std::string level, std::string option, std::string value) {
        return [=](Command& c) {
            c.level = level;
            c.option = option;
            c.value = value;
        };
    };
    for (const SocketOption& o : socketOptions()) {
        const std::string name(o.name);
        const std::string value = o.kind == OptionKind::Linger ? "{1,0}"
            : o.kind == OptionKind::Timeval                    ? "1.5"
                                                               : "1";
        g[ArgKind::Option].push_back({ name, set(std::string(o.levelName), name, value) });
        g[ArgKind::Option].push_back({ name + " by its own level", set("", name, value) });
        g[ArgKind::Level].push_back(
            { std::to_string(o.level) + " by number",
              set(std::to_string(o.level), std::to_string(o.optname), value) });
        g[ArgKind::OptionValue].push_back(
            { name + " " + value, set(std::string(o.levelName), name, value) });
    }
    g[ArgKind::Option].push_back({ "unknown number", set("SOL_SOCKET", "9999", "1") });
    g[ArgKind::Level].push_back({ "unknown level", set("9999", "1", "1") });
    for (const char* v : { "0", "-1", "on", "off", "2147483647" })
        g[ArgKind::OptionValue].push_back({ v, set("SOL_SOCKET", "SO_REUSEADDR", v) });
}

// kevent()'s changelists: a socket ident and a numeric one, every flags bit, each filter the
// macOS and BSD headers name, and the numbers in fflags, data and udata; kevent64's ext too.
void addKevents(Generators& g)
{
    auto change = [](SocketId socket, std::uint64_t ident, std::int16_t filter, std::uint16_t flags,
                     std::uint32_t fflags, std::int64_t data, std::uint64_t udata, std::uint64_t ext0) {
        KeventChange k;
        k.socket = socket;
        k.fields.ident = ident;
        k.fields.filter = filter;
        k.fields.flags = flags;
        k.fields.fflags = fflags;
        k.fields.data = data;
        k.fields.udata = udata;
        k.fields.ext[0] = ext0;
        return k;
    };
    std::vector<std::pair<std::string, std::vector<KeventChange>>> lists = {
        { "no change", {} },
        { "a socket's read filter", { change(1, 0, -1, 0x1 | 0x20, 0, 0, 0, 0) } },
        { "a numeric ident and every field", { change(kNoSocket, 7, -2, 0x2, 3, -5, 99, 0) } },
        { "two changes", { change(1, 0, -1, 0x1, 0, 0, 0, 0), change(2, 0, -2, 0x10, 0, 1, 2, 0) } },
    };
    for (int bit = 0; bit < 16; ++bit)
        lists.push_back({ "flags bit " + std::to_string(bit),
                          { change(1, 0, -1, std::uint16_t(1u << bit), 0, 0, 0, 0) } });
    for (std::int16_t filter = -1; filter >= -15; --filter)
        lists.push_back({ "filter " + std::to_string(filter), { change(1, 0, filter, 0x1, 0, 0, 0, 0) } });
    for (const auto& [what, list] : lists) {
        g[ArgKind::Changelist].push_back({ what, [list](Command& c) { c.changes = list; } });
        auto with64 = list;
        for (KeventChange& k : with64)
            k.fields.ext[1] = 42;
        g[ArgKind::Changelist64].push_back({ what + " with ext", [with64](Command& c) { c.changes = with64; } });
    }
    for (long n : { 0L, 1L, 8L, 1024L })
        g[ArgKind::EventCount].push_back({ std::to_string(n), [n](Command& c) { c.nevents = int(n); } });
    for (long f : { 0L, 1L, 2L })
        g[ArgKind::Kevent64Flags].push_back({ std::to_string(f), [f](Command& c) { c.keventFlags = unsigned(f); } });
}

// epoll's arguments: the instance and the socket told about, every flag and event bit,
// each operation (and numbers no header names), buffer sizes the kernel refuses too.
void addEpoll(Generators& g)
{
    g[ArgKind::Epoll] = { { "s1", [](Command& c) { c.socket = 1; } } };
    g[ArgKind::WatchedFd] = { { "s2", [](Command& c) { c.watched = 2; } },
                              { "s3", [](Command& c) { c.watched = 3; } } };
    g[ArgKind::EpollFlags] = bitsOf([](Command& c, int v) { c.flags = v; });
    g[ArgKind::EpollOp] = numbers({ 1, 2, 3, 0, 4, 99, -1 },
                                  [](Command& c, long v) { c.epollOp = int(v); });
    g[ArgKind::EpollEvents] = bitsOf([](Command& c, int v) { c.events = unsigned(v); });
    g[ArgKind::MaxEvents] = numbers({ 1, 8, 64, 1024, 0, -1 }, // the Call form's range
                                    [](Command& c, long v) { c.maxEvents = int(v); });
}

const Generators& generators()
{
    static const Generators g = [] {
        Generators out = addSocketsAndNumbers();
        addBytesAndLists(out);
        addOptions(out);
        addKevents(out);
        addEpoll(out);
        return out;
    }();
    return g;
}

// Valid values for every argument, so each variant changes one argument only.
Command baseCommand(const CallSpec& spec)
{
    Command c;
    c.kind = spec.kind;
    c.socket = 1;
    c.payload = { "x" };
    c.length = 64;
    c.iovLengths = { 4 };
    c.level = "SOL_SOCKET";
    c.option = "SO_REUSEADDR";
    c.value = "1";
    c.address = "127.0.0.1:9";
    c.pollFds = { { 1, POLLIN } };
    c.timeoutMs = 1000;
    c.watched = 2;
    c.epollOp = 1;
    c.events = 1;
    return c;
}

std::string sockets(const std::vector<SocketId>& ids)
{
    std::string out;
    for (SocketId id : ids)
        out += (out.empty() ? "s" : ", s") + std::to_string(id);
    return out;
}

// Empty when `s` holds what `c` held for an argument of `kind`; else what differs.
std::string compare(ArgKind kind, const Command& c, const Step& s)
{
    auto diff = [](auto a, auto b) { return a == b ? std::string() : "differs"; };
    switch (kind) {
    case ArgKind::Socket: return diff(std::string("s1"), s.socket);
    case ArgKind::Domain: return diff(c.domain, s.domain);
    case ArgKind::Type: return diff(c.type, s.type);
    case ArgKind::Protocol: return diff(c.protocol, s.protocol);
    case ArgKind::Backlog: return diff(c.backlog, s.backlog);
    case ArgKind::MsgFlags:
    case ArgKind::SockFlags: return diff(c.flags, s.flags);
    case ArgKind::Bytes:
    case ArgKind::BytesList: return diff(c.payload, s.payload);
    case ArgKind::Length: return diff(c.length, s.length);
    case ArgKind::LengthList: return diff(c.iovLengths, s.iovLengths);
    case ArgKind::How: return diff(c.how, s.how);
    case ArgKind::Level:
    case ArgKind::Option: {
        OptionRef a, b;
        if (!resolveOptionRef(c.level, c.option, a).empty())
            return "the generator's option does not resolve";
        const std::string why = resolveOptionRef(s.level, s.option, b);
        return !why.empty() ? why
                            : diff(std::pair(a.level, a.optname), std::pair(b.level, b.optname));
    }
    case ArgKind::OptionValue: return diff(c.value, s.value);
    case ArgKind::NonBlockFlag: return diff(c.enable, s.enable);
    case ArgKind::SetFlCommand:
    case ArgKind::GetFlCommand:
    case ArgKind::IoctlRequest: return {};
    case ArgKind::Timeout: return diff(c.timeoutMs, s.timeoutMs);
    case ArgKind::Address: {
        const AddressParse a = parseAddress(c.address);
        const AddressParse b = parseAddress(s.address.literal);
        if (!b.ok())
            return b.error;
        return diff(std::tuple(a.endpoint.addr.bytes(), a.endpoint.host, a.endpoint.port),
                    std::tuple(b.endpoint.addr.bytes(), b.endpoint.host, b.endpoint.port));
    }
    case ArgKind::PollList: {
        std::string a, b;
        for (const PollEntry& e : c.pollFds)
            a += "s" + std::to_string(e.socket) + " " + std::to_string(e.events) + ";";
        for (const PollArg& e : s.pollFds)
            b += e.socket + " " + std::to_string(e.events) + ";";
        return diff(a, b);
    }
    case ArgKind::ReadFds:
    case ArgKind::WriteFds:
    case ArgKind::ExceptFds: {
        const std::size_t k = std::size_t(kind) - std::size_t(ArgKind::ReadFds);
        std::string b;
        for (const std::string& n : s.fdSets[k])
            b += (b.empty() ? "" : ", ") + n;
        return diff(sockets(c.fdSets[k]), b);
    }
    case ArgKind::Changelist:
    case ArgKind::Changelist64: {
        auto text = [](const std::string& socket, const KEvent64& f) {
            return socket + " " + std::to_string(f.ident) + " " + std::to_string(f.filter) + " "
                + std::to_string(f.flags) + " " + std::to_string(f.fflags) + " " + std::to_string(f.data)
                + " " + std::to_string(f.udata) + " " + std::to_string(f.ext[0]) + " " + std::to_string(f.ext[1]) + ";";
        };
        std::string a, b;
        for (const KeventChange& k : c.changes) {
            KEvent64 f = k.fields;
            if (kind == ArgKind::Changelist)
                f.ext[0] = f.ext[1] = 0; // kevent's struct has no ext
            a += text(k.socket == kNoSocket ? "" : "s" + std::to_string(k.socket), f);
        }
        for (const KeventArg& k : s.changes)
            b += text(k.socket, k.fields);
        return diff(a, b);
    }
    case ArgKind::EventCount: return diff(c.nevents, s.nevents);
    case ArgKind::Kevent64Flags: return diff(c.keventFlags, s.keventFlags);
    case ArgKind::Epoll: return diff(std::string("s1"), s.socket);
    case ArgKind::WatchedFd: return diff("s" + std::to_string(c.watched), s.watched);
    case ArgKind::EpollFlags: return diff(c.flags, s.flags);
    case ArgKind::EpollOp: return diff(c.epollOp, s.epollOp);
    case ArgKind::EpollEvents: return diff(c.events, s.events);
    case ArgKind::MaxEvents: return diff(c.maxEvents, s.maxEvents);
    }
    return "no comparison for this kind";
}

// The recorded line of `c`, parsed after three sockets are declared; the parsed step or a
// message.
std::string recordAndParse(const Command& c, const CallRecord& r, Step& out, std::string& line)
{
    ScenarioRecorder recorder;
    const std::optional<std::string> recorded = recorder.record(c, r);
    if (!recorded)
        return "the recorder wrote no line";
    line = *recorded;
    std::string text;
    for (int id = 1; id <= 3; ++id)
        text += "s" + std::to_string(id) + " = socket(AF_INET, SOCK_STREAM, 0)\n";
    // Parsed as for any host: kevent lines read back here although Linux cannot run them.
    const ScenarioParse parsed = parseScenario(text + line + "\n", {}, false);
    if (!parsed.ok())
        return parsed.errors.front().message;
    out = parsed.scenario.steps.back();
    if (out.call != c.kind)
        return "parsed as another call";
    return {};
}

} // namespace

class TestRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void everyCallAndEveryArgumentReadsBack()
    {
        QStringList failures;
        int checked = 0;
        for (const CallSpec& spec : callTable()) {
            if (spec.has(Control))
                continue;
            for (const ArgSpec& arg : spec.args) {
                const auto g = generators().find(arg.kind);
                if (g == generators().end()) {
                    failures << QStringLiteral("%1(): argument %2 has a kind with no generator")
                                    .arg(spec.name.data(), arg.name.data());
                    continue;
                }
                for (const Variant& v : g->second) {
                    Command c = baseCommand(spec);
                    v.apply(c);
                    CallRecord r;
                    r.created = spec.has(MakesSocket) || spec.has(MakesFd) ? 4 : kNoSocket;
                    r.created2 = spec.has(MakesTwo) ? 5 : kNoSocket;
                    Step step;
                    std::string line;
                    std::string why = recordAndParse(c, r, step, line);
                    if (why.empty())
                        why = compare(arg.kind, c, step);
                    if (!why.empty())
                        failures << QString::fromStdString(std::string(spec.name) + "() "
                                                           + std::string(arg.name) + " = " + v.what
                                                           + ": " + why + "\n    " + line);
                    ++checked;
                }
            }
        }
        QVERIFY2(failures.isEmpty(),
                 qPrintable(QString::number(failures.size()) + " of " + QString::number(checked)
                            + " failed:\n" + failures.mid(0, 40).join(QLatin1Char('\n'))));
        QVERIFY(checked > 500);
    }

    // The recorder's expectation of every errno reads back as the same errno.
    void everyErrnoExpectationReadsBack()
    {
        for (int e = 1; e < 134; ++e) {
            if (errnoName(e).rfind("E", 0) != 0)
                continue;
            Command c = baseCommand(callSpec(CallKind::Connect));
            CallRecord r;
            r.result = -1;
            r.error = e;
            Step step;
            std::string line;
            const std::string why = recordAndParse(c, r, step, line);
            QVERIFY2(why.empty(), (why + ": " + line).c_str());
            QVERIFY2(step.expects.size() == 1 && step.expects[0].error == e, line.c_str());
        }
    }

    // Real calls through the engine, recorded as the window records them (snapshots fed to
    // the recorder, so an address that is a socket's local one becomes sN.local): the whole
    // session parses back, call by call, argument by argument.
    void realCallsRecordedReadBack()
    {
        QTemporaryDir dir;
        spg::test::Harness h;
        ScenarioRecorder recorder;
        std::vector<Command> made;
        std::string text;
        auto run = [&](Command c) {
            const CallRecord r = h.call(c);
            for (SocketId id = 1; id <= 8; ++id)
                if (h.engine().capture(id) || id < 4)
                    recorder.onSnapshot(h.snapshot(id));
            if (const auto line = recorder.record(c, r)) {
                made.push_back(c);
                text += *line + "\n";
            }
            return r;
        };
        const std::string path = "\"unix:" + dir.path().toStdString() + "/s\\x1b]0;t\\x07\\r \"";
        const SocketId srv = run(makeSocket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC)).created;
        run(makeBind(srv, path));
        run(makeListen(srv, 3));
        const SocketId cli = run(makeSocket(AF_UNIX, SOCK_STREAM)).created;
        run(makeConnect(cli, path));
        Command a4 = makeAccept(srv);
        a4.kind = CallKind::Accept4;
        a4.flags = SOCK_NONBLOCK | 0x100;
        run(a4); // EINVAL: an unknown flag
        a4.flags = SOCK_NONBLOCK;
        const SocketId conn = run(a4).created;
        run(makeSend(cli, std::string("\x1b]52;c;aGk=\x07\0", 14), MSG_NOSIGNAL | MSG_DONTWAIT));
        run(makeRecv(conn, 4, MSG_PEEK | (1 << 25)));
        Command rm;
        rm.kind = CallKind::RecvMsg;
        rm.socket = conn;
        run(rm); // no iovec at all
        run(makeShutdown(cli, 7));
        run(makeSetSockOpt(cli, "9999", "1", "SOL_SOCKET"));
        Command poll;
        poll.kind = CallKind::Poll;
        poll.pollFds = { { conn, short(POLLIN | 0x400) } };
        poll.timeoutMs = 0;
        run(poll);
        const ScenarioParse parsed = parseScenario(text);
        QVERIFY2(parsed.ok(),
                 (parsed.ok() ? text : parsed.errors.front().message + "\n" + text).c_str());
        QCOMPARE(parsed.scenario.steps.size(), made.size());
        for (std::size_t i = 0; i < made.size(); ++i) {
            const Step& step = parsed.scenario.steps[i];
            QCOMPARE(int(step.call), int(made[i].kind));
            for (const ArgSpec& arg : callSpec(made[i].kind).args) {
                if (arg.kind == ArgKind::Socket || arg.kind == ArgKind::PollList
                    || (arg.kind == ArgKind::Address && step.address.isRef()))
                    continue; // names stand for ids here: s<id>
                const std::string why = compare(arg.kind, made[i], step);
                QVERIFY2(why.empty(),
                         (step.source + ": " + std::string(arg.name) + " " + why).c_str());
            }
        }
        QVERIFY(
            text.find("connect(s" + std::to_string(cli) + ", s" + std::to_string(srv) + ".local)")
            != std::string::npos);
        QVERIFY(text.find("shutdown(s" + std::to_string(cli) + ", 7)") != std::string::npos);
    }

    // A generator that is wrong is seen: the check is not vacuous.
    void aWrongAnswerIsSeen()
    {
        Command c = baseCommand(callSpec(CallKind::Shutdown));
        c.how = SHUT_RD;
        Step s;
        s.how = SHUT_WR;
        QVERIFY(!compare(ArgKind::How, c, s).empty());
        c.address = "[::1]:80";
        s.address.literal = "[::1]:81";
        QVERIFY(!compare(ArgKind::Address, c, s).empty());
    }

    // What a snapshot's srv.local holds, formatted from real sockaddrs of every family, reads
    // back to the same bytes (the player passes this text to the engine).
    void formattedSockaddrsReadBack()
    {
        std::vector<SockAddr> all;
        auto add = [&](const void* sa, socklen_t len) {
            SockAddr a;
            std::memcpy(&a.storage, sa, len);
            a.length = len;
            all.push_back(a);
        };
        sockaddr_in in {};
        in.sin_family = AF_INET;
        in.sin_port = htons(65535);
        inet_pton(AF_INET, "10.1.2.3", &in.sin_addr);
        add(&in, sizeof in);
        sockaddr_in6 in6 {};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(443);
        inet_pton(AF_INET6, "fe80::1", &in6.sin6_addr);
        for (std::uint32_t scope : { 0u, if_nametoindex("lo"), 77u }) {
            in6.sin6_scope_id = scope;
            add(&in6, sizeof in6);
        }
        for (const std::string& path : { std::string("/tmp/s"), std::string("/t/\x1b\n\"\\ x "),
                                         std::string("\0abs\0\x07", 6) }) {
            if (path[0] == '\0' && !sys_abstract())
                continue;
            sockaddr_un un {};
            un.sun_family = AF_UNIX;
            std::memcpy(un.sun_path, path.data(), path.size());
            add(&un, socklen_t(offsetof(sockaddr_un, sun_path) + path.size() + (path[0] ? 1 : 0)));
        }
        for (const SockAddr& a : all) {
            const std::string text = formatAddress(a);
            const AddressParse back = parseAddress(text);
            QVERIFY2(back.ok(), (text + ": " + back.error).c_str());
            QVERIFY2(back.endpoint.addr.bytes() == a.bytes(), text.c_str());
        }
    }

private:
    static bool sys_abstract()
    {
#ifdef __linux__
        return true;
#else
        return false;
#endif
    }
};

QTEST_MAIN(TestRoundTrip)
#include "test_round_trip.moc"
