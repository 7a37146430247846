/* What the traced server programs share: a listener on 127.0.0.1:0 and a forked client that
   connects to it, sends "hello", reads the echo and closes. Only the server loop differs from
   program to program (poll, select, epoll), and it is what each test is about. The calls are
   the ones the programs made inline before, in the same order, so their traces are too. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* socket, bind 127.0.0.1:0, listen(4), getsockname into *a; exits 1 when the kernel says no. */
static int listen_on_loopback(struct sockaddr_in* a)
{
    socklen_t len = sizeof *a;
    memset(a, 0, sizeof *a);
    a->sin_family = AF_INET;
    a->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    if (bind(srv, (struct sockaddr*)a, sizeof *a) < 0 || listen(srv, 4) < 0)
        exit(1);
    getsockname(srv, (struct sockaddr*)a, &len);
    return srv;
}

/* Forks the client; in the parent returns its pid. The client exits 0 when the echo came
   back whole, 2 when it could not connect, 3 when the echo was short. */
static pid_t fork_echo_client(int srv, const struct sockaddr_in* a)
{
    pid_t client = fork();
    if (client != 0)
        return client;
    close(srv);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(c, (const struct sockaddr*)a, sizeof *a) < 0)
        exit(2);
    write(c, "hello", 5);
    char buf[64];
    ssize_t n = read(c, buf, sizeof buf);
    close(c);
    exit(n == 5 ? 0 : 3);
}
