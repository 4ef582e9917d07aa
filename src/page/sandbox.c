/*
 * sandbox.c - run untrusted work in a child process under seccomp and
 * resource limits, as rdrview does (its sandbox.c), one request after
 * another.
 *
 * gumbo parses whatever a web page holds, and a parser bug there must not
 * become one in aloud: so the parse runs in a child process, and all the
 * parent takes back is bytes through a socket, which it validates.
 *
 * The child is a server, forked by the first request and kept: a fork
 * and exit a page cost more than the parse of most pages (page tables
 * copied, copy-on-write faults in both processes afterwards), a request
 * to a running server costs what the bytes cost. Between fork() and the
 * filter the child makes only async-signal-safe system calls (the parent
 * may be multithreaded: libaloud runs its pipeline on a thread of its
 * own, and programs link it): dup2 the socket to AL_SANDBOX_OUT_FD, close
 * every other descriptor, reset the signals that end a process to their
 * defaults (and ignore the terminal's: an interrupted parent decides for
 * itself), no core file, and finally PR_SET_NO_NEW_PRIVS and the seccomp
 * filter. The filter is compiled once, in the parent, by libseccomp
 * (pthread_once), so the child needs no allocation to install it. It
 * allows read() and write() on AL_SANDBOX_OUT_FD, memory management (brk,
 * mmap and mprotect without PROT_EXEC, munmap, mremap, madvise) and exit;
 * open fails (EACCES) and any other call kills the child (SIGSYS): no
 * socket, no exec, no futex, no setrlimit, so a lock the child cannot
 * take ends it rather than hanging. After the filter the child serves
 * requests with malloc: glibc's fork() resets malloc's locks in the
 * child, so that is safe even when another thread held one at the fork.
 *
 * Before each request the parent sets the server's soft limits with
 * prlimit(): RLIMIT_CPU at the CPU time it has used plus the request's
 * seconds, RLIMIT_AS at its size at the start plus twice the request's
 * memory budget (so that it cannot grow far past the budget even if its
 * own allocator's count were subverted). The parent writes the request
 * and reads the reply with poll() against a wall-time deadline (three
 * times the CPU limit), kills the server if it runs past it or replies
 * more than it may, and reaps a server that ended (wait4, EINTR retried;
 * its CPU time tells a SIGKILL at the deadline after the CPU budget from
 * a crash). A server that ended by a signal or an unknown status failed
 * the request, never aloud; the next request starts a new one. A fork()
 * of the program forgets its parent's server (atfork) and starts its
 * own; at exit the program ends its servers and reaps them, so that their
 * CPU time and memory count as its own.
 *
 * Under valgrind, which runs every system call of the process through its
 * own code and keeps its own memory in the process, a filter would kill
 * valgrind itself (and valgrind does not implement seccomp()), and
 * RLIMIT_AS would starve it: the child then runs with its CPU limit and
 * the work's own memory count only.
 */
#define _GNU_SOURCE                       /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <linux/filter.h>
#include <linux/seccomp.h>
#include <seccomp.h>

#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif
#ifndef RUNNING_ON_VALGRIND
#define RUNNING_ON_VALGRIND 0
#endif

#include "sandbox.h"

/* AddressSanitizer (gcc, clang) asks for the signal stack before every
 * call to a noreturn function: the filter lets it, in those builds only */
#if defined(__SANITIZE_ADDRESS__)
#define ALOUD_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALOUD_ASAN 1
#endif
#endif

#define MAX_FILTER 512            /* BPF instructions; ours takes about 40 */

/* ---- the filter, compiled once ----------------------------------------- */

static struct {
    pthread_once_t once;
    bool failed;                  /* libseccomp could not compile it */
    struct sock_filter code[MAX_FILTER];
    struct sock_fprog prog;       /* len 0: no filter (valgrind) */
} filter = { .once = PTHREAD_ONCE_INIT };

