/* A fork-per-client TCP server and its client in one traced program: the parent listens on
   127.0.0.1:0, forks a client that connects, sends "ping" and reads the reply, then accepts
   and forks a handler that echoes one message. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void)
{
    struct sockaddr_in a;
    socklen_t len = sizeof a;
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int srv = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(srv, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(srv, (struct sockaddr*)&a, sizeof a) < 0 || listen(srv, 4) < 0)
        return 1;
    getsockname(srv, (struct sockaddr*)&a, &len);
    pid_t client = fork();
    if (client == 0) {
        close(srv);
        int c = socket(AF_INET, SOCK_STREAM, 0);
        if (connect(c, (struct sockaddr*)&a, sizeof a) < 0)
            return 2;
        send(c, "ping", 4, 0);
        char buf[64];
        ssize_t n = recv(c, buf, sizeof buf, 0);
        close(c);
        return n == 4 ? 0 : 3;
    }
    int conn = accept(srv, NULL, NULL);
    pid_t handler = fork();
    if (handler == 0) {
        close(srv);
        char buf[64];
        ssize_t n = read(conn, buf, sizeof buf);
        if (n > 0)
            write(conn, buf, (size_t)n);
        close(conn);
        return 0;
    }
    close(conn);
    int status = 0;
    waitpid(handler, &status, 0);
    waitpid(client, &status, 0);
    close(srv);
    return WEXITSTATUS(status);
}
