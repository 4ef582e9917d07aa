/*
 * encode.h - compressed audio files (MP3, Ogg Opus, AAC in MP4, FLAC)
 * with tags and chapters, through FFmpeg's libraries (private).
 */
#ifndef ALOUD_ENCODE_H
#define ALOUD_ENCODE_H

#include <stdint.h>

#include "image.h"
#include "util.h"

/** The largest cover accepted, in bytes (an ID3v2 frame holds 256 MiB;
 *  base64 for Ogg makes it a third larger). */
#define AL_COVER_MAX (64 << 20)

/** One tag: KEY is FFmpeg's generic name ("title", "artist", "album",
 *  "date", "comment", "language", "genre", "track"). */
typedef struct {
    const char *key;
    const char *value;
} al_tag;

/** One chapter: it starts at sample START and runs to the next one. */
typedef struct {
    uint64_t start;
    const char *title;
} al_chapter;

/** What to write. */
typedef struct {
    aloud_audio_format format;   /* MP3, OPUS, M4B or FLAC */
    unsigned int rate;           /* of the PCM given to al_encoder_write() */
    unsigned int bitrate;        /* 0: the format's speech default */
    const al_tag *tags;
    size_t tag_count;
    const al_chapter *chapters;  /* may be NULL */
    size_t chapter_count;
    uint64_t total;              /* samples in all (the last chapter's end) */
    const unsigned char *cover;  /* a JPEG or PNG (al_image_probe()), or NULL */
    size_t cover_size;
    /* What al_image_probe() told of COVER (al_encproc_image_check() gives
     * it), or NULL: the encoder probes it again, which costs the encoding
     * process every demuxer's probe and a decode (about 3 MB resident). */
    const al_image_info *cover_info;
} al_encode_spec;

typedef struct al_encoder al_encoder;

/**
 * Start an audio file on FD (an open, empty file or a pipe; the encoder
 * owns it from now on, also on failure). NAME is the file's name in
 * messages; PATH, when not NULL, is where FD's file can be opened again
 * for reading (MP4 moves its index to the front at the end, which needs
 * it). Returns ALOUD_OK, ALOUD_EWRITE, ALOUD_EINVAL (MP4 on a pipe),
 * ALOUD_ERROR (no such encoder in this FFmpeg).
 */
int al_encoder_open(al_encoder **out, int fd, const char *name, const char *path,
                    const al_encode_spec *spec);

/** Encode COUNT mono samples. ALOUD_OK, ALOUD_EWRITE or ALOUD_ERROR. */
int al_encoder_write(al_encoder *e, const int16_t *pcm, size_t count);

/** Flush the encoder, finish the file, close it and free E (also on failure). */
int al_encoder_finish(al_encoder *e);

/** Close the file without finishing it and free E. Accepts NULL. */
void al_encoder_abort(al_encoder *e);

#endif /* ALOUD_ENCODE_H */
