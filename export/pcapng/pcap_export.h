// The capture export: turns one session's socket calls and byte captures into a pcapng file
// that Wireshark and tshark open. The playground sees bytes at the socket layer, not
// packets, so the packets are synthesised (TCP handshakes, ACKs, FIN/RST, sequence numbers,
// IP and Ethernet headers) around bytes that are all real; each packet's comment names the
// call it comes from. Pure: call from any thread with a log no one is changing.
#pragma once

#include "export/pcapng/session_log.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace spg::pcap {

// "Socket Playground 0.1.0": this build's name and version.
std::string applicationName();

struct PcapExport {
    std::string bytes; // The whole pcapng file.
    std::size_t packets = 0;
    std::size_t tcpConnections = 0;
    std::size_t udpDatagrams = 0;
    // What was left out or is known to differ from the wire, one sentence each (also written
    // as comments in the file's section header).
    std::vector<std::string> notes;
};

// `application` goes into the section header's shb_userappl.
PcapExport exportPcapng(const SessionLog& log, const std::string& application = applicationName());

// The comment that opens every exported file's section header.
extern const char* const kReconstructedNote;

} // namespace spg::pcap
