// The scenario parser's arguments, read by kind: the call table says which kinds a call
// takes, and each reader checks its text and fills the step, or fails with the column and
// what was expected. Pure; any thread.
#include "core/scenario/scenario_line_parser.h"

#include "core/scenario/scenario_expect.h"
#include "core/scenario/scenario_files.h"
#include "core/scenario/scenario_kevent.h"
#include "core/sys/poller.h"
#include "core/words/address.h"
#include "core/words/c_escapes.h"
#include "core/words/calls.h"

#include <algorithm>
#include <utility>

namespace spg::core::scenario_parse {

using namespace scenario_text;

bool LineParser::socketArg(const Piece& p)
{
    if (!isIdentifier(p.text))
        return fail(p.column, SPG_TR_NOOP("spg::scenario", "expected a socket name, got \"%1\""),
                    p.text);
    if (!sockets.count(p.text))
        return fail(p.column,
                    SPG_TR_NOOP("spg::scenario",
                                "unknown socket \"%1\": create it first, e.g. "
                                "%1 = socket(AF_INET, SOCK_STREAM, 0)"),
                    p.text);
    step.socket = p.text;
    return true;
}

bool LineParser::intArg(const Piece& p, long& out, const char* expected)
{
    if (parseLong(p.text, out))
        return true;
    return fail(p.column, expected, p.text);
}

bool LineParser::symbolsArg(const Piece& p, int& out, const char* expected)
{
    if (parseSymbols(p.text, out))
        return true;
    return fail(p.column, expected, p.text);
}

bool LineParser::addressArg(const Piece& p)
{
    std::string text = p.text;
    if (text.size() >= 2 && text.front() == '"')
        text = unquote(text);
    const auto dot = text.find('.');
    if (dot != std::string::npos && isIdentifier(text.substr(0, dot))
        && (text.substr(dot) == ".local" || text.substr(dot) == ".peer")) {
        const std::string name = text.substr(0, dot);
        if (!sockets.count(name))
            return fail(p.column, SPG_TR_NOOP("spg::scenario", "unknown socket \"%1\" in %2"), name,
                        text);
        step.address.socket = name;
        step.address.peer = text.substr(dot) == ".peer";
        return true;
    }
    // A quoted address keeps its quotes (one spelling of them), so the engine reads the
    // same bytes: a UNIX path may end in a space or hold a control byte.
    const std::string literal =
        p.text.size() >= 2 && p.text.front() == '"' ? "\"" + cEscapeBody(text) + "\"" : text;
    const AddressParse parsed = parseAddress(literal);
    if (!parsed.ok())
        return fail(p.column, parsed.message);
    step.address.literal = literal;
    return true;
}

bool LineParser::bytesArg(const Piece& p, std::string& out)
{
    Message message;
    Message why;
    const std::string& t = p.text;
    if (t.rfind("file(", 0) == 0 && t.back() == ')') {
        if (step.call != CallKind::Send && step.call != CallKind::SendTo
            && step.call != CallKind::Write)
            return fail(p.column,
                        SPG_TR_NOOP("spg::scenario",
                                    "file(...) payloads work in send(), sendto() and write()"));
        const std::string name = unquote(trimmed(t.substr(5, t.size() - 6)));
        if (!readPayloadFile(baseDir, name, out, message))
            return fail(p.column, message);
        step.payloadFile = name;
        return true;
    }
    if (parseBytesLiteral(p.text, out, why))
        return true;
    return fail(p.column, why);
}

bool LineParser::pollEvents(const Piece& p, short& out)
{
    out = 0;
    for (const std::string& bit : splitTop(p.text, '|')) {
        const std::string b = trimmed(bit);
        short one = 0;
        long n = 0;
        // A name, a decimal number, or the hex the log and the recorder write for bits
        // without a name (POLLIN|0x4000).
        if (pollEventFromName(b, one))
            out = static_cast<short>(out | one);
        else if ((parseLong(b, n) || parseHex(b, n)) && n >= 0 && n <= 0xffff)
            out = static_cast<short>(out | static_cast<short>(n)); // 0x400: as poll's log writes it
        else
            return fail(
                p.column,
                SPG_TR_NOOP("spg::scenario",
                            "expected POLLIN, POLLOUT, POLLPRI, ... joined with |, got \"%1\""),
                b);
    }
    return true;
}

// poll(sock, EVENTS[, TIMEOUT]) or poll([a POLLIN, b POLLIN|POLLOUT], TIMEOUT).
bool LineParser::pollCall(const std::vector<Piece>& args, int column)
{
    step.call = CallKind::Poll;
    const char* usage = "poll(sock, POLLIN) or poll([a POLLIN, b POLLOUT], 1000)";
    if (args.empty() || args.size() > 3)
        return fail(column, SPG_TR_NOOP("spg::scenario", "expected %1"), usage);
    std::size_t next = 1;
    if (!args[0].text.empty() && args[0].text.front() == '[') {
        std::vector<Piece> entries;
        if (!bracketList(args[0], entries))
            return fail(
                args[0].column,
                SPG_TR_NOOP("spg::scenario", "expected a list of entries: [a POLLIN, b POLLOUT]"));
        for (const Piece& entry : entries) {
            const auto space = entry.text.find(' ');
            if (space == std::string::npos)
                return fail(
                    entry.column,
                    SPG_TR_NOOP("spg::scenario", "expected a socket and its events: a POLLIN"));
            PollArg arg;
            const Piece sock { entry.text.substr(0, space), entry.column };
            const int at = entry.column + static_cast<int>(space) + 1;
            if (!socketArg(sock)
                || !pollEvents(Piece { trimmed(entry.text.substr(space)), at }, arg.events))
                return false;
            arg.socket = sock.text;
            step.pollFds.push_back(arg);
        }
        if (args.size() != 2)
            return fail(column,
                        SPG_TR_NOOP("spg::scenario",
                                    "expected poll([a POLLIN, ...], TIMEOUT): a timeout in "
                                    "milliseconds, -1 for ever"));
    } else {
        PollArg arg;
        if (args.size() < 2 || !socketArg(args[0]) || !pollEvents(args[1], arg.events))
            return args.size() < 2
                ? fail(column, SPG_TR_NOOP("spg::scenario", "expected %1"), usage)
                : false;
        arg.socket = args[0].text;
        step.pollFds.push_back(arg);
        next = 2;
    }
    step.socket = step.pollFds.empty() ? "" : step.pollFds.front().socket;
    if (next < args.size()) {
        long ms = 0;
        if (!intArg(args[next], ms,
                    SPG_TR_NOOP("spg::scenario",
                                "expected a timeout in milliseconds (-1 for ever), got \"%1\"")))
            return false;
        if (ms < -1 || ms > 3600000)
            return fail(args[next].column,
                        SPG_TR_NOOP("spg::scenario",
                                    "a timeout is -1 (for ever) or 0 to 3600000 milliseconds"));
        step.timeoutMs = static_cast<int>(ms);
    }
    return true;
}

// A scenario line's call, read by the call table: the call's row says which arguments it
// takes and of what kind; argument() reads each kind. Only the forms that are not plain
// argument lists (poll's entries, automation lines, sleep) are spelled out here.
bool LineParser::call(const std::string& name, const std::vector<Piece>& args, int column)
{
    if (name == "poll")
        return pollCall(args, column);
    if (name == "auto_accept" || name == "auto_receive" || name == "echo") {
        step.call = CallKind::SetAutomation;
        step.enable = true;
        step.automation = name == "auto_accept" ? Automation::AutoAccept
            : name == "auto_receive"            ? Automation::AutoReceive
                                                : Automation::Echo;
        return expectArgs(args, 1, column, "auto_accept(sock), auto_receive(sock) or echo(sock)")
            && socketArg(args[0]);
    }
    if (name == "sleep") {
        step.kind = StepKind::Sleep;
        return expectArgs(args, 1, column, "sleep(milliseconds)")
            && intArg(args[0], step.sleepMs,
                      SPG_TR_NOOP("spg::scenario",
                                  "expected milliseconds (at most 60000), got \"%1\""))
            && (step.sleepMs >= 0 && step.sleepMs <= 60000
                    ? true
                    : fail(args[0].column,
                           SPG_TR_NOOP("spg::scenario", "sleep takes 0 to 60000 milliseconds")));
    }
    const CallSpec* spec = findCall(name);
    if (!spec)
        return fail(column,
                    SPG_TR_NOOP("spg::scenario",
                                "unknown call \"%1\"; expected a socket call such as socket, bind, "
                                "listen, accept, connect, send, recv, read, write, close, poll"),
                    name);
    if (spec->kind == CallKind::SetNonBlocking && args.size() == 2
        && trimmed(args[1].text) == "F_GETFL")
        spec = &callSpec(CallKind::GetFl); // fcntl(s, F_GETFL) and fcntl(s, F_SETFL, ...)
    step.call = spec->kind;
    if (step.call == CallKind::Accept && args.size() == 3 && args[1].text == "NULL"
        && args[2].text == "NULL")
        return socketArg(args[0]); // accept(s, NULL, NULL), as the notes write it
    std::size_t required = 0;
    for (const ArgSpec& a : spec->args)
        required += a.optional ? 0 : 1;
    if (args.size() < required || args.size() > spec->args.size()) {
        if (required == spec->args.size())
            return fail(column, SPG_TR_NOOP("spg::scenario", "expected %1 argument(s): %2"),
                        required, spec->usage);
        return fail(column, SPG_TR_NOOP("spg::scenario", "expected %1 or %2 argument(s): %3"),
                    required, spec->args.size(), spec->usage);
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        step.argColumns.push_back(args[i].column);
        if (!argument(spec->args[i].kind, args[i]))
            return false;
    }
    if (spec->has(MakesTwo) && step.assign2.empty())
        return fail(1,
                    SPG_TR_NOOP("spg::scenario",
                                "socketpair makes two sockets: write a, b = socketpair(...)"));
    return true;
}

bool LineParser::argument(ArgKind kind, const Piece& p)
{
    long n = 0;
    std::string bytes;
    switch (kind) {
    case ArgKind::Socket: return socketArg(p);
    case ArgKind::Domain:
        return symbolsArg(
            p, step.domain,
            SPG_TR_NOOP("spg::scenario",
                        "expected a domain: AF_INET, AF_INET6 or AF_UNIX, got \"%1\""));
    case ArgKind::Type:
        return symbolsArg(
            p, step.type,
            SPG_TR_NOOP("spg::scenario",
                        "expected a type: SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET, got \"%1\""));
    case ArgKind::Protocol:
        return symbolsArg(
            p, step.protocol,
            SPG_TR_NOOP("spg::scenario",
                        "expected a protocol: 0, IPPROTO_TCP or IPPROTO_UDP, got \"%1\""));
    case ArgKind::Address: return addressArg(p);
    case ArgKind::Backlog:
        if (!intArg(p, n, SPG_TR_NOOP("spg::scenario", "expected a backlog number, got \"%1\"")))
            return false;
        step.backlog = static_cast<int>(n);
        return true;
    case ArgKind::MsgFlags:
        return symbolsArg(
            p, step.flags,
            SPG_TR_NOOP("spg::scenario", "expected flags: 0 or MSG_... joined with |, got \"%1\""));
    case ArgKind::SockFlags:
        return symbolsArg(
            p, step.flags,
            SPG_TR_NOOP("spg::scenario",
                        "expected flags: 0 or SOCK_NONBLOCK|SOCK_CLOEXEC, got \"%1\""));
    case ArgKind::Bytes:
        if (!bytesArg(p, bytes))
            return false;
        step.payload = { bytes };
        return true;
    case ArgKind::BytesList: {
        std::vector<Piece> parts;
        if (!bracketList(p, parts))
            return fail(
                p.column,
                SPG_TR_NOOP("spg::scenario", "expected a list of byte strings: [\"ab\", \"cd\"]"));
        for (const Piece& part : parts) {
            if (!bytesArg(part, bytes))
                return false;
            step.payload.push_back(bytes);
        }
        return true;
    }
    case ArgKind::Length:
        if (!intArg(p, n, SPG_TR_NOOP("spg::scenario", "expected a buffer size, got \"%1\"")))
            return false;
        if (n < 0 || n > static_cast<long>(kMaxBuffer))
            return fail(p.column,
                        SPG_TR_NOOP("spg::scenario", "buffer size must be 0 to 67108864 (64 MiB)"));
        step.length = static_cast<std::size_t>(n);
        return true;
    case ArgKind::LengthList: return lengths(p);
    case ArgKind::How:
        return symbolsArg(
            p, step.how,
            SPG_TR_NOOP("spg::scenario", "expected SHUT_RD, SHUT_WR or SHUT_RDWR, got \"%1\""));
    case ArgKind::Level:
        step.level = p.text;
        m_levelColumn = p.column;
        return true;
    case ArgKind::Option: {
        // Names are checked; numbers go to the kernel as given (ENOPROTOOPT is a lesson too).
        // An unknown name is the option's fault; anything else, the level's.
        if (const Message why = optionRefMessage(step.level, p.text, m_option); *why.text)
            return fail(findOption(p.text) || parseLong(p.text, n) ? m_levelColumn : p.column, why);
        step.option = p.text;
        return true;
    }
    case ArgKind::OptionValue: {
        OptionValue value;
        const Message problem =
            optionValueMessage(m_option.known ? *m_option.known : numericOption(), p.text, value);
        if (*problem.text)
            return fail(p.column, makeMessage("spg::sockopt", "%1: %2", step.option, problem));
        step.value = p.text;
        return true;
    }
    case ArgKind::SetFlCommand:
        return p.text == "F_SETFL"
            || fail(p.column, SPG_TR_NOOP("spg::scenario", "expected F_SETFL or F_GETFL"));
    case ArgKind::GetFlCommand:
        return p.text == "F_GETFL"
            || fail(p.column, SPG_TR_NOOP("spg::scenario", "expected F_GETFL"));
    case ArgKind::NonBlockFlag: {
        int flags = 0;
        if (!symbolsArg(p, flags,
                        SPG_TR_NOOP("spg::scenario", "expected O_NONBLOCK or 0, got \"%1\"")))
            return false;
        step.enable = flags != 0;
        return true;
    }
    case ArgKind::IoctlRequest:
        return p.text == "FIONREAD"
            || fail(p.column, SPG_TR_NOOP("spg::scenario", "expected FIONREAD"));
    case ArgKind::ReadFds:
    case ArgKind::WriteFds:
    case ArgKind::ExceptFds: return fdSet(kind, p);
    case ArgKind::Timeout:
        if (!intArg(p, n,
                    SPG_TR_NOOP("spg::scenario",
                                "expected a timeout in milliseconds (-1 for ever), got \"%1\"")))
            return false;
        if (n < -1 || n > 3600000)
            return fail(p.column,
                        SPG_TR_NOOP("spg::scenario",
                                    "a timeout is -1 (for ever) or 0 to 3600000 milliseconds"));
        step.timeoutMs = static_cast<int>(n);
        return true;
    case ArgKind::PollList: break; // poll() is read by pollCall.
    case ArgKind::Epoll: return socketArg(p);
    case ArgKind::WatchedFd: {
        const std::string instance = step.socket;
        if (!socketArg(p))
            return false;
        step.watched = std::exchange(step.socket, instance);
        return true;
    }
    case ArgKind::EpollFlags:
    case ArgKind::EpollOp:
    case ArgKind::EpollEvents:
    case ArgKind::MaxEvents: {
        const Message why = epollArgument(kind, p.text, step);
        return !*why.text || fail(p.column, why);
    }
    case ArgKind::Changelist:
    case ArgKind::Changelist64:
    case ArgKind::EventCount:
    case ArgKind::Kevent64Flags: {
        int at = 0;
        Message message;
        return parseKeventArgument(kind, p, sockets, step, at, message) || fail(at, message);
    }
    }
    return fail(p.column,
                SPG_TR_NOOP("spg::scenario", "this argument is not supported in scenarios"));
}

// One of select()'s sets: [a, b] or [] (each socket at most once per set, as an fd_set holds).
bool LineParser::fdSet(ArgKind kind, const Piece& p)
{
    const auto k = static_cast<std::size_t>(kind) - static_cast<std::size_t>(ArgKind::ReadFds);
    std::vector<Piece> parts;
    if (p.text.empty() || p.text.front() != '[' || !bracketList(p, parts))
        return fail(p.column,
                    SPG_TR_NOOP("spg::scenario", "expected a list of sockets: [a, b] or []"));
    auto& set = step.fdSets[k];
    for (const Piece& part : parts) {
        if (!socketArg(part))
            return false;
        if (std::find(set.begin(), set.end(), part.text) != set.end())
            return fail(part.column, SPG_TR_NOOP("spg::scenario", "\"%1\" is already in this set"),
                        part.text);
        set.push_back(part.text);
    }
    if (step.socket.empty() && !set.empty())
        step.socket = set.front();
    return true;
}

// recvmsg's buffer sizes: each and their sum bounded, so no length can wrap around.
bool LineParser::lengths(const Piece& p)
{
    std::vector<Piece> parts;
    // [] is a real call too: no iovec at all (a datagram is then consumed and cut, MSG_TRUNC).
    if (!bracketList(p, parts))
        return fail(p.column,
                    SPG_TR_NOOP("spg::scenario", "expected a list of buffer sizes: [4, 4]"));
    std::size_t total = 0;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        long n = 0;
        if (!parseLong(parts[i].text, n) || n < 0 || n > static_cast<long>(kMaxBuffer))
            return fail(parts[i].column,
                        SPG_TR_NOOP("spg::scenario",
                                    "expected a buffer size of 0 to 67108864 (64 MiB) "
                                    "as element %1, got \"%2\""),
                        i + 1, parts[i].text);
        total += static_cast<std::size_t>(n);
        if (total > kMaxBuffer)
            return fail(parts[i].column,
                        SPG_TR_NOOP("spg::scenario",
                                    "the buffers add up to more than 67108864 bytes "
                                    "(64 MiB) at element %1"),
                        i + 1);
        step.iovLengths.push_back(static_cast<std::size_t>(n));
    }
    return true;
}

} // namespace spg::core::scenario_parse
