/* A select() server and its client in one traced program: the parent listens on
   127.0.0.1:0 and serves with one select() loop (accept, echo, close at end of file); a
   forked client connects, sends "hello", reads the echo and closes. The second select()
   has a timeout, so its timeval is in the log too. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "echo_client.h"

int main(void)
{
    struct sockaddr_in a;
    int srv = listen_on_loopback(&a);
    pid_t client = fork_echo_client(srv, &a);
    fd_set rd;
    FD_ZERO(&rd);
    FD_SET(srv, &rd);
    if (select(srv + 1, &rd, NULL, NULL, NULL) != 1)
        return 4;
    int conn = accept(srv, NULL, NULL);
    for (;;) {
        struct timeval tv = { 10, 0 };
        FD_ZERO(&rd);
        FD_SET(conn, &rd);
        if (select(conn + 1, &rd, NULL, NULL, &tv) != 1)
            return 5;
        char buf[64];
        ssize_t n = read(conn, buf, sizeof buf);
        if (n <= 0)
            break;
        write(conn, buf, (size_t)n);
    }
    close(conn);
    int status = 0;
    waitpid(client, &status, 0);
    close(srv);
    return WEXITSTATUS(status);
}
