/*
 * parallel.c - an export's sections synthesised in worker processes, and
 * their audio handed on in order.
 *
 * Why processes. espeak-ng 1.51 is one engine per process (synth.h), so
 * sections can only be spoken at once by separate processes, each forked
 * from the exporting process, which has loaded the voice but not spoken.
 *
 * Why groups. The engine carries state from one text to the next: a
 * section spoken after another comes out a few hundred samples longer or
 * shorter, with other samples, and nothing in espeak-ng's API resets it
 * (a voice set again, espeak_Cancel(), espeak_ng_Synchronize(), srand(),
 * a fixed text spoken before: all tried). So the file is the same with
 * any number of jobs only if each section follows the same sections in
 * the same engine whatever the jobs. The caller cuts the sections into
 * groups of consecutive ones that do not depend on the jobs (export.c:
 * by words); each group is spoken in a fresh process, section after
 * section, with one job too. Not a process per section: a fresh engine
 * costs about 18 ms of CPU (copied pages, its first text), a third more
 * than the synthesis itself for short sections.
 *
 * Order and memory. The section being written out (the head) streams from
 * its worker straight to the caller. Sections that finish before their
 * turn wait in an unnamed temporary file per group (O_TMPFILE, next to
 * the output: nothing to clean up, even after a crash), copied out when
 * their turn comes; at most two groups per job are in flight, so memory
 * stays a few buffers however long the article. The samples do not pass
 * through this process when the kernel can move them (al_fd_move():
 * splice from the pipe, copy_file_range from the waiting file) and the
 * caller takes them from a descriptor (audio_from); else they are read
 * here and handed on (audio).
 *
 * Workers. A worker writes frames to its pipe: DATA (samples of its
 * current section), DONE (the section's end) or ERROR (code and message).
 * It dies with the exporting process (PR_SET_PDEATHSIG), is killed and
 * reaped on an error or a cancellation, so no process outlives the
 * export, and leaves with _exit(): the parent's files, stdio buffers and
 * exit handlers are not its own.
 */
#define _GNU_SOURCE                       /* O_TMPFILE, pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "parallel.h"

#define MAX_JOBS 64
#define GROUPS_PER_JOB 2     /* groups in flight per job */
#define CHUNK 16384          /* samples copied at a time */
#define FRAME 65536          /* samples a worker sends at a time (3 s) */
#define PIPE_SIZE (1 << 18)  /* bytes a pipe holds: two frames */
#define MESSAGE_MAX 1024

enum { FRAME_DATA = 1, FRAME_DONE, FRAME_ERROR };

/* A worker's frame: then COUNT samples (DATA) or COUNT bytes of message
 * (ERROR); DONE's COUNT is the samples its section produced. */
typedef struct {
    int32_t kind;
    int32_t code;
    uint64_t count;
} frame;

typedef struct {
    pid_t pid;      /* 0: free */
    int fd;         /* its pipe's reading end */
    size_t g;       /* its group */
    size_t k;       /* the section it speaks */
    size_t first, end;  /* its group's sections */
} worker;

/* A section. */
typedef struct {
    uint64_t spill_at;  /* where its waiting audio starts in its group's file */
    uint64_t spilled;   /* samples there */
    uint64_t received;  /* samples received in all */
    size_t g;           /* its group */
    bool done;
} section;

/* A group. */
typedef struct {
    size_t first, end;  /* its sections */
    int spill_fd;       /* its sections' audio while they wait, or -1 */
    uint64_t spill_len; /* samples there */
} group;

typedef struct {
    const al_parallel *p;
    unsigned int jobs;
    worker workers[MAX_JOBS];
    section *sections;
    group *groups;
    size_t head;        /* the section being handed on */
    size_t started;     /* sections of the groups started */
    size_t next_group;  /* the next group to start */
    bool copying;       /* audio_from could not: read and write instead */
    int16_t *buf;       /* CHUNK samples */
} run;

/* ---- the worker ---- */

