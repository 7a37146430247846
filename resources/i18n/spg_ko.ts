<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>spg::address</name>
    <message>
        <source>missing port: write %1:PORT</source>
        <translation>포트가 없습니다: %1:PORT 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>port %1 is out of range (0-65535)</source>
        <translation>포트 %1이(가) 범위(0-65535)를 벗어났습니다</translation>
    </message>
    <message>
        <source>port %1 is not a number</source>
        <translation>포트 %1은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>empty scope id after &quot;%&quot;: write [fe80::1%eth0]:PORT</source>
        <translation>&quot;%&quot; 뒤의 scope id가 비어 있습니다: [fe80::1%eth0]:PORT 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>scope id %1 is out of range</source>
        <translation>scope id %1이(가) 범위를 벗어났습니다</translation>
    </message>
    <message>
        <source>unknown interface %1 in scope id</source>
        <translation>scope id에 알 수 없는 인터페이스 %1이(가) 있습니다</translation>
    </message>
    <message>
        <source>unmatched &quot;[&quot;: write [IPv6]:PORT</source>
        <translation>&quot;[&quot;가 닫히지 않았습니다: [IPv6]:PORT 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>empty brackets: write [IPv6]:PORT, for example [::1]:8080</source>
        <translation>대괄호 안이 비어 있습니다: [IPv6]:PORT 형식으로 쓰세요. 예: [::1]:8080</translation>
    </message>
    <message>
        <source>%1 is an IPv4 address: write it without brackets, %2:PORT</source>
        <translation>%1은(는) IPv4 주소입니다: 대괄호 없이 %2:PORT 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address</source>
        <translation>%1은(는) 올바른 IPv6 주소가 아닙니다</translation>
    </message>
    <message>
        <source>unexpected %1 after &quot;]&quot;: write %2:PORT</source>
        <translation>&quot;]&quot; 뒤에 예상하지 못한 %1이(가) 있습니다: %2:PORT 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>empty UNIX path: write unix:/path/to/socket or unix:@name</source>
        <translation>UNIX 경로가 비어 있습니다: unix:/경로 또는 unix:@이름 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>abstract UNIX names (unix:@name) exist only on Linux: use a path such as unix:/tmp/name.sock</source>
        <translation>추상 UNIX 이름(unix:@이름)은 Linux에만 있습니다: unix:/tmp/이름.sock 같은 경로를 쓰세요</translation>
    </message>
    <message>
        <source>abstract UNIX name is %1 bytes; sun_path holds at most %2</source>
        <translation>추상 UNIX 이름이 %1바이트입니다. sun_path에는 최대 %2바이트까지 들어갑니다</translation>
    </message>
    <message>
        <source>UNIX path contains a NUL byte</source>
        <translation>UNIX 경로에 NUL 바이트가 있습니다</translation>
    </message>
    <message>
        <source>UNIX path is %1 bytes; sun_path holds at most %2</source>
        <translation>UNIX 경로가 %1바이트입니다. sun_path에는 최대 %2바이트까지 들어갑니다</translation>
    </message>
    <message>
        <source>IPv6 addresses need brackets: [%1]:%2</source>
        <translation>IPv6 주소에는 대괄호가 필요합니다: [%1]:%2</translation>
    </message>
    <message>
        <source>IPv6 addresses need brackets: [%1]:PORT</source>
        <translation>IPv6 주소에는 대괄호가 필요합니다: [%1]:PORT</translation>
    </message>
    <message>
        <source>too many &quot;:&quot; in %1: write HOST:PORT, [IPv6]:PORT or unix:/path</source>
        <translation>%1에 &quot;:&quot;가 너무 많습니다: HOST:PORT, [IPv6]:PORT 또는 unix:/경로 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>UNIX socket paths need a prefix: write unix:%1</source>
        <translation>UNIX 소켓 경로에는 접두사가 필요합니다: unix:%1 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>missing host: write 127.0.0.1:%1 or 0.0.0.0:%1</source>
        <translation>호스트가 없습니다: 127.0.0.1:%1 또는 0.0.0.0:%1 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>missing host before %1: write 127.0.0.1%2 or 0.0.0.0%2</source>
        <translation>%1 앞에 호스트가 없습니다: 127.0.0.1%2 또는 0.0.0.0%2 형식으로 쓰세요</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv4 address</source>
        <translation>%1은(는) 올바른 IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1은(는) 올바른 호스트 이름이 아닙니다</translation>
    </message>
    <message>
        <source>empty address</source>
        <translation>주소가 비어 있습니다</translation>
    </message>
    <message>
        <source>an address is quoted once, not twice</source>
        <translation>주소는 따옴표로 한 번만 감쌉니다</translation>
    </message>
</context>
<context>
    <name>spg::calls</name>
    <message>
        <source>Creates an endpoint and returns its descriptor. Nothing is on the network yet.</source>
        <translation>통신 끝점을 만들고 그 디스크립터를 돌려줍니다. 아직 네트워크에는 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>Creates two connected sockets (AF_UNIX): what one sends, the other receives.</source>
        <translation>서로 연결된 소켓 두 개를 만듭니다(AF_UNIX). 한쪽이 보낸 것을 다른 쪽이 받습니다.</translation>
    </message>
    <message>
        <source>Gives the socket a local address. Port 0 lets the kernel pick a free port. 0.0.0.0 or :: listens on every interface.</source>
        <translation>소켓에 로컬 주소를 붙입니다. 포트 0이면 커널이 빈 포트를 고릅니다. 0.0.0.0이나 ::는 모든 인터페이스에서 받습니다.</translation>
    </message>
    <message>
        <source>Makes a stream socket passive: the kernel completes handshakes and queues connections, up to the backlog, until accept() takes them.</source>
        <translation>스트림 소켓을 수동 모드로 만듭니다. 커널이 핸드셰이크를 마치고 연결을 backlog까지 큐에 쌓아 두면 accept()가 가져갑니다.</translation>
    </message>
    <message>
        <source>TCP: performs the handshake with the address. UDP: only sets the default peer. Non-blocking: returns EINPROGRESS; wait for writable, then read SO_ERROR.</source>
        <translation>TCP: 그 주소와 핸드셰이크를 합니다. UDP: 기본 상대만 정합니다. 논블로킹: EINPROGRESS를 돌려주므로 쓰기 가능해질 때까지 기다린 뒤 SO_ERROR를 읽으세요.</translation>
    </message>
    <message>
        <source>Takes the next completed connection from the listener&apos;s queue and returns a new socket for it. Blocks while the queue is empty (EAGAIN if non-blocking).</source>
        <translation>리스너의 큐에서 다음 완료된 연결을 꺼내 그 연결용 새 소켓을 돌려줍니다. 큐가 비어 있는 동안은 블록됩니다(논블로킹이면 EAGAIN).</translation>
    </message>
    <message>
        <source>Queues bytes for the connected peer. Blocking sockets wait until every byte fits in the send buffer. EPIPE when the peer is gone (SIGPIPE is suppressed).</source>
        <translation>연결된 상대에게 보낼 바이트를 큐에 넣습니다. 블로킹 소켓은 모든 바이트가 송신 버퍼에 들어갈 때까지 기다립니다. 상대가 사라졌으면 EPIPE(SIGPIPE는 억제됨).</translation>
    </message>
    <message>
        <source>Reads up to len bytes. 0 means the peer shut down its side (end of file). MSG_PEEK leaves the bytes queued; MSG_WAITALL waits for the whole buffer.</source>
        <translation>최대 len바이트를 읽습니다. 0은 상대가 자기 쪽을 닫았다는 뜻입니다(파일 끝). MSG_PEEK는 바이트를 큐에 남겨 두고, MSG_WAITALL은 버퍼가 다 찰 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>Sends a datagram to the given address (or on a connected socket, to the peer).</source>
        <translation>주어진 주소로(연결된 소켓이면 상대에게) 데이터그램을 보냅니다.</translation>
    </message>
    <message>
        <source>Receives one datagram and reports who sent it. A datagram longer than the buffer is cut short; the rest is lost.</source>
        <translation>데이터그램 하나를 받고 보낸 쪽을 알려 줍니다. 버퍼보다 긴 데이터그램은 잘리고 나머지는 사라집니다.</translation>
    </message>
    <message>
        <source>Gathers several buffers (iovecs) into one send: each element of the list is one iovec. An address as the last argument names a datagram&apos;s destination.</source>
        <translation>여러 버퍼(iovec)를 모아 한 번에 보냅니다. 목록의 각 요소가 iovec 하나입니다. 마지막 인수로 주소를 주면 데이터그램의 목적지가 됩니다.</translation>
    </message>
    <message>
        <source>Scatters one read over several buffers and reports msg_flags: MSG_TRUNC when a datagram did not fit.</source>
        <translation>한 번의 읽기를 여러 버퍼에 나눠 담고 msg_flags를 알려 줍니다. 데이터그램이 다 들어가지 않으면 MSG_TRUNC.</translation>
    </message>
    <message>
        <source>Closes one direction: SHUT_WR sends FIN (the peer reads end of file) while you can still receive.</source>
        <translation>한 방향만 닫습니다. SHUT_WR은 FIN을 보내고(상대는 파일 끝을 읽음) 이쪽은 계속 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Releases the descriptor. With SO_LINGER {1,0} the connection is aborted with RST instead of FIN.</source>
        <translation>디스크립터를 해제합니다. SO_LINGER {1,0}이면 FIN 대신 RST로 연결을 끊습니다.</translation>
    </message>
    <message>
        <source>Changes a socket option. The kernel may adjust the value: read it back with getsockopt.</source>
        <translation>소켓 옵션을 바꿉니다. 커널이 값을 조정할 수 있으니 getsockopt로 다시 읽어 보세요.</translation>
    </message>
    <message>
        <source>Reads a socket option as the kernel keeps it (Linux doubles SO_RCVBUF/SO_SNDBUF). SO_ERROR reads and clears the pending error.</source>
        <translation>커널이 보관한 그대로 소켓 옵션을 읽습니다(Linux는 SO_RCVBUF/SO_SNDBUF를 두 배로 잡습니다). SO_ERROR는 대기 중인 오류를 읽고 지웁니다.</translation>
    </message>
    <message>
        <source>The local address, including the port the kernel chose for port 0.</source>
        <translation>로컬 주소. 포트 0에 대해 커널이 고른 포트도 포함합니다.</translation>
    </message>
    <message>
        <source>The connected peer&apos;s address; ENOTCONN when not connected.</source>
        <translation>연결된 상대의 주소. 연결되지 않았으면 ENOTCONN.</translation>
    </message>
    <message>
        <source>Switches O_NONBLOCK: calls that would block return EAGAIN / EINPROGRESS instead of waiting.</source>
        <translation>O_NONBLOCK을 켜고 끕니다. 블록될 호출이 기다리는 대신 EAGAIN / EINPROGRESS를 돌려줍니다.</translation>
    </message>
    <message>
        <source>How many bytes are waiting to be read.</source>
        <translation>읽기를 기다리는 바이트 수.</translation>
    </message>
    <message>
        <source>Waits until one of the sockets is ready for what its entry asks (POLLIN, POLLOUT, ...), or the timeout (milliseconds, -1 for ever) ends. Returns how many entries have revents; each entry&apos;s revents is what the kernel found, POLLHUP and POLLERR included.</source>
        <translation>소켓 중 하나가 항목이 요청한 상태(POLLIN, POLLOUT, ...)가 되거나 타임아웃(밀리초, -1은 무한정)이 끝날 때까지 기다립니다. revents가 있는 항목 수를 돌려주며, 각 항목의 revents는 커널이 찾은 그대로입니다(POLLHUP, POLLERR 포함).</translation>
    </message>
    <message>
        <source>Reads up to count bytes, as recv() with no flags does; 0 is end of file. Works on any descriptor, which is why the course notes use it.</source>
        <translation>recv()를 플래그 없이 부를 때처럼 최대 count바이트를 읽습니다. 0은 파일 끝입니다. 어떤 디스크립터에도 쓸 수 있어서 강의 노트가 이것을 씁니다.</translation>
    </message>
    <message>
        <source>Writes bytes, as send() with no flags does, with one difference: to a peer that is gone it raises SIGPIPE, which kills a program with the default handler. The playground catches it, shows it, and returns EPIPE.</source>
        <translation>send()를 플래그 없이 부를 때처럼 바이트를 씁니다. 다른 점 하나: 사라진 상대에게 쓰면 SIGPIPE가 발생하고, 기본 핸들러에서는 프로그램이 죽습니다. 플레이그라운드는 이를 잡아서 보여 주고 EPIPE를 돌려줍니다.</translation>
    </message>
    <message>
        <source>accept() that sets SOCK_NONBLOCK and SOCK_CLOEXEC on the new socket in the same call (Linux, FreeBSD): no window in which it is blocking.</source>
        <translation>새 소켓에 같은 호출 안에서 SOCK_NONBLOCK과 SOCK_CLOEXEC를 설정하는 accept()입니다(Linux, FreeBSD). 블로킹 상태인 순간이 없습니다.</translation>
    </message>
    <message>
        <source>The descriptor&apos;s status flags: O_RDWR, and O_NONBLOCK when set.</source>
        <translation>디스크립터의 상태 플래그: O_RDWR, 설정되어 있으면 O_NONBLOCK.</translation>
    </message>
    <message>
        <source>Waits until a socket of readfds is readable, one of writefds writable or one of exceptfds has an exceptional condition, or the timeout (milliseconds, -1 for a NULL timeout: for ever) ends. The sets come back holding only the ready sockets; returns how many. An fd_set holds fds below FD_SETSIZE (1024) only.</source>
        <translation>readfds의 소켓이 읽기 가능해지거나, writefds의 소켓이 쓰기 가능해지거나, exceptfds의 소켓에 예외 상황이 생기거나, 타임아웃(밀리초, -1은 NULL 타임아웃: 무한정)이 끝날 때까지 기다립니다. 집합에는 준비된 소켓만 남아 돌아오고, 그 수를 돌려줍니다. fd_set에는 FD_SETSIZE(1024)보다 작은 fd만 들어갑니다.</translation>
    </message>
    <message>
        <source>Creates a kernel event queue and returns its descriptor (macOS and the BSDs). Interest is registered and events are collected with kevent(); close() releases the queue and every filter on it.</source>
        <translation>커널 이벤트 큐를 만들고 그 디스크립터를 돌려줍니다(macOS와 BSD). 관심 등록과 이벤트 수집은 kevent()로 하며, close()는 큐와 거기 걸린 모든 필터를 해제합니다.</translation>
    </message>
    <message>
        <source>Applies the changelist (EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE a filter such as EVFILT_READ on an ident), then waits up to the timeout (milliseconds, -1 for ever) for up to nevents events. Returns how many; each event carries ident, filter, flags, fflags, data and udata. A change that fails comes back as an event with EV_ERROR and the errno in data (always, with EV_RECEIPT: data 0 on success). With EV_EOF, fflags holds the socket&apos;s error. EVFILT_READ on a listener: data is the accept queue&apos;s length.</source>
        <translation>changelist(ident에 대한 EVFILT_READ 같은 필터의 EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE)를 적용한 뒤, 타임아웃(밀리초, -1은 무한정)까지 최대 nevents개의 이벤트를 기다립니다. 이벤트 수를 돌려주며, 각 이벤트에는 ident, filter, flags, fflags, data, udata가 있습니다. 실패한 변경은 EV_ERROR와 data에 errno를 담은 이벤트로 돌아옵니다(EV_RECEIPT이면 항상, 성공 시 data 0). EV_EOF이면 fflags에 소켓 오류가 있습니다. 리스너의 EVFILT_READ: data는 accept 큐의 길이입니다.</translation>
    </message>
    <message>
        <source>macOS&apos;s kevent() over struct kevent64_s: the same fields with a 64-bit udata and two more, ext[0] and ext[1], that a filter may use. flags: KEVENT_FLAG_IMMEDIATE returns at once, as a zero timeout does.</source>
        <translation>struct kevent64_s를 쓰는 macOS의 kevent()입니다. 같은 필드에 64비트 udata와, 필터가 쓸 수 있는 ext[0], ext[1] 두 개가 더 있습니다. flags: KEVENT_FLAG_IMMEDIATE이면 타임아웃 0처럼 즉시 돌아옵니다.</translation>
    </message>
    <message>
        <source>Creates an epoll instance and returns its descriptor: an interest list the kernel keeps, and a ready list it fills as watched files become ready. Flags: 0 or EPOLL_CLOEXEC. Linux only.</source>
        <translation>epoll 인스턴스를 만들고 그 디스크립터를 돌려줍니다. 커널이 보관하는 관심 목록과, 감시하는 파일이 준비될 때 채우는 준비 목록입니다. 플래그: 0 또는 EPOLL_CLOEXEC. Linux 전용.</translation>
    </message>
    <message>
        <source>Adds fd to the interest list (EPOLL_CTL_ADD), changes its events (EPOLL_CTL_MOD) or removes it (EPOLL_CTL_DEL). EPOLLET reports only changes (edges), EPOLLONESHOT disarms the entry after one event until MOD re-arms it. EEXIST, ENOENT, EINVAL and EPERM (a regular file) come from the kernel. data is the socket&apos;s fd here.</source>
        <translation>fd를 관심 목록에 추가하거나(EPOLL_CTL_ADD), 이벤트를 바꾸거나(EPOLL_CTL_MOD), 뺍니다(EPOLL_CTL_DEL). EPOLLET은 변화(에지)만 알리고, EPOLLONESHOT은 이벤트 하나 뒤 항목을 해제하며 MOD로 다시 켤 수 있습니다. EEXIST, ENOENT, EINVAL, EPERM(일반 파일)은 커널이 돌려줍니다. 여기서 data는 소켓의 fd입니다.</translation>
    </message>
    <message>
        <source>Waits until an entry of the interest list is ready, or the timeout (milliseconds, -1 for ever) ends, and returns up to maxevents events, each with the data given to epoll_ctl. Level-triggered entries are reported while they stay ready; edge-triggered ones once per change.</source>
        <translation>관심 목록의 항목이 준비되거나 타임아웃(밀리초, -1은 무한정)이 끝날 때까지 기다린 뒤, 최대 maxevents개의 이벤트를 각각 epoll_ctl에 준 data와 함께 돌려줍니다. 레벨 트리거 항목은 준비 상태인 동안 계속 알리고, 에지 트리거 항목은 변화마다 한 번 알립니다.</translation>
    </message>
    <message>
        <source>%1() is not available on %2 (macOS and the BSDs have it); use epoll_create1/epoll_wait or poll</source>
        <translation>%1()은(는) %2에서 쓸 수 없습니다(macOS와 BSD에 있습니다). epoll_create1/epoll_wait나 poll을 쓰세요</translation>
    </message>
    <message>
        <source>%1() is macOS only; %2 has kevent()</source>
        <translation>%1()은(는) macOS에만 있습니다. %2에는 kevent()가 있습니다</translation>
    </message>