static int add_rules(scmp_filter_ctx ctx)
{
    static const int plain[] = {
        SCMP_SYS(exit_group), SCMP_SYS(exit), SCMP_SYS(brk),
        SCMP_SYS(munmap), SCMP_SYS(mremap), SCMP_SYS(madvise),
    };
    int rc = 0;
    size_t i;

    for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
        rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, plain[i], 0);
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(write), 1,
                           SCMP_A0(SCMP_CMP_EQ, AL_SANDBOX_OUT_FD, 0));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(read), 1,
                           SCMP_A0(SCMP_CMP_EQ, AL_SANDBOX_OUT_FD, 0));
    /* memory, never executable memory */
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(mprotect), 1,
                           SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
    /* glibc's malloc reads /proc/sys/vm/overcommit_memory before it
     * shrinks a thread's heap, and does without when it cannot */
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(openat), 0);
#ifdef __NR_open
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(open), 0);
#endif
#ifdef ALOUD_ASAN
    rc |= seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(sigaltstack), 0);
#endif
    return rc;
}

/* Compile the filter into filter.code: libseccomp writes the BPF program
 * to a descriptor, a pipe here (it is far smaller than a pipe's buffer). */
static void build_filter(void)
{
    scmp_filter_ctx ctx;
    int fds[2] = { -1, -1 };
    size_t got = 0;
    ssize_t n = 1;

    if (RUNNING_ON_VALGRIND)
        return;
    filter.failed = true;
    if (!(ctx = seccomp_init(SCMP_ACT_KILL_PROCESS)) && !(ctx = seccomp_init(SCMP_ACT_KILL)))
        return;
    if (add_rules(ctx) == 0 && pipe2(fds, O_CLOEXEC) == 0 && seccomp_export_bpf(ctx, fds[1]) == 0) {
        close(fds[1]);
        fds[1] = -1;
        while (got < sizeof(filter.code) && n != 0) {
            n = read(fds[0], (char *)filter.code + got, sizeof(filter.code) - got);
            if (n < 0 && errno != EINTR)
                break;
            got += n > 0 ? (size_t)n : 0;
        }
        if (n == 0 && got > 0 && got % sizeof(struct sock_filter) == 0) {
            filter.prog.len = (unsigned short)(got / sizeof(struct sock_filter));
            filter.prog.filter = filter.code;
            filter.failed = false;
        }
    }
    if (fds[0] >= 0)
        close(fds[0]);
    if (fds[1] >= 0)
        close(fds[1]);
    seccomp_release(ctx);
}

/* ---- the server --------------------------------------------------------- */

typedef struct {
    sigset_t none;
    struct sigaction dfl, ign;
} child_setup;

/* Read exactly N bytes from the socket; false at EOF before the first
 * byte, and the server ends on a short or failed read. */
static bool read_all(void *p, size_t n)
{
    char *s = p;
    size_t got = 0;

    while (got < n) {
        ssize_t k = read(AL_SANDBOX_OUT_FD, s + got, n - got);
        if (k < 0 && errno == EINTR)
            continue;
        if (k == 0 && got == 0)
            return false;
        if (k <= 0)
            al_sandbox_exit(AL_SANDBOX_EXIT_IO);
        got += (size_t)k;
    }
    return true;
}