/* A worker sends its audio in frames of up to FRAME samples (3 s):
 * espeak-ng's own pieces (0.1 s) would wake the parent thirty times as
 * often, which costs more system time than the pipe's copies. */
typedef struct {
    const al_parallel *p;
    int fd;
    size_t held;
    int16_t pcm[FRAME];
} child;

static int child_flush(child *c)
{
    frame f = { FRAME_DATA, 0, c->held };
    int err = 0;

    if (c->held > 0)
        err = al_fd_write_all(c->fd, &f, sizeof(f), false) < 0 ||
              al_fd_write_all(c->fd, c->pcm, c->held * sizeof(*c->pcm), false) < 0;
    c->held = 0;
    return err;
}

static int child_sink(const int16_t *pcm, size_t count, void *data)
{
    child *c = data;

    if (c->p->cancelled && c->p->cancelled(c->p->data))
        return 1;
    while (count > 0) {
        size_t n = count < FRAME - c->held ? count : FRAME - c->held;

        memcpy(c->pcm + c->held, pcm, n * sizeof(*pcm));
        c->held += n;
        pcm += n;
        count -= n;
        if (c->held == FRAME && child_flush(c) != 0)
            return 1;
    }
    return 0;
}

static void close_inherited(run *r)
{
    for (unsigned int i = 0; i < r->jobs; i++)
        if (r->workers[i].pid)
            close(r->workers[i].fd);
    for (size_t g = 0; g < r->p->group_count; g++)
        if (r->groups[g].spill_fd >= 0)
            close(r->groups[g].spill_fd);
}

static void child_main(run *r, const group *g, int fd, pid_t parent)
{
    static child c;
    int err = ALOUD_OK;

    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent)   /* it died before the line above */
        _exit(1);
    close_inherited(r);
    c.p = r->p;
    c.fd = fd;
    for (size_t k = g->first; err == ALOUD_OK && k < g->end; k++) {
        frame f = { FRAME_DONE, 0, 0 };
        uint64_t produced = 0;
        const char *message = "";

        err = r->p->synth(r->p->data, k, child_sink, &c, &produced);
        if (err == ALOUD_OK && child_flush(&c) != 0)
            _exit(1);   /* the parent is gone or stopped reading */
        if (err < 0) {
            message = aloud_error_message();
            f = (frame){ FRAME_ERROR, err, strlen(message) };
        } else {
            f.count = produced;
        }
        if (al_fd_write_all(fd, &f, sizeof(f), false) != 0 ||
            (f.kind == FRAME_ERROR && al_fd_write_all(fd, message, f.count, false) != 0))
            _exit(1);
    }
    _exit(0);
}

/* ---- workers, seen from the parent ---- */

static int start(run *r, worker *w, size_t gi)
{
    group *g = &r->groups[gi];
    pid_t parent = getpid(), pid;
    int fds[2];

    if (pipe2(fds, O_CLOEXEC) != 0)
        return al_error_set(ALOUD_ESYNTH, "cannot start a synthesis process (%s)",
                            strerror(errno));
    fflush(NULL);   /* nothing buffered twice */
    pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return al_error_set(ALOUD_ESYNTH, "cannot start a synthesis process (%s)",
                            strerror(errno));
    }
    if (pid == 0) {
        close(fds[0]);
        child_main(r, g, fds[1], parent);
    }
    close(fds[1]);
    fcntl(fds[0], F_SETPIPE_SZ, PIPE_SIZE);   /* fewer wake-ups; a hint only */
    *w = (worker){ pid, fds[0], gi, g->first, g->first, g->end };
    r->started = g->end;
    return ALOUD_OK;
}

