// The words of epoll: its event bits (EPOLLIN ... EPOLLET), its epoll_ctl operations and
// epoll_create1's flag, by name and back, and the strace text of an epoll_event. The values
// are Linux's (epoll exists nowhere else), written here as numbers so that this file names
// no platform header; core/sys/sys.cpp checks them against <sys/epoll.h> at compile time.
// Pure functions; any thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace spg::core {

namespace epoll_bits {
inline constexpr unsigned In = 0x001;
inline constexpr unsigned Pri = 0x002;
inline constexpr unsigned Out = 0x004;
inline constexpr unsigned Err = 0x008;
inline constexpr unsigned Hup = 0x010;
inline constexpr unsigned RdHup = 0x2000;
inline constexpr unsigned OneShot = 1u << 30;
inline constexpr unsigned Et = 1u << 31;
inline constexpr int CtlAdd = 1;
inline constexpr int CtlDel = 2;
inline constexpr int CtlMod = 3;
inline constexpr int Cloexec = 02000000; // EPOLL_CLOEXEC, O_CLOEXEC's value on Linux.
} // namespace epoll_bits

// "EPOLLIN|EPOLLET"; bits without a name as a hex number; "0" for none.
std::string epollEventsText(unsigned events);
// One name ("EPOLLIN") or a number; false otherwise.
bool epollEventFromName(std::string_view name, unsigned& out);
// "EPOLLIN|EPOLLET", a number, or a mix joined with '|'; false on an unknown name.
bool parseEpollEvents(std::string_view text, unsigned& out);

std::string epollOpName(int op);                       // "EPOLL_CTL_ADD", or the number
bool epollOpFromName(std::string_view name, int& out); // a name or a number

std::string epollCreateFlagsText(int flags);                 // "0", "EPOLL_CLOEXEC"
bool parseEpollCreateFlags(std::string_view text, int& out); // a name, 0 or a number

// One returned or registered event as strace shows it:
// {events=EPOLLIN, data={u32=6, u64=6}}
std::string epollEventText(unsigned events, std::uint64_t data);

} // namespace spg::core
