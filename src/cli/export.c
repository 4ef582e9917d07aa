/*
 * export.c - the CLI's export job (-o FILE, --split DIR, --chapters FILE,
 * --format, --bitrate, --force, --cover) and --list-voices, on the public
 * API only.
 *
 * --cover asks for audio first: a page without an og:image, an image that
 * cannot be fetched or is not a JPEG or PNG, is one warning naming the
 * URL, and the file is written without a cover.
 *
 * With -o - the audio goes to standard output, so nothing else may: the
 * "Wrote ..." line is left out.
 *
 * Ctrl-C and SIGTERM do not kill the process mid-file: their handler only
 * raises the flag the library polls (aloud_export_options.cancel), the
 * export removes its temporary files and returns ALOUD_EINTERRUPTED, and
 * the CLI exits with 130. The progress bar is drawn on stderr only when
 * it is a terminal and -q was not given, at most ten times a second: the
 * sections spoken, then, for MP3, Opus, M4B and FLAC, the audio encoded.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

static volatile sig_atomic_t cancel_requested;

static void on_signal(int sig)
{
    (void)sig;
    cancel_requested = 1;
}

typedef struct {
    struct sigaction old_int, old_term;
} saved_handlers;

static void install_handlers(saved_handlers *saved)
{
    struct sigaction sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &saved->old_int);
    sigaction(SIGTERM, &sa, &saved->old_term);
}

static void restore_handlers(const saved_handlers *saved)
{
    sigaction(SIGINT, &saved->old_int, NULL);
    sigaction(SIGTERM, &saved->old_term, NULL);
}

/* "4:05" or "1:02:03". */
static void format_duration(char *out, size_t size, double seconds)
{
    unsigned long s = (unsigned long)(seconds + 0.5);

    if (s >= 3600)
        snprintf(out, size, "%lu:%02lu:%02lu", s / 3600, s / 60 % 60, s % 60);
    else
        snprintf(out, size, "%lu:%02lu", s / 60, s % 60);
}

/* ---- progress bar ---- */

typedef struct {
    double last;      /* when the bar was last drawn */
    int drawn;
} bar_state;

static double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* While speaking: "[####    ] 3/12 sections, 4:05 of audio"; then, for
 * the formats encoded at the end: "[####    ] encoding, 4:05 of 24:00". */
static void draw_bar(const aloud_progress *p, void *data)
{
    bar_state *bar = data;
    char audio[32], total[32], line[128];
    int width = 24, filled;
    double t = now(), rate = p->sample_rate ? p->sample_rate : 1;
    bool encoding = p->encode_total > 0 && p->sections_done == p->section_count;

    if (bar->drawn && t - bar->last < 0.1 &&
        (encoding ? p->encoded < p->encode_total : p->sections_done < p->section_count))
        return;
    bar->last = t;
    bar->drawn = 1;
    if (encoding) {
        filled = (int)(width * p->encoded / p->encode_total);
        format_duration(audio, sizeof(audio), (double)p->encoded / rate);
        format_duration(total, sizeof(total), (double)p->encode_total / rate);
        snprintf(line, sizeof(line), "\r[%.*s%*s] encoding, %s of %s\033[K", filled,
                 "########################", width - filled, "", audio, total);
    } else {
        filled = p->section_count ? (int)(width * p->sections_done / p->section_count) : width;
        format_duration(audio, sizeof(audio), (double)p->samples / rate);
        snprintf(line, sizeof(line), "\r[%.*s%*s] %zu/%zu sections, %s of audio", filled,
                 "########################", width - filled, "", p->sections_done,
                 p->section_count, audio);
    }
    fputs(line, stderr);
    fflush(stderr);
}

static void clear_bar(const bar_state *bar)
{
    if (bar->drawn)
        fputs("\r\033[K", stderr);
}

/* ---- options ---- */