static void write_all(const void *p, size_t n)
{
    const char *s = p;

    while (n) {
        ssize_t k = write(AL_SANDBOX_OUT_FD, s, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            al_sandbox_exit(AL_SANDBOX_EXIT_IO);
        s += k;
        n -= (size_t)k;
    }
}

static bool replied;   /* the server sent the current reply's end */

void al_sandbox_reply(const void *data, size_t n)
{
    uint32_t head;

    while (n) {
        size_t k = n < UINT32_MAX ? n : UINT32_MAX;
        head = (uint32_t)k;
        write_all(&head, sizeof(head));
        write_all(data, k);
        data = (const char *)data + k;
        n -= k;
    }
}

/* The server's loop: a request is its length and memory budget (two
 * uint64_t) and its bytes; the reply is frames of a uint32_t length and
 * that many bytes, and an empty frame when FN returned AL_SANDBOX_EXIT_OK.
 * Any other status of FN ends the server with it. EOF ends it with 0. */
static void __attribute__((noreturn)) serve(al_sandbox_fn fn)
{
    for (;;) {
        uint64_t head[2];
        char *req;
        int status;

        if (!read_all(head, sizeof(head)))
            al_sandbox_exit(AL_SANDBOX_EXIT_OK);
        if (head[0] >= SIZE_MAX || !(req = malloc((size_t)head[0] + 1)))
            al_sandbox_exit(AL_SANDBOX_EXIT_NOMEM);
        if (head[0] && !read_all(req, (size_t)head[0]))
            al_sandbox_exit(AL_SANDBOX_EXIT_IO);
        req[head[0]] = '\0';
        replied = false;
        status = fn(req, (size_t)head[0], head[1] < SIZE_MAX ? (size_t)head[1] : SIZE_MAX);
        free(req);
        if (status != AL_SANDBOX_EXIT_OK)
            al_sandbox_exit(status);
        al_sandbox_reply_end();
    }
}

void al_sandbox_reply_end(void)
{
    static const uint32_t end = 0;

    if (!replied)
        write_all(&end, sizeof(end));
    replied = true;
}

/* Everything here up to serve() is an async-signal-safe system call. */
static void __attribute__((noreturn))
child(int fd, al_sandbox_fn fn, const child_setup *s)
{
    static const int fatal[] = { SIGXCPU, SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE,
                                 SIGSYS, SIGTRAP, SIGPIPE };
    static const int terminal[] = { SIGINT, SIGQUIT, SIGHUP, SIGTERM };
    const struct rlimit no_core = { 0, 0 };
    size_t i;

    if (fd != AL_SANDBOX_OUT_FD && (dup2(fd, AL_SANDBOX_OUT_FD) < 0 || close(fd) < 0))
        al_sandbox_exit(AL_SANDBOX_EXIT_SETUP);
#ifdef SYS_close_range
    syscall(SYS_close_range, AL_SANDBOX_OUT_FD + 1, ~0U, 0);   /* best effort */
#endif
    for (i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
        sigaction(fatal[i], &s->dfl, NULL);
    for (i = 0; i < sizeof(terminal) / sizeof(terminal[0]); i++)
        sigaction(terminal[i], &s->ign, NULL);
    sigprocmask(SIG_SETMASK, &s->none, NULL);
    if (setrlimit(RLIMIT_CORE, &no_core) != 0)
        al_sandbox_exit(AL_SANDBOX_EXIT_SETUP);
    if (filter.prog.len &&
        (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
         prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter.prog) != 0))
        al_sandbox_exit(AL_SANDBOX_EXIT_SETUP);
    serve(fn);
}

void al_sandbox_exit(int status)
{
    for (;;)
        syscall(SYS_exit_group, status);
}

/* The address space of the calling process, in bytes, or 0 when /proc is
 * missing. */
static size_t address_space(void)
{
    char buf[64];
    size_t pages = 0;
    ssize_t n;
    int fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC), i;

    if (fd < 0)
        return 0;
    n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    for (i = 0; i < n && buf[i] >= '0' && buf[i] <= '9'; i++)
        pages = pages * 10 + (size_t)(buf[i] - '0');
    return pages * (size_t)sysconf(_SC_PAGESIZE);
}

/* ---- the parent --------------------------------------------------------- */

/* Servers this process started: forgotten in a forked child (atfork),
 * which must not talk to its parent's server and starts its own; ended
 * at exit. */
#define MAX_SERVERS 4
static al_sandbox_server *servers[MAX_SERVERS];
static pthread_mutex_t servers_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void forget_servers(void)   /* in the child of a fork(), one thread */
{
    size_t i;

    pthread_mutex_init(&servers_lock, NULL);
    for (i = 0; i < MAX_SERVERS; i++) {
        al_sandbox_server *s = servers[i];
        if (!s)
            continue;
        pthread_mutex_init(&s->lock, NULL);
        if (s->fd >= 0)
            close(s->fd);
        s->fd = -1;
        s->pid = 0;
    }
}

/* At exit: end every server and reap it, so that none outlives the
 * program and its CPU time and memory count as the program's (in
 * getrusage(RUSAGE_CHILDREN) of whoever ran it, time(1), ulimits). An
 * idle server exits at EOF on its socket; one that another thread is
 * still using is killed. */
