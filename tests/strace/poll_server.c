/* A poll() server and its client in one traced program: the parent listens on 127.0.0.1:0
   and serves with one poll() loop (accept, echo, close at end of file); a forked client
   connects, sends "hello", reads the echo and closes. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "echo_client.h"

int main(void)
{
    struct sockaddr_in a;
    int srv = listen_on_loopback(&a);
    pid_t client = fork_echo_client(srv, &a);
    struct pollfd fds[2] = { { srv, POLLIN, 0 }, { -1, POLLIN, 0 } };
    int served = 0;
    while (!served) {
        if (poll(fds, 2, -1) < 0)
            return 4;
        if (fds[0].revents & POLLIN) {
            fds[1].fd = accept(srv, NULL, NULL);
            fds[0].fd = -1; /* one client: stop listening for more */
        } else if (fds[1].revents & POLLIN) {
            char buf[64];
            ssize_t n = read(fds[1].fd, buf, sizeof buf);
            if (n > 0)
                write(fds[1].fd, buf, (size_t)n);
            else {
                close(fds[1].fd);
                served = 1;
            }
        }
    }
    int status = 0;
    waitpid(client, &status, 0);
    close(srv);
    return WEXITSTATUS(status);
}
