/*
 * sandbox.c - run untrusted work in a child process under seccomp and
 * resource limits, as rdrview does (its sandbox.c).
 *
 * gumbo parses whatever a web page holds, and a parser bug there must not
 * become one in aloud: so the parse runs in a forked child, and all the
 * parent takes back is bytes through a pipe, which it validates.
 *
 * Between fork() and the filter the child makes only async-signal-safe
 * system calls (the parent may be multithreaded: libaloud runs its
 * pipeline on a thread of its own, and programs link it): dup2 the pipe to
 * AL_SANDBOX_OUT_FD, close every other descriptor, reset the signals that
 * end a process to their defaults (and ignore the terminal's: an
 * interrupted parent decides for itself), then the limits: no core file,
 * RLIMIT_CPU, and RLIMIT_AS at the parent's address space plus twice the
 * memory budget (so that a child cannot grow far past it even if its own
 * allocator's count were subverted), and finally PR_SET_NO_NEW_PRIVS and
 * the seccomp filter. The filter is compiled once, in the parent, by
 * libseccomp (pthread_once), so the child needs no allocation to install
 * it. It allows write() to AL_SANDBOX_OUT_FD, memory management (brk,
 * mmap and mprotect without PROT_EXEC, munmap, mremap, madvise) and exit;
 * open fails (EACCES) and any other call kills the child (SIGSYS): no
 * read, no socket, no exec, no futex, so a lock the child cannot take
 * ends it rather than hanging.
 * After the filter the child runs the work, which allocates with malloc:
 * glibc's fork() resets malloc's locks in the child, so that is safe even
 * when another thread of the parent held one at the fork.
 *
 * The parent reads the output until EOF with poll() against a wall-time
 * deadline (three times the CPU limit), kills the child if it runs past
 * it or writes more than it may, and always reaps it (wait4, EINTR
 * retried; its CPU time tells a SIGKILL at the hard CPU limit from a
 * crash). A child that ends by a signal or an unknown status is a
 * failure of the work, never of aloud. If the program ignores SIGCHLD (or
 * reaps every child itself), the status is lost: the output, validated by
 * the caller, decides alone.
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
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
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
#define READ_CHUNK ((size_t)64 << 10)

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

/* ---- the child ---------------------------------------------------------- */

typedef struct {
    struct rlimit as, cpu;
    sigset_t none;
    struct sigaction dfl, ign;
} child_setup;

/* Everything here up to fn() is an async-signal-safe system call. */
static void __attribute__((noreturn))
child(int fd, int (*fn)(void *), void *arg, const child_setup *s)
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
    if (setrlimit(RLIMIT_CORE, &no_core) != 0 || setrlimit(RLIMIT_CPU, &s->cpu) != 0 ||
        (s->as.rlim_cur != RLIM_INFINITY && setrlimit(RLIMIT_AS, &s->as) != 0))
        al_sandbox_exit(AL_SANDBOX_EXIT_SETUP);
    if (filter.prog.len &&
        (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 ||
         prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter.prog) != 0))
        al_sandbox_exit(AL_SANDBOX_EXIT_SETUP);
    al_sandbox_exit(fn(arg));
}

void al_sandbox_exit(int status)
{
    for (;;)
        syscall(SYS_exit_group, status);
}

/* The parent's address space now, in bytes, or 0 when /proc is missing. */
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

static rlim_t clamp(rlim_t want, rlim_t hard)
{
    return hard != RLIM_INFINITY && want > hard ? hard : want;
}

static void prepare(child_setup *s, const al_sandbox_limits *lim)
{
    struct rlimit cur;
    size_t now = address_space();

    memset(s, 0, sizeof(*s));
    s->as.rlim_cur = s->as.rlim_max = RLIM_INFINITY;   /* no /proc: no limit to set */
    if (now && !RUNNING_ON_VALGRIND && getrlimit(RLIMIT_AS, &cur) == 0) {
        size_t room = lim->max_memory < SIZE_MAX / 4 ? 2 * lim->max_memory : SIZE_MAX / 2;
        s->as.rlim_cur = s->as.rlim_max =
            clamp(now < SIZE_MAX / 2 ? (rlim_t)now + room : RLIM_INFINITY, cur.rlim_max);
    }
    s->cpu.rlim_cur = lim->max_seconds;
    s->cpu.rlim_max = (rlim_t)lim->max_seconds + 1;
    if (getrlimit(RLIMIT_CPU, &cur) == 0) {
        s->cpu.rlim_max = clamp(s->cpu.rlim_max, cur.rlim_max);
        s->cpu.rlim_cur = clamp(s->cpu.rlim_cur, s->cpu.rlim_max);
    }
    sigemptyset(&s->none);
    s->dfl.sa_handler = SIG_DFL;
    s->ign.sa_handler = SIG_IGN;
}