static void stop_servers(void)
{
    size_t i;

    for (i = 0; i < MAX_SERVERS; i++) {
        al_sandbox_server *s = servers[i];
        int status;
        if (!s || !s->pid)
            continue;
        if (pthread_mutex_trylock(&s->lock) != 0) {
            kill(s->pid, SIGKILL);
            continue;
        }
        if (s->pid) {
            close(s->fd);
            while (waitpid(s->pid, &status, 0) < 0 && errno == EINTR)
                ;
            s->fd = -1;
            s->pid = 0;
        }
        pthread_mutex_unlock(&s->lock);
    }
}

static void register_handlers(void)
{
    pthread_atfork(NULL, NULL, forget_servers);
    atexit(stop_servers);
}

static void remember(al_sandbox_server *s)
{
    size_t i;

    pthread_once(&atfork_once, register_handlers);
    pthread_mutex_lock(&servers_lock);
    for (i = 0; i < MAX_SERVERS && servers[i] != s; i++)
        ;
    for (i = i < MAX_SERVERS ? MAX_SERVERS : 0; i < MAX_SERVERS; i++)
        if (!servers[i]) {
            servers[i] = s;
            break;
        }
    pthread_mutex_unlock(&servers_lock);
}

static int start_server(al_sandbox_server *s, const char *what)
{
    child_setup setup;
    int fds[2], err;
    pid_t pid;

    memset(&setup, 0, sizeof(setup));
    sigemptyset(&setup.none);
    setup.dfl.sa_handler = SIG_DFL;
    setup.ign.sa_handler = SIG_IGN;
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0)
        return al_error_set(ALOUD_ERROR, "%s: cannot start the sandbox: socketpair: %s", what,
                            strerror(errno));
    s->base_as = address_space();
    pid = fork();
    if (pid == 0)
        child(fds[1], s->serve, &setup);
    err = errno;
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return al_error_set(ALOUD_ERROR, "%s: cannot start the sandbox: fork: %s", what,
                            strerror(err));
    }
    s->pid = pid;
    s->fd = fds[0];
    remember(s);
    return ALOUD_OK;
}

static rlim_t clamp(rlim_t want, rlim_t hard)
{
    return hard != RLIM_INFINITY && want > hard ? hard : want;
}