</context>
<context>
    <name>spg::demos</name>
    <message>
        <source>The accept queue: what listen()&apos;s backlog limits</source>
        <translation>accept 큐: listen()의 backlog가 제한하는 것</translation>
    </message>
    <message>
        <source>The kernel completes TCP handshakes by itself and queues the new</source>
        <translation>커널은 TCP 핸드셰이크를 스스로 마치고 새 연결을</translation>
    </message>
    <message>
        <source>connections; accept() only takes them off the queue.</source>
        <translation>큐에 쌓습니다. accept()는 큐에서 꺼내기만 합니다.</translation>
    </message>
    <message>
        <source>Two clients connect. Their connect() returns as soon as the handshake is</source>
        <translation>클라이언트 둘이 연결합니다. 아직 아무도 accept()를 부르지 않았지만</translation>
    </message>
    <message>
        <source>done, although nobody has called accept() yet.</source>
        <translation>핸드셰이크가 끝나자마자 connect()가 돌아옵니다.</translation>
    </message>
    <message>
        <source>let the server side file both connections</source>
        <translation>서버 쪽이 두 연결을 모두 큐에 넣을 시간을 줍니다</translation>
    </message>
    <message>
        <source>Two more clients. Their connect() might never finish while the queue is</source>
        <translation>클라이언트 둘이 더 옵니다. 큐가 가득 찬 동안에는 connect()가 끝나지 않을 수 있어서</translation>
    </message>
    <message>
        <source>full, so they are non-blocking: connect() sends the SYN and returns.</source>
        <translation>논블로킹으로 둡니다. connect()는 SYN을 보내고 돌아옵니다.</translation>
    </message>
    <message>
        <source>EINPROGRESS: the handshake goes on without us</source>
        <translation>EINPROGRESS: 핸드셰이크는 우리 없이 계속됩니다</translation>
    </message>
    <message>
        <source>The backlog is not an exact count: Linux queues backlog + 1 (here c3 got in),</source>
        <translation>backlog는 정확한 개수가 아닙니다. Linux는 backlog + 1개를 큐에 넣고(여기서는 c3이 들어감),</translation>
    </message>
    <message>
        <source>macOS exactly the backlog. A SYN that finds the queue full is dropped as if</source>
        <translation>macOS는 정확히 backlog만큼 넣습니다. 큐가 가득 찼을 때 온 SYN은</translation>
    </message>
    <message>
        <source>lost: no RST, so the client&apos;s kernel simply sends it again later.</source>
        <translation>잃어버린 것처럼 버려집니다. RST가 없으니 클라이언트의 커널이 나중에 다시 보낼 뿐입니다.</translation>
    </message>
    <message>
        <source>accept() drains the queue, oldest connection first: a1 is c1&apos;s.</source>
        <translation>accept()는 가장 오래된 연결부터 큐를 비웁니다. a1은 c1의 연결입니다.</translation>
    </message>
    <message>
        <source>The dropped SYNs are sent again after about a second, and now find room.</source>
        <translation>버려진 SYN은 1초쯤 뒤 다시 전송되고, 이제는 자리가 있습니다.</translation>
    </message>
    <message>
        <source>c3 is connected</source>
        <translation>c3 연결됨</translation>
    </message>
    <message>
        <source>c4 is connected</source>
        <translation>c4 연결됨</translation>
    </message>
    <message>
        <source>connections still queued would be reset</source>
        <translation>아직 큐에 남은 연결은 리셋됩니다</translation>
    </message>
    <message>
        <source>EADDRINUSE, TIME_WAIT and SO_REUSEADDR</source>
        <translation>EADDRINUSE, TIME_WAIT, SO_REUSEADDR</translation>
    </message>
    <message>
        <source>set before bind(); needed again below</source>
        <translation>bind() 전에 설정합니다. 아래에서 다시 필요합니다</translation>
    </message>
    <message>
        <source>While srv listens, nobody else may bind its address and port...</source>
        <translation>srv가 듣고 있는 동안에는 다른 누구도 그 주소와 포트에 bind할 수 없습니다...</translation>
    </message>
    <message>
        <source>...not even with SO_REUSEADDR: it does not let two sockets share a port.</source>
        <translation>...SO_REUSEADDR로도 안 됩니다. 두 소켓이 한 포트를 나눠 쓰게 해 주지는 않습니다.</translation>
    </message>
    <message>
        <source>One connection, closed by the server first. The side that closes first ends</source>
        <translation>연결 하나를 서버가 먼저 닫습니다. 먼저 닫는 쪽은</translation>
    </message>
    <message>
        <source>in TIME_WAIT and keeps the server&apos;s port busy for a minute or two, so that</source>
        <translation>TIME_WAIT에 들어가 서버 포트를 1~2분 동안 붙잡아 둡니다.</translation>
    </message>
    <message>
        <source>stray packets of this connection cannot reach a new one.</source>
        <translation>이 연결의 떠도는 패킷이 새 연결에 닿지 않게 하려는 것입니다.</translation>
    </message>
    <message>
        <source>the server&apos;s FIN</source>
        <translation>서버의 FIN</translation>
    </message>
    <message>
        <source>the client&apos;s FIN: conn goes to TIME_WAIT</source>
        <translation>클라이언트의 FIN: conn은 TIME_WAIT로 갑니다</translation>
    </message>
    <message>
        <source>no listener any more, but the port is held</source>
        <translation>리스너는 없지만 포트는 아직 붙잡혀 있습니다</translation>
    </message>
    <message>
        <source>A restarted server without SO_REUSEADDR cannot have its port back...</source>
        <translation>SO_REUSEADDR 없이 다시 시작한 서버는 포트를 되찾을 수 없습니다...</translation>
    </message>
    <message>
        <source>...with SO_REUSEADDR it can. (Linux wants the option on both the old and</source>
        <translation>...SO_REUSEADDR가 있으면 됩니다. (Linux는 옛 소켓과 새 소켓 모두에</translation>
    </message>
    <message>
        <source>the new socket; the TIME_WAIT connection inherited it from srv.)</source>
        <translation>이 옵션을 요구합니다. TIME_WAIT 연결은 srv에게서 물려받았습니다.)</translation>
    </message>
    <message>
        <source>A blocking accept() vs. a non-blocking one driven by poll()</source>
        <translation>블로킹 accept()와, poll()로 움직이는 논블로킹 accept()</translation>
    </message>
    <message>
        <source>Blocking: accept() sleeps in the kernel until a client arrives. A program</source>
        <translation>블로킹: accept()는 클라이언트가 올 때까지 커널 안에서 잡니다. 그것만 하는 프로그램은</translation>
    </message>
    <message>
        <source>doing only that can serve nothing else meanwhile; &apos;&amp;&apos; lets playback go on.</source>
        <translation>그동안 다른 일을 할 수 없습니다. &apos;&amp;&apos;를 붙이면 재생은 계속됩니다.</translation>
    </message>
    <message>
        <source>nobody is queued: the call blocks</source>
        <translation>큐에 아무도 없습니다: 호출이 블록됩니다</translation>
    </message>
    <message>
        <source>the kernel woke the blocked accept()</source>
        <translation>커널이 블록된 accept()를 깨웠습니다</translation>
    </message>
    <message>
        <source>Multiplexing: never sleep inside a call. In non-blocking mode a call that</source>
        <translation>다중화: 호출 안에서 절대 잠들지 않습니다. 논블로킹 모드에서는 끝낼 수 없는 호출이</translation>
    </message>
    <message>
        <source>cannot complete fails at once with EAGAIN, and poll() (select, epoll,</source>
        <translation>즉시 EAGAIN으로 실패하고, poll()(select, epoll,</translation>
    </message>
    <message>
        <source>kqueue) says which sockets are ready, so one thread can serve many.</source>
        <translation>kqueue)이 어떤 소켓이 준비됐는지 알려 주므로 스레드 하나로 여럿을 처리합니다.</translation>
    </message>
    <message>
        <source>a listener is &quot;readable&quot; when a connection waits</source>
        <translation>연결이 기다리고 있으면 리스너는 &quot;읽기 가능&quot;입니다</translation>
    </message>
    <message>
        <source>now it succeeds at once</source>
        <translation>이번에는 바로 성공합니다</translation>
    </message>
    <message>
        <source>On BSD and macOS conn2 inherits O_NONBLOCK from srv (on Linux it does not),</source>
        <translation>BSD와 macOS에서는 conn2가 srv의 O_NONBLOCK을 물려받으므로(Linux는 아님),</translation>
    </message>
    <message>
        <source>so a multiplexing server polls it too before reading.</source>
        <translation>다중화 서버는 읽기 전에 이것도 poll로 확인합니다.</translation>
    </message>
    <message>
        <source>One poll() over several sockets: each entry says which events it wants, and</source>
        <translation>여러 소켓에 대한 poll() 한 번: 각 항목은 원하는 이벤트를 말하고,</translation>
    </message>
    <message>
        <source>revents says what the kernel found. 1 = one socket is ready.</source>
        <translation>revents는 커널이 찾은 것을 말합니다. 1 = 소켓 하나가 준비됨.</translation>
    </message>
    <message>
        <source>Writing to a closed connection: EPIPE, and SIGPIPE with write()</source>
        <translation>닫힌 연결에 쓰기: EPIPE, 그리고 write()의 SIGPIPE</translation>
    </message>
    <message>
        <source>The server goes away. The client sees only the FIN: end-of-file.</source>
        <translation>서버가 사라집니다. 클라이언트는 FIN, 즉 파일 끝만 봅니다.</translation>
    </message>
    <message>
        <source>The FIN only said &quot;no more data from me&quot;, so the client&apos;s kernel still</source>
        <translation>FIN은 &quot;나는 더 보낼 데이터가 없다&quot;는 뜻일 뿐이라 클라이언트의 커널은</translation>
    </message>
    <message>
        <source>accepts a send(). The server&apos;s kernel, with no socket to hand the data to,</source>
        <translation>send()를 여전히 받아들입니다. 데이터를 넘길 소켓이 없는 서버의 커널은</translation>
    </message>
    <message>
        <source>answers with RST.</source>
        <translation>RST로 답합니다.</translation>
    </message>
    <message>
        <source>the RST arrives</source>
        <translation>RST 도착</translation>
    </message>
    <message>
        <source>The next send() fails: EPIPE on Linux (ECONNRESET on some BSDs).</source>
        <translation>다음 send()는 실패합니다: Linux에서는 EPIPE(일부 BSD에서는 ECONNRESET).</translation>
    </message>
    <message>
        <source>From then on every send() fails with EPIPE. By default the kernel would also</source>
        <translation>그 뒤로는 모든 send()가 EPIPE로 실패합니다. 기본적으로 커널은</translation>
    </message>
    <message>
        <source>raise SIGPIPE, whose default action kills the process; the playground sends</source>
        <translation>SIGPIPE도 일으키며, 그 기본 동작은 프로세스를 죽이는 것입니다. 플레이그라운드는</translation>
    </message>
    <message>
        <source>with MSG_NOSIGNAL (SO_NOSIGPIPE on macOS), so the error is all that happens.</source>
        <translation>MSG_NOSIGNAL(macOS는 SO_NOSIGPIPE)로 보내므로 오류만 생깁니다.</translation>
    </message>
    <message>
        <source>The process lives on.</source>
        <translation>프로세스는 계속 살아 있습니다.</translation>
    </message>
    <message>
        <source>write() is the other half of the lesson: it has no flags, so nothing stops the</source>
        <translation>write()가 이 수업의 나머지 절반입니다. 플래그가 없으니 시그널을 막을 방법이</translation>
    </message>
    <message>
        <source>signal. A program with the default SIGPIPE handler dies inside this call. The</source>
        <translation>없습니다. 기본 SIGPIPE 핸들러를 쓰는 프로그램은 이 호출 안에서 죽습니다.</translation>
    </message>
    <message>
        <source>playground blocks the signal on its worker, shows &quot;SIGPIPE raised&quot; beside the</source>
        <translation>플레이그라운드는 작업 스레드에서 시그널을 막고, 로그의 호출 옆에 &quot;SIGPIPE raised&quot;를</translation>
    </message>
    <message>
        <source>call in the log, and the call returns EPIPE, as with the signal ignored.</source>
        <translation>표시하며, 시그널을 무시했을 때처럼 호출은 EPIPE를 돌려줍니다.</translation>
    </message>
    <message>
        <source>epoll: level-triggered against edge-triggered, and EPOLLONESHOT (Linux)</source>
        <translation>epoll: 레벨 트리거 대 에지 트리거, 그리고 EPOLLONESHOT (Linux)</translation>
    </message>
    <message>
        <source>An epoll instance keeps an interest list (epoll_ctl) and hands back what is ready</source>
        <translation>epoll 인스턴스는 관심 목록(epoll_ctl)을 보관하고 준비된 것을 돌려줍니다</translation>
    </message>
    <message>
        <source>(epoll_wait). Level-triggered entries are reported as long as they stay ready;</source>
        <translation>(epoll_wait). 레벨 트리거 항목은 준비 상태인 동안 계속 알리고,</translation>
    </message>
    <message>
        <source>edge-triggered ones (EPOLLET) once per change. Each event&apos;s data is the socket&apos;s fd.</source>
        <translation>에지 트리거 항목(EPOLLET)은 변화마다 한 번 알립니다. 각 이벤트의 data는 소켓의 fd입니다.</translation>
    </message>
    <message>
        <source>lt: watched level-triggered</source>
        <translation>lt: 레벨 트리거로 감시</translation>
    </message>
    <message>
        <source>et: watched edge-triggered</source>
        <translation>et: 에지 트리거로 감시</translation>
    </message>
    <message>
        <source>a descriptor, but no socket: its own row</source>
        <translation>디스크립터이지만 소켓은 아닙니다: 자기 행이 따로 있습니다</translation>
    </message>
    <message>
        <source>The same socket twice: the kernel says EEXIST; use EPOLL_CTL_MOD to change an entry.</source>
        <translation>같은 소켓을 두 번: 커널은 EEXIST라고 합니다. 항목을 바꾸려면 EPOLL_CTL_MOD를 쓰세요.</translation>
    </message>
    <message>
        <source>Nothing has arrived: a timeout of 0 only looks, and the list comes back empty.</source>
        <translation>아무것도 오지 않았습니다: 타임아웃 0은 확인만 하고, 목록은 비어서 돌아옵니다.</translation>
    </message>
    <message>
        <source>Both became readable: one call reports both, in the order they became ready.</source>
        <translation>둘 다 읽기 가능해졌습니다: 호출 한 번이 준비된 순서대로 둘 다 알립니다.</translation>
    </message>
    <message>
        <source>Nothing was read. Level-triggered: lt is still readable, so it is reported again.</source>
        <translation>아무것도 읽지 않았습니다. 레벨 트리거: lt는 여전히 읽기 가능하므로 다시 알립니다.</translation>
    </message>
    <message>
        <source>Edge-triggered: no new change on et, so it is not, although 4 bytes still wait.</source>
        <translation>에지 트리거: et에는 새 변화가 없으므로, 4바이트가 아직 남아 있어도 알리지 않습니다.</translation>
    </message>
    <message>
        <source>New bytes are a new edge: et is reported again (with everything now waiting).</source>
        <translation>새 바이트는 새 에지입니다: et를 다시 알립니다(지금 기다리는 것 전부와 함께).</translation>
    </message>
    <message>
        <source>This is why edge-triggered code reads until EAGAIN: the next edge may never come.</source>
        <translation>그래서 에지 트리거 코드는 EAGAIN이 날 때까지 읽습니다. 다음 에지는 영영 오지 않을 수도 있습니다.</translation>
    </message>
    <message>
        <source>EPOLLONESHOT: one event, then the entry is disarmed until EPOLL_CTL_MOD re-arms it.</source>
        <translation>EPOLLONESHOT: 이벤트 하나 뒤 항목이 해제되고, EPOLL_CTL_MOD로 다시 켤 때까지 그대로입니다.</translation>
    </message>
    <message>
        <source>DEL takes an entry off the list; a second DEL finds nothing: ENOENT.</source>
        <translation>DEL은 목록에서 항목을 뺍니다. 두 번째 DEL은 찾는 것이 없습니다: ENOENT.</translation>
    </message>
    <message>
        <source>A peer that closes is an event too: end of file (EPOLLIN), its half shut (EPOLLRDHUP),</source>
        <translation>상대가 닫는 것도 이벤트입니다: 파일 끝(EPOLLIN), 상대 쪽 반 닫힘(EPOLLRDHUP),</translation>
    </message>
    <message>
        <source>and, since this pair is now closed both ways, EPOLLHUP: reported even when not asked for.</source>
        <translation>그리고 이 쌍은 이제 양방향이 닫혔으므로 EPOLLHUP: 요청하지 않아도 알립니다.</translation>
    </message>
    <message>
        <source>close(ep) closes the instance like any descriptor.</source>
        <translation>close(ep)는 다른 디스크립터처럼 인스턴스를 닫습니다.</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR) ends one direction only</source>
        <translation>반쪽 닫기: shutdown(SHUT_WR)은 한 방향만 끝냅니다</translation>
    </message>
    <message>
        <source>The client sends its whole request, then says &quot;that was all&quot;.</source>
        <translation>클라이언트가 요청 전체를 보낸 뒤 &quot;이게 전부&quot;라고 말합니다.</translation>
    </message>
    <message>
        <source>the kernel sends FIN after the data</source>
        <translation>커널은 데이터 뒤에 FIN을 보냅니다</translation>
    </message>
    <message>
        <source>The server reads the request, then end-of-file.</source>
        <translation>서버는 요청을 읽고, 이어서 파일 끝을 읽습니다.</translation>
    </message>
    <message>
        <source>&quot;until EOF&quot; repeats recv() until it returns 0: the FIN after the data.</source>
        <translation>&quot;until EOF&quot;는 recv()가 0을 돌려줄 때까지 되풀이합니다: 데이터 뒤의 FIN.</translation>
    </message>
    <message>
        <source>Only one direction is closed: the server can still answer.</source>
        <translation>한 방향만 닫혔습니다: 서버는 아직 답할 수 있습니다.</translation>
    </message>
    <message>
        <source>The client gave up its sending side for good.</source>
        <translation>클라이언트는 보내는 쪽을 영영 포기했습니다.</translation>
    </message>
    <message>
        <source>no SIGPIPE: sent with MSG_NOSIGNAL</source>
        <translation>SIGPIPE 없음: MSG_NOSIGNAL로 보냄</translation>
    </message>
    <message>
        <source>The server closes its side too; now the client reads end-of-file.</source>
        <translation>서버도 자기 쪽을 닫습니다. 이제 클라이언트가 파일 끝을 읽습니다.</translation>
    </message>
    <message>
        <source>kqueue(): a listener and three clients on one kernel event queue (macOS/BSD only)</source>
        <translation>kqueue(): 커널 이벤트 큐 하나에 리스너 하나와 클라이언트 셋 (macOS/BSD 전용)</translation>
    </message>
    <message>
        <source>kqueue() makes a queue in the kernel; kevent() registers filters on it (the changelist)</source>
        <translation>kqueue()는 커널에 큐를 만들고, kevent()는 거기에 필터를 등록하며(changelist)</translation>
    </message>
    <message>
        <source>and collects the events that fired, each with ident, filter, flags, fflags, data, udata.</source>
        <translation>발생한 이벤트를 ident, filter, flags, fflags, data, udata와 함께 수집합니다.</translation>
    </message>
    <message>
        <source>Interest is registered once and stays, unlike poll() and select(), which pass every fd on</source>
        <translation>관심은 한 번 등록하면 남습니다. 호출할 때마다 모든 fd를 넘기는 poll(), select()와</translation>
    </message>
    <message>
        <source>every call. macOS and the BSDs have kqueue; on Linux this demo is skipped.</source>
        <translation>다릅니다. macOS와 BSD에는 kqueue가 있고, Linux에서는 이 데모를 건너뜁니다.</translation>
    </message>
    <message>
        <source>the listener</source>
        <translation>리스너</translation>
    </message>
    <message>
        <source>port 0: the kernel picks a free port</source>
        <translation>포트 0: 커널이 빈 포트를 고릅니다</translation>
    </message>
    <message>
        <source>the event queue: a descriptor like any other</source>
        <translation>이벤트 큐: 다른 것과 똑같은 디스크립터</translation>
    </message>
    <message>
        <source>Register EVFILT_READ on the listener. Nobody has connected: a 0 ms timeout only looks,</source>
        <translation>리스너에 EVFILT_READ를 등록합니다. 아무도 연결하지 않았습니다: 0 ms 타임아웃은 확인만 하고</translation>
    </message>
    <message>
        <source>and nothing comes back (Timeout).</source>
        <translation>아무것도 돌아오지 않습니다(Timeout).</translation>
    </message>
    <message>
        <source>An empty changelist only collects. The listener&apos;s event has data 3: three connections</source>
        <translation>빈 changelist는 수집만 합니다. 리스너의 이벤트는 data가 3입니다: 연결 셋이</translation>
    </message>
    <message>
        <source>wait in the accept queue.</source>
        <translation>accept 큐에서 기다립니다.</translation>
    </message>
    <message>
        <source>Watch the three connections for reading. EV_CLEAR makes a filter edge-triggered: it</source>
        <translation>세 연결을 읽기용으로 감시합니다. EV_CLEAR는 필터를 에지 트리거로 만듭니다:</translation>
    </message>
    <message>
        <source>fires when new data arrives, not again for data still unread. udata (here 1, 2, 3) comes</source>
        <translation>새 데이터가 오면 발생하고, 아직 안 읽은 데이터로는 다시 발생하지 않습니다. udata(여기서는 1, 2, 3)는</translation>
    </message>
    <message>
        <source>back untouched with each event: a program keeps its own pointer or index there.</source>
        <translation>이벤트마다 그대로 돌아옵니다. 프로그램은 여기에 자기 포인터나 인덱스를 둡니다.</translation>
    </message>
    <message>
        <source>Client 2 writes: one event, for a2, with data 4 (bytes waiting) and udata 2.</source>
        <translation>클라이언트 2가 씁니다: a2에 대한 이벤트 하나, data 4(대기 바이트)와 udata 2.</translation>
    </message>
    <message>
        <source>Two clients write; one kevent() reports both.</source>
        <translation>클라이언트 둘이 씁니다. kevent() 한 번이 둘 다 알립니다.</translation>
    </message>
    <message>
        <source>A change that fails comes back as an event with EV_ERROR and the errno in data: deleting</source>
        <translation>실패한 변경은 EV_ERROR와 data의 errno를 담은 이벤트로 돌아옵니다:</translation>
    </message>
    <message>
        <source>a filter that was never added gives ENOENT. EV_RECEIPT asks for a receipt for every</source>
        <translation>추가한 적 없는 필터를 지우면 ENOENT입니다. EV_RECEIPT는 변경마다 영수증을 요청하므로</translation>
    </message>
    <message>
        <source>change, so the call returns at once with one entry per change.</source>
        <translation>호출은 변경마다 항목 하나씩을 담아 즉시 돌아옵니다.</translation>
    </message>
    <message>
        <source>Nothing left to read: with a timeout kevent() waits, then returns 0 (Timeout).</source>
        <translation>더 읽을 것이 없습니다: 타임아웃이 있으면 kevent()는 기다린 뒤 0을 돌려줍니다(Timeout).</translation>
    </message>
    <message>
        <source>A client leaves: the read filter fires with EV_EOF, and read() returns 0.</source>
        <translation>클라이언트가 떠납니다: 읽기 필터가 EV_EOF와 함께 발생하고, read()는 0을 돌려줍니다.</translation>
    </message>
    <message>
        <source>Closing a descriptor removes its filters from every queue; closing the queue removes all.</source>
        <translation>디스크립터를 닫으면 모든 큐에서 그 필터가 빠지고, 큐를 닫으면 전부 빠집니다.</translation>
    </message>
    <message>
        <source>Lab: message boundaries, streams against datagrams</source>
        <translation>실습: 메시지 경계, 스트림 대 데이터그램</translation>
    </message>
    <message>
        <source>Two sends on TCP, two sendto() calls on UDP: predict what each receive returns, and the</source>
        <translation>TCP로 send 두 번, UDP로 sendto() 두 번: 각 수신이 무엇을 돌려줄지와 그 바이트를</translation>
    </message>
    <message>
        <source>bytes. The window asks before each marked line and keeps your score; a headless run and</source>
        <translation>예측하세요. 창은 표시된 줄마다 먼저 묻고 점수를 매깁니다. 창 없는 실행과</translation>
    </message>
    <message>
        <source>the exported C program ignore the questions.</source>
        <translation>내보낸 C 프로그램은 문제를 무시합니다.</translation>
    </message>
    <message>
        <source>send each piece at once (no Nagle delay)</source>
        <translation>조각마다 즉시 보냅니다(Nagle 지연 없음)</translation>
    </message>
    <message>
        <source>both segments have arrived</source>
        <translation>두 세그먼트가 모두 도착했습니다</translation>
    </message>
    <message>
        <source>the rest of the datagram is lost</source>
        <translation>데이터그램의 나머지는 사라집니다</translation>
    </message>
    <message>
        <source>nothing left of it</source>
        <translation>남은 것이 없습니다</translation>
    </message>
    <message>
        <source>Lab: half-close, predicted one answer at a time</source>
        <translation>실습: 반쪽 닫기, 답을 하나씩 예측하기</translation>
    </message>
    <message>
        <source>Before each marked line runs, predict what the kernel answers: the return value, or -1 and</source>
        <translation>표시된 줄이 실행되기 전에 커널의 답을 예측하세요: 반환값, 또는 -1과</translation>
    </message>
    <message>
        <source>the errno, and for a receive the bytes. The window keeps your score; a headless run and the</source>
        <translation>errno, 수신이라면 그 바이트까지. 창이 점수를 매깁니다. 창 없는 실행과</translation>
    </message>
    <message>
        <source>exported C program ignore the questions.</source>
        <translation>내보낸 C 프로그램은 문제를 무시합니다.</translation>
    </message>
    <message>
        <source>Hint: shutdown(SHUT_WR) closes one direction only. Which one?</source>
        <translation>힌트: shutdown(SHUT_WR)은 한 방향만 닫습니다. 어느 쪽일까요?</translation>
    </message>
    <message>
        <source>the FIN: end of file</source>
        <translation>FIN: 파일 끝</translation>
    </message>
    <message>
        <source>the other direction is still open</source>
        <translation>다른 방향은 아직 열려 있습니다</translation>
    </message>
    <message>
        <source>Non-blocking connect(): EINPROGRESS, POLLOUT, then SO_ERROR</source>
        <translation>논블로킹 connect(): EINPROGRESS, POLLOUT, 그다음 SO_ERROR</translation>
    </message>
    <message>
        <source>A non-blocking connect() sends the SYN and returns before the handshake is</source>
        <translation>논블로킹 connect()는 SYN을 보내고 핸드셰이크가 끝나기 전에 돌아옵니다.</translation>
    </message>
    <message>
        <source>over: -1 with EINPROGRESS is not a failure, it means &quot;started&quot;.</source>
        <translation>EINPROGRESS와 함께 온 -1은 실패가 아니라 &quot;시작됨&quot;이라는 뜻입니다.</translation>
    </message>
    <message>
        <source>The socket turns writable when the handshake is over, whether it worked or not.</source>
        <translation>핸드셰이크가 끝나면 성공 여부와 관계없이 소켓은 쓰기 가능해집니다.</translation>
    </message>
    <message>
        <source>the kernel&apos;s own revents</source>
        <translation>커널이 돌려준 revents 그대로</translation>
    </message>
    <message>
        <source>SO_ERROR tells which: 0 means connected.</source>
        <translation>어느 쪽인지는 SO_ERROR가 알려 줍니다: 0이면 연결됨.</translation>
    </message>
    <message>
        <source>the connection was queued all along</source>
        <translation>연결은 내내 큐에 있었습니다</translation>
    </message>
    <message>
        <source>The same against a port where nobody listens: the kernel answers the SYN</source>
        <translation>아무도 듣지 않는 포트에 같은 일을 하면: 커널은 SYN에</translation>
    </message>
    <message>
        <source>with RST, and the failure shows up only in SO_ERROR.</source>
        <translation>RST로 답하고, 실패는 SO_ERROR에서만 드러납니다.</translation>
    </message>
    <message>
        <source>EINPROGRESS too: the answer comes later</source>
        <translation>역시 EINPROGRESS: 답은 나중에 옵니다</translation>
    </message>
    <message>
        <source>Writable again, but Linux adds POLLERR|POLLHUP to revents: the attempt is over, badly.</source>
        <translation>다시 쓰기 가능하지만 Linux는 revents에 POLLERR|POLLHUP을 더합니다: 시도가 실패로 끝났습니다.</translation>
    </message>
    <message>
        <source>ECONNREFUSED: 111 on Linux, 61 on macOS</source>
        <translation>ECONNREFUSED: Linux에서는 111, macOS에서는 61</translation>
    </message>
    <message>
        <source>Reading SO_ERROR clears it: ask once and keep the answer.</source>
        <translation>SO_ERROR를 읽으면 지워집니다: 한 번 묻고 답을 간직하세요.</translation>
    </message>
    <message>
        <source>poll(): one call serves a listener and three clients, the seeds&apos; I/O multiplexing model</source>
        <translation>poll(): 호출 하나로 리스너 하나와 클라이언트 셋을 처리하는, 강의 노트의 I/O 다중화 모델</translation>
    </message>
    <message>
        <source>One thread, no blocking accept() or read(): poll() says which sockets are ready,</source>
        <translation>스레드 하나, 블로킹 accept()나 read() 없음: poll()이 준비된 소켓을 알려 주고,</translation>
    </message>
    <message>
        <source>and only those are served. The server side first.</source>
        <translation>그 소켓만 처리합니다. 먼저 서버 쪽입니다.</translation>
    </message>
    <message>
        <source>Nobody has connected: poll() with timeout 0 only looks, and finds nothing ready.</source>
        <translation>아무도 연결하지 않았습니다: 타임아웃 0인 poll()은 확인만 하고, 준비된 것을 찾지 못합니다.</translation>
    </message>
    <message>
        <source>Three clients connect; on loopback each handshake completes at once.</source>
        <translation>클라이언트 셋이 연결합니다. 루프백에서는 핸드셰이크가 바로 끝납니다.</translation>
    </message>
    <message>
        <source>Connections waiting in the accept queue make the listener readable (POLLIN).</source>
        <translation>accept 큐에서 기다리는 연결이 있으면 리스너가 읽기 가능해집니다(POLLIN).</translation>
    </message>
    <message>
        <source>So accept() will not block: take all three.</source>
        <translation>그러니 accept()는 블록되지 않습니다: 셋 다 가져옵니다.</translation>
    </message>
    <message>
        <source>Now one pollfd array watches the listener and the three connections.</source>
        <translation>이제 pollfd 배열 하나가 리스너와 세 연결을 감시합니다.</translation>
    </message>
    <message>
        <source>Nothing is ready: the queue is empty and nobody has written.</source>
        <translation>준비된 것이 없습니다: 큐는 비었고 아무도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Client 2 writes: only its connection comes back with revents.</source>
        <translation>클라이언트 2가 씁니다: 그 연결만 revents와 함께 돌아옵니다.</translation>
    </message>
    <message>
        <source>Two clients write: one poll() reports both, and each is read without blocking.</source>
        <translation>클라이언트 둘이 씁니다: poll() 한 번이 둘 다 알리고, 각각 블록 없이 읽습니다.</translation>
    </message>
    <message>
        <source>Client 3 leaves: end of file is readable too, and read() returns 0.</source>
        <translation>클라이언트 3이 떠납니다: 파일 끝도 읽기 가능이며, read()는 0을 돌려줍니다.</translation>
    </message>
    <message>
        <source>The server closes that connection and would drop it from its array.</source>
        <translation>서버는 그 연결을 닫고 배열에서 뺄 것입니다.</translation>
    </message>
    <message>
        <source>read() and write(): the seeds&apos; flow, written as the course notes write it</source>
        <translation>read()와 write(): 강의 노트의 흐름을 노트가 쓰는 그대로</translation>
    </message>
    <message>
        <source>The server side: socket() -&gt; bind() -&gt; listen() -&gt; accept().</source>
        <translation>서버 쪽: socket() -&gt; bind() -&gt; listen() -&gt; accept().</translation>
    </message>
    <message>
        <source>an endpoint; nothing is on the network yet</source>
        <translation>통신 끝점. 아직 네트워크에는 아무것도 없습니다</translation>
    </message>
    <message>
        <source>The client side: socket() -&gt; connect().</source>
        <translation>클라이언트 쪽: socket() -&gt; connect().</translation>
    </message>
    <message>
        <source>READ() &amp;&amp; WRITE(): write(fd, data, datalen) and read(fd, buffer, buflen) work on</source>
        <translation>READ() &amp;&amp; WRITE(): write(fd, data, datalen)와 read(fd, buffer, buflen)는</translation>
    </message>
    <message>
        <source>any descriptor; on a socket they are send() and recv() without flags.</source>
        <translation>어떤 디스크립터에도 쓸 수 있습니다. 소켓에서는 플래그 없는 send()와 recv()입니다.</translation>
    </message>
    <message>
        <source>read() returns what has arrived, up to the buffer&apos;s size; the rest waits for</source>
        <translation>read()는 도착한 것을 버퍼 크기만큼 돌려주고, 나머지는</translation>
    </message>
    <message>
        <source>the next read(). A stream has no message boundaries.</source>
        <translation>다음 read()를 기다립니다. 스트림에는 메시지 경계가 없습니다.</translation>
    </message>
    <message>
        <source>Close: the peer&apos;s read() returns 0, end of file.</source>
        <translation>닫기: 상대의 read()는 0, 즉 파일 끝을 돌려줍니다.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() resets the connection</source>
        <translation>SO_LINGER {1, 0}: close()가 연결을 리셋합니다</translation>
    </message>
    <message>
        <source>A plain close() sends FIN and the peer reads end-of-file. With linger on</source>
        <translation>보통의 close()는 FIN을 보내고 상대는 파일 끝을 읽습니다. linger를 켜고</translation>
    </message>
    <message>
        <source>and a timeout of 0, close() throws away unsent data and sends RST instead.</source>
        <translation>타임아웃을 0으로 하면 close()는 보내지 않은 데이터를 버리고 대신 RST를 보냅니다.</translation>
    </message>
    <message>
        <source>RST: no FIN, no TIME_WAIT</source>
        <translation>RST: FIN도 TIME_WAIT도 없음</translation>
    </message>
    <message>
        <source>The peer&apos;s next call reports the reset, once.</source>
        <translation>상대의 다음 호출이 리셋을 한 번 알립니다.</translation>
    </message>
    <message>
        <source>After that the connection is simply gone: end-of-file for reads...</source>
        <translation>그 뒤로 연결은 그냥 사라집니다: 읽기에는 파일 끝...</translation>
    </message>
    <message>
        <source>...and EPIPE for writes.</source>
        <translation>...쓰기에는 EPIPE.</translation>
    </message>
    <message>
        <source>select(): a listener and three clients in fd_sets, the oldest multiplexing call</source>
        <translation>select(): fd_set에 리스너 하나와 클라이언트 셋, 가장 오래된 다중화 호출</translation>
    </message>
    <message>
        <source>select() takes three sets of descriptors (read, write, exceptional) and gives them</source>
        <translation>select()는 디스크립터 집합 셋(읽기, 쓰기, 예외)을 받아서</translation>
    </message>
    <message>
        <source>back holding only the ready ones. The log shows the sets as strace does: [3 5].</source>
        <translation>준비된 것만 남겨 돌려줍니다. 로그는 strace처럼 집합을 보여 줍니다: [3 5].</translation>
    </message>
    <message>
        <source>A timeout of 0 ms only looks: nobody has connected, the set comes back empty.</source>
        <translation>0 ms 타임아웃은 확인만 합니다: 아무도 연결하지 않아 집합이 비어서 돌아옵니다.</translation>
    </message>
    <message>
        <source>Connections in the accept queue make the listener readable.</source>
        <translation>accept 큐에 연결이 있으면 리스너가 읽기 가능해집니다.</translation>
    </message>
    <message>
        <source>A fresh connection has room in its send buffer: it is writable at once.</source>
        <translation>갓 만든 연결은 송신 버퍼에 자리가 있어 바로 쓰기 가능합니다.</translation>
    </message>
    <message>
        <source>select() counts every ready fd in every set.</source>
        <translation>select()는 모든 집합의 준비된 fd를 하나하나 셉니다.</translation>
    </message>
    <message>
        <source>Client 2 writes: its connection is the only one in the read set that comes back.</source>
        <translation>클라이언트 2가 씁니다: 읽기 집합에서 돌아오는 것은 그 연결뿐입니다.</translation>
    </message>
    <message>
        <source>Two clients write; one select() reports both.</source>
        <translation>클라이언트 둘이 씁니다. select() 한 번이 둘 다 알립니다.</translation>
    </message>
    <message>
        <source>Nothing left to read: with a timeout select() waits, then returns 0 (Timeout).</source>
        <translation>더 읽을 것이 없습니다: 타임아웃이 있으면 select()는 기다린 뒤 0을 돌려줍니다(Timeout).</translation>
    </message>
    <message>
        <source>A client leaves: end of file is readable, read() returns 0.</source>
        <translation>클라이언트가 떠납니다: 파일 끝은 읽기 가능이며, read()는 0을 돌려줍니다.</translation>
    </message>
    <message>
        <source>sendmsg() and recvmsg(): gather, scatter, and MSG_TRUNC</source>
        <translation>sendmsg()와 recvmsg(): 모으기, 흩뿌리기, MSG_TRUNC</translation>
    </message>
    <message>
        <source>Gather: sendmsg() sends several buffers (an iovec array) in one call, as if</source>
        <translation>모으기: sendmsg()는 여러 버퍼(iovec 배열)를 한 번의 호출로 하나처럼</translation>
    </message>
    <message>
        <source>they were one. Handy for a header and a body kept in separate buffers.</source>
        <translation>보냅니다. 헤더와 본문을 따로 둔 버퍼에 쓸모가 있습니다.</translation>
    </message>
    <message>
        <source>Scatter: recvmsg() fills its buffers in order, each one to the brim.</source>
        <translation>흩뿌리기: recvmsg()는 버퍼를 순서대로 하나씩 가득 채웁니다.</translation>
    </message>
    <message>
        <source>UDP: a datagram longer than the buffers. recvmsg() copies what fits, sets</source>
        <translation>UDP: 버퍼보다 긴 데이터그램. recvmsg()는 들어가는 만큼 복사하고,</translation>
    </message>
    <message>
        <source>MSG_TRUNC in msg_flags, and the kernel throws the rest of the datagram away.</source>
        <translation>msg_flags에 MSG_TRUNC를 설정하며, 커널은 데이터그램의 나머지를 버립니다.</translation>
    </message>
    <message>
        <source>The next read gets the next datagram: &quot;89AB&quot; is gone for good.</source>
        <translation>다음 읽기는 다음 데이터그램을 받습니다: &quot;89AB&quot;는 영영 사라졌습니다.</translation>
    </message>
    <message>
        <source>Streams have no message boundaries; datagrams do</source>
        <translation>스트림에는 메시지 경계가 없고, 데이터그램에는 있습니다</translation>
    </message>
    <message>
        <source>TCP: two send() calls...</source>
        <translation>TCP: send() 호출 두 번은...</translation>
    </message>
    <message>
        <source>...are one run of bytes in the receive queue, and one recv() takes them all.</source>
        <translation>...수신 큐에서 이어진 바이트 하나가 되고, recv() 한 번이 전부 가져갑니다.</translation>
    </message>
    <message>
        <source>A protocol on TCP must mark where its messages end (newlines, lengths).</source>
        <translation>TCP 위의 프로토콜은 메시지가 끝나는 곳을 표시해야 합니다(줄바꿈, 길이).</translation>
    </message>
    <message>
        <source>And the other way round: one send() can need several recv() calls.</source>
        <translation>거꾸로도 마찬가지입니다: send() 한 번에 recv()가 여러 번 필요할 수 있습니다.</translation>
    </message>
    <message>
        <source>UDP: every sendto() is one datagram, and every recvfrom() returns exactly one.</source>
        <translation>UDP: sendto()마다 데이터그램 하나이고, recvfrom()은 정확히 하나씩 돌려줍니다.</translation>
    </message>
    <message>
        <source>TCP server and client: the seeds&apos; flow</source>
        <translation>TCP 서버와 클라이언트: 강의 노트의 흐름</translation>
    </message>
    <message>
        <source>allow a quick restart on the same port</source>
        <translation>같은 포트로 빨리 다시 시작할 수 있게 합니다</translation>
    </message>
    <message>
        <source>a new socket for this one connection</source>
        <translation>이 연결 하나만을 위한 새 소켓</translation>
    </message>
    <message>
        <source>read() &amp;&amp; write(), both ways.</source>
        <translation>read() &amp;&amp; write(), 양방향으로.</translation>
    </message>
    <message>
        <source>close(): the server reads end-of-file (0) once the client is gone.</source>
        <translation>close(): 클라이언트가 떠나면 서버는 파일 끝(0)을 읽습니다.</translation>
    </message>
    <message>
        <source>A port where nobody listens answers with RST.</source>
        <translation>아무도 듣지 않는 포트는 RST로 답합니다.</translation>
    </message>
    <message>
        <source>UDP: sendto() and recvfrom(), no connection at all</source>
        <translation>UDP: sendto()와 recvfrom(), 연결은 전혀 없음</translation>
    </message>
    <message>
        <source>A UDP server: socket() -&gt; bind(), and that is all. No listen(), no accept().</source>
        <translation>UDP 서버: socket() -&gt; bind()가 전부입니다. listen()도 accept()도 없습니다.</translation>
    </message>
    <message>
        <source>a datagram endpoint</source>
        <translation>데이터그램 끝점</translation>
    </message>
    <message>
        <source>Two clients. Each is bound so its address can be named below; an unbound</source>
        <translation>클라이언트 둘. 아래에서 주소를 부를 수 있도록 각각 bind합니다. bind하지 않은</translation>
    </message>
    <message>
        <source>socket would get a port from the kernel on its first sendto().</source>
        <translation>소켓은 첫 sendto() 때 커널에게서 포트를 받습니다.</translation>
    </message>
    <message>
        <source>the kernel picks a free port</source>
        <translation>커널이 빈 포트를 고릅니다</translation>
    </message>
    <message>
        <source>Every sendto() names its destination; the kernel sends one datagram per call.</source>
        <translation>sendto()마다 목적지를 지정하며, 커널은 호출마다 데이터그램 하나를 보냅니다.</translation>
    </message>
    <message>
        <source>recvfrom() returns one datagram and who sent it: see the address in each line.</source>
        <translation>recvfrom()은 데이터그램 하나와 보낸 쪽을 돌려줍니다: 줄마다 주소를 보세요.</translation>
    </message>
    <message>
        <source>The server answers whoever wrote: the address recvfrom() reported (cli&apos;s).</source>
        <translation>서버는 쓴 쪽에게 답합니다: recvfrom()이 알려 준 주소(cli의 주소).</translation>
    </message>
    <message>
        <source>Nothing more is queued. A blocking recvfrom() would sleep here forever;</source>
        <translation>큐에 더 없습니다. 블로킹 recvfrom()이라면 여기서 영원히 잘 것입니다.</translation>
    </message>
    <message>
        <source>in non-blocking mode it returns at once with EAGAIN (&quot;try again later&quot;).</source>
        <translation>논블로킹 모드에서는 즉시 EAGAIN(&quot;나중에 다시 시도&quot;)으로 돌아옵니다.</translation>
    </message>
    <message>
        <source>A datagram that arrives later is there for the next try.</source>
        <translation>나중에 도착한 데이터그램은 다음 시도 때 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>wait until the kernel says srv is readable</source>
        <translation>커널이 srv가 읽기 가능하다고 할 때까지 기다립니다</translation>
    </message>
    <message>
        <source>UNIX-domain stream sockets: socketpair(), no network involved</source>
        <translation>UNIX 도메인 스트림 소켓: socketpair(), 네트워크는 쓰지 않음</translation>
    </message>
    <message>
        <source>socketpair() makes two UNIX stream sockets that are already connected to each</source>
        <translation>socketpair()는 이미 서로 연결된 UNIX 스트림 소켓 두 개를 만듭니다.</translation>
    </message>
    <message>
        <source>other: no address, no listen(), no accept(). The kernel copies bytes straight</source>
        <translation>주소도, listen()도, accept()도 없습니다. 커널은 한 소켓의 송신 호출에서</translation>
    </message>
    <message>
        <source>from one socket&apos;s send call into the other&apos;s receive queue.</source>
        <translation>다른 소켓의 수신 큐로 바이트를 곧장 복사합니다.</translation>
    </message>
    <message>
        <source>Still a byte stream: two sends queue up as one run of bytes.</source>
        <translation>여전히 바이트 스트림입니다: 두 번 보낸 것이 이어진 바이트 하나로 쌓입니다.</translation>
    </message>
    <message>
        <source>unnamed: a socketpair end has no address</source>
        <translation>이름 없음: socketpair의 한쪽 끝에는 주소가 없습니다</translation>
    </message>
    <message>
        <source>Half-close works as on TCP: a&apos;s shutdown(SHUT_WR) is end-of-file for b.</source>
        <translation>반쪽 닫기는 TCP와 똑같이 동작합니다: a의 shutdown(SHUT_WR)은 b에게 파일 끝입니다.</translation>
    </message>
    <message>
        <source>Unrelated processes meet at a pathname instead: bind(srv, unix:/tmp/x.sock)</source>
        <translation>관계없는 프로세스끼리는 대신 경로에서 만납니다: bind(srv, unix:/tmp/x.sock)는</translation>
    </message>
    <message>
        <source>creates that file, and close() does not remove it, so a second bind() to the</source>
        <translation>그 파일을 만들고, close()는 지우지 않으므로, 같은 경로로 두 번째 bind()를 하면</translation>
    </message>
    <message>
        <source>same path fails with EADDRINUSE until someone calls unlink(). Servers unlink()</source>
        <translation>누군가 unlink()를 부를 때까지 EADDRINUSE로 실패합니다. 서버는 bind() 전에</translation>
    </message>
    <message>
        <source>before bind(). Try it from the Call form: bind a UNIX socket to unix:/dev/null,</source>
        <translation>unlink()를 부릅니다. 호출 양식에서 해 보세요: UNIX 소켓을 unix:/dev/null에 bind합니다.</translation>
    </message>
    <message>
        <source>a file that always exists. (A lab file&apos;s own relative paths land in a scratch</source>
        <translation>늘 존재하는 파일입니다. (실습 파일 자신의 상대 경로는 실행용으로 만들고</translation>
    </message>
    <message>
        <source>folder made for its run and removed after it; see Safety in the README. Linux</source>
        <translation>끝나면 지우는 임시 폴더에 놓입니다. README의 Safety를 보세요. Linux</translation>
    </message>
    <message>
        <source>also has abstract names, unix:@name, that vanish with the socket.)</source>
        <translation>에는 소켓과 함께 사라지는 추상 이름 unix:@name도 있습니다.)</translation>
    </message>
