/*
 * wav.c - a streamed RIFF/WAVE writer with a `cue ` chunk and LIST/adtl
 * labels.
 *
 * Design: why not libsndfile. The audio is written to disk as it is
 * synthesised, and the cue positions (section starts) are only known as
 * the synthesis goes. libsndfile (1.2.0 here) accepts cue points only
 * before the first sample is written (SFC_SET_CUE then fails with "file
 * already has audio data"), and it never writes cue labels (LIST/adtl/
 * labl) at all, so it would have to buffer the whole article or be patched
 * up behind its back. A 16-bit mono PCM WAV is simple enough to write
 * directly, and doing so keeps everything streamable:
 *
 *   RIFF <size> WAVE
 *     fmt  (16 bytes: PCM, 1 channel, RATE, 16 bits)
 *     LIST <size> INFO INAM... IART... the tags (RIFF INFO ids), when any
 *     data <size> samples...          written as they come
 *     cue  <4 + 24n> n, n cue points  appended by al_wav_finish()
 *     LIST <size> adtl labl...        one label per cue, NUL-terminated, even-padded
 *
 * and the two sizes in the header are filled in at the end. Chunks after
 * `data` are valid RIFF and are read by sox, ffmpeg and libsndfile.
 * Each cue point refers to the `data` chunk with its sample offset in
 * both dwPosition and dwSampleOffset (what Sound Forge, Audacity and
 * libsndfile write for uncompressed files). Samples are converted to
 * little-endian when the host is not. A WAV file cannot exceed 4 GiB
 * (27 hours at 22050 Hz): past that the writer fails cleanly.
 *
 * On a pipe (aloud -o -) nothing can be patched afterwards: both sizes are
 * 0xFFFFFFFF, which ffmpeg, sox and mpv read as "until the end of the
 * stream", and the cue points are left out (they would be read as audio).
 *
 * Writeback as it goes. Every WRITEBACK bytes of a file, the part written
 * so far is handed to the disk (sync_file_range(2), SYNC_FILE_RANGE_WRITE:
 * started, not waited for). Without it the whole file sits in dirty
 * pages until the export renames it over an older one, and ext4 starts
 * their writeback in that rename (auto_da_alloc), at the very end of the
 * export when nothing else runs: 60-80 ms for 25 minutes of audio. Done as
 * the audio comes, the same work overlaps the synthesis. It promises
 * nothing about durability (no fsync, as export.c says).
 */
#define _GNU_SOURCE                 /* sync_file_range */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "wav.h"

#define HEADER_SIZE 44
#define STREAM_SIZE 0xFFFFFFFFu
#define WAV_MAX_BYTES 0xFFFFFFF0u  /* leave room for the RIFF size field */
#define WRITEBACK (4u << 20)         /* bytes between two writeback starts */

typedef struct {
    uint64_t sample;
    char *label;
} cue_point;

struct al_wav {
    FILE *f;
    char *name;
    unsigned int rate;
    uint64_t samples;
    cue_point *cues;
    size_t cue_count, cue_cap;
    int16_t *swap;          /* byte-swapping buffer on big-endian hosts */
    size_t swap_cap;
    long data_size_at;      /* offset of the data chunk's size field */
    uint64_t written_back;  /* audio bytes written when it was last handed on */
    off_t handed_on;        /* the file's bytes handed to the disk so far */
    bool stream;            /* a pipe: nothing is patched at the end */
};

/* ---- little-endian output ---- */

static void le16(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xFF);
    p[1] = (unsigned char)((v >> 8) & 0xFF);
}

static void le32(unsigned char *p, uint32_t v)
{
    le16(p, v & 0xFFFF);
    le16(p + 2, v >> 16);
}

static bool host_is_little_endian(void)
{
    const uint16_t one = 1;
    return *(const unsigned char *)&one == 1;
}

static int write_error(const al_wav *w)
{
    return al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", w->name,
                        errno ? strerror(errno) : "write error");
}

static int put(al_wav *w, const void *data, size_t n)
{
    errno = 0;
    if (n && fwrite(data, 1, n, w->f) != n)
        return write_error(w);
    return ALOUD_OK;
}

/* ---- writing ---- */

static void free_wav(al_wav *w)
{
    for (size_t i = 0; i < w->cue_count; i++)
        free(w->cues[i].label);
    free(w->cues);
    free(w->swap);
    free(w->name);
    free(w);
}

/* RIFF INFO ids for the tags, as ffmpeg, sox and Windows read them. */
static const char *info_id(const char *key)
{
    static const char *const ids[][2] = {
        { "title", "INAM" }, { "artist", "IART" }, { "album", "IPRD" }, { "date", "ICRD" },
        { "comment", "ICMT" }, { "language", "ILNG" }, { "genre", "IGNR" }, { "track", "ITRK" },
        { "encoder", "ISFT" },
    };
    for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
        if (strcmp(ids[i][0], key) == 0)
            return ids[i][1];
    return NULL;
}

