<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>spg::address</name>
    <message>
        <source>missing port: write %1:PORT</source>
        <translation>falta el puerto: escribe %1:PUERTO</translation>
    </message>
    <message>
        <source>port %1 is out of range (0-65535)</source>
        <translation>el puerto %1 está fuera de rango (0-65535)</translation>
    </message>
    <message>
        <source>port %1 is not a number</source>
        <translation>el puerto %1 no es un número</translation>
    </message>
    <message>
        <source>empty scope id after &quot;%&quot;: write [fe80::1%eth0]:PORT</source>
        <translation>identificador de ámbito vacío tras &quot;%&quot;: escribe [fe80::1%eth0]:PUERTO</translation>
    </message>
    <message>
        <source>scope id %1 is out of range</source>
        <translation>el identificador de ámbito %1 está fuera de rango</translation>
    </message>
    <message>
        <source>unknown interface %1 in scope id</source>
        <translation>interfaz desconocida %1 en el identificador de ámbito</translation>
    </message>
    <message>
        <source>unmatched &quot;[&quot;: write [IPv6]:PORT</source>
        <translation>&quot;[&quot; sin cerrar: escribe [IPv6]:PUERTO</translation>
    </message>
    <message>
        <source>empty brackets: write [IPv6]:PORT, for example [::1]:8080</source>
        <translation>corchetes vacíos: escribe [IPv6]:PUERTO, por ejemplo [::1]:8080</translation>
    </message>
    <message>
        <source>%1 is an IPv4 address: write it without brackets, %2:PORT</source>
        <translation>%1 es una dirección IPv4: escríbela sin corchetes, %2:PUERTO</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv6 address</source>
        <translation>%1 no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <source>unexpected %1 after &quot;]&quot;: write %2:PORT</source>
        <translation>%1 inesperado tras &quot;]&quot;: escribe %2:PUERTO</translation>
    </message>
    <message>
        <source>empty UNIX path: write unix:/path/to/socket or unix:@name</source>
        <translation>ruta UNIX vacía: escribe unix:/ruta/al/socket o unix:@nombre</translation>
    </message>
    <message>
        <source>abstract UNIX names (unix:@name) exist only on Linux: use a path such as unix:/tmp/name.sock</source>
        <translation>los nombres UNIX abstractos (unix:@nombre) solo existen en Linux: usa una ruta como unix:/tmp/nombre.sock</translation>
    </message>
    <message>
        <source>abstract UNIX name is %1 bytes; sun_path holds at most %2</source>
        <translation>el nombre UNIX abstracto ocupa %1 bytes; sun_path admite como mucho %2</translation>
    </message>
    <message>
        <source>UNIX path contains a NUL byte</source>
        <translation>la ruta UNIX contiene un byte NUL</translation>
    </message>
    <message>
        <source>UNIX path is %1 bytes; sun_path holds at most %2</source>
        <translation>la ruta UNIX ocupa %1 bytes; sun_path admite como mucho %2</translation>
    </message>
    <message>
        <source>IPv6 addresses need brackets: [%1]:%2</source>
        <translation>las direcciones IPv6 llevan corchetes: [%1]:%2</translation>
    </message>
    <message>
        <source>IPv6 addresses need brackets: [%1]:PORT</source>
        <translation>las direcciones IPv6 llevan corchetes: [%1]:PUERTO</translation>
    </message>
    <message>
        <source>too many &quot;:&quot; in %1: write HOST:PORT, [IPv6]:PORT or unix:/path</source>
        <translation>demasiados &quot;:&quot; en %1: escribe HOST:PUERTO, [IPv6]:PUERTO o unix:/ruta</translation>
    </message>
    <message>
        <source>UNIX socket paths need a prefix: write unix:%1</source>
        <translation>las rutas de socket UNIX llevan un prefijo: escribe unix:%1</translation>
    </message>
    <message>
        <source>missing host: write 127.0.0.1:%1 or 0.0.0.0:%1</source>
        <translation>falta el host: escribe 127.0.0.1:%1 o 0.0.0.0:%1</translation>
    </message>
    <message>
        <source>missing host before %1: write 127.0.0.1%2 or 0.0.0.0%2</source>
        <translation>falta el host antes de %1: escribe 127.0.0.1%2 o 0.0.0.0%2</translation>
    </message>
    <message>
        <source>%1 is not a valid IPv4 address</source>
        <translation>%1 no es una dirección IPv4 válida</translation>
    </message>
    <message>
        <source>%1 is not a valid host name</source>
        <translation>%1 no es un nombre de host válido</translation>
    </message>
    <message>
        <source>empty address</source>
        <translation>dirección vacía</translation>
    </message>
    <message>
        <source>an address is quoted once, not twice</source>
        <translation>una dirección se entrecomilla una vez, no dos</translation>
    </message>
</context>
<context>
    <name>spg::calls</name>
    <message>
        <source>Creates an endpoint and returns its descriptor. Nothing is on the network yet.</source>
        <translation>Crea un extremo de comunicación y devuelve su descriptor. Aún no hay nada en la red.</translation>
    </message>
    <message>
        <source>Creates two connected sockets (AF_UNIX): what one sends, the other receives.</source>
        <translation>Crea dos sockets conectados (AF_UNIX): lo que uno envía, el otro lo recibe.</translation>
    </message>
    <message>
        <source>Gives the socket a local address. Port 0 lets the kernel pick a free port. 0.0.0.0 or :: listens on every interface.</source>
        <translation>Da al socket una dirección local. El puerto 0 deja que el kernel elija un puerto libre. 0.0.0.0 o :: escucha en todas las interfaces.</translation>
    </message>
    <message>
        <source>Makes a stream socket passive: the kernel completes handshakes and queues connections, up to the backlog, until accept() takes them.</source>
        <translation>Vuelve pasivo un socket de flujo: el kernel completa los handshakes y encola las conexiones, hasta el backlog, hasta que accept() las toma.</translation>
    </message>
    <message>
        <source>TCP: performs the handshake with the address. UDP: only sets the default peer. Non-blocking: returns EINPROGRESS; wait for writable, then read SO_ERROR.</source>
        <translation>TCP: hace el handshake con la dirección. UDP: solo fija el par por defecto. No bloqueante: devuelve EINPROGRESS; espera a que sea escribible y luego lee SO_ERROR.</translation>
    </message>
    <message>
        <source>Takes the next completed connection from the listener&apos;s queue and returns a new socket for it. Blocks while the queue is empty (EAGAIN if non-blocking).</source>
        <translation>Toma la siguiente conexión completada de la cola del listener y devuelve un socket nuevo para ella. Se bloquea mientras la cola está vacía (EAGAIN si es no bloqueante).</translation>
    </message>
    <message>
        <source>Queues bytes for the connected peer. Blocking sockets wait until every byte fits in the send buffer. EPIPE when the peer is gone (SIGPIPE is suppressed).</source>
        <translation>Encola bytes para el par conectado. Los sockets bloqueantes esperan hasta que todos los bytes caben en el búfer de envío. EPIPE cuando el par ya no está (SIGPIPE se suprime).</translation>
    </message>
    <message>
        <source>Reads up to len bytes. 0 means the peer shut down its side (end of file). MSG_PEEK leaves the bytes queued; MSG_WAITALL waits for the whole buffer.</source>
        <translation>Lee hasta len bytes. 0 significa que el par cerró su lado (fin de archivo). MSG_PEEK deja los bytes en la cola; MSG_WAITALL espera al búfer entero.</translation>
    </message>
    <message>
        <source>Sends a datagram to the given address (or on a connected socket, to the peer).</source>
        <translation>Envía un datagrama a la dirección dada (o, en un socket conectado, al par).</translation>
    </message>
    <message>
        <source>Receives one datagram and reports who sent it. A datagram longer than the buffer is cut short; the rest is lost.</source>
        <translation>Recibe un datagrama e informa de quién lo envió. Un datagrama más largo que el búfer se corta; el resto se pierde.</translation>
    </message>
    <message>
        <source>Gathers several buffers (iovecs) into one send: each element of the list is one iovec. An address as the last argument names a datagram&apos;s destination.</source>
        <translation>Reúne varios búferes (iovecs) en un solo envío: cada elemento de la lista es un iovec. Una dirección como último argumento indica el destino de un datagrama.</translation>
    </message>
    <message>
        <source>Scatters one read over several buffers and reports msg_flags: MSG_TRUNC when a datagram did not fit.</source>
        <translation>Reparte una lectura entre varios búferes e informa de msg_flags: MSG_TRUNC cuando un datagrama no cupo.</translation>
    </message>
    <message>
        <source>Closes one direction: SHUT_WR sends FIN (the peer reads end of file) while you can still receive.</source>
        <translation>Cierra una dirección: SHUT_WR envía FIN (el par lee fin de archivo) mientras tú aún puedes recibir.</translation>
    </message>
    <message>
        <source>Releases the descriptor. With SO_LINGER {1,0} the connection is aborted with RST instead of FIN.</source>
        <translation>Libera el descriptor. Con SO_LINGER {1,0} la conexión se aborta con RST en lugar de FIN.</translation>
    </message>
    <message>
        <source>Changes a socket option. The kernel may adjust the value: read it back with getsockopt.</source>
        <translation>Cambia una opción del socket. El kernel puede ajustar el valor: reléelo con getsockopt.</translation>
    </message>
    <message>
        <source>Reads a socket option as the kernel keeps it (Linux doubles SO_RCVBUF/SO_SNDBUF). SO_ERROR reads and clears the pending error.</source>
        <translation>Lee una opción del socket tal como la guarda el kernel (Linux duplica SO_RCVBUF/SO_SNDBUF). SO_ERROR lee y borra el error pendiente.</translation>
    </message>
    <message>
        <source>The local address, including the port the kernel chose for port 0.</source>
        <translation>La dirección local, incluido el puerto que eligió el kernel para el puerto 0.</translation>
    </message>
    <message>
        <source>The connected peer&apos;s address; ENOTCONN when not connected.</source>
        <translation>La dirección del par conectado; ENOTCONN si no está conectado.</translation>
    </message>
    <message>
        <source>Switches O_NONBLOCK: calls that would block return EAGAIN / EINPROGRESS instead of waiting.</source>
        <translation>Cambia O_NONBLOCK: las llamadas que se bloquearían devuelven EAGAIN / EINPROGRESS en lugar de esperar.</translation>
    </message>
    <message>
        <source>How many bytes are waiting to be read.</source>
        <translation>Cuántos bytes esperan a ser leídos.</translation>
    </message>
    <message>
        <source>Waits until one of the sockets is ready for what its entry asks (POLLIN, POLLOUT, ...), or the timeout (milliseconds, -1 for ever) ends. Returns how many entries have revents; each entry&apos;s revents is what the kernel found, POLLHUP and POLLERR included.</source>
        <translation>Espera hasta que uno de los sockets esté listo para lo que pide su entrada (POLLIN, POLLOUT, ...), o hasta que acabe el tiempo de espera (milisegundos, -1 para siempre). Devuelve cuántas entradas tienen revents; el revents de cada entrada es lo que encontró el kernel, POLLHUP y POLLERR incluidos.</translation>
    </message>
    <message>
        <source>Reads up to count bytes, as recv() with no flags does; 0 is end of file. Works on any descriptor, which is why the course notes use it.</source>
        <translation>Lee hasta count bytes, como recv() sin flags; 0 es fin de archivo. Sirve para cualquier descriptor, por eso lo usan los apuntes del curso.</translation>
    </message>
    <message>
        <source>Writes bytes, as send() with no flags does, with one difference: to a peer that is gone it raises SIGPIPE, which kills a program with the default handler. The playground catches it, shows it, and returns EPIPE.</source>
        <translation>Escribe bytes, como send() sin flags, con una diferencia: hacia un par que ya no está lanza SIGPIPE, que mata un programa con el manejador por defecto. El playground lo captura, lo muestra y devuelve EPIPE.</translation>
    </message>
    <message>
        <source>accept() that sets SOCK_NONBLOCK and SOCK_CLOEXEC on the new socket in the same call (Linux, FreeBSD): no window in which it is blocking.</source>
        <translation>accept() que pone SOCK_NONBLOCK y SOCK_CLOEXEC en el socket nuevo en la misma llamada (Linux, FreeBSD): no hay ningún momento en que sea bloqueante.</translation>
    </message>
    <message>
        <source>The descriptor&apos;s status flags: O_RDWR, and O_NONBLOCK when set.</source>
        <translation>Los flags de estado del descriptor: O_RDWR, y O_NONBLOCK si está activado.</translation>
    </message>
    <message>
        <source>Waits until a socket of readfds is readable, one of writefds writable or one of exceptfds has an exceptional condition, or the timeout (milliseconds, -1 for a NULL timeout: for ever) ends. The sets come back holding only the ready sockets; returns how many. An fd_set holds fds below FD_SETSIZE (1024) only.</source>
        <translation>Espera hasta que un socket de readfds sea legible, uno de writefds escribible o uno de exceptfds tenga una condición excepcional, o hasta que acabe el tiempo de espera (milisegundos, -1 para un timeout NULL: para siempre). Los conjuntos vuelven con solo los sockets listos; devuelve cuántos. Un fd_set solo admite fds por debajo de FD_SETSIZE (1024).</translation>
    </message>
    <message>
        <source>Creates a kernel event queue and returns its descriptor (macOS and the BSDs). Interest is registered and events are collected with kevent(); close() releases the queue and every filter on it.</source>
        <translation>Crea una cola de eventos del kernel y devuelve su descriptor (macOS y los BSD). El interés se registra y los eventos se recogen con kevent(); close() libera la cola y todos sus filtros.</translation>
    </message>
    <message>
        <source>Applies the changelist (EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE a filter such as EVFILT_READ on an ident), then waits up to the timeout (milliseconds, -1 for ever) for up to nevents events. Returns how many; each event carries ident, filter, flags, fflags, data and udata. A change that fails comes back as an event with EV_ERROR and the errno in data (always, with EV_RECEIPT: data 0 on success). With EV_EOF, fflags holds the socket&apos;s error. EVFILT_READ on a listener: data is the accept queue&apos;s length.</source>
        <translation>Aplica la changelist (EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE de un filtro como EVFILT_READ sobre un ident), luego espera hasta el tiempo de espera (milisegundos, -1 para siempre) a un máximo de nevents eventos. Devuelve cuántos; cada evento lleva ident, filter, flags, fflags, data y udata. Un cambio que falla vuelve como un evento con EV_ERROR y el errno en data (siempre, con EV_RECEIPT: data 0 si tuvo éxito). Con EV_EOF, fflags contiene el error del socket. EVFILT_READ sobre un listener: data es la longitud de la cola de accept.</translation>
    </message>
    <message>
        <source>macOS&apos;s kevent() over struct kevent64_s: the same fields with a 64-bit udata and two more, ext[0] and ext[1], that a filter may use. flags: KEVENT_FLAG_IMMEDIATE returns at once, as a zero timeout does.</source>
        <translation>El kevent() de macOS sobre struct kevent64_s: los mismos campos con un udata de 64 bits y dos más, ext[0] y ext[1], que un filtro puede usar. flags: KEVENT_FLAG_IMMEDIATE vuelve enseguida, como un timeout cero.</translation>
    </message>
    <message>
        <source>Creates an epoll instance and returns its descriptor: an interest list the kernel keeps, and a ready list it fills as watched files become ready. Flags: 0 or EPOLL_CLOEXEC. Linux only.</source>
        <translation>Crea una instancia epoll y devuelve su descriptor: una lista de interés que guarda el kernel y una lista de listos que llena cuando los archivos vigilados están listos. Flags: 0 o EPOLL_CLOEXEC. Solo Linux.</translation>
    </message>
    <message>
        <source>Adds fd to the interest list (EPOLL_CTL_ADD), changes its events (EPOLL_CTL_MOD) or removes it (EPOLL_CTL_DEL). EPOLLET reports only changes (edges), EPOLLONESHOT disarms the entry after one event until MOD re-arms it. EEXIST, ENOENT, EINVAL and EPERM (a regular file) come from the kernel. data is the socket&apos;s fd here.</source>
        <translation>Añade fd a la lista de interés (EPOLL_CTL_ADD), cambia sus eventos (EPOLL_CTL_MOD) o lo quita (EPOLL_CTL_DEL). EPOLLET informa solo de cambios (flancos), EPOLLONESHOT desarma la entrada tras un evento hasta que MOD la rearma. EEXIST, ENOENT, EINVAL y EPERM (un archivo normal) vienen del kernel. data es aquí el fd del socket.</translation>
    </message>
    <message>
        <source>Waits until an entry of the interest list is ready, or the timeout (milliseconds, -1 for ever) ends, and returns up to maxevents events, each with the data given to epoll_ctl. Level-triggered entries are reported while they stay ready; edge-triggered ones once per change.</source>
        <translation>Espera hasta que una entrada de la lista de interés esté lista, o hasta que acabe el tiempo de espera (milisegundos, -1 para siempre), y devuelve hasta maxevents eventos, cada uno con el data dado a epoll_ctl. Las entradas por nivel se informan mientras siguen listas; las de flanco, una vez por cambio.</translation>
    </message>
    <message>
        <source>%1() is not available on %2 (macOS and the BSDs have it); use epoll_create1/epoll_wait or poll</source>
        <translation>%1() no está disponible en %2 (lo tienen macOS y los BSD); usa epoll_create1/epoll_wait o poll</translation>
    </message>
    <message>
        <source>%1() is macOS only; %2 has kevent()</source>
        <translation>%1() solo existe en macOS; %2 tiene kevent()</translation>
    </message>