</context>
<context>
    <name>spg::engine</name>
    <message>
        <source>cancel: %1 blocked call(s) on socket #%2</source>
        <translation>취소: 소켓 #%2에서 막혀 있던 호출 %1개</translation>
    </message>
    <message>
        <source>%1 on for socket #%2</source>
        <translation>소켓 #%2에 %1 켬</translation>
    </message>
    <message>
        <source>%1 off for socket #%2</source>
        <translation>소켓 #%2에 %1 끔</translation>
    </message>
    <message>
        <source>backend: %1 -&gt; %2</source>
        <translation>백엔드: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>capture cap: %1 bytes per socket, %2 bytes in all</source>
        <translation>캡처 한도: 소켓당 %1바이트, 전체 %2바이트</translation>
    </message>
    <message>
        <source>capture cap: %1 bytes per socket</source>
        <translation>캡처 한도: 소켓당 %1바이트</translation>
    </message>
    <message>
        <source>backend %1: %2</source>
        <translation>백엔드 %1: %2</translation>
    </message>
    <message>
        <source>%1 wait failed</source>
        <translation>%1 대기 실패</translation>
    </message>
</context>
<context>
    <name>spg::escapes</name>
    <message>
        <source>a lone \ at the end: write \\ for a backslash</source>
        <translation>끝에 \ 하나만 있습니다: 백슬래시는 \\로 쓰세요</translation>
    </message>
    <message>
        <source>\x needs two hex digits, e.g. \x0d</source>
        <translation>\x 뒤에는 16진수 두 자리가 필요합니다. 예: \x0d</translation>
    </message>
    <message>
        <source>\x at column %1 needs two hex digits, e.g. \x0d</source>
        <translation>%1열의 \x 뒤에는 16진수 두 자리가 필요합니다. 예: \x0d</translation>
    </message>
    <message>
        <source>unknown escape \%1 (known: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</source>
        <translation>알 수 없는 이스케이프 \%1 (알려진 것: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</translation>
    </message>
    <message>
        <source>unknown escape \%1 at column %2 (known: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</source>
        <translation>%2열의 알 수 없는 이스케이프 \%1 (알려진 것: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit in x&quot;...&quot;</source>
        <translation>&apos;%1&apos;은(는) x&quot;...&quot; 안의 16진수 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>odd number of hex digits in x&quot;...&quot;</source>
        <translation>x&quot;...&quot; 안의 16진수 숫자 개수가 홀수입니다</translation>
    </message>
    <message>
        <source>expected bytes as a string: &quot;hello\r\n&quot; or x&quot;68 65&quot;</source>
        <translation>바이트를 문자열로 써야 합니다: &quot;hello\r\n&quot; 또는 x&quot;68 65&quot;</translation>
    </message>
</context>
<context>
    <name>spg::events</name>
    <message>
        <source>epoll instance readable: epoll_wait() would return an event now</source>
        <translation>epoll 인스턴스 읽기 가능: 지금 epoll_wait()를 호출하면 이벤트를 돌려줍니다</translation>
    </message>
    <message>
        <source>listening socket readable: %1 connection(s) waiting for accept()</source>
        <translation>리스닝 소켓 읽기 가능: accept()를 기다리는 연결 %1개</translation>
    </message>
    <message>
        <source>listening socket readable: a connection is waiting for accept()</source>
        <translation>리스닝 소켓 읽기 가능: accept()를 기다리는 연결이 있습니다</translation>
    </message>
    <message>
        <source>error pending: %1</source>
        <translation>대기 중인 오류: %1</translation>
    </message>
    <message>
        <source>error pending (getsockopt SO_ERROR reads and clears it)</source>
        <translation>대기 중인 오류 (getsockopt SO_ERROR로 읽으면 지워집니다)</translation>
    </message>
    <message>
        <source>hang-up: the connection is closed both ways (or never connected)</source>
        <translation>끊김: 연결이 양방향 모두 닫혔습니다 (또는 연결된 적이 없습니다)</translation>
    </message>
    <message>
        <source>peer shut down its sending side: recv() will return 0 after the data</source>
        <translation>상대가 송신 방향을 닫았습니다: 데이터 뒤에 recv()가 0을 돌려줍니다</translation>
    </message>
    <message>
        <source>readable: %1 byte(s) waiting</source>
        <translation>읽기 가능: %1바이트 대기 중</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>읽기 가능</translation>
    </message>
    <message>
        <source>writable: the connection attempt finished (check SO_ERROR)</source>
        <translation>쓰기 가능: 연결 시도가 끝났습니다 (SO_ERROR를 확인하세요)</translation>
    </message>
    <message>
        <source>writable: the send buffer has room</source>
        <translation>쓰기 가능: 송신 버퍼에 여유가 있습니다</translation>
    </message>
    <message>
        <source>urgent (out-of-band) data</source>
        <translation>긴급 (대역 외) 데이터</translation>
    </message>
</context>
<context>
    <name>spg::expect</name>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1을(를) 예상했지만 %2이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>%1 bytes starting %2</source>
        <translation>%2(으)로 시작하는 %1바이트</translation>
    </message>
    <message>
        <source>expected %1, got %2 (first difference at offset %3)</source>
        <translation>%1을(를) 예상했지만 %2이(가) 나왔습니다 (첫 차이: 오프셋 %3)</translation>
    </message>
    <message>
        <source>expected %1 bytes, got %2; first difference at offset %3: expected %4, got %5</source>
        <translation>%1바이트를 예상했지만 %2이(가) 나왔습니다. 첫 차이는 오프셋 %3: %4을(를) 예상했지만 %5이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected bytes containing %1, got %2</source>
        <translation>%1을(를) 포함한 바이트를 예상했지만 %2이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected value %1, got &quot;%2&quot;</source>
        <translation>값 %1을(를) 예상했지만 &quot;%2&quot;이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected a socket to inspect, got none</source>
        <translation>검사할 소켓을 예상했지만 없습니다</translation>
    </message>
    <message>
        <source>expected accept queue %1, got %2</source>
        <translation>accept 대기열 %1을(를) 예상했지만 %2이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected backlog %1, got %2</source>
        <translation>backlog %1을(를) 예상했지만 %2이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected state %1, got %2 / %3</source>
        <translation>상태 %1을(를) 예상했지만 %2 / %3이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected peer %1, got %2</source>
        <translation>상대 주소 %1을(를) 예상했지만 %2이(가) 나왔습니다</translation>
    </message>
    <message>
        <source>expected %1 (give or take %2 ms), took %3 ms</source>
        <translation>%1(오차 %2 ms)을(를) 예상했지만 %3 ms 걸렸습니다</translation>
    </message>
</context>
<context>
    <name>spg::help</name>
    <message>
        <source>Usage: socket-playground [OPTIONS]
       socket-playground FILE.spg

Make raw socket calls one at a time and see what the kernel does.

  (no options)           open the window (a demo chooser the first time)
  FILE.spg               open the window with FILE in the Scenario panel, not run
                         (what a double-click on a .spg file does)
  --demo NAME            open the window on a built-in demo
  --run FILE             run a scenario file headless: print each call as strace
                         would, exit 0 if every expectation holds, 1 at the first
                         failing line, 2 for malformed input or a refused lab
                         (see Safety below); needs no display
  --demo NAME --run      run a built-in demo headless; a demo this system cannot
                         run (kqueue-server on Linux) says so and exits 77
  --backend NAME         the event loop: %1 (default %2)
  --export-c FILE        with --run FILE or --demo NAME: write the scenario as a
                         self-contained C program to FILE and exit
  --export-pcap FILE     with --run FILE or --demo NAME: run it headless and also
                         write what its sockets sent and received as a pcapng
                         capture (Wireshark, tshark); the packets are synthesised
                         around the real bytes, and each one&apos;s comment names its call
  --strsize N            with --run: show up to N bytes of each payload (like
                         strace -s; default %3); with --export-c: the C program&apos;s
                         default (cc -DSTRSIZE=N changes it)
  --ready-fd N           with --run: also write each listener&apos;s line (below) to
                         file descriptor N, which stays open until the run ends
  --allow net,paths,raw  with --run: let the scenario reach what these need (below)
  --allow-all            with --run: all three
  --export-view VIEW --out FILE
                         with --demo NAME or --run FILE: run it in an unseen window
                         (no display needed) and write VIEW as .svg or .png; VIEW:
                         sequence, states, queues, hex, log, sockets or events
    --until-line N       stop before line N, then draw (a full accept queue, say)
    --socket N           the socket drawn (#N); default: the longest TCP story
    --print              a white background
  --import-strace LOG --out FILE.spg
                         turn a program&apos;s strace log (strace -f -yy -s 4096 -o LOG
                         -e trace=network,read,write,close,poll,select,pselect6,
                         epoll_create1,epoll_ctl,epoll_wait,epoll_pwait,fcntl,ioctl
                         PROGRAM) into a scenario; what cannot
                         be replayed becomes a comment naming its line (on stderr too)
  --list-demos           list the built-in demos
  --matrix [FAMILY]      run every call in every socket state through the engine
                         (on --backend) and print what each returned, as Markdown
                         tables; FAMILY: tcp, udp, unix-stream or unix-dgram
  --version              print &quot;socket-playground&quot; and the version, then exit
  --help                 this text

A headless run also reports on stderr, for scripts and logs:
  listening on 127.0.0.1:40123   when a listen() succeeds, with the bound port
  lab.spg:9: FAILED: expected &quot;hello\r\n&quot;, got &quot;&quot;   the first line that failed
  12 calls, 5 expectations held, 0 failed   at the end (then &quot;(stopped at line 9)&quot;)

Scenario files (.spg) hold one call per line in C-like syntax, for example:
  srv = socket(AF_INET, SOCK_STREAM, 0)
  bind(srv, 127.0.0.1:0)
  listen(srv, 2)
  cli = socket(AF_INET, SOCK_STREAM, 0)
  connect(cli, srv.local)          expect 0
See README.md for the whole grammar.

Safety: a scenario file or demo is checked whole before anything runs. By default
it may use loopback (127.0.0.0/8, ::1, localhost), AF_INET, AF_INET6 and AF_UNIX
stream, datagram and seqpacket sockets, and UNIX names in a scratch folder made for
the run (unix:name, unix:./name, unix:@name), removed afterwards. Anything else is
listed and refused (exit status 2) unless allowed: net (other hosts, host names,
0.0.0.0, [::], broadcast), paths (UNIX paths outside the scratch folder), raw (raw,
packet, netlink or numeric families, types and protocols).
</source>
        <translation>사용법: socket-playground [옵션]
        socket-playground 파일.spg

원시 소켓 호출을 하나씩 해 보고 커널이 무엇을 하는지 봅니다.

  (옵션 없음)            창을 엽니다 (처음에는 데모 선택 화면)
  파일.spg               시나리오 패널에 파일을 연 채로 창을 엽니다. 실행하지는
                         않습니다 (.spg 파일을 두 번 클릭하면 하는 일)
  --demo 이름            내장 데모로 창을 엽니다
  --run 파일             시나리오 파일을 창 없이 실행합니다: 각 호출을 strace처럼
                         출력하고, 모든 기대가 맞으면 0, 처음 실패한 줄에서 1,
                         잘못된 입력이나 거절된 실습이면 2로 끝납니다 (아래 안전
                         참고). 디스플레이가 필요 없습니다
  --demo 이름 --run      내장 데모를 창 없이 실행합니다. 이 시스템에서 실행할 수
                         없는 데모(Linux의 kqueue-server)는 그렇다고 말하고 77로
                         끝납니다
  --backend 이름         이벤트 루프: %1 (기본값 %2)
  --export-c 파일        --run 파일 또는 --demo 이름과 함께: 시나리오를 혼자 도는
                         C 프로그램으로 파일에 쓰고 끝납니다
  --export-pcap 파일     --run 파일 또는 --demo 이름과 함께: 창 없이 실행하고,
                         소켓들이 주고받은 것을 pcapng 캡처(Wireshark, tshark)로도
                         씁니다. 패킷은 실제 바이트를 둘러싸 합성되며, 각 패킷의
                         주석이 그 호출을 밝힙니다
  --strsize N            --run과 함께: 각 데이터를 N바이트까지 보여 줍니다 (strace
                         -s처럼, 기본값 %3). --export-c와 함께: C 프로그램의
                         기본값 (cc -DSTRSIZE=N으로 바꿉니다)
  --ready-fd N           --run과 함께: 각 리스너의 줄(아래 참고)을 파일
                         디스크립터 N에도 씁니다. N은 실행이 끝날 때까지 열려
                         있습니다
  --allow net,paths,raw  --run과 함께: 시나리오가 이것들이 필요로 하는 곳에
                         닿도록 허용합니다 (아래 참고)
  --allow-all            --run과 함께: 셋 모두
  --export-view 보기 --out 파일
                         --demo 이름 또는 --run 파일과 함께: 보이지 않는 창에서
                         실행하고(디스플레이 불필요) 보기를 .svg 또는 .png로
                         씁니다. 보기: sequence, states, queues, hex, log, sockets
                         또는 events
    --until-line N       N번째 줄 앞에서 멈추고 그립니다 (예: 가득 찬 accept 큐)
    --socket N           그릴 소켓(#N). 기본값: 가장 긴 TCP 이야기
    --print              흰 배경
  --import-strace 로그 --out 파일.spg
                         프로그램의 strace 로그(strace -f -yy -s 4096 -o 로그
                         -e trace=network,read,write,close,poll,select,pselect6,
                         epoll_create1,epoll_ctl,epoll_wait,epoll_pwait,fcntl,ioctl
                         프로그램)를 시나리오로 바꿉니다. 재생할 수 없는 것은 그
                         줄을 밝히는 주석이 됩니다 (stderr에도)
  --list-demos           내장 데모 목록을 보여 줍니다
  --matrix [계열]        모든 소켓 상태에서 모든 호출을 엔진으로 (--backend에서)
                         실행하고 각각 돌려준 것을 Markdown 표로 출력합니다. 계열:
                         tcp, udp, unix-stream 또는 unix-dgram
  --version              &quot;socket-playground&quot;와 버전을 출력하고 끝납니다
  --help                 이 도움말

창 없는 실행은 스크립트와 로그를 위해 stderr에도 알립니다:
  listening on 127.0.0.1:40123   listen()이 성공하면, 할당된 포트와 함께
  lab.spg:9: FAILED: expected &quot;hello\r\n&quot;, got &quot;&quot;   처음 실패한 줄
  12 calls, 5 expectations held, 0 failed   끝에서 (이어서 &quot;(stopped at line 9)&quot;)

시나리오 파일(.spg)은 C와 비슷한 문법으로 한 줄에 호출 하나를 담습니다. 예:
  srv = socket(AF_INET, SOCK_STREAM, 0)
  bind(srv, 127.0.0.1:0)
  listen(srv, 2)
  cli = socket(AF_INET, SOCK_STREAM, 0)
  connect(cli, srv.local)          expect 0
전체 문법은 README.md에 있습니다.

안전: 시나리오 파일이나 데모는 무엇이든 실행하기 전에 통째로 검사합니다. 기본으로
루프백(127.0.0.0/8, ::1, localhost), AF_INET, AF_INET6, AF_UNIX의 스트림,
데이터그램, seqpacket 소켓, 그리고 실행을 위해 만든 임시 폴더 안의 UNIX 이름
(unix:name, unix:./name, unix:@name)을 쓸 수 있고, 임시 폴더는 나중에 지웁니다.
그 밖의 것은 허용하지 않으면 목록으로 보여 주고 거절합니다 (종료 상태 2): net
(다른 호스트, 호스트 이름, 0.0.0.0, [::], 브로드캐스트), paths (임시 폴더 밖의
UNIX 경로), raw (raw, packet, netlink 또는 숫자로 쓴 계열, 유형, 프로토콜).
</translation>
    </message>
</context>
<context>
    <name>spg::import</name>
    <message>
        <source>no system call in the log; expected strace output such as socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3</source>
        <translation>로그에 시스템 호출이 없습니다. socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3 같은 strace 출력이어야 합니다</translation>
    </message>
    <message>
        <source>this resumed call does not end as &quot;...) = RESULT&quot;</source>
        <translation>이 재개된 호출이 &quot;...) = RESULT&quot; 형태로 끝나지 않습니다</translation>
    </message>
    <message>
        <source>expected a pid, &quot;[pid N]&quot; or a call such as socket(...)</source>
        <translation>pid, &quot;[pid N]&quot; 또는 socket(...) 같은 호출이 와야 합니다</translation>
    </message>
    <message>
        <source>the call does not end as &quot;...) = RESULT&quot;</source>
        <translation>호출이 &quot;...) = RESULT&quot; 형태로 끝나지 않습니다</translation>
    </message>
    <message>
        <source>expected a call such as socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3</source>
        <translation>socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3 같은 호출이 와야 합니다</translation>
    </message>
</context>
<context>
    <name>spg::matrix</name>
    <message>
        <source>fresh</source>
        <translation>새로 만듦</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>바인드됨</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>리스닝</translation>
    </message>
    <message>
        <source>listening + pending client</source>
        <translation>수신 대기 + 대기 중인 클라이언트</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>connected + 3 bytes waiting</source>
        <translation>연결됨 + 3바이트 대기</translation>
    </message>
    <message>
        <source>our SHUT_WR</source>
        <translation>우리 쪽 SHUT_WR</translation>
    </message>
    <message>
        <source>peer SHUT_WR</source>
        <translation>상대 쪽 SHUT_WR</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>상대가 닫음</translation>
    </message>
    <message>
        <source>after RST</source>
        <translation>RST 이후</translation>
    </message>
    <message>
        <source>peer closed, data unread</source>
        <translation>상대가 닫음, 읽지 않은 데이터 있음</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>bound + datagram waiting</source>
        <translation>bind됨 + 데이터그램 대기</translation>
    </message>
    <message>
        <source>send into a full buffer</source>
        <translation>가득 찬 버퍼로 send</translation>
    </message>
    <message>
        <source>connect to a full queue</source>
        <translation>가득 찬 대기열로 connect</translation>
    </message>
    <message>
        <source>close, lingering</source>
        <translation>close, SO_LINGER 사용</translation>
    </message>
    <message>
        <source>TCP (AF_INET, SOCK_STREAM) on 127.0.0.1</source>
        <translation>127.0.0.1의 TCP (AF_INET, SOCK_STREAM)</translation>
    </message>
    <message>
        <source>UDP (AF_INET, SOCK_DGRAM) on 127.0.0.1</source>
        <translation>127.0.0.1의 UDP (AF_INET, SOCK_DGRAM)</translation>
    </message>
    <message>
        <source>UNIX stream (AF_UNIX, SOCK_STREAM)</source>
        <translation>UNIX 스트림 (AF_UNIX, SOCK_STREAM)</translation>
    </message>
    <message>
        <source>UNIX datagram (AF_UNIX, SOCK_DGRAM)</source>
        <translation>UNIX 데이터그램 (AF_UNIX, SOCK_DGRAM)</translation>
    </message>
</context>
<context>
    <name>spg::notes</name>
    <message>
        <source>blocked until the socket is readable</source>
        <translation>소켓을 읽을 수 있을 때까지 블록됨</translation>
    </message>
    <message>
        <source>blocked until the socket is writable</source>
        <translation>소켓에 쓸 수 있을 때까지 블록됨</translation>
    </message>
    <message>
        <source>blocked; the engine retries every 10 ms (no readiness tells when this wait ends)</source>
        <translation>블록됨. 엔진이 10 ms마다 다시 시도합니다 (이 대기가 끝나는 때를 알려 주는 준비 상태가 없습니다)</translation>
    </message>
    <message>
        <source>the handshake completed</source>
        <translation>핸드셰이크가 끝났습니다</translation>
    </message>
    <message>
        <source>the listener&apos;s backlog is full; a blocking connect waits for room</source>
        <translation>리스너의 backlog가 가득 찼습니다. 블로킹 connect는 자리가 날 때까지 기다립니다</translation>
    </message>
    <message>
        <source>new socket #%1 from %2</source>
        <translation>%2에서 온 새 소켓 #%1</translation>
    </message>
    <message>
        <source>auto-accept paused after %1; it resumes when a socket is closed</source>
        <translation>%1 이후 자동 accept가 멈췄습니다. 소켓이 닫히면 다시 시작합니다</translation>
    </message>
    <message>
        <source>SIGPIPE raised: a program with the default handler would have been killed here (the playground blocked and consumed it; send() with MSG_NOSIGNAL would not raise it)</source>
        <translation>SIGPIPE 발생: 기본 핸들러를 쓰는 프로그램이라면 여기서 종료되었을 것입니다 (playground가 막고 처리했습니다. MSG_NOSIGNAL을 준 send()라면 발생하지 않습니다)</translation>
    </message>
    <message>
        <source>the peer is gone; SIGPIPE was suppressed (MSG_NOSIGNAL / SO_NOSIGPIPE)</source>
        <translation>상대가 사라졌습니다. SIGPIPE는 억제되었습니다 (MSG_NOSIGNAL / SO_NOSIGPIPE)</translation>
    </message>
    <message>
        <source>end of file: the peer shut down its sending side</source>
        <translation>파일 끝: 상대가 보내는 쪽을 닫았습니다</translation>
    </message>
    <message>
        <source>MSG_TRUNC: the datagram was longer than the buffer; the rest is lost</source>
        <translation>MSG_TRUNC: 데이터그램이 버퍼보다 길었습니다. 나머지는 사라집니다</translation>
    </message>
    <message>
        <source>MSG_PEEK: the bytes stay queued for the next read</source>
        <translation>MSG_PEEK: 바이트는 다음 읽기를 위해 큐에 남습니다</translation>
    </message>
    <message>
        <source>SO_LINGER: close() waits for unsent data to be acknowledged (or the linger time to pass); the loop goes on meanwhile</source>
        <translation>SO_LINGER: close()는 보내지 않은 데이터가 확인될 때까지 (또는 linger 시간이 지날 때까지) 기다립니다. 그동안 루프는 계속 돕니다</translation>
    </message>
    <message>
        <source>an epoll instance: a descriptor, but no socket; its interest list is empty</source>
        <translation>epoll 인스턴스: 디스크립터이지만 소켓은 아닙니다. 관심 목록은 비어 있습니다</translation>
    </message>
    <message>
        <source>that socket was closed: the kernel was asked about a descriptor that is surely not open, and answers EBADF as for any closed fd</source>
        <translation>그 소켓은 닫혔습니다: 커널에 확실히 열려 있지 않은 디스크립터를 물었고, 커널은 닫힌 fd에 늘 그렇듯 EBADF로 답합니다</translation>
    </message>
    <message>
        <source>the instance was closed: the kernel was asked about a descriptor that is surely not open, and answers EBADF as for any closed fd</source>
        <translation>인스턴스가 닫혔습니다: 커널에 확실히 열려 있지 않은 디스크립터를 물었고, 커널은 닫힌 fd에 늘 그렇듯 EBADF로 답합니다</translation>
    </message>
    <message>
        <source>socket #%1 was closed; fd %2 may now belong to another socket or to the engine, so the kernel was not asked</source>
        <translation>소켓 #%1은(는) 닫혔습니다. fd %2은(는) 이제 다른 소켓이나 엔진의 것일 수 있어서 커널에 묻지 않았습니다</translation>
    </message>
    <message>
        <source>wildcard address: the socket is reachable from other machines</source>
        <translation>와일드카드 주소: 다른 컴퓨터에서도 이 소켓에 닿을 수 있습니다</translation>
    </message>
    <message>
        <source>non-blocking: calls that would block return EAGAIN / EINPROGRESS</source>
        <translation>논블로킹: 블록될 호출은 EAGAIN / EINPROGRESS를 돌려줍니다</translation>
    </message>
    <message>
        <source>blocking: calls that would block wait in the loop (cancellable)</source>
        <translation>블로킹: 블록될 호출은 루프에서 기다립니다 (취소할 수 있음)</translation>
    </message>
    <message>
        <source>O_NONBLOCK is the socket&apos;s mode as your calls see it; the engine&apos;s own fd is always non-blocking so its loop never sleeps in a call</source>
        <translation>O_NONBLOCK은 여러분의 호출이 보는 소켓의 모드입니다. 엔진 자신의 fd는 루프가 호출 안에서 잠들지 않도록 항상 논블로킹입니다</translation>
    </message>
    <message>
        <source>a kqueue: a descriptor, but no socket; nothing is registered yet</source>
        <translation>kqueue: 디스크립터이지만 소켓은 아닙니다. 아직 등록된 것이 없습니다</translation>
    </message>
    <message>
        <source>the changelist went to the kernel with the first ask; the events are those of the last</source>
        <translation>changelist는 첫 질의 때 커널로 갔습니다. 이벤트는 마지막 질의의 것입니다</translation>
    </message>
    <message>
        <source>end of file: the peer shut down its sending side; auto-receive stops</source>
        <translation>파일 끝: 상대가 보내는 쪽을 닫았습니다. 자동 수신을 멈춥니다</translation>
    </message>
    <message>
        <source>auto-receive stopped: %1</source>
        <translation>자동 수신이 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>%1 recv() calls in one loop iteration, %2 bytes in all; each returned %3</source>
        <translation>루프 한 번에 recv() 호출 %1번, 모두 %2바이트. 각각 %3을(를) 돌려주었습니다</translation>
    </message>
    <message>
        <source>echo stopped; %1 byte(s) were not echoed</source>
        <translation>에코가 멈췄습니다. %1바이트는 되돌려 보내지 않았습니다</translation>
    </message>
    <message>
        <source>echo: the peer sent end of file, and everything was echoed</source>
        <translation>에코: 상대가 파일 끝을 보냈고, 모든 것을 되돌려 보냈습니다</translation>
    </message>
    <message>
        <source>blocked until a socket it watches is ready</source>
        <translation>지켜보는 소켓이 준비될 때까지 블록됨</translation>
    </message>
    <message>
        <source>blocked until a socket it watches is ready or the timeout ends</source>
        <translation>지켜보는 소켓이 준비되거나 제한 시간이 끝날 때까지 블록됨</translation>
    </message>
    <message>
        <source>a socket of the set was closed: the kernel was asked about a descriptor that is surely not open, and answers POLLNVAL as for any closed fd</source>
        <translation>집합의 소켓 하나가 닫혔습니다: 커널에 확실히 열려 있지 않은 디스크립터를 물었고, 커널은 닫힌 fd에 늘 그렇듯 POLLNVAL로 답합니다</translation>
    </message>
    <message>
        <source>using poll instead</source>
        <translation>대신 poll을 씁니다</translation>
    </message>
    <message>
        <source>the loop goes on; this is reported, not fatal</source>
        <translation>루프는 계속됩니다. 알리기만 할 뿐 치명적이지 않습니다</translation>
    </message>
    <message>
        <source>select() cannot watch fd %1 (FD_SETSIZE %2)</source>
        <translation>select()는 fd %1을(를) 지켜볼 수 없습니다 (FD_SETSIZE %2)</translation>
    </message>
    <message>
        <source>%1 cannot watch fd %2: %3</source>
        <translation>%1은(는) fd %2을(를) 지켜볼 수 없습니다: %3</translation>
    </message>
    <message>
        <source>select() cannot watch fd %1 (FD_SETSIZE %2): a real program&apos;s FD_SET would write past the fd_set and corrupt its memory; the playground refuses with EINVAL instead and never calls the kernel</source>
        <translation>select()는 fd %1을(를) 지켜볼 수 없습니다 (FD_SETSIZE %2): 실제 프로그램의 FD_SET은 fd_set 너머에 써서 메모리를 망가뜨립니다. playground는 대신 EINVAL로 거절하고 커널을 부르지 않습니다</translation>
    </message>
    <message>
        <source>a socket of the sets was closed: the kernel was asked about a descriptor that is surely not open, and answers EBADF as for any closed fd</source>
        <translation>집합들의 소켓 하나가 닫혔습니다: 커널에 확실히 열려 있지 않은 디스크립터를 물었고, 커널은 닫힌 fd에 늘 그렇듯 EBADF로 답합니다</translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;을(를) 해석할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the playground removed unix:%1, the file this socket&apos;s bind() made, as a careful server would unlink() it</source>
        <translation>플레이그라운드가 이 소켓의 bind()가 만든 파일 unix:%1을(를) 지웠습니다. 신중한 서버가 unlink()로 지우듯이</translation>
    </message>
    <message>
        <source>buffer of %1 bytes is larger than the playground&apos;s limit of 64 MiB</source>
        <translation>%1바이트 버퍼는 플레이그라운드의 한도 64 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>timed out (SO_RCVTIMEO / SO_SNDTIMEO)</source>
        <translation>시간 초과 (SO_RCVTIMEO / SO_SNDTIMEO)</translation>
    </message>
    <message>
        <source>cancelled: the engine shut down (a real program interrupted by a signal after moving some bytes gets their count)</source>
        <translation>취소됨: 엔진이 종료되었습니다 (실제 프로그램은 바이트 일부를 옮긴 뒤 시그널로 중단되면 그 개수를 받습니다)</translation>
    </message>
    <message>
        <source>cancelled: its socket was closed (a real program interrupted by a signal after moving some bytes gets their count)</source>
        <translation>취소됨: 소켓이 닫혔습니다 (실제 프로그램은 바이트 일부를 옮긴 뒤 시그널로 중단되면 그 개수를 받습니다)</translation>
    </message>
    <message>
        <source>cancelled: by the user (a real program interrupted by a signal after moving some bytes gets their count)</source>
        <translation>사용자가 취소함 (실제 프로그램은 바이트 일부를 옮긴 뒤 시그널로 중단되면 그 개수를 받습니다)</translation>
    </message>
    <message>
        <source>cancelled: the engine shut down (a real program sees EINTR when a signal interrupts a blocking call)</source>
        <translation>취소됨: 엔진이 종료되었습니다 (실제 프로그램은 시그널이 블로킹 호출을 중단하면 EINTR을 봅니다)</translation>
    </message>
    <message>
        <source>cancelled: its socket was closed (a real program sees EINTR when a signal interrupts a blocking call)</source>
        <translation>취소됨: 소켓이 닫혔습니다 (실제 프로그램은 시그널이 블로킹 호출을 중단하면 EINTR을 봅니다)</translation>
    </message>
    <message>
        <source>cancelled: by the user (a real program sees EINTR when a signal interrupts a blocking call)</source>
        <translation>사용자가 취소함 (실제 프로그램은 시그널이 블로킹 호출을 중단하면 EINTR을 봅니다)</translation>
    </message>
    <message>
        <source>%1: the loop can never see this socket ready, so the call ends now instead of waiting for ever (a real program&apos;s FD_SET would write past its fd_set; --backend poll or epoll watch any fd)</source>
        <translation>%1: 루프는 이 소켓이 준비된 것을 결코 볼 수 없으므로, 호출은 영원히 기다리는 대신 지금 끝납니다 (실제 프로그램의 FD_SET은 fd_set 바깥에 씁니다. --backend poll 또는 epoll은 어떤 fd든 감시합니다)</translation>
    </message>
    <message>
        <source>this build has no kqueue seam (&lt;sys/event.h&gt; was not found)</source>
        <translation>이 빌드에는 kqueue 접점이 없습니다 (&lt;sys/event.h&gt;를 찾지 못했습니다)</translation>
    </message>
    <message>
        <source>socket #%1 is an epoll instance: there is nothing to accept or receive</source>
        <translation>소켓 #%1은(는) epoll 인스턴스입니다: 수락하거나 받을 것이 없습니다</translation>
    </message>
    <message>
        <source>socket #%1 is a kqueue: there is nothing to accept or receive</source>
        <translation>소켓 #%1은(는) kqueue입니다: 수락하거나 받을 것이 없습니다</translation>
    </message>
    <message>
        <source>cancelled: by the user (a real program sees EINTR when a signal interrupts %1)</source>
        <translation>사용자가 취소함 (실제 프로그램은 시그널이 %1을(를) 중단하면 EINTR을 봅니다)</translation>
    </message>
    <message>
        <source>there is no socket #%1</source>
        <translation>소켓 #%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1; the playground refuses the call, so the kernel was not asked and there is no return value or errno to show</source>
        <translation>%1. 플레이그라운드가 호출을 거부하므로 커널에 묻지 않았고, 보여 줄 반환값이나 errno가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not available on this system</source>
        <translation>%1은(는) 이 시스템에서 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>spg::policy</name>
    <message>
        <source>every interface</source>
        <translation>모든 인터페이스</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>브로드캐스트</translation>
    </message>
    <message>
        <source>a multicast group</source>
        <translation>멀티캐스트 그룹</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>다른 호스트</translation>
    </message>
    <message>
        <source>%1, as an IPv4-mapped address</source>
        <translation>%1, IPv4 매핑 주소로</translation>
    </message>
    <message>
        <source>an abstract name outside this run</source>
        <translation>이 실행 밖의 추상 이름</translation>
    </message>
    <message>
        <source>&apos;..&apos; leaves the scratch folder</source>
        <translation>&apos;..&apos;가 임시 폴더를 벗어남</translation>
    </message>
    <message>
        <source>outside the scratch folder</source>
        <translation>임시 폴더 밖</translation>
    </message>
    <message>
        <source>an existing socket</source>
        <translation>이미 있는 소켓</translation>
    </message>
    <message>
        <source>an existing file, outside the scratch folder</source>
        <translation>임시 폴더 밖의 이미 있는 파일</translation>
    </message>
    <message>
        <source>open %1(%2, %3, %4) (%5)</source>
        <translation>%1(%2, %3, %4) 열기 (%5)</translation>
    </message>
    <message>
        <source>setsockopt(%1, %2, %3) (an option the playground does not know by name: a number can reach past the lab, as SO_BINDTODEVICE sends through a real interface)</source>
        <translation>setsockopt(%1, %2, %3) (플레이그라운드가 이름으로 모르는 옵션: 숫자는 실습 밖까지 닿을 수 있습니다. SO_BINDTODEVICE는 실제 인터페이스로 보냅니다)</translation>
    </message>
    <message>
        <source>connect to %1 (%2)</source>
        <translation>%1에 연결 (%2)</translation>
    </message>
    <message>
        <source>send to %1 (%2)</source>
        <translation>%1(으)로 보내기 (%2)</translation>
    </message>
    <message>
        <source>bind %1 (%2)</source>
        <translation>%1에 bind (%2)</translation>
    </message>
    <message>
        <source>open %1 %2 (%3)</source>
        <translation>%1 %2 열기 (%3)</translation>
    </message>
    <message>
        <source>a host name: it may name any host</source>
        <translation>호스트 이름: 어느 호스트든 가리킬 수 있습니다</translation>
    </message>
    <message>
        <source>an unknown address family</source>
        <translation>알 수 없는 주소 체계</translation>
    </message>
    <message>
        <source>a family outside AF_INET, AF_INET6 and AF_UNIX</source>
        <translation>AF_INET, AF_INET6, AF_UNIX 밖의 체계</translation>
    </message>
    <message>
        <source>a raw socket</source>
        <translation>원시 소켓</translation>
    </message>
    <message>
        <source>a type outside SOCK_STREAM, SOCK_DGRAM and SOCK_SEQPACKET</source>
        <translation>SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET 밖의 유형</translation>
    </message>
    <message>
        <source>protocol %1, not TCP, UDP or SCTP</source>
        <translation>프로토콜 %1, TCP·UDP·SCTP가 아님</translation>
    </message>
</context>
<context>
    <name>spg::scenario</name>
    <message>
        <source>expected %1 argument(s): %2</source>
        <translation>인자 %1개가 필요합니다: %2</translation>
    </message>
    <message>
        <source>expected a socket name, got &quot;%1&quot;</source>
        <translation>소켓 이름이 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot;: create it first, e.g. %1 = socket(AF_INET, SOCK_STREAM, 0)</source>
        <translation>알 수 없는 소켓 &quot;%1&quot;: 먼저 만드세요. 예: %1 = socket(AF_INET, SOCK_STREAM, 0)</translation>
    </message>
    <message>
        <source>unknown call &quot;%1&quot;; expected a socket call such as socket, bind, listen, accept, connect, send, recv, read, write, close, poll</source>
        <translation>알 수 없는 호출 &quot;%1&quot;: socket, bind, listen, accept, connect, send, recv, read, write, close, poll 같은 소켓 호출이어야 합니다</translation>
    </message>
    <message>
        <source>expected %1 or %2 argument(s): %3</source>
        <translation>인자 %1개 또는 %2개가 필요합니다: %3</translation>
    </message>
    <message>
        <source>expected a name (or two for socketpair) before &apos;=&apos;</source>
        <translation>&apos;=&apos; 앞에 이름이 필요합니다 (socketpair는 두 개)</translation>
    </message>
    <message>
        <source>expected a call such as socket(AF_INET, SOCK_STREAM, 0)</source>
        <translation>socket(AF_INET, SOCK_STREAM, 0) 같은 호출이 필요합니다</translation>
    </message>
    <message>
        <source>expected a call name before &apos;(&apos;</source>
        <translation>&apos;(&apos; 앞에 호출 이름이 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the call</source>
        <translation>호출을 닫는 &apos;)&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected a timeout in milliseconds (-1 for ever), got &quot;%1&quot;</source>
        <translation>밀리초 단위 제한 시간(-1은 무한)이 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>expected milliseconds (at most 60000), got &quot;%1&quot;</source>
        <translation>밀리초(최대 60000)가 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>expected a domain: AF_INET, AF_INET6 or AF_UNIX, got &quot;%1&quot;</source>
        <translation>도메인이 필요합니다: AF_INET, AF_INET6 또는 AF_UNIX. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a type: SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET, got &quot;%1&quot;</source>
        <translation>유형이 필요합니다: SOCK_STREAM, SOCK_DGRAM 또는 SOCK_SEQPACKET. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a protocol: 0, IPPROTO_TCP or IPPROTO_UDP, got &quot;%1&quot;</source>
        <translation>프로토콜이 필요합니다: 0, IPPROTO_TCP 또는 IPPROTO_UDP. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a backlog number, got &quot;%1&quot;</source>
        <translation>backlog 숫자가 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>expected flags: 0 or MSG_... joined with |, got &quot;%1&quot;</source>
        <translation>플래그가 필요합니다: 0 또는 |로 이은 MSG_... 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected flags: 0 or SOCK_NONBLOCK|SOCK_CLOEXEC, got &quot;%1&quot;</source>
        <translation>플래그가 필요합니다: 0 또는 SOCK_NONBLOCK|SOCK_CLOEXEC. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a buffer size, got &quot;%1&quot;</source>
        <translation>버퍼 크기가 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>expected SHUT_RD, SHUT_WR or SHUT_RDWR, got &quot;%1&quot;</source>
        <translation>SHUT_RD, SHUT_WR 또는 SHUT_RDWR가 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>expected O_NONBLOCK or 0, got &quot;%1&quot;</source>
        <translation>O_NONBLOCK 또는 0이 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot; in %2</source>
        <translation>%2의 소켓 &quot;%1&quot;을(를) 알 수 없습니다</translation>
    </message>
    <message>
        <source>file(...) payloads work in send(), sendto() and write()</source>
        <translation>file(...) 데이터는 send(), sendto(), write()에서만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>expected POLLIN, POLLOUT, POLLPRI, ... joined with |, got &quot;%1&quot;</source>
        <translation>|로 이은 POLLIN, POLLOUT, POLLPRI, ...가 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>필요한 형식: %1</translation>
    </message>
    <message>
        <source>expected a list of entries: [a POLLIN, b POLLOUT]</source>
        <translation>항목 목록이 필요합니다: [a POLLIN, b POLLOUT]</translation>
    </message>
    <message>
        <source>expected a socket and its events: a POLLIN</source>
        <translation>소켓과 그 이벤트가 필요합니다: a POLLIN</translation>
    </message>
    <message>
        <source>expected poll([a POLLIN, ...], TIMEOUT): a timeout in milliseconds, -1 for ever</source>
        <translation>poll([a POLLIN, ...], TIMEOUT) 형식이 필요합니다: 밀리초 단위 제한 시간, -1은 무한</translation>
    </message>
    <message>
        <source>a timeout is -1 (for ever) or 0 to 3600000 milliseconds</source>
        <translation>제한 시간은 -1(무한) 또는 0부터 3600000밀리초까지입니다</translation>
    </message>
    <message>
        <source>sleep takes 0 to 60000 milliseconds</source>
        <translation>sleep은 0부터 60000밀리초까지 받습니다</translation>
    </message>
    <message>
        <source>socketpair makes two sockets: write a, b = socketpair(...)</source>
        <translation>socketpair는 소켓 두 개를 만듭니다: a, b = socketpair(...)처럼 쓰세요</translation>
    </message>
    <message>
        <source>expected a list of byte strings: [&quot;ab&quot;, &quot;cd&quot;]</source>
        <translation>바이트 문자열 목록이 필요합니다: [&quot;ab&quot;, &quot;cd&quot;]</translation>
    </message>
    <message>
        <source>buffer size must be 0 to 67108864 (64 MiB)</source>
        <translation>버퍼 크기는 0부터 67108864(64 MiB)까지여야 합니다</translation>
    </message>
    <message>
        <source>expected F_SETFL or F_GETFL</source>
        <translation>F_SETFL 또는 F_GETFL이 필요합니다</translation>
    </message>
    <message>
        <source>expected F_GETFL</source>
        <translation>F_GETFL이 필요합니다</translation>
    </message>
    <message>
        <source>expected FIONREAD</source>
        <translation>FIONREAD가 필요합니다</translation>
    </message>
    <message>
        <source>this argument is not supported in scenarios</source>
        <translation>이 인자는 시나리오에서 지원되지 않습니다</translation>
    </message>
    <message>
        <source>expected a list of sockets: [a, b] or []</source>
        <translation>소켓 목록이 필요합니다: [a, b] 또는 []</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in this set</source>
        <translation>&quot;%1&quot;은(는) 이미 이 집합에 있습니다</translation>
    </message>
    <message>
        <source>expected a list of buffer sizes: [4, 4]</source>
        <translation>버퍼 크기 목록이 필요합니다: [4, 4]</translation>
    </message>
    <message>
        <source>expected a buffer size of 0 to 67108864 (64 MiB) as element %1, got &quot;%2&quot;</source>
        <translation>%1번째 요소는 0부터 67108864(64 MiB)까지의 버퍼 크기여야 하는데 &quot;%2&quot;입니다</translation>
    </message>
    <message>
        <source>the buffers add up to more than 67108864 bytes (64 MiB) at element %1</source>
        <translation>%1번째 요소에서 버퍼 합계가 67108864바이트(64 MiB)를 넘습니다</translation>
    </message>
    <message>
        <source>expected EOF after &apos;until&apos;</source>
        <translation>&apos;until&apos; 뒤에는 EOF가 필요합니다</translation>
    </message>
    <message>
        <source>only recv() and read() can repeat until EOF</source>
        <translation>recv()와 read()만 EOF까지 반복할 수 있습니다</translation>
    </message>
    <message>
        <source>a lab asks about a call it waits for: drop the &apos;&amp;&apos; or the &apos;ask&apos;</source>
        <translation>실습은 기다리는 호출에 대해서만 묻습니다: &apos;&amp;&apos; 또는 &apos;ask&apos;를 빼세요</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the call; expected &apos;until EOF&apos;, &apos;&amp;&apos;, &apos;ask&apos; or expect ...</source>
        <translation>호출 뒤에 예상치 못한 &quot;%1&quot;이(가) 있습니다. &apos;until EOF&apos;, &apos;&amp;&apos;, &apos;ask&apos; 또는 expect ...가 와야 합니다</translation>
    </message>
    <message>
        <source>only socket(), socketpair(), accept(), accept4() and epoll_create1() return a descriptor to name; name a background call as r = recv(sock, 64, 0) &amp;</source>
        <translation>이름을 붙일 디스크립터를 돌려주는 것은 socket(), socketpair(), accept(), accept4(), epoll_create1()뿐입니다. 백그라운드 호출은 r = recv(sock, 64, 0) &amp;처럼 이름을 붙이세요</translation>
    </message>
    <message>
        <source>the file is %1 bytes; scenarios are limited to 1 MiB</source>
        <translation>파일이 %1바이트입니다. 시나리오는 1 MiB까지입니다</translation>
    </message>
    <message>
        <source>a wait lasts at most 3600s</source>
        <translation>대기는 최대 3600s입니다</translation>
    </message>
    <message>
        <source>expected wait [NAME] [TIMEOUT such as 30s or 500ms], got &quot;%1&quot;</source>
        <translation>wait [이름] [30s, 500ms 같은 제한 시간] 형식이 필요한데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>no background call named &quot;%1&quot;; name one with %1 = accept(sock) &amp; (a timeout is written 30s or 500ms)</source>
        <translation>&quot;%1&quot;이라는 백그라운드 호출이 없습니다. %1 = accept(sock) &amp;처럼 이름을 붙이세요 (제한 시간은 30s 또는 500ms로 씁니다)</translation>
    </message>
    <message>
        <source>only socket calls can run in the background</source>
        <translation>소켓 호출만 백그라운드에서 실행할 수 있습니다</translation>
    </message>
    <message>
        <source>only a socket call returns something to expect</source>
        <translation>expect로 확인할 값을 돌려주는 것은 소켓 호출뿐입니다</translation>
    </message>
    <message>
        <source>an automation line turns the playground&apos;s own helper on; it returns nothing to expect</source>
        <translation>자동화 줄은 playground 자체의 도우미를 켭니다. expect로 확인할 반환값이 없습니다</translation>
    </message>
    <message>
        <source>an automation line never blocks: drop the &apos;&amp;&apos;</source>
        <translation>자동화 줄은 절대 블록되지 않습니다: &apos;&amp;&apos;를 빼세요</translation>
    </message>
    <message>
        <source>%1() cannot run in the background; give it a timeout instead: %2</source>
        <translation>%1()은(는) 백그라운드에서 실행할 수 없습니다. 대신 제한 시간을 주세요: %2</translation>
    </message>
    <message>
        <source>expected flags: 0, EPOLL_CLOEXEC or a number (EPOLL_CLOEXEC|0x10), got &quot;%1&quot;</source>
        <translation>flags가 필요합니다: 0, EPOLL_CLOEXEC 또는 숫자 (EPOLL_CLOEXEC|0x10). 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected EPOLL_CTL_ADD, EPOLL_CTL_MOD or EPOLL_CTL_DEL, got &quot;%1&quot;</source>
        <translation>EPOLL_CTL_ADD, EPOLL_CTL_MOD 또는 EPOLL_CTL_DEL이 필요합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLPRI, EPOLLET, EPOLLONESHOT ... joined with | (or a number), got &quot;%1&quot;</source>
        <translation>EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLPRI, EPOLLET, EPOLLONESHOT ...을(를) |로 이은 것(또는 숫자)이 필요합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected maxevents, a number up to 1024, got &quot;%1&quot;</source>
        <translation>maxevents가 필요합니다(1024 이하의 숫자). 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this argument is not epoll&apos;s</source>
        <translation>이 인수는 epoll의 것이 아닙니다</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot; as the ident</source>
        <translation>ident로 쓴 &quot;%1&quot;은(는) 알 수 없는 소켓입니다</translation>
    </message>
    <message>
        <source>expected a socket name or a number as the ident, got &quot;%1&quot;</source>
        <translation>ident로 소켓 이름이나 숫자가 필요합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a filter: EVFILT_READ, EVFILT_WRITE, EVFILT_TIMER, EVFILT_USER, ... or a number</source>
        <translation>필터가 필요합니다: EVFILT_READ, EVFILT_WRITE, EVFILT_TIMER, EVFILT_USER, ... 또는 숫자</translation>
    </message>
    <message>
        <source>expected flags: EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE, EV_ONESHOT, EV_CLEAR, EV_RECEIPT, ... joined with |, or 0</source>
        <translation>flags가 필요합니다: EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE, EV_ONESHOT, EV_CLEAR, EV_RECEIPT, ...을(를) |로 이은 것, 또는 0</translation>
    </message>
    <message>
        <source>expected %1: a number</source>
        <translation>%1이(가) 필요합니다: 숫자</translation>
    </message>
    <message>
        <source>expected a changelist: [%1] or []</source>
        <translation>changelist가 필요합니다: [%1] 또는 []</translation>
    </message>
    <message>
        <source>expected 0, KEVENT_FLAG_IMMEDIATE or a number</source>
        <translation>0, KEVENT_FLAG_IMMEDIATE 또는 숫자가 필요합니다</translation>
    </message>
    <message>
        <source>nevents is 0 to %1, got &quot;%2&quot;</source>
        <translation>nevents는 0부터 %1까지입니다. 받은 값: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;) needs the scenario to be saved in a folder first</source>
        <translation>file(&quot;%1&quot;)을(를) 쓰려면 먼저 시나리오를 폴더에 저장해야 합니다</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): expected a path inside the scenario&apos;s folder, without a leading / or ..</source>
        <translation>file(&quot;%1&quot;): 시나리오 폴더 안의 경로가 필요합니다 (앞의 / 나 .. 없이)</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): cannot open %2: %3</source>
        <translation>file(&quot;%1&quot;): %2을(를) 열 수 없습니다: %3</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;) leads outside the scenario&apos;s folder (to %2)</source>
        <translation>file(&quot;%1&quot;)은(는) 시나리오 폴더 밖(%2)으로 이어집니다</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): %2 is not a regular file</source>
        <translation>file(&quot;%1&quot;): %2은(는) 일반 파일이 아닙니다</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): %2 is %3 bytes; a payload file is limited to 1 MiB</source>
        <translation>file(&quot;%1&quot;): %2은(는) %3바이트입니다. 페이로드 파일은 1 MiB까지입니다</translation>
    </message>
    <message>
        <source>expected a socket and its events: srv EPOLLIN, got &quot;%1&quot;</source>
        <translation>소켓과 그 이벤트를 써야 합니다: srv EPOLLIN. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot;</source>
        <translation>알 수 없는 소켓 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected EPOLL* names joined with |, or a number, got &quot;%1&quot;</source>
        <translation>|로 이은 EPOLL* 이름이나 숫자를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written twice</source>
        <translation>&quot;%1&quot;이(가) 두 번 쓰였습니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only send and receive calls carry bytes to check</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: 확인할 바이트는 송신·수신 호출에만 있습니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only getsockopt, getsockname, getpeername, fcntl F_GETFL and ioctl report a value</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: 값을 돌려주는 것은 getsockopt, getsockname, getpeername, fcntl F_GETFL, ioctl뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only poll() returns revents</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: revents를 돌려주는 것은 poll()뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only select() returns fd_sets</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: fd_set을 돌려주는 것은 select()뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only epoll_wait() returns an event list</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: 이벤트 목록을 돌려주는 것은 epoll_wait()뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only kevent() and kevent64() return a kevent list</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: kevent 목록을 돌려주는 것은 kevent()와 kevent64()뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only recvmsg() returns msg_flags</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: msg_flags를 돌려주는 것은 recvmsg()뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only recvfrom, recvmsg, accept and accept4 report the peer&apos;s address</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: 상대 주소를 알려 주는 것은 recvfrom, recvmsg, accept, accept4뿐입니다</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): this call names no socket to inspect</source>
        <translation>expect %1은(는) %2() 뒤에서 확인할 수 없습니다: 이 호출에는 검사할 소켓이 없습니다</translation>
    </message>
    <message>
        <source>expected %1 names joined with |, or a number, got &quot;%2&quot;</source>
        <translation>|로 이은 %1 이름이나 숫자를 써야 합니다. 받은 값: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry of this poll()</source>
        <translation>&quot;%1&quot;은(는) 이 poll()의 항목이 아닙니다</translation>
    </message>
    <message>
        <source>expected the sockets the set came back with, in brackets: in [a b], in []</source>
        <translation>집합에 남아 돌아온 소켓을 대괄호 안에 써야 합니다: in [a b], in []</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this select()&apos;s %2</source>
        <translation>&quot;%1&quot;은(는) 이 select()의 %2에 없습니다</translation>
    </message>
    <message>
        <source>a text value can only be compared with == or !=; got &quot;%1&quot;</source>
        <translation>텍스트 값은 == 또는 !=로만 비교할 수 있습니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a value after &apos;value&apos;</source>
        <translation>&apos;value&apos; 뒤에 값을 써야 합니다</translation>
    </message>
    <message>
        <source>expected an address pattern (127.0.0.1:*) or srv.local</source>
        <translation>주소 패턴(127.0.0.1:*)이나 srv.local을 써야 합니다</translation>
    </message>
    <message>
        <source>expected a window such as 100..300ms or 1..2s, got &quot;%1&quot;</source>
        <translation>100..300ms나 1..2s 같은 구간을 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a window FROM..TO with 0 &lt;= FROM &lt;= TO, got &quot;%1&quot;</source>
        <translation>0 &lt;= FROM &lt;= TO인 구간 FROM..TO를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown errno name &quot;%1&quot;</source>
        <translation>알 수 없는 errno 이름 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected what to expect: a number, an errno name, &quot;bytes&quot;, prefix, contains, matches, length, value, state, queue, backlog, revents, flags, peer, within, events or kevents</source>
        <translation>무엇을 예상하는지 써야 합니다: 숫자, errno 이름, &quot;bytes&quot;, prefix, contains, matches, length, value, state, queue, backlog, revents, flags, peer, within, events, kevents</translation>
    </message>
    <message>
        <source>expected a quoted regular expression: matches &quot;HTTP/1\.[01] 200&quot;</source>
        <translation>따옴표로 감싼 정규 표현식을 써야 합니다: matches &quot;HTTP/1\.[01] 200&quot;</translation>
    </message>
    <message>
        <source>expected the regular expression to end with a quote</source>
        <translation>정규 표현식은 따옴표로 끝나야 합니다</translation>
    </message>
    <message>
        <source>a repetition count in a regular expression is at most %1 (POSIX RE_DUP_MAX): %2</source>
        <translation>정규 표현식의 반복 횟수는 최대 %1입니다(POSIX RE_DUP_MAX): %2</translation>
    </message>
    <message>
        <source>a back-reference (\1 to \9) is not part of POSIX extended regular expressions, and matching one can take minutes: %1</source>
        <translation>역참조(\1~\9)는 POSIX 확장 정규 표현식에 없으며, 이를 맞추는 데 몇 분이 걸릴 수 있습니다: %1</translation>
    </message>
    <message>
        <source>a regular expression whose repetitions multiply to more than %1 copies is refused (nested or stacked repetitions; POSIX leaves a repetition of a repetition undefined): %2</source>
        <translation>반복이 곱해져 %1개가 넘는 사본이 되는 정규 표현식은 거부됩니다(중첩되거나 겹친 반복; POSIX는 반복의 반복을 정의하지 않습니다): %2</translation>
    </message>
    <message>
        <source>not a valid regular expression (POSIX extended): %1</source>
        <translation>올바른 정규 표현식(POSIX 확장)이 아닙니다: %1</translation>
    </message>
    <message>
        <source>expected a byte count after the comparison, got &quot;%1&quot;</source>
        <translation>비교 연산자 뒤에 바이트 수를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a state name after &apos;state&apos;</source>
        <translation>&apos;state&apos; 뒤에 상태 이름을 써야 합니다</translation>
    </message>
    <message>
        <source>expected a queue length after the comparison, got &quot;%1&quot;</source>
        <translation>비교 연산자 뒤에 대기열 길이를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a backlog limit after the comparison, got &quot;%1&quot;</source>
        <translation>비교 연산자 뒤에 backlog 한도를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number, an errno name (ECONNREFUSED) or &quot;bytes&quot; after the comparison, got &quot;%1&quot;</source>
        <translation>비교 연산자 뒤에 숫자, errno 이름(ECONNREFUSED) 또는 &quot;bytes&quot;를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an ident and a filter: srv EVFILT_READ, got &quot;%1&quot;</source>
        <translation>ident와 필터를 써야 합니다: srv EVFILT_READ. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a socket&apos;s name or a number, got &quot;%1&quot;</source>
        <translation>소켓 이름이나 숫자를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a filter (EVFILT_READ, EVFILT_WRITE, ...), got &quot;%1&quot;</source>
        <translation>필터(EVFILT_READ, EVFILT_WRITE, ...)를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected flags (EV_EOF, EV_ERROR|EV_CLEAR, ...) or data, got &quot;%1&quot;</source>
        <translation>플래그(EV_EOF, EV_ERROR|EV_CLEAR, ...)나 data를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected data and a number (data 2, data &gt;= 1), got &quot;%1&quot;</source>
        <translation>data와 숫자를 써야 합니다(data 2, data &gt;= 1). 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number after data, got &quot;%1&quot;</source>
        <translation>data 뒤에 숫자를 써야 합니다. 받은 값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>socket &quot;%1&quot; does not exist: the call that should have created it failed</source>
        <translation>소켓 &quot;%1&quot;이(가) 없습니다: 그것을 만들었어야 할 호출이 실패했습니다</translation>
    </message>
    <message>
        <source>%1 is not known: %2 has no peer address yet</source>
        <translation>%1을(를) 알 수 없습니다: %2에는 아직 상대 주소가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not known: %2 has no local address yet</source>
        <translation>%1을(를) 알 수 없습니다: %2에는 아직 로컬 주소가 없습니다</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>실행하지 않음: %1</translation>
    </message>
    <message>
        <source>the call could not be made: %1</source>
        <translation>호출할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>unix:%1: &quot;%2&quot; in the scratch folder is a symbolic link; a lab may not follow links out of its folder</source>
        <translation>unix:%1: 임시 폴더의 &quot;%2&quot;은(는) 심볼릭 링크입니다. 실습은 폴더 밖으로 나가는 링크를 따라갈 수 없습니다</translation>
    </message>
    <message>
        <source>expected the events that came back, in brackets: %1 [%2], %1 [], or %1 has %2</source>
        <translation>돌아온 이벤트를 대괄호 안에 써야 합니다: %1 [%2], %1 [], 또는 %1 has %2</translation>
    </message>
    <message>
        <source>%1; this line needs macOS or a BSD</source>
        <translation>%1. 이 줄은 macOS나 BSD가 필요합니다</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO(이름 있는 파이프)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>%1 is %2, not a scenario file</source>
        <translation>%1은(는) %2이며 시나리오 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1: %2 bytes; scenarios are limited to 1 MiB</source>
        <translation>%1: %2바이트. 시나리오는 1 MiB까지입니다</translation>
    </message>
    <message>
        <source>%1: changed while it was opened</source>
        <translation>%1: 여는 동안 바뀌었습니다</translation>
    </message>
    <message>
        <source>%1: more than 1 MiB; scenarios are limited to 1 MiB</source>
        <translation>%1: 1 MiB를 넘습니다. 시나리오는 1 MiB까지입니다</translation>
    </message>
    <message>
        <source>cannot make a scratch folder in %1: %2</source>
        <translation>%1에 임시 폴더를 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>a regular expression cannot hold a NUL byte (regcomp() would read it only up to there): %1</source>
        <translation>정규 표현식에는 NUL 바이트가 들어갈 수 없습니다(regcomp()는 거기까지만 읽습니다): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a repetition right after another is undefined in POSIX extended regular expressions, and regcomp() can take seconds on it; group the first one, as in (a+)*: %2</source>
        <translation>&quot;%1&quot;: 반복 바로 뒤의 반복은 POSIX 확장 정규 표현식에서 정의되지 않았고, regcomp()가 몇 초씩 걸릴 수 있습니다. 앞의 것을 묶으세요. 예: (a+)*: %2</translation>
    </message>