int cli_parse_bitrate(const char *s, unsigned int *out)
{
    char *end;
    unsigned long v;

    errno = 0;
    v = strtoul(s, &end, 10);
    if (!errno && end != s && s[0] != '-' && (*end == 'k' || *end == 'K') && !end[1]) {
        v *= 1000;
        end++;
    }
    if (errno || end == s || s[0] == '-' || *end || v < 8000 || v > 320000) {
        cli_error("--bitrate: '%s' is not a bit rate from 8k to 320k (e.g. 48k or 48000)", s);
        return -1;
    }
    *out = (unsigned int)v;
    return 0;
}

int cli_export_check(const cli_options *o)
{
    aloud_audio_format format;

    if ((o->format || o->bitrate || o->force || o->cover) && o->job != CLI_JOB_EXPORT) {
        cli_error("%s needs -o FILE or --split DIR",
                  o->format ? "--format" : o->bitrate ? "--bitrate" : o->force ? "--force"
                                                                               : "--cover");
        return -1;
    }
    if (o->force && !o->split_dir) {
        cli_error("--force needs --split DIR");
        return -1;
    }
    if (o->output && strcmp(o->output, "-") == 0 && o->chapters) {
        cli_error("--chapters needs -o FILE, not standard output");
        return -1;
    }
    if (o->output && strcmp(o->output, "-") == 0 && isatty(STDOUT_FILENO)) {
        cli_error("-o -: standard output is a terminal; pipe the audio to a player "
                  "(aloud -o - URL | mpv -) or name a file");
        return -1;
    }
    if ((o->output || o->format) &&
        aloud_audio_format_resolve(&format, o->output, o->format) < 0) {
        cli_error("%s", aloud_error_message());
        return -1;
    }
    return 0;
}

/* ---- export ---- */

/* --cover: the page's image into *OUT (free() it), or a warning and NULL.
 * FORMAT is what the files are written as (WAV holds no picture). */
int cli_cover(const cli_options *o, const aloud_article *article, aloud_audio_format format,
              unsigned char **out, size_t *len)
{
    const char *url = aloud_article_image(article);

    *out = NULL;
    *len = 0;
    if (!o->cover)
        return 0;
    if (format == ALOUD_FORMAT_WAV) {
        cli_error("--cover: a WAV file holds no cover art; writing it without one");
        return 0;
    }
    if (!url) {
        cli_error("--cover: %s names no http(s) image (og:image); writing without a cover",
                  o->source                   ? o->source
                  : aloud_article_url(article) ? aloud_article_url(article)
                                               : "the page");
        return 0;
    }
    if (aloud_image_fetch(out, len, url, &o->load) < 0) {
        cli_error("--cover: %s; writing without a cover", aloud_error_message());
        return 0;
    }
    if (aloud_cover_check(*out, *len) < 0) {
        cli_error("--cover: %s: %s; writing without a cover", url, aloud_error_message());
        aloud_free(*out);
        *out = NULL;
        *len = 0;
        return 0;
    }
    return 1;
}

/* The format the export writes (split files' when there is no -o). */
static aloud_audio_format export_format(const cli_options *o)
{
    aloud_audio_format f = ALOUD_FORMAT_WAV;

    if (o->format)
        aloud_audio_format_resolve(&f, NULL, o->format);
    else if (o->output)
        aloud_audio_format_resolve(&f, o->output, NULL);
    return f;
}

int cli_speech_options(aloud_speech_options *speech, const cli_options *o,
                       const aloud_article *article)
{
    int index;

    speech->voice = o->voice;
    speech->rate = o->rate;
    speech->pitch = o->pitch;
    speech->volume = o->volume;
    speech->intro = !o->no_intro;
    speech->lexicon = o->lexicon;
    speech->only = o->only;
    if (o->section) {
        if ((index = aloud_article_find_section(article, o->section)) < 0) {
            cli_error("%s: no section '%s' (aloud --sections lists them)", o->source, o->section);
            return cli_exit_code(ALOUD_ENOSECTION);
        }
        speech->first_section = (size_t)index;
    }
    return CLI_EXIT_OK;
}

