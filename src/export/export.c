/*
 * export.c - aloud_export(): speak an article into a WAV file with a
 * chapter mark per section, one WAV per section (--split), and a chapter
 * list (--chapters).
 *
 * Design. One pass: each selected section is synthesised by one
 * al_synth_speak() call whose audio goes straight to the open WAV
 * writers, so memory does not grow with the article; the sample count at
 * the start of each section is the chapter's position (exact, since it is
 * counted from the audio actually written). A section that produced no
 * audio gets 10 ms of silence so that chapter marks stay strictly
 * increasing.
 *
 * Atomicity. Every output is first a temporary file in its target
 * directory (".NAME.aloud-PID-N.tmp", created with O_EXCL so it respects
 * the umask and never follows a planted link); they are all created
 * before the synthesis starts, so an unwritable directory fails at once,
 * and renamed into place only when everything has been written. On any
 * error, or when the caller's cancel flag is raised (the CLI's SIGINT and
 * SIGTERM handlers do that), the temporaries are removed, a split
 * directory made by this run is removed again, and files that existed
 * before are left untouched. No fsync: durability across power loss is
 * not promised, only that a reader never sees a half-written file.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "speechtext.h"
#include "synth.h"
#include "wav.h"

#define PLAYLIST_NAME "playlist.m3u"

typedef struct {
    char *final;   /* where the file goes */
    char *temp;    /* the temporary, NULL when none (or renamed) */
} out_file;