/* LIST/INFO with one NUL-terminated, even-padded entry per known tag. */
static int put_info(al_wav *w, const al_tag *tags, size_t count)
{
    al_buf b = AL_BUF_INIT;
    unsigned char h[8];
    int err;

    al_buf_puts(&b, "INFO");
    for (size_t i = 0; i < count; i++) {
        const char *id = info_id(tags[i].key);
        char *text;
        size_t n;

        if (!id || !tags[i].value || !*tags[i].value)
            continue;
        if (!(text = al_text_sanitize(tags[i].value)))
            return al_buf_free(&b), al_error_oom();
        n = strlen(text) + 1;
        le32(h, 0);
        memcpy(h, id, 4);
        le32(h + 4, (uint32_t)n);
        al_buf_put(&b, (const char *)h, 8);
        al_buf_put(&b, text, n);
        if (n & 1)
            al_buf_putc(&b, '\0');
        free(text);
    }
    if (b.failed)
        return al_buf_free(&b), al_error_oom();
    err = ALOUD_OK;
    if (b.len > 4) {
        memcpy(h, "LIST", 4);
        le32(h + 4, (uint32_t)b.len);
        if ((err = put(w, h, 8)) == ALOUD_OK)
            err = put(w, b.data, b.len);
    }
    al_buf_free(&b);
    return err;
}

int al_wav_open_fd(al_wav **out, int fd, const char *name, unsigned int rate, const al_tag *tags,
                   size_t tag_count)
{
    unsigned char h[HEADER_SIZE];
    al_wav *w = calloc(1, sizeof(*w));
    int err;

    *out = NULL;
    if (!w || !(w->name = al_strdup(name))) {
        close(fd);
        if (w)
            free_wav(w);
        return al_error_oom();
    }
    w->rate = rate;
    if (!(w->f = fdopen(fd, "wb"))) {
        close(fd);
        err = write_error(w);
        free_wav(w);
        return err;
    }
    setvbuf(w->f, NULL, _IOFBF, 1 << 16);
    w->stream = lseek(fd, 0, SEEK_CUR) < 0;
    memcpy(h, "RIFF\0\0\0\0WAVEfmt ", 16);
    if (w->stream)
        le32(h + 4, STREAM_SIZE);
    le32(h + 16, 16);          /* fmt chunk size */
    le16(h + 20, 1);           /* PCM */
    le16(h + 22, 1);           /* mono */
    le32(h + 24, rate);
    le32(h + 28, rate * 2);    /* bytes per second */
    le16(h + 32, 2);           /* block align */
    le16(h + 34, 16);          /* bits per sample */
    memcpy(h + 36, "data\0\0\0\0", 8);
    if (w->stream)
        le32(h + 40, STREAM_SIZE);
    if ((err = put(w, h, 36)) < 0 || (err = put_info(w, tags, tag_count)) < 0 ||
        (w->data_size_at = ftell(w->f) + 4, err = put(w, h + 36, 8)) < 0) {
        al_wav_abort(w);
        return err;
    }
    *out = w;
    return ALOUD_OK;
}

static const void *to_little_endian(al_wav *w, const int16_t *pcm, size_t count)
{
    if (host_is_little_endian())
        return pcm;
    if (count > w->swap_cap) {
        int16_t *grown = realloc(w->swap, count * sizeof(*grown));
        if (!grown)
            return NULL;
        w->swap = grown;
        w->swap_cap = count;
    }
    for (size_t i = 0; i < count; i++)
        le16((unsigned char *)&w->swap[i], (uint16_t)pcm[i]);
    return w->swap;
}

static int check_size(const al_wav *w, size_t count)
{
    if (!w->stream && (w->samples + count) * 2 > WAV_MAX_BYTES - HEADER_SIZE - 65536)
        return al_error_set(ALOUD_EWRITE, "%s: the audio is too long for a WAV file (4 GiB)",
                            w->name);
    return ALOUD_OK;
}

/* Hand what was written since the last time to the disk (see the top). */
static int write_back(al_wav *w)
{
    if (!w->stream && w->samples * 2 - w->written_back >= WRITEBACK) {
        long at;

        if (fflush(w->f) != 0 || (at = ftell(w->f)) < 0)
            return write_error(w);
        /* a hint: a file system without it (EINVAL, ESPIPE) loses nothing */
        sync_file_range(fileno(w->f), w->handed_on, (off_t)at - w->handed_on,
                        SYNC_FILE_RANGE_WRITE);
        w->handed_on = (off_t)at;
        w->written_back = w->samples * 2;
    }
    return ALOUD_OK;
}

int al_wav_write(al_wav *w, const int16_t *pcm, size_t count)
{
    const void *data;
    int err;

    if ((err = check_size(w, count)) < 0)
        return err;
    if (!(data = to_little_endian(w, pcm, count)))
        return al_error_oom();
    w->samples += count;
    if ((err = put(w, data, count * 2)) < 0)
        return err;
    return write_back(w);
}

