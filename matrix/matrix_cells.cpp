// The matrix's cells: a table of states per family and a table of calls, crossed. Each
// line is written once with placeholders: %x is the cell's socket x (subject s, peer p,
// listener l, target t, pending client c, fillers f and g, accepted a), @x the family's address
// for socket x (127.0.0.1:0, or a path in ${DIR}), {SOCK} the family's socket() arguments
// and {READY} the poll events that are ready in the state.
#include "matrix/matrix.h"

#include "core/words/translate_noop.h"

#include <string_view>

namespace spg::core {

namespace {

using Lines = std::vector<std::string>;

struct StateSpec {
    const char* key;             // in the id: "peer-shut-wr"
    const char* label;           // the column: "peer SHUT_WR"
    Lines before;                // lines before the subject's socket()
    Lines after;                 // after it (and after the blocking mode's timeouts)
    Lines others;                // the other sockets still open at the end, closed by the clean-up
    const char* ready = nullptr; // poll events ready in this state; none: no poll cell
    bool closeSubject = false;
};

struct FamilySpec {
    MatrixFamily family;
    const char* sock; // socket()'s arguments
    bool inet;        // addresses 127.0.0.1:0, otherwise paths
    bool stream;
    std::vector<StateSpec> states;
};

enum CallFlag : unsigned {
    Target = 1u << 0,        // needs %t, a socket to connect or send to
    Mode = 1u << 1,          // also made on a non-blocking socket
    TcpOnly = 1u << 2,       // a TCP option
    StreamOnly = 1u << 3,    // TCP and UNIX stream only
    Poll = 1u << 4,          // only in states where {READY} is known
    ConnectedOnly = 1u << 5, // only in the "connected" state (its set-up needs the peer)
};

struct CallSpec {
    const char* key;
    const char* label;
    Lines lines;            // the call under test, then its own probes
    unsigned flags = 0;     // CallFlag bits
    Lines targetLines = {}; // instead of the usual %t
    Lines before = {};      // the call's own set-up, after the state's

