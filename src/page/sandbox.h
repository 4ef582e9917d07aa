/*
 * sandbox.h - run untrusted work in a child process under seccomp and
 * resource limits (private).
 */
#ifndef ALOUD_SANDBOX_H
#define ALOUD_SANDBOX_H

#include "util.h"

/** Exit statuses a sandboxed function returns (or al_sandbox_exit()s with). */
enum {
    AL_SANDBOX_EXIT_OK = 0,
    AL_SANDBOX_EXIT_NOMEM = 90,   /* over its memory budget, or malloc failed */
    AL_SANDBOX_EXIT_SETUP = 91,   /* the limits or the filter could not be set */
    AL_SANDBOX_EXIT_IO = 92       /* writing the output failed */
};

/** The file descriptor a sandboxed function writes its output to: the only
 * one the filter lets it write to. */
#define AL_SANDBOX_OUT_FD 1

typedef struct {
    size_t max_memory;     /* what the function may allocate; the address
                              space limit is twice this above the parent's */
    unsigned max_seconds;  /* CPU seconds (RLIMIT_CPU); wall time: three times */
    size_t max_output;     /* bytes the parent accepts */
} al_sandbox_limits;

/** How the child ended. */
typedef enum {
    AL_SANDBOX_DONE,       /* exited 0 */
    AL_SANDBOX_NOMEM,      /* exited AL_SANDBOX_EXIT_NOMEM */
    AL_SANDBOX_TIMEOUT,    /* SIGXCPU, or killed at the wall-time deadline */
    AL_SANDBOX_TOOBIG,     /* wrote more than max_output: killed */
    AL_SANDBOX_SIGNAL,     /* ended by another signal (in `code`) */
    AL_SANDBOX_EXIT        /* exited with another status (in `code`) */
} al_sandbox_end;

typedef struct {
    al_sandbox_end end;
    int code;              /* the signal or exit status */
} al_sandbox_outcome;

/**
 * Run FN(ARG) in a forked child: only async-signal-safe system calls
 * between fork() and the seccomp filter, then the filter allows the
 * child nothing but memory management, write() to AL_SANDBOX_OUT_FD and
 * exit. FN's return value is the child's exit status. The parent reads
 * what FN writes into OUT (always NUL-terminated; untrusted: validate it)
 * and reaps the child, whatever happens.
 *
 * @param out  receives the output; free it with al_buf_free(), also on failure
 * @param how  how the child ended (when ALOUD_OK is returned)
 * @return ALOUD_OK when the child ran (see HOW), or ALOUD_ERROR when it
 *         could not be started (no pipe, fork, filter; message names WHAT)
 */
int al_sandbox_run(al_buf *out, al_sandbox_outcome *how, int (*fn)(void *arg), void *arg,
                   const al_sandbox_limits *limits, const char *what);

/** End the sandboxed child with STATUS: exit_group() itself, not _exit(),
 * which sanitizers intercept to run exit-time work the filter forbids. */
void al_sandbox_exit(int status) __attribute__((noreturn));

/** "SIGSEGV" for SIGSEGV, "signal 42" for signals without a short name (static or in BUF). */
const char *al_sandbox_signal_name(int sig, char *buf, size_t size);

#endif /* ALOUD_SANDBOX_H */
