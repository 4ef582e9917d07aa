/*
 * sandbox.h - run untrusted work in a child process under seccomp and
 * resource limits (private).
 */
#ifndef ALOUD_SANDBOX_H
#define ALOUD_SANDBOX_H

#include <pthread.h>
#include <sys/types.h>

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
                              space limit is twice this above the server's
                              size at its start */
    unsigned max_seconds;  /* CPU seconds (RLIMIT_CPU); wall time: three times */
    size_t max_output;     /* bytes the parent accepts */
} al_sandbox_limits;

/** How a request ended. */
typedef enum {
    AL_SANDBOX_DONE,       /* replied in full */
    AL_SANDBOX_NOMEM,      /* exited AL_SANDBOX_EXIT_NOMEM */
    AL_SANDBOX_TIMEOUT,    /* out of CPU time, or killed at the wall-time deadline */
    AL_SANDBOX_TOOBIG,     /* wrote more than max_output: killed */
    AL_SANDBOX_SIGNAL,     /* ended by another signal (in `code`) */
    AL_SANDBOX_EXIT        /* exited with another status (in `code`) */
} al_sandbox_end;

typedef struct {
    al_sandbox_end end;
    int code;              /* the signal or exit status */
} al_sandbox_outcome;

/** A sandboxed function: handle the request REQ (LEN bytes, NUL-terminated),
 * which may make it allocate MAX_MEMORY bytes, replying with
 * al_sandbox_reply(). Any status but AL_SANDBOX_EXIT_OK ends the server. */
typedef int (*al_sandbox_fn)(const char *req, size_t len, size_t max_memory);

/** A server: a child process, started by the first call, that runs FN for
 * one request after another until it fails or the program ends. */
typedef struct {
    al_sandbox_fn serve;
    pthread_mutex_t lock;  /* one request at a time */
    pid_t pid;             /* 0: not running */
    int fd;                /* our end of its socket */
    size_t base_as;        /* its address space when it started */
} al_sandbox_server;

#define AL_SANDBOX_SERVER_INIT(fn) { (fn), PTHREAD_MUTEX_INITIALIZER, 0, -1, 0 }

/**
 * Have server S handle REQ under LIMITS; start it first if it is not
 * running (a fork() of the program starts its own). The server is a
 * forked child under the seccomp filter: it may only manage memory, read
 * and write its socket, and exit. Before each request the parent sets
 * its RLIMIT_CPU and RLIMIT_AS (soft limits) for this request; if it
 * fails, runs past the deadline or replies too much, it is killed and
 * reaped, and the next call starts a new one. The parent reads the reply
 * into OUT (always NUL-terminated; untrusted: validate it).
 *
 * @param out  receives the reply; free it with al_buf_free(), also on failure
 * @param how  how the request ended (when ALOUD_OK is returned)
 * @return ALOUD_OK when the request ran (see HOW), or ALOUD_ERROR when the
 *         server could not be started or reached (message names WHAT)
 */
int al_sandbox_call(al_sandbox_server *s, al_buf *out, al_sandbox_outcome *how,
                    const char *req, size_t len, const al_sandbox_limits *limits,
                    const char *what);

/** In the server: send N bytes of the reply. */
void al_sandbox_reply(const void *data, size_t n);

/** In the server: the reply is complete (the parent goes on while the
 * server frees what it used). Implied when the function returns. */
void al_sandbox_reply_end(void);

/** End the sandboxed child with STATUS: exit_group() itself, not _exit(),
 * which sanitizers intercept to run exit-time work the filter forbids. */
void al_sandbox_exit(int status) __attribute__((noreturn));

/** "SIGSEGV" for SIGSEGV, "signal 42" for signals without a short name (static or in BUF). */
const char *al_sandbox_signal_name(int sig, char *buf, size_t size);

#endif /* ALOUD_SANDBOX_H */