</context>
<context>
    <name>spg::demos</name>
    <message>
        <source>The accept queue: what listen()&apos;s backlog limits</source>
        <translation>La cola de accept: lo que limita el backlog de listen()</translation>
    </message>
    <message>
        <source>The kernel completes TCP handshakes by itself and queues the new</source>
        <translation>El kernel completa los handshakes TCP por sí solo y encola las nuevas</translation>
    </message>
    <message>
        <source>connections; accept() only takes them off the queue.</source>
        <translation>conexiones; accept() solo las saca de la cola.</translation>
    </message>
    <message>
        <source>Two clients connect. Their connect() returns as soon as the handshake is</source>
        <translation>Se conectan dos clientes. Su connect() vuelve en cuanto termina el handshake,</translation>
    </message>
    <message>
        <source>done, although nobody has called accept() yet.</source>
        <translation>aunque nadie ha llamado aún a accept().</translation>
    </message>
    <message>
        <source>let the server side file both connections</source>
        <translation>deja que el lado del servidor archive ambas conexiones</translation>
    </message>
    <message>
        <source>Two more clients. Their connect() might never finish while the queue is</source>
        <translation>Dos clientes más. Su connect() podría no terminar nunca mientras la cola esté</translation>
    </message>
    <message>
        <source>full, so they are non-blocking: connect() sends the SYN and returns.</source>
        <translation>llena, así que son no bloqueantes: connect() envía el SYN y vuelve.</translation>
    </message>
    <message>
        <source>EINPROGRESS: the handshake goes on without us</source>
        <translation>EINPROGRESS: el handshake sigue sin nosotros</translation>
    </message>
    <message>
        <source>The backlog is not an exact count: Linux queues backlog + 1 (here c3 got in),</source>
        <translation>El backlog no es una cuenta exacta: Linux encola backlog + 1 (aquí entró c3),</translation>
    </message>
    <message>
        <source>macOS exactly the backlog. A SYN that finds the queue full is dropped as if</source>
        <translation>macOS exactamente el backlog. Un SYN que encuentra la cola llena se descarta como si</translation>
    </message>
    <message>
        <source>lost: no RST, so the client&apos;s kernel simply sends it again later.</source>
        <translation>se perdiera: sin RST, así que el kernel del cliente simplemente lo reenvía más tarde.</translation>
    </message>
    <message>
        <source>accept() drains the queue, oldest connection first: a1 is c1&apos;s.</source>
        <translation>accept() vacía la cola, la conexión más antigua primero: a1 es la de c1.</translation>
    </message>
    <message>
        <source>The dropped SYNs are sent again after about a second, and now find room.</source>
        <translation>Los SYN descartados se reenvían al cabo de un segundo más o menos, y ahora encuentran sitio.</translation>
    </message>
    <message>
        <source>c3 is connected</source>
        <translation>c3 está conectado</translation>
    </message>
    <message>
        <source>c4 is connected</source>
        <translation>c4 está conectado</translation>
    </message>
    <message>
        <source>connections still queued would be reset</source>
        <translation>las conexiones que sigan en la cola se reiniciarían</translation>
    </message>
    <message>
        <source>EADDRINUSE, TIME_WAIT and SO_REUSEADDR</source>
        <translation>EADDRINUSE, TIME_WAIT y SO_REUSEADDR</translation>
    </message>
    <message>
        <source>set before bind(); needed again below</source>
        <translation>se pone antes de bind(); hará falta otra vez abajo</translation>
    </message>
    <message>
        <source>While srv listens, nobody else may bind its address and port...</source>
        <translation>Mientras srv escucha, nadie más puede ligarse a su dirección y puerto...</translation>
    </message>
    <message>
        <source>...not even with SO_REUSEADDR: it does not let two sockets share a port.</source>
        <translation>...ni siquiera con SO_REUSEADDR: no deja que dos sockets compartan un puerto.</translation>
    </message>
    <message>
        <source>One connection, closed by the server first. The side that closes first ends</source>
        <translation>Una conexión, cerrada primero por el servidor. El lado que cierra primero acaba</translation>
    </message>
    <message>
        <source>in TIME_WAIT and keeps the server&apos;s port busy for a minute or two, so that</source>
        <translation>en TIME_WAIT y mantiene ocupado el puerto del servidor un minuto o dos, para que</translation>
    </message>
    <message>
        <source>stray packets of this connection cannot reach a new one.</source>
        <translation>los paquetes perdidos de esta conexión no puedan llegar a una nueva.</translation>
    </message>
    <message>
        <source>the server&apos;s FIN</source>
        <translation>el FIN del servidor</translation>
    </message>
    <message>
        <source>the client&apos;s FIN: conn goes to TIME_WAIT</source>
        <translation>el FIN del cliente: conn pasa a TIME_WAIT</translation>
    </message>
    <message>
        <source>no listener any more, but the port is held</source>
        <translation>ya no hay listener, pero el puerto sigue retenido</translation>
    </message>
    <message>
        <source>A restarted server without SO_REUSEADDR cannot have its port back...</source>
        <translation>Un servidor reiniciado sin SO_REUSEADDR no puede recuperar su puerto...</translation>
    </message>
    <message>
        <source>...with SO_REUSEADDR it can. (Linux wants the option on both the old and</source>
        <translation>...con SO_REUSEADDR sí puede. (Linux quiere la opción tanto en el socket viejo</translation>
    </message>
    <message>
        <source>the new socket; the TIME_WAIT connection inherited it from srv.)</source>
        <translation>como en el nuevo; la conexión en TIME_WAIT la heredó de srv.)</translation>
    </message>
    <message>
        <source>A blocking accept() vs. a non-blocking one driven by poll()</source>
        <translation>Un accept() bloqueante frente a uno no bloqueante guiado por poll()</translation>
    </message>
    <message>
        <source>Blocking: accept() sleeps in the kernel until a client arrives. A program</source>
        <translation>Bloqueante: accept() duerme en el kernel hasta que llega un cliente. Un programa</translation>
    </message>
    <message>
        <source>doing only that can serve nothing else meanwhile; &apos;&amp;&apos; lets playback go on.</source>
        <translation>que solo hace eso no puede atender nada más mientras tanto; &apos;&amp;&apos; deja seguir la reproducción.</translation>
    </message>
    <message>
        <source>nobody is queued: the call blocks</source>
        <translation>no hay nadie en la cola: la llamada se bloquea</translation>
    </message>
    <message>
        <source>the kernel woke the blocked accept()</source>
        <translation>el kernel despertó al accept() bloqueado</translation>
    </message>
    <message>
        <source>Multiplexing: never sleep inside a call. In non-blocking mode a call that</source>
        <translation>Multiplexación: nunca dormir dentro de una llamada. En modo no bloqueante una llamada que</translation>
    </message>
    <message>
        <source>cannot complete fails at once with EAGAIN, and poll() (select, epoll,</source>
        <translation>no puede completarse falla enseguida con EAGAIN, y poll() (select, epoll,</translation>
    </message>
    <message>
        <source>kqueue) says which sockets are ready, so one thread can serve many.</source>
        <translation>kqueue) dice qué sockets están listos, así un solo hilo puede atender a muchos.</translation>
    </message>
    <message>
        <source>a listener is &quot;readable&quot; when a connection waits</source>
        <translation>un listener es &quot;legible&quot; cuando espera una conexión</translation>
    </message>
    <message>
        <source>now it succeeds at once</source>
        <translation>ahora funciona a la primera</translation>
    </message>
    <message>
        <source>On BSD and macOS conn2 inherits O_NONBLOCK from srv (on Linux it does not),</source>
        <translation>En BSD y macOS conn2 hereda O_NONBLOCK de srv (en Linux no),</translation>
    </message>
    <message>
        <source>so a multiplexing server polls it too before reading.</source>
        <translation>así que un servidor multiplexado también lo vigila con poll antes de leer.</translation>
    </message>
    <message>
        <source>One poll() over several sockets: each entry says which events it wants, and</source>
        <translation>Un solo poll() sobre varios sockets: cada entrada dice qué eventos quiere, y</translation>
    </message>
    <message>
        <source>revents says what the kernel found. 1 = one socket is ready.</source>
        <translation>revents dice lo que encontró el kernel. 1 = un socket está listo.</translation>
    </message>
    <message>
        <source>Writing to a closed connection: EPIPE, and SIGPIPE with write()</source>
        <translation>Escribir en una conexión cerrada: EPIPE, y SIGPIPE con write()</translation>
    </message>
    <message>
        <source>The server goes away. The client sees only the FIN: end-of-file.</source>
        <translation>El servidor se va. El cliente solo ve el FIN: fin de archivo.</translation>
    </message>
    <message>
        <source>The FIN only said &quot;no more data from me&quot;, so the client&apos;s kernel still</source>
        <translation>El FIN solo decía &quot;no hay más datos de mi parte&quot;, así que el kernel del cliente aún</translation>
    </message>
    <message>
        <source>accepts a send(). The server&apos;s kernel, with no socket to hand the data to,</source>
        <translation>acepta un send(). El kernel del servidor, sin socket al que entregar los datos,</translation>
    </message>
    <message>
        <source>answers with RST.</source>
        <translation>responde con RST.</translation>
    </message>
    <message>
        <source>the RST arrives</source>
        <translation>llega el RST</translation>
    </message>
    <message>
        <source>The next send() fails: EPIPE on Linux (ECONNRESET on some BSDs).</source>
        <translation>El siguiente send() falla: EPIPE en Linux (ECONNRESET en algunos BSD).</translation>
    </message>
    <message>
        <source>From then on every send() fails with EPIPE. By default the kernel would also</source>
        <translation>A partir de ahí cada send() falla con EPIPE. Por defecto el kernel también</translation>
    </message>
    <message>
        <source>raise SIGPIPE, whose default action kills the process; the playground sends</source>
        <translation>lanzaría SIGPIPE, cuya acción por defecto mata el proceso; el playground envía</translation>
    </message>
    <message>
        <source>with MSG_NOSIGNAL (SO_NOSIGPIPE on macOS), so the error is all that happens.</source>
        <translation>con MSG_NOSIGNAL (SO_NOSIGPIPE en macOS), así que el error es lo único que pasa.</translation>
    </message>
    <message>
        <source>The process lives on.</source>
        <translation>El proceso sigue vivo.</translation>
    </message>
    <message>
        <source>write() is the other half of the lesson: it has no flags, so nothing stops the</source>
        <translation>write() es la otra mitad de la lección: no tiene flags, así que nada detiene la</translation>
    </message>
    <message>
        <source>signal. A program with the default SIGPIPE handler dies inside this call. The</source>
        <translation>señal. Un programa con el manejador de SIGPIPE por defecto muere dentro de esta llamada. El</translation>
    </message>
    <message>
        <source>playground blocks the signal on its worker, shows &quot;SIGPIPE raised&quot; beside the</source>
        <translation>playground bloquea la señal en su hilo de trabajo, muestra &quot;SIGPIPE raised&quot; junto a la</translation>
    </message>
    <message>
        <source>call in the log, and the call returns EPIPE, as with the signal ignored.</source>
        <translation>llamada en el registro, y la llamada devuelve EPIPE, como con la señal ignorada.</translation>
    </message>
    <message>
        <source>epoll: level-triggered against edge-triggered, and EPOLLONESHOT (Linux)</source>
        <translation>epoll: por nivel frente a por flanco, y EPOLLONESHOT (Linux)</translation>
    </message>
    <message>
        <source>An epoll instance keeps an interest list (epoll_ctl) and hands back what is ready</source>
        <translation>Una instancia epoll guarda una lista de interés (epoll_ctl) y devuelve lo que está listo</translation>
    </message>
    <message>
        <source>(epoll_wait). Level-triggered entries are reported as long as they stay ready;</source>
        <translation>(epoll_wait). Las entradas por nivel se informan mientras sigan listas;</translation>
    </message>
    <message>
        <source>edge-triggered ones (EPOLLET) once per change. Each event&apos;s data is the socket&apos;s fd.</source>
        <translation>las de flanco (EPOLLET), una vez por cambio. El data de cada evento es el fd del socket.</translation>
    </message>
    <message>
        <source>lt: watched level-triggered</source>
        <translation>lt: vigilado por nivel</translation>
    </message>
    <message>
        <source>et: watched edge-triggered</source>
        <translation>et: vigilado por flanco</translation>
    </message>
    <message>
        <source>a descriptor, but no socket: its own row</source>
        <translation>un descriptor, pero no un socket: su propia fila</translation>
    </message>
    <message>
        <source>The same socket twice: the kernel says EEXIST; use EPOLL_CTL_MOD to change an entry.</source>
        <translation>El mismo socket dos veces: el kernel dice EEXIST; usa EPOLL_CTL_MOD para cambiar una entrada.</translation>
    </message>
    <message>
        <source>Nothing has arrived: a timeout of 0 only looks, and the list comes back empty.</source>
        <translation>No ha llegado nada: un timeout de 0 solo mira, y la lista vuelve vacía.</translation>
    </message>
    <message>
        <source>Both became readable: one call reports both, in the order they became ready.</source>
        <translation>Ambos se volvieron legibles: una llamada informa de los dos, en el orden en que se pusieron listos.</translation>
    </message>
    <message>
        <source>Nothing was read. Level-triggered: lt is still readable, so it is reported again.</source>
        <translation>No se leyó nada. Por nivel: lt sigue legible, así que se informa otra vez.</translation>
    </message>
    <message>
        <source>Edge-triggered: no new change on et, so it is not, although 4 bytes still wait.</source>
        <translation>Por flanco: ningún cambio nuevo en et, así que no se informa, aunque aún esperan 4 bytes.</translation>
    </message>
    <message>
        <source>New bytes are a new edge: et is reported again (with everything now waiting).</source>
        <translation>Bytes nuevos son un flanco nuevo: et se informa otra vez (con todo lo que espera ahora).</translation>
    </message>
    <message>
        <source>This is why edge-triggered code reads until EAGAIN: the next edge may never come.</source>
        <translation>Por eso el código por flanco lee hasta EAGAIN: el siguiente flanco puede no llegar nunca.</translation>
    </message>
    <message>
        <source>EPOLLONESHOT: one event, then the entry is disarmed until EPOLL_CTL_MOD re-arms it.</source>
        <translation>EPOLLONESHOT: un evento, y luego la entrada queda desarmada hasta que EPOLL_CTL_MOD la rearma.</translation>
    </message>
    <message>
        <source>DEL takes an entry off the list; a second DEL finds nothing: ENOENT.</source>
        <translation>DEL quita una entrada de la lista; un segundo DEL no encuentra nada: ENOENT.</translation>
    </message>
    <message>
        <source>A peer that closes is an event too: end of file (EPOLLIN), its half shut (EPOLLRDHUP),</source>
        <translation>Un par que cierra también es un evento: fin de archivo (EPOLLIN), su mitad cerrada (EPOLLRDHUP),</translation>
    </message>
    <message>
        <source>and, since this pair is now closed both ways, EPOLLHUP: reported even when not asked for.</source>
        <translation>y, como este par está ahora cerrado en ambos sentidos, EPOLLHUP: se informa aunque no se pida.</translation>
    </message>
    <message>
        <source>close(ep) closes the instance like any descriptor.</source>
        <translation>close(ep) cierra la instancia como cualquier descriptor.</translation>
    </message>
    <message>
        <source>Half-close: shutdown(SHUT_WR) ends one direction only</source>
        <translation>Semicierre: shutdown(SHUT_WR) termina una sola dirección</translation>
    </message>
    <message>
        <source>The client sends its whole request, then says &quot;that was all&quot;.</source>
        <translation>El cliente envía su petición entera y luego dice &quot;eso era todo&quot;.</translation>
    </message>
    <message>
        <source>the kernel sends FIN after the data</source>
        <translation>el kernel envía FIN tras los datos</translation>
    </message>
    <message>
        <source>The server reads the request, then end-of-file.</source>
        <translation>El servidor lee la petición y luego el fin de archivo.</translation>
    </message>
    <message>
        <source>&quot;until EOF&quot; repeats recv() until it returns 0: the FIN after the data.</source>
        <translation>&quot;until EOF&quot; repite recv() hasta que devuelve 0: el FIN tras los datos.</translation>
    </message>
    <message>
        <source>Only one direction is closed: the server can still answer.</source>
        <translation>Solo una dirección está cerrada: el servidor aún puede responder.</translation>
    </message>
    <message>
        <source>The client gave up its sending side for good.</source>
        <translation>El cliente renunció para siempre a su lado de envío.</translation>
    </message>
    <message>
        <source>no SIGPIPE: sent with MSG_NOSIGNAL</source>
        <translation>sin SIGPIPE: enviado con MSG_NOSIGNAL</translation>
    </message>
    <message>
        <source>The server closes its side too; now the client reads end-of-file.</source>
        <translation>El servidor cierra también su lado; ahora el cliente lee fin de archivo.</translation>
    </message>
    <message>
        <source>kqueue(): a listener and three clients on one kernel event queue (macOS/BSD only)</source>
        <translation>kqueue(): un listener y tres clientes en una cola de eventos del kernel (solo macOS/BSD)</translation>
    </message>
    <message>
        <source>kqueue() makes a queue in the kernel; kevent() registers filters on it (the changelist)</source>
        <translation>kqueue() crea una cola en el kernel; kevent() registra filtros en ella (la changelist)</translation>
    </message>
    <message>
        <source>and collects the events that fired, each with ident, filter, flags, fflags, data, udata.</source>
        <translation>y recoge los eventos que saltaron, cada uno con ident, filter, flags, fflags, data, udata.</translation>
    </message>
    <message>
        <source>Interest is registered once and stays, unlike poll() and select(), which pass every fd on</source>
        <translation>El interés se registra una vez y se queda, a diferencia de poll() y select(), que pasan cada fd en</translation>
    </message>
    <message>
        <source>every call. macOS and the BSDs have kqueue; on Linux this demo is skipped.</source>
        <translation>cada llamada. macOS y los BSD tienen kqueue; en Linux esta demo se omite.</translation>
    </message>
    <message>
        <source>the listener</source>
        <translation>el listener</translation>
    </message>
    <message>
        <source>port 0: the kernel picks a free port</source>
        <translation>puerto 0: el kernel elige un puerto libre</translation>
    </message>
    <message>
        <source>the event queue: a descriptor like any other</source>
        <translation>la cola de eventos: un descriptor como cualquier otro</translation>
    </message>
    <message>
        <source>Register EVFILT_READ on the listener. Nobody has connected: a 0 ms timeout only looks,</source>
        <translation>Registra EVFILT_READ en el listener. Nadie se ha conectado: un timeout de 0 ms solo mira,</translation>
    </message>
    <message>
        <source>and nothing comes back (Timeout).</source>
        <translation>y no vuelve nada (Timeout).</translation>
    </message>
    <message>
        <source>An empty changelist only collects. The listener&apos;s event has data 3: three connections</source>
        <translation>Una changelist vacía solo recoge. El evento del listener tiene data 3: tres conexiones</translation>
    </message>
    <message>
        <source>wait in the accept queue.</source>
        <translation>esperan en la cola de accept.</translation>
    </message>
    <message>
        <source>Watch the three connections for reading. EV_CLEAR makes a filter edge-triggered: it</source>
        <translation>Vigila las tres conexiones para lectura. EV_CLEAR hace que un filtro sea por flanco:</translation>
    </message>
    <message>
        <source>fires when new data arrives, not again for data still unread. udata (here 1, 2, 3) comes</source>
        <translation>salta cuando llegan datos nuevos, no otra vez por datos aún sin leer. udata (aquí 1, 2, 3) vuelve</translation>
    </message>
    <message>
        <source>back untouched with each event: a program keeps its own pointer or index there.</source>
        <translation>intacto con cada evento: un programa guarda ahí su propio puntero o índice.</translation>
    </message>
    <message>
        <source>Client 2 writes: one event, for a2, with data 4 (bytes waiting) and udata 2.</source>
        <translation>El cliente 2 escribe: un evento, para a2, con data 4 (bytes esperando) y udata 2.</translation>
    </message>
    <message>
        <source>Two clients write; one kevent() reports both.</source>
        <translation>Dos clientes escriben; un solo kevent() informa de ambos.</translation>
    </message>
    <message>
        <source>A change that fails comes back as an event with EV_ERROR and the errno in data: deleting</source>
        <translation>Un cambio que falla vuelve como un evento con EV_ERROR y el errno en data: borrar</translation>
    </message>
    <message>
        <source>a filter that was never added gives ENOENT. EV_RECEIPT asks for a receipt for every</source>
        <translation>un filtro que nunca se añadió da ENOENT. EV_RECEIPT pide un recibo por cada</translation>
    </message>
    <message>
        <source>change, so the call returns at once with one entry per change.</source>
        <translation>cambio, así que la llamada vuelve enseguida con una entrada por cambio.</translation>
    </message>
    <message>
        <source>Nothing left to read: with a timeout kevent() waits, then returns 0 (Timeout).</source>
        <translation>Nada más que leer: con un timeout kevent() espera y luego devuelve 0 (Timeout).</translation>
    </message>
    <message>
        <source>A client leaves: the read filter fires with EV_EOF, and read() returns 0.</source>
        <translation>Un cliente se va: el filtro de lectura salta con EV_EOF, y read() devuelve 0.</translation>
    </message>
    <message>
        <source>Closing a descriptor removes its filters from every queue; closing the queue removes all.</source>
        <translation>Cerrar un descriptor quita sus filtros de todas las colas; cerrar la cola los quita todos.</translation>
    </message>
    <message>
        <source>Lab: message boundaries, streams against datagrams</source>
        <translation>Laboratorio: límites de mensaje, flujos frente a datagramas</translation>
    </message>
    <message>
        <source>Two sends on TCP, two sendto() calls on UDP: predict what each receive returns, and the</source>
        <translation>Dos send en TCP, dos llamadas a sendto() en UDP: predice lo que devuelve cada recepción, y los</translation>
    </message>
    <message>
        <source>bytes. The window asks before each marked line and keeps your score; a headless run and</source>
        <translation>bytes. La ventana pregunta antes de cada línea marcada y lleva tu puntuación; una ejecución sin ventana y</translation>
    </message>
    <message>
        <source>the exported C program ignore the questions.</source>
        <translation>el programa C exportado ignoran las preguntas.</translation>
    </message>
    <message>
        <source>send each piece at once (no Nagle delay)</source>
        <translation>envía cada trozo enseguida (sin retardo de Nagle)</translation>
    </message>
    <message>
        <source>both segments have arrived</source>
        <translation>han llegado ambos segmentos</translation>
    </message>
    <message>
        <source>the rest of the datagram is lost</source>
        <translation>el resto del datagrama se pierde</translation>
    </message>
    <message>
        <source>nothing left of it</source>
        <translation>no queda nada de él</translation>
    </message>
    <message>
        <source>Lab: half-close, predicted one answer at a time</source>
        <translation>Laboratorio: semicierre, predicho respuesta a respuesta</translation>
    </message>
    <message>
        <source>Before each marked line runs, predict what the kernel answers: the return value, or -1 and</source>
        <translation>Antes de que se ejecute cada línea marcada, predice lo que responde el kernel: el valor devuelto, o -1 y</translation>
    </message>
    <message>
        <source>the errno, and for a receive the bytes. The window keeps your score; a headless run and the</source>
        <translation>el errno, y para una recepción los bytes. La ventana lleva tu puntuación; una ejecución sin ventana y el</translation>
    </message>
    <message>
        <source>exported C program ignore the questions.</source>
        <translation>programa C exportado ignoran las preguntas.</translation>
    </message>
    <message>
        <source>Hint: shutdown(SHUT_WR) closes one direction only. Which one?</source>
        <translation>Pista: shutdown(SHUT_WR) cierra una sola dirección. ¿Cuál?</translation>
    </message>
    <message>
        <source>the FIN: end of file</source>
        <translation>el FIN: fin de archivo</translation>
    </message>
    <message>
        <source>the other direction is still open</source>
        <translation>la otra dirección sigue abierta</translation>
    </message>
    <message>
        <source>Non-blocking connect(): EINPROGRESS, POLLOUT, then SO_ERROR</source>
        <translation>connect() no bloqueante: EINPROGRESS, POLLOUT y luego SO_ERROR</translation>
    </message>
    <message>
        <source>A non-blocking connect() sends the SYN and returns before the handshake is</source>
        <translation>Un connect() no bloqueante envía el SYN y vuelve antes de que termine el</translation>
    </message>
    <message>
        <source>over: -1 with EINPROGRESS is not a failure, it means &quot;started&quot;.</source>
        <translation>handshake: -1 con EINPROGRESS no es un fallo, significa &quot;empezado&quot;.</translation>
    </message>
    <message>
        <source>The socket turns writable when the handshake is over, whether it worked or not.</source>
        <translation>El socket se vuelve escribible cuando termina el handshake, haya funcionado o no.</translation>
    </message>
    <message>
        <source>the kernel&apos;s own revents</source>
        <translation>el propio revents del kernel</translation>
    </message>
    <message>
        <source>SO_ERROR tells which: 0 means connected.</source>
        <translation>SO_ERROR dice cuál: 0 significa conectado.</translation>
    </message>
    <message>
        <source>the connection was queued all along</source>
        <translation>la conexión estuvo en la cola todo el tiempo</translation>
    </message>
    <message>
        <source>The same against a port where nobody listens: the kernel answers the SYN</source>
        <translation>Lo mismo contra un puerto donde nadie escucha: el kernel responde al SYN</translation>
    </message>
    <message>
        <source>with RST, and the failure shows up only in SO_ERROR.</source>
        <translation>con RST, y el fallo solo aparece en SO_ERROR.</translation>
    </message>
    <message>
        <source>EINPROGRESS too: the answer comes later</source>
        <translation>EINPROGRESS también: la respuesta llega después</translation>
    </message>
    <message>
        <source>Writable again, but Linux adds POLLERR|POLLHUP to revents: the attempt is over, badly.</source>
        <translation>Escribible otra vez, pero Linux añade POLLERR|POLLHUP a revents: el intento terminó, mal.</translation>
    </message>
    <message>
        <source>ECONNREFUSED: 111 on Linux, 61 on macOS</source>
        <translation>ECONNREFUSED: 111 en Linux, 61 en macOS</translation>
    </message>
    <message>
        <source>Reading SO_ERROR clears it: ask once and keep the answer.</source>
        <translation>Leer SO_ERROR lo borra: pregunta una vez y guarda la respuesta.</translation>
    </message>
    <message>
        <source>poll(): one call serves a listener and three clients, the seeds&apos; I/O multiplexing model</source>
        <translation>poll(): una llamada atiende a un listener y tres clientes, el modelo de multiplexación de E/S de los apuntes</translation>
    </message>
    <message>
        <source>One thread, no blocking accept() or read(): poll() says which sockets are ready,</source>
        <translation>Un hilo, sin accept() ni read() bloqueantes: poll() dice qué sockets están listos,</translation>
    </message>
    <message>
        <source>and only those are served. The server side first.</source>
        <translation>y solo se atienden esos. Primero el lado del servidor.</translation>
    </message>
    <message>
        <source>Nobody has connected: poll() with timeout 0 only looks, and finds nothing ready.</source>
        <translation>Nadie se ha conectado: poll() con timeout 0 solo mira, y no encuentra nada listo.</translation>
    </message>
    <message>
        <source>Three clients connect; on loopback each handshake completes at once.</source>
        <translation>Se conectan tres clientes; en loopback cada handshake termina enseguida.</translation>
    </message>
    <message>
        <source>Connections waiting in the accept queue make the listener readable (POLLIN).</source>
        <translation>Las conexiones que esperan en la cola de accept vuelven legible al listener (POLLIN).</translation>
    </message>
    <message>
        <source>So accept() will not block: take all three.</source>
        <translation>Así que accept() no se bloqueará: toma las tres.</translation>
    </message>
    <message>
        <source>Now one pollfd array watches the listener and the three connections.</source>
        <translation>Ahora un array pollfd vigila el listener y las tres conexiones.</translation>
    </message>
    <message>
        <source>Nothing is ready: the queue is empty and nobody has written.</source>
        <translation>Nada está listo: la cola está vacía y nadie ha escrito.</translation>
    </message>
    <message>
        <source>Client 2 writes: only its connection comes back with revents.</source>
        <translation>El cliente 2 escribe: solo su conexión vuelve con revents.</translation>
    </message>
    <message>
        <source>Two clients write: one poll() reports both, and each is read without blocking.</source>
        <translation>Dos clientes escriben: un poll() informa de ambos, y cada uno se lee sin bloquear.</translation>
    </message>
    <message>
        <source>Client 3 leaves: end of file is readable too, and read() returns 0.</source>
        <translation>El cliente 3 se va: el fin de archivo también es legible, y read() devuelve 0.</translation>
    </message>
    <message>
        <source>The server closes that connection and would drop it from its array.</source>
        <translation>El servidor cierra esa conexión y la quitaría de su array.</translation>
    </message>
    <message>
        <source>read() and write(): the seeds&apos; flow, written as the course notes write it</source>
        <translation>read() y write(): el flujo de los apuntes, escrito como lo escriben los apuntes del curso</translation>
    </message>
    <message>
        <source>The server side: socket() -&gt; bind() -&gt; listen() -&gt; accept().</source>
        <translation>El lado del servidor: socket() -&gt; bind() -&gt; listen() -&gt; accept().</translation>
    </message>
    <message>
        <source>an endpoint; nothing is on the network yet</source>
        <translation>un extremo; aún no hay nada en la red</translation>
    </message>
    <message>
        <source>The client side: socket() -&gt; connect().</source>
        <translation>El lado del cliente: socket() -&gt; connect().</translation>
    </message>
    <message>
        <source>READ() &amp;&amp; WRITE(): write(fd, data, datalen) and read(fd, buffer, buflen) work on</source>
        <translation>READ() &amp;&amp; WRITE(): write(fd, data, datalen) y read(fd, buffer, buflen) sirven para</translation>
    </message>
    <message>
        <source>any descriptor; on a socket they are send() and recv() without flags.</source>
        <translation>cualquier descriptor; en un socket son send() y recv() sin flags.</translation>
    </message>
    <message>
        <source>read() returns what has arrived, up to the buffer&apos;s size; the rest waits for</source>
        <translation>read() devuelve lo que ha llegado, hasta el tamaño del búfer; el resto espera a</translation>
    </message>
    <message>
        <source>the next read(). A stream has no message boundaries.</source>
        <translation>el siguiente read(). Un flujo no tiene límites de mensaje.</translation>
    </message>
    <message>
        <source>Close: the peer&apos;s read() returns 0, end of file.</source>
        <translation>Cierre: el read() del par devuelve 0, fin de archivo.</translation>
    </message>
    <message>
        <source>SO_LINGER {1, 0}: close() resets the connection</source>
        <translation>SO_LINGER {1, 0}: close() reinicia la conexión</translation>
    </message>
    <message>
        <source>A plain close() sends FIN and the peer reads end-of-file. With linger on</source>
        <translation>Un close() normal envía FIN y el par lee fin de archivo. Con linger activado</translation>
    </message>
    <message>
        <source>and a timeout of 0, close() throws away unsent data and sends RST instead.</source>
        <translation>y un timeout de 0, close() tira los datos no enviados y envía RST en su lugar.</translation>
    </message>
    <message>
        <source>RST: no FIN, no TIME_WAIT</source>
        <translation>RST: sin FIN, sin TIME_WAIT</translation>
    </message>
    <message>
        <source>The peer&apos;s next call reports the reset, once.</source>
        <translation>La siguiente llamada del par informa del reinicio, una vez.</translation>
    </message>
    <message>
        <source>After that the connection is simply gone: end-of-file for reads...</source>
        <translation>Después la conexión simplemente ya no está: fin de archivo para las lecturas...</translation>
    </message>
    <message>
        <source>...and EPIPE for writes.</source>
        <translation>...y EPIPE para las escrituras.</translation>
    </message>
    <message>
        <source>select(): a listener and three clients in fd_sets, the oldest multiplexing call</source>
        <translation>select(): un listener y tres clientes en fd_sets, la llamada de multiplexación más antigua</translation>
    </message>
    <message>
        <source>select() takes three sets of descriptors (read, write, exceptional) and gives them</source>
        <translation>select() toma tres conjuntos de descriptores (lectura, escritura, excepcional) y los</translation>
    </message>
    <message>
        <source>back holding only the ready ones. The log shows the sets as strace does: [3 5].</source>
        <translation>devuelve con solo los listos. El registro muestra los conjuntos como strace: [3 5].</translation>
    </message>
    <message>
        <source>A timeout of 0 ms only looks: nobody has connected, the set comes back empty.</source>
        <translation>Un timeout de 0 ms solo mira: nadie se ha conectado, el conjunto vuelve vacío.</translation>
    </message>
    <message>
        <source>Connections in the accept queue make the listener readable.</source>
        <translation>Las conexiones en la cola de accept vuelven legible al listener.</translation>
    </message>
    <message>
        <source>A fresh connection has room in its send buffer: it is writable at once.</source>
        <translation>Una conexión recién hecha tiene sitio en su búfer de envío: es escribible enseguida.</translation>
    </message>
    <message>
        <source>select() counts every ready fd in every set.</source>
        <translation>select() cuenta cada fd listo en cada conjunto.</translation>
    </message>
    <message>
        <source>Client 2 writes: its connection is the only one in the read set that comes back.</source>
        <translation>El cliente 2 escribe: su conexión es la única del conjunto de lectura que vuelve.</translation>
    </message>
    <message>
        <source>Two clients write; one select() reports both.</source>
        <translation>Dos clientes escriben; un select() informa de ambos.</translation>
    </message>
    <message>
        <source>Nothing left to read: with a timeout select() waits, then returns 0 (Timeout).</source>
        <translation>Nada más que leer: con un timeout select() espera y luego devuelve 0 (Timeout).</translation>
    </message>
    <message>
        <source>A client leaves: end of file is readable, read() returns 0.</source>
        <translation>Un cliente se va: el fin de archivo es legible, read() devuelve 0.</translation>
    </message>
    <message>
        <source>sendmsg() and recvmsg(): gather, scatter, and MSG_TRUNC</source>
        <translation>sendmsg() y recvmsg(): reunir, repartir y MSG_TRUNC</translation>
    </message>
    <message>
        <source>Gather: sendmsg() sends several buffers (an iovec array) in one call, as if</source>
        <translation>Reunir: sendmsg() envía varios búferes (un array de iovec) en una llamada, como si</translation>
    </message>
    <message>
        <source>they were one. Handy for a header and a body kept in separate buffers.</source>
        <translation>fueran uno. Útil para una cabecera y un cuerpo guardados en búferes separados.</translation>
    </message>
    <message>
        <source>Scatter: recvmsg() fills its buffers in order, each one to the brim.</source>
        <translation>Repartir: recvmsg() llena sus búferes en orden, cada uno hasta el borde.</translation>
    </message>
    <message>
        <source>UDP: a datagram longer than the buffers. recvmsg() copies what fits, sets</source>
        <translation>UDP: un datagrama más largo que los búferes. recvmsg() copia lo que cabe, pone</translation>
    </message>
    <message>
        <source>MSG_TRUNC in msg_flags, and the kernel throws the rest of the datagram away.</source>
        <translation>MSG_TRUNC en msg_flags, y el kernel tira el resto del datagrama.</translation>
    </message>
    <message>
        <source>The next read gets the next datagram: &quot;89AB&quot; is gone for good.</source>
        <translation>La siguiente lectura obtiene el siguiente datagrama: &quot;89AB&quot; se perdió para siempre.</translation>
    </message>
    <message>
        <source>Streams have no message boundaries; datagrams do</source>
        <translation>Los flujos no tienen límites de mensaje; los datagramas sí</translation>
    </message>
    <message>
        <source>TCP: two send() calls...</source>
        <translation>TCP: dos llamadas a send()...</translation>
    </message>
    <message>
        <source>...are one run of bytes in the receive queue, and one recv() takes them all.</source>
        <translation>...son una sola tira de bytes en la cola de recepción, y un recv() las toma todas.</translation>
    </message>
    <message>
        <source>A protocol on TCP must mark where its messages end (newlines, lengths).</source>
        <translation>Un protocolo sobre TCP debe marcar dónde acaban sus mensajes (saltos de línea, longitudes).</translation>
    </message>
    <message>
        <source>And the other way round: one send() can need several recv() calls.</source>
        <translation>Y al revés: un send() puede necesitar varias llamadas a recv().</translation>
    </message>
    <message>
        <source>UDP: every sendto() is one datagram, and every recvfrom() returns exactly one.</source>
        <translation>UDP: cada sendto() es un datagrama, y cada recvfrom() devuelve exactamente uno.</translation>
    </message>
    <message>
        <source>TCP server and client: the seeds&apos; flow</source>
        <translation>Servidor y cliente TCP: el flujo de los apuntes</translation>
    </message>
    <message>
        <source>allow a quick restart on the same port</source>
        <translation>permite reiniciar rápido en el mismo puerto</translation>
    </message>
    <message>
        <source>a new socket for this one connection</source>
        <translation>un socket nuevo solo para esta conexión</translation>
    </message>
    <message>
        <source>read() &amp;&amp; write(), both ways.</source>
        <translation>read() &amp;&amp; write(), en ambos sentidos.</translation>
    </message>
    <message>
        <source>close(): the server reads end-of-file (0) once the client is gone.</source>
        <translation>close(): el servidor lee fin de archivo (0) en cuanto el cliente se va.</translation>
    </message>
    <message>
        <source>A port where nobody listens answers with RST.</source>
        <translation>Un puerto donde nadie escucha responde con RST.</translation>
    </message>
    <message>
        <source>UDP: sendto() and recvfrom(), no connection at all</source>
        <translation>UDP: sendto() y recvfrom(), sin ninguna conexión</translation>
    </message>
    <message>
        <source>A UDP server: socket() -&gt; bind(), and that is all. No listen(), no accept().</source>
        <translation>Un servidor UDP: socket() -&gt; bind(), y nada más. Ni listen() ni accept().</translation>
    </message>
    <message>
        <source>a datagram endpoint</source>
        <translation>un extremo de datagramas</translation>
    </message>
    <message>
        <source>Two clients. Each is bound so its address can be named below; an unbound</source>
        <translation>Dos clientes. Cada uno se liga para poder nombrar su dirección abajo; un socket</translation>
    </message>
    <message>
        <source>socket would get a port from the kernel on its first sendto().</source>
        <translation>sin ligar recibiría un puerto del kernel en su primer sendto().</translation>
    </message>
    <message>
        <source>the kernel picks a free port</source>
        <translation>el kernel elige un puerto libre</translation>
    </message>
    <message>
        <source>Every sendto() names its destination; the kernel sends one datagram per call.</source>
        <translation>Cada sendto() nombra su destino; el kernel envía un datagrama por llamada.</translation>
    </message>
    <message>
        <source>recvfrom() returns one datagram and who sent it: see the address in each line.</source>
        <translation>recvfrom() devuelve un datagrama y quién lo envió: mira la dirección en cada línea.</translation>
    </message>
    <message>
        <source>The server answers whoever wrote: the address recvfrom() reported (cli&apos;s).</source>
        <translation>El servidor responde a quien escribió: la dirección que informó recvfrom() (la de cli).</translation>
    </message>
    <message>
        <source>Nothing more is queued. A blocking recvfrom() would sleep here forever;</source>
        <translation>No hay nada más en la cola. Un recvfrom() bloqueante dormiría aquí para siempre;</translation>
    </message>
    <message>
        <source>in non-blocking mode it returns at once with EAGAIN (&quot;try again later&quot;).</source>
        <translation>en modo no bloqueante vuelve enseguida con EAGAIN (&quot;vuelve a intentarlo luego&quot;).</translation>
    </message>
    <message>
        <source>A datagram that arrives later is there for the next try.</source>
        <translation>Un datagrama que llega más tarde está ahí para el siguiente intento.</translation>
    </message>
    <message>
        <source>wait until the kernel says srv is readable</source>
        <translation>espera a que el kernel diga que srv es legible</translation>
    </message>
    <message>
        <source>UNIX-domain stream sockets: socketpair(), no network involved</source>
        <translation>Sockets de flujo del dominio UNIX: socketpair(), sin red de por medio</translation>
    </message>
    <message>
        <source>socketpair() makes two UNIX stream sockets that are already connected to each</source>
        <translation>socketpair() crea dos sockets de flujo UNIX que ya están conectados entre</translation>
    </message>
    <message>
        <source>other: no address, no listen(), no accept(). The kernel copies bytes straight</source>
        <translation>sí: sin dirección, sin listen(), sin accept(). El kernel copia los bytes directamente</translation>
    </message>
    <message>
        <source>from one socket&apos;s send call into the other&apos;s receive queue.</source>
        <translation>de la llamada de envío de un socket a la cola de recepción del otro.</translation>
    </message>
    <message>
        <source>Still a byte stream: two sends queue up as one run of bytes.</source>
        <translation>Sigue siendo un flujo de bytes: dos envíos se encolan como una sola tira de bytes.</translation>
    </message>
    <message>
        <source>unnamed: a socketpair end has no address</source>
        <translation>sin nombre: un extremo de socketpair no tiene dirección</translation>
    </message>
    <message>
        <source>Half-close works as on TCP: a&apos;s shutdown(SHUT_WR) is end-of-file for b.</source>
        <translation>El semicierre funciona como en TCP: el shutdown(SHUT_WR) de a es fin de archivo para b.</translation>
    </message>
    <message>
        <source>Unrelated processes meet at a pathname instead: bind(srv, unix:/tmp/x.sock)</source>
        <translation>Los procesos sin relación se encuentran en cambio en una ruta: bind(srv, unix:/tmp/x.sock)</translation>
    </message>
    <message>
        <source>creates that file, and close() does not remove it, so a second bind() to the</source>
        <translation>crea ese archivo, y close() no lo borra, así que un segundo bind() a la</translation>
    </message>
    <message>
        <source>same path fails with EADDRINUSE until someone calls unlink(). Servers unlink()</source>
        <translation>misma ruta falla con EADDRINUSE hasta que alguien llama a unlink(). Los servidores llaman a unlink()</translation>
    </message>
    <message>
        <source>before bind(). Try it from the Call form: bind a UNIX socket to unix:/dev/null,</source>
        <translation>antes de bind(). Pruébalo desde el formulario de llamada: liga un socket UNIX a unix:/dev/null,</translation>
    </message>
    <message>
        <source>a file that always exists. (A lab file&apos;s own relative paths land in a scratch</source>
        <translation>un archivo que siempre existe. (Las rutas relativas propias de un archivo de laboratorio van a una carpeta</translation>
    </message>
    <message>
        <source>folder made for its run and removed after it; see Safety in the README. Linux</source>
        <translation>temporal creada para su ejecución y borrada después; mira Safety en el README. Linux</translation>
    </message>
    <message>
        <source>also has abstract names, unix:@name, that vanish with the socket.)</source>
        <translation>también tiene nombres abstractos, unix:@nombre, que desaparecen con el socket.)</translation>
    </message>