static void say_fallback(const aloud_article *article, const aloud_speech_options *speech)
{
    aloud_voice_info info;

    if (aloud_voice_resolve(&info, article, speech) == ALOUD_OK && info.fallback)
        cli_error("espeak-ng has no voice for the language '%s'; speaking English instead",
                  info.requested);
}

static void print_result(const cli_options *o, const aloud_export_result *r)
{
    char duration[32];

    format_duration(duration, sizeof(duration), (double)r->samples / r->sample_rate);
    if (o->output && strcmp(o->output, "-") == 0)
        return;   /* the audio went to stdout */
    if (o->output)
        printf("Wrote %s: %s, %zu %s, voice %s\n", o->output, duration, r->section_count,
               r->section_count == 1 ? "chapter" : "chapters", r->voice.espeak_voice);
    if (o->chapters)
        printf("Wrote %s: the chapter list\n", o->chapters);
    if (o->split_dir)
        printf("Wrote %zu section %s and playlist.m3u to %s: %s, voice %s\n", r->section_count,
               r->section_count == 1 ? "file" : "files", o->split_dir, duration,
               r->voice.espeak_voice);
    fflush(stdout);
}

int cli_export(const cli_options *o, const aloud_article *article)
{
    aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
    aloud_export_options out = ALOUD_EXPORT_OPTIONS_INIT;
    aloud_export_result result;
    bar_state bar = { 0, 0 };
    saved_handlers saved;
    unsigned char *cover = NULL;
    int rc, err;

    if ((rc = cli_speech_options(&speech, o, article)) != CLI_EXIT_OK)
        return rc;
    say_fallback(article, &speech);
    out.wav_path = o->output;
    out.chapters_path = o->chapters;
    out.split_dir = o->split_dir;
    out.bitrate = o->bitrate;
    out.force = o->force;
    out.jobs = (unsigned int)o->jobs;   /* 0: one per processor */
    if (o->format && aloud_audio_format_resolve(&out.format, NULL, o->format) < 0) {
        cli_error("%s", aloud_error_message());
        return CLI_EXIT_USAGE;
    }
    out.cancel = &cancel_requested;
    if (!o->quiet && isatty(STDERR_FILENO)) {
        out.progress = draw_bar;
        out.progress_data = &bar;
    }
    cli_cover(o, article, export_format(o), &cover, &out.cover_size);
    out.cover = cover;
    install_handlers(&saved);
    err = aloud_export(&result, article, &speech, &out);
    aloud_free(cover);
    restore_handlers(&saved);
    clear_bar(&bar);
    aloud_speech_shutdown();
    if (err < 0) {
        cli_error("%s: %s", o->source, aloud_error_message());
        return cli_exit_code(err);
    }
    if (!o->quiet)
        print_result(o, &result);
    return CLI_EXIT_OK;
}

/* ---- --list-voices ---- */

int cli_list_voices(const cli_options *o)
{
    aloud_voice_entry *voices = NULL;
    size_t count = 0;
    int err, kind = -1;

    (void)o;
    if ((err = aloud_voices_list(&voices, &count)) < 0) {
        cli_error("%s", aloud_error_message());
        aloud_speech_shutdown();
        return cli_exit_code(err);
    }
    for (size_t i = 0; i < count; i++) {
        const aloud_voice_entry *v = &voices[i];

        if ((int)v->kind != kind) {
            kind = (int)v->kind;
            printf("%s", kind == ALOUD_VOICE_PROFILE
                             ? "Voice profiles (--voice NAME; 'auto' follows the article's language):\n"
                             : "\nespeak-ng voices (--voice NAME, or NAME+VARIANT such as en-us+f3):\n");
        }
        if (v->kind == ALOUD_VOICE_PROFILE)
            printf("  %-16s %-12s %s\n", v->name, v->language, v->description);
        else
            printf("  %-22s %s\n", v->name, v->description);
    }
    aloud_free(voices);
    aloud_speech_shutdown();
    return fflush(stdout) == 0 ? CLI_EXIT_OK : cli_exit_code(ALOUD_EWRITE);
}
