/*
 * encproc.c - the encoder (encode.c) in a process of its own, fed the
 * samples through a socket.
 *
 * Why a process. Loading FFmpeg's libraries costs a process about 19 MB
 * of resident memory (libavcodec, libavformat and their ~100 libraries:
 * code, relocated data, constructors) and the FLAC encoder zeroes 6.5 MB
 * of context (eight channels' worth of 65535-sample blocks, whatever the
 * channels). In the exporting process that comes on top of everything it
 * has touched to fetch, parse and speak the article (curl, TLS, the
 * parser, espeak-ng: 17 MB), 43 MB for a FLAC export. A process forked
 * for the encoding starts with only the exporting process's written pages
 * and touches only the code it runs, so it peaks some 8 MB lower, and
 * the exporting process and its synthesis workers never map FFmpeg at
 * all (bench/README.md, "Memory"). For the same reason a cover is checked
 * (al_image_probe()) in a short-lived process of its own, which answers
 * what it found (kind, size, depth) for the encoders' spec, so that the
 * encoding process does not probe the picture again (every demuxer's
 * probe and a decode: 3.5 MB at its peak).
 *
 * Protocol. One stream socket: this process sends raw samples, then shuts
 * its side down; the encoding process answers twice, once the file is
 * open and once it is finished, each time a result (code, then the
 * message of an error). After an error it answers and leaves, so a send
 * that fails here means a result is waiting. The encoding process dies
 * with the exporting process (PR_SET_PDEATHSIG), ignores Ctrl-C (the
 * exporting process notices it and kills it), and leaves with _exit().
 */
#define _GNU_SOURCE
#include <errno.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "encproc.h"
#include "image.h"

#define CHUNK 16384        /* samples read at a time in the encoding process */
#define MESSAGE_MAX 1024

struct al_encproc {
    pid_t pid;      /* 0: reaped */
    int sock;
    char *name;
};

typedef struct {
    int32_t code;
    uint32_t len;   /* bytes of message that follow */
} result;

/* ---- the encoding process ---- */

static void send_result(int sock, int code)
{
    const char *message = code < 0 ? aloud_error_message() : "";
    size_t len = strlen(message) < MESSAGE_MAX ? strlen(message) : MESSAGE_MAX;
    result r = { code, (uint32_t)len };

    if (al_fd_write_all(sock, &r, sizeof(r), true) != 0 || al_fd_write_all(sock, message, len, true) != 0)
        _exit(1);
}

static void child_main(int sock, int fd, const char *name, const char *path,
                       const al_encode_spec *spec)
{
    static int16_t pcm[CHUNK];
    al_encoder *e;
    size_t held = 0;   /* bytes in PCM, an odd one kept for the next read */
    int err;

    err = al_encoder_open(&e, fd, name, path, spec);
    send_result(sock, err);
    if (err < 0)
        _exit(0);
    for (;;) {
        ssize_t n = recv(sock, (char *)pcm + held, sizeof(pcm) - held, 0);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            al_encoder_abort(e);
            _exit(1);
        }
        if (n == 0)
            break;
        held += (size_t)n;
        if ((err = al_encoder_write(e, pcm, held / sizeof(*pcm))) < 0) {
            al_encoder_abort(e);
            send_result(sock, err);
            _exit(0);
        }
        if (held % sizeof(*pcm))
            memcpy(pcm, (char *)pcm + held - 1, 1);
        held %= sizeof(*pcm);
    }
    send_result(sock, al_encoder_finish(e));
    _exit(0);
}

/* ---- seen from the exporting process ---- */

/* Wait for P's process (killed first with KILL_IT). */
static int reap(al_encproc *p, bool kill_it)
{
    int status = 0;
    pid_t got;

    if (!p->pid)
        return 0;
    if (kill_it)
        kill(p->pid, SIGKILL);
    while ((got = waitpid(p->pid, &status, 0)) < 0 && errno == EINTR)
        ;
    p->pid = 0;
    return got < 0 ? 0 : status;   /* ECHILD: SIGCHLD ignored, reaped already */
}

/* The encoding process's answer; the process is reaped when it failed. */
static int take_result(al_encproc *p)
{
    char message[MESSAGE_MAX + 1];
    result r;
    int status;

    if (al_fd_read_all(p->sock, &r, sizeof(r)) == (ssize_t)sizeof(r) && r.len <= MESSAGE_MAX &&
        al_fd_read_all(p->sock, message, r.len) == (ssize_t)r.len) {
        if (r.code >= 0)
            return ALOUD_OK;
        message[r.len] = '\0';
        reap(p, false);
        return al_error_set(r.code, "%s", message);
    }
    status = reap(p, false);
    if (WIFSIGNALED(status))
        return al_error_set(ALOUD_ERROR, "%s: the encoding process died (signal %d)", p->name,
                            WTERMSIG(status));
    return al_error_set(ALOUD_ERROR, "%s: the encoding process failed (status %d)", p->name,
                        WEXITSTATUS(status));
}

