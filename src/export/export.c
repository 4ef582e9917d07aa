/*
 * export.c - aloud_export(): speak an article into an audio file with a
 * chapter per section and the article's tags (WAV, MP3, Ogg Opus, AAC in
 * MP4, FLAC), one file per section (--split), and a chapter list
 * (--chapters).
 *
 * Design. Each selected section is synthesised by one al_synth_speak()
 * call in a worker process of its own, several at once (parallel.c), and
 * its audio comes back here in order; the sample count at the start of
 * each section is the chapter's position (exact, since it is counted from
 * the audio actually written).
 * A section that produced no audio gets 10 ms of silence so that chapter
 * marks stay strictly increasing. WAV files are written as the audio
 * comes (wav.c appends the cue points at the end). The compressed
 * formats write their chapters in the header (ID3v2, Ogg comments), so
 * the audio first goes to a scratch file of raw samples, unlinked as soon
 * as it is made (nothing is left behind, even after a crash), and is
 * encoded (encode.c, in a process of its own: encproc.c says why) once
 * every chapter is known: memory stays flat however long the article.
 * Standard output ("-") is written as the audio comes, without chapters.
 *
 * Atomicity. Every output is first a temporary file in its target
 * directory (".NAME.aloud-PID-N.tmp", created with O_EXCL so it respects
 * the umask and never follows a planted link); the whole file and the
 * chapter list are created before the synthesis starts, so an unwritable
 * directory fails at once, and everything is renamed into place only when
 * everything has been written. On any error, or when the caller's cancel
 * flag is raised (the CLI's SIGINT and SIGTERM handlers do that), the
 * temporaries are removed, a split directory made by this run is removed
 * again, and files that existed before are left untouched. No fsync:
 * durability across power loss is not promised, only that a reader never
 * sees a half-written file.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "encproc.h"
#include "image.h"
#include "parallel.h"
#include "speechtext.h"
#include "split.h"
#include "synth.h"
#include "wav.h"

#define SCRATCH_CHUNK 32768   /* samples read back from the scratch file at a time */
#define MAX_TAGS 10

typedef struct {
    char *final;   /* where the file goes */
    char *temp;    /* the temporary, NULL when none (or renamed) */
} out_file;

typedef struct {
    const aloud_article *article;
    const aloud_export_options *opts;
    aloud_audio_format whole_format, split_format;
    unsigned int bitrate;
    bool force;
    bool intro;
    bool to_stdout;               /* wav_path is "-" */
    al_voice voice;
    al_synth *synth;
    size_t first, end;            /* the sections exported: [first, end) */
    uint64_t *starts;             /* start sample of each, then the total */
    al_wav *whole;                /* the whole-article WAV (file or stdout), or NULL */
    al_encproc *stream;           /* the whole article encoded to stdout, or NULL */
    al_wav *part;                 /* the current section's WAV (--split as WAV) */
    int scratch_fd;               /* raw samples to encode at the end, or -1 */
    out_file whole_file, chapters_file, playlist_file;
    out_file *parts;              /* one per exported section (--split) */
    al_split_old old_split;       /* what an earlier export left in split_dir */
    int chapters_fd, playlist_fd;
    bool made_dir;
    bool cancelled;
    unsigned int jobs;            /* synthesis processes at once */
    const unsigned char *cover;   /* JPEG or PNG for the encoded formats, or NULL */
    size_t cover_size;
    al_image_info cover_info;     /* what its check told, for the encoders */
    aloud_progress progress;
} job;

/* ---- temporary files ---- */

static int make_temp(out_file *f, const char *final, int *fd)
{
    static unsigned int counter;
    const char *slash = strrchr(final, '/');
    const char *base = slash ? slash + 1 : final;
    int dir_len = slash ? (int)(slash - final) : 0;
    size_t size = strlen(final) + 64;

    if (!*base)
        return al_error_set(ALOUD_EWRITE, "%s: not a file name", final);
    if (!(f->final = al_strdup(final)) || !(f->temp = malloc(size)))
        return al_error_oom();
    for (int tries = 0; tries < 100; tries++) {
        snprintf(f->temp, size, "%.*s%s.%s.aloud-%ld-%u.tmp", dir_len, final, slash ? "/" : "",
                 base, (long)getpid(), counter++);
        *fd = open(f->temp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (*fd >= 0)
            return ALOUD_OK;
        if (errno != EEXIST)
            break;
    }
    free(f->temp);
    f->temp = NULL;
    return al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", final, strerror(errno));
}

static void drop_temp(out_file *f)
{
    if (f->temp)
        unlink(f->temp);
    free(f->temp);
    free(f->final);
    f->temp = f->final = NULL;
}

static int commit_temp(out_file *f)
{
    if (!f->temp)
        return ALOUD_OK;
    if (rename(f->temp, f->final) != 0)
        return al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", f->final, strerror(errno));
    free(f->temp);
    f->temp = NULL;
    return ALOUD_OK;
}

/* Write all of TEXT to FD and close it. */
static int write_all(int *fd, const out_file *f, const char *text, size_t len)
{
    int err = ALOUD_OK;

    while (len > 0) {
        ssize_t n = write(*fd, text, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", f->final,
                               n < 0 ? strerror(errno) : "short write");
            break;
        }
        text += n;
        len -= (size_t)n;
    }
    if (close(*fd) != 0 && err == ALOUD_OK)
        err = al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", f->final, strerror(errno));
    *fd = -1;
    return err;
}