</context>
<context>
    <name>spg::engine</name>
    <message>
        <source>cancel: %1 blocked call(s) on socket #%2</source>
        <translation>cancelar: %1 llamada(s) bloqueada(s) en el socket #%2</translation>
    </message>
    <message>
        <source>%1 on for socket #%2</source>
        <translation>%1 activado para el socket #%2</translation>
    </message>
    <message>
        <source>%1 off for socket #%2</source>
        <translation>%1 desactivado para el socket #%2</translation>
    </message>
    <message>
        <source>backend: %1 -&gt; %2</source>
        <translation>backend: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>capture cap: %1 bytes per socket, %2 bytes in all</source>
        <translation>límite de captura: %1 bytes por socket, %2 bytes en total</translation>
    </message>
    <message>
        <source>capture cap: %1 bytes per socket</source>
        <translation>límite de captura: %1 bytes por socket</translation>
    </message>
    <message>
        <source>backend %1: %2</source>
        <translation>backend %1: %2</translation>
    </message>
    <message>
        <source>%1 wait failed</source>
        <translation>la espera de %1 falló</translation>
    </message>
</context>
<context>
    <name>spg::escapes</name>
    <message>
        <source>a lone \ at the end: write \\ for a backslash</source>
        <translation>un \ suelto al final: escribe \\ para una barra invertida</translation>
    </message>
    <message>
        <source>\x needs two hex digits, e.g. \x0d</source>
        <translation>\x necesita dos dígitos hexadecimales, p. ej. \x0d</translation>
    </message>
    <message>
        <source>\x at column %1 needs two hex digits, e.g. \x0d</source>
        <translation>\x en la columna %1 necesita dos dígitos hexadecimales, p. ej. \x0d</translation>
    </message>
    <message>
        <source>unknown escape \%1 (known: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</source>
        <translation>secuencia de escape desconocida \%1 (conocidas: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</translation>
    </message>
    <message>
        <source>unknown escape \%1 at column %2 (known: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</source>
        <translation>secuencia de escape desconocida \%1 en la columna %2 (conocidas: \n \r \t \0 \a \e \xHH \\ \&quot; \&apos;)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit in x&quot;...&quot;</source>
        <translation>&apos;%1&apos; no es un dígito hexadecimal en x&quot;...&quot;</translation>
    </message>
    <message>
        <source>odd number of hex digits in x&quot;...&quot;</source>
        <translation>número impar de dígitos hexadecimales en x&quot;...&quot;</translation>
    </message>
    <message>
        <source>expected bytes as a string: &quot;hello\r\n&quot; or x&quot;68 65&quot;</source>
        <translation>se esperaban bytes como cadena: &quot;hello\r\n&quot; o x&quot;68 65&quot;</translation>
    </message>
</context>
<context>
    <name>spg::events</name>
    <message>
        <source>epoll instance readable: epoll_wait() would return an event now</source>
        <translation>instancia epoll legible: epoll_wait() devolvería un evento ahora</translation>
    </message>
    <message>
        <source>listening socket readable: %1 connection(s) waiting for accept()</source>
        <translation>socket en escucha legible: %1 conexión(es) esperando a accept()</translation>
    </message>
    <message>
        <source>listening socket readable: a connection is waiting for accept()</source>
        <translation>socket en escucha legible: una conexión espera a accept()</translation>
    </message>
    <message>
        <source>error pending: %1</source>
        <translation>error pendiente: %1</translation>
    </message>
    <message>
        <source>error pending (getsockopt SO_ERROR reads and clears it)</source>
        <translation>error pendiente (getsockopt SO_ERROR lo lee y lo borra)</translation>
    </message>
    <message>
        <source>hang-up: the connection is closed both ways (or never connected)</source>
        <translation>colgado: la conexión está cerrada en ambos sentidos (o nunca se conectó)</translation>
    </message>
    <message>
        <source>peer shut down its sending side: recv() will return 0 after the data</source>
        <translation>el par cerró su lado de envío: recv() devolverá 0 tras los datos</translation>
    </message>
    <message>
        <source>readable: %1 byte(s) waiting</source>
        <translation>legible: %1 byte(s) en espera</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>legible</translation>
    </message>
    <message>
        <source>writable: the connection attempt finished (check SO_ERROR)</source>
        <translation>escribible: el intento de conexión terminó (consulta SO_ERROR)</translation>
    </message>
    <message>
        <source>writable: the send buffer has room</source>
        <translation>escribible: el búfer de envío tiene sitio</translation>
    </message>
    <message>
        <source>urgent (out-of-band) data</source>
        <translation>datos urgentes (fuera de banda)</translation>
    </message>
</context>
<context>
    <name>spg::expect</name>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>%1 bytes starting %2</source>
        <translation>%1 bytes que empiezan por %2</translation>
    </message>
    <message>
        <source>expected %1, got %2 (first difference at offset %3)</source>
        <translation>se esperaba %1, se obtuvo %2 (primera diferencia en el desplazamiento %3)</translation>
    </message>
    <message>
        <source>expected %1 bytes, got %2; first difference at offset %3: expected %4, got %5</source>
        <translation>se esperaban %1 bytes, se obtuvieron %2; primera diferencia en el desplazamiento %3: se esperaba %4, se obtuvo %5</translation>
    </message>
    <message>
        <source>expected bytes containing %1, got %2</source>
        <translation>se esperaban bytes que contuvieran %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected value %1, got &quot;%2&quot;</source>
        <translation>se esperaba el valor %1, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>expected a socket to inspect, got none</source>
        <translation>se esperaba un socket que inspeccionar, no hay ninguno</translation>
    </message>
    <message>
        <source>expected accept queue %1, got %2</source>
        <translation>se esperaba una cola de accept de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected backlog %1, got %2</source>
        <translation>se esperaba un backlog de %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected state %1, got %2 / %3</source>
        <translation>se esperaba el estado %1, se obtuvo %2 / %3</translation>
    </message>
    <message>
        <source>expected peer %1, got %2</source>
        <translation>se esperaba el par %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>expected %1 (give or take %2 ms), took %3 ms</source>
        <translation>se esperaba %1 (con un margen de %2 ms), tardó %3 ms</translation>
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
        <translation>Uso: socket-playground [OPCIONES]
     socket-playground ARCHIVO.spg

Haz llamadas de socket en crudo, una a una, y mira qué hace el kernel.

  (sin opciones)         abre la ventana (la primera vez, un selector de demos)
  ARCHIVO.spg            abre la ventana con ARCHIVO en el panel Escenario, sin
                         ejecutarlo (lo que hace un doble clic en un archivo .spg)
  --demo NOMBRE          abre la ventana con una demo incluida
  --run ARCHIVO          ejecuta un escenario sin ventana: muestra cada llamada como
                         strace, sale con 0 si se cumplen todas las expectativas, 1
                         en la primera línea que falla, 2 si la entrada está mal
                         formada o la práctica se rechaza (ver Seguridad más abajo);
                         no necesita pantalla
  --demo NOMBRE --run    ejecuta una demo incluida sin ventana; una demo que este
                         sistema no puede ejecutar (kqueue-server en Linux) lo dice
                         y sale con 77
  --backend NOMBRE       el bucle de eventos: %1 (por defecto %2)
  --export-c ARCHIVO     con --run ARCHIVO o --demo NOMBRE: escribe el escenario
                         como un programa C autónomo en ARCHIVO y sale
  --export-pcap ARCHIVO  con --run ARCHIVO o --demo NOMBRE: lo ejecuta sin ventana
                         y además escribe lo que sus sockets enviaron y recibieron
                         como una captura pcapng (Wireshark, tshark); los paquetes
                         se sintetizan alrededor de los bytes reales, y el
                         comentario de cada uno nombra su llamada
  --strsize N            con --run: muestra hasta N bytes de cada carga (como
                         strace -s; por defecto %3); con --export-c: el valor por
                         defecto del programa C (cc -DSTRSIZE=N lo cambia)
  --ready-fd N           con --run: escribe también la línea de cada socket que
                         escucha (ver abajo) en el descriptor N, que sigue abierto
                         hasta que termina la ejecución
  --allow net,paths,raw  con --run: deja que el escenario use lo que estos
                         necesitan (ver abajo)
  --allow-all            con --run: los tres
  --export-view VISTA --out ARCHIVO
                         con --demo NOMBRE o --run ARCHIVO: lo ejecuta en una
                         ventana invisible (sin pantalla) y escribe VISTA como .svg
                         o .png; VISTA: sequence, states, queues, hex, log, sockets
                         o events
    --until-line N       se detiene antes de la línea N y dibuja (una cola de
                         aceptación llena, por ejemplo)
    --socket N           el socket dibujado (#N); por defecto, la historia TCP
                         más larga
    --print              un fondo blanco
  --import-strace REGISTRO --out ARCHIVO.spg
                         convierte el registro strace de un programa (strace -f -yy
                         -s 4096 -o REGISTRO -e trace=network,read,write,close,poll,
                         select,pselect6,epoll_create1,epoll_ctl,epoll_wait,
                         epoll_pwait,fcntl,ioctl PROGRAMA) en un escenario; lo que
                         no se puede reproducir pasa a ser un comentario que nombra
                         su línea (también en stderr)
  --list-demos           lista las demos incluidas
  --matrix [FAMILIA]     pasa cada llamada en cada estado de socket por el motor
                         (con --backend) y muestra lo que devolvió cada una, como
                         tablas Markdown; FAMILIA: tcp, udp, unix-stream o unix-dgram
  --version              muestra &quot;socket-playground&quot; y la versión, y sale
  --help                 este texto

Una ejecución sin ventana también informa en stderr, para scripts y registros:
  listening on 127.0.0.1:40123   cuando un listen() tiene éxito, con el puerto asignado
  lab.spg:9: FAILED: expected &quot;hello\r\n&quot;, got &quot;&quot;   la primera línea que falló
  12 calls, 5 expectations held, 0 failed   al final (luego &quot;(stopped at line 9)&quot;)

Los archivos de escenario (.spg) tienen una llamada por línea con sintaxis parecida
a C, por ejemplo:
  srv = socket(AF_INET, SOCK_STREAM, 0)
  bind(srv, 127.0.0.1:0)
  listen(srv, 2)
  cli = socket(AF_INET, SOCK_STREAM, 0)
  connect(cli, srv.local)          expect 0
La gramática completa está en README.md.

Seguridad: un archivo de escenario o una demo se revisa entero antes de ejecutar
nada. Por defecto puede usar loopback (127.0.0.0/8, ::1, localhost), sockets
AF_INET, AF_INET6 y AF_UNIX de flujo, datagramas y seqpacket, y nombres UNIX en una
carpeta temporal creada para la ejecución (unix:name, unix:./name, unix:@name), que
se borra después. Todo lo demás se lista y se rechaza (estado de salida 2) salvo
que se permita: net (otros equipos, nombres de host, 0.0.0.0, [::], difusión),
paths (rutas UNIX fuera de la carpeta temporal), raw (familias, tipos y protocolos
raw, packet, netlink o numéricos).
</translation>
    </message>
</context>
<context>
    <name>spg::import</name>
    <message>
        <source>no system call in the log; expected strace output such as socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3</source>
        <translation>no hay ninguna llamada al sistema en el registro; se esperaba salida de strace como socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3</translation>
    </message>
    <message>
        <source>this resumed call does not end as &quot;...) = RESULT&quot;</source>
        <translation>esta llamada reanudada no termina como &quot;...) = RESULT&quot;</translation>
    </message>
    <message>
        <source>expected a pid, &quot;[pid N]&quot; or a call such as socket(...)</source>
        <translation>se esperaba un pid, &quot;[pid N]&quot; o una llamada como socket(...)</translation>
    </message>
    <message>
        <source>the call does not end as &quot;...) = RESULT&quot;</source>
        <translation>la llamada no termina como &quot;...) = RESULT&quot;</translation>
    </message>
    <message>
        <source>expected a call such as socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3</source>
        <translation>se esperaba una llamada como socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3</translation>
    </message>
