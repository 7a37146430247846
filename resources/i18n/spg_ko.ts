<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>spg::calls</name>
    <message>
        <source>Creates an endpoint and returns its descriptor. Nothing is on the network yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates two connected sockets (AF_UNIX): what one sends, the other receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives the socket a local address. Port 0 lets the kernel pick a free port. 0.0.0.0 or :: listens on every interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a stream socket passive: the kernel completes handshakes and queues connections, up to the backlog, until accept() takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: performs the handshake with the address. UDP: only sets the default peer. Non-blocking: returns EINPROGRESS; wait for writable, then read SO_ERROR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the next completed connection from the listener&apos;s queue and returns a new socket for it. Blocks while the queue is empty (EAGAIN if non-blocking).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues bytes for the connected peer. Blocking sockets wait until every byte fits in the send buffer. EPIPE when the peer is gone (SIGPIPE is suppressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads up to len bytes. 0 means the peer shut down its side (end of file). MSG_PEEK leaves the bytes queued; MSG_WAITALL waits for the whole buffer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a datagram to the given address (or on a connected socket, to the peer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives one datagram and reports who sent it. A datagram longer than the buffer is cut short; the rest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathers several buffers (iovecs) into one send: each element of the list is one iovec. An address as the last argument names a datagram&apos;s destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatters one read over several buffers and reports msg_flags: MSG_TRUNC when a datagram did not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes one direction: SHUT_WR sends FIN (the peer reads end of file) while you can still receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases the descriptor. With SO_LINGER {1,0} the connection is aborted with RST instead of FIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a socket option. The kernel may adjust the value: read it back with getsockopt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads a socket option as the kernel keeps it (Linux doubles SO_RCVBUF/SO_SNDBUF). SO_ERROR reads and clears the pending error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local address, including the port the kernel chose for port 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected peer&apos;s address; ENOTCONN when not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switches O_NONBLOCK: calls that would block return EAGAIN / EINPROGRESS instead of waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bytes are waiting to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until one of the sockets is ready for what its entry asks (POLLIN, POLLOUT, ...), or the timeout (milliseconds, -1 for ever) ends. Returns how many entries have revents; each entry&apos;s revents is what the kernel found, POLLHUP and POLLERR included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads up to count bytes, as recv() with no flags does; 0 is end of file. Works on any descriptor, which is why the course notes use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes bytes, as send() with no flags does, with one difference: to a peer that is gone it raises SIGPIPE, which kills a program with the default handler. The playground catches it, shows it, and returns EPIPE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() that sets SOCK_NONBLOCK and SOCK_CLOEXEC on the new socket in the same call (Linux, FreeBSD): no window in which it is blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The descriptor&apos;s status flags: O_RDWR, and O_NONBLOCK when set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until a socket of readfds is readable, one of writefds writable or one of exceptfds has an exceptional condition, or the timeout (milliseconds, -1 for a NULL timeout: for ever) ends. The sets come back holding only the ready sockets; returns how many. An fd_set holds fds below FD_SETSIZE (1024) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a kernel event queue and returns its descriptor (macOS and the BSDs). Interest is registered and events are collected with kevent(); close() releases the queue and every filter on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the changelist (EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE a filter such as EVFILT_READ on an ident), then waits up to the timeout (milliseconds, -1 for ever) for up to nevents events. Returns how many; each event carries ident, filter, flags, fflags, data and udata. A change that fails comes back as an event with EV_ERROR and the errno in data (always, with EV_RECEIPT: data 0 on success). With EV_EOF, fflags holds the socket&apos;s error. EVFILT_READ on a listener: data is the accept queue&apos;s length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS&apos;s kevent() over struct kevent64_s: the same fields with a 64-bit udata and two more, ext[0] and ext[1], that a filter may use. flags: KEVENT_FLAG_IMMEDIATE returns at once, as a zero timeout does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an epoll instance and returns its descriptor: an interest list the kernel keeps, and a ready list it fills as watched files become ready. Flags: 0 or EPOLL_CLOEXEC. Linux only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds fd to the interest list (EPOLL_CTL_ADD), changes its events (EPOLL_CTL_MOD) or removes it (EPOLL_CTL_DEL). EPOLLET reports only changes (edges), EPOLLONESHOT disarms the entry after one event until MOD re-arms it. EEXIST, ENOENT, EINVAL and EPERM (a regular file) come from the kernel. data is the socket&apos;s fd here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits until an entry of the interest list is ready, or the timeout (milliseconds, -1 for ever) ends, and returns up to maxevents events, each with the data given to epoll_ctl. Level-triggered entries are reported while they stay ready; edge-triggered ones once per change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::demos</name>
    <message>
        <source>The accept queue: what listen()&apos;s backlog limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kernel completes TCP handshakes by itself and queues the new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections; accept() only takes them off the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients connect. Their connect() returns as soon as the handshake is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done, although nobody has called accept() yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the server side file both connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two more clients. Their connect() might never finish while the queue is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full, so they are non-blocking: connect() sends the SYN and returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EINPROGRESS: the handshake goes on without us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backlog is not an exact count: Linux queues backlog + 1 (here c3 got in),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS exactly the backlog. A SYN that finds the queue full is dropped as if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: no RST, so the client&apos;s kernel simply sends it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept() drains the queue, oldest connection first: a1 is c1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropped SYNs are sent again after about a second, and now find room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c3 is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c4 is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections still queued would be reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EADDRINUSE, TIME_WAIT and SO_REUSEADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set before bind(); needed again below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While srv listens, nobody else may bind its address and port...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...not even with SO_REUSEADDR: it does not let two sockets share a port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One connection, closed by the server first. The side that closes first ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in TIME_WAIT and keeps the server&apos;s port busy for a minute or two, so that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stray packets of this connection cannot reach a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s FIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client&apos;s FIN: conn goes to TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no listener any more, but the port is held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restarted server without SO_REUSEADDR cannot have its port back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...with SO_REUSEADDR it can. (Linux wants the option on both the old and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new socket; the TIME_WAIT connection inherited it from srv.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking accept() vs. a non-blocking one driven by poll()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking: accept() sleeps in the kernel until a client arrives. A program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doing only that can serve nothing else meanwhile; &apos;&amp;&apos; lets playback go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is queued: the call blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel woke the blocked accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiplexing: never sleep inside a call. In non-blocking mode a call that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot complete fails at once with EAGAIN, and poll() (select, epoll,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kqueue) says which sockets are ready, so one thread can serve many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a listener is &quot;readable&quot; when a connection waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now it succeeds at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On BSD and macOS conn2 inherits O_NONBLOCK from srv (on Linux it does not),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so a multiplexing server polls it too before reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One poll() over several sockets: each entry says which events it wants, and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revents says what the kernel found. 1 = one socket is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to a closed connection: EPIPE, and SIGPIPE with write()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server goes away. The client sees only the FIN: end-of-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FIN only said &quot;no more data from me&quot;, so the client&apos;s kernel still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts a send(). The server&apos;s kernel, with no socket to hand the data to,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers with RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RST arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next send() fails: EPIPE on Linux (ECONNRESET on some BSDs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From then on every send() fails with EPIPE. By default the kernel would also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raise SIGPIPE, whose default action kills the process; the playground sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with MSG_NOSIGNAL (SO_NOSIGPIPE on macOS), so the error is all that happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process lives on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write() is the other half of the lesson: it has no flags, so nothing stops the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signal. A program with the default SIGPIPE handler dies inside this call. The</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>playground blocks the signal on its worker, shows &quot;SIGPIPE raised&quot; beside the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call in the log, and the call returns EPIPE, as with the signal ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoll: level-triggered against edge-triggered, and EPOLLONESHOT (Linux)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An epoll instance keeps an interest list (epoll_ctl) and hands back what is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(epoll_wait). Level-triggered entries are reported as long as they stay ready;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge-triggered ones (EPOLLET) once per change. Each event&apos;s data is the socket&apos;s fd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lt: watched level-triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>et: watched edge-triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a descriptor, but no socket: its own row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same socket twice: the kernel says EEXIST; use EPOLL_CTL_MOD to change an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has arrived: a timeout of 0 only looks, and the list comes back empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both became readable: one call reports both, in the order they became ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read. Level-triggered: lt is still readable, so it is reported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge-triggered: no new change on et, so it is not, although 4 bytes still wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bytes are a new edge: et is reported again (with everything now waiting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is why edge-triggered code reads until EAGAIN: the next edge may never come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPOLLONESHOT: one event, then the entry is disarmed until EPOLL_CTL_MOD re-arms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEL takes an entry off the list; a second DEL finds nothing: ENOENT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer that closes is an event too: end of file (EPOLLIN), its half shut (EPOLLRDHUP),</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and, since this pair is now closed both ways, EPOLLHUP: reported even when not asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(ep) closes the instance like any descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR) ends one direction only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client sends its whole request, then says &quot;that was all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel sends FIN after the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reads the request, then end-of-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;until EOF&quot; repeats recv() until it returns 0: the FIN after the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one direction is closed: the server can still answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client gave up its sending side for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SIGPIPE: sent with MSG_NOSIGNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes its side too; now the client reads end-of-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kqueue(): a listener and three clients on one kernel event queue (macOS/BSD only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kqueue() makes a queue in the kernel; kevent() registers filters on it (the changelist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and collects the events that fired, each with ident, filter, flags, fflags, data, udata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest is registered once and stays, unlike poll() and select(), which pass every fd on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every call. macOS and the BSDs have kqueue; on Linux this demo is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port 0: the kernel picks a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event queue: a descriptor like any other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register EVFILT_READ on the listener. Nobody has connected: a 0 ms timeout only looks,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and nothing comes back (Timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty changelist only collects. The listener&apos;s event has data 3: three connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait in the accept queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the three connections for reading. EV_CLEAR makes a filter edge-triggered: it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fires when new data arrives, not again for data still unread. udata (here 1, 2, 3) comes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back untouched with each event: a program keeps its own pointer or index there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client 2 writes: one event, for a2, with data 4 (bytes waiting) and udata 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients write; one kevent() reports both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change that fails comes back as an event with EV_ERROR and the errno in data: deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a filter that was never added gives ENOENT. EV_RECEIPT asks for a receipt for every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change, so the call returns at once with one entry per change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to read: with a timeout kevent() waits, then returns 0 (Timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client leaves: the read filter fires with EV_EOF, and read() returns 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing a descriptor removes its filters from every queue; closing the queue removes all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab: message boundaries, streams against datagrams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two sends on TCP, two sendto() calls on UDP: predict what each receive returns, and the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes. The window asks before each marked line and keeps your score; a headless run and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exported C program ignore the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send each piece at once (no Nagle delay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both segments have arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rest of the datagram is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing left of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab: half-close, predicted one answer at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before each marked line runs, predict what the kernel answers: the return value, or -1 and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the errno, and for a receive the bytes. The window keeps your score; a headless run and the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported C program ignore the questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint: shutdown(SHUT_WR) closes one direction only. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the FIN: end of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other direction is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-blocking connect(): EINPROGRESS, POLLOUT, then SO_ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-blocking connect() sends the SYN and returns before the handshake is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over: -1 with EINPROGRESS is not a failure, it means &quot;started&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The socket turns writable when the handshake is over, whether it worked or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel&apos;s own revents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_ERROR tells which: 0 means connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was queued all along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same against a port where nobody listens: the kernel answers the SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with RST, and the failure shows up only in SO_ERROR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EINPROGRESS too: the answer comes later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writable again, but Linux adds POLLERR|POLLHUP to revents: the attempt is over, badly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECONNREFUSED: 111 on Linux, 61 on macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading SO_ERROR clears it: ask once and keep the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poll(): one call serves a listener and three clients, the seeds&apos; I/O multiplexing model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thread, no blocking accept() or read(): poll() says which sockets are ready,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and only those are served. The server side first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has connected: poll() with timeout 0 only looks, and finds nothing ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three clients connect; on loopback each handshake completes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections waiting in the accept queue make the listener readable (POLLIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So accept() will not block: take all three.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now one pollfd array watches the listener and the three connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is ready: the queue is empty and nobody has written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client 2 writes: only its connection comes back with revents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients write: one poll() reports both, and each is read without blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client 3 leaves: end of file is readable too, and read() returns 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closes that connection and would drop it from its array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read() and write(): the seeds&apos; flow, written as the course notes write it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server side: socket() -&gt; bind() -&gt; listen() -&gt; accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint; nothing is on the network yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client side: socket() -&gt; connect().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ() &amp;&amp; WRITE(): write(fd, data, datalen) and read(fd, buffer, buflen) work on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any descriptor; on a socket they are send() and recv() without flags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read() returns what has arrived, up to the buffer&apos;s size; the rest waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next read(). A stream has no message boundaries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close: the peer&apos;s read() returns 0, end of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() resets the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain close() sends FIN and the peer reads end-of-file. With linger on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and a timeout of 0, close() throws away unsent data and sends RST instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RST: no FIN, no TIME_WAIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s next call reports the reset, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After that the connection is simply gone: end-of-file for reads...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...and EPIPE for writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select(): a listener and three clients in fd_sets, the oldest multiplexing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select() takes three sets of descriptors (read, write, exceptional) and gives them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back holding only the ready ones. The log shows the sets as strace does: [3 5].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timeout of 0 ms only looks: nobody has connected, the set comes back empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections in the accept queue make the listener readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fresh connection has room in its send buffer: it is writable at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select() counts every ready fd in every set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client 2 writes: its connection is the only one in the read set that comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients write; one select() reports both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to read: with a timeout select() waits, then returns 0 (Timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client leaves: end of file is readable, read() returns 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sendmsg() and recvmsg(): gather, scatter, and MSG_TRUNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather: sendmsg() sends several buffers (an iovec array) in one call, as if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they were one. Handy for a header and a body kept in separate buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter: recvmsg() fills its buffers in order, each one to the brim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: a datagram longer than the buffers. recvmsg() copies what fits, sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MSG_TRUNC in msg_flags, and the kernel throws the rest of the datagram away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next read gets the next datagram: &quot;89AB&quot; is gone for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams have no message boundaries; datagrams do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP: two send() calls...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>...are one run of bytes in the receive queue, and one recv() takes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protocol on TCP must mark where its messages end (newlines, lengths).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And the other way round: one send() can need several recv() calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: every sendto() is one datagram, and every recvfrom() returns exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP server and client: the seeds&apos; flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow a quick restart on the same port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new socket for this one connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read() &amp;&amp; write(), both ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close(): the server reads end-of-file (0) once the client is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A port where nobody listens answers with RST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP: sendto() and recvfrom(), no connection at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UDP server: socket() -&gt; bind(), and that is all. No listen(), no accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a datagram endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two clients. Each is bound so its address can be named below; an unbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket would get a port from the kernel on its first sendto().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kernel picks a free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sendto() names its destination; the kernel sends one datagram per call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recvfrom() returns one datagram and who sent it: see the address in each line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers whoever wrote: the address recvfrom() reported (cli&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is queued. A blocking recvfrom() would sleep here forever;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in non-blocking mode it returns at once with EAGAIN (&quot;try again later&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A datagram that arrives later is there for the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wait until the kernel says srv is readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIX-domain stream sockets: socketpair(), no network involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socketpair() makes two UNIX stream sockets that are already connected to each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other: no address, no listen(), no accept(). The kernel copies bytes straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from one socket&apos;s send call into the other&apos;s receive queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a byte stream: two sends queue up as one run of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed: a socketpair end has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-close works as on TCP: a&apos;s shutdown(SHUT_WR) is end-of-file for b.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrelated processes meet at a pathname instead: bind(srv, unix:/tmp/x.sock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creates that file, and close() does not remove it, so a second bind() to the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same path fails with EADDRINUSE until someone calls unlink(). Servers unlink()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before bind(). Try it from the Call form: bind a UNIX socket to unix:/dev/null,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file that always exists. (A lab file&apos;s own relative paths land in a scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder made for its run and removed after it; see Safety in the README. Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also has abstract names, unix:@name, that vanish with the socket.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui</name>
    <message>
        <source>%1: %2 CPU per call, %3 fds · loop %4 besides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands the kernel every watched fd on each call, and the kernel checks each one: its cost grows with the number of fds, ready or not (last call: %2 CPU). epoll_wait() and kevent() keep the interest list in the kernel and return only the ready ones, so their cost follows what happened. Switch the backend above to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 returns only the fds that are ready; the interest list stays in the kernel, so the call costs about the same at 10 fds or 10,000 (last call: %2 CPU). poll() and select() check every watched fd on each call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::AddressField</name>
    <message>
        <source>An address: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/path, unix:@abstract, or host:port (resolved without blocking the loop). Port 0 lets the kernel choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::CallLogModel</name>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::CallPanel</name>
    <message>
        <source>SOCK_NONBLOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ wildcard address: the socket will be reachable from other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the socket in non-blocking mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many completed connections may wait for accept().</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the receive buffer in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sizes of the receive buffers (iovecs), comma separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / on / off for flags, a number, {1,0} for SO_LINGER, seconds such as 1.5 for timeouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (O_NONBLOCK set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off (blocking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-1 (for ever)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the call may wait: milliseconds, -1 for ever, 0 only looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform the call (Enter / Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iovecs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O_NONBLOCK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pollfds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd_sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kevent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — unavailable on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: select a socket in the Sockets panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

struct sockaddr, %1 bytes:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a socket in the Sockets panel first (or create one with socket()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iovecs: &quot;%1&quot; is not a size; write sizes like 4, 4, 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (default)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::CaptureExport</name>
    <message>
        <source>Export &amp;capture (pcapng)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the sockets sent and received as a pcapng file for Wireshark: packets rebuilt around the real bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 packets (%3 TCP connections, %4 UDP datagrams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::ConsentDialog</name>
    <message>
        <source>%1 wants to reach past the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab wants to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default a lab file may only use loopback addresses and UNIX names in a scratch folder made for its run. Allow these only if you trust where the file came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::Demo</name>
    <message>
        <source> — macOS/BSD only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::DemoChooser</name>
    <message>
        <source>Start with a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each demo is a scenario: a list of raw socket calls with a comment on every line. Pick one to watch a server, a client and bytes flowing; then step through it, change it, or make calls of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::EpollFields</name>
    <message>
        <source>The socket the instance is told about; the instance itself is the row selected in the Sockets panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many events the buffer holds (0 or less: the kernel&apos;s EINVAL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoll flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maxevents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the socket to tell the epoll instance about (create one first).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::EventModel</name>
    <message>
        <source>consumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocked call or an automation acted on this readiness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call has consumed this readiness yet; the loop stops watching for it until a call is made on the socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::FdSetsField</name>
    <message>
        <source> Select a socket, then Add; or type #ID, #ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the socket selected in the Sockets panel to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a socket; write #ID, e.g. #2, #4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: #%2 is already in this set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::HexPanel</name>
    <message>
        <source>Expected a quote at column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: 68 65 6c or &quot;hello&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to offset: 1234 or 0x4d2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest bytes in view as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected sockets: Ctrl+click in the Sockets panel to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type hex bytes or a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an offset: 1234 or 0x4d2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 was dropped by the capture cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offset %1 is past the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes · %2 dropped by the capture cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 by the total budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::HexView</name>
    <message>
        <source>Copy as Hex Dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Escaped String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection over %1 MiB: too large to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bytes captured yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::ImageActions</name>
    <message>
        <source>E&amp;xport view as image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy view as &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images on a &amp;white background (for print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger fonts everywhere, for a projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::KeventField</name>
    <message>
        <source>The changelist: EV_SET(ident, filter, flags, fflags, data, udata), comma separated in [ ]; the ident is the descriptor number. [] only collects events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nevents: room for this many returned events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kevent64&apos;s flags: KEVENT_FLAG_IMMEDIATE returns at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nevents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changelist, column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::LabCoach</name>
    <message>
        <source>Lab: %1 · score: %2 of %3 answered right, %4 questions in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: you said %2; the kernel said %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::Language</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::LanguageMenu</name>
    <message>
        <source>Socket Playground will speak %1 the next time it starts. This window keeps its language until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::LoopStatus</name>
    <message>
        <source>The event-loop backend: how the engine waits for sockets to be ready. Switch at any time; every socket re-registers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loop backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loop iterations · %2 readiness events · %3 calls · %4 open sockets · %5 watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::MainWindow</name>
    <message>
        <source>Socket Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the event loop returned, in the backend&apos;s own terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syscall log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save log as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.spg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save sce&amp;nario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.spg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export scenario as C…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a demo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call × state &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Socket Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Socket Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Playground&lt;/b&gt; lets you make raw POSIX socket calls one at a time and see what the kernel answers.&lt;/p&gt;&lt;p&gt;Right-click a socket for the calls that fit its state. Every call, its result and errno appear in the Syscall log; every readiness the loop saw appears under Events.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New TCP &amp;listener on 127.0.0.1:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New TCP &amp;client to the selected listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;UDP socket on 127.0.0.1:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New socket &amp;pair (AF_UNIX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept on the selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose the selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel its blocked call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 older lines dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a listening socket first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export scenario as C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C source (*.c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: build it with cc -std=c11 -Wall -Wextra -Werror -pthread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save syscall log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::MatrixDialog</name>
    <message>
        <source>Call × state table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, non-blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each call returns in each socket state, on this machine. Every cell is a small scenario played through the engine, and the test suite checks each against the same calls made by a plain C program, on every loop backend. Hover a cell for the call&apos;s strace line. Blocking cells set SO_RCVTIMEO and SO_SNDTIMEO to 50 ms first, so a call that would wait for ever returns -1 EAGAIN. A cell marked † would be a documented difference from the real call (the tooltip says why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 cells through the engine (%2 backend)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells; %2 stopped the engine&apos;s run (see their tooltips).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::PayloadEditor</name>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: sent as UTF-8. Hex: byte pairs like 68 65 6c. C escapes: hello\r\n with \n \r \t \0 \xHH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes as the payload (up to 64 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hello\r\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; the limit is 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload: %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iovec %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::PictureTabs</name>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls as a ladder diagram: one lane per socket, time flowing down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected listener&apos;s accept queue, as the kernel reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP state diagram, lit with the selected sockets&apos; real states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::PollListField</name>
    <message>
        <source>Add selected socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pollfd array: each entry is a socket (#id) and the events it waits for. Tick the events, select a socket, then Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write an entry as #ID EVENTS, e.g. #2 POLLIN|POLLOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a poll event (POLLIN, POLLOUT, POLLPRI, ...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::PredictDialog</name>
    <message>
        <source>It returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fails: -1, errno</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the kernel&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will the kernel answer? Decide, then run the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes it returns, e.g. hello\n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-string escapes: \n \r \t \\ \&quot; \xNN. Empty: no bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an errno name such as ECONNREFUSED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::QueuesView</name>
    <message>
        <source>No listening socket. Call listen() on a socket, or select one, to draw its accept queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since listen(): ListenOverflows +%1, ListenDrops +%2 (TcpExt in /proc/net/netstat, counted for the whole system: a full queue drops the SYN or the final ACK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept()</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept queue: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept queue: length not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::ScenarioPanel</name>
    <message>
        <source>Calls you make are recorded here. Or open a scenario file (.spg) or a demo (Demos menu), then Run or Step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.spg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file (.spg). Nothing runs until you press Run or Step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios (*.spg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the next line and stop (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step back: replay from the start on a fresh engine, up to the previous line (Shift+F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to the end, or to the first failed expectation (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run up to the line with the text cursor (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every call made in the window to this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the calls you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: press Run (F5) or Step (F10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not run: the lab needs your consent to reach past loopback and its scratch folder (%n call(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to step back over: no line has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(Stepped back: replayed %n line(s) on a fresh engine.)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stepped back: replayed %n line(s) from the start on a fresh engine</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: every expectation held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused before line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running line %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused at the question on line %1: Run or Step asks it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::SequenceView</name>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest call as it comes; scrolling up pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More room between calls (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less room between calls (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space the calls by when they returned, not by their order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet: run a demo or make a call, and each one appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::SocketMenu</name>
    <message>
        <source> — unavailable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel blocked %1()</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::SocketModel</name>
    <message>
        <source>Client socket #%1 connected to this listener, but no accept() has taken it yet: it waits in the kernel&apos;s accept queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to the wildcard address: reachable from other machines on every interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getsockname(): the local address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getpeername(): the connected peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes waiting to be read (FIONREAD) / receive buffer (SO_RCVBUF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent but not yet acknowledged (SIOCOUTQ / SO_NWRITE) / send buffer (SO_SNDBUF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections completed by the kernel and waiting for accept(), against the limit set by listen()&apos;s backlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking call waiting on this socket, or readiness the loop reported that no call has consumed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes received, exactly, including any the capture cap dropped.
Capture: %1 bytes dropped by this socket&apos;s cap, %2 by the total budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes sent, exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked / pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::StatesView</name>
    <message>
        <source>Select a TCP socket in the Sockets panel to draw the states it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: read from the kernel · dashed: passed between two reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spg::ui::StraceImportAction</name>
    <message>
        <source>&amp;Import strace log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a program&apos;s strace -f -yy log into a scenario that replays its socket calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; trace a shorter run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 calls, %3 lines commented (see the # line N comments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import strace log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strace logs (*.log *.txt *.strace);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Expected the output of strace -f -yy -s 4096 -o LOG -e trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl PROGRAM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