</context>
<context>
    <name>spg::sockopt</name>
    <message>
        <source>Allow bind() to an address in TIME_WAIT or, for listeners, one still in use by old connections.</source>
        <translation>TIME_WAIT 상태의 주소에, 리스너라면 이전 연결이 아직 쓰고 있는 주소에도 bind()할 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Allow several sockets to bind the same address and port; the kernel spreads connections among them.</source>
        <translation>여러 소켓이 같은 주소와 포트에 bind할 수 있게 합니다. 커널이 연결을 그 사이에 나눠 줍니다.</translation>
    </message>
    <message>
        <source>Send keepalive probes on an idle connection to detect a dead peer.</source>
        <translation>유휴 연결에 keepalive 탐색 패킷을 보내 죽은 상대를 알아냅니다.</translation>
    </message>
    <message>
        <source>What close() does with unsent data: {1,0} discards it and sends RST at once.</source>
        <translation>보내지 못한 데이터를 close()가 어떻게 할지 정합니다: {1,0}이면 버리고 즉시 RST를 보냅니다.</translation>
    </message>
    <message>
        <source>Receive buffer size in bytes (Linux doubles the value you set for bookkeeping).</source>
        <translation>수신 버퍼 크기(바이트). Linux는 관리용으로 설정한 값을 두 배로 잡습니다.</translation>
    </message>
    <message>
        <source>Send buffer size in bytes (Linux doubles the value you set for bookkeeping).</source>
        <translation>송신 버퍼 크기(바이트). Linux는 관리용으로 설정한 값을 두 배로 잡습니다.</translation>
    </message>
    <message>
        <source>Minimum number of bytes before the socket reports readable.</source>
        <translation>소켓이 읽기 가능으로 알리기 전에 있어야 할 최소 바이트 수.</translation>
    </message>
    <message>
        <source>Minimum free send-buffer space before the socket reports writable (read-only on Linux).</source>
        <translation>소켓이 쓰기 가능으로 알리기 전에 송신 버퍼에 비어 있어야 할 최소 공간 (Linux에서는 읽기 전용).</translation>
    </message>
    <message>
        <source>Timeout for blocking receive calls; they fail with EAGAIN when it expires.</source>
        <translation>블로킹 수신 호출의 제한 시간. 시간이 지나면 EAGAIN으로 실패합니다.</translation>
    </message>
    <message>
        <source>Timeout for blocking send calls; they fail with EAGAIN when it expires.</source>
        <translation>블로킹 송신 호출의 제한 시간. 시간이 지나면 EAGAIN으로 실패합니다.</translation>
    </message>
    <message>
        <source>Allow datagrams to be sent to a broadcast address.</source>
        <translation>브로드캐스트 주소로 데이터그램을 보낼 수 있게 합니다.</translation>
    </message>
    <message>
        <source>Read and clear the pending socket error, e.g. the result of a non-blocking connect().</source>
        <translation>소켓의 대기 중인 오류를 읽고 지웁니다. 예: 논블로킹 connect()의 결과.</translation>
    </message>
    <message>
        <source>The socket type (SOCK_STREAM=1, SOCK_DGRAM=2 on Linux); read-only.</source>
        <translation>소켓 유형 (Linux에서 SOCK_STREAM=1, SOCK_DGRAM=2). 읽기 전용.</translation>
    </message>
    <message>
        <source>1 if listen() has been called on the socket; read-only.</source>
        <translation>소켓에 listen()을 호출했으면 1. 읽기 전용.</translation>
    </message>
    <message>
        <source>Disable Nagle&apos;s algorithm: small segments are sent at once instead of coalesced.</source>
        <translation>Nagle 알고리즘을 끕니다: 작은 세그먼트를 모으지 않고 바로 보냅니다.</translation>
    </message>
    <message>
        <source>Seconds a connection must be idle before the first keepalive probe.</source>
        <translation>첫 keepalive 탐색 전에 연결이 유휴 상태여야 하는 시간(초).</translation>
    </message>
    <message>
        <source>Seconds between keepalive probes.</source>
        <translation>keepalive 탐색 사이의 간격(초).</translation>
    </message>
    <message>
        <source>Unanswered keepalive probes before the connection is dropped.</source>
        <translation>연결을 끊기 전까지 응답 없는 keepalive 탐색 횟수.</translation>
    </message>
    <message>
        <source>Time-to-live of outgoing IPv4 packets (hops).</source>
        <translation>나가는 IPv4 패킷의 TTL(홉 수).</translation>
    </message>
    <message>
        <source>Restrict an AF_INET6 socket to IPv6; when 0 it also accepts IPv4-mapped peers.</source>
        <translation>AF_INET6 소켓을 IPv6 전용으로 제한합니다. 0이면 IPv4 매핑 상대도 받습니다.</translation>
    </message>
    <message>
        <source>expected {onoff,seconds}, e.g. {1,0}</source>
        <translation>{l_onoff,초} 형식이어야 합니다. 예: {1,0}</translation>
    </message>
    <message>
        <source>linger seconds must not be negative</source>
        <translation>linger 초는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>expected a timeout in seconds, e.g. 1.5 (0 = wait forever)</source>
        <translation>초 단위 제한 시간이어야 합니다. 예: 1.5 (0 = 무한정 대기)</translation>
    </message>
    <message>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation>정수여야 하는데 &quot;%1&quot;입니다</translation>
    </message>
    <message>
        <source>unknown option kind</source>
        <translation>알 수 없는 옵션 종류</translation>
    </message>
    <message>
        <source>a timeout is at most %1 seconds (struct timeval&apos;s tv_sec is a long)</source>
        <translation>시간 제한은 최대 %1초입니다 (struct timeval의 tv_sec는 long입니다)</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;; expected SOL_SOCKET, IPPROTO_TCP, IPPROTO_IP, IPPROTO_IPV6 or a number</source>
        <translation>알 수 없는 레벨 &quot;%1&quot;: SOL_SOCKET, IPPROTO_TCP, IPPROTO_IP, IPPROTO_IPV6 또는 숫자를 써야 합니다</translation>
    </message>
    <message>
        <source>option number %1 does not fit in an int</source>
        <translation>옵션 번호 %1은(는) int에 들어가지 않습니다</translation>
    </message>
    <message>
        <source>option %1 is a number: give its level too, e.g. SOL_SOCKET, %1</source>
        <translation>옵션 %1은(는) 숫자입니다: 레벨도 함께 쓰세요. 예: SOL_SOCKET, %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; known: %2, or a number with its level</source>
        <translation>알 수 없는 옵션 &quot;%1&quot;. 알려진 옵션: %2, 또는 레벨과 함께 쓴 숫자</translation>
    </message>
    <message>
        <source>%1 is at level %2</source>
        <translation>%1은(는) %2 레벨에 있습니다</translation>
    </message>
