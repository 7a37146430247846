// The C for one call: the statements that make it the way the seeds' notes write socket
// code and print its strace-style line in the engine's exact format (the `r.text = ...` of
// engine_calls.cpp, engine_data.cpp and engine_options.cpp are the specification).
#include "export/scenario_export.h"

#include "core/words/address.h"
#include "core/sys/poller.h"
#include "core/words/sockopt.h"
#include "core/words/strace_format.h"

#include <cstddef>
#include <netinet/in.h>

namespace spg::core::c_export {

namespace {

constexpr std::size_t kStackBuffer = 16384; // Larger receive buffers are malloc'ed.

std::string protoSymbol(int p)
{
    return p == IPPROTO_TCP ? "IPPROTO_TCP" : p == IPPROTO_UDP ? "IPPROTO_UDP" : num(p);
}

std::string sendFlags(int flags) // The engine adds MSG_NOSIGNAL to every send.
{
    return flags == 0 ? "NOSIGNAL" : flagsSymbol(flags) + " | NOSIGNAL";
}

// recv(...) until EOF: the receive and its line repeat while they bring bytes, which are
// gathered in `all`; the step's result is their total, or the error that ended it.
void repeatUntilEof(Code& c, std::size_t from)
{
    Lines out(c.body.begin(), c.body.begin() + static_cast<std::ptrdiff_t>(from));
    out.insert(out.end(), { "size_t total = 0; /* until EOF: every byte, gathered */",
                            "char *all = NULL;", "ssize_t last = 0;", "for (;;) {" });
    for (auto it = c.body.begin() + static_cast<std::ptrdiff_t>(from); it != c.body.end(); ++it)
        out.push_back("    " + *it);
    out.insert(out.end(),
               { "    last = $R;", "    if ($R > 0) {",
                 "        char *more = realloc(all, total + got);", "        if (more == NULL) {",
                 "            perror(\"realloc\");", "            exit(1);", "        }",
                 "        all = more;", "        memcpy(all + total, buf, got);",
                 "        total += got;", "    }",
                 "    if ($R <= 0 || total >= " + num(static_cast<long>(kUntilEofLimit)) + ")",
                 "        break;", "}", "$D(last < 0 ? last : (ssize_t)total);" });
    c.body = out;
    c.got = "all, total";
    c.tail.insert(c.tail.begin(), "free(all);");
}

} // namespace

Code callCode(const Step& s, const CallContext& context, std::uint64_t& helpers)
{
    Code c;
    Lines& b = c.body;
    const std::string name(callName(s.call));
    const bool hasAddr = !s.address.text().empty();
    auto use = [&](std::uint64_t h) { helpers |= h; };
    auto add = [&](std::initializer_list<std::string> more) { b.insert(b.end(), more); };
    use(HelperBase);
    auto print = [&](const std::string& fmt, const std::string& args) {
        b.push_back("print_call($R, " + cLiteral(fmt) + (args.empty() ? "" : ", " + args) + ");");
    };
    auto track = [&](const std::string& fd) {
        if (context.track)
            b.push_back("track(\"" + name + "\", " + fd + ", $R);");
    };
    auto receiveBuffer = [&](std::size_t n) {
        if (n <= kStackBuffer) {
            b.push_back("char buf[" + num(static_cast<long>(n ? n : 1)) + "];");
            return;
        }
        add({ "char *buf = malloc(" + num(static_cast<long>(n)) + ");", "if (buf == NULL) {",
              "    perror(\"malloc\");", "    exit(1);", "}" });
        c.tail.push_back("free(buf);");
    };
    auto received = [&](std::size_t n) {
        b.push_back("size_t got = $R > 0 ? (size_t)$R : 0;");
        if (s.flags & MSG_TRUNC) { // The result is the datagram's length, not what was copied.
            add({ "if (got > " + num(static_cast<long>(n)) + ")",
                  "    got = " + num(static_cast<long>(n)) + ";" });
        }
        c.got = "buf, got";
    };
    const std::string flags = flagsSymbol(s.flags);
    std::size_t loopFrom = 0; // recv until EOF: the statements from here on repeat
    if (callSpec(s.call).has(KqueueOnly))
        return keventCode(s, context, helpers);
    switch (s.call) {
    case CallKind::Socket:
        b.push_back("$Dsocket(" + domainSymbol(s.domain) + ", " + typeSymbol(s.type) + ", "
                    + (s.protocol ? protoSymbol(s.protocol) : "0") + ");");
        print(pct("socket(" + familyName(s.domain) + ", " + socketTypeName(s.type) + ", "
                  + protocolText(s.domain, s.protocol) + ")"),
              "");
        b.push_back("no_sigpipe($I);");
        use(HelperNoSigpipe);
        track("$I");
        break;
    case CallKind::Socketpair: {
        b.push_back("int sv[2] = { -1, -1 };");
        b.push_back("$Dsocketpair(" + domainSymbol(s.domain) + ", " + typeSymbol(s.type) + ", "
                    + num(s.protocol) + ", sv);");
        print(pct("socketpair(" + familyName(s.domain) + ", " + socketTypeName(s.type) + ", "
                  + num(s.protocol) + ", ")
                  + "%s)",
              "$R == 0 ? text(\"[%d, %d]\", sv[0], sv[1]) : \"0x...\"");
        b.push_back("if ($R == 0) {");
        for (const auto& [var, i] :
             { std::pair { context.first, "0" }, std::pair { context.second, "1" } }) {
            add({ "    " + var + " = sv[" + i + "];", "    no_sigpipe(" + var + ");" });
            if (context.track)
                b.push_back("    track(\"socketpair\", " + var + ", 0);");
        }
        b.push_back("}");
        use(HelperNoSigpipe);
        break;
    }
    case CallKind::Bind:
    case CallKind::Connect:
        b.push_back("$D" + name + "($FD, $SA, $LEN);");
        print(name + "(%d, %s, %u)", "$FD, sockaddr_text($SA, $LEN), (unsigned)$LEN");
        use(HelperSockaddr);
        track("$FD");
        break;
    case CallKind::Listen:
        b.push_back("$Dlisten($FD, " + num(s.backlog) + ");");
        print("listen(%d, " + num(s.backlog) + ")", "$FD");
        track("$FD");
        break;
    case CallKind::Accept:
        add({ "struct sockaddr_storage peer;", "socklen_t len = sizeof peer;",
              "$Daccept($FD, (struct sockaddr *)&peer, &len);" });
        print("accept(%d, %s, [%u])",
              "$FD, $R >= 0 ? sockaddr_text((struct sockaddr *)&peer, len) "
              ": \"0x...\", (unsigned)($R >= 0 ? len : sizeof peer)");
        b.push_back("no_sigpipe($I);");
        c.peer = "$R >= 0 ? address_text((struct sockaddr *)&peer, len) : \"\"";
        use(HelperSockaddr | HelperNoSigpipe);
        track("$I");
        break;
    case CallKind::Accept4: {
        const std::string how = sockFlagsText(s.flags);
        const std::string cflags = s.flags ? replaceAll(how, "|", " | ") : "0";
        add({ "struct sockaddr_storage peer;", "socklen_t len = sizeof peer;",
              "#if defined(__linux__) || defined(__FreeBSD__) || defined(__NetBSD__) || defined(__OpenBSD__)",
              "$Daccept4($FD, (struct sockaddr *)&peer, &len, " + cflags + ");", "#else",
              "$D(errno = ENOSYS, -1); /* no accept4() on this system */", "#endif" });
        print("accept4(%d, %s, [%u], " + how + ")",
              "$FD, $R >= 0 ? sockaddr_text((struct sockaddr *)&peer, len) "
              ": \"0x...\", (unsigned)($R >= 0 ? len : sizeof peer)");
        b.push_back("no_sigpipe($I);");
        c.peer = "$R >= 0 ? address_text((struct sockaddr *)&peer, len) : \"\"";
        use(HelperSockaddr | HelperNoSigpipe);
        if (context.track)
            b.push_back("track(\"accept\", $I, $R);");
        break;
    }
    case CallKind::Write: {
        // As the playground: SIGPIPE blocked, so a vanished peer is an EPIPE to see, and the
        // pending signal consumed afterwards (a program with the default handler would die).
        const std::string& bytes = s.payload.empty() ? std::string() : s.payload[0];
        const std::string n = num(static_cast<long>(bytes.size()));
        add({ "const char msg[] = " + cLiteral(bytes) + ";", "sigset_t pipe_set;",
              "sigemptyset(&pipe_set);", "sigaddset(&pipe_set, SIGPIPE);",
              "pthread_sigmask(SIG_BLOCK, &pipe_set, NULL);", "$Dwrite($FD, msg, " + n + ");" });
        print("write(%d, %s, " + n + ")", "$FD, bytes_text(msg, " + n + ", STRSIZE)");
        add({ "{", "    sigset_t pending;", "    int sig;", "    int err = errno;",
              "    sigemptyset(&pending);",
              "    if (sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1)",
              "        sigwait(&pipe_set, &sig); /* the SIGPIPE write() raised */",
              "    errno = err;", "}" });
        c.got = "msg, $R > 0 ? (size_t)$R : 0";
        use(HelperBytes);
        break;
    }
    case CallKind::GetFl:
        b.push_back("$Dfcntl($FD, F_GETFL);");
        add({ "if ($R >= 0)",
              "    printf(\"fcntl(%d, F_GETFL) = 0x%lx (flags %s)\\n\", $FD, (unsigned long)$R, "
              "file_flags_text((int)$R));",
              "else" });
        b.push_back("    print_call($R, \"fcntl(%d, F_GETFL)\", $FD);");
        c.value = "$R >= 0 ? file_flags_text((int)$R) : \"\"";
        c.number = "$R";
        use(HelperFileFlags);
        break;
    case CallKind::Send:
    case CallKind::SendTo: {
        const std::string& bytes = s.payload.empty() ? std::string() : s.payload[0];
        const std::string n = num(static_cast<long>(bytes.size()));
        b.push_back("const char msg[] = " + cLiteral(bytes) + ";");
        const bool to = s.call == CallKind::SendTo;
        b.push_back("$D" + name + "($FD, msg, " + n + ", " + sendFlags(s.flags)
                    + (to ? ", $SA, $LEN" : "") + ");");
        print(name + "(%d, %s, " + n + ", %s" + (to ? ", %s, %u" : "") + ")",
              "$FD, bytes_text(msg, " + n + ", STRSIZE), msg_flags_text(" + sendFlags(s.flags) + ")"
                  + (to ? ", sockaddr_text($SA, $LEN), (unsigned)$LEN" : ""));
        c.got = "msg, $R > 0 ? (size_t)$R : 0";
        use(HelperBytes | HelperMsgFlags | HelperNoSignal | (to ? HelperSockaddr : Helper {}));
        break;
    }
    case CallKind::SendMsg: {
        std::string all;
        std::string iov;
        for (std::size_t i = 0; i < s.payload.size(); ++i) {
            const std::string part = "part" + num(static_cast<long>(i + 1));
            b.push_back("char " + part + "[] = " + cLiteral(s.payload[i]) + ";");
            iov += std::string(i ? ", " : "") + "{ .iov_base = " + part
                + ", .iov_len = " + num(static_cast<long>(s.payload[i].size())) + " }";
            all += s.payload[i];
        }
        const std::string count = num(static_cast<long>(s.payload.size()));
        b.push_back(s.payload.empty() ? "struct iovec *iov = NULL;"
                                      : "struct iovec iov[" + count + "] = { " + iov + " };");
        add({ "struct msghdr msg;", "memset(&msg, 0, sizeof msg);" });
        const bool named = hasAddr; // Host names are resolved first, as the engine does.
        if (named) {
            add({ "msg.msg_name = $SA;", "msg.msg_namelen = $LEN;" });
        }
        add({ "msg.msg_iov = iov;", "msg.msg_iovlen = " + count + ";",
              "$Dsendmsg($FD, &msg, " + sendFlags(s.flags) + ");" });
        print("sendmsg(%d, {msg_name="
                  + std::string(named ? "%s, msg_namelen=%u" : "NULL, msg_namelen=0")
                  + ", msg_iov=%s, msg_iovlen=" + count + ", msg_controllen=0, msg_flags=0}, %s)",
              "$FD, " + std::string(named ? "sockaddr_text($SA, $LEN), (unsigned)$LEN, " : "")
                  + "iov_text(iov, " + count + ", " + num(static_cast<long>(all.size()))
                  + "), msg_flags_text(" + sendFlags(s.flags) + ")");
        c.got = cLiteral(all) + ", $R > 0 ? (size_t)$R : 0";
        use(HelperIov | HelperMsgFlags | HelperNoSignal | (named ? HelperSockaddr : Helper {}));
        break;
    }
    case CallKind::Read: {
        const std::string n = num(static_cast<long>(s.length));
        receiveBuffer(s.length);
        loopFrom = b.size();
        b.push_back("$Dread($FD, buf, " + n + ");");
        received(s.length);
        print("read(%d, %s, " + n + ")", "$FD, $R >= 0 ? bytes_text(buf, got, STRSIZE) : \"0x...\"");
        use(HelperBytes);
        break;
    }
    case CallKind::Recv:
    case CallKind::RecvFrom: {
        const std::string n = num(static_cast<long>(s.length));
        const bool from = s.call == CallKind::RecvFrom;
        receiveBuffer(s.length);
        loopFrom = b.size();
        if (from) {
            add({ "struct sockaddr_storage from;", "socklen_t len = sizeof from;" });
        }
        b.push_back("$D" + name + "($FD, buf, " + n + ", " + flags
                    + (from ? ", (struct sockaddr *)&from, &len);" : ");"));
        received(s.length);
        if (from) {
            b.push_back("int named = $R >= 0 && len > 0;");
            c.peer = "named ? address_text((struct sockaddr *)&from, len) : \"\"";
        }
        print(name + "(%d, %s, " + n + ", %s" + (from ? ", %s, [%u])" : ")"),
              "$FD, $R >= 0 ? bytes_text(buf, got, STRSIZE) : \"0x...\", msg_flags_text(" + flags
                  + ")"
                  + (from ? ", named ? sockaddr_text((struct sockaddr *)&from, len) : \"NULL\", "
                            "named ? (unsigned)len : 0u"
                          : ""));
        use(HelperBytes | HelperMsgFlags | (from ? HelperSockaddr : Helper {}));
        break;
    }
    case CallKind::RecvMsg: {
        std::size_t total = 0;
        std::string iov;
        for (std::size_t n : s.iovLengths) {
            iov += std::string(total || !iov.empty() ? ", " : "") + "{ .iov_base = buf"
                + (total ? " + " + num(static_cast<long>(total)) : "")
                + ", .iov_len = " + num(static_cast<long>(n)) + " }";
            total += n;
        }
        const std::string count = num(static_cast<long>(s.iovLengths.size()));
        receiveBuffer(total);
        add({ "struct iovec iov[" + count + "] = { " + iov + " };", "struct sockaddr_storage from;",
              "struct msghdr msg;", "memset(&msg, 0, sizeof msg);", "msg.msg_name = &from;",
              "msg.msg_namelen = sizeof from;", "msg.msg_iov = iov;",
              "msg.msg_iovlen = " + count + ";", "$Drecvmsg($FD, &msg, " + flags + ");" });
        received(total);
        b.push_back("int named = $R >= 0 && msg.msg_namelen > 0;");
        c.peer = "named ? address_text((struct sockaddr *)&from, msg.msg_namelen) : \"\"";
        c.flags = "msg.msg_flags";
        print("recvmsg(%d, {msg_name=%s, msg_namelen=%u, msg_iov=%s, msg_iovlen=" + count
                  + ", msg_controllen=0, msg_flags=%s}, %s)",
              "$FD, named ? sockaddr_text((struct sockaddr *)&from, msg.msg_namelen) : \"NULL\", "
              "named ? (unsigned)msg.msg_namelen : 0u, iov_text(iov, "
                  + count + ", $R >= 0 ? got : 0), msg_flags_text(msg.msg_flags), msg_flags_text("
                  + flags + ")");
        use(HelperIov | HelperMsgFlags | HelperSockaddr);
        break;
    }
    case CallKind::Shutdown:
    case CallKind::Close: {
        const std::string how = s.call == CallKind::Shutdown ? ", " + shutdownHowText(s.how) : "";
        b.push_back("$D" + name + "($FD" + how + ");");
        print(name + "(%d" + how + ")", "$FD");
        track("$FD");
        break;
    }
    case CallKind::SetSockOpt:
    case CallKind::GetSockOpt: {
        // Names as the engine prints them; in the C call, the level and option as written
        // (a macro or a number: both are C).
        OptionRef ref;
        if (!resolveOptionRef(s.level, s.option, ref).empty())
            break;
        const SocketOption* o = ref.known ? ref.known : &numericOption();
        const bool set = s.call == CallKind::SetSockOpt;
        const std::string head =
            name + "(%d, " + optionLevelText(ref.level) + ", " + optionNameText(ref) + ", ";
        OptionValue v;
        parseOptionValue(*o, s.value, v);
        unsigned char raw[32];
        const unsigned rawLength = encodeOptionValue(*o, v, raw, sizeof raw);
        const std::string shown = set ? pct(renderOptionValue(*o, raw, rawLength)) : "%s";
        const std::string type = o->kind == OptionKind::Linger ? "struct linger"
            : o->kind == OptionKind::Timeval                   ? "struct timeval"
                                                               : "int";
        if (!set && type == "int") {
            b.push_back("int value = 0;");
        } else if (!set) {
            add({ type + " value;", "memset(&value, 0, sizeof value);" });
        } else if (o->kind == OptionKind::Linger)
            b.push_back("struct linger value = { .l_onoff = " + num(v.lingerOnOff)
                        + ", .l_linger = " + num(v.lingerSeconds) + " };");
        else if (o->kind == OptionKind::Timeval)
            b.push_back("struct timeval value = { .tv_sec = " + num(v.seconds)
                        + ", .tv_usec = " + num(v.micros) + " };");
        else
            b.push_back("int value = " + num(v.number) + ";");
        if (!set)
            b.push_back("socklen_t len = sizeof value;");
        b.push_back("$D" + name + "($FD, " + s.level + ", " + s.option + ", &value, "
                    + (set ? "sizeof value);" : "&len);"));
        if (set) {
            print(head + shown + ", %u)", "$FD, (unsigned)sizeof value");
            break;
        }
        const std::string render = o->kind == OptionKind::Linger
            ? "text(\"{l_onoff=%d, l_linger=%d}\", value.l_onoff, value.l_linger)"
            : o->kind == OptionKind::Timeval
            ? "text(\"{tv_sec=%ld, tv_usec=%ld}\", (long)value.tv_sec, (long)value.tv_usec)"
            : "text(\"[%d]\", value)";
        print(head + "%s, [%u])", "$FD, $R >= 0 ? " + render + " : \"0x...\", (unsigned)len");
        const std::string words = o->kind == OptionKind::Linger
            ? "value.l_onoff ? text(\"on, %d s\", value.l_linger) : \"off\""
            : o->kind == OptionKind::Timeval
            ? "text(\"%ld.%06ld s\", (long)value.tv_sec, (long)value.tv_usec)"
            : o->kind == OptionKind::Bool ? "value ? text(\"on (%d)\", value) : \"off (0)\""
            : o->name == "SO_ERROR"
            ? "value ? text(\"%d (%s)\", value, outcome_text(-1, value) + 5) : \"0\""
            : "text(\"%d\", value)";
        c.value = "$R >= 0 ? (" + words + ") : \"\"";
        if (type == "int")
            c.number = "value";
        break;
    }
    case CallKind::GetSockName:
    case CallKind::GetPeerName:
        add({ "struct sockaddr_storage addr;", "socklen_t len = sizeof addr;",
              "$D" + name + "($FD, (struct sockaddr *)&addr, &len);" });
        print(name + "(%d, %s, [%u])",
              "$FD, $R >= 0 ? sockaddr_text((struct sockaddr *)&addr, len) : \"0x...\", "
              "(unsigned)len");
        c.value = "$R >= 0 ? address_text((struct sockaddr *)&addr, len) : \"\"";
        use(HelperSockaddr);
        break;
    case CallKind::SetNonBlocking: {
        const std::string now = s.enable ? "(flags < 0 ? 0 : flags) | O_NONBLOCK"
                                         : "flags < 0 ? 0 : flags & ~O_NONBLOCK";
        b.push_back("int flags = fcntl($FD, F_GETFL, 0); /* the flags now, then O_NONBLOCK "
                    + std::string(s.enable ? "added */" : "removed */"));
        b.push_back("$Dflags < 0 ? -1 : fcntl($FD, F_SETFL, "
                    + std::string(s.enable ? "flags | O_NONBLOCK);" : "flags & ~O_NONBLOCK);"));
        print("fcntl(%d, F_SETFL, %s)", "$FD, file_flags_text(" + now + ")");
        use(HelperFileFlags);
        break;
    }
    case CallKind::IoctlFionread:
        add({ "int count = 0;", "$Dioctl($FD, FIONREAD, &count); /* bytes waiting to be read */" });
        print("ioctl(%d, FIONREAD, %s)", "$FD, $R >= 0 ? text(\"[%d]\", count) : \"[?]\"");
        c.value = "$R >= 0 ? text(\"%d\", count) : \"\"";
        c.number = "count";
        break;
    case CallKind::SetAutomation: {
        const char* what = s.automation == Automation::AutoAccept ? "AUTO_ACCEPT"
            : s.automation == Automation::AutoReceive             ? "AUTO_RECEIVE"
                                                                  : "AUTO_ECHO";
        b.push_back("automate($FD, " + std::string(what) + ");");
        b.push_back("printf(\"%s\\n\", " + cLiteral(automationLine(s)) + ");");
        use(HelperAutomation);
        break;
    }
    case CallKind::Poll: {
        const std::string n = num(static_cast<long>(context.pollFds.size()));
        std::string entries, shown;
        for (std::size_t i = 0; i < context.pollFds.size(); ++i) {
            const auto& [fd, closed] = context.pollFds[i];
            entries += std::string(i ? ", " : "") + "{ .fd = " + (closed ? "INT_MAX" : fd)
                + ", .events = " + replaceAll(pollEventsText(s.pollFds[i].events), "|", " | ") + " }";
            shown += std::string(i ? ", " : "") + fd;
        }
        if (context.pollFds.empty()) {
            add({ "struct pollfd *fds = NULL;", "int *shown = NULL;" });
        } else {
            add({ "struct pollfd fds[" + n + "] = { " + entries + " };",
                  "int shown[" + n + "] = { " + shown + " }; /* the fds as the lines show them */" });
        }
        for (const auto& [fd, closed] : context.pollFds)
            if (closed)
                b.push_back("/* " + fd + " was closed: INT_MAX is surely not open, so the kernel "
                                         "answers POLLNVAL as for any closed fd. */");
        b.push_back("$Dpoll(fds, " + n + ", " + num(s.timeoutMs) + ");");
        b.push_back("print_poll($R, fds, shown, " + n + ", " + num(s.timeoutMs) + ");");
        c.revents = "fds";
        use(HelperPoll);
        break;
    }
    case CallKind::Select: {
        std::string sets;
        for (std::size_t k = 0; k < 3; ++k) {
            std::string fds, shown;
            for (std::size_t i = 0; i < context.fdSets[k].size(); ++i) {
                const auto& [fd, closed] = context.fdSets[k][i];
                fds += std::string(i ? ", " : "") + (closed ? "closed_fd_below_setsize()" : fd);
                shown += std::string(i ? ", " : "") + fd;
            }
            const std::string n = num(static_cast<long>(context.fdSets[k].size()));
            sets += std::string(k ? ", " : "")
                + (context.fdSets[k].empty() ? "{ 0, { 0 }, { 0 }, { 0 } }"
                                             : "{ " + n + ", { " + fds + " }, { " + shown + " }, { 0 } }");
        }
        add({ "struct select_set sets[3] = { " + sets + " }; /* readfds, writefds, exceptfds */" });
        for (const auto& set : context.fdSets)
            for (const auto& [fd, closed] : set)
                if (closed) {
                    b.push_back("/* " + fd + " was closed: a descriptor surely not open is asked "
                                             "about instead, and the kernel answers EBADF. */");
                    use(HelperClosedFd);
                }
        b.push_back("$D(int)select_call(sets, " + num(s.timeoutMs) + ");");
        c.sets = "sets";
        use(HelperSelect);
        break;
    }
    default: epollCode(s, context, c, helpers); break;
    }
    if (s.untilEof)
        repeatUntilEof(c, loopFrom);
    return c;
}

// The address as the seeds' notes fill it in: a struct sockaddr_in with htons and
// inet_pton, a sockaddr_un with its path; host names through getaddrinfo.
} // namespace spg::core::c_export
