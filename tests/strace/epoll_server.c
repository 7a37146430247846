/* An epoll server and its client in one traced program: the parent listens on
   127.0.0.1:0, makes an epoll instance (epoll_create1), registers the listener and then
   the accepted connection (epoll_ctl with ev.data.fd = fd) and serves from epoll_wait()
   (accept, echo, EPOLL_CTL_DEL and close at end of file); a forked client connects, sends
   "hello", reads the echo and closes. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include "echo_client.h"

int main(void)
{
    struct sockaddr_in a;
    int srv = listen_on_loopback(&a);
    pid_t client = fork_echo_client(srv, &a);
    int ep = epoll_create1(EPOLL_CLOEXEC);
    struct epoll_event ev = { .events = EPOLLIN, .data.fd = srv };
    if (ep < 0 || epoll_ctl(ep, EPOLL_CTL_ADD, srv, &ev) < 0)
        return 4;
    int served = 0;
    while (!served) {
        struct epoll_event got[4];
        int n = epoll_wait(ep, got, 4, -1);
        if (n < 1)
            return 5;
        int fd = got[0].data.fd;
        if (fd == srv) {
            int conn = accept(srv, NULL, NULL);
            struct epoll_event cev = { .events = EPOLLIN | EPOLLRDHUP, .data.fd = conn };
            epoll_ctl(ep, EPOLL_CTL_ADD, conn, &cev);
            epoll_ctl(ep, EPOLL_CTL_DEL, srv, NULL);
            continue;
        }
        char buf[64];
        ssize_t r = read(fd, buf, sizeof buf);
        if (r > 0)
            write(fd, buf, (size_t)r);
        else {
            epoll_ctl(ep, EPOLL_CTL_DEL, fd, NULL);
            close(fd);
            served = 1;
        }
    }
    close(ep);
    int status = 0;
    waitpid(client, &status, 0);
    close(srv);
    return WEXITSTATUS(status);
}