/* ---- tags ---- */

static bool is_encoded(aloud_audio_format f)
{
    return f != ALOUD_FORMAT_WAV;
}

/* The article's tags, for the whole file (K == SIZE_MAX) or section K's
 * file; TRACK is room for "n/total". Returns the count. */
static size_t article_tags(al_tag *tags, char *track, size_t track_size, char *date,
                           const job *j, size_t k)
{
    const aloud_article *a = j->article;
    const char *published = aloud_article_published(a);
    size_t n = 0;

    if (published) {   /* the day: what every tag format holds */
        snprintf(date, 11, "%s", published);
        tags[n++] = (al_tag){ "date", date };
    }
    if (k == SIZE_MAX) {
        tags[n++] = (al_tag){ "title", aloud_article_title(a) };
        tags[n++] = (al_tag){ "album", aloud_article_site_name(a) };
    } else {
        snprintf(track, track_size, "%zu/%zu", k + 1, j->end - j->first);
        tags[n++] = (al_tag){ "title", al_speech_label(a, j->first + k) };
        tags[n++] = (al_tag){ "album", aloud_article_title(a) };
        tags[n++] = (al_tag){ "track", track };
    }
    tags[n++] = (al_tag){ "artist", aloud_article_byline(a) };
    tags[n++] = (al_tag){ "comment", aloud_article_url(a) };
    tags[n++] = (al_tag){ "language", aloud_article_lang(a) };
    tags[n++] = (al_tag){ "genre", "Speech" };
    return n;
}

/* Who the split directory's files belong to: the URL, else the title. */
static const char *article_identity(const aloud_article *a)
{
    const char *id = aloud_article_url(a);

    if (!id)
        id = aloud_article_title(a);
    return id ? id : "";
}

static char *part_path(const job *j, size_t index)
{
    size_t count;

    aloud_article_sections(j->article, &count);
    return al_split_path(j->opts->split_dir, index, count, al_speech_label(j->article, index),
                         aloud_audio_format_extension(j->split_format));
}

/* ---- chapter lists ---- */

static double seconds(const job *j, uint64_t samples)
{
    return (double)samples / (double)j->progress.sample_rate;
}

static void put_ffmeta_value(al_buf *b, const char *s)
{
    for (; *s; s++) {
        if (strchr("=;#\\\n", *s))
            al_buf_putc(b, '\\');
        al_buf_putc(b, *s);
    }
    al_buf_putc(b, '\n');
}

static void ffmetadata(al_buf *b, const job *j)
{
    const char *title = aloud_article_title(j->article);
    const char *byline = aloud_article_byline(j->article);

    al_buf_puts(b, ";FFMETADATA1\n");
    if (title)
        al_buf_puts(b, "title="), put_ffmeta_value(b, title);
    if (byline)
        al_buf_puts(b, "artist="), put_ffmeta_value(b, byline);
    for (size_t k = 0; k < j->end - j->first; k++) {
        uint64_t rate = j->progress.sample_rate;
        al_buf_printf(b, "\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=%llu\nEND=%llu\ntitle=",
                      (unsigned long long)(j->starts[k] * 1000 / rate),
                      (unsigned long long)(j->starts[k + 1] * 1000 / rate));
        put_ffmeta_value(b, al_speech_label(j->article, j->first + k));
    }
}

/* KEY "S" (CUE sheets have no escapes: double quotes become single). */
static void put_cue_string(al_buf *b, const char *key, const char *s, const char *after)
{
    al_buf_printf(b, "%s \"", key);
    for (; *s; s++)
        al_buf_putc(b, *s == '"' ? '\'' : *s);
    al_buf_printf(b, "\"%s\n", after);
}

/* The WAV's name as the CUE sheet should give it: bare when both files
 * share a directory, else absolute. */