</context>
<context>
    <name>spg::ui</name>
    <message>
        <source>%1: %2 CPU per call, %3 fds · loop %4 besides</source>
        <translation>%1: 호출당 CPU %2, fd %3개 · 그 밖의 루프 %4</translation>
    </message>
    <message>
        <source>%1 hands the kernel every watched fd on each call, and the kernel checks each one: its cost grows with the number of fds, ready or not (last call: %2 CPU). epoll_wait() and kevent() keep the interest list in the kernel and return only the ready ones, so their cost follows what happened. Switch the backend above to compare.</source>
        <translation>%1은(는) 호출할 때마다 감시하는 모든 fd를 커널에 넘기고, 커널은 하나하나 검사합니다. 그래서 준비 여부와 상관없이 fd 수에 따라 비용이 늘어납니다(마지막 호출: CPU %2). epoll_wait()와 kevent()는 관심 목록을 커널에 두고 준비된 것만 돌려주므로 비용이 실제로 일어난 일에 비례합니다. 위에서 백엔드를 바꿔 비교해 보세요.</translation>
    </message>
    <message>
        <source>%1 returns only the fds that are ready; the interest list stays in the kernel, so the call costs about the same at 10 fds or 10,000 (last call: %2 CPU). poll() and select() check every watched fd on each call.</source>
        <translation>%1은(는) 준비된 fd만 돌려줍니다. 관심 목록은 커널에 남아 있으므로 fd가 10개든 10,000개든 호출 비용이 거의 같습니다(마지막 호출: CPU %2). poll()과 select()는 호출할 때마다 감시하는 모든 fd를 검사합니다.</translation>
    </message>
    <message>
        <source>#%1 listening on %2</source>
        <translation>#%1, %2에서 리스닝 중</translation>
    </message>
    <message>
        <source>backlog %1: Linux queues up to backlog + 1 = %2</source>
        <translation>backlog %1: Linux는 backlog + 1 = %2개까지 대기열에 넣습니다</translation>
    </message>
    <message>
        <source>a client from outside</source>
        <translation>외부 클라이언트</translation>
    </message>
    <message>
        <source>The kernel counts the queue but does not name its entries: the playground&apos;s own clients are placed in the order they connected.</source>
        <translation>커널은 대기열의 길이만 알려 주고 항목은 알려 주지 않습니다: 플레이그라운드의 클라이언트를 연결한 순서대로 놓았습니다.</translation>
    </message>
    <message>
        <source>Waiting outside: the playground&apos;s clients in SYN_SENT towards this address. Linux does not report a listener&apos;s SYN queue; other clients are not shown.</source>
        <translation>밖에서 대기: 이 주소로 SYN_SENT 상태인 플레이그라운드의 클라이언트. Linux는 리스너의 SYN 대기열을 알려 주지 않으므로 다른 클라이언트는 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>This platform does not report the queue&apos;s length.</source>
        <translation>이 플랫폼은 대기열 길이를 알려 주지 않습니다.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>바인드됨</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>리스닝</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>epoll instance</source>
        <translation>epoll 인스턴스</translation>
    </message>
    <message>
        <source>UNIX stream</source>
        <translation>UNIX 스트림</translation>
    </message>
    <message>
        <source>UNIX datagram</source>
        <translation>UNIX 데이터그램</translation>
    </message>
    <message>
        <source>UNIX seqpacket</source>
        <translation>UNIX seqpacket</translation>
    </message>
    <message>
        <source>UNIX type %1</source>
        <translation>UNIX 유형 %1</translation>
    </message>
    <message>
        <source>type %1/</source>
        <translation>유형 %1/</translation>
    </message>
    <message>
        <source>interest list empty</source>
        <translation>관심 목록 비어 있음</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>닫힘</translation>
    </message>
    <message>
        <source>nothing registered</source>
        <translation>등록된 것 없음</translation>
    </message>
    <message>
        <source>shut both ways</source>
        <translation>양방향 shutdown</translation>
    </message>
    <message>
        <source>write shut</source>
        <translation>쓰기 닫힘</translation>
    </message>
    <message>
        <source>read shut</source>
        <translation>읽기 닫힘</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>상대가 닫음</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>리셋됨 (RST)</translation>
    </message>
    <message>
        <source>non-blocking</source>
        <translation>논블로킹</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>블로킹</translation>
    </message>
    <message>
        <source>auto-accept</source>
        <translation>자동 accept</translation>
    </message>
    <message>
        <source>auto-receive</source>
        <translation>자동 수신</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>에코</translation>
    </message>
    <message>
        <source>#%1 (fd %2 closed)</source>
        <translation>#%1 (fd %2 닫힘)</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>읽기 가능</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>쓰기 가능</translation>
    </message>
    <message>
        <source>peer shut write</source>
        <translation>상대가 쓰기를 닫음</translation>
    </message>
    <message>
        <source>hang-up</source>
        <translation>끊김</translation>
    </message>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>urgent data</source>
        <translation>긴급 데이터</translation>
    </message>
    <message>
        <source>queue %1 / backlog %2</source>
        <translation>대기열 %1 / backlog %2</translation>
    </message>
    <message>
        <source>byte at column %1 has one hex digit; write two (0%2)</source>
        <translation>%1열의 바이트에 16진 숫자가 하나뿐입니다: 두 자리로 쓰세요 (0%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 is not a hex digit</source>
        <translation>%2열의 &apos;%1&apos;은(는) 16진 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>odd number of hex digits: the last byte at column %1 has only one</source>
        <translation>16진 숫자 개수가 홀수입니다: %1열의 마지막 바이트에 숫자가 하나뿐입니다</translation>
    </message>
    <message>
        <source>%1: %2 CPU per call over %3 fds</source>
        <translation>%1: fd %3개에 대해 호출당 CPU %2</translation>
    </message>
    <message>
        <source>The last call took %1 from call to return, asleep until a socket was ready or the tick came.</source>
        <translation>마지막 호출은 호출부터 반환까지 %1 걸렸습니다. 소켓이 준비되거나 틱이 올 때까지 잠들어 있었습니다.</translation>
    </message>
    <message>
        <source>Measured in this run: %1.</source>
        <translation>이번 실행에서 측정한 값: %1.</translation>
    </message>
</context>
<context>
    <name>spg::ui::AddressField</name>
    <message>
        <source>An address: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/path, unix:@abstract, or host:port (resolved without blocking the loop). Port 0 lets the kernel choose.</source>
        <translation>주소: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/경로, unix:@추상이름, 또는 host:port(루프를 막지 않고 이름을 풉니다). 포트 0이면 커널이 고릅니다.</translation>
    </message>
</context>
<context>
    <name>spg::ui::CallLogModel</name>
    <message>
        <source>blocked</source>
        <translation>블록됨</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>소요 시간</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>struct sockaddr, %1 bytes:</source>
        <translation>struct sockaddr, %1바이트:</translation>
    </message>
</context>
<context>
    <name>spg::ui::CallPanel</name>
    <message>
        <source>SOCK_NONBLOCK</source>
        <translation>SOCK_NONBLOCK</translation>
    </message>
    <message>
        <source>Perform call</source>
        <translation>호출 실행</translation>
    </message>
    <message>
        <source>⚠ wildcard address: the socket will be reachable from other machines</source>
        <translation>⚠ 와일드카드 주소: 다른 컴퓨터에서도 이 소켓에 접속할 수 있습니다</translation>
    </message>
    <message>
        <source>Create the socket in non-blocking mode.</source>
        <translation>소켓을 논블로킹 모드로 만듭니다.</translation>
    </message>
    <message>
        <source>How many completed connections may wait for accept().</source>
        <translation>accept()를 기다릴 수 있는 완료된 연결 수.</translation>
    </message>
    <message>
        <source>Size of the receive buffer in bytes.</source>
        <translation>수신 버퍼 크기(바이트).</translation>
    </message>
    <message>
        <source>Sizes of the receive buffers (iovecs), comma separated.</source>
        <translation>수신 버퍼(iovec)들의 크기, 쉼표로 구분.</translation>
    </message>
    <message>
        <source>1 / on / off for flags, a number, {1,0} for SO_LINGER, seconds such as 1.5 for timeouts.</source>
        <translation>켜고 끄는 옵션은 1 / on / off, 또는 숫자, SO_LINGER는 {1,0}, 타임아웃은 1.5 같은 초 단위.</translation>
    </message>
    <message>
        <source>on (O_NONBLOCK set)</source>
        <translation>on (O_NONBLOCK 설정)</translation>
    </message>
    <message>
        <source>off (blocking)</source>
        <translation>off (블로킹)</translation>
    </message>
    <message>
        <source>-1 (for ever)</source>
        <translation>-1 (무한정)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the call may wait: milliseconds, -1 for ever, 0 only looks.</source>
        <translation>호출이 기다릴 수 있는 시간: 밀리초, -1은 무한정, 0은 확인만 합니다.</translation>
    </message>
    <message>
        <source>Perform the call (Enter / Ctrl+Enter)</source>
        <translation>호출 실행 (Enter / Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>도메인</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>백로그</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>데이터</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>버퍼</translation>
    </message>
    <message>
        <source>iovecs</source>
        <translation>iovec</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>O_NONBLOCK</source>
        <translation>O_NONBLOCK</translation>
    </message>
    <message>
        <source>pollfds</source>
        <translation>pollfd</translation>
    </message>
    <message>
        <source>fd_sets</source>
        <translation>fd_set</translation>
    </message>
    <message>
        <source>kevent</source>
        <translation>kevent</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>타임아웃</translation>
    </message>
    <message>
        <source> — unavailable on %1</source>
        <translation> — %1에서는 사용 불가</translation>
    </message>
    <message>
        <source>none: select a socket in the Sockets panel</source>
        <translation>없음: 소켓 패널에서 소켓을 선택하세요</translation>
    </message>
    <message>
        <source>

struct sockaddr, %1 bytes:
</source>
        <translation>

struct sockaddr, %1바이트:
</translation>
    </message>
    <message>
        <source>Select a socket in the Sockets panel first (or create one with socket()).</source>
        <translation>먼저 소켓 패널에서 소켓을 선택하세요(또는 socket()으로 만드세요).</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>주소: %1</translation>
    </message>
    <message>
        <source>Value for %1: %2</source>
        <translation>%1의 값: %2</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>데이터: %1</translation>
    </message>
    <message>
        <source>iovecs: &quot;%1&quot; is not a size; write sizes like 4, 4, 8</source>
        <translation>iovec: &quot;%1&quot;은(는) 크기가 아닙니다. 4, 4, 8처럼 쓰세요</translation>
    </message>
    <message>
        <source>0 (default)</source>
        <translation>0 (기본값)</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>실행 안 됨</translation>
    </message>
</context>
<context>
    <name>spg::ui::CaptureExport</name>
    <message>
        <source>Export &amp;capture (pcapng)…</source>
        <translation>캡처 내보내기(pcapng)(&amp;C)…</translation>
    </message>
    <message>
        <source>Write what the sockets sent and received as a pcapng file for Wireshark: packets rebuilt around the real bytes</source>
        <translation>소켓이 보내고 받은 내용을 Wireshark용 pcapng 파일로 씁니다. 실제 바이트를 둘러싼 패킷을 다시 만듭니다</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 packets (%3 TCP connections, %4 UDP datagrams)</source>
        <translation>%1 저장: 패킷 %2개 (TCP 연결 %3개, UDP 데이터그램 %4개)</translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation>캡처 내보내기</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng 캡처 (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>spg::ui::ConsentDialog</name>
    <message>
        <source>%1 wants to reach past the lab</source>
        <translation>%1이(가) 실습 범위 밖에 접근하려고 합니다</translation>
    </message>
    <message>
        <source>This lab wants to:</source>
        <translation>이 실습이 하려는 일:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>By default a lab file may only use loopback addresses and UNIX names in a scratch folder made for its run. Allow these only if you trust where the file came from.</source>
        <translation>기본적으로 실습 파일은 루프백 주소와, 실행용으로 만든 임시 폴더 안의 UNIX 이름만 쓸 수 있습니다. 파일 출처를 믿을 수 있을 때만 허용하세요.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>이번만 허용</translation>
    </message>
</context>
<context>
    <name>spg::ui::Demo</name>
    <message>
        <source> — macOS/BSD only</source>
        <translation> — macOS/BSD 전용</translation>
    </message>
</context>
<context>
    <name>spg::ui::DemoChooser</name>
    <message>
        <source>Start with a demo</source>
        <translation>데모로 시작하기</translation>
    </message>
    <message>
        <source>Each demo is a scenario: a list of raw socket calls with a comment on every line. Pick one to watch a server, a client and bytes flowing; then step through it, change it, or make calls of your own.</source>
        <translation>데모는 각각 하나의 시나리오로, 줄마다 설명이 달린 원시 소켓 호출 목록입니다. 하나를 골라 서버와 클라이언트, 오가는 바이트를 지켜보세요. 그다음 한 단계씩 실행하거나, 고치거나, 직접 호출해 보세요.</translation>
    </message>
    <message>
        <source>Run demo</source>
        <translation>데모 실행</translation>
    </message>
</context>
<context>
    <name>spg::ui::EpollFields</name>
    <message>
        <source>The socket the instance is told about; the instance itself is the row selected in the Sockets panel.</source>
        <translation>인스턴스에 알려 줄 소켓입니다. 인스턴스 자체는 소켓 패널에서 선택한 행입니다.</translation>
    </message>
    <message>
        <source>How many events the buffer holds (0 or less: the kernel&apos;s EINVAL).</source>
        <translation>버퍼에 담을 수 있는 이벤트 수(0 이하: 커널의 EINVAL).</translation>
    </message>
    <message>
        <source>epoll flags</source>
        <translation>epoll 플래그</translation>
    </message>
    <message>
        <source>op</source>
        <translation>op</translation>
    </message>
    <message>
        <source>fd</source>
        <translation>fd</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>maxevents</source>
        <translation>maxevents</translation>
    </message>
    <message>
        <source>Choose the socket to tell the epoll instance about (create one first).</source>
        <translation>epoll 인스턴스에 알려 줄 소켓을 고르세요(먼저 하나 만드세요).</translation>
    </message>
</context>
<context>
    <name>spg::ui::EventModel</name>
    <message>
        <source>consumed</source>
        <translation>소비됨</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>A blocked call or an automation acted on this readiness.</source>
        <translation>블록된 호출이나 자동화가 이 준비 상태를 처리했습니다.</translation>
    </message>
    <message>
        <source>No call has consumed this readiness yet; the loop stops watching for it until a call is made on the socket.</source>
        <translation>아직 어떤 호출도 이 준비 상태를 소비하지 않았습니다. 소켓에 호출이 있을 때까지 루프는 이것을 감시하지 않습니다.</translation>
    </message>
    <message>
        <source>Iter</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>준비 상태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>의미</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>원시 레코드</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>보관 안 함</translation>
    </message>
    <message>
        <source>%1 more readiness records of this frame not kept (a frame keeps its first %2)</source>
        <translation>이 프레임의 준비 상태 기록 %1개를 더 보관하지 않았습니다 (프레임마다 처음 %2개만 보관)</translation>
    </message>
    <message>
        <source>The loop reported these records; the panel counts them instead of listing them, so that a frame in which thousands of sockets became ready stays quick.</source>
        <translation>루프가 이 기록들을 알렸지만, 패널은 나열하지 않고 개수만 셉니다. 수천 개의 소켓이 한꺼번에 준비된 프레임에서도 빠르게 유지하기 위해서입니다.</translation>
    </message>
</context>
<context>
    <name>spg::ui::FdSetsField</name>
    <message>
        <source> Select a socket, then Add; or type #ID, #ID.</source>
        <translation> 소켓을 선택하고 추가를 누르거나, #ID, #ID 형식으로 입력하세요.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Add the socket selected in the Sockets panel to %1</source>
        <translation>소켓 패널에서 선택한 소켓을 %1에 추가</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a socket; write #ID, e.g. #2, #4</source>
        <translation>%1: &quot;%2&quot;은(는) 소켓이 아닙니다. #2, #4처럼 #ID로 쓰세요</translation>
    </message>
    <message>
        <source>%1: #%2 is already in this set</source>
        <translation>%1: #%2은(는) 이미 이 집합에 있습니다</translation>
    </message>
</context>
<context>
    <name>spg::ui::HexPanel</name>
    <message>
        <source>Expected a quote at column %1</source>
        <translation>%1열에 따옴표가 와야 합니다</translation>
    </message>
    <message>
        <source>Missing closing quote</source>
        <translation>닫는 따옴표가 없습니다</translation>
    </message>
    <message>
        <source>Find: 68 65 6c or &quot;hello&quot;</source>
        <translation>찾기: 68 65 6c 또는 &quot;hello&quot;</translation>
    </message>
    <message>
        <source>Go to offset: 1234 or 0x4d2</source>
        <translation>오프셋으로 이동: 1234 또는 0x4d2</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Keep the newest bytes in view as they arrive</source>
        <translation>새로 도착하는 바이트를 계속 화면에 보여 줍니다</translation>
    </message>
    <message>
        <source>The selected sockets: Ctrl+click in the Sockets panel to add one.</source>
        <translation>선택한 소켓들: 소켓 패널에서 Ctrl+클릭으로 추가합니다.</translation>
    </message>
    <message>
        <source>Type hex bytes or a quoted string</source>
        <translation>16진수 바이트나 따옴표로 감싼 문자열을 입력하세요</translation>
    </message>
    <message>
        <source>Nothing to find</source>
        <translation>찾을 내용이 없습니다</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>일치하는 항목 없음</translation>
    </message>
    <message>
        <source>Type an offset: 1234 or 0x4d2</source>
        <translation>오프셋을 입력하세요: 1234 또는 0x4d2</translation>
    </message>
    <message>
        <source>Offset %1 was dropped by the capture cap</source>
        <translation>오프셋 %1은(는) 캡처 한도 때문에 버려졌습니다</translation>
    </message>
    <message>
        <source>Offset %1 is past the end</source>
        <translation>오프셋 %1은(는) 끝을 넘어섭니다</translation>
    </message>
    <message>
        <source>%1 bytes · %2 dropped by the capture cap</source>
        <translation>%1바이트 · 캡처 한도로 %2바이트 버림</translation>
    </message>
    <message>
        <source> · %1 by the total budget</source>
        <translation> · 전체 예산으로 %1</translation>
    </message>
</context>
<context>
    <name>spg::ui::HexSource</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 ← %2</translation>
    </message>
</context>
<context>
    <name>spg::ui::HexView</name>
    <message>
        <source>Copy as Hex Dump</source>
        <translation>16진 덤프로 복사</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>C 배열로 복사</translation>
    </message>
    <message>
        <source>Copy as Escaped String</source>
        <translation>이스케이프 문자열로 복사</translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation>원시 바이트 복사</translation>
    </message>
    <message>
        <source>Selection over %1 MiB: too large to copy</source>
        <translation>선택 영역이 %1 MiB를 넘어 복사하기에 너무 큽니다</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>No bytes captured yet</source>
        <translation>아직 캡처된 바이트가 없습니다</translation>
    </message>
</context>
<context>
    <name>spg::ui::ImageActions</name>
    <message>
        <source>E&amp;xport view as image…</source>
        <translation>보기를 이미지로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Copy view as &amp;image</source>
        <translation>보기를 이미지로 복사(&amp;I)</translation>
    </message>
    <message>
        <source>Images on a &amp;white background (for print)</source>
        <translation>흰 배경 이미지(인쇄용)(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Presentation zoom</source>
        <translation>발표용 확대(&amp;P)</translation>
    </message>
    <message>
        <source>Larger fonts everywhere, for a projector</source>
        <translation>프로젝터용으로 모든 글꼴을 키웁니다</translation>
    </message>
    <message>
        <source>Export %1 view</source>
        <translation>%1 보기 내보내기</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>SVG 이미지 (*.svg);;PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>보기 내보내기</translation>
    </message>
</context>
<context>
    <name>spg::ui::KeventField</name>
    <message>
        <source>The changelist: EV_SET(ident, filter, flags, fflags, data, udata), comma separated in [ ]; the ident is the descriptor number. [] only collects events.</source>
        <translation>changelist: EV_SET(ident, filter, flags, fflags, data, udata)를 [ ] 안에 쉼표로 구분해 씁니다. ident는 디스크립터 번호입니다. []이면 이벤트만 수집합니다.</translation>
    </message>
    <message>
        <source>nevents: room for this many returned events.</source>
        <translation>nevents: 돌려받을 이벤트를 담을 자리 수.</translation>
    </message>
    <message>
        <source>kevent64&apos;s flags: KEVENT_FLAG_IMMEDIATE returns at once.</source>
        <translation>kevent64의 flags: KEVENT_FLAG_IMMEDIATE이면 즉시 돌아옵니다.</translation>
    </message>
    <message>
        <source>changelist</source>
        <translation>changelist</translation>
    </message>
    <message>
        <source>nevents</source>
        <translation>nevents</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>flags</translation>
    </message>
    <message>
        <source>changelist, column %1: %2</source>
        <translation>changelist, %1열: %2</translation>
    </message>
</context>
<context>
    <name>spg::ui::LabCoach</name>
    <message>
        <source>Lab: %1 · score: %2 of %3 answered right, %4 questions in all</source>
        <translation>실습: %1 · 점수: %3개 중 %2개 정답, 전체 문제 %4개</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · 문제 %2/%3</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>실습</translation>
    </message>
    <message>
        <source>Line %1: you said %2; the kernel said %3. %4</source>
        <translation>%1행: 예측은 %2, 커널의 답은 %3. %4</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>정답입니다.</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>이번에는 틀렸습니다.</translation>
    </message>
</context>
<context>
    <name>spg::ui::LadderScene</name>
    <message>
        <source>remote %1</source>
        <translation>원격 %1</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>리스너</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>스트림</translation>
    </message>
    <message>
        <source>datagram</source>
        <translation>데이터그램</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>쌍</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>블록됨</translation>
    </message>
    <message>
        <source>RST (refused)</source>
        <translation>RST (거부됨)</translation>
    </message>
</context>
<context>
    <name>spg::ui::Language</name>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
</context>
<context>
    <name>spg::ui::LanguageMenu</name>
    <message>
        <source>Socket Playground will speak %1 the next time it starts. This window keeps its language until then.</source>
        <translation>Socket Playground는 다음에 시작할 때부터 %1(으)로 표시됩니다. 그때까지 이 창은 지금 언어를 유지합니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>spg::ui::LoopStatus</name>
    <message>
        <source>The event-loop backend: how the engine waits for sockets to be ready. Switch at any time; every socket re-registers.</source>
        <translation>이벤트 루프 백엔드: 엔진이 소켓이 준비되기를 기다리는 방식입니다. 언제든 바꿀 수 있으며, 모든 소켓이 다시 등록됩니다.</translation>
    </message>
    <message>
        <source>Loop backend:</source>
        <translation>루프 백엔드:</translation>
    </message>
    <message>
        <source>%1 loop iterations · %2 readiness events · %3 calls · %4 open sockets · %5 watched</source>
        <translation>루프 반복 %1회 · 준비 이벤트 %2개 · 호출 %3회 · 열린 소켓 %4개 · 감시 %5개</translation>
    </message>
</context>
<context>
    <name>spg::ui::MainWindow</name>
    <message>
        <source>Socket Playground</source>
        <translation>Socket Playground</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>호출</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>What the event loop returned, in the backend&apos;s own terms.</source>
        <translation>이벤트 루프가 돌려준 것을 백엔드 자신의 용어로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Only the selected socket</source>
        <translation>선택한 소켓만</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>실패만</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Syscall log</source>
        <translation>시스템 호출 로그</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save log as text…</source>
        <translation>로그를 텍스트로 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>로그 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>시나리오 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>Scenarios (*.spg);;All files (*)</source>
        <translation>시나리오 (*.spg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Save sce&amp;nario…</source>
        <translation>시나리오 저장(&amp;N)…</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <source>Scenarios (*.spg)</source>
        <translation>시나리오 (*.spg)</translation>
    </message>
    <message>
        <source>&amp;Export scenario as C…</source>
        <translation>시나리오를 C로 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Socket</source>
        <translation>소켓(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Demos</source>
        <translation>데모(&amp;D)</translation>
    </message>
    <message>
        <source>Choose a demo…</source>
        <translation>데모 고르기…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Call × state &amp;table</source>
        <translation>호출 × 상태 표(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About Socket Playground</source>
        <translation>Socket Playground 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Socket Playground</source>
        <translation>Socket Playground 정보</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Playground&lt;/b&gt; lets you make raw POSIX socket calls one at a time and see what the kernel answers.&lt;/p&gt;&lt;p&gt;Right-click a socket for the calls that fit its state. Every call, its result and errno appear in the Syscall log; every readiness the loop saw appears under Events.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Socket Playground&lt;/b&gt;에서는 원시 POSIX 소켓 호출을 하나씩 실행하고 커널의 답을 볼 수 있습니다.&lt;/p&gt;&lt;p&gt;소켓을 마우스 오른쪽 버튼으로 누르면 그 상태에 맞는 호출이 나옵니다. 모든 호출과 그 결과, errno는 시스템 호출 로그에, 루프가 본 모든 준비 상태는 이벤트에 나타납니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New TCP &amp;listener on 127.0.0.1:0</source>
        <translation>127.0.0.1:0에 새 TCP 리스너(&amp;L)</translation>
    </message>
    <message>
        <source>New TCP &amp;client to the selected listener</source>
        <translation>선택한 리스너로 새 TCP 클라이언트(&amp;C)</translation>
    </message>
    <message>
        <source>New &amp;UDP socket on 127.0.0.1:0</source>
        <translation>127.0.0.1:0에 새 UDP 소켓(&amp;U)</translation>
    </message>
    <message>
        <source>New socket &amp;pair (AF_UNIX)</source>
        <translation>새 소켓 쌍(AF_UNIX)(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Accept on the selected socket</source>
        <translation>선택한 소켓에서 accept(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;lose the selected socket</source>
        <translation>선택한 소켓 닫기(&amp;L)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel its blocked call</source>
        <translation>블록된 호출 취소(&amp;N)</translation>
    </message>
    <message>
        <source>%1 older lines dropped</source>
        <translation>오래된 줄 %1개 버림</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>소켓 #%1</translation>
    </message>
    <message>
        <source>Select a listening socket first.</source>
        <translation>먼저 리스닝 소켓을 선택하세요.</translation>
    </message>
    <message>
        <source>No demo named &quot;%1&quot;.</source>
        <translation>&quot;%1&quot;(이)라는 데모가 없습니다.</translation>
    </message>
    <message>
        <source>Export as C</source>
        <translation>C로 내보내기</translation>
    </message>
    <message>
        <source>Export scenario as C</source>
        <translation>시나리오를 C로 내보내기</translation>
    </message>
    <message>
        <source>C source (*.c)</source>
        <translation>C 소스 (*.c)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Wrote %1: build it with cc -std=c11 -Wall -Wextra -Werror -pthread</source>
        <translation>%1 저장: cc -std=c11 -Wall -Wextra -Werror -pthread로 빌드하세요</translation>
    </message>
    <message>
        <source>Save syscall log</source>
        <translation>시스템 호출 로그 저장</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>로그 저장</translation>
    </message>
</context>
<context>
    <name>spg::ui::MatrixDialog</name>
    <message>
        <source>Call × state table</source>
        <translation>호출 × 상태 표</translation>
    </message>
    <message>
        <source>, blocking</source>
        <translation>, 블로킹</translation>
    </message>
    <message>
        <source>, non-blocking</source>
        <translation>, 논블로킹</translation>
    </message>
    <message>
        <source>What each call returns in each socket state, on this machine. Every cell is a small scenario played through the engine, and the test suite checks each against the same calls made by a plain C program, on every loop backend. Hover a cell for the call&apos;s strace line. Blocking cells set SO_RCVTIMEO and SO_SNDTIMEO to 50 ms first, so a call that would wait for ever returns -1 EAGAIN. A cell marked † would be a documented difference from the real call (the tooltip says why).</source>
        <translation>이 컴퓨터에서 소켓 상태마다 각 호출이 무엇을 돌려주는지 보여 줍니다. 칸마다 엔진으로 실행한 작은 시나리오이며, 테스트 모음이 모든 루프 백엔드에서 같은 호출을 하는 평범한 C 프로그램과 하나하나 비교합니다. 칸 위에 마우스를 올리면 그 호출의 strace 줄이 보입니다. 블로킹 칸은 먼저 SO_RCVTIMEO와 SO_SNDTIMEO를 50 ms로 설정하므로, 영원히 기다릴 호출은 -1 EAGAIN을 돌려줍니다. † 표시 칸은 실제 호출과 문서화된 차이가 있는 곳입니다(이유는 툴팁에 있습니다).</translation>
    </message>
    <message>
        <source>Running %1 cells through the engine (%2 backend)…</source>
        <translation>엔진으로 %1칸 실행 중(백엔드 %2)…</translation>
    </message>
    <message>
        <source>%1 cells.</source>
        <translation>%1칸.</translation>
    </message>
    <message>
        <source>%1 cells; %2 stopped the engine&apos;s run (see their tooltips).</source>
        <translation>%1칸, 그중 %2칸은 엔진 실행을 멈추게 했습니다(툴팁 참고).</translation>
    </message>
</context>
<context>
    <name>spg::ui::MatrixModel</name>
    <message>
        <source>(stopped)</source>
        <translation>(중지됨)</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>실행 안 됨</translation>
    </message>
    <message>
        <source>the run stopped here: %1</source>
        <translation>실행이 여기서 멈췄습니다: %1</translation>
    </message>
    <message>
        <source>Differs from the real call: %1</source>
        <translation>실제 호출과 다릅니다: %1</translation>
    </message>
</context>
<context>
    <name>spg::ui::PayloadEditor</name>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16진수</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>C 이스케이프</translation>
    </message>
    <message>
        <source>Text: sent as UTF-8. Hex: byte pairs like 68 65 6c. C escapes: hello\r\n with \n \r \t \0 \xHH.</source>
        <translation>텍스트: UTF-8로 보냅니다. 16진수: 68 65 6c 같은 바이트 쌍. C 이스케이프: \n \r \t \0 \xHH를 쓴 hello\r\n.</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>파일에서…</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes as the payload (up to 64 MiB).</source>
        <translation>파일의 바이트를 데이터로 보냅니다(최대 64 MiB).</translation>
    </message>
    <message>
        <source>hello\r\n</source>
        <translation>hello\r\n</translation>
    </message>
    <message>
        <source>Payload from file</source>
        <translation>파일에서 데이터 가져오기</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; the limit is 64 MiB</source>
        <translation>%1은(는) %2바이트입니다. 한도는 64 MiB입니다</translation>
    </message>
    <message>
        <source>payload: %1 (%2 bytes)</source>
        <translation>데이터: %1 (%2바이트)</translation>
    </message>
    <message>
        <source>iovec %1 (line %2): %3</source>
        <translation>iovec %1 (%2행): %3</translation>
    </message>
</context>
<context>
    <name>spg::ui::PictureTabs</name>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>시퀀스</translation>
    </message>
    <message>
        <source>The calls as a ladder diagram: one lane per socket, time flowing down</source>
        <translation>호출을 사다리 다이어그램으로: 소켓마다 한 줄, 시간은 아래로 흐릅니다</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>큐</translation>
    </message>
    <message>
        <source>The selected listener&apos;s accept queue, as the kernel reports it</source>
        <translation>선택한 리스너의 accept 큐, 커널이 알려 주는 그대로</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>TCP 상태</translation>
    </message>
    <message>
        <source>The TCP state diagram, lit with the selected sockets&apos; real states</source>
        <translation>선택한 소켓의 실제 상태를 밝혀 보여 주는 TCP 상태 다이어그램</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
</context>
<context>
    <name>spg::ui::PollListField</name>
    <message>
        <source>Add selected socket</source>
        <translation>선택한 소켓 추가</translation>
    </message>
    <message>
        <source>The pollfd array: each entry is a socket (#id) and the events it waits for. Tick the events, select a socket, then Add.</source>
        <translation>pollfd 배열: 각 항목은 소켓(#id)과 그 소켓이 기다리는 이벤트입니다. 이벤트를 체크하고 소켓을 선택한 뒤 추가를 누르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write an entry as #ID EVENTS, e.g. #2 POLLIN|POLLOUT</source>
        <translation>&quot;%1&quot;: 항목은 #ID 이벤트 형식으로 쓰세요. 예: #2 POLLIN|POLLOUT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a poll event (POLLIN, POLLOUT, POLLPRI, ...)</source>
        <translation>&quot;%1&quot;은(는) poll 이벤트가 아닙니다(POLLIN, POLLOUT, POLLPRI, ...)</translation>
    </message>
</context>
<context>
    <name>spg::ui::PredictDialog</name>
    <message>
        <source>It returns</source>
        <translation>반환값</translation>
    </message>
    <message>
        <source>It fails: -1, errno</source>
        <translation>실패: -1, errno</translation>
    </message>
    <message>
        <source>Predict the kernel&apos;s answer</source>
        <translation>커널의 답 예측하기</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>%1행:</translation>
    </message>
    <message>
        <source>What will the kernel answer? Decide, then run the call.</source>
        <translation>커널이 뭐라고 답할까요? 정한 다음 호출을 실행하세요.</translation>
    </message>
    <message>
        <source>the bytes it returns, e.g. hello\n</source>
        <translation>돌려줄 바이트, 예: hello\n</translation>
    </message>
    <message>
        <source>C-string escapes: \n \r \t \\ \&quot; \xNN. Empty: no bytes.</source>
        <translation>C 문자열 이스케이프: \n \r \t \\ \&quot; \xNN. 비우면 바이트 없음.</translation>
    </message>
    <message>
        <source>and the bytes</source>
        <translation>그리고 바이트</translation>
    </message>
    <message>
        <source>Run the call</source>
        <translation>호출 실행</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an errno name such as ECONNREFUSED</source>
        <translation>&quot;%1&quot;은(는) ECONNREFUSED 같은 errno 이름이 아닙니다</translation>
    </message>
</context>
<context>
    <name>spg::ui::QueuesView</name>
    <message>
        <source>No listening socket. Call listen() on a socket, or select one, to draw its accept queue.</source>
        <translation>리스닝 소켓이 없습니다. accept 큐를 그리려면 소켓에 listen()을 호출하거나 하나를 선택하세요.</translation>
    </message>
    <message>
        <source>Since listen(): ListenOverflows +%1, ListenDrops +%2 (TcpExt in /proc/net/netstat, counted for the whole system: a full queue drops the SYN or the final ACK)</source>
        <translation>listen() 이후: ListenOverflows +%1, ListenDrops +%2 (/proc/net/netstat의 TcpExt, 시스템 전체 기준: 큐가 가득 차면 SYN이나 마지막 ACK을 버립니다)</translation>
    </message>
    <message>
        <source>Waiting outside</source>
        <translation>밖에서 대기</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>accept됨</translation>
    </message>
    <message>
        <source>SYN</source>
        <translation>SYN</translation>
    </message>
    <message>
        <source>accept()</source>
        <translation>accept()</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1개 더</translation>
    </message>
    <message>
        <source>accept queue: %1 of %2</source>
        <translation>accept 큐: %2 중 %1</translation>
    </message>
    <message>
        <source>accept queue: length not reported</source>
        <translation>accept 큐: 길이 정보 없음</translation>
    </message>
    <message>
        <source>head</source>
        <translation>맨 앞</translation>
    </message>
    <message>
        <source>… %1 more slots</source>
        <translation>… 빈칸 %1개 더</translation>
    </message>
    <message>
        <source>free</source>
        <translation>비어 있음</translation>
    </message>
</context>
<context>
    <name>spg::ui::ScenarioPanel</name>
    <message>
        <source>Calls you make are recorded here. Or open a scenario file (.spg) or a demo (Demos menu), then Run or Step.</source>
        <translation>직접 한 호출이 여기에 기록됩니다. 또는 시나리오 파일(.spg)이나 데모(데모 메뉴)를 열고 실행이나 단계를 누르세요.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>시나리오 열기</translation>
    </message>
    <message>
        <source>Scenarios (*.spg);;All files (*)</source>
        <translation>시나리오 (*.spg);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a scenario file (.spg). Nothing runs until you press Run or Step.</source>
        <translation>시나리오 파일(.spg)을 엽니다. 실행이나 단계를 누르기 전에는 아무것도 실행되지 않습니다.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <source>Scenarios (*.spg)</source>
        <translation>시나리오 (*.spg)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Run the next line and stop (F10)</source>
        <translation>다음 줄을 실행하고 멈춥니다(F10)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Step back: replay from the start on a fresh engine, up to the previous line (Shift+F10)</source>
        <translation>한 단계 뒤로: 새 엔진에서 처음부터 이전 줄까지 다시 실행합니다(Shift+F10)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Run to the end, or to the first failed expectation (F5)</source>
        <translation>끝까지, 또는 처음 어긋난 기대값까지 실행합니다(F5)</translation>
    </message>
    <message>
        <source>Run to line</source>
        <translation>이 줄까지 실행</translation>
    </message>
    <message>
        <source>Run up to the line with the text cursor (F4)</source>
        <translation>텍스트 커서가 있는 줄까지 실행합니다(F4)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Append every call made in the window to this scenario</source>
        <translation>창에서 한 모든 호출을 이 시나리오 끝에 덧붙입니다</translation>
    </message>
    <message>
        <source>Recording the calls you make.</source>
        <translation>직접 하는 호출을 기록하는 중입니다.</translation>
    </message>
    <message>
        <source>%1: press Run (F5) or Step (F10).</source>
        <translation>%1: 실행(F5)이나 단계(F10)를 누르세요.</translation>
    </message>
    <message>
        <source>Nothing loaded: %1</source>
        <translation>불러온 것이 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 저장함.</translation>
    </message>
    <message>
        <source>This lab</source>
        <translation>이 실습</translation>
    </message>
    <message numerus="yes">
        <source>Not run: the lab needs your consent to reach past loopback and its scratch folder (%n call(s)).</source>
        <translation>
            <numerusform>실행 안 됨: 이 실습이 루프백과 임시 폴더 밖에 접근하려면 동의가 필요합니다(호출 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to step back over: no line has run yet.</source>
        <translation>되돌릴 것이 없습니다: 아직 실행한 줄이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>(Stepped back: replayed %n line(s) on a fresh engine.)</source>
        <translation>
            <numerusform>(한 단계 뒤로: 새 엔진에서 %n줄을 다시 실행했습니다.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stepped back: replayed %n line(s) from the start on a fresh engine</source>
        <translation>
            <numerusform>한 단계 뒤로: 새 엔진에서 처음부터 %n줄을 다시 실행했습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>중지됨: %1</translation>
    </message>
    <message>
        <source>Finished: every expectation held.</source>
        <translation>완료: 모든 기대값이 맞았습니다.</translation>
    </message>
    <message>
        <source>Paused before line %1.</source>
        <translation>%1행 앞에서 멈춤.</translation>
    </message>
    <message>
        <source>Running line %1…</source>
        <translation>%1행 실행 중…</translation>
    </message>
    <message>
        <source>Paused at the question on line %1: Run or Step asks it again.</source>
        <translation>%1행의 문제에서 멈춤: 실행이나 단계를 누르면 다시 묻습니다.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
</context>
<context>
    <name>spg::ui::SequenceView</name>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Show the newest call as it comes; scrolling up pauses</source>
        <translation>새 호출이 오면 바로 보여 줍니다. 위로 스크롤하면 멈춥니다</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>More room between calls (Ctrl+wheel)</source>
        <translation>호출 사이 간격 넓히기(Ctrl+휠)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Less room between calls (Ctrl+wheel)</source>
        <translation>호출 사이 간격 좁히기(Ctrl+휠)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>실제 시간</translation>
    </message>
    <message>
        <source>Space the calls by when they returned, not by their order</source>
        <translation>호출을 순서가 아니라 돌아온 시각에 따라 배치합니다</translation>
    </message>
    <message>
        <source>No calls yet: run a demo or make a call, and each one appears here.</source>
        <translation>아직 호출이 없습니다: 데모를 실행하거나 호출을 하면 여기에 하나씩 나타납니다.</translation>
    </message>
    <message>
        <source>%1 older calls not drawn</source>
        <translation>그리지 않은 이전 호출 %1개</translation>
    </message>
</context>
<context>
    <name>spg::ui::SocketMenu</name>
    <message>
        <source> — unavailable here</source>
        <translation> — 여기서는 사용 불가</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>모든 호출</translation>
    </message>
    <message>
        <source>Cancel blocked %1()</source>
        <translation>블록된 %1() 취소</translation>
    </message>
</context>
<context>
    <name>spg::ui::SocketModel</name>
    <message>
        <source>Client socket #%1 connected to this listener, but no accept() has taken it yet: it waits in the kernel&apos;s accept queue.</source>
        <translation>클라이언트 소켓 #%1이(가) 이 리스너에 연결되었지만 아직 어떤 accept()도 가져가지 않았습니다. 커널의 accept 큐에서 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>Bound to the wildcard address: reachable from other machines on every interface.</source>
        <translation>와일드카드 주소에 bind됨: 모든 인터페이스에서 다른 컴퓨터가 접속할 수 있습니다.</translation>
    </message>
    <message>
        <source>getsockname(): the local address.</source>
        <translation>getsockname(): 로컬 주소.</translation>
    </message>
    <message>
        <source>getpeername(): the connected peer.</source>
        <translation>getpeername(): 연결된 상대.</translation>
    </message>
    <message>
        <source>Bytes waiting to be read (FIONREAD) / receive buffer (SO_RCVBUF).</source>
        <translation>읽기를 기다리는 바이트(FIONREAD) / 수신 버퍼(SO_RCVBUF).</translation>
    </message>
    <message>
        <source>Bytes sent but not yet acknowledged (SIOCOUTQ / SO_NWRITE) / send buffer (SO_SNDBUF).</source>
        <translation>보냈지만 아직 확인 응답을 받지 못한 바이트(SIOCOUTQ / SO_NWRITE) / 송신 버퍼(SO_SNDBUF).</translation>
    </message>
    <message>
        <source>Connections completed by the kernel and waiting for accept(), against the limit set by listen()&apos;s backlog.</source>
        <translation>커널이 완료하고 accept()를 기다리는 연결 수와, listen()의 backlog가 정한 한도.</translation>
    </message>
    <message>
        <source>A blocking call waiting on this socket, or readiness the loop reported that no call has consumed yet.</source>
        <translation>이 소켓에서 기다리는 블로킹 호출, 또는 루프가 알렸지만 아직 어떤 호출도 소비하지 않은 준비 상태.</translation>
    </message>
    <message>
        <source>Bytes received, exactly, including any the capture cap dropped.
Capture: %1 bytes dropped by this socket&apos;s cap, %2 by the total budget.</source>
        <translation>받은 바이트 수(정확한 값, 캡처 한도로 버린 것 포함).
캡처: 이 소켓의 한도로 %1바이트, 전체 예산으로 %2바이트 버림.</translation>
    </message>
    <message>
        <source>Bytes sent, exactly.</source>
        <translation>보낸 바이트 수(정확한 값).</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Accept queue</source>
        <translation>accept 큐</translation>
    </message>
    <message>
        <source>Blocked / pending</source>
        <translation>블록 / 대기</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>로컬</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>상대</translation>
    </message>
    <message>
        <source>In</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Recv-Q</source>
        <translation>Recv-Q</translation>
    </message>
    <message>
        <source>Send-Q</source>
        <translation>Send-Q</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>queued #%1</source>
        <translation>큐의 #%1</translation>
    </message>
    <message>
        <source>waiting in the accept queue</source>
        <translation>accept 대기열에서 대기 중</translation>
    </message>
    <message>
        <source>  ⚠ all interfaces</source>
        <translation>  ⚠ 모든 인터페이스</translation>
    </message>
    <message>
        <source>blocked in %1()</source>
        <translation>%1()에서 블록됨</translation>
    </message>
    <message>
        <source>pending: </source>
        <translation>대기 중: </translation>
    </message>
</context>
<context>
    <name>spg::ui::StatesView</name>
    <message>
        <source>Select a TCP socket in the Sockets panel to draw the states it went through.</source>
        <translation>거쳐 간 상태를 그리려면 소켓 패널에서 TCP 소켓을 선택하세요.</translation>
    </message>
    <message>
        <source>solid: read from the kernel · dashed: passed between two reads</source>
        <translation>실선: 커널에서 읽음 · 점선: 두 번 읽는 사이에 지나감</translation>
    </message>
    <message>
        <source> seen</source>
        <translation> 관찰</translation>
    </message>
    <message>
        <source> (from /proc/net/tcp)</source>
        <translation> (/proc/net/tcp에서)</translation>
    </message>
    <message>
        <source>%1 (dashed)</source>
        <translation>%1 (점선)</translation>
    </message>
</context>
<context>
    <name>spg::ui::StraceImportAction</name>
    <message>
        <source>&amp;Import strace log…</source>
        <translation>strace 로그 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Turn a program&apos;s strace -f -yy log into a scenario that replays its socket calls</source>
        <translation>프로그램의 strace -f -yy 로그를, 그 소켓 호출을 다시 실행하는 시나리오로 바꿉니다</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; trace a shorter run.</source>
        <translation>%1이(가) 64 MiB보다 큽니다. 더 짧은 실행을 추적하세요.</translation>
    </message>
    <message>
        <source>Imported %1: %2 calls, %3 lines commented (see the # line N comments).</source>
        <translation>%1 가져옴: 호출 %2개, 주석 처리된 줄 %3개(# line N 주석 참고).</translation>
    </message>
    <message>
        <source>Import strace log</source>
        <translation>strace 로그 가져오기</translation>
    </message>
    <message>
        <source>strace logs (*.log *.txt *.strace);;All files (*)</source>
        <translation>strace 로그 (*.log *.txt *.strace);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>%1

Expected the output of strace -f -yy -s 4096 -o LOG -e trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl PROGRAM.</source>
        <translation>%1

strace -f -yy -s 4096 -o LOG -e trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl PROGRAM의 출력이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>spg::ui::TcpDiagram</name>
    <message>
        <source>RST, timeout or close()</source>
        <translation>RST, 시간 초과 또는 close()</translation>
    </message>
    <message>
        <source>RST, or close() with SO_LINGER 0</source>
        <translation>RST, 또는 SO_LINGER 0인 close()</translation>
    </message>
    <message>
        <source>RST or timeout</source>
        <translation>RST 또는 시간 초과</translation>
    </message>
    <message>
        <source>%1 passed between two reads (not observed)</source>
        <translation>%1: 두 번의 읽기 사이에 지나감 (관찰되지 않음)</translation>
    </message>
    <message>
        <source>%1 to %2: no transition in the diagram joins them</source>
        <translation>%1에서 %2로: 다이어그램에 이 둘을 잇는 전이가 없습니다</translation>
    </message>
</context>
<context>
    <name>spg::ui::ViewImage</name>
    <message>
        <source>Sequence</source>
        <translation>시퀀스</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>TCP 상태</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>큐</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>System call log</source>
        <translation>시스템 호출 로그</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>%1: the name must end in .png or .svg</source>
        <translation>%1: 이름은 .png 또는 .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>%1: could not write the image</source>
        <translation>%1: 이미지를 쓸 수 없습니다</translation>
    </message>
</context>
</TS>
