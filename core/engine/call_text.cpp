// The values of the data calls' strace lines.
#include "core/engine/call_text.h"

#include "core/sys/sys.h"
#include "core/words/strace_format.h"

#include <algorithm>

namespace spg::core {

std::string joinedPayload(const Command& c)
{
    std::string all;
    for (const std::string& part : c.payload)
        all += part;
    return all;
}

std::size_t receiveLength(const Command& c)
{
    if (c.kind != CallKind::RecvMsg)
        return c.length;
    std::size_t total = 0;
    for (std::size_t n : c.iovLengths)
        total += n;
    return total;
}

// The iovec list rendered as strace does, showing the bytes each buffer holds.
std::string iovText(const std::vector<std::size_t>& lengths, const std::string& bytes,
                    std::size_t filled, std::size_t strsize)
{
    std::string out = "[";
    std::size_t at = 0;
    for (std::size_t i = 0; i < lengths.size(); ++i) {
        const std::size_t n = std::min(lengths[i], filled > at ? filled - at : 0);
        if (i)
            out += ", ";
        out += "{iov_base=" + quoteBytes(bytes.data() + std::min(at, bytes.size()), n, strsize)
            + ", iov_len=" + std::to_string(lengths[i]) + "}";
        at += lengths[i];
    }
    return out + "]";
}

namespace {

std::vector<std::size_t> lengthsOf(const std::vector<std::string>& parts)
{
    std::vector<std::size_t> lengths;
    for (const std::string& p : parts)
        lengths.push_back(p.size());
    return lengths;
}

} // namespace

// A receive call's values, showing the bytes it returned.
StraceValues receiveValues(const Command& c, const std::string& data, std::uint64_t total,
                           const SysResult& final, const SockAddr* peer, int msgFlags,
                           std::size_t strsize)
{
    using S = StraceSlot;
    const std::string from = peer ? straceSockaddr(peer->get(), peer->length) : "NULL";
    const std::string fromLength = std::to_string(peer ? peer->length : 0);
    StraceValues v { { S::Flags, msgFlagsText(c.flags) }, { S::Addr, from },
                     { S::AddrLen, fromLength }, { S::Len, std::to_string(receiveLength(c)) } };
    if (c.kind == CallKind::RecvMsg)
        return v.set(S::Msg,
                     "{msg_name=" + from + ", msg_namelen=" + fromLength + ", msg_iov="
                         + iovText(c.iovLengths, data, final.ok() ? data.size() : 0, strsize)
                         + ", msg_iovlen=" + std::to_string(c.iovLengths.size())
                         + ", msg_controllen=0, msg_flags=" + msgFlagsText(msgFlags) + "}");
    // quoteBytes() reads no more than strsize bytes of the `total`: `data` holds those.
    return v.set(S::Buf, final.ok() ? quoteBytes(data.data(), static_cast<std::size_t>(total), strsize)
                                    : "0x...");
}

StraceValues sendValues(const Command& c, const std::string& all, const SockAddr& target,
                        std::size_t strsize)
{
    using S = StraceSlot;
    const sockaddr* to = target.length ? target.get() : nullptr;
    const std::string name = to ? straceSockaddr(to, target.length) : std::string("NULL");
    const std::string nameLength = std::to_string(to ? target.length : 0);
    StraceValues v { { S::Flags, msgFlagsText(c.flags | sys::noSignalFlag()) },
                     { S::Addr, name }, { S::AddrLen, nameLength },
                     { S::Len, std::to_string(all.size()) } };
    if (c.kind == CallKind::SendMsg)
        return v.set(S::Msg,
                     "{msg_name=" + name + ", msg_namelen=" + nameLength + ", msg_iov="
                         + iovText(lengthsOf(c.payload), all, all.size(), strsize)
                         + ", msg_iovlen=" + std::to_string(c.payload.size())
                         + ", msg_controllen=0, msg_flags=0}");
    return v.set(S::Buf, quoteBytes(all.data(), all.size(), strsize));
}

} // namespace spg::core