static char *cue_file_name(const job *j)
{
    const char *wav = j->opts->wav_path, *cue = j->opts->chapters_path;
    const char *ws = strrchr(wav, '/'), *cs = strrchr(cue, '/');
    size_t wl = ws ? (size_t)(ws - wav) : 0, cl = cs ? (size_t)(cs - cue) : 0;
    char dir[PATH_MAX], *wdir;
    al_buf b = AL_BUF_INIT;

    if (wl == cl && strncmp(wav, cue, wl) == 0)
        return al_strdup(ws ? ws + 1 : wav);
    if (!(wdir = al_strndup(wav, wl ? wl : 1)))
        return NULL;
    if (!ws)
        wdir[0] = '.';
    if (realpath(wdir, dir))
        al_buf_printf(&b, "%s/%s", dir, ws ? ws + 1 : wav);
    else
        al_buf_puts(&b, wav);
    free(wdir);
    return b.failed ? (al_buf_free(&b), NULL) : al_buf_detach(&b);
}

static void cue_sheet(al_buf *b, const job *j)
{
    const char *title = aloud_article_title(j->article);
    const char *byline = aloud_article_byline(j->article);
    char *file = cue_file_name(j);

    al_buf_puts(b, "REM COMMENT \"aloud " ALOUD_VERSION "\"\n");
    if (byline)
        put_cue_string(b, "PERFORMER", byline, "");
    if (title)
        put_cue_string(b, "TITLE", title, "");
    /* The CUE format names five file types: BINARY and MOTOROLA (raw CD
     * audio), AIFF, WAVE and MP3. WAVE is what the tools that write CUE
     * sheets for FLAC and other compressed files give (EAC, foobar2000:
     * FILE "x.flac" WAVE), meaning audio a player decodes by itself;
     * a type outside the five ("FLAC", "OPUS") makes strict readers
     * refuse the sheet. */
    if (file)
        put_cue_string(b, "FILE", file, j->whole_format == ALOUD_FORMAT_MP3 ? " MP3" : " WAVE");
    else
        b->failed = true;
    free(file);
    for (size_t k = 0; k < j->end - j->first; k++) {
        uint64_t frames = j->starts[k] * 75 / j->progress.sample_rate;
        al_buf_printf(b, "  TRACK %02zu AUDIO\n    ", k + 1);
        put_cue_string(b, "TITLE", al_speech_label(j->article, j->first + k), "");
        al_buf_printf(b, "    INDEX 01 %02llu:%02llu:%02llu\n",
                      (unsigned long long)(frames / 75 / 60),
                      (unsigned long long)(frames / 75 % 60), (unsigned long long)(frames % 75));
    }
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

static int write_chapters(job *j)
{
    al_buf b = AL_BUF_INIT;
    int err;

    if (ends_with(j->opts->chapters_path, ".cue"))
        cue_sheet(&b, j);
    else
        ffmetadata(&b, j);
    err = b.failed ? al_error_oom()
                   : write_all(&j->chapters_fd, &j->chapters_file, b.data ? b.data : "", b.len);
    al_buf_free(&b);
    return err;
}

static int write_playlist(job *j)
{
    char *identity = al_text_sanitize(article_identity(j->article));
    const char *title = aloud_article_title(j->article);
    al_buf b = AL_BUF_INIT;
    int err;

    if (!identity)
        return al_error_oom();
    al_buf_puts(&b, "#EXTM3U\n");
    if (title)
        al_buf_printf(&b, "#PLAYLIST:%s\n", title);
    al_buf_printf(&b, "%s%s\n", AL_PLAYLIST_ARTICLE, identity);
    free(identity);
    for (size_t k = 0; k < j->end - j->first; k++) {
        const char *name = strrchr(j->parts[k].final, '/');
        al_buf_printf(&b, "#EXTINF:%.0f,%s\n%s\n", seconds(j, j->starts[k + 1] - j->starts[k]),
                      al_speech_label(j->article, j->first + k), name ? name + 1 : j->parts[k].final);
    }
    err = b.failed ? al_error_oom() : write_all(&j->playlist_fd, &j->playlist_file, b.data, b.len);
    al_buf_free(&b);
    return err;
}

/* ---- synthesis ---- */

static void report(job *j)
{
    if (j->opts->progress)
        j->opts->progress(&j->progress, j->opts->progress_data);
}

static bool cancelled(job *j)
{
    if (j->opts->cancel && *j->opts->cancel)
        j->cancelled = true;
    return j->cancelled;
}

/* The scratch file could not take the audio: said with the output's name. */
static int scratch_error(const job *j, const char *why)
{
    return al_error_set(ALOUD_EWRITE, "%s: cannot write the audio (%s)",
                        j->whole_file.final ? j->whole_file.final : j->opts->split_dir, why);
}

static int put_scratch(job *j, const int16_t *pcm, size_t count)
{
    const char *p = (const char *)pcm;
    size_t left = count * sizeof(*pcm);
    off_t at = (off_t)(j->progress.samples * sizeof(*pcm));

    while (left > 0) {
        ssize_t n = pwrite(j->scratch_fd, p, left, at);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return scratch_error(j, n < 0 ? strerror(errno) : "disk full");
        p += n;
        left -= (size_t)n;
        at += n;
    }
    return ALOUD_OK;
}

static int put_audio(job *j, const int16_t *pcm, size_t count)
{
    int err = ALOUD_OK;

    if (j->whole && (err = al_wav_write(j->whole, pcm, count)) < 0)
        return err;
    if (j->stream && (err = al_encproc_write(j->stream, pcm, count)) < 0)
        return err;
    if (j->part && (err = al_wav_write(j->part, pcm, count)) < 0)
        return err;
    if (j->scratch_fd >= 0 && (err = put_scratch(j, pcm, count)) < 0)
        return err;
    j->progress.samples += count;
    return ALOUD_OK;
}

static int open_part(job *j, size_t k)
{
    char *path = part_path(j, j->first + k);
    char track[32], date[16];
    al_tag tags[MAX_TAGS];
    size_t n = article_tags(tags, track, sizeof(track), date, j, k);
    int fd, err;

    if (!path)
        return al_error_oom();
    err = make_temp(&j->parts[k], path, &fd);
    free(path);
    if (err == ALOUD_OK && (err = al_wav_open_fd(&j->part, fd, j->parts[k].final,
                                                 j->progress.sample_rate, tags, n)) == ALOUD_OK)
        err = al_wav_cue(j->part, al_speech_label(j->article, j->first + k));
    return err;
}

/* The callbacks of al_parallel_run(): in the workers, synthesis; here,
 * the audio in order. */

static int section_synth(void *data, size_t k, al_synth_sink sink, void *sink_data,
                         uint64_t *produced)
{
    job *j = data;
    char *ssml = NULL;
    int err;

    if ((err = al_speech_section(&ssml, j->article, j->first + k, &j->voice,
                                 j->intro && k == 0)) == ALOUD_OK)
        err = al_synth_speak(j->synth, ssml, sink, sink_data, produced);
    free(ssml);
    return err;
}

static int section_begin(void *data, size_t k)
{
    job *j = data;
    int err;

    j->starts[k] = j->progress.samples;
    if (j->whole && (err = al_wav_cue(j->whole, al_speech_label(j->article, j->first + k))) < 0)
        return err;
    if (j->parts && !is_encoded(j->split_format) && (err = open_part(j, k)) < 0)
        return err;
    return ALOUD_OK;
}

static int section_audio(void *data, const int16_t *pcm, size_t count)
{
    job *j = data;
    int err = put_audio(j, pcm, count);

    if (err == ALOUD_OK)
        report(j);
    return err;
}

/* The same, moved by the kernel from FD (parallel.h) when the audio goes
 * to one file only: the whole article's WAV, or the scratch file. */
static int section_audio_from(void *data, int fd, off_t *at, size_t count, size_t *moved)
{
    job *j = data;
    off_t end = (off_t)(j->progress.samples * sizeof(int16_t));
    ssize_t n;
    int err = ALOUD_OK;

    *moved = 0;
    if (j->stream || j->part || (j->whole != NULL) == (j->scratch_fd >= 0))
        return AL_PARALLEL_USE_AUDIO;
    if (j->whole) {
        if ((err = al_wav_write_from(j->whole, fd, at, count, moved)) == AL_WAV_USE_WRITE)
            return AL_PARALLEL_USE_AUDIO;
    } else if ((n = al_fd_move(fd, at, j->scratch_fd, &end, count * sizeof(int16_t))) ==
               AL_FD_CANNOT_MOVE) {
        return AL_PARALLEL_USE_AUDIO;
    } else if (n < 0) {
        err = scratch_error(j, strerror(errno));
    } else {
        *moved = (size_t)n / sizeof(int16_t);
    }
    j->progress.samples += *moved;
    if (err == ALOUD_OK)
        report(j);
    return err;
}

static int section_end(void *data, size_t k, uint64_t produced)
{
    static const int16_t silence[220];
    job *j = data;
    int err = ALOUD_OK;

    (void)k;
    if (produced == 0 && (err = put_audio(j, silence, sizeof(silence) / sizeof(silence[0]))) < 0)
        return err;
    if (j->part) {
        err = al_wav_finish(j->part);
        j->part = NULL;
    }
    j->progress.sections_done++;
    report(j);
    return err;
}

static bool section_cancelled(void *data)
{
    return cancelled(data);
}

/* Where sections that finish before their turn wait: beside the output. */
static char *spill_dir(const job *j)
{
    const char *path = j->opts->split_dir, *slash, *tmp = getenv("TMPDIR");

    if (j->opts->wav_path && !j->to_stdout) {
        path = j->opts->wav_path;
        slash = strrchr(path, '/');
        return slash ? al_strndup(path, slash == path ? 1 : (size_t)(slash - path))
                     : al_strdup(".");
    }
    return al_strdup(path ? path : tmp && *tmp ? tmp : "/tmp");
}

/* Cut the exported sections into groups of consecutive ones (parallel.c
 * says why), from the article alone: the same groups, so the same audio,
 * whatever the jobs. Each group takes a sixth of the words still left,
 * within GROUP_WORDS_MIN..MAX, so the groups shrink towards the end: a
 * job that finishes early takes a short one, and the jobs end close
 * together (equal eighths left one core idle for up to an eighth of the
 * article). Not smaller than GROUP_WORDS_MIN: each group starts an engine. */
#define GROUP_WORDS_MIN 150
#define GROUP_WORDS_MAX 2500
#define GROUP_SHARE 6

static size_t cut_groups(size_t *ends, const job *j)
{
    size_t count, left = 0, words = 0, n = 0, per;
    const aloud_section *s = aloud_article_sections(j->article, &count);

    for (size_t k = j->first; k < j->end; k++)
        left += aloud_section_words(&s[k]);
    for (size_t k = j->first; k < j->end; k++) {
        per = left / GROUP_SHARE < GROUP_WORDS_MIN ? GROUP_WORDS_MIN
            : left / GROUP_SHARE > GROUP_WORDS_MAX ? GROUP_WORDS_MAX : left / GROUP_SHARE;
        words += aloud_section_words(&s[k]);
        if (words >= per || k + 1 == j->end) {
            ends[n++] = k + 1 - j->first;
            left -= words;
            words = 0;
        }
    }
    return n;
}

static int speak_sections(job *j)
{
    al_parallel p = { j->end - j->first, NULL, 0, j->jobs, NULL, section_synth, section_begin,
                      section_audio, section_audio_from, section_end, section_cancelled, j };
    size_t *ends = malloc((p.count ? p.count : 1) * sizeof(*ends));
    char *dir = spill_dir(j);
    int err;

    if (!dir || !ends) {
        free(dir);
        free(ends);
        return al_error_oom();
    }
    p.group_ends = ends;
    p.group_count = cut_groups(ends, j);
    p.spill_dir = dir;
    err = al_parallel_run(&p);
    free(ends);
    free(dir);
    return err;
}

/* ---- encoding from the scratch file ---- */

/* Encode samples [FROM, TO) of the scratch file into FD (owned). */
static int encode_range(job *j, int fd, const out_file *f, const al_encode_spec *spec,
                        uint64_t from, uint64_t to)
{
    int16_t *pcm = malloc(SCRATCH_CHUNK * sizeof(*pcm));
    al_encproc *enc = NULL;
    int err;

    if (!pcm) {
        close(fd);
        return al_error_oom();
    }
    if ((err = al_encproc_open(&enc, fd, f->final, f->temp, spec)) < 0)
        goto cleanup;
    while (from < to) {
        size_t want = to - from > SCRATCH_CHUNK ? SCRATCH_CHUNK : (size_t)(to - from);
        ssize_t n = pread(j->scratch_fd, pcm, want * sizeof(*pcm), (off_t)(from * sizeof(*pcm)));

        if (n < 0 && errno == EINTR)
            continue;
        if (cancelled(j)) {
            err = ALOUD_EINTERRUPTED;
            goto cleanup;
        }
        if (n < (ssize_t)sizeof(*pcm)) {
            err = al_error_set(ALOUD_EWRITE, "%s: cannot read the audio back (%s)", f->final,
                               n < 0 ? strerror(errno) : "short read");
            goto cleanup;
        }
        if ((err = al_encproc_write(enc, pcm, (size_t)n / sizeof(*pcm))) < 0)
            goto cleanup;
        from += (size_t)n / sizeof(*pcm);
        j->progress.encoded += (size_t)n / sizeof(*pcm);
        report(j);
    }
    err = al_encproc_finish(enc);
    enc = NULL;
cleanup:
    al_encproc_abort(enc);
    free(pcm);
    return err;
}

static int encode_whole(job *j)
{
    size_t n = j->end - j->first;
    al_chapter *chapters = calloc(n, sizeof(*chapters));
    char track[32], date[16];
    al_tag tags[MAX_TAGS];
    al_encode_spec spec = { j->whole_format, j->progress.sample_rate, j->bitrate, tags, 0,
                            chapters, n, j->starts[n], j->cover, j->cover_size,
                            &j->cover_info };
    int fd, err;

    if (!chapters)
        return al_error_oom();
    spec.tag_count = article_tags(tags, track, sizeof(track), date, j, SIZE_MAX);
    for (size_t k = 0; k < n; k++)
        chapters[k] = (al_chapter){ j->starts[k], al_speech_label(j->article, j->first + k) };
    fd = open(j->whole_file.temp, O_RDWR | O_TRUNC | O_CLOEXEC);
    err = fd < 0 ? al_error_set(ALOUD_EWRITE, "%s: cannot write (%s)", j->whole_file.final,
                                strerror(errno))
                 : encode_range(j, fd, &j->whole_file, &spec, 0, j->starts[n]);
    free(chapters);
    return err;
}

static int encode_parts(job *j)
{
    int err = ALOUD_OK;

    for (size_t k = 0; err == ALOUD_OK && k < j->end - j->first; k++) {
        char *path = part_path(j, j->first + k);
        char track[32], date[16];
        al_tag tags[MAX_TAGS];
        al_encode_spec spec = { j->split_format, j->progress.sample_rate, j->bitrate, tags, 0,
                                NULL, 0, j->starts[k + 1] - j->starts[k], j->cover,
                                j->cover_size, &j->cover_info };
        int fd;

        if (!path)
            return al_error_oom();
        spec.tag_count = article_tags(tags, track, sizeof(track), date, j, k);
        err = make_temp(&j->parts[k], path, &fd);
        free(path);
        if (err == ALOUD_OK)
            err = encode_range(j, fd, &j->parts[k], &spec, j->starts[k], j->starts[k + 1]);
    }
    return err;
}

/* ---- the job ---- */

static int resolve_formats(job *j)
{
    const aloud_export_options *o = j->opts;
    aloud_audio_format named = o->version >= 2 ? o->format : ALOUD_FORMAT_AUTO;
    int err;

    j->whole_format = j->split_format = ALOUD_FORMAT_WAV;
    if (named != ALOUD_FORMAT_AUTO && !aloud_audio_format_extension(named)[0])
        return al_error_set(ALOUD_EINVAL, "export: unknown audio format %d", (int)named);
    if (o->wav_path) {
        if (named == ALOUD_FORMAT_AUTO &&
            (err = aloud_audio_format_resolve(&j->whole_format, o->wav_path, NULL)) < 0)
            return err;
        if (named != ALOUD_FORMAT_AUTO)
            j->whole_format = named;
        if (j->to_stdout && j->whole_format == ALOUD_FORMAT_M4B)
            return aloud_audio_format_resolve(&j->whole_format, "-", "m4b");
        j->split_format = j->whole_format;
    }
    if (named != ALOUD_FORMAT_AUTO)
        j->split_format = named;
    return ALOUD_OK;
}

static int check_options(const aloud_article *article, const aloud_export_options *o,
                         al_image_info *cover_info)
{
    int err = ALOUD_OK;

    if (!article || !o || (!o->wav_path && !o->split_dir))
        return al_error_set(ALOUD_EINVAL, "export: no article, or neither an audio file nor "
                                          "a split directory to write");
    if (o->chapters_path && !o->wav_path)
        return al_error_set(ALOUD_EINVAL, "%s: a chapter list needs an audio file to point to",
                            o->chapters_path);
    if (o->chapters_path && strcmp(o->wav_path, "-") == 0)
        return al_error_set(ALOUD_EINVAL, "%s: a chapter list needs an audio file, not standard "
                                          "output", o->chapters_path);
    if (o->chapters_path && !ends_with(o->chapters_path, ".cue") &&
        !ends_with(o->chapters_path, ".txt") && !ends_with(o->chapters_path, ".ffmeta"))
        return al_error_set(ALOUD_EINVAL, "%s: the chapter list's name must end in .cue "
                                          "(CUE sheet), .txt or .ffmeta (ffmetadata)",
                            o->chapters_path);
    if (o->version >= 3 && o->jobs > 64)
        return al_error_set(ALOUD_EINVAL, "export: %u jobs is more than 64", o->jobs);
    if (o->version >= 2 && o->bitrate && (o->bitrate < 8000 || o->bitrate > 320000))
        return al_error_set(ALOUD_EINVAL, "export: bit rate %u is not from 8000 to 320000",
                            o->bitrate);
    if (o->version >= 4 && o->cover) {
        if (o->cover_size > AL_COVER_MAX ||
            (err = al_encproc_image_check(o->cover, o->cover_size, cover_info)) == ALOUD_EINVAL)
            return al_error_set(ALOUD_EINVAL, "export: the cover is not a JPEG or PNG image of "
                                              "at most %d MiB", AL_COVER_MAX >> 20);
        if (err < 0)
            return err;   /* no FFmpeg */
    }
    return ALOUD_OK;
}

int aloud_cover_check(const unsigned char *data, size_t len)
{
    int err;

    al_error_clear();
    if (len > AL_COVER_MAX)
        return al_error_set(ALOUD_EINVAL, "the image is over %d MiB", AL_COVER_MAX >> 20);
    /* in a process of its own: FFmpeg is never loaded here (encproc.c) */
    if ((err = al_encproc_image_check(data, len, NULL)) < 0)
        return err;
    return ALOUD_OK;
}

static int prepare_split_dir(job *j)
{
    const char *dir = j->opts->split_dir;
    char *playlist;
    al_buf b = AL_BUF_INIT;
    int err;

    if (mkdir(dir, 0777) == 0)
        j->made_dir = true;
    else if (errno != EEXIST)
        return al_error_set(ALOUD_EWRITE, "%s: cannot create the directory (%s)", dir,
                            strerror(errno));
    if (!j->made_dir &&
        (err = al_split_claim(&j->old_split, dir, article_identity(j->article), j->force)) < 0)
        return err;
    if (!(j->parts = calloc(j->end - j->first, sizeof(*j->parts))))
        return al_error_oom();
    al_buf_printf(&b, "%s/%s", dir, AL_PLAYLIST_NAME);
    if (b.failed || !(playlist = al_buf_detach(&b)))
        return al_buf_free(&b), al_error_oom();
    err = make_temp(&j->playlist_file, playlist, &j->playlist_fd);
    free(playlist);
    return err;
}

/* The scratch file: raw samples in the directory of what is encoded from
 * them, removed from it at once (the open descriptor keeps the data). */
static int open_scratch(job *j)
{
    out_file scratch = { NULL, NULL };
    al_buf b = AL_BUF_INIT;
    const char *near = j->opts->wav_path;
    int err;

    if (!(is_encoded(j->whole_format) && j->opts->wav_path && !j->to_stdout)) {
        al_buf_printf(&b, "%s/scratch", j->opts->split_dir);
        if (b.failed)
            return al_buf_free(&b), al_error_oom();
        near = b.data;
    }
    err = make_temp(&scratch, near, &j->scratch_fd);
    al_buf_free(&b);
    drop_temp(&scratch);
    return err;
}

static int open_whole(job *j)
{
    char track[32], date[16];
    al_tag tags[MAX_TAGS];
    al_encode_spec spec = { j->whole_format, j->progress.sample_rate, j->bitrate, tags, 0,
                            NULL, 0, 0, j->cover, j->cover_size, &j->cover_info };
    int fd, err;

    spec.tag_count = article_tags(tags, track, sizeof(track), date, j, SIZE_MAX);
    if (j->to_stdout) {
        if ((fd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3)) < 0)
            return al_error_set(ALOUD_EWRITE, "standard output: cannot write (%s)",
                                strerror(errno));
        if (is_encoded(j->whole_format))
            return al_encproc_open(&j->stream, fd, "standard output", NULL, &spec);
        return al_wav_open_fd(&j->whole, fd, "standard output", spec.rate, tags, spec.tag_count);
    }
    if ((err = make_temp(&j->whole_file, j->opts->wav_path, &fd)) < 0)
        return err;
    if (is_encoded(j->whole_format)) {
        close(fd);   /* encoded at the end, into the same temporary */
        return ALOUD_OK;
    }
    return al_wav_open_fd(&j->whole, fd, j->opts->wav_path, spec.rate, tags, spec.tag_count);
}