/* Start the process (P->pid, P->sock); in it, RUN(ARG, its socket). */
static int start(al_encproc *p, void (*run)(void *arg, int sock), void *arg)
{
    pid_t parent = getpid();
    int sv[2];

    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return al_error_set(ALOUD_ERROR, "%s: cannot start the encoding process (%s)", p->name,
                            strerror(errno));
    fflush(NULL);   /* nothing buffered twice */
    p->pid = fork();
    if (p->pid == 0) {
        close(sv[0]);
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (getppid() != parent)   /* it died before the line above */
            _exit(1);
        signal(SIGINT, SIG_IGN);
        /* The exporting process's heap and its article thread's arena come
         * along, resident, with their free chunks: give those back before
         * FFmpeg is loaded (about 1 MB on a 4-hour article). */
        malloc_trim(0);
        run(arg, sv[1]);
        _exit(0);
    }
    close(sv[1]);
    p->sock = sv[0];
    if (p->pid < 0) {
        p->pid = 0;
        close(p->sock);
        return al_error_set(ALOUD_ERROR, "%s: cannot start the encoding process (%s)", p->name,
                            strerror(errno));
    }
    return ALOUD_OK;
}

typedef struct {
    int fd;
    const char *name, *path;
    const al_encode_spec *spec;
} open_args;

static void run_encoder(void *arg, int sock)
{
    const open_args *a = arg;

    child_main(sock, a->fd, a->name, a->path, a->spec);
}

int al_encproc_open(al_encproc **out, int fd, const char *name, const char *path,
                    const al_encode_spec *spec)
{
    al_encproc *p = calloc(1, sizeof(*p));
    open_args a = { fd, name, path, spec };
    int err;

    *out = NULL;
    if (!p || !(p->name = al_strdup(name))) {
        free(p);
        close(fd);
        return al_error_oom();
    }
    err = start(p, run_encoder, &a);
    close(fd);
    if (err == ALOUD_OK && (err = take_result(p)) < 0)
        close(p->sock);
    if (err < 0) {
        free(p->name);
        free(p);
        return err;
    }
    *out = p;
    return ALOUD_OK;
}

typedef struct {
    const void *data;
    size_t len;
} image_args;

/* What the check tells of an image, after its result when that is OK. */
typedef struct {
    uint32_t kind, width, height, depth;
} image_answer;

static void run_image_check(void *arg, int sock)
{
    const image_args *a = arg;
    al_image_info info;
    int err = al_image_probe(&info, a->data, a->len);
    image_answer answer = { (uint32_t)info.kind, info.width, info.height, info.depth };

    send_result(sock, err);
    if (err >= 0 && al_fd_write_all(sock, &answer, sizeof(answer), true) != 0)
        _exit(1);
}

int al_encproc_image_check(const void *data, size_t len, al_image_info *info)
{
    char name[] = "the cover";
    al_encproc p = { 0, -1, name };
    image_args a = { data, len };
    image_answer answer;
    int err;

    if (info)
        memset(info, 0, sizeof(*info));
    if ((err = start(&p, run_image_check, &a)) < 0)
        return err;
    if ((err = take_result(&p)) == ALOUD_OK) {
        if (al_fd_read_all(p.sock, &answer, sizeof(answer)) != (ssize_t)sizeof(answer) ||
            (answer.kind != AL_IMAGE_JPEG && answer.kind != AL_IMAGE_PNG))
            err = al_error_set(ALOUD_ERROR, "%s: the check's process failed", name);
        else if (info)
            *info = (al_image_info){ (al_image_kind)answer.kind,
                                     answer.kind == AL_IMAGE_PNG ? "image/png" : "image/jpeg",
                                     answer.width, answer.height, answer.depth };
        reap(&p, err < 0);
    }
    close(p.sock);
    return err;
}

int al_encproc_write(al_encproc *p, const int16_t *pcm, size_t count)
{
    int err;

    if (!p->pid)
        return al_error_set(ALOUD_ERROR, "%s: the encoding process has stopped", p->name);
    if (al_fd_write_all(p->sock, pcm, count * sizeof(*pcm), true) == 0)
        return ALOUD_OK;
    /* it stopped on an error, and said which */
    if ((err = take_result(p)) == ALOUD_OK) {
        reap(p, true);
        err = al_error_set(ALOUD_ERROR, "%s: the encoding process stopped reading", p->name);
    }
    return err;
}

int al_encproc_finish(al_encproc *p)
{
    int err;

    if (!p->pid) {
        err = al_error_set(ALOUD_ERROR, "%s: the encoding process has stopped", p->name);
    } else {
        shutdown(p->sock, SHUT_WR);
        if ((err = take_result(p)) == ALOUD_OK && WIFSIGNALED(reap(p, false)))
            err = al_error_set(ALOUD_ERROR, "%s: the encoding process died", p->name);
    }
    close(p->sock);
    free(p->name);
    free(p);
    return err;
}

void al_encproc_abort(al_encproc *p)
{
    if (!p)
        return;
    reap(p, true);
    close(p->sock);
    free(p->name);
    free(p);
}
