// The socket options the playground knows by name, with their level, kind of value and a
// one-line explanation, plus parsing of user-typed values and strace-style rendering.
// Pure functions; callable from any thread.
#pragma once

#include "core/words/message.h"

#include <string>
#include <string_view>
#include <vector>

namespace spg::core {

enum class OptionKind { Int, Bool, Linger, Timeval };

struct SocketOption {
    std::string_view name;      // "SO_REUSEADDR"
    std::string_view levelName; // "SOL_SOCKET"
    int level = 0;
    int optname = 0;
    OptionKind kind = OptionKind::Int;
    std::string_view help; // One man-page-like sentence.
};

// The options available on this platform, in a stable display order.
const std::vector<SocketOption>& socketOptions();
const SocketOption* findOption(std::string_view name);

// An option as a call names it: a level and an option number, each given by name or as a
// decimal number. Numbers go to the kernel as given (an unknown one earns ENOPROTOOPT from
// the kernel, which is the lesson); `known` is the table entry when the pair is one.
struct OptionRef {
    int level = 0;
    int optname = 0;
    const SocketOption* known = nullptr;
};

// Resolves `level` (a level name such as SOL_SOCKET / IPPROTO_TCP / IPPROTO_IP /
// IPPROTO_IPV6, a decimal number, or empty for the named option's own level) and `option`
// (a known name or a decimal number). Returns "" on success, otherwise a message such as
// "SO_RCVBUF is at level SOL_SOCKET".
std::string resolveOptionRef(std::string_view level, std::string_view option, OptionRef& out);
// The same, as a message for the window to translate; its text is "" on success.
Message optionRefMessage(std::string_view level, std::string_view option, OptionRef& out);
// The same check without the result, for parsers validating "level, option" text.
std::string checkOptionRef(std::string_view level, std::string_view option);
// "SOL_SOCKET" for a level the table knows, else the number.
std::string optionLevelText(int level);
// "SO_REUSEADDR" for a known pair, else the option number.
std::string optionNameText(const OptionRef& ref);
// What an option of no known kind is taken as: a plain int.
const SocketOption& numericOption();

// A value as the kernel takes it. Int/Bool use `number`; Linger uses onoff/seconds;
// Timeval uses seconds/micros.
struct OptionValue {
    long number = 0;
    int lingerOnOff = 0;
    int lingerSeconds = 0;
    long seconds = 0;
    long micros = 0;
};

// Parses "1", "on", "{1,0}", "1.5" (seconds) according to the option's kind.
// Returns an empty string on success, otherwise a message naming what was expected.
std::string parseOptionValue(const SocketOption& option, std::string_view text, OptionValue& out);
// The same, as a message for the window to translate; its text is "" on success.
Message optionValueMessage(const SocketOption& option, std::string_view text, OptionValue& out);

// Fills `buffer` with the kernel representation; returns its length.
unsigned encodeOptionValue(const SocketOption& option, const OptionValue& value,
                           unsigned char* buffer, unsigned capacity);
// Renders the kernel representation as strace does: [1], {l_onoff=1, l_linger=0},
// {tv_sec=1, tv_usec=500000}.
std::string renderOptionValue(const SocketOption& option, const unsigned char* buffer,
                              unsigned length);
// Renders a value for display in plain words ("1", "on 0 s", "1.500000 s").
std::string describeOptionValue(const SocketOption& option, const OptionValue& value);
OptionValue decodeOptionValue(const SocketOption& option, const unsigned char* buffer,
                              unsigned length);

} // namespace spg::core