static int prepare(job *j)
{
    int err;

    if ((err = al_synth_open(&j->synth, &j->voice.synth)) < 0)
        return err;
    j->progress.sample_rate = al_synth_sample_rate(j->synth);
    j->progress.section_count = j->end - j->first;
    if (!(j->starts = calloc(j->end - j->first + 1, sizeof(*j->starts))))
        return al_error_oom();
    if (j->opts->split_dir && (err = prepare_split_dir(j)) < 0)
        return err;
    if (j->opts->wav_path && (err = open_whole(j)) < 0)
        return err;
    if (j->opts->chapters_path &&
        (err = make_temp(&j->chapters_file, j->opts->chapters_path, &j->chapters_fd)) < 0)
        return err;
    if (((is_encoded(j->whole_format) && j->opts->wav_path && !j->to_stdout) ||
         (j->opts->split_dir && is_encoded(j->split_format))) &&
        (err = open_scratch(j)) < 0)
        return err;
    return ALOUD_OK;
}

static int finish(job *j)
{
    size_t n = j->end - j->first;
    int err = ALOUD_OK;

    j->starts[n] = j->progress.samples;
    if (j->whole_file.temp && is_encoded(j->whole_format))
        j->progress.encode_total += j->starts[n];
    if (j->parts && is_encoded(j->split_format))
        j->progress.encode_total += j->starts[n];
    if (j->whole) {
        err = al_wav_finish(j->whole);
        j->whole = NULL;
    }
    if (j->stream) {
        err = al_encproc_finish(j->stream);
        j->stream = NULL;
    }
    if (err == ALOUD_OK && j->whole_file.temp && is_encoded(j->whole_format))
        err = encode_whole(j);
    if (err == ALOUD_OK && j->parts && is_encoded(j->split_format))
        err = encode_parts(j);
    if (err == ALOUD_OK && j->opts->chapters_path)
        err = write_chapters(j);
    if (err == ALOUD_OK && j->parts)
        err = write_playlist(j);
    for (size_t k = 0; err == ALOUD_OK && j->parts && k < n; k++)
        err = commit_temp(&j->parts[k]);
    if (err == ALOUD_OK && j->parts) {
        char **keep = malloc(n * sizeof(*keep));
        if (keep) {   /* without memory, an old file stays: harmless */
            for (size_t k = 0; k < n; k++)
                keep[k] = j->parts[k].final;
            al_split_remove_stale(&j->old_split, j->opts->split_dir, keep, n);
            free(keep);
        }
    }
    if (err == ALOUD_OK)
        err = commit_temp(&j->playlist_file);
    if (err == ALOUD_OK)
        err = commit_temp(&j->chapters_file);
    if (err == ALOUD_OK)
        err = commit_temp(&j->whole_file);
    return err;
}

