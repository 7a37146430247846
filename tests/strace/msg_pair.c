/* sendmsg()/recvmsg() with two iovecs each over a socketpair() (stream, then datagram),
   and between two UDP sockets on 127.0.0.1 with msg_name naming the peer. One process:
   every call returns at once. */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static int sendTwo(int fd, const char* a, const char* b, struct sockaddr_in* to)
{
    struct iovec iov[2] = { { (void*)a, strlen(a) }, { (void*)b, strlen(b) } };
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = iov;
    m.msg_iovlen = 2;
    if (to) {
        m.msg_name = to;
        m.msg_namelen = sizeof *to;
    }
    return (int)sendmsg(fd, &m, 0);
}

static int recvTwo(int fd, size_t first, size_t second, struct sockaddr_in* from)
{
    char a[64], b[64];
    struct iovec iov[2] = { { a, first }, { b, second } };
    struct msghdr m;
    memset(&m, 0, sizeof m);
    m.msg_iov = iov;
    m.msg_iovlen = 2;
    if (from) {
        m.msg_name = from;
        m.msg_namelen = sizeof *from;
    }
    return (int)recvmsg(fd, &m, 0);
}

int main(void)
{
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) < 0)
        return 1;
    if (sendTwo(sv[0], "head", "er+body", NULL) != 11 || recvTwo(sv[1], 4, 16, NULL) != 11)
        return 2;
    close(sv[0]);
    if (recvTwo(sv[1], 4, 4, NULL) != 0) /* end of file: the peer closed */
        return 3;
    close(sv[1]);

    int dv[2];
    if (socketpair(AF_UNIX, SOCK_DGRAM, 0, dv) < 0)
        return 4;
    if (sendTwo(dv[1], "one", "two", NULL) != 6 || recvTwo(dv[0], 2, 8, NULL) != 6)
        return 5;
    close(dv[0]);
    close(dv[1]);

    struct sockaddr_in addr;
    socklen_t len = sizeof addr;
    memset(&addr, 0, sizeof addr);
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int rx = socket(AF_INET, SOCK_DGRAM, 0);
    int tx = socket(AF_INET, SOCK_DGRAM, 0);
    if (bind(rx, (struct sockaddr*)&addr, sizeof addr) < 0)
        return 6;
    getsockname(rx, (struct sockaddr*)&addr, &len);
    struct sockaddr_in from;
    if (sendTwo(tx, "da", "tagram", &addr) != 8 || recvTwo(rx, 3, 16, &from) != 8)
        return 7;
    close(tx);
    close(rx);
    return 0;
}
