/* The exported program's head: feature macros, every include its helpers and calls use, and
 * PRINTF_LIKE. Emitted first in every program; the pieces in the other files of export/c/
 * assume it. See embed.cmake for the markers. */

/* @head */
#define _GNU_SOURCE /* Linux: MSG_MORE, struct tcp_info */
#define _DEFAULT_SOURCE
#define _DARWIN_C_SOURCE /* macOS: SO_NOSIGPIPE, TCP_CONNECTION_INFO */

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#if defined(__GNUC__) || defined(__clang__)
#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))
#else
#define PRINTF_LIKE(f, a)
#endif
