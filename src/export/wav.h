/*
 * wav.h - streamed WAV writer with cue points and labels (private).
 */
#ifndef ALOUD_WAV_H
#define ALOUD_WAV_H

#include <stdint.h>
#include <sys/types.h>
#include <stdio.h>

#include "encode.h"
#include "util.h"

typedef struct al_wav al_wav;

/**
 * Start a 16-bit mono PCM WAV file at RATE samples per second on FD (an
 * open, empty, writable file, or a pipe; the writer owns it from now on,
 * also on failure), with TAGS in a LIST/INFO chunk before the audio.
 * NAME is the file's name in messages. On a descriptor that cannot seek
 * the file is streamed: its sizes are 0xFFFFFFFF (unknown) and it gets
 * no cue points. Returns ALOUD_OK, ALOUD_EWRITE, ALOUD_ERROR.
 */
int al_wav_open_fd(al_wav **out, int fd, const char *name, unsigned int rate, const al_tag *tags,
                   size_t tag_count);

/** Append COUNT samples (host byte order). ALOUD_OK or ALOUD_EWRITE. */
int al_wav_write(al_wav *w, const int16_t *pcm, size_t count);

/**
 * Append COUNT samples read from FD (little-endian), moved by the kernel
 * (al_fd_move(): FD a pipe when AT is NULL, else a file read from *AT).
 * *MOVED: the samples appended, fewer than COUNT only when FD ended.
 * Returns ALOUD_OK, ALOUD_EWRITE, or AL_WAV_USE_WRITE when it cannot be
 * done here (a stream, a big-endian host, a kernel or file system that
 * cannot): nothing was read, use al_wav_write().
 */
#define AL_WAV_USE_WRITE 1
int al_wav_write_from(al_wav *w, int fd, off_t *at, size_t count, size_t *moved);

/** Put a cue point labelled LABEL at the current end of the audio. */
int al_wav_cue(al_wav *w, const char *label);

/** Samples written so far. */
uint64_t al_wav_samples(const al_wav *w);

/**
 * Append the `cue ` and LIST/adtl chunks, fill in the chunk sizes, close
 * the file and free W (also on failure). ALOUD_OK or ALOUD_EWRITE.
 */
int al_wav_finish(al_wav *w);

/** Close the file without finishing it and free W. Accepts NULL. */
void al_wav_abort(al_wav *w);

#endif /* ALOUD_WAV_H */