</context>
<context>
    <name>spg::matrix</name>
    <message>
        <source>fresh</source>
        <translation>recién creado</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>listening + pending client</source>
        <translation>escuchando + cliente pendiente</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connected + 3 bytes waiting</source>
        <translation>conectado + 3 bytes en espera</translation>
    </message>
    <message>
        <source>our SHUT_WR</source>
        <translation>nuestro SHUT_WR</translation>
    </message>
    <message>
        <source>peer SHUT_WR</source>
        <translation>SHUT_WR del par</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>el par cerró</translation>
    </message>
    <message>
        <source>after RST</source>
        <translation>tras un RST</translation>
    </message>
    <message>
        <source>peer closed, data unread</source>
        <translation>el par cerró, datos sin leer</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>bound + datagram waiting</source>
        <translation>enlazado + datagrama en espera</translation>
    </message>
    <message>
        <source>send into a full buffer</source>
        <translation>send a un búfer lleno</translation>
    </message>
    <message>
        <source>connect to a full queue</source>
        <translation>connect a una cola llena</translation>
    </message>
    <message>
        <source>close, lingering</source>
        <translation>close, con linger</translation>
    </message>
    <message>
        <source>TCP (AF_INET, SOCK_STREAM) on 127.0.0.1</source>
        <translation>TCP (AF_INET, SOCK_STREAM) en 127.0.0.1</translation>
    </message>
    <message>
        <source>UDP (AF_INET, SOCK_DGRAM) on 127.0.0.1</source>
        <translation>UDP (AF_INET, SOCK_DGRAM) en 127.0.0.1</translation>
    </message>
    <message>
        <source>UNIX stream (AF_UNIX, SOCK_STREAM)</source>
        <translation>UNIX de flujo (AF_UNIX, SOCK_STREAM)</translation>
    </message>
    <message>
        <source>UNIX datagram (AF_UNIX, SOCK_DGRAM)</source>
        <translation>UNIX de datagramas (AF_UNIX, SOCK_DGRAM)</translation>
    </message>
</context>
<context>
    <name>spg::notes</name>
    <message>
        <source>blocked until the socket is readable</source>
        <translation>bloqueada hasta que el socket se pueda leer</translation>
    </message>
    <message>
        <source>blocked until the socket is writable</source>
        <translation>bloqueada hasta que el socket se pueda escribir</translation>
    </message>
    <message>
        <source>blocked; the engine retries every 10 ms (no readiness tells when this wait ends)</source>
        <translation>bloqueada; el motor reintenta cada 10 ms (ninguna disponibilidad avisa de cuándo acaba esta espera)</translation>
    </message>
    <message>
        <source>the handshake completed</source>
        <translation>el saludo a tres vías terminó</translation>
    </message>
    <message>
        <source>the listener&apos;s backlog is full; a blocking connect waits for room</source>
        <translation>la cola (backlog) del socket que escucha está llena; un connect bloqueante espera a que haya sitio</translation>
    </message>
    <message>
        <source>new socket #%1 from %2</source>
        <translation>nuevo socket #%1 desde %2</translation>
    </message>
    <message>
        <source>auto-accept paused after %1; it resumes when a socket is closed</source>
        <translation>aceptación automática en pausa tras %1; se reanuda cuando se cierre un socket</translation>
    </message>
    <message>
        <source>SIGPIPE raised: a program with the default handler would have been killed here (the playground blocked and consumed it; send() with MSG_NOSIGNAL would not raise it)</source>
        <translation>se generó SIGPIPE: un programa con el manejador por defecto habría muerto aquí (el playground la bloqueó y la consumió; send() con MSG_NOSIGNAL no la generaría)</translation>
    </message>
    <message>
        <source>the peer is gone; SIGPIPE was suppressed (MSG_NOSIGNAL / SO_NOSIGPIPE)</source>
        <translation>el otro extremo ya no está; se suprimió SIGPIPE (MSG_NOSIGNAL / SO_NOSIGPIPE)</translation>
    </message>
    <message>
        <source>end of file: the peer shut down its sending side</source>
        <translation>fin de archivo: el otro extremo cerró su lado de envío</translation>
    </message>
    <message>
        <source>MSG_TRUNC: the datagram was longer than the buffer; the rest is lost</source>
        <translation>MSG_TRUNC: el datagrama era más largo que el búfer; el resto se pierde</translation>
    </message>
    <message>
        <source>MSG_PEEK: the bytes stay queued for the next read</source>
        <translation>MSG_PEEK: los bytes siguen en cola para la próxima lectura</translation>
    </message>
    <message>
        <source>SO_LINGER: close() waits for unsent data to be acknowledged (or the linger time to pass); the loop goes on meanwhile</source>
        <translation>SO_LINGER: close() espera a que se confirmen los datos sin enviar (o a que pase el tiempo de linger); mientras, el bucle sigue</translation>
    </message>
    <message>
        <source>an epoll instance: a descriptor, but no socket; its interest list is empty</source>
        <translation>una instancia de epoll: un descriptor, pero no un socket; su lista de interés está vacía</translation>
    </message>
    <message>
        <source>that socket was closed: the kernel was asked about a descriptor that is surely not open, and answers EBADF as for any closed fd</source>
        <translation>ese socket estaba cerrado: se preguntó al kernel por un descriptor que seguro no está abierto, y responde EBADF como con cualquier fd cerrado</translation>
    </message>
    <message>
        <source>the instance was closed: the kernel was asked about a descriptor that is surely not open, and answers EBADF as for any closed fd</source>
        <translation>la instancia estaba cerrada: se preguntó al kernel por un descriptor que seguro no está abierto, y responde EBADF como con cualquier fd cerrado</translation>
    </message>
    <message>
        <source>socket #%1 was closed; fd %2 may now belong to another socket or to the engine, so the kernel was not asked</source>
        <translation>el socket #%1 estaba cerrado; el fd %2 puede ser ahora de otro socket o del motor, así que no se preguntó al kernel</translation>
    </message>
    <message>
        <source>wildcard address: the socket is reachable from other machines</source>
        <translation>dirección comodín: se puede llegar al socket desde otras máquinas</translation>
    </message>
    <message>
        <source>non-blocking: calls that would block return EAGAIN / EINPROGRESS</source>
        <translation>no bloqueante: las llamadas que bloquearían devuelven EAGAIN / EINPROGRESS</translation>
    </message>
    <message>
        <source>blocking: calls that would block wait in the loop (cancellable)</source>
        <translation>bloqueante: las llamadas que bloquearían esperan en el bucle (se pueden cancelar)</translation>
    </message>
    <message>
        <source>O_NONBLOCK is the socket&apos;s mode as your calls see it; the engine&apos;s own fd is always non-blocking so its loop never sleeps in a call</source>
        <translation>O_NONBLOCK es el modo del socket tal como lo ven tus llamadas; el fd propio del motor es siempre no bloqueante para que su bucle nunca duerma en una llamada</translation>
    </message>
    <message>
        <source>a kqueue: a descriptor, but no socket; nothing is registered yet</source>
        <translation>un kqueue: un descriptor, pero no un socket; aún no hay nada registrado</translation>
    </message>
    <message>
        <source>the changelist went to the kernel with the first ask; the events are those of the last</source>
        <translation>la changelist llegó al kernel con la primera consulta; los eventos son los de la última</translation>
    </message>
    <message>
        <source>end of file: the peer shut down its sending side; auto-receive stops</source>
        <translation>fin de archivo: el otro extremo cerró su lado de envío; la recepción automática se detiene</translation>
    </message>
    <message>
        <source>auto-receive stopped: %1</source>
        <translation>recepción automática detenida: %1</translation>
    </message>
    <message>
        <source>%1 recv() calls in one loop iteration, %2 bytes in all; each returned %3</source>
        <translation>%1 llamadas recv() en una vuelta del bucle, %2 bytes en total; cada una devolvió %3</translation>
    </message>
    <message>
        <source>echo stopped; %1 byte(s) were not echoed</source>
        <translation>eco detenido; %1 byte(s) no se devolvieron</translation>
    </message>
    <message>
        <source>echo: the peer sent end of file, and everything was echoed</source>
        <translation>eco: el otro extremo envió fin de archivo y todo se devolvió</translation>
    </message>
    <message>
        <source>blocked until a socket it watches is ready</source>
        <translation>bloqueada hasta que un socket vigilado esté listo</translation>
    </message>
    <message>
        <source>blocked until a socket it watches is ready or the timeout ends</source>
        <translation>bloqueada hasta que un socket vigilado esté listo o se acabe el tiempo límite</translation>
    </message>
    <message>
        <source>a socket of the set was closed: the kernel was asked about a descriptor that is surely not open, and answers POLLNVAL as for any closed fd</source>
        <translation>un socket del conjunto estaba cerrado: se preguntó al kernel por un descriptor que seguro no está abierto, y responde POLLNVAL como con cualquier fd cerrado</translation>
    </message>
    <message>
        <source>using poll instead</source>
        <translation>se usa poll en su lugar</translation>
    </message>
    <message>
        <source>the loop goes on; this is reported, not fatal</source>
        <translation>el bucle sigue; se informa, no es fatal</translation>
    </message>
    <message>
        <source>select() cannot watch fd %1 (FD_SETSIZE %2)</source>
        <translation>select() no puede vigilar el fd %1 (FD_SETSIZE %2)</translation>
    </message>
    <message>
        <source>%1 cannot watch fd %2: %3</source>
        <translation>%1 no puede vigilar el fd %2: %3</translation>
    </message>
    <message>
        <source>select() cannot watch fd %1 (FD_SETSIZE %2): a real program&apos;s FD_SET would write past the fd_set and corrupt its memory; the playground refuses with EINVAL instead and never calls the kernel</source>
        <translation>select() no puede vigilar el fd %1 (FD_SETSIZE %2): el FD_SET de un programa real escribiría más allá del fd_set y corrompería su memoria; el playground lo rechaza con EINVAL y nunca llama al kernel</translation>
    </message>
    <message>
        <source>a socket of the sets was closed: the kernel was asked about a descriptor that is surely not open, and answers EBADF as for any closed fd</source>
        <translation>un socket de los conjuntos estaba cerrado: se preguntó al kernel por un descriptor que seguro no está abierto, y responde EBADF como con cualquier fd cerrado</translation>
    </message>
    <message>
        <source>cannot resolve &quot;%1&quot;: %2</source>
        <translation>no se puede resolver «%1»: %2</translation>
    </message>
    <message>
        <source>the playground removed unix:%1, the file this socket&apos;s bind() made, as a careful server would unlink() it</source>
        <translation>el playground borró unix:%1, el archivo que creó el bind() de este socket, como haría con unlink() un servidor cuidadoso</translation>
    </message>
    <message>
        <source>buffer of %1 bytes is larger than the playground&apos;s limit of 64 MiB</source>
        <translation>un búfer de %1 bytes supera el límite del playground de 64 MiB</translation>
    </message>
    <message>
        <source>timed out (SO_RCVTIMEO / SO_SNDTIMEO)</source>
        <translation>tiempo agotado (SO_RCVTIMEO / SO_SNDTIMEO)</translation>
    </message>
    <message>
        <source>cancelled: the engine shut down (a real program interrupted by a signal after moving some bytes gets their count)</source>
        <translation>cancelada: el motor se detuvo (un programa real interrumpido por una señal después de mover algunos bytes recibe su cantidad)</translation>
    </message>
    <message>
        <source>cancelled: its socket was closed (a real program interrupted by a signal after moving some bytes gets their count)</source>
        <translation>cancelada: su socket se cerró (un programa real interrumpido por una señal después de mover algunos bytes recibe su cantidad)</translation>
    </message>
    <message>
        <source>cancelled: by the user (a real program interrupted by a signal after moving some bytes gets their count)</source>
        <translation>cancelada por el usuario (un programa real interrumpido por una señal después de mover algunos bytes recibe su cantidad)</translation>
    </message>
    <message>
        <source>cancelled: the engine shut down (a real program sees EINTR when a signal interrupts a blocking call)</source>
        <translation>cancelada: el motor se detuvo (un programa real ve EINTR cuando una señal interrumpe una llamada bloqueante)</translation>
    </message>
    <message>
        <source>cancelled: its socket was closed (a real program sees EINTR when a signal interrupts a blocking call)</source>
        <translation>cancelada: su socket se cerró (un programa real ve EINTR cuando una señal interrumpe una llamada bloqueante)</translation>
    </message>
    <message>
        <source>cancelled: by the user (a real program sees EINTR when a signal interrupts a blocking call)</source>
        <translation>cancelada por el usuario (un programa real ve EINTR cuando una señal interrumpe una llamada bloqueante)</translation>
    </message>
    <message>
        <source>%1: the loop can never see this socket ready, so the call ends now instead of waiting for ever (a real program&apos;s FD_SET would write past its fd_set; --backend poll or epoll watch any fd)</source>
        <translation>%1: el bucle nunca podrá ver listo este socket, así que la llamada termina ahora en vez de esperar para siempre (el FD_SET de un programa real escribiría más allá de su fd_set; --backend poll o epoll vigilan cualquier fd)</translation>
    </message>
    <message>
        <source>this build has no kqueue seam (&lt;sys/event.h&gt; was not found)</source>
        <translation>esta compilación no tiene la costura de kqueue (no se encontró &lt;sys/event.h&gt;)</translation>
    </message>
    <message>
        <source>socket #%1 is an epoll instance: there is nothing to accept or receive</source>
        <translation>el socket #%1 es una instancia de epoll: no hay nada que aceptar ni recibir</translation>
    </message>
    <message>
        <source>socket #%1 is a kqueue: there is nothing to accept or receive</source>
        <translation>el socket #%1 es un kqueue: no hay nada que aceptar ni recibir</translation>
    </message>
    <message>
        <source>cancelled: by the user (a real program sees EINTR when a signal interrupts %1)</source>
        <translation>cancelada por el usuario (un programa real ve EINTR cuando una señal interrumpe %1)</translation>
    </message>
    <message>
        <source>there is no socket #%1</source>
        <translation>no existe el socket #%1</translation>
    </message>
    <message>
        <source>%1; the playground refuses the call, so the kernel was not asked and there is no return value or errno to show</source>
        <translation>%1; el playground rechaza la llamada, así que no se preguntó al kernel y no hay valor de retorno ni errno que mostrar</translation>
    </message>
    <message>
        <source>%1 is not available on this system</source>
        <translation>%1 no está disponible en este sistema</translation>
    </message>
