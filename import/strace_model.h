// Inside the strace import: which socket each fd of each process is. A first walk over the
// log follows every process's fd table (fork children inherit their parent's sockets: a
// child's fd that it never opened is the parent's socket with the same number and -yy
// annotation), learns each socket's role (listens: srv, accepted: conn, connects: cli,
// bound datagram: udp) and its local addresses, and names them. Pure; any thread.
#pragma once

#include "import/strace_log.h"

#include <map>
#include <string>
#include <vector>

namespace spg::straceimport {

struct ModelSocket {
    std::string name;          // p1_srv, or srv when one process made every call
    std::string role = "sock"; // srv, conn, cli, udp, sock, ep, pair
    int process = 0;           // the creating process, 1-based in order of appearance
    bool dgram = false;
    bool epoll = false;
    bool synthetic = false;    // an epoll fd seen before its epoll_create1: the import makes one
    bool preexisting = false;  // open before the log began: cannot be replayed
    std::size_t createdAt = 0; // index of the call that made it
    std::vector<std::string> locals; // its local addresses as the log showed them
};

struct CallFacts {
    std::map<int, int> fds; // fd number in this call's process -> socket index, -1: not a socket
    std::string notSocket;  // the first fd's annotation that is no socket ("/dev/pts/0")
    int process = 0;
    bool closeShared = false; // close() of a socket that a later close() really closes
    int sharedWith = 0;       // ... the index (in StraceLog::calls) of that last close(), -1: none
    int synthesize = -1;      // an epoll socket to create just before this call
};

struct Model {
    std::vector<ModelSocket> sockets;
    std::vector<CallFacts> calls; // one per StraceLog::calls entry
    int processes = 0;
};

Model buildModel(const StraceLog& log);

// The address in an -yy annotation's local half: "TCP:[127.0.0.1:80->127.0.0.1:5000]" ->
// "127.0.0.1:80"; "" when it shows only an inode.
std::string annotationLocal(const std::string& annotation);
bool isSocketAnnotation(const std::string& annotation);

} // namespace spg::straceimport