int al_wav_write_from(al_wav *w, int fd, off_t *at, size_t count, size_t *moved)
{
    off_t end;
    ssize_t n;
    int err;

    *moved = 0;
    if (w->stream || !host_is_little_endian())
        return AL_WAV_USE_WRITE;
    if ((err = check_size(w, count)) < 0)
        return err;
    errno = 0;
    if (fflush(w->f) != 0 || (end = ftello(w->f)) < 0)
        return write_error(w);
    n = al_fd_move(fd, at, fileno(w->f), &end, count * 2);
    if (n == AL_FD_CANNOT_MOVE)
        return AL_WAV_USE_WRITE;
    if (n < 0)
        return write_error(w);
    if (fseeko(w->f, end, SEEK_SET) != 0)   /* the stream's position: after them */
        return write_error(w);
    *moved = (size_t)n / 2;
    w->samples += *moved;
    return write_back(w);
}

int al_wav_cue(al_wav *w, const char *label)
{
    cue_point *c;

    if (w->cue_count == w->cue_cap) {
        size_t cap = w->cue_cap ? w->cue_cap * 2 : 16;
        cue_point *grown = realloc(w->cues, cap * sizeof(*grown));
        if (!grown)
            return al_error_oom();
        w->cues = grown;
        w->cue_cap = cap;
    }
    c = &w->cues[w->cue_count];
    if (!(c->label = al_text_sanitize(label ? label : "")))
        return al_error_oom();
    c->sample = w->samples;
    w->cue_count++;
    return ALOUD_OK;
}

uint64_t al_wav_samples(const al_wav *w)
{
    return w->samples;
}

/* ---- finishing ---- */

static int put_cue_chunk(al_wav *w)
{
    unsigned char b[24];
    int err;

    memcpy(b, "cue ", 4);
    le32(b + 4, (uint32_t)(4 + 24 * w->cue_count));
    le32(b + 8, (uint32_t)w->cue_count);
    if ((err = put(w, b, 12)) < 0)
        return err;
    for (size_t i = 0; i < w->cue_count; i++) {
        le32(b, (uint32_t)(i + 1));                 /* cue point ID */
        le32(b + 4, (uint32_t)w->cues[i].sample);   /* position */
        memcpy(b + 8, "data", 4);                   /* chunk holding it */
        le32(b + 12, 0);                            /* chunk start */
        le32(b + 16, 0);                            /* block start */
        le32(b + 20, (uint32_t)w->cues[i].sample);  /* sample offset */
        if ((err = put(w, b, 24)) < 0)
            return err;
    }
    return ALOUD_OK;
}

/* A labl chunk's data: cue ID, text, NUL. */
static size_t label_size(const char *label)
{
    return 4 + strlen(label) + 1;
}

static int put_label_list(al_wav *w)
{
    unsigned char b[12];
    size_t size = 4;
    int err = ALOUD_OK;

    for (size_t i = 0; i < w->cue_count; i++) {
        size_t n = label_size(w->cues[i].label);
        size += 8 + n + (n & 1);
    }
    memcpy(b, "LIST", 4);
    le32(b + 4, (uint32_t)size);
    memcpy(b + 8, "adtl", 4);
    if ((err = put(w, b, 12)) < 0)
        return err;
    for (size_t i = 0; i < w->cue_count && err == ALOUD_OK; i++) {
        size_t n = label_size(w->cues[i].label);

        memcpy(b, "labl", 4);
        le32(b + 4, (uint32_t)n);
        le32(b + 8, (uint32_t)(i + 1));
        if ((err = put(w, b, 12)) == ALOUD_OK)
            err = put(w, w->cues[i].label, n - 4);   /* the text and its NUL */
        if (err == ALOUD_OK && (n & 1))
            err = put(w, "", 1);                     /* pad to an even size */
    }
    return err;
}

static int patch_sizes(al_wav *w)
{
    unsigned char b[4];
    long end;
    int err;

    if (fflush(w->f) != 0 || (end = ftell(w->f)) < 0)
        return write_error(w);
    le32(b, (uint32_t)(end - 8));
    if (fseek(w->f, 4, SEEK_SET) != 0)
        return write_error(w);
    if ((err = put(w, b, 4)) < 0)
        return err;
    le32(b, (uint32_t)(w->samples * 2));
    if (fseek(w->f, w->data_size_at, SEEK_SET) != 0)
        return write_error(w);
    return put(w, b, 4);
}

int al_wav_finish(al_wav *w)
{
    int err = ALOUD_OK;

    if (w->stream) {
        errno = 0;
        if (fflush(w->f) != 0)
            err = write_error(w);
        goto cleanup;
    }
    if (w->cue_count && ((err = put_cue_chunk(w)) < 0 || (err = put_label_list(w)) < 0))
        goto cleanup;
    if ((err = patch_sizes(w)) < 0)
        goto cleanup;
cleanup:
    errno = 0;
    if (fclose(w->f) != 0 && err == ALOUD_OK)
        err = write_error(w);
    w->f = NULL;
    free_wav(w);
    return err;
}

void al_wav_abort(al_wav *w)
{
    if (!w)
        return;
    if (w->f)
        fclose(w->f);
    free_wav(w);
}