static void release(job *j, bool failed)
{
    al_wav_abort(j->whole);
    al_encproc_abort(j->stream);
    al_wav_abort(j->part);
    if (j->chapters_fd >= 0)
        close(j->chapters_fd);
    if (j->playlist_fd >= 0)
        close(j->playlist_fd);
    if (j->scratch_fd >= 0)
        close(j->scratch_fd);
    drop_temp(&j->whole_file);
    drop_temp(&j->chapters_file);
    drop_temp(&j->playlist_file);
    for (size_t k = 0; j->parts && k < j->end - j->first; k++)
        drop_temp(&j->parts[k]);
    if (failed && j->made_dir)
        rmdir(j->opts->split_dir);
    al_split_old_free(&j->old_split);
    free(j->parts);
    free(j->starts);
    al_synth_close(j->synth);
}

int aloud_export(aloud_export_result *result, const aloud_article *article,
                 const aloud_speech_options *speech, const aloud_export_options *opts)
{
    job j;
    int err;

    AL_CHECK_VERSION(speech, ALOUD_SPEECH_OPTIONS_VERSION);
    AL_CHECK_VERSION(opts, ALOUD_EXPORT_OPTIONS_VERSION);
    memset(&j, 0, sizeof(j));
    j.article = article;
    j.opts = opts;
    j.chapters_fd = j.playlist_fd = j.scratch_fd = -1;
    j.intro = !speech || speech->intro;
    if ((err = check_options(article, opts, &j.cover_info)) < 0)
        goto cleanup;
    j.to_stdout = opts->wav_path && strcmp(opts->wav_path, "-") == 0;
    if (opts->version >= 2) {
        j.bitrate = opts->bitrate;
        j.force = opts->force;
    }
    j.jobs = opts->version >= 3 && opts->jobs ? opts->jobs : al_parallel_default_jobs();
    if (opts->version >= 4) {
        j.cover = opts->cover;
        j.cover_size = opts->cover ? opts->cover_size : 0;
    }
    if ((err = resolve_formats(&j)) < 0 ||
        (err = al_voice_resolve(&j.voice, article, speech)) < 0 ||
        (err = al_speech_lexicon_open(&j.voice, speech)) < 0 ||
        (err = al_speech_range(&j.first, &j.end, article, speech)) < 0 ||
        (err = prepare(&j)) < 0)
        goto cleanup;
    err = speak_sections(&j);
    if (err == ALOUD_OK)
        err = finish(&j);
    if (err == ALOUD_OK && result) {
        result->samples = j.progress.samples;
        result->sample_rate = j.progress.sample_rate;
        result->section_count = j.end - j.first;
        result->voice = j.voice.info;
    }
cleanup:
    if (j.cancelled)
        err = al_error_set(ALOUD_EINTERRUPTED, "export interrupted; nothing was written");
    al_speech_lexicon_close(&j.voice);
    release(&j, err < 0);
    return err;
}