/* Close W's pipe and wait for it; ALOUD_OK when it exited with status 0. */
static int reap(worker *w, bool kill_it)
{
    int status = 0;
    pid_t got;

    if (kill_it)
        kill(w->pid, SIGKILL);
    close(w->fd);
    while ((got = waitpid(w->pid, &status, 0)) < 0 && errno == EINTR)
        ;
    w->pid = 0;
    if (kill_it || got < 0)   /* ECHILD: SIGCHLD ignored, reaped already */
        return ALOUD_OK;
    if (WIFSIGNALED(status))
        return al_error_set(ALOUD_ESYNTH, "the synthesis of sections %zu-%zu died (signal %d)",
                            w->first + 1, w->end, WTERMSIG(status));
    if (WEXITSTATUS(status) != 0)
        return al_error_set(ALOUD_ESYNTH, "the synthesis of sections %zu-%zu failed (status %d)",
                            w->first + 1, w->end, WEXITSTATUS(status));
    return ALOUD_OK;
}

/* ---- waiting sections ---- */

/* An unnamed file in DIR; where the file system has none, a named one
 * removed at once. */
static int open_spill(const char *dir)
{
    char path[PATH_MAX];
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);

    if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL))
        return fd;
    snprintf(path, sizeof(path), "%s/.aloud-spill-XXXXXX", dir);
    if ((fd = mkostemp(path, O_CLOEXEC)) >= 0)
        unlink(path);
    return fd;
}

static int spill_error(const run *r, ssize_t n)
{
    return al_error_set(ALOUD_EWRITE, "%s: cannot keep audio there (%s)", r->p->spill_dir,
                        n < 0 ? strerror(errno) : "disk full");
}

