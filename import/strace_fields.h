// Fields inside one strace argument: "sin_port" in {sa_family=AF_INET, sin_port=htons(80), ...}
// and the whole sockaddr as an address, a msghdr's iovecs and msg_name, poll()'s returned
// {fd=N, revents=...} entries, select()'s fd sets and option values. Plain scanners, not
// std::regex: libstdc++'s regex recurses once per character, and a 100 KB payload
// (strace -s 100000) overflowed the stack and closed the window.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spg::straceimport {

// The value of `key=` at the start of `item` or after '{', ' ' or ',', up to the next ',' or
// '}' (or the end); "" when there is none.
std::string straceField(std::string_view item, std::string_view key);

struct StraceIovec {
    std::string base;   // The quoted bytes as strace wrote them ("..." kept), or NULL.
    std::string length; // iov_len, digits.
};
// Every {iov_base="...", iov_len=N} in a msghdr, in order.
std::vector<StraceIovec> straceIovecs(std::string_view msg);

// "{sa_family=AF_INET, ...}" after "msg_name=", or "" when there is none.
std::string straceMsgName(std::string_view msg);

struct StraceRevents {
    std::string fd;      // Digits.
    std::string revents; // "POLLIN|POLLHUP".
};
// Every {fd=N, revents=...} of a poll() result note, an fd's <...> annotation allowed.
std::vector<StraceRevents> straceReventsList(std::string_view note);

struct StraceFdMention {
    std::string number;     // Digits.
    std::string annotation; // Between < and >: "TCP:[127.0.0.1:1->127.0.0.1:2]".
};
// Every annotated fd in a call's text (strace -yy: 3<TCP:[...]>), at its start or after
// whitespace, '[', '{', '=' or ','.
std::vector<StraceFdMention> straceFdMentions(std::string_view text);

// Every fd of a select() set's inside ("3 4<TCP:[...]> 5") as written: its digits, with its
// annotation when a closed one follows them.
std::vector<std::string> straceFdTokens(std::string_view text);

struct StraceSetResult {
    std::string set;    // "in", "out" or "except".
    std::string inside; // What the brackets hold: "3<TCP:[...]> 5".
};
// Every "in [...]", "out [...]" and "except [...]" of a select() result note, in order.
std::vector<StraceSetResult> straceSelectResults(std::string_view note);

// "[42]" (an int option's value, FIONREAD's count): the number, with its '-' when
// `negativeToo`; "" for anything else.
std::string straceBracketedNumber(std::string_view value, bool negativeToo);

// "{l_onoff=1, l_linger=5}": true and the two numbers; false for anything else.
bool straceLinger(std::string_view value, std::string& onoff, std::string& linger);

// strace's sockaddr ({sa_family=AF_INET, sin_port=htons(80), ...}) as the playground writes
// an address ("127.0.0.1:80", "[::1]:80", "unix:/p", "unix:@n"); "" when it cannot.
std::string sockaddrText(const std::string& text);

} // namespace spg::straceimport