</context>
<context>
    <name>spg::policy</name>
    <message>
        <source>every interface</source>
        <translation>todas las interfaces</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>difusión (broadcast)</translation>
    </message>
    <message>
        <source>a multicast group</source>
        <translation>un grupo multicast</translation>
    </message>
    <message>
        <source>another host</source>
        <translation>otro host</translation>
    </message>
    <message>
        <source>%1, as an IPv4-mapped address</source>
        <translation>%1, como dirección IPv4 mapeada</translation>
    </message>
    <message>
        <source>an abstract name outside this run</source>
        <translation>un nombre abstracto fuera de esta ejecución</translation>
    </message>
    <message>
        <source>&apos;..&apos; leaves the scratch folder</source>
        <translation>&apos;..&apos; sale de la carpeta temporal</translation>
    </message>
    <message>
        <source>outside the scratch folder</source>
        <translation>fuera de la carpeta temporal</translation>
    </message>
    <message>
        <source>an existing socket</source>
        <translation>un socket existente</translation>
    </message>
    <message>
        <source>an existing file, outside the scratch folder</source>
        <translation>un archivo existente, fuera de la carpeta temporal</translation>
    </message>
    <message>
        <source>open %1(%2, %3, %4) (%5)</source>
        <translation>abrir %1(%2, %3, %4) (%5)</translation>
    </message>
    <message>
        <source>setsockopt(%1, %2, %3) (an option the playground does not know by name: a number can reach past the lab, as SO_BINDTODEVICE sends through a real interface)</source>
        <translation>setsockopt(%1, %2, %3) (una opción que el playground no conoce por su nombre: un número puede llegar más allá de la práctica, como SO_BINDTODEVICE, que envía por una interfaz real)</translation>
    </message>
    <message>
        <source>connect to %1 (%2)</source>
        <translation>conectar con %1 (%2)</translation>
    </message>
    <message>
        <source>send to %1 (%2)</source>
        <translation>enviar a %1 (%2)</translation>
    </message>
    <message>
        <source>bind %1 (%2)</source>
        <translation>enlazar (bind) %1 (%2)</translation>
    </message>
    <message>
        <source>open %1 %2 (%3)</source>
        <translation>abrir %1 %2 (%3)</translation>
    </message>
    <message>
        <source>a host name: it may name any host</source>
        <translation>un nombre de host: puede nombrar cualquier host</translation>
    </message>
    <message>
        <source>an unknown address family</source>
        <translation>una familia de direcciones desconocida</translation>
    </message>
    <message>
        <source>a family outside AF_INET, AF_INET6 and AF_UNIX</source>
        <translation>una familia fuera de AF_INET, AF_INET6 y AF_UNIX</translation>
    </message>
    <message>
        <source>a raw socket</source>
        <translation>un socket raw</translation>
    </message>
    <message>
        <source>a type outside SOCK_STREAM, SOCK_DGRAM and SOCK_SEQPACKET</source>
        <translation>un tipo fuera de SOCK_STREAM, SOCK_DGRAM y SOCK_SEQPACKET</translation>
    </message>
    <message>
        <source>protocol %1, not TCP, UDP or SCTP</source>
        <translation>protocolo %1, no TCP, UDP ni SCTP</translation>
    </message>
</context>
<context>
    <name>spg::scenario</name>
    <message>
        <source>expected %1 argument(s): %2</source>
        <translation>se esperaban %1 argumento(s): %2</translation>
    </message>
    <message>
        <source>expected a socket name, got &quot;%1&quot;</source>
        <translation>se esperaba el nombre de un socket, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot;: create it first, e.g. %1 = socket(AF_INET, SOCK_STREAM, 0)</source>
        <translation>socket desconocido &quot;%1&quot;: créalo primero, p. ej. %1 = socket(AF_INET, SOCK_STREAM, 0)</translation>
    </message>
    <message>
        <source>unknown call &quot;%1&quot;; expected a socket call such as socket, bind, listen, accept, connect, send, recv, read, write, close, poll</source>
        <translation>llamada desconocida &quot;%1&quot;; se esperaba una llamada de sockets como socket, bind, listen, accept, connect, send, recv, read, write, close, poll</translation>
    </message>
    <message>
        <source>expected %1 or %2 argument(s): %3</source>
        <translation>se esperaban %1 o %2 argumento(s): %3</translation>
    </message>
    <message>
        <source>expected a name (or two for socketpair) before &apos;=&apos;</source>
        <translation>se esperaba un nombre (o dos, para socketpair) antes de &apos;=&apos;</translation>
    </message>
    <message>
        <source>expected a call such as socket(AF_INET, SOCK_STREAM, 0)</source>
        <translation>se esperaba una llamada como socket(AF_INET, SOCK_STREAM, 0)</translation>
    </message>
    <message>
        <source>expected a call name before &apos;(&apos;</source>
        <translation>se esperaba el nombre de una llamada antes de &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the call</source>
        <translation>se esperaba &apos;)&apos; para cerrar la llamada</translation>
    </message>
    <message>
        <source>expected a timeout in milliseconds (-1 for ever), got &quot;%1&quot;</source>
        <translation>se esperaba un tiempo límite en milisegundos (-1 para siempre), llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected milliseconds (at most 60000), got &quot;%1&quot;</source>
        <translation>se esperaban milisegundos (como mucho 60000), llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a domain: AF_INET, AF_INET6 or AF_UNIX, got &quot;%1&quot;</source>
        <translation>se esperaba un dominio: AF_INET, AF_INET6 o AF_UNIX, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a type: SOCK_STREAM, SOCK_DGRAM or SOCK_SEQPACKET, got &quot;%1&quot;</source>
        <translation>se esperaba un tipo: SOCK_STREAM, SOCK_DGRAM o SOCK_SEQPACKET, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a protocol: 0, IPPROTO_TCP or IPPROTO_UDP, got &quot;%1&quot;</source>
        <translation>se esperaba un protocolo: 0, IPPROTO_TCP o IPPROTO_UDP, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a backlog number, got &quot;%1&quot;</source>
        <translation>se esperaba un número de backlog, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected flags: 0 or MSG_... joined with |, got &quot;%1&quot;</source>
        <translation>se esperaban flags: 0 o MSG_... unidos con |, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected flags: 0 or SOCK_NONBLOCK|SOCK_CLOEXEC, got &quot;%1&quot;</source>
        <translation>se esperaban flags: 0 o SOCK_NONBLOCK|SOCK_CLOEXEC, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a buffer size, got &quot;%1&quot;</source>
        <translation>se esperaba un tamaño de búfer, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected SHUT_RD, SHUT_WR or SHUT_RDWR, got &quot;%1&quot;</source>
        <translation>se esperaba SHUT_RD, SHUT_WR o SHUT_RDWR, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected O_NONBLOCK or 0, got &quot;%1&quot;</source>
        <translation>se esperaba O_NONBLOCK o 0, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot; in %2</source>
        <translation>socket desconocido &quot;%1&quot; en %2</translation>
    </message>
    <message>
        <source>file(...) payloads work in send(), sendto() and write()</source>
        <translation>los datos file(...) solo valen en send(), sendto() y write()</translation>
    </message>
    <message>
        <source>expected POLLIN, POLLOUT, POLLPRI, ... joined with |, got &quot;%1&quot;</source>
        <translation>se esperaba POLLIN, POLLOUT, POLLPRI, ... unidos con |, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>se esperaba %1</translation>
    </message>
    <message>
        <source>expected a list of entries: [a POLLIN, b POLLOUT]</source>
        <translation>se esperaba una lista de entradas: [a POLLIN, b POLLOUT]</translation>
    </message>
    <message>
        <source>expected a socket and its events: a POLLIN</source>
        <translation>se esperaba un socket y sus eventos: a POLLIN</translation>
    </message>
    <message>
        <source>expected poll([a POLLIN, ...], TIMEOUT): a timeout in milliseconds, -1 for ever</source>
        <translation>se esperaba poll([a POLLIN, ...], TIMEOUT): un tiempo límite en milisegundos, -1 para siempre</translation>
    </message>
    <message>
        <source>a timeout is -1 (for ever) or 0 to 3600000 milliseconds</source>
        <translation>un tiempo límite es -1 (para siempre) o de 0 a 3600000 milisegundos</translation>
    </message>
    <message>
        <source>sleep takes 0 to 60000 milliseconds</source>
        <translation>sleep admite de 0 a 60000 milisegundos</translation>
    </message>
    <message>
        <source>socketpair makes two sockets: write a, b = socketpair(...)</source>
        <translation>socketpair crea dos sockets: escribe a, b = socketpair(...)</translation>
    </message>
    <message>
        <source>expected a list of byte strings: [&quot;ab&quot;, &quot;cd&quot;]</source>
        <translation>se esperaba una lista de cadenas de bytes: [&quot;ab&quot;, &quot;cd&quot;]</translation>
    </message>
    <message>
        <source>buffer size must be 0 to 67108864 (64 MiB)</source>
        <translation>el tamaño del búfer debe ir de 0 a 67108864 (64 MiB)</translation>
    </message>
    <message>
        <source>expected F_SETFL or F_GETFL</source>
        <translation>se esperaba F_SETFL o F_GETFL</translation>
    </message>
    <message>
        <source>expected F_GETFL</source>
        <translation>se esperaba F_GETFL</translation>
    </message>
    <message>
        <source>expected FIONREAD</source>
        <translation>se esperaba FIONREAD</translation>
    </message>
    <message>
        <source>this argument is not supported in scenarios</source>
        <translation>este argumento no se admite en los escenarios</translation>
    </message>
    <message>
        <source>expected a list of sockets: [a, b] or []</source>
        <translation>se esperaba una lista de sockets: [a, b] o []</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in this set</source>
        <translation>&quot;%1&quot; ya está en este conjunto</translation>
    </message>
    <message>
        <source>expected a list of buffer sizes: [4, 4]</source>
        <translation>se esperaba una lista de tamaños de búfer: [4, 4]</translation>
    </message>
    <message>
        <source>expected a buffer size of 0 to 67108864 (64 MiB) as element %1, got &quot;%2&quot;</source>
        <translation>se esperaba un tamaño de búfer de 0 a 67108864 (64 MiB) como elemento %1, llegó &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the buffers add up to more than 67108864 bytes (64 MiB) at element %1</source>
        <translation>los búferes suman más de 67108864 bytes (64 MiB) en el elemento %1</translation>
    </message>
    <message>
        <source>expected EOF after &apos;until&apos;</source>
        <translation>se esperaba EOF después de &apos;until&apos;</translation>
    </message>
    <message>
        <source>only recv() and read() can repeat until EOF</source>
        <translation>solo recv() y read() pueden repetirse hasta EOF</translation>
    </message>
    <message>
        <source>a lab asks about a call it waits for: drop the &apos;&amp;&apos; or the &apos;ask&apos;</source>
        <translation>una práctica pregunta por una llamada que espera: quita el &apos;&amp;&apos; o el &apos;ask&apos;</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the call; expected &apos;until EOF&apos;, &apos;&amp;&apos;, &apos;ask&apos; or expect ...</source>
        <translation>&quot;%1&quot; inesperado después de la llamada; se esperaba &apos;until EOF&apos;, &apos;&amp;&apos;, &apos;ask&apos; o expect ...</translation>
    </message>
    <message>
        <source>only socket(), socketpair(), accept(), accept4() and epoll_create1() return a descriptor to name; name a background call as r = recv(sock, 64, 0) &amp;</source>
        <translation>solo socket(), socketpair(), accept(), accept4() y epoll_create1() devuelven un descriptor al que dar nombre; nombra una llamada en segundo plano así: r = recv(sock, 64, 0) &amp;</translation>
    </message>
    <message>
        <source>the file is %1 bytes; scenarios are limited to 1 MiB</source>
        <translation>el archivo tiene %1 bytes; los escenarios no pueden pasar de 1 MiB</translation>
    </message>
    <message>
        <source>a wait lasts at most 3600s</source>
        <translation>una espera dura como mucho 3600s</translation>
    </message>
    <message>
        <source>expected wait [NAME] [TIMEOUT such as 30s or 500ms], got &quot;%1&quot;</source>
        <translation>se esperaba wait [NOMBRE] [TIEMPO como 30s o 500ms], llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no background call named &quot;%1&quot;; name one with %1 = accept(sock) &amp; (a timeout is written 30s or 500ms)</source>
        <translation>no hay ninguna llamada en segundo plano llamada &quot;%1&quot;; nómbrala con %1 = accept(sock) &amp; (un tiempo límite se escribe 30s o 500ms)</translation>
    </message>
    <message>
        <source>only socket calls can run in the background</source>
        <translation>solo las llamadas de socket pueden ir en segundo plano</translation>
    </message>
    <message>
        <source>only a socket call returns something to expect</source>
        <translation>solo una llamada de socket devuelve algo que esperar con expect</translation>
    </message>
    <message>
        <source>an automation line turns the playground&apos;s own helper on; it returns nothing to expect</source>
        <translation>una línea de automatización activa un ayudante del propio playground; no devuelve nada que comprobar con expect</translation>
    </message>
    <message>
        <source>an automation line never blocks: drop the &apos;&amp;&apos;</source>
        <translation>una línea de automatización nunca bloquea: quita el &apos;&amp;&apos;</translation>
    </message>
    <message>
        <source>%1() cannot run in the background; give it a timeout instead: %2</source>
        <translation>%1() no puede ir en segundo plano; dale un tiempo límite: %2</translation>
    </message>
    <message>
        <source>expected flags: 0, EPOLL_CLOEXEC or a number (EPOLL_CLOEXEC|0x10), got &quot;%1&quot;</source>
        <translation>se esperaban flags: 0, EPOLL_CLOEXEC o un número (EPOLL_CLOEXEC|0x10), se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected EPOLL_CTL_ADD, EPOLL_CTL_MOD or EPOLL_CTL_DEL, got &quot;%1&quot;</source>
        <translation>se esperaba EPOLL_CTL_ADD, EPOLL_CTL_MOD o EPOLL_CTL_DEL, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLPRI, EPOLLET, EPOLLONESHOT ... joined with | (or a number), got &quot;%1&quot;</source>
        <translation>se esperaban EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLPRI, EPOLLET, EPOLLONESHOT ... unidos con | (o un número), se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected maxevents, a number up to 1024, got &quot;%1&quot;</source>
        <translation>se esperaba maxevents, un número de hasta 1024, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this argument is not epoll&apos;s</source>
        <translation>este argumento no es de epoll</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot; as the ident</source>
        <translation>socket desconocido &quot;%1&quot; como ident</translation>
    </message>
    <message>
        <source>expected a socket name or a number as the ident, got &quot;%1&quot;</source>
        <translation>se esperaba un nombre de socket o un número como ident, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a filter: EVFILT_READ, EVFILT_WRITE, EVFILT_TIMER, EVFILT_USER, ... or a number</source>
        <translation>se esperaba un filtro: EVFILT_READ, EVFILT_WRITE, EVFILT_TIMER, EVFILT_USER, ... o un número</translation>
    </message>
    <message>
        <source>expected flags: EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE, EV_ONESHOT, EV_CLEAR, EV_RECEIPT, ... joined with |, or 0</source>
        <translation>se esperaban flags: EV_ADD, EV_DELETE, EV_ENABLE, EV_DISABLE, EV_ONESHOT, EV_CLEAR, EV_RECEIPT, ... unidos con |, o 0</translation>
    </message>
    <message>
        <source>expected %1: a number</source>
        <translation>se esperaba %1: un número</translation>
    </message>
    <message>
        <source>expected a changelist: [%1] or []</source>
        <translation>se esperaba una changelist: [%1] o []</translation>
    </message>
    <message>
        <source>expected 0, KEVENT_FLAG_IMMEDIATE or a number</source>
        <translation>se esperaba 0, KEVENT_FLAG_IMMEDIATE o un número</translation>
    </message>
    <message>
        <source>nevents is 0 to %1, got &quot;%2&quot;</source>
        <translation>nevents va de 0 a %1, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;) needs the scenario to be saved in a folder first</source>
        <translation>file(&quot;%1&quot;) necesita que el escenario se guarde antes en una carpeta</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): expected a path inside the scenario&apos;s folder, without a leading / or ..</source>
        <translation>file(&quot;%1&quot;): se esperaba una ruta dentro de la carpeta del escenario, sin / inicial ni ..</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): cannot open %2: %3</source>
        <translation>file(&quot;%1&quot;): no se puede abrir %2: %3</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;) leads outside the scenario&apos;s folder (to %2)</source>
        <translation>file(&quot;%1&quot;) lleva fuera de la carpeta del escenario (a %2)</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): %2 is not a regular file</source>
        <translation>file(&quot;%1&quot;): %2 no es un archivo regular</translation>
    </message>
    <message>
        <source>file(&quot;%1&quot;): %2 is %3 bytes; a payload file is limited to 1 MiB</source>
        <translation>file(&quot;%1&quot;): %2 tiene %3 bytes; un archivo de carga útil está limitado a 1 MiB</translation>
    </message>
    <message>
        <source>expected a socket and its events: srv EPOLLIN, got &quot;%1&quot;</source>
        <translation>se esperaba un socket y sus eventos: srv EPOLLIN, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown socket &quot;%1&quot;</source>
        <translation>socket desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected EPOLL* names joined with |, or a number, got &quot;%1&quot;</source>
        <translation>se esperaban nombres EPOLL* unidos con |, o un número, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written twice</source>
        <translation>&quot;%1&quot; está escrito dos veces</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only send and receive calls carry bytes to check</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo las llamadas de envío y recepción llevan bytes que comprobar</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only getsockopt, getsockname, getpeername, fcntl F_GETFL and ioctl report a value</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo getsockopt, getsockname, getpeername, fcntl F_GETFL e ioctl informan de un valor</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only poll() returns revents</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo poll() devuelve revents</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only select() returns fd_sets</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo select() devuelve fd_sets</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only epoll_wait() returns an event list</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo epoll_wait() devuelve una lista de eventos</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only kevent() and kevent64() return a kevent list</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo kevent() y kevent64() devuelven una lista de kevents</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only recvmsg() returns msg_flags</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo recvmsg() devuelve msg_flags</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): only recvfrom, recvmsg, accept and accept4 report the peer&apos;s address</source>
        <translation>expect %1 no se puede comprobar después de %2(): solo recvfrom, recvmsg, accept y accept4 informan de la dirección del par</translation>
    </message>
    <message>
        <source>expect %1 cannot be checked after %2(): this call names no socket to inspect</source>
        <translation>expect %1 no se puede comprobar después de %2(): esta llamada no nombra ningún socket que inspeccionar</translation>
    </message>
    <message>
        <source>expected %1 names joined with |, or a number, got &quot;%2&quot;</source>
        <translation>se esperaban nombres %1 unidos con |, o un número, se obtuvo &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an entry of this poll()</source>
        <translation>&quot;%1&quot; no es una entrada de este poll()</translation>
    </message>
    <message>
        <source>expected the sockets the set came back with, in brackets: in [a b], in []</source>
        <translation>se esperaban, entre corchetes, los sockets con los que volvió el conjunto: in [a b], in []</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in this select()&apos;s %2</source>
        <translation>&quot;%1&quot; no está en el %2 de este select()</translation>
    </message>
    <message>
        <source>a text value can only be compared with == or !=; got &quot;%1&quot;</source>
        <translation>un valor de texto solo se compara con == o !=; se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a value after &apos;value&apos;</source>
        <translation>se esperaba un valor después de &apos;value&apos;</translation>
    </message>
    <message>
        <source>expected an address pattern (127.0.0.1:*) or srv.local</source>
        <translation>se esperaba un patrón de dirección (127.0.0.1:*) o srv.local</translation>
    </message>
    <message>
        <source>expected a window such as 100..300ms or 1..2s, got &quot;%1&quot;</source>
        <translation>se esperaba un intervalo como 100..300ms o 1..2s, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a window FROM..TO with 0 &lt;= FROM &lt;= TO, got &quot;%1&quot;</source>
        <translation>se esperaba un intervalo FROM..TO con 0 &lt;= FROM &lt;= TO, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown errno name &quot;%1&quot;</source>
        <translation>nombre de errno desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected what to expect: a number, an errno name, &quot;bytes&quot;, prefix, contains, matches, length, value, state, queue, backlog, revents, flags, peer, within, events or kevents</source>
        <translation>se esperaba qué comprobar: un número, un nombre de errno, &quot;bytes&quot;, prefix, contains, matches, length, value, state, queue, backlog, revents, flags, peer, within, events o kevents</translation>
    </message>
    <message>
        <source>expected a quoted regular expression: matches &quot;HTTP/1\.[01] 200&quot;</source>
        <translation>se esperaba una expresión regular entre comillas: matches &quot;HTTP/1\.[01] 200&quot;</translation>
    </message>
    <message>
        <source>expected the regular expression to end with a quote</source>
        <translation>se esperaba que la expresión regular terminara con comillas</translation>
    </message>
    <message>
        <source>a repetition count in a regular expression is at most %1 (POSIX RE_DUP_MAX): %2</source>
        <translation>un número de repeticiones en una expresión regular es como mucho %1 (POSIX RE_DUP_MAX): %2</translation>
    </message>
    <message>
        <source>a back-reference (\1 to \9) is not part of POSIX extended regular expressions, and matching one can take minutes: %1</source>
        <translation>una referencia hacia atrás (\1 a \9) no forma parte de las expresiones regulares extendidas POSIX, y buscarla puede tardar minutos: %1</translation>
    </message>
    <message>
        <source>a regular expression whose repetitions multiply to more than %1 copies is refused (nested or stacked repetitions; POSIX leaves a repetition of a repetition undefined): %2</source>
        <translation>se rechaza una expresión regular cuyas repeticiones se multiplican a más de %1 copias (repeticiones anidadas o apiladas; POSIX deja indefinida la repetición de una repetición): %2</translation>
    </message>
    <message>
        <source>not a valid regular expression (POSIX extended): %1</source>
        <translation>no es una expresión regular válida (POSIX extendida): %1</translation>
    </message>
    <message>
        <source>expected a byte count after the comparison, got &quot;%1&quot;</source>
        <translation>se esperaba un número de bytes después de la comparación, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a state name after &apos;state&apos;</source>
        <translation>se esperaba un nombre de estado después de &apos;state&apos;</translation>
    </message>
    <message>
        <source>expected a queue length after the comparison, got &quot;%1&quot;</source>
        <translation>se esperaba una longitud de cola después de la comparación, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a backlog limit after the comparison, got &quot;%1&quot;</source>
        <translation>se esperaba un límite de backlog después de la comparación, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number, an errno name (ECONNREFUSED) or &quot;bytes&quot; after the comparison, got &quot;%1&quot;</source>
        <translation>se esperaba un número, un nombre de errno (ECONNREFUSED) o &quot;bytes&quot; después de la comparación, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an ident and a filter: srv EVFILT_READ, got &quot;%1&quot;</source>
        <translation>se esperaba un ident y un filtro: srv EVFILT_READ, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a socket&apos;s name or a number, got &quot;%1&quot;</source>
        <translation>se esperaba el nombre de un socket o un número, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a filter (EVFILT_READ, EVFILT_WRITE, ...), got &quot;%1&quot;</source>
        <translation>se esperaba un filtro (EVFILT_READ, EVFILT_WRITE, ...), se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected flags (EV_EOF, EV_ERROR|EV_CLEAR, ...) or data, got &quot;%1&quot;</source>
        <translation>se esperaban flags (EV_EOF, EV_ERROR|EV_CLEAR, ...) o data, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected data and a number (data 2, data &gt;= 1), got &quot;%1&quot;</source>
        <translation>se esperaba data y un número (data 2, data &gt;= 1), se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected a number after data, got &quot;%1&quot;</source>
        <translation>se esperaba un número después de data, se obtuvo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>socket &quot;%1&quot; does not exist: the call that should have created it failed</source>
        <translation>el socket &quot;%1&quot; no existe: falló la llamada que debía crearlo</translation>
    </message>
    <message>
        <source>%1 is not known: %2 has no peer address yet</source>
        <translation>%1 no se conoce: %2 aún no tiene dirección del par</translation>
    </message>
    <message>
        <source>%1 is not known: %2 has no local address yet</source>
        <translation>%1 no se conoce: %2 aún no tiene dirección local</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>no se ejecutó: %1</translation>
    </message>
    <message>
        <source>the call could not be made: %1</source>
        <translation>no se pudo hacer la llamada: %1</translation>
    </message>
    <message>
        <source>unix:%1: &quot;%2&quot; in the scratch folder is a symbolic link; a lab may not follow links out of its folder</source>
        <translation>unix:%1: &quot;%2&quot; en la carpeta temporal es un enlace simbólico; una práctica no puede seguir enlaces fuera de su carpeta</translation>
    </message>
    <message>
        <source>expected the events that came back, in brackets: %1 [%2], %1 [], or %1 has %2</source>
        <translation>se esperaban, entre corchetes, los eventos devueltos: %1 [%2], %1 [], o %1 has %2</translation>
    </message>
    <message>
        <source>%1; this line needs macOS or a BSD</source>
        <translation>%1; esta línea necesita macOS o un BSD</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>un dispositivo de caracteres</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>un dispositivo de bloques</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>una FIFO (tubería con nombre)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo regular</translation>
    </message>
    <message>
        <source>%1 is %2, not a scenario file</source>
        <translation>%1 es %2, no un archivo de escenario</translation>
    </message>
    <message>
        <source>%1: %2 bytes; scenarios are limited to 1 MiB</source>
        <translation>%1: %2 bytes; los escenarios no pueden pasar de 1 MiB</translation>
    </message>
    <message>
        <source>%1: changed while it was opened</source>
        <translation>%1: cambió mientras se abría</translation>
    </message>
    <message>
        <source>%1: more than 1 MiB; scenarios are limited to 1 MiB</source>
        <translation>%1: más de 1 MiB; los escenarios no pueden pasar de 1 MiB</translation>
    </message>
    <message>
        <source>cannot make a scratch folder in %1: %2</source>
        <translation>no se puede crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <source>a regular expression cannot hold a NUL byte (regcomp() would read it only up to there): %1</source>
        <translation>una expresión regular no puede contener un byte NUL (regcomp() solo la leería hasta ahí): %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a repetition right after another is undefined in POSIX extended regular expressions, and regcomp() can take seconds on it; group the first one, as in (a+)*: %2</source>
        <translation>&quot;%1&quot;: una repetición justo después de otra no está definida en las expresiones regulares extendidas POSIX, y regcomp() puede tardar segundos con ella; agrupa la primera, como en (a+)*: %2</translation>
    </message>
