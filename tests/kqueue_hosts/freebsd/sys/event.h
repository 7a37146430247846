/* FreeBSD's <sys/event.h> (12 and later) as far as the playground uses it: the types,
 * constants and calls that FreeBSD's kqueue(2) man page documents, with FreeBSD's values
 * (EVFILT_USER is -11 there, and struct kevent has ext[4]; there is no kevent64()). Only for
 * compiling the kqueue code on Linux (tests/CMakeLists.txt, test_kqueue_host_*): nothing
 * links against it and nothing here runs. */
#ifndef SPG_KQUEUE_HOST_FREEBSD_EVENT_H
#define SPG_KQUEUE_HOST_FREEBSD_EVENT_H

#include <stdint.h>
#include <time.h>

#define EVFILT_READ (-1)
#define EVFILT_WRITE (-2)
#define EVFILT_AIO (-3)
#define EVFILT_VNODE (-4)
#define EVFILT_PROC (-5)
#define EVFILT_SIGNAL (-6)
#define EVFILT_TIMER (-7)
#define EVFILT_PROCDESC (-8)
#define EVFILT_FS (-9)
#define EVFILT_LIO (-10)
#define EVFILT_USER (-11)

#define EV_ADD 0x0001
#define EV_DELETE 0x0002
#define EV_ENABLE 0x0004
#define EV_DISABLE 0x0008
#define EV_FORCEONESHOT 0x0100
#define EV_ONESHOT 0x0010
#define EV_CLEAR 0x0020
#define EV_RECEIPT 0x0040
#define EV_DISPATCH 0x0080
#define EV_ERROR 0x4000
#define EV_EOF 0x8000

#define NOTE_TRIGGER 0x01000000

struct kevent {
    uintptr_t ident;
    short filter;
    unsigned short flags;
    unsigned int fflags;
    int64_t data;
    void *udata;
    uint64_t ext[4];
};

#define EV_SET(kevp, a, b, c, d, e, f)                                                          \
    do {                                                                                       \
        struct kevent *spg_kevp = (kevp);                                                      \
        spg_kevp->ident = (a);                                                                 \
        spg_kevp->filter = (b);                                                                \
        spg_kevp->flags = (c);                                                                 \
        spg_kevp->fflags = (d);                                                                \
        spg_kevp->data = (e);                                                                  \
        spg_kevp->udata = (f);                                                                 \
        spg_kevp->ext[0] = spg_kevp->ext[1] = spg_kevp->ext[2] = spg_kevp->ext[3] = 0;        \
    } while (0)

#ifdef __cplusplus
extern "C" {
#endif
int kqueue(void);
int kevent(int kq, const struct kevent *changelist, int nchanges, struct kevent *eventlist,
           int nevents, const struct timespec *timeout);
#ifdef __cplusplus
}
#endif

#endif