/* Write COUNT samples from PCM at AT in FD. */
static int pwrite_all(const run *r, int fd, const int16_t *pcm, size_t count, off_t at)
{
    const char *p = (const char *)pcm;
    size_t left = count * sizeof(*pcm);

    while (left > 0) {
        ssize_t n = pwrite(fd, p, left, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return spill_error(r, n);
        p += n;
        left -= (size_t)n;
        at += n;
    }
    return ALOUD_OK;
}

/* Keep the next COUNT samples of worker W's pipe, section S's, in its
 * group's file until their turn: moved there by the kernel when it can.
 * *MOVED: the samples kept, fewer only when the pipe ended. */
static int spill(run *r, section *s, int fd, size_t count, size_t *moved)
{
    group *g = &r->groups[s->g];
    off_t at = (off_t)(g->spill_len * sizeof(int16_t));
    ssize_t n = AL_FD_CANNOT_MOVE;
    int err;

    *moved = 0;
    if (g->spill_fd < 0 && (g->spill_fd = open_spill(r->p->spill_dir)) < 0)
        return spill_error(r, -1);
    if (s->spilled == 0)
        s->spill_at = g->spill_len;
    if (!r->copying)
        n = al_fd_move(fd, NULL, g->spill_fd, &at, count * sizeof(int16_t));
    if (n == AL_FD_CANNOT_MOVE) {
        size_t want = count > CHUNK ? CHUNK : count;

        r->copying = true;
        n = al_fd_read_all(fd, r->buf, want * sizeof(*r->buf));
        if (n > 0 && (err = pwrite_all(r, g->spill_fd, r->buf, (size_t)n / sizeof(*r->buf), at)) < 0)
            return err;
    }
    if (n < 0)
        return spill_error(r, n);
    *moved = (size_t)n / sizeof(int16_t);
    s->spilled += *moved;
    g->spill_len += *moved;
    return ALOUD_OK;
}

/* Hand on the next COUNT samples of FD (the head's pipe when AT is NULL,
 * else a spill file from *AT): with the caller's audio_from while it
 * can, else read here. *MOVED: the samples handed on. */
static int hand_on(run *r, int fd, off_t *at, size_t count, size_t *moved)
{
    const al_parallel *p = r->p;
    size_t want = count > CHUNK ? CHUNK : count;
    ssize_t n;
    int err;

    if (!r->copying && p->audio_from) {
        if ((err = p->audio_from(p->data, fd, at, count, moved)) != AL_PARALLEL_USE_AUDIO)
            return err;
        r->copying = true;
    }
    do
        n = at ? pread(fd, r->buf, want * sizeof(*r->buf), *at)
               : al_fd_read_all(fd, r->buf, want * sizeof(*r->buf));
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return al_error_set(ALOUD_EWRITE, "%s: cannot read kept audio back (%s)",
                            p->spill_dir, strerror(errno));
    *moved = (size_t)n / sizeof(*r->buf);
    if (at)
        *at += (off_t)(*moved * sizeof(*r->buf));
    return *moved ? p->audio(p->data, r->buf, *moved) : ALOUD_OK;
}

/* Section S's turn has come: hand on what it spilled. */
static int unspill(run *r, section *s)
{
    group *g = &r->groups[s->g];
    off_t at = (off_t)(s->spill_at * sizeof(int16_t));
    uint64_t left = s->spilled;
    int err = ALOUD_OK;

    while (err == ALOUD_OK && left > 0) {
        size_t moved = 0;

        err = hand_on(r, g->spill_fd, &at, left > FRAME ? FRAME : (size_t)left, &moved);
        if (err == ALOUD_OK && moved == 0)
            return al_error_set(ALOUD_EWRITE, "%s: cannot read kept audio back (short read)",
                                r->p->spill_dir);
        left -= moved;
    }
    s->spilled = 0;
    return err;
}

/* Hand on every finished section at the head, and start the next. */
static int advance(run *r)
{
    const al_parallel *p = r->p;
    int err;

    while (r->head < r->started && r->sections[r->head].done) {
        group *g = &r->groups[r->sections[r->head].g];

        if ((err = p->end(p->data, r->head, r->sections[r->head].received)) < 0)
            return err;
        if (++r->head == g->end && g->spill_fd >= 0) {   /* the group is through */
            close(g->spill_fd);
            g->spill_fd = -1;
        }
        if (r->head < p->count && (err = p->begin(p->data, r->head)) < 0)
            return err;
        if (r->head < r->started && (err = unspill(r, &r->sections[r->head])) < 0)
            return err;
    }
    return ALOUD_OK;
}

static int take_audio(run *r, worker *w, uint64_t count)
{
    section *s = &r->sections[w->k];
    int err = ALOUD_OK;

    while (err == ALOUD_OK && count > 0) {
        size_t want = count > FRAME ? FRAME : (size_t)count, moved = 0;

        err = w->k == r->head ? hand_on(r, w->fd, NULL, want, &moved)
                              : spill(r, s, w->fd, want, &moved);
        if (err == ALOUD_OK && moved == 0) {
            size_t k = w->k;
            if ((err = reap(w, false)) < 0)   /* say how it died, if it did */
                return err;
            return al_error_set(ALOUD_ESYNTH, "the synthesis of section %zu stopped mid-way",
                                k + 1);
        }
        s->received += moved;
        count -= moved;
    }
    return err;
}

static int take_error(worker *w, const frame *f)
{
    char message[MESSAGE_MAX];
    size_t len = f->count < sizeof(message) - 1 ? (size_t)f->count : sizeof(message) - 1;
    ssize_t n = al_fd_read_all(w->fd, message, len);
    int code = f->code < 0 && f->code >= ALOUD_EFEED ? f->code : ALOUD_ESYNTH;

    message[n > 0 ? n : 0] = '\0';
    reap(w, true);
    return al_error_set(code, "%s", message[0] ? message : "synthesis failed");
}

static int start_more(run *r);

static int take_frame(run *r, worker *w)
{
    frame f;
    ssize_t n = al_fd_read_all(w->fd, &f, sizeof(f));
    int err;

    if (n != (ssize_t)sizeof(f)) {
        size_t k = w->k;
        if ((err = reap(w, false)) < 0)
            return err;
        return al_error_set(ALOUD_ESYNTH, "the synthesis of section %zu ended without its "
                                          "audio", k + 1);
    }
    if (w->k >= r->groups[w->g].end) {
        reap(w, true);
        return al_error_set(ALOUD_ESYNTH, "the synthesis of sections %zu-%zu sent too much",
                            w->first + 1, w->end);
    }
    switch (f.kind) {
    case FRAME_DATA:
        return take_audio(r, w, f.count);
    case FRAME_DONE:
        r->sections[w->k++].done = true;
        if (w->k == r->groups[w->g].end) {
            /* the next group starts before the waiting audio is handed
             * on: a core left idle while it is copied is time lost */
            if ((err = reap(w, false)) < 0 || (err = start_more(r)) < 0)
                return err;
        }
        return advance(r);
    case FRAME_ERROR:
        return take_error(w, &f);
    default:
        reap(w, true);
        return al_error_set(ALOUD_ESYNTH, "the synthesis of section %zu sent garbage", w->k + 1);
    }
}

/* ---- the run ---- */

static int start_more(run *r)
{
    size_t in_flight;
    int err = ALOUD_OK;

    for (unsigned int i = 0; err == ALOUD_OK && i < r->jobs; i++) {
        in_flight = r->next_group - (r->head < r->p->count ? r->sections[r->head].g : 0);
        if (!r->workers[i].pid && r->next_group < r->p->group_count &&
            in_flight < (size_t)r->jobs * GROUPS_PER_JOB)
            err = start(r, &r->workers[i], r->next_group++);
    }
    return err;
}

static int wait_for_frames(run *r)
{
    struct pollfd fds[MAX_JOBS];
    worker *who[MAX_JOBS];
    nfds_t n = 0;
    int err = ALOUD_OK;

    for (unsigned int i = 0; i < r->jobs; i++)
        if (r->workers[i].pid) {
            fds[n] = (struct pollfd){ r->workers[i].fd, POLLIN, 0 };
            who[n++] = &r->workers[i];
        }
    if (n == 0)   /* cannot happen: the head's worker runs until it is done */
        return al_error_set(ALOUD_ERROR, "export: no synthesis running for section %zu",
                            r->head + 1);
    if (poll(fds, n, 100) < 0)
        return errno == EINTR ? ALOUD_OK
                              : al_error_set(ALOUD_ERROR, "poll: %s", strerror(errno));
    for (nfds_t i = 0; err == ALOUD_OK && i < n; i++)
        if (fds[i].revents)
            err = take_frame(r, who[i]);
    return err;
}

int al_parallel_run(const al_parallel *p)
{
    run r;
    int err;

    memset(&r, 0, sizeof(r));
    r.p = p;
    r.jobs = p->jobs < 1 ? 1 : p->jobs > MAX_JOBS ? MAX_JOBS : p->jobs;
    r.sections = calloc(p->count ? p->count : 1, sizeof(*r.sections));
    r.groups = calloc(p->group_count ? p->group_count : 1, sizeof(*r.groups));
    r.buf = malloc(CHUNK * sizeof(*r.buf));
    if (!r.sections || !r.groups || !r.buf) {
        err = al_error_oom();
        goto cleanup;
    }
    for (size_t g = 0, k = 0; g < p->group_count; g++) {
        r.groups[g] = (group){ k, p->group_ends[g], -1, 0 };
        for (; k < p->group_ends[g]; k++)
            r.sections[k].g = g;
    }
    err = p->count ? p->begin(p->data, 0) : ALOUD_OK;
    while (err == ALOUD_OK && r.head < p->count) {
        if (p->cancelled(p->data))
            err = ALOUD_EINTERRUPTED;
        else if ((err = start_more(&r)) == ALOUD_OK)
            err = wait_for_frames(&r);
    }
cleanup:
    for (unsigned int i = 0; i < r.jobs; i++)
        if (r.workers[i].pid)
            reap(&r.workers[i], true);
    for (size_t g = 0; r.groups && g < p->group_count; g++)
        if (r.groups[g].spill_fd >= 0)
            close(r.groups[g].spill_fd);
    free(r.sections);
    free(r.groups);
    free(r.buf);
    return err;
}

unsigned int al_parallel_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);

    return n < 1 ? 1 : n > MAX_JOBS ? MAX_JOBS : (unsigned int)n;
}