    bool has(unsigned flag) const { return (flags & flag) != 0; }
};

const Lines kListener = { "%l = socket({SOCK})", "bind(%l, @l)", "listen(%l, 4)" };
const Lines kConnect = { "connect(%s, %l.local)", "%p = accept(%l)" };

Lines join(Lines a, const Lines& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

std::vector<StateSpec> streamStates(bool tcp)
{
    std::vector<StateSpec> s;
    s.push_back({ "fresh", SPG_TR_NOOP("spg::matrix", "fresh"), {}, {}, {}, "POLLOUT" });
    s.push_back({ "bound", SPG_TR_NOOP("spg::matrix", "bound"), {}, { "bind(%s, @s)" }, {}, "POLLOUT" });
    s.push_back({ "listening", SPG_TR_NOOP("spg::matrix", "listening"), {}, { "bind(%s, @s)", "listen(%s, 4)" }, {} });
    s.push_back(
        { "pending",
          SPG_TR_NOOP("spg::matrix", "listening + pending client"),
          {},
          { "bind(%s, @s)", "listen(%s, 4)", "%c = socket({SOCK})", "connect(%c, %s.local)" },
          { "c" },
          "POLLIN" });
    if (tcp) // On Linux loopback a full queue (backlog 0, one client in it) drops the SYN.
        s.push_back({ "connecting",
                      SPG_TR_NOOP("spg::matrix", "connecting"),
                      { "%l = socket({SOCK})", "bind(%l, @l)", "listen(%l, 0)",
                        "%f = socket({SOCK})", "connect(%f, %l.local)" },
                      { "fcntl(%s, F_SETFL, O_NONBLOCK)", "connect(%s, %l.local)",
                        "fcntl(%s, F_SETFL, 0)" },
                      { "f", "l" } });
    s.push_back({ "connected", SPG_TR_NOOP("spg::matrix", "connected"), kListener, kConnect, { "p", "l" }, "POLLOUT" });
    s.push_back({ "readable",
                  SPG_TR_NOOP("spg::matrix", "connected + 3 bytes waiting"),
                  kListener,
                  join(kConnect, { "send(%p, \"abc\", 0)" }),
                  { "p", "l" },
                  "POLLIN" });
    s.push_back({ "shut-wr",
                  SPG_TR_NOOP("spg::matrix", "our SHUT_WR"),
                  kListener,
                  join(kConnect, { "shutdown(%s, SHUT_WR)", "shutdown(%s, SHUT_WR)" }),
                  { "p", "l" },
                  "POLLOUT" });
    s.push_back({ "peer-shut-wr",
                  SPG_TR_NOOP("spg::matrix", "peer SHUT_WR"),
                  kListener,
                  join(kConnect, { "shutdown(%p, SHUT_WR)" }),
                  { "p", "l" },
                  "POLLIN" });
    s.push_back({ "peer-closed",
                  SPG_TR_NOOP("spg::matrix", "peer closed"),
                  kListener,
                  join(kConnect, { "close(%p)" }),
                  { "l" },
                  "POLLIN" });
    // TCP: the peer aborts (SO_LINGER {1, 0}). UNIX: the peer closes with our bytes unread.
    s.push_back({ "reset",
                  tcp ? SPG_TR_NOOP("spg::matrix", "after RST") : SPG_TR_NOOP("spg::matrix", "peer closed, data unread"),
                  kListener,
                  join(kConnect,
                       tcp ? Lines { "setsockopt(%p, SOL_SOCKET, SO_LINGER, {1,0})", "close(%p)" }
                           : Lines { "send(%s, \"abc\", 0)", "close(%p)" }),
                  { "l" },
                  "POLLIN" });
    s.push_back({ "closed", SPG_TR_NOOP("spg::matrix", "closed"), {}, {}, {}, nullptr, true });
    return s;
}

std::vector<StateSpec> datagramStates()
{
    const Lines peer = { "%p = socket({SOCK})", "bind(%p, @p)" };
    std::vector<StateSpec> s;
    s.push_back({ "fresh", SPG_TR_NOOP("spg::matrix", "fresh"), {}, {}, {}, "POLLOUT" });
    s.push_back({ "bound", SPG_TR_NOOP("spg::matrix", "bound"), {}, { "bind(%s, @s)" }, {}, "POLLOUT" });
    s.push_back({ "readable",
                  SPG_TR_NOOP("spg::matrix", "bound + datagram waiting"),
                  { "%p = socket({SOCK})" },
                  { "bind(%s, @s)", "sendto(%p, \"hi\", 0, %s.local)" },
                  { "p" },
                  "POLLIN" });
    s.push_back(
        { "connected", SPG_TR_NOOP("spg::matrix", "connected"), peer, { "connect(%s, %p.local)" }, { "p" }, "POLLOUT" });
    s.push_back({ "shut-wr",
                  SPG_TR_NOOP("spg::matrix", "our SHUT_WR"),
                  peer,
                  { "connect(%s, %p.local)", "shutdown(%s, SHUT_WR)" },
                  { "p" },
                  "POLLOUT" });
    // The peer's socket is gone: UDP learns it from the ICMP error that one send provokes.
    s.push_back({ "peer-closed",
                  SPG_TR_NOOP("spg::matrix", "peer closed"),
                  peer,
                  { "connect(%s, %p.local)", "close(%p)", "send(%s, \"x\", 0)" },
                  {} });
    s.push_back({ "closed", SPG_TR_NOOP("spg::matrix", "closed"), {}, {}, {}, nullptr, true });
    return s;
}

const std::vector<FamilySpec>& families()
{
    static const std::vector<FamilySpec> all = {
        { MatrixFamily::Tcp, "AF_INET, SOCK_STREAM, 0", true, true, streamStates(true) },
        { MatrixFamily::Udp, "AF_INET, SOCK_DGRAM, 0", true, false, datagramStates() },
        { MatrixFamily::UnixStream, "AF_UNIX, SOCK_STREAM, 0", false, true, streamStates(false) },
        { MatrixFamily::UnixDgram, "AF_UNIX, SOCK_DGRAM, 0", false, false, datagramStates() },
    };
    return all;
}

const std::vector<CallSpec>& calls()
{
    static const std::vector<CallSpec> all = {
        { "bind", "bind", { "bind(%s, @b)", "bind(%s, @b)" } },
        { "listen", "listen", { "listen(%s, 4)", "listen(%s, 4)" } },
        { "accept", "accept", { "%a = accept(%s)" }, Mode },
        // A second call of the same kind, where it is cheap, shows the state the first left:
        // the second connect whether the first left the socket connected.
        { "connect",
          "connect",
          { "connect(%s, %t.local)", "connect(%s, %t.local)" },
          Target | Mode },
        { "send", "send", { "send(%s, \"abc\", 0)" }, Mode },
        { "recv", "recv", { "recv(%s, 16, 0)" }, Mode },
        // MSG_WAITALL waits for all 16 bytes; a timeout ends it with what has come so far.
        { "recv-waitall", "recv MSG_WAITALL", { "recv(%s, 16, MSG_WAITALL)" }, Mode },
        // Small buffers on both sides fill after some 64 KiB: the blocking send returns the
        // bytes it could queue when SO_SNDTIMEO ends it, the next one EAGAIN.
        { "send-full",
          SPG_TR_NOOP("spg::matrix", "send into a full buffer"),
          { "send(%s, {BIG}, 0)", "send(%s, {BIG}, 0)" },
          Mode | StreamOnly | ConnectedOnly,
          {},
          { "setsockopt(%s, SOL_SOCKET, SO_SNDBUF, 4096)",
            "setsockopt(%p, SOL_SOCKET, SO_RCVBUF, 4096)" } },
        // A listener whose queue is full (backlog 0 and one client in it): a TCP connect
        // stays in SYN_SENT, a UNIX one waits for room.
        { "connect-full",
          SPG_TR_NOOP("spg::matrix", "connect to a full queue"),
          { "connect(%s, %t.local)" },
          Target | Mode | StreamOnly,
          { "%t = socket({SOCK})", "bind(%t, @t)", "listen(%t, 0)", "%g = socket({SOCK})",
            "connect(%g, %t.local)" } },
        { "sendto", "sendto", { "sendto(%s, \"abc\", 0, %t.local)" }, Target | Mode },
        { "recvfrom", "recvfrom", { "recvfrom(%s, 16, 0)" }, Mode },
        { "sendmsg", "sendmsg", { "sendmsg(%s, [\"ab\", \"c\"], 0)" }, Mode },
        { "recvmsg", "recvmsg", { "recvmsg(%s, [2, 2], 0)" }, Mode },
        { "shutdown-rd", "shutdown SHUT_RD", { "shutdown(%s, SHUT_RD)", "shutdown(%s, SHUT_RD)" } },
        { "shutdown-wr", "shutdown SHUT_WR", { "shutdown(%s, SHUT_WR)", "shutdown(%s, SHUT_WR)" } },
        { "shutdown-rdwr",
          "shutdown SHUT_RDWR",
          { "shutdown(%s, SHUT_RDWR)", "shutdown(%s, SHUT_RDWR)" } },
        { "close", "close", { "close(%s)" } },
        // SO_LINGER {1, 1} with bytes the peer has no room for: close() waits up to 1 s.
        { "close-linger",
          SPG_TR_NOOP("spg::matrix", "close, lingering"),
          { "close(%s)", "ioctl(%p, FIONREAD)" },
          Mode | TcpOnly | ConnectedOnly,
          {},
          { "setsockopt(%s, SOL_SOCKET, SO_SNDBUF, 4096)",
            "setsockopt(%p, SOL_SOCKET, SO_RCVBUF, 4096)", "send(%s, {BIG}, MSG_DONTWAIT)",
            "setsockopt(%s, SOL_SOCKET, SO_LINGER, {1,1})" } },
        { "setsockopt-reuseaddr",
          "setsockopt SO_REUSEADDR",
          { "setsockopt(%s, SOL_SOCKET, SO_REUSEADDR, 1)" } },
        { "setsockopt-nodelay",
          "setsockopt TCP_NODELAY",
          { "setsockopt(%s, IPPROTO_TCP, TCP_NODELAY, 1)" },
          TcpOnly },
        { "getsockopt-error", "getsockopt SO_ERROR", { "getsockopt(%s, SOL_SOCKET, SO_ERROR)" } },
        { "getsockopt-acceptconn",
          "getsockopt SO_ACCEPTCONN",
          { "getsockopt(%s, SOL_SOCKET, SO_ACCEPTCONN)" } },
        { "getsockname", "getsockname", { "getsockname(%s)" } },
        { "getpeername", "getpeername", { "getpeername(%s)" } },
        { "fcntl", "fcntl O_NONBLOCK", { "fcntl(%s, F_SETFL, O_NONBLOCK)" } },
        { "ioctl", "ioctl FIONREAD", { "ioctl(%s, FIONREAD)" } },
        { "poll", "poll", { "poll(%s, {READY})" }, Poll },
    };
    return all;
}

// The probes after every call: the pending error, the peer and the local address, which
// together tell most states apart.
const Lines kProbes = { "getsockopt(%s, SOL_SOCKET, SO_ERROR)", "getpeername(%s)",
                        "getsockname(%s)" };

void replaceAll(std::string& s, std::string_view from, std::string_view to)
{
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

// Expands one line's placeholders for the cell whose names start with `prefix`.
std::string expand(std::string line, const FamilySpec& f, const std::string& prefix,
                   const char* ready)
{
    replaceAll(line, "{SOCK}", f.sock);
    if (line.find("{BIG}") != std::string::npos)
        replaceAll(line, "{BIG}", "\"" + std::string(100000, 'x') + "\"");
    if (ready)
        replaceAll(line, "{READY}", ready);
    for (std::size_t at = line.find('@'); at != std::string::npos; at = line.find('@', at)) {
        const std::string name = prefix + line[at + 1];
        const std::string addr = f.inet ? std::string("127.0.0.1:0") : "unix:${DIR}/" + name;
        line.replace(at, 2, addr);
        at += addr.size();
    }
    replaceAll(line, "%", prefix);
    return line;
}

struct CellBuilder {
    const FamilySpec& f;
    std::string prefix;
    const char* ready;
    std::string text;
    std::size_t count = 0;

    void add(const Lines& lines)
    {
        for (const std::string& l : lines) {
            text += expand(l, f, prefix, ready) + '\n';
            ++count;
        }
    }
};

MatrixCell makeCell(const FamilySpec& f, const StateSpec& st, const CallSpec& c, bool blocking,
                    std::size_t index)
{
    MatrixCell cell;
    cell.family = f.family;
    cell.blocking = blocking;
    cell.call = c.label;
    cell.state = st.label;
    cell.id = std::string(familyName(f.family)) + (blocking ? ".blocking." : ".nonblocking.")
        + st.key + "." + c.key;
    CellBuilder b { f, "c" + std::to_string(index) + "_", st.ready, {}, 0 };
    if (!c.targetLines.empty())
        b.add(c.targetLines);
    else if (c.has(Target))
        b.add(f.stream ? Lines { "%t = socket({SOCK})", "bind(%t, @t)", "listen(%t, 4)" }
                       : Lines { "%t = socket({SOCK})", "bind(%t, @t)" });
    b.add(st.before);
    const bool makeIsTest = c.key == std::string_view("socket");
    if (makeIsTest)
        cell.testLine = b.count;
    b.add({ "%s = socket({SOCK})" });
    // A blocking call that would wait for ever ends after 50 ms with EAGAIN, in the engine
    // and in the real program alike.
    if (blocking && !makeIsTest)
        b.add({ "setsockopt(%s, SOL_SOCKET, SO_RCVTIMEO, 0.05)",
                "setsockopt(%s, SOL_SOCKET, SO_SNDTIMEO, 0.05)" });
    b.add(st.after);
    if (!blocking)
        b.add({ "fcntl(%s, F_SETFL, O_NONBLOCK)" });
    if (st.closeSubject)
        b.add({ "close(%s)" });
    if (!makeIsTest) {
        b.add(c.before);
        cell.testLine = b.count;
        b.add(c.lines);
    }
    b.add(kProbes);
    b.add({ "close(%s)" });
    for (const std::string& other : st.others)
        b.add({ "close(%" + other + ")" });
    if (!c.targetLines.empty())
        b.add({ "close(%g)" });
    if (c.has(Target))
        b.add({ "close(%t)" });
    cell.text = std::move(b.text);
    MatrixDeviation deviation = matrixDeviation(cell.id);
    cell.deviation = std::move(deviation.text);
    cell.deviationScope = deviation.scope;
    return cell;
}

} // namespace

std::string_view familyName(MatrixFamily family)
{
    switch (family) {
    case MatrixFamily::Tcp: return "tcp";
    case MatrixFamily::Udp: return "udp";
    case MatrixFamily::UnixStream: return "unix-stream";
    case MatrixFamily::UnixDgram: return "unix-dgram";
    }
    return "?";
}

std::string_view familyTitle(MatrixFamily family)
{
    switch (family) {
    case MatrixFamily::Tcp: return SPG_TR_NOOP("spg::matrix", "TCP (AF_INET, SOCK_STREAM) on 127.0.0.1");
    case MatrixFamily::Udp: return SPG_TR_NOOP("spg::matrix", "UDP (AF_INET, SOCK_DGRAM) on 127.0.0.1");
    case MatrixFamily::UnixStream: return SPG_TR_NOOP("spg::matrix", "UNIX stream (AF_UNIX, SOCK_STREAM)");
    case MatrixFamily::UnixDgram: return SPG_TR_NOOP("spg::matrix", "UNIX datagram (AF_UNIX, SOCK_DGRAM)");
    }
    return "?";
}

std::vector<MatrixFamily> matrixFamilies()
{
    return { MatrixFamily::Tcp, MatrixFamily::Udp, MatrixFamily::UnixStream,
             MatrixFamily::UnixDgram };
}

std::vector<MatrixCell> matrixCells()
{
    static const CallSpec socketCall { "socket", "socket", {} };
    std::vector<MatrixCell> out;
    for (const FamilySpec& f : families()) {
        out.push_back(makeCell(f, f.states.front(), socketCall, true, out.size()));
        for (const bool blocking : { true, false })
            for (const CallSpec& c : calls()) {
                if ((!blocking && !c.has(Mode)) || (c.has(TcpOnly) && f.family != MatrixFamily::Tcp)
                    || (c.has(StreamOnly) && !f.stream))
                    continue;
                for (const StateSpec& st : f.states)
                    if ((!c.has(Poll) || st.ready)
                        && (!c.has(ConnectedOnly) || st.key == std::string_view("connected")))
                        out.push_back(makeCell(f, st, c, blocking, out.size()));
            }
    }
    return out;
}

} // namespace spg::core
