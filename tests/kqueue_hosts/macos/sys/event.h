/* macOS's <sys/event.h> as far as the playground uses it: the types, constants and calls
 * that macOS's kqueue(2) man page documents, with macOS's values. Only for compiling the
 * kqueue code on Linux (tests/CMakeLists.txt, test_kqueue_host_*): nothing links against it
 * and nothing here runs. */
#ifndef SPG_KQUEUE_HOST_MACOS_EVENT_H
#define SPG_KQUEUE_HOST_MACOS_EVENT_H

#include <stdint.h>
#include <time.h>

#define EVFILT_READ (-1)
#define EVFILT_WRITE (-2)
#define EVFILT_AIO (-3)
#define EVFILT_VNODE (-4)
#define EVFILT_PROC (-5)
#define EVFILT_SIGNAL (-6)
#define EVFILT_TIMER (-7)
#define EVFILT_MACHPORT (-8)
#define EVFILT_FS (-9)
#define EVFILT_USER (-10)

#define EV_ADD 0x0001
#define EV_DELETE 0x0002
#define EV_ENABLE 0x0004
#define EV_DISABLE 0x0008
#define EV_ONESHOT 0x0010
#ifdef SPG_KQUEUE_HOST_SEES /* the tests' wrong header: a value and a call that differ */
#define EV_CLEAR 0x0200
#else
#define EV_CLEAR 0x0020
#endif
#define EV_RECEIPT 0x0040
#define EV_DISPATCH 0x0080
#define EV_ERROR 0x4000
#define EV_EOF 0x8000

#define NOTE_TRIGGER 0x01000000

#define KEVENT_FLAG_NONE 0x000
#define KEVENT_FLAG_IMMEDIATE 0x001

struct kevent {
    uintptr_t ident;
    int16_t filter;
    uint16_t flags;
    uint32_t fflags;
    intptr_t data;
    void *udata;
};

struct kevent64_s {
    uint64_t ident;
    int16_t filter;
    uint16_t flags;
    uint32_t fflags;
    int64_t data;
    uint64_t udata;
    uint64_t ext[2];
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
    } while (0)

#define EV_SET64(kevp, a, b, c, d, e, f, g, h)                                                 \
    do {                                                                                       \
        struct kevent64_s *spg_kevp = (kevp);                                                  \
        spg_kevp->ident = (a);                                                                 \
        spg_kevp->filter = (b);                                                                \
        spg_kevp->flags = (c);                                                                 \
        spg_kevp->fflags = (d);                                                                \
        spg_kevp->data = (e);                                                                  \
        spg_kevp->udata = (f);                                                                 \
        spg_kevp->ext[0] = (g);                                                                \
        spg_kevp->ext[1] = (h);                                                                \
    } while (0)

#ifdef __cplusplus
extern "C" {
#endif
int kqueue(void);
int kevent(int kq, const struct kevent *changelist, int nchanges, struct kevent *eventlist,
           int nevents, const struct timespec *timeout);
#ifdef SPG_KQUEUE_HOST_SEES
int kevent64(int kq, const struct kevent64_s *changelist, int nchanges,
             struct kevent64_s *eventlist, int nevents, const struct timespec *timeout);
#else
int kevent64(int kq, const struct kevent64_s *changelist, int nchanges,
             struct kevent64_s *eventlist, int nevents, unsigned int flags,
             const struct timespec *timeout);
#endif
#ifdef __cplusplus
}
#endif

#endif