/* ---- the parent --------------------------------------------------------- */

enum { READ_EOF, READ_TIMEOUT, READ_TOOBIG, READ_NOMEM, READ_FAILED };

static long long elapsed_ms(const struct timespec *start)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) * 1000LL + (now.tv_nsec - start->tv_nsec) / 1000000;
}

/* Read FD to its end into OUT, within the wall-time deadline and MAX_OUTPUT. */
static int collect(al_buf *out, int fd, const al_sandbox_limits *lim)
{
    long long deadline = (long long)lim->max_seconds * 3000 + 1000;
    struct timespec start;

    clock_gettime(CLOCK_MONOTONIC, &start);
    for (;;) {
        struct pollfd p = { .fd = fd, .events = POLLIN };
        long long left = deadline - elapsed_ms(&start);
        ssize_t n;
        int rc;

        if (left <= 0)
            return READ_TIMEOUT;
        rc = poll(&p, 1, left > INT_MAX ? INT_MAX : (int)left);
        if (rc < 0 && errno != EINTR && errno != EAGAIN)
            return READ_FAILED;
        if (rc <= 0)
            continue;
        if (!al_buf_grow(out, READ_CHUNK))
            return READ_NOMEM;
        n = read(fd, out->data + out->len, out->cap - out->len - 1);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            return READ_FAILED;
        if (n == 0)
            return READ_EOF;
        out->len += (size_t)n;
        out->data[out->len] = '\0';
        if (out->len > lim->max_output)
            return READ_TOOBIG;
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

/* Did the child end because its CPU time ran out? SIGXCPU at the soft
 * limit, or SIGKILL at the hard one when SIGXCPU did not end it (a
 * program that handles it: valgrind does). */
static bool out_of_cpu(int status, double cpu_s, const al_sandbox_limits *lim)
{
    if (!WIFSIGNALED(status))
        return false;
    return WTERMSIG(status) == SIGXCPU ||
           (WTERMSIG(status) == SIGKILL && cpu_s >= (double)lim->max_seconds);
}

int al_sandbox_run(al_buf *out, al_sandbox_outcome *how, int (*fn)(void *arg), void *arg,
                   const al_sandbox_limits *limits, const char *what)
{
    child_setup setup;
    int fds[2], status = 0, got, err;
    double cpu_s = 0;
    pid_t pid;
    bool known;

    memset(how, 0, sizeof(*how));
    pthread_once(&filter.once, build_filter);
    if (filter.failed)
        return al_error_set(ALOUD_ERROR, "%s: cannot compile the sandbox's system call filter "
                            "(libseccomp)", what);
    prepare(&setup, limits);
    if (pipe2(fds, O_CLOEXEC) != 0)
        return al_error_set(ALOUD_ERROR, "%s: cannot start the sandbox: pipe: %s", what,
                            strerror(errno));
    pid = fork();
    if (pid == 0)
        child(fds[1], fn, arg, &setup);
    err = errno;
    close(fds[1]);
    if (pid < 0) {
        close(fds[0]);
        return al_error_set(ALOUD_ERROR, "%s: cannot start the sandbox: fork: %s", what,
                            strerror(err));
    }
    got = collect(out, fds[0], limits);
    err = errno;
    close(fds[0]);
    if (got != READ_EOF)
        kill(pid, SIGKILL);
    known = reap(pid, &status, &cpu_s);
    if (got == READ_NOMEM)
        return al_error_oom();
    if (got == READ_FAILED)
        return al_error_set(ALOUD_ERROR, "%s: cannot read from the sandbox: %s", what,
                            strerror(err));
    how->end = got == READ_TIMEOUT ? AL_SANDBOX_TIMEOUT
        : got == READ_TOOBIG ? AL_SANDBOX_TOOBIG
        : !known ? AL_SANDBOX_DONE                        /* the output decides */
        : out_of_cpu(status, cpu_s, limits) ? AL_SANDBOX_TIMEOUT
        : WIFSIGNALED(status) ? AL_SANDBOX_SIGNAL
        : WEXITSTATUS(status) == AL_SANDBOX_EXIT_OK ? AL_SANDBOX_DONE
        : WEXITSTATUS(status) == AL_SANDBOX_EXIT_NOMEM ? AL_SANDBOX_NOMEM
        : AL_SANDBOX_EXIT;
    how->code = !known ? 0 : WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status);
    if (how->end == AL_SANDBOX_EXIT && how->code == AL_SANDBOX_EXIT_SETUP)
        return al_error_set(ALOUD_ERROR, "%s: cannot set up the sandbox (resource limits or "
                            "seccomp filter refused by the system)", what);
    return ALOUD_OK;
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
