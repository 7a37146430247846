/* A UDP client and its echo peer in one traced program: the peer binds 127.0.0.1:0 and is
   forked to echo one datagram; the client sends "ping" to it with sendto() and reads the
   echo with recvfrom(). */
#include <arpa/inet.h>
#include <netinet/in.h>
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
    int peer = socket(AF_INET, SOCK_DGRAM, 0);
    if (bind(peer, (struct sockaddr*)&a, sizeof a) < 0)
        return 1;
    getsockname(peer, (struct sockaddr*)&a, &len);
    pid_t echo = fork();
    if (echo == 0) {
        char buf[64];
        struct sockaddr_in from;
        socklen_t fromLen = sizeof from;
        ssize_t n = recvfrom(peer, buf, sizeof buf, 0, (struct sockaddr*)&from, &fromLen);
        if (n > 0)
            sendto(peer, buf, (size_t)n, 0, (struct sockaddr*)&from, fromLen);
        close(peer);
        return 0;
    }
    close(peer);
    int u = socket(AF_INET, SOCK_DGRAM, 0);
    sendto(u, "ping", 4, 0, (struct sockaddr*)&a, sizeof a);
    char buf[64];
    ssize_t n = recvfrom(u, buf, sizeof buf, 0, NULL, NULL);
    close(u);
    int status = 0;
    waitpid(echo, &status, 0);
    return n == 4 ? 0 : 2;
}