</context>
<context>
    <name>spg::sockopt</name>
    <message>
        <source>Allow bind() to an address in TIME_WAIT or, for listeners, one still in use by old connections.</source>
        <translation>Permite bind() a una dirección en TIME_WAIT o, para listeners, a una que aún usan conexiones antiguas.</translation>
    </message>
    <message>
        <source>Allow several sockets to bind the same address and port; the kernel spreads connections among them.</source>
        <translation>Permite que varios sockets se liguen a la misma dirección y puerto; el kernel reparte las conexiones entre ellos.</translation>
    </message>
    <message>
        <source>Send keepalive probes on an idle connection to detect a dead peer.</source>
        <translation>Envía sondas keepalive en una conexión inactiva para detectar un par caído.</translation>
    </message>
    <message>
        <source>What close() does with unsent data: {1,0} discards it and sends RST at once.</source>
        <translation>Qué hace close() con los datos sin enviar: {1,0} los descarta y envía RST de inmediato.</translation>
    </message>
    <message>
        <source>Receive buffer size in bytes (Linux doubles the value you set for bookkeeping).</source>
        <translation>Tamaño del búfer de recepción en bytes (Linux duplica el valor que fijas, para su contabilidad).</translation>
    </message>
    <message>
        <source>Send buffer size in bytes (Linux doubles the value you set for bookkeeping).</source>
        <translation>Tamaño del búfer de envío en bytes (Linux duplica el valor que fijas, para su contabilidad).</translation>
    </message>
    <message>
        <source>Minimum number of bytes before the socket reports readable.</source>
        <translation>Número mínimo de bytes antes de que el socket se declare legible.</translation>
    </message>
    <message>
        <source>Minimum free send-buffer space before the socket reports writable (read-only on Linux).</source>
        <translation>Espacio libre mínimo en el búfer de envío antes de que el socket se declare escribible (solo lectura en Linux).</translation>
    </message>
    <message>
        <source>Timeout for blocking receive calls; they fail with EAGAIN when it expires.</source>
        <translation>Tiempo límite de las llamadas de recepción bloqueantes; al agotarse fallan con EAGAIN.</translation>
    </message>
    <message>
        <source>Timeout for blocking send calls; they fail with EAGAIN when it expires.</source>
        <translation>Tiempo límite de las llamadas de envío bloqueantes; al agotarse fallan con EAGAIN.</translation>
    </message>
    <message>
        <source>Allow datagrams to be sent to a broadcast address.</source>
        <translation>Permite enviar datagramas a una dirección de difusión.</translation>
    </message>
    <message>
        <source>Read and clear the pending socket error, e.g. the result of a non-blocking connect().</source>
        <translation>Lee y borra el error pendiente del socket, p. ej. el resultado de un connect() no bloqueante.</translation>
    </message>
    <message>
        <source>The socket type (SOCK_STREAM=1, SOCK_DGRAM=2 on Linux); read-only.</source>
        <translation>El tipo del socket (SOCK_STREAM=1, SOCK_DGRAM=2 en Linux); solo lectura.</translation>
    </message>
    <message>
        <source>1 if listen() has been called on the socket; read-only.</source>
        <translation>1 si se ha llamado a listen() sobre el socket; solo lectura.</translation>
    </message>
    <message>
        <source>Disable Nagle&apos;s algorithm: small segments are sent at once instead of coalesced.</source>
        <translation>Desactiva el algoritmo de Nagle: los segmentos pequeños se envían de inmediato en vez de agruparse.</translation>
    </message>
    <message>
        <source>Seconds a connection must be idle before the first keepalive probe.</source>
        <translation>Segundos de inactividad de una conexión antes de la primera sonda keepalive.</translation>
    </message>
    <message>
        <source>Seconds between keepalive probes.</source>
        <translation>Segundos entre sondas keepalive.</translation>
    </message>
    <message>
        <source>Unanswered keepalive probes before the connection is dropped.</source>
        <translation>Sondas keepalive sin respuesta antes de abandonar la conexión.</translation>
    </message>
    <message>
        <source>Time-to-live of outgoing IPv4 packets (hops).</source>
        <translation>Tiempo de vida de los paquetes IPv4 salientes (saltos).</translation>
    </message>
    <message>
        <source>Restrict an AF_INET6 socket to IPv6; when 0 it also accepts IPv4-mapped peers.</source>
        <translation>Restringe un socket AF_INET6 a IPv6; con 0 también acepta pares IPv4 mapeados.</translation>
    </message>
    <message>
        <source>expected {onoff,seconds}, e.g. {1,0}</source>
        <translation>se esperaba {onoff,segundos}, p. ej. {1,0}</translation>
    </message>
    <message>
        <source>linger seconds must not be negative</source>
        <translation>los segundos de linger no pueden ser negativos</translation>
    </message>
    <message>
        <source>expected a timeout in seconds, e.g. 1.5 (0 = wait forever)</source>
        <translation>se esperaba un tiempo límite en segundos, p. ej. 1.5 (0 = esperar siempre)</translation>
    </message>
    <message>
        <source>expected an integer, got &quot;%1&quot;</source>
        <translation>se esperaba un entero, llegó &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option kind</source>
        <translation>tipo de opción desconocido</translation>
    </message>
    <message>
        <source>a timeout is at most %1 seconds (struct timeval&apos;s tv_sec is a long)</source>
        <translation>un tiempo de espera es como mucho %1 segundos (tv_sec de struct timeval es un long)</translation>
    </message>
    <message>
        <source>unknown level &quot;%1&quot;; expected SOL_SOCKET, IPPROTO_TCP, IPPROTO_IP, IPPROTO_IPV6 or a number</source>
        <translation>nivel desconocido &quot;%1&quot;; se esperaba SOL_SOCKET, IPPROTO_TCP, IPPROTO_IP, IPPROTO_IPV6 o un número</translation>
    </message>
    <message>
        <source>option number %1 does not fit in an int</source>
        <translation>el número de opción %1 no cabe en un int</translation>
    </message>
    <message>
        <source>option %1 is a number: give its level too, e.g. SOL_SOCKET, %1</source>
        <translation>la opción %1 es un número: indica también su nivel, p. ej. SOL_SOCKET, %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; known: %2, or a number with its level</source>
        <translation>opción desconocida &quot;%1&quot;; conocidas: %2, o un número con su nivel</translation>
    </message>
    <message>
        <source>%1 is at level %2</source>
        <translation>%1 está en el nivel %2</translation>
    </message>