typedef struct {
    const aloud_article *article;
    const aloud_export_options *opts;
    bool intro;
    al_voice voice;
    al_synth *synth;
    size_t first, end;            /* the sections exported: [first, end) */
    uint64_t *starts;             /* start sample of each, then the total */
    al_wav *whole;                /* the whole-article WAV, or NULL */
    al_wav *part;                 /* the current section's WAV (--split) */
    out_file whole_file, chapters_file, playlist_file;
    out_file *parts;              /* one per exported section (--split) */
    int chapters_fd, playlist_fd;
    bool made_dir;
    bool cancelled;
    int write_err;                /* a write error met inside the sink */
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
        *fd = open(f->temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
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

/* ---- names ---- */

/* ASCII letters for the Latin-1 letters U+00C0..U+00FF. */
static const char *const latin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
};

/* "Über die Straße!" -> "uber-die-strasse"; at most 48 bytes. */
static void slugify(char *out, size_t size, const char *label)
{
    const unsigned char *p = (const unsigned char *)label;
    size_t n = 0;
    bool dash = false;

    while (*p && n + 4 < size && n < 48) {
        const char *ascii = NULL;
        char one[2] = { 0, 0 };

        if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9'))
            one[0] = (char)*p, ascii = one;
        else if (*p >= 'A' && *p <= 'Z')
            one[0] = (char)(*p + 32), ascii = one;
        else if (*p == 0xC3 && p[1] >= 0x80 && p[1] <= 0xBF)
            ascii = latin1[p[1] - 0x80], p++;
        if (ascii && *ascii) {
            if (dash && n > 0)
                out[n++] = '-';
            for (; *ascii && n + 1 < size; ascii++)
                out[n++] = *ascii;
            dash = false;
        } else {
            dash = true;
        }
        p++;
    }
    out[n] = '\0';
    if (n == 0)
        snprintf(out, size, "section");
}

static char *part_path(const job *j, size_t index)
{
    size_t count, width = 2;
    char slug[64];
    al_buf b = AL_BUF_INIT;

    aloud_article_sections(j->article, &count);
    for (size_t c = count; c >= 100; c /= 10)
        width++;
    slugify(slug, sizeof(slug), al_speech_label(j->article, index));
    al_buf_printf(&b, "%s/%0*zu-%s.wav", j->opts->split_dir, (int)width, index + 1, slug);
    return b.failed ? (al_buf_free(&b), NULL) : al_buf_detach(&b);
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
    if (file)
        put_cue_string(b, "FILE", file, " WAVE");
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
    al_buf b = AL_BUF_INIT;
    int err;

    al_buf_puts(&b, "#EXTM3U\n");
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

static int put_audio(job *j, const int16_t *pcm, size_t count)
{
    int err = ALOUD_OK;

    if (j->whole && (err = al_wav_write(j->whole, pcm, count)) < 0)
        return err;
    if (j->part && (err = al_wav_write(j->part, pcm, count)) < 0)
        return err;
    j->progress.samples += count;
    return ALOUD_OK;
}

static int sink(const int16_t *pcm, size_t count, void *data)
{
    job *j = data;

    if (j->opts->cancel && *j->opts->cancel) {
        j->cancelled = true;
        return 1;
    }
    if ((j->write_err = put_audio(j, pcm, count)) < 0)
        return 1;
    report(j);
    return 0;
}

static int open_part(job *j, size_t k)
{
    char *path = part_path(j, j->first + k);
    int fd, err;

    if (!path)
        return al_error_oom();
    err = make_temp(&j->parts[k], path, &fd);
    free(path);
    if (err == ALOUD_OK && (err = al_wav_open_fd(&j->part, fd, j->parts[k].final,
                                                 j->progress.sample_rate)) == ALOUD_OK)
        err = al_wav_cue(j->part, al_speech_label(j->article, j->first + k));
    return err;
}

static int speak_section(job *j, size_t k)
{
    static const int16_t silence[220];
    char *ssml = NULL;
    uint64_t produced = 0;
    int err;

    if (j->opts->cancel && *j->opts->cancel) {
        j->cancelled = true;
        return ALOUD_EINTERRUPTED;
    }
    j->starts[k] = j->progress.samples;
    if (j->whole && (err = al_wav_cue(j->whole, al_speech_label(j->article, j->first + k))) < 0)
        return err;
    if (j->parts && (err = open_part(j, k)) < 0)
        return err;
    if ((err = al_speech_section(&ssml, j->article, j->first + k, &j->voice,
                                 j->intro && k == 0)) < 0)
        return err;
    err = al_synth_speak(j->synth, ssml, sink, j, &produced);
    free(ssml);
    if (j->write_err < 0)
        return j->write_err;
    if (err < 0)
        return err;
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

/* ---- the job ---- */

static int check_options(const aloud_article *article, const aloud_export_options *o)
{
    if (!article || !o || (!o->wav_path && !o->split_dir))
        return al_error_set(ALOUD_EINVAL, "export: no article, or neither a WAV file nor "
                                          "a split directory to write");
    if (o->chapters_path && !o->wav_path)
        return al_error_set(ALOUD_EINVAL, "%s: a chapter list needs a WAV file to point to",
                            o->chapters_path);
    if (o->chapters_path && !ends_with(o->chapters_path, ".cue") &&
        !ends_with(o->chapters_path, ".txt") && !ends_with(o->chapters_path, ".ffmeta"))
        return al_error_set(ALOUD_EINVAL, "%s: the chapter list's name must end in .cue "
                                          "(CUE sheet), .txt or .ffmeta (ffmetadata)",
                            o->chapters_path);
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
    if (!(j->parts = calloc(j->end - j->first, sizeof(*j->parts))))
        return al_error_oom();
    al_buf_printf(&b, "%s/%s", dir, PLAYLIST_NAME);
    if (b.failed || !(playlist = al_buf_detach(&b)))
        return al_buf_free(&b), al_error_oom();
    err = make_temp(&j->playlist_file, playlist, &j->playlist_fd);
    free(playlist);
    return err;
}

static int prepare(job *j)
{
    int fd, err;

    if ((err = al_synth_open(&j->synth, &j->voice.synth)) < 0)
        return err;
    j->progress.sample_rate = al_synth_sample_rate(j->synth);
    j->progress.section_count = j->end - j->first;
    if (!(j->starts = calloc(j->end - j->first + 1, sizeof(*j->starts))))
        return al_error_oom();
    if (j->opts->wav_path) {
        if ((err = make_temp(&j->whole_file, j->opts->wav_path, &fd)) < 0 ||
            (err = al_wav_open_fd(&j->whole, fd, j->opts->wav_path, j->progress.sample_rate)) < 0)
            return err;
    }
    if (j->opts->chapters_path &&
        (err = make_temp(&j->chapters_file, j->opts->chapters_path, &j->chapters_fd)) < 0)
        return err;
    if (j->opts->split_dir && (err = prepare_split_dir(j)) < 0)
        return err;
    return ALOUD_OK;
}

static int finish(job *j)
{
    size_t n = j->end - j->first;
    int err = ALOUD_OK;

    j->starts[n] = j->progress.samples;
    if (j->whole) {
        err = al_wav_finish(j->whole);
        j->whole = NULL;
    }
    if (err == ALOUD_OK && j->opts->chapters_path)
        err = write_chapters(j);
    if (err == ALOUD_OK && j->parts)
        err = write_playlist(j);
    for (size_t k = 0; err == ALOUD_OK && j->parts && k < n; k++)
        err = commit_temp(&j->parts[k]);
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
    al_wav_abort(j->part);
    if (j->chapters_fd >= 0)
        close(j->chapters_fd);
    if (j->playlist_fd >= 0)
        close(j->playlist_fd);
    drop_temp(&j->whole_file);
    drop_temp(&j->chapters_file);
    drop_temp(&j->playlist_file);
    for (size_t k = 0; j->parts && k < j->end - j->first; k++)
        drop_temp(&j->parts[k]);
    if (failed && j->made_dir)
        rmdir(j->opts->split_dir);
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
    j.chapters_fd = j.playlist_fd = -1;
    j.intro = !speech || speech->intro;
    if ((err = check_options(article, opts)) < 0 ||
        (err = al_voice_resolve(&j.voice, article, speech)) < 0 ||
        (err = al_speech_lexicon_open(&j.voice, speech)) < 0 ||
        (err = al_speech_range(&j.first, &j.end, article, speech)) < 0 ||
        (err = prepare(&j)) < 0)
        goto cleanup;
    for (size_t k = 0; err == ALOUD_OK && k < j.end - j.first; k++)
        err = speak_section(&j, k);
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
