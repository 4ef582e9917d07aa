/*
 * encproc.h - an audio encoder (encode.h) run in a process of its own
 * (private).
 */
#ifndef ALOUD_ENCPROC_H
#define ALOUD_ENCPROC_H

#include <stdint.h>

#include "encode.h"

typedef struct al_encproc al_encproc;

/**
 * al_encoder_open() in a process forked from this one: the same
 * arguments, the same results (FD is owned by the encoding process from
 * now on, also on failure; this process closes its copy). FFmpeg's
 * libraries are loaded there, never here.
 */
int al_encproc_open(al_encproc **out, int fd, const char *name, const char *path,
                    const al_encode_spec *spec);

/** al_encoder_write(): the samples go to the encoding process. */
int al_encproc_write(al_encproc *p, const int16_t *pcm, size_t count);

/** al_encoder_finish(): waits for the file to be finished; frees P. */
int al_encproc_finish(al_encproc *p);

/** al_encoder_abort(): the encoding process is killed and reaped. Accepts NULL. */
void al_encproc_abort(al_encproc *p);

/**
 * al_image_probe() in a process forked for it, for a cover to be checked
 * without loading FFmpeg here: ALOUD_OK, ALOUD_EINVAL (not a JPEG or PNG)
 * or ALOUD_ERROR (no FFmpeg, no process), the error set. On ALOUD_OK,
 * INFO (when not NULL) is what the probe told, for al_encode_spec's
 * cover_info; otherwise it is zeroed.
 */
int al_encproc_image_check(const void *data, size_t len, al_image_info *info);

#endif /* ALOUD_ENCPROC_H */