</context>
<context>
    <name>spg::ui</name>
    <message>
        <source>%1: %2 CPU per call, %3 fds · loop %4 besides</source>
        <translation>%1: %2 de CPU por llamada, %3 fds · bucle %4 aparte</translation>
    </message>
    <message>
        <source>%1 hands the kernel every watched fd on each call, and the kernel checks each one: its cost grows with the number of fds, ready or not (last call: %2 CPU). epoll_wait() and kevent() keep the interest list in the kernel and return only the ready ones, so their cost follows what happened. Switch the backend above to compare.</source>
        <translation>%1 entrega al kernel cada fd vigilado en cada llamada, y el kernel comprueba cada uno: su coste crece con el número de fds, listos o no (última llamada: %2 de CPU). epoll_wait() y kevent() guardan la lista de interés en el kernel y devuelven solo los listos, así que su coste sigue a lo que pasó. Cambia el backend de arriba para comparar.</translation>
    </message>
    <message>
        <source>%1 returns only the fds that are ready; the interest list stays in the kernel, so the call costs about the same at 10 fds or 10,000 (last call: %2 CPU). poll() and select() check every watched fd on each call.</source>
        <translation>%1 devuelve solo los fds listos; la lista de interés se queda en el kernel, así que la llamada cuesta casi lo mismo con 10 fds que con 10.000 (última llamada: %2 de CPU). poll() y select() comprueban cada fd vigilado en cada llamada.</translation>
    </message>
    <message>
        <source>#%1 listening on %2</source>
        <translation>#%1 escuchando en %2</translation>
    </message>
    <message>
        <source>backlog %1: Linux queues up to backlog + 1 = %2</source>
        <translation>backlog %1: Linux encola hasta backlog + 1 = %2</translation>
    </message>
    <message>
        <source>a client from outside</source>
        <translation>un cliente de fuera</translation>
    </message>
    <message>
        <source>The kernel counts the queue but does not name its entries: the playground&apos;s own clients are placed in the order they connected.</source>
        <translation>El kernel cuenta la cola pero no nombra sus entradas: los clientes del propio playground se colocan en el orden en que se conectaron.</translation>
    </message>
    <message>
        <source>Waiting outside: the playground&apos;s clients in SYN_SENT towards this address. Linux does not report a listener&apos;s SYN queue; other clients are not shown.</source>
        <translation>Esperando fuera: los clientes del playground en SYN_SENT hacia esta dirección. Linux no informa de la cola SYN de un listener; los demás clientes no se muestran.</translation>
    </message>
    <message>
        <source>This platform does not report the queue&apos;s length.</source>
        <translation>Esta plataforma no informa de la longitud de la cola.</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>ligado</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>escuchando</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>epoll instance</source>
        <translation>instancia epoll</translation>
    </message>
    <message>
        <source>UNIX stream</source>
        <translation>UNIX flujo</translation>
    </message>
    <message>
        <source>UNIX datagram</source>
        <translation>UNIX datagrama</translation>
    </message>
    <message>
        <source>UNIX seqpacket</source>
        <translation>UNIX seqpacket</translation>
    </message>
    <message>
        <source>UNIX type %1</source>
        <translation>UNIX tipo %1</translation>
    </message>
    <message>
        <source>type %1/</source>
        <translation>tipo %1/</translation>
    </message>
    <message>
        <source>interest list empty</source>
        <translation>lista de interés vacía</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>nothing registered</source>
        <translation>nada registrado</translation>
    </message>
    <message>
        <source>shut both ways</source>
        <translation>cerrado en ambos sentidos</translation>
    </message>
    <message>
        <source>write shut</source>
        <translation>escritura cerrada</translation>
    </message>
    <message>
        <source>read shut</source>
        <translation>lectura cerrada</translation>
    </message>
    <message>
        <source>peer closed</source>
        <translation>el par cerró</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>reiniciado (RST)</translation>
    </message>
    <message>
        <source>non-blocking</source>
        <translation>no bloqueante</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>bloqueante</translation>
    </message>
    <message>
        <source>auto-accept</source>
        <translation>auto-accept</translation>
    </message>
    <message>
        <source>auto-receive</source>
        <translation>auto-recepción</translation>
    </message>
    <message>
        <source>echo</source>
        <translation>eco</translation>
    </message>
    <message>
        <source>#%1 (fd %2 closed)</source>
        <translation>#%1 (fd %2 cerrado)</translation>
    </message>
    <message>
        <source>readable</source>
        <translation>legible</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>escribible</translation>
    </message>
    <message>
        <source>peer shut write</source>
        <translation>el par cerró la escritura</translation>
    </message>
    <message>
        <source>hang-up</source>
        <translation>colgado</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>urgent data</source>
        <translation>datos urgentes</translation>
    </message>
    <message>
        <source>queue %1 / backlog %2</source>
        <translation>cola %1 / backlog %2</translation>
    </message>
    <message>
        <source>byte at column %1 has one hex digit; write two (0%2)</source>
        <translation>el byte de la columna %1 tiene un solo dígito hexadecimal; escribe dos (0%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at column %2 is not a hex digit</source>
        <translation>&apos;%1&apos; en la columna %2 no es un dígito hexadecimal</translation>
    </message>
    <message>
        <source>odd number of hex digits: the last byte at column %1 has only one</source>
        <translation>número impar de dígitos hexadecimales: el último byte, en la columna %1, tiene solo uno</translation>
    </message>
    <message>
        <source>%1: %2 CPU per call over %3 fds</source>
        <translation>%1: %2 de CPU por llamada sobre %3 fds</translation>
    </message>
    <message>
        <source>The last call took %1 from call to return, asleep until a socket was ready or the tick came.</source>
        <translation>La última llamada tardó %1 desde la llamada hasta el retorno, dormida hasta que un socket estuvo listo o llegó el tick.</translation>
    </message>
    <message>
        <source>Measured in this run: %1.</source>
        <translation>Medido en esta ejecución: %1.</translation>
    </message>
</context>
<context>
    <name>spg::ui::AddressField</name>
    <message>
        <source>An address: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/path, unix:@abstract, or host:port (resolved without blocking the loop). Port 0 lets the kernel choose.</source>
        <translation>Una dirección: 127.0.0.1:8080, [::1]:8080, [fe80::1%lo]:80, unix:/ruta, unix:@abstracto, o host:puerto (resuelto sin bloquear el bucle). El puerto 0 deja elegir al kernel.</translation>
    </message>
</context>
<context>
    <name>spg::ui::CallLogModel</name>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>no hecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>struct sockaddr, %1 bytes:</source>
        <translation>struct sockaddr, %1 bytes:</translation>
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
        <translation>Hacer la llamada</translation>
    </message>
    <message>
        <source>⚠ wildcard address: the socket will be reachable from other machines</source>
        <translation>⚠ dirección comodín: el socket será accesible desde otras máquinas</translation>
    </message>
    <message>
        <source>Create the socket in non-blocking mode.</source>
        <translation>Crea el socket en modo no bloqueante.</translation>
    </message>
    <message>
        <source>How many completed connections may wait for accept().</source>
        <translation>Cuántas conexiones completas pueden esperar a accept().</translation>
    </message>
    <message>
        <source>Size of the receive buffer in bytes.</source>
        <translation>Tamaño del búfer de recepción en bytes.</translation>
    </message>
    <message>
        <source>Sizes of the receive buffers (iovecs), comma separated.</source>
        <translation>Tamaños de los búferes de recepción (iovecs), separados por comas.</translation>
    </message>
    <message>
        <source>1 / on / off for flags, a number, {1,0} for SO_LINGER, seconds such as 1.5 for timeouts.</source>
        <translation>1 / on / off para opciones sí/no, un número, {1,0} para SO_LINGER, segundos como 1.5 para los tiempos de espera.</translation>
    </message>
    <message>
        <source>on (O_NONBLOCK set)</source>
        <translation>on (O_NONBLOCK activado)</translation>
    </message>
    <message>
        <source>off (blocking)</source>
        <translation>off (bloqueante)</translation>
    </message>
    <message>
        <source>-1 (for ever)</source>
        <translation>-1 (para siempre)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>How long the call may wait: milliseconds, -1 for ever, 0 only looks.</source>
        <translation>Cuánto puede esperar la llamada: milisegundos, -1 para siempre, 0 solo mira.</translation>
    </message>
    <message>
        <source>Perform the call (Enter / Ctrl+Enter)</source>
        <translation>Hacer la llamada (Intro / Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Buffer</source>
        <translation>Búfer</translation>
    </message>
    <message>
        <source>iovecs</source>
        <translation>iovecs</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>O_NONBLOCK</source>
        <translation>O_NONBLOCK</translation>
    </message>
    <message>
        <source>pollfds</source>
        <translation>pollfds</translation>
    </message>
    <message>
        <source>fd_sets</source>
        <translation>fd_sets</translation>
    </message>
    <message>
        <source>kevent</source>
        <translation>kevent</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source> — unavailable on %1</source>
        <translation> — no disponible en %1</translation>
    </message>
    <message>
        <source>none: select a socket in the Sockets panel</source>
        <translation>ninguno: selecciona un socket en el panel Sockets</translation>
    </message>
    <message>
        <source>

struct sockaddr, %1 bytes:
</source>
        <translation>

struct sockaddr, %1 bytes:
</translation>
    </message>
    <message>
        <source>Select a socket in the Sockets panel first (or create one with socket()).</source>
        <translation>Primero selecciona un socket en el panel Sockets (o crea uno con socket()).</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Value for %1: %2</source>
        <translation>Valor para %1: %2</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <source>iovecs: &quot;%1&quot; is not a size; write sizes like 4, 4, 8</source>
        <translation>iovecs: &quot;%1&quot; no es un tamaño; escribe tamaños como 4, 4, 8</translation>
    </message>
    <message>
        <source>0 (default)</source>
        <translation>0 (por defecto)</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>no hecha</translation>
    </message>
</context>
<context>
    <name>spg::ui::CaptureExport</name>
    <message>
        <source>Export &amp;capture (pcapng)…</source>
        <translation>Exportar &amp;captura (pcapng)…</translation>
    </message>
    <message>
        <source>Write what the sockets sent and received as a pcapng file for Wireshark: packets rebuilt around the real bytes</source>
        <translation>Escribe lo que los sockets enviaron y recibieron como un archivo pcapng para Wireshark: paquetes reconstruidos alrededor de los bytes reales</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 packets (%3 TCP connections, %4 UDP datagrams)</source>
        <translation>Escrito %1: %2 paquetes (%3 conexiones TCP, %4 datagramas UDP)</translation>
    </message>
    <message>
        <source>Export capture</source>
        <translation>Exportar captura</translation>
    </message>
    <message>
        <source>pcapng captures (*.pcapng)</source>
        <translation>Capturas pcapng (*.pcapng)</translation>
    </message>
</context>
<context>
    <name>spg::ui::ConsentDialog</name>
    <message>
        <source>%1 wants to reach past the lab</source>
        <translation>%1 quiere ir más allá del laboratorio</translation>
    </message>
    <message>
        <source>This lab wants to:</source>
        <translation>Este laboratorio quiere:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>By default a lab file may only use loopback addresses and UNIX names in a scratch folder made for its run. Allow these only if you trust where the file came from.</source>
        <translation>Por defecto un archivo de laboratorio solo puede usar direcciones de loopback y nombres UNIX en una carpeta temporal creada para su ejecución. Permite esto solo si confías en el origen del archivo.</translation>
    </message>
    <message>
        <source>Allow once</source>
        <translation>Permitir una vez</translation>
    </message>
</context>
<context>
    <name>spg::ui::Demo</name>
    <message>
        <source> — macOS/BSD only</source>
        <translation> — solo macOS/BSD</translation>
    </message>
</context>
<context>
    <name>spg::ui::DemoChooser</name>
    <message>
        <source>Start with a demo</source>
        <translation>Empieza con una demo</translation>
    </message>
    <message>
        <source>Each demo is a scenario: a list of raw socket calls with a comment on every line. Pick one to watch a server, a client and bytes flowing; then step through it, change it, or make calls of your own.</source>
        <translation>Cada demo es un escenario: una lista de llamadas de socket en bruto con un comentario en cada línea. Elige una para ver un servidor, un cliente y los bytes que fluyen; luego recórrela paso a paso, cámbiala o haz tus propias llamadas.</translation>
    </message>
    <message>
        <source>Run demo</source>
        <translation>Ejecutar demo</translation>
    </message>
</context>
<context>
    <name>spg::ui::EpollFields</name>
    <message>
        <source>The socket the instance is told about; the instance itself is the row selected in the Sockets panel.</source>
        <translation>El socket del que se informa a la instancia; la instancia es la fila seleccionada en el panel Sockets.</translation>
    </message>
    <message>
        <source>How many events the buffer holds (0 or less: the kernel&apos;s EINVAL).</source>
        <translation>Cuántos eventos caben en el búfer (0 o menos: el EINVAL del kernel).</translation>
    </message>
    <message>
        <source>epoll flags</source>
        <translation>flags de epoll</translation>
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
        <translation>Elige el socket del que informar a la instancia epoll (crea uno antes).</translation>
    </message>
</context>
<context>
    <name>spg::ui::EventModel</name>
    <message>
        <source>consumed</source>
        <translation>consumida</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>A blocked call or an automation acted on this readiness.</source>
        <translation>Una llamada bloqueada o una automatización actuó sobre esta disponibilidad.</translation>
    </message>
    <message>
        <source>No call has consumed this readiness yet; the loop stops watching for it until a call is made on the socket.</source>
        <translation>Ninguna llamada ha consumido aún esta disponibilidad; el bucle deja de vigilarla hasta que se haga una llamada sobre el socket.</translation>
    </message>
    <message>
        <source>Iter</source>
        <translation>Iter</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>Registro crudo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>no guardado</translation>
    </message>
    <message>
        <source>%1 more readiness records of this frame not kept (a frame keeps its first %2)</source>
        <translation>%1 registros de disponibilidad más de este fotograma no guardados (un fotograma guarda los %2 primeros)</translation>
    </message>
    <message>
        <source>The loop reported these records; the panel counts them instead of listing them, so that a frame in which thousands of sockets became ready stays quick.</source>
        <translation>El bucle informó de estos registros; el panel los cuenta en vez de listarlos, para que un fotograma en el que miles de sockets quedaron listos siga siendo rápido.</translation>
    </message>
</context>
<context>
    <name>spg::ui::FdSetsField</name>
    <message>
        <source> Select a socket, then Add; or type #ID, #ID.</source>
        <translation> Selecciona un socket y pulsa Añadir; o escribe #ID, #ID.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add the socket selected in the Sockets panel to %1</source>
        <translation>Añade a %1 el socket seleccionado en el panel Sockets</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a socket; write #ID, e.g. #2, #4</source>
        <translation>%1: &quot;%2&quot; no es un socket; escribe #ID, p. ej. #2, #4</translation>
    </message>
    <message>
        <source>%1: #%2 is already in this set</source>
        <translation>%1: #%2 ya está en este conjunto</translation>
    </message>
</context>
<context>
    <name>spg::ui::HexPanel</name>
    <message>
        <source>Expected a quote at column %1</source>
        <translation>Se esperaba una comilla en la columna %1</translation>
    </message>
    <message>
        <source>Missing closing quote</source>
        <translation>Falta la comilla de cierre</translation>
    </message>
    <message>
        <source>Find: 68 65 6c or &quot;hello&quot;</source>
        <translation>Buscar: 68 65 6c o &quot;hola&quot;</translation>
    </message>
    <message>
        <source>Go to offset: 1234 or 0x4d2</source>
        <translation>Ir al desplazamiento: 1234 o 0x4d2</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest bytes in view as they arrive</source>
        <translation>Mantén a la vista los bytes más nuevos según llegan</translation>
    </message>
    <message>
        <source>The selected sockets: Ctrl+click in the Sockets panel to add one.</source>
        <translation>Los sockets seleccionados: Ctrl+clic en el panel Sockets para añadir uno.</translation>
    </message>
    <message>
        <source>Type hex bytes or a quoted string</source>
        <translation>Escribe bytes en hex o una cadena entre comillas</translation>
    </message>
    <message>
        <source>Nothing to find</source>
        <translation>Nada que buscar</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>Type an offset: 1234 or 0x4d2</source>
        <translation>Escribe un desplazamiento: 1234 o 0x4d2</translation>
    </message>
    <message>
        <source>Offset %1 was dropped by the capture cap</source>
        <translation>El desplazamiento %1 lo descartó el límite de captura</translation>
    </message>
    <message>
        <source>Offset %1 is past the end</source>
        <translation>El desplazamiento %1 está más allá del final</translation>
    </message>
    <message>
        <source>%1 bytes · %2 dropped by the capture cap</source>
        <translation>%1 bytes · %2 descartados por el límite de captura</translation>
    </message>
    <message>
        <source> · %1 by the total budget</source>
        <translation> · %1 por el presupuesto total</translation>
    </message>
</context>
<context>
    <name>spg::ui::HexSource</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>spg::ui::HexView</name>
    <message>
        <source>Copy as Hex Dump</source>
        <translation>Copiar como volcado hex</translation>
    </message>
    <message>
        <source>Copy as C Array</source>
        <translation>Copiar como array de C</translation>
    </message>
    <message>
        <source>Copy as Escaped String</source>
        <translation>Copiar como cadena con escapes</translation>
    </message>
    <message>
        <source>Copy Raw Bytes</source>
        <translation>Copiar bytes crudos</translation>
    </message>
    <message>
        <source>Selection over %1 MiB: too large to copy</source>
        <translation>Selección de más de %1 MiB: demasiado grande para copiar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>No bytes captured yet</source>
        <translation>Aún no hay bytes capturados</translation>
    </message>
</context>
<context>
    <name>spg::ui::ImageActions</name>
    <message>
        <source>E&amp;xport view as image…</source>
        <translation>E&amp;xportar vista como imagen…</translation>
    </message>
    <message>
        <source>Copy view as &amp;image</source>
        <translation>Copiar vista como &amp;imagen</translation>
    </message>
    <message>
        <source>Images on a &amp;white background (for print)</source>
        <translation>Imágenes sobre fondo &amp;blanco (para imprimir)</translation>
    </message>
    <message>
        <source>&amp;Presentation zoom</source>
        <translation>&amp;Zoom de presentación</translation>
    </message>
    <message>
        <source>Larger fonts everywhere, for a projector</source>
        <translation>Letra más grande en todas partes, para un proyector</translation>
    </message>
    <message>
        <source>Export %1 view</source>
        <translation>Exportar la vista %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PNG image (*.png)</source>
        <translation>Imagen SVG (*.svg);;Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Exportar vista</translation>
    </message>
</context>
<context>
    <name>spg::ui::KeventField</name>
    <message>
        <source>The changelist: EV_SET(ident, filter, flags, fflags, data, udata), comma separated in [ ]; the ident is the descriptor number. [] only collects events.</source>
        <translation>La changelist: EV_SET(ident, filter, flags, fflags, data, udata), separados por comas entre [ ]; el ident es el número de descriptor. [] solo recoge eventos.</translation>
    </message>
    <message>
        <source>nevents: room for this many returned events.</source>
        <translation>nevents: sitio para tantos eventos devueltos.</translation>
    </message>
    <message>
        <source>kevent64&apos;s flags: KEVENT_FLAG_IMMEDIATE returns at once.</source>
        <translation>flags de kevent64: KEVENT_FLAG_IMMEDIATE vuelve enseguida.</translation>
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
        <translation>changelist, columna %1: %2</translation>
    </message>
</context>
<context>
    <name>spg::ui::LabCoach</name>
    <message>
        <source>Lab: %1 · score: %2 of %3 answered right, %4 questions in all</source>
        <translation>Laboratorio: %1 · puntuación: %2 de %3 acertadas, %4 preguntas en total</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · pregunta %2 de %3</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Line %1: you said %2; the kernel said %3. %4</source>
        <translation>Línea %1: dijiste %2; el kernel dijo %3. %4</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Esta vez no.</translation>
    </message>
</context>
<context>
    <name>spg::ui::LadderScene</name>
    <message>
        <source>remote %1</source>
        <translation>remoto %1</translation>
    </message>
    <message>
        <source>listener</source>
        <translation>en escucha</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliente</translation>
    </message>
    <message>
        <source>stream</source>
        <translation>flujo</translation>
    </message>
    <message>
        <source>datagram</source>
        <translation>datagrama</translation>
    </message>
    <message>
        <source>pair</source>
        <translation>par</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>se bloquea</translation>
    </message>
    <message>
        <source>RST (refused)</source>
        <translation>RST (rechazada)</translation>
    </message>
</context>
<context>
    <name>spg::ui::Language</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>spg::ui::LanguageMenu</name>
    <message>
        <source>Socket Playground will speak %1 the next time it starts. This window keeps its language until then.</source>
        <translation>Socket Playground hablará %1 la próxima vez que se inicie. Esta ventana mantiene su idioma hasta entonces.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>spg::ui::LoopStatus</name>
    <message>
        <source>The event-loop backend: how the engine waits for sockets to be ready. Switch at any time; every socket re-registers.</source>
        <translation>El backend del bucle de eventos: cómo espera el motor a que los sockets estén listos. Cámbialo cuando quieras; cada socket se vuelve a registrar.</translation>
    </message>
    <message>
        <source>Loop backend:</source>
        <translation>Backend del bucle:</translation>
    </message>
    <message>
        <source>%1 loop iterations · %2 readiness events · %3 calls · %4 open sockets · %5 watched</source>
        <translation>%1 iteraciones del bucle · %2 eventos de disponibilidad · %3 llamadas · %4 sockets abiertos · %5 vigilados</translation>
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
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>What the event loop returned, in the backend&apos;s own terms.</source>
        <translation>Lo que devolvió el bucle de eventos, en los términos del propio backend.</translation>
    </message>
    <message>
        <source>Only the selected socket</source>
        <translation>Solo el socket seleccionado</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Solo fallos</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Syscall log</source>
        <translation>Registro de llamadas</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Save log as text…</source>
        <translation>&amp;Guardar registro como texto…</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>&amp;Copiar registro</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.spg);;All files (*)</source>
        <translation>Escenarios (*.spg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save sce&amp;nario…</source>
        <translation>Guardar esce&amp;nario…</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.spg)</source>
        <translation>Escenarios (*.spg)</translation>
    </message>
    <message>
        <source>&amp;Export scenario as C…</source>
        <translation>&amp;Exportar escenario como C…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Socket</source>
        <translation>&amp;Socket</translation>
    </message>
    <message>
        <source>&amp;Demos</source>
        <translation>&amp;Demos</translation>
    </message>
    <message>
        <source>Choose a demo…</source>
        <translation>Elegir una demo…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Call × state &amp;table</source>
        <translation>&amp;Tabla llamada × estado</translation>
    </message>
    <message>
        <source>&amp;About Socket Playground</source>
        <translation>&amp;Acerca de Socket Playground</translation>
    </message>
    <message>
        <source>About Socket Playground</source>
        <translation>Acerca de Socket Playground</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Socket Playground&lt;/b&gt; lets you make raw POSIX socket calls one at a time and see what the kernel answers.&lt;/p&gt;&lt;p&gt;Right-click a socket for the calls that fit its state. Every call, its result and errno appear in the Syscall log; every readiness the loop saw appears under Events.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Socket Playground&lt;/b&gt; te deja hacer llamadas POSIX de socket en bruto, una a una, y ver lo que responde el kernel.&lt;/p&gt;&lt;p&gt;Haz clic derecho en un socket para ver las llamadas que encajan con su estado. Cada llamada, su resultado y su errno aparecen en el Registro de llamadas; cada disponibilidad que vio el bucle aparece en Eventos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New TCP &amp;listener on 127.0.0.1:0</source>
        <translation>Nuevo &amp;listener TCP en 127.0.0.1:0</translation>
    </message>
    <message>
        <source>New TCP &amp;client to the selected listener</source>
        <translation>Nuevo &amp;cliente TCP hacia el listener seleccionado</translation>
    </message>
    <message>
        <source>New &amp;UDP socket on 127.0.0.1:0</source>
        <translation>Nuevo socket &amp;UDP en 127.0.0.1:0</translation>
    </message>
    <message>
        <source>New socket &amp;pair (AF_UNIX)</source>
        <translation>Nuevo &amp;par de sockets (AF_UNIX)</translation>
    </message>
    <message>
        <source>&amp;Accept on the selected socket</source>
        <translation>&amp;Aceptar en el socket seleccionado</translation>
    </message>
    <message>
        <source>C&amp;lose the selected socket</source>
        <translation>C&amp;errar el socket seleccionado</translation>
    </message>
    <message>
        <source>Ca&amp;ncel its blocked call</source>
        <translation>Ca&amp;ncelar su llamada bloqueada</translation>
    </message>
    <message>
        <source>%1 older lines dropped</source>
        <translation>%1 líneas antiguas descartadas</translation>
    </message>
    <message>
        <source>socket #%1</source>
        <translation>socket #%1</translation>
    </message>
    <message>
        <source>Select a listening socket first.</source>
        <translation>Primero selecciona un socket en escucha.</translation>
    </message>
    <message>
        <source>No demo named &quot;%1&quot;.</source>
        <translation>No hay ninguna demo llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Export as C</source>
        <translation>Exportar como C</translation>
    </message>
    <message>
        <source>Export scenario as C</source>
        <translation>Exportar escenario como C</translation>
    </message>
    <message>
        <source>C source (*.c)</source>
        <translation>Código C (*.c)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1: build it with cc -std=c11 -Wall -Wextra -Werror -pthread</source>
        <translation>Escrito %1: compílalo con cc -std=c11 -Wall -Wextra -Werror -pthread</translation>
    </message>
    <message>
        <source>Save syscall log</source>
        <translation>Guardar registro de llamadas</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Guardar registro</translation>
    </message>
</context>
<context>
    <name>spg::ui::MatrixDialog</name>
    <message>
        <source>Call × state table</source>
        <translation>Tabla llamada × estado</translation>
    </message>
    <message>
        <source>, blocking</source>
        <translation>, bloqueante</translation>
    </message>
    <message>
        <source>, non-blocking</source>
        <translation>, no bloqueante</translation>
    </message>
    <message>
        <source>What each call returns in each socket state, on this machine. Every cell is a small scenario played through the engine, and the test suite checks each against the same calls made by a plain C program, on every loop backend. Hover a cell for the call&apos;s strace line. Blocking cells set SO_RCVTIMEO and SO_SNDTIMEO to 50 ms first, so a call that would wait for ever returns -1 EAGAIN. A cell marked † would be a documented difference from the real call (the tooltip says why).</source>
        <translation>Lo que devuelve cada llamada en cada estado del socket, en esta máquina. Cada celda es un pequeño escenario ejecutado por el motor, y la batería de pruebas compara cada una con las mismas llamadas hechas por un programa en C normal, en cada backend del bucle. Pasa el ratón por una celda para ver la línea strace de la llamada. Las celdas bloqueantes ponen antes SO_RCVTIMEO y SO_SNDTIMEO a 50 ms, así que una llamada que esperaría para siempre devuelve -1 EAGAIN. Una celda marcada con † sería una diferencia documentada con la llamada real (el tooltip dice por qué).</translation>
    </message>
    <message>
        <source>Running %1 cells through the engine (%2 backend)…</source>
        <translation>Ejecutando %1 celdas con el motor (backend %2)…</translation>
    </message>
    <message>
        <source>%1 cells.</source>
        <translation>%1 celdas.</translation>
    </message>
    <message>
        <source>%1 cells; %2 stopped the engine&apos;s run (see their tooltips).</source>
        <translation>%1 celdas; %2 detuvieron la ejecución del motor (mira sus tooltips).</translation>
    </message>
</context>
<context>
    <name>spg::ui::MatrixModel</name>
    <message>
        <source>(stopped)</source>
        <translation>(detenido)</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>no hecha</translation>
    </message>
    <message>
        <source>the run stopped here: %1</source>
        <translation>la ejecución se detuvo aquí: %1</translation>
    </message>
    <message>
        <source>Differs from the real call: %1</source>
        <translation>Difiere de la llamada real: %1</translation>
    </message>
</context>
<context>
    <name>spg::ui::PayloadEditor</name>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>C escapes</source>
        <translation>Escapes de C</translation>
    </message>
    <message>
        <source>Text: sent as UTF-8. Hex: byte pairs like 68 65 6c. C escapes: hello\r\n with \n \r \t \0 \xHH.</source>
        <translation>Texto: se envía como UTF-8. Hex: pares de bytes como 68 65 6c. Escapes de C: hello\r\n con \n \r \t \0 \xHH.</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Desde archivo…</translation>
    </message>
    <message>
        <source>Send a file&apos;s bytes as the payload (up to 64 MiB).</source>
        <translation>Envía los bytes de un archivo como datos (hasta 64 MiB).</translation>
    </message>
    <message>
        <source>hello\r\n</source>
        <translation>hello\r\n</translation>
    </message>
    <message>
        <source>Payload from file</source>
        <translation>Datos desde archivo</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; the limit is 64 MiB</source>
        <translation>%1 tiene %2 bytes; el límite es 64 MiB</translation>
    </message>
    <message>
        <source>payload: %1 (%2 bytes)</source>
        <translation>datos: %1 (%2 bytes)</translation>
    </message>
    <message>
        <source>iovec %1 (line %2): %3</source>
        <translation>iovec %1 (línea %2): %3</translation>
    </message>
</context>
<context>
    <name>spg::ui::PictureTabs</name>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>The calls as a ladder diagram: one lane per socket, time flowing down</source>
        <translation>Las llamadas como diagrama de escalera: una calle por socket, el tiempo fluye hacia abajo</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>The selected listener&apos;s accept queue, as the kernel reports it</source>
        <translation>La cola de accept del listener seleccionado, tal como la informa el kernel</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>Estados TCP</translation>
    </message>
    <message>
        <source>The TCP state diagram, lit with the selected sockets&apos; real states</source>
        <translation>El diagrama de estados TCP, iluminado con los estados reales de los sockets seleccionados</translation>
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
        <translation>Añadir el socket seleccionado</translation>
    </message>
    <message>
        <source>The pollfd array: each entry is a socket (#id) and the events it waits for. Tick the events, select a socket, then Add.</source>
        <translation>El array pollfd: cada entrada es un socket (#id) y los eventos que espera. Marca los eventos, selecciona un socket y pulsa Añadir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write an entry as #ID EVENTS, e.g. #2 POLLIN|POLLOUT</source>
        <translation>&quot;%1&quot;: escribe una entrada como #ID EVENTOS, p. ej. #2 POLLIN|POLLOUT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a poll event (POLLIN, POLLOUT, POLLPRI, ...)</source>
        <translation>&quot;%1&quot; no es un evento de poll (POLLIN, POLLOUT, POLLPRI, ...)</translation>
    </message>
</context>
<context>
    <name>spg::ui::PredictDialog</name>
    <message>
        <source>It returns</source>
        <translation>Devuelve</translation>
    </message>
    <message>
        <source>It fails: -1, errno</source>
        <translation>Falla: -1, errno</translation>
    </message>
    <message>
        <source>Predict the kernel&apos;s answer</source>
        <translation>Predice la respuesta del kernel</translation>
    </message>
    <message>
        <source>Line %1:</source>
        <translation>Línea %1:</translation>
    </message>
    <message>
        <source>What will the kernel answer? Decide, then run the call.</source>
        <translation>¿Qué responderá el kernel? Decide y luego ejecuta la llamada.</translation>
    </message>
    <message>
        <source>the bytes it returns, e.g. hello\n</source>
        <translation>los bytes que devuelve, p. ej. hello\n</translation>
    </message>
    <message>
        <source>C-string escapes: \n \r \t \\ \&quot; \xNN. Empty: no bytes.</source>
        <translation>Escapes de cadena C: \n \r \t \\ \&quot; \xNN. Vacío: ningún byte.</translation>
    </message>
    <message>
        <source>and the bytes</source>
        <translation>y los bytes</translation>
    </message>
    <message>
        <source>Run the call</source>
        <translation>Ejecutar la llamada</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an errno name such as ECONNREFUSED</source>
        <translation>&quot;%1&quot; no es un nombre de errno como ECONNREFUSED</translation>
    </message>
</context>
<context>
    <name>spg::ui::QueuesView</name>
    <message>
        <source>No listening socket. Call listen() on a socket, or select one, to draw its accept queue.</source>
        <translation>No hay socket en escucha. Llama a listen() sobre un socket, o selecciona uno, para dibujar su cola de accept.</translation>
    </message>
    <message>
        <source>Since listen(): ListenOverflows +%1, ListenDrops +%2 (TcpExt in /proc/net/netstat, counted for the whole system: a full queue drops the SYN or the final ACK)</source>
        <translation>Desde listen(): ListenOverflows +%1, ListenDrops +%2 (TcpExt en /proc/net/netstat, contados para todo el sistema: una cola llena descarta el SYN o el ACK final)</translation>
    </message>
    <message>
        <source>Waiting outside</source>
        <translation>Esperando fuera</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
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
        <translation>ninguna</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 más</translation>
    </message>
    <message>
        <source>accept queue: %1 of %2</source>
        <translation>cola de accept: %1 de %2</translation>
    </message>
    <message>
        <source>accept queue: length not reported</source>
        <translation>cola de accept: longitud no informada</translation>
    </message>
    <message>
        <source>head</source>
        <translation>cabeza</translation>
    </message>
    <message>
        <source>… %1 more slots</source>
        <translation>… %1 huecos más</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
</context>
<context>
    <name>spg::ui::ScenarioPanel</name>
    <message>
        <source>Calls you make are recorded here. Or open a scenario file (.spg) or a demo (Demos menu), then Run or Step.</source>
        <translation>Las llamadas que haces se registran aquí. O abre un archivo de escenario (.spg) o una demo (menú Demos) y pulsa Ejecutar o Paso.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.spg);;All files (*)</source>
        <translation>Escenarios (*.spg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a scenario file (.spg). Nothing runs until you press Run or Step.</source>
        <translation>Abre un archivo de escenario (.spg). No se ejecuta nada hasta que pulses Ejecutar o Paso.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Scenarios (*.spg)</source>
        <translation>Escenarios (*.spg)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Run the next line and stop (F10)</source>
        <translation>Ejecuta la siguiente línea y para (F10)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Step back: replay from the start on a fresh engine, up to the previous line (Shift+F10)</source>
        <translation>Paso atrás: vuelve a reproducir desde el principio en un motor nuevo, hasta la línea anterior (Mayús+F10)</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>Run to the end, or to the first failed expectation (F5)</source>
        <translation>Ejecuta hasta el final, o hasta la primera expectativa fallida (F5)</translation>
    </message>
    <message>
        <source>Run to line</source>
        <translation>Ejecutar hasta la línea</translation>
    </message>
    <message>
        <source>Run up to the line with the text cursor (F4)</source>
        <translation>Ejecuta hasta la línea del cursor de texto (F4)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Grabar</translation>
    </message>
    <message>
        <source>Append every call made in the window to this scenario</source>
        <translation>Añade a este escenario cada llamada hecha en la ventana</translation>
    </message>
    <message>
        <source>Recording the calls you make.</source>
        <translation>Grabando las llamadas que haces.</translation>
    </message>
    <message>
        <source>%1: press Run (F5) or Step (F10).</source>
        <translation>%1: pulsa Ejecutar (F5) o Paso (F10).</translation>
    </message>
    <message>
        <source>Nothing loaded: %1</source>
        <translation>Nada cargado: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>This lab</source>
        <translation>Este laboratorio</translation>
    </message>
    <message numerus="yes">
        <source>Not run: the lab needs your consent to reach past loopback and its scratch folder (%n call(s)).</source>
        <translation>
            <numerusform>No ejecutado: el laboratorio necesita tu permiso para ir más allá del loopback y de su carpeta temporal (%n llamada).</numerusform>
            <numerusform>No ejecutado: el laboratorio necesita tu permiso para ir más allá del loopback y de su carpeta temporal (%n llamadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to step back over: no line has run yet.</source>
        <translation>No hay nada sobre lo que retroceder: aún no se ha ejecutado ninguna línea.</translation>
    </message>
    <message numerus="yes">
        <source>(Stepped back: replayed %n line(s) on a fresh engine.)</source>
        <translation>
            <numerusform>(Paso atrás: reproducida %n línea en un motor nuevo.)</numerusform>
            <numerusform>(Paso atrás: reproducidas %n líneas en un motor nuevo.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stepped back: replayed %n line(s) from the start on a fresh engine</source>
        <translation>
            <numerusform>Paso atrás: reproducida %n línea desde el principio en un motor nuevo</numerusform>
            <numerusform>Paso atrás: reproducidas %n líneas desde el principio en un motor nuevo</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Finished: every expectation held.</source>
        <translation>Terminado: se cumplieron todas las expectativas.</translation>
    </message>
    <message>
        <source>Paused before line %1.</source>
        <translation>En pausa antes de la línea %1.</translation>
    </message>
    <message>
        <source>Running line %1…</source>
        <translation>Ejecutando la línea %1…</translation>
    </message>
    <message>
        <source>Paused at the question on line %1: Run or Step asks it again.</source>
        <translation>En pausa en la pregunta de la línea %1: Ejecutar o Paso la vuelve a hacer.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>spg::ui::SequenceView</name>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Show the newest call as it comes; scrolling up pauses</source>
        <translation>Muestra la llamada más reciente según llega; al desplazarte hacia arriba se pausa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>More room between calls (Ctrl+wheel)</source>
        <translation>Más espacio entre llamadas (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Less room between calls (Ctrl+wheel)</source>
        <translation>Menos espacio entre llamadas (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <source>Space the calls by when they returned, not by their order</source>
        <translation>Espacia las llamadas según cuándo volvieron, no según su orden</translation>
    </message>
    <message>
        <source>No calls yet: run a demo or make a call, and each one appears here.</source>
        <translation>Aún no hay llamadas: ejecuta una demo o haz una llamada, y cada una aparece aquí.</translation>
    </message>
    <message>
        <source>%1 older calls not drawn</source>
        <translation>%1 llamadas antiguas no dibujadas</translation>
    </message>
</context>
<context>
    <name>spg::ui::SocketMenu</name>
    <message>
        <source> — unavailable here</source>
        <translation> — no disponible aquí</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas las llamadas</translation>
    </message>
    <message>
        <source>Cancel blocked %1()</source>
        <translation>Cancelar %1() bloqueada</translation>
    </message>
</context>
<context>
    <name>spg::ui::SocketModel</name>
    <message>
        <source>Client socket #%1 connected to this listener, but no accept() has taken it yet: it waits in the kernel&apos;s accept queue.</source>
        <translation>El socket cliente #%1 se conectó a este listener, pero ningún accept() lo ha tomado aún: espera en la cola de accept del kernel.</translation>
    </message>
    <message>
        <source>Bound to the wildcard address: reachable from other machines on every interface.</source>
        <translation>Ligado a la dirección comodín: accesible desde otras máquinas por cualquier interfaz.</translation>
    </message>
    <message>
        <source>getsockname(): the local address.</source>
        <translation>getsockname(): la dirección local.</translation>
    </message>
    <message>
        <source>getpeername(): the connected peer.</source>
        <translation>getpeername(): el par conectado.</translation>
    </message>
    <message>
        <source>Bytes waiting to be read (FIONREAD) / receive buffer (SO_RCVBUF).</source>
        <translation>Bytes esperando a ser leídos (FIONREAD) / búfer de recepción (SO_RCVBUF).</translation>
    </message>
    <message>
        <source>Bytes sent but not yet acknowledged (SIOCOUTQ / SO_NWRITE) / send buffer (SO_SNDBUF).</source>
        <translation>Bytes enviados pero aún no confirmados (SIOCOUTQ / SO_NWRITE) / búfer de envío (SO_SNDBUF).</translation>
    </message>
    <message>
        <source>Connections completed by the kernel and waiting for accept(), against the limit set by listen()&apos;s backlog.</source>
        <translation>Conexiones completadas por el kernel que esperan a accept(), frente al límite fijado por el backlog de listen().</translation>
    </message>
    <message>
        <source>A blocking call waiting on this socket, or readiness the loop reported that no call has consumed yet.</source>
        <translation>Una llamada bloqueante que espera en este socket, o una disponibilidad que informó el bucle y que ninguna llamada ha consumido aún.</translation>
    </message>
    <message>
        <source>Bytes received, exactly, including any the capture cap dropped.
Capture: %1 bytes dropped by this socket&apos;s cap, %2 by the total budget.</source>
        <translation>Bytes recibidos, exactos, incluidos los que descartó el límite de captura.
Captura: %1 bytes descartados por el límite de este socket, %2 por el presupuesto total.</translation>
    </message>
    <message>
        <source>Bytes sent, exactly.</source>
        <translation>Bytes enviados, exactos.</translation>
    </message>
    <message>
        <source>Socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Accept queue</source>
        <translation>Cola de accept</translation>
    </message>
    <message>
        <source>Blocked / pending</source>
        <translation>Bloqueada / pendiente</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
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
        <translation>Modo</translation>
    </message>
    <message>
        <source>queued #%1</source>
        <translation>#%1 en cola</translation>
    </message>
    <message>
        <source>waiting in the accept queue</source>
        <translation>esperando en la cola de accept</translation>
    </message>
    <message>
        <source>  ⚠ all interfaces</source>
        <translation>  ⚠ todas las interfaces</translation>
    </message>
    <message>
        <source>blocked in %1()</source>
        <translation>bloqueado en %1()</translation>
    </message>
    <message>
        <source>pending: </source>
        <translation>pendiente: </translation>
    </message>
</context>
<context>
    <name>spg::ui::StatesView</name>
    <message>
        <source>Select a TCP socket in the Sockets panel to draw the states it went through.</source>
        <translation>Selecciona un socket TCP en el panel Sockets para dibujar los estados por los que pasó.</translation>
    </message>
    <message>
        <source>solid: read from the kernel · dashed: passed between two reads</source>
        <translation>continuo: leído del kernel · discontinuo: pasado entre dos lecturas</translation>
    </message>
    <message>
        <source> seen</source>
        <translation> visto</translation>
    </message>
    <message>
        <source> (from /proc/net/tcp)</source>
        <translation> (de /proc/net/tcp)</translation>
    </message>
    <message>
        <source>%1 (dashed)</source>
        <translation>%1 (a trazos)</translation>
    </message>
</context>
<context>
    <name>spg::ui::StraceImportAction</name>
    <message>
        <source>&amp;Import strace log…</source>
        <translation>&amp;Importar registro de strace…</translation>
    </message>
    <message>
        <source>Turn a program&apos;s strace -f -yy log into a scenario that replays its socket calls</source>
        <translation>Convierte el registro strace -f -yy de un programa en un escenario que reproduce sus llamadas de socket</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MiB; trace a shorter run.</source>
        <translation>%1 ocupa más de 64 MiB; traza una ejecución más corta.</translation>
    </message>
    <message>
        <source>Imported %1: %2 calls, %3 lines commented (see the # line N comments).</source>
        <translation>Importado %1: %2 llamadas, %3 líneas comentadas (mira los comentarios # line N).</translation>
    </message>
    <message>
        <source>Import strace log</source>
        <translation>Importar registro de strace</translation>
    </message>
    <message>
        <source>strace logs (*.log *.txt *.strace);;All files (*)</source>
        <translation>Registros de strace (*.log *.txt *.strace);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1

Expected the output of strace -f -yy -s 4096 -o LOG -e trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl PROGRAM.</source>
        <translation>%1

Se esperaba la salida de strace -f -yy -s 4096 -o LOG -e trace=network,read,write,close,poll,select,epoll_wait,epoll_ctl,fcntl,ioctl PROGRAMA.</translation>
    </message>
</context>
<context>
    <name>spg::ui::TcpDiagram</name>
    <message>
        <source>RST, timeout or close()</source>
        <translation>RST, tiempo agotado o close()</translation>
    </message>
    <message>
        <source>RST, or close() with SO_LINGER 0</source>
        <translation>RST, o close() con SO_LINGER 0</translation>
    </message>
    <message>
        <source>RST or timeout</source>
        <translation>RST o tiempo agotado</translation>
    </message>
    <message>
        <source>%1 passed between two reads (not observed)</source>
        <translation>%1 pasó entre dos lecturas (no observado)</translation>
    </message>
    <message>
        <source>%1 to %2: no transition in the diagram joins them</source>
        <translation>%1 a %2: ninguna transición del diagrama los une</translation>
    </message>
</context>
<context>
    <name>spg::ui::ViewImage</name>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>TCP states</source>
        <translation>Estados TCP</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>System call log</source>
        <translation>Registro de llamadas al sistema</translation>
    </message>
    <message>
        <source>Sockets</source>
        <translation>Sockets</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>%1: the name must end in .png or .svg</source>
        <translation>%1: el nombre debe terminar en .png o .svg</translation>
    </message>
    <message>
        <source>%1: could not write the image</source>
        <translation>%1: no se pudo escribir la imagen</translation>
    </message>
</context>
</TS>
