/*
 * parallel.h - sections synthesised in worker processes, the audio put
 * back in order (private).
 */
#ifndef ALOUD_PARALLEL_H
#define ALOUD_PARALLEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "synth.h"

#define AL_PARALLEL_USE_AUDIO 1

/** What to synthesise and where its audio goes. Every callback gets DATA. */
typedef struct {
    size_t count;          /* sections 0 .. count-1 */
    /** The sections in groups of consecutive ones: group g ends before
     *  section group_ends[g]; the last ends at COUNT. A group is spoken by
     *  one worker, section after section. */
    const size_t *group_ends;
    size_t group_count;
    unsigned int jobs;     /* worker processes at once, at least 1 */
    /** Where spilled audio may be kept: a directory (unnamed files only). */
    const char *spill_dir;
    /** In a worker process: synthesise section K into SINK (al_synth_speak()'s
     *  contract; the sink stops on cancellation). *PRODUCED: its samples. */
    int (*synth)(void *data, size_t k, al_synth_sink sink, void *sink_data, uint64_t *produced);
    /** In this process, in order: section K starts (before any of its audio). */
    int (*begin)(void *data, size_t k);
    /** In this process, in order: the next COUNT samples of the current section. */
    int (*audio)(void *data, const int16_t *pcm, size_t count);
    /** The same, read from FD (a pipe when AT is NULL, else a file read
     *  from *AT, which advances) by the callee, with al_fd_move() when it
     *  can: *MOVED samples taken, fewer than COUNT only when FD ended.
     *  AL_PARALLEL_USE_AUDIO when it cannot (nothing read): AUDIO is used
     *  from then on. NULL: always AUDIO. */
    int (*audio_from)(void *data, int fd, off_t *at, size_t count, size_t *moved);
    /** In this process, in order: section K is complete with PRODUCED samples. */
    int (*end)(void *data, size_t k, uint64_t produced);
    /** Has the caller asked to stop? (Polled about ten times a second.) */
    bool (*cancelled)(void *data);
    void *data;
} al_parallel;

/**
 * Synthesise every group of sections in a process of its own forked from
 * this one, up to P->jobs at once, and hand the audio to P's callbacks in
 * section order, exactly as one process would. Each worker starts from
 * this process's engine state, so the audio depends on the groups but not
 * on the number of jobs. When it returns, every worker has
 * been reaped (killed first on an error or a cancellation) and no spill
 * file is left. Returns ALOUD_OK, a callback's error, ALOUD_EINTERRUPTED,
 * ALOUD_ESYNTH (a worker failed or died), ALOUD_EWRITE (spill file),
 * ALOUD_ERROR.
 */
int al_parallel_run(const al_parallel *p);

/** The default number of jobs: the processors online (1 to 64). */
unsigned int al_parallel_default_jobs(void);

#endif /* ALOUD_PARALLEL_H */