/* CPU seconds the server has used so far. */
static double cpu_used(pid_t pid)
{
    clockid_t clock;
    struct timespec t;

    if (clock_getcpuclockid(pid, &clock) != 0 || clock_gettime(clock, &t) != 0)
        return 0;
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* Give the server LIM for the next request: RLIMIT_CPU at what it has
 * used plus max_seconds, RLIMIT_AS at its size when it started plus twice
 * the memory budget (so it cannot grow far past the budget even if its
 * own allocator's count were subverted). Only the soft limits move: the
 * parent may raise them up to the hard ones, the server (seccomp) cannot
 * touch either. *CPU_LIMIT receives the CPU limit set. */
static bool set_limits(const al_sandbox_server *s, const al_sandbox_limits *lim,
                       double *cpu_limit)
{
    struct rlimit cur, want;

    if (prlimit(s->pid, RLIMIT_CPU, NULL, &cur) != 0)
        return false;
    want.rlim_max = cur.rlim_max;
    want.rlim_cur = clamp((rlim_t)cpu_used(s->pid) + 1 + lim->max_seconds, cur.rlim_max);
    *cpu_limit = (double)want.rlim_cur;
    if (prlimit(s->pid, RLIMIT_CPU, &want, NULL) != 0)
        return false;
    if (!s->base_as || RUNNING_ON_VALGRIND)   /* valgrind's own memory is in there */
        return true;
    if (prlimit(s->pid, RLIMIT_AS, NULL, &cur) != 0)
        return false;
    want.rlim_max = cur.rlim_max;
    want.rlim_cur = lim->max_memory < (SIZE_MAX - s->base_as) / 2
        ? clamp((rlim_t)(s->base_as + 2 * lim->max_memory), cur.rlim_max) : cur.rlim_max;
    return prlimit(s->pid, RLIMIT_AS, &want, NULL) == 0;
}

enum { CALL_DONE, CALL_EOF, CALL_TIMEOUT, CALL_TOOBIG, CALL_NOMEM, CALL_FAILED };

static long long elapsed_ms(const struct timespec *start)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) * 1000LL + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* Wait until FD is ready for EVENTS or the deadline passes (false). */
static bool wait_fd(int fd, short events, const struct timespec *start, long long deadline)
{
    for (;;) {
        struct pollfd p = { .fd = fd, .events = events };
        long long left = deadline - elapsed_ms(start);
        int rc;

        if (left <= 0)
            return false;
        rc = poll(&p, 1, left > INT_MAX ? INT_MAX : (int)left);
        if (rc > 0)
            return true;
        if (rc < 0 && errno != EINTR && errno != EAGAIN)
            return true;            /* let the read or write report it */
    }
}

/* Send the request: its head and bytes. */
static int send_request(int fd, const char *req, size_t len, const al_sandbox_limits *lim,
                        const struct timespec *start, long long deadline)
{
    uint64_t head[2] = { len, lim->max_memory };
    const char *parts[2] = { (const char *)head, req };
    size_t sizes[2] = { sizeof(head), len }, i;

    for (i = 0; i < 2; i++) {
        const char *p = parts[i];
        size_t n = sizes[i];
        while (n) {
            ssize_t k;
            if (!wait_fd(fd, POLLOUT, start, deadline))
                return CALL_TIMEOUT;
            k = send(fd, p, n, MSG_NOSIGNAL | MSG_DONTWAIT);
            if (k < 0 && (errno == EINTR || errno == EAGAIN))
                continue;
            if (k < 0)
                return errno == EPIPE || errno == ECONNRESET ? CALL_EOF : CALL_FAILED;
            p += k;
            n -= (size_t)k;
        }
    }
    return CALL_DONE;
}

/* Read the reply's frames into OUT until the empty one. */
static int read_reply(int fd, al_buf *out, const al_sandbox_limits *lim,
                      const struct timespec *start, long long deadline)
{
    unsigned char head[4];
    size_t head_got = 0, left = 0;

    for (;;) {
        ssize_t n;

        if (!wait_fd(fd, POLLIN, start, deadline))
            return CALL_TIMEOUT;
        if (left == 0) {                     /* a frame's length */
            n = recv(fd, head + head_got, sizeof(head) - head_got, MSG_DONTWAIT);
            if (n > 0 && (head_got += (size_t)n) == sizeof(head)) {
                uint32_t k;
                memcpy(&k, head, sizeof(k));
                if (k == 0)
                    return CALL_DONE;
                head_got = 0;
                left = k;
                if (out->len + left > lim->max_output)
                    return CALL_TOOBIG;
                if (!al_buf_grow(out, left))
                    return CALL_NOMEM;
            }
        } else {
            n = recv(fd, out->data + out->len, left, MSG_DONTWAIT);
            if (n > 0) {
                out->len += (size_t)n;
                out->data[out->len] = '\0';
                left -= (size_t)n;
            }
        }
        if (n == 0)
            return CALL_EOF;
        if (n < 0 && errno != EINTR && errno != EAGAIN)
            return errno == ECONNRESET ? CALL_EOF : CALL_FAILED;
    }
}

/* Wait for PID; false when its status is lost (SIGCHLD ignored, or reaped
 * by someone else). *CPU_S is the CPU seconds the child used. */
static bool reap(pid_t pid, int *status, double *cpu_s)
{
    struct rusage ru;
    pid_t r;

    memset(&ru, 0, sizeof(ru));
    while ((r = wait4(pid, status, 0, &ru)) < 0 && errno == EINTR)
        ;
    *cpu_s = (double)ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 +
             (double)ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    return r == pid;
}

/* End the server (when it is not ending already) and reap it. */
static void stop(al_sandbox_server *s, bool kill_it, int *status, double *cpu_s, bool *known)
{
    if (kill_it)
        kill(s->pid, SIGKILL);
    close(s->fd);
    *known = reap(s->pid, status, cpu_s);
    s->fd = -1;
    s->pid = 0;
}

/* How the server ended during a request, from its status. A SIGKILL
 * after it spent its CPU budget is a timeout: SIGXCPU at the soft limit
 * did not end it (valgrind handles it) and the deadline did. */
static al_sandbox_end ending(int status, bool known, double cpu_s, double cpu_limit)
{
    if (!known)
        return AL_SANDBOX_EXIT;                 /* no reply, no status: it failed */
    if (WIFSIGNALED(status))
        return WTERMSIG(status) == SIGXCPU ||
               (WTERMSIG(status) == SIGKILL && cpu_s >= cpu_limit)
            ? AL_SANDBOX_TIMEOUT : AL_SANDBOX_SIGNAL;
    return WEXITSTATUS(status) == AL_SANDBOX_EXIT_NOMEM ? AL_SANDBOX_NOMEM : AL_SANDBOX_EXIT;
}

int al_sandbox_call(al_sandbox_server *s, al_buf *out, al_sandbox_outcome *how,
                    const char *req, size_t len, const al_sandbox_limits *limits,
                    const char *what)
{
    long long deadline = (long long)limits->max_seconds * 3000 + 1000;
    struct timespec start;
    double cpu_limit = 0, cpu_s = 0;
    int status = 0, got, err = ALOUD_OK;
    bool known;

    memset(how, 0, sizeof(*how));
    pthread_once(&filter.once, build_filter);
    if (filter.failed)
        return al_error_set(ALOUD_ERROR, "%s: cannot compile the sandbox's system call filter "
                            "(libseccomp)", what);
    pthread_mutex_lock(&s->lock);
    if (s->pid && waitpid(s->pid, &status, WNOHANG) != 0) {
        close(s->fd);                /* it ended between requests: killed */
        s->fd = -1;
        s->pid = 0;
    }
    if (!s->pid && (err = start_server(s, what)) < 0)
        goto unlock;
    if (!set_limits(s, limits, &cpu_limit)) {
        err = al_error_set(ALOUD_ERROR, "%s: cannot set the sandbox's resource limits: %s",
                           what, strerror(errno));
        stop(s, true, &status, &cpu_s, &known);
        goto unlock;
    }
    clock_gettime(CLOCK_MONOTONIC, &start);
    got = send_request(s->fd, req, len, limits, &start, deadline);
    if (got == CALL_DONE)
        got = read_reply(s->fd, out, limits, &start, deadline);
    if (got == CALL_DONE) {
        how->end = AL_SANDBOX_DONE;
        goto unlock;
    }
    err = errno;
    stop(s, got != CALL_EOF, &status, &cpu_s, &known);
    if (got == CALL_NOMEM) {
        err = al_error_oom();
        goto unlock;
    }
    if (got == CALL_FAILED) {
        err = al_error_set(ALOUD_ERROR, "%s: cannot talk to the sandbox: %s", what,
                           strerror(err));
        goto unlock;
    }
    err = ALOUD_OK;
    how->end = got == CALL_TIMEOUT ? AL_SANDBOX_TIMEOUT
        : got == CALL_TOOBIG ? AL_SANDBOX_TOOBIG
        : ending(status, known, cpu_s, cpu_limit);
    how->code = !known ? 0 : WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status);
    if (how->end == AL_SANDBOX_EXIT && how->code == AL_SANDBOX_EXIT_SETUP)
        err = al_error_set(ALOUD_ERROR, "%s: cannot set up the sandbox (resource limits or "
                           "seccomp filter refused by the system)", what);
unlock:
    pthread_mutex_unlock(&s->lock);
    return err;
}

const char *al_sandbox_signal_name(int sig, char *buf, size_t size)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGABRT: return "SIGABRT";
    case SIGSYS: return "SIGSYS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGKILL: return "SIGKILL";
    case SIGTRAP: return "SIGTRAP";
    case SIGPIPE: return "SIGPIPE";
    default:
        snprintf(buf, size, "signal %d", sig);
        return buf;
    }
}
