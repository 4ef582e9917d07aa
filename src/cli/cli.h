/*
 * cli.h - the aloud command line (private to the CLI; uses only <aloud.h>).
 *
 * main.c parses the options and loads the article; each job lives in its
 * own file: output.c (--json/--text/--sections/--html/--ssml), export.c (-o,
 * --split, --chapters), batch.c (several sources into a folder), play.c
 * (live playback).
 */
#ifndef ALOUD_CLI_H
#define ALOUD_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include <aloud.h>

/* Exit codes (documented in aloud(1)): 0 success; for a library error E,
 * the status is -E (ALOUD_EFILE -> 3, ALOUD_EHTTP -> 8, ...); 2 is also a
 * usage error; 130 interrupted by Ctrl-C. */
#define CLI_EXIT_OK 0
#define CLI_EXIT_USAGE 2
#define CLI_EXIT_INTERRUPTED 130
/* A batch (several sources): some failed (the rest were exported or
 * unchanged), or none succeeded. */
#define CLI_EXIT_SOME 21
#define CLI_EXIT_NONE 22

typedef enum {
    CLI_JOB_PLAY = 0,     /* default: live playback */
    CLI_JOB_EXPORT,       /* -o FILE or --split DIR */
    CLI_JOB_JSON,
    CLI_JOB_TEXT,
    CLI_JOB_SECTIONS,
    CLI_JOB_HTML,
    CLI_JOB_SSML,
    CLI_JOB_LIST_VOICES
} cli_job;

typedef struct {
    cli_job job;
    const char *source;         /* URL, path or "-" */
    aloud_load_options load;

    /* speech */
    const char *voice;          /* --voice, NULL: follow the article language */
    int rate;                   /* --rate, 0: default */
    int pitch;                  /* --pitch, -1: default */
    int volume;                 /* --volume, -1: default */
    bool no_intro;              /* --no-intro */
    bool no_captions;           /* --no-captions */
    const char *lexicon;        /* --lexicon FILE */

    /* export */
    const char *output;         /* -o FILE */
    const char *chapters;       /* --chapters FILE */
    const char *split_dir;      /* --split DIR */
    const char *format;         /* --format NAME */
    unsigned int bitrate;       /* --bitrate, bits per second; 0: the format's default */
    bool force;                 /* --force */
    bool cover;                 /* --cover: the page's og:image as cover art */

    /* batch (several sources) */
    const char *input_file;     /* --input-file FILE: one source a line, or - */
    bool retry_failed;          /* --retry-failed */
    long limit;                 /* --limit N: items of each feed, 0: all */
    long jobs;                  /* -j, --jobs N: articles at once (processes), 0: 1 */
    long shard_k, shard_n;      /* --shard K/N: only the sources of shard K; 0/0: all */
    bool merge;                 /* --merge-manifests */
    const char *since;          /* --since DATE: feed items published on or after DATE */
    bool podcast;               /* --podcast: DIR/feed.xml and chapters files */
    const char *podcast_title;  /* --podcast-title TEXT */
    const char *podcast_url;    /* --podcast-url BASE */

    /* section selection (export and play) */
    const char *section;        /* --section N|TEXT */
    bool only;                  /* --only */

    /* playback */
    const char *audio_device;   /* --audio-device NAME */
    const char *events;         /* --events FILE */
    bool resume;                /* --resume */

    bool quiet;                 /* -q: no progress or status line */
} cli_options;

/** Print "aloud: MSG" on stderr (sanitised by the library already). */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/** Exit status for a library error code. */
int cli_exit_code(int error);

/** Fill SPEECH from the options (voice, rate, --section, --only...); an exit status. */
int cli_speech_options(aloud_speech_options *speech, const cli_options *o,
                       const aloud_article *article);

/* output.c */
int cli_output(const cli_options *opts, const aloud_article *article);
/* export.c */
int cli_export(const cli_options *opts, const aloud_article *article);
/** Parse --bitrate ("48k", "64000") into *OUT; -1 (said) when it is not one. */
int cli_parse_bitrate(const char *s, unsigned int *out);
/** Check the export options before anything is fetched; -1 (said) on a usage error. */
int cli_export_check(const cli_options *opts);
/** --cover: fetch ARTICLE's image into *OUT (free with aloud_free()) for files
 *  in FORMAT; 1 when there is one, 0 (a warning said) when not. */
int cli_cover(const cli_options *opts, const aloud_article *article, aloud_audio_format format,
              unsigned char **out, size_t *len);
/* batch.c */
/** Is this a batch: several sources, --input-file, or -o naming a folder? */
bool cli_is_batch(const cli_options *opts, int nsources);
/** Export every source into the folder of -o, with a manifest; an exit status. */
int cli_batch(const cli_options *opts, char **sources, int nsources);
/* podcast.c */
struct json_object;
/** Convert the ffmetadata chapter list FFMETA into JSON chapters (Podcasting
 * 2.0) at JSON_PATH, atomically; -1 on failure. */
int cli_podcast_chapters(const char *ffmeta, const char *json_path);
/** Write DIR/feed.xml (RSS 2.0, iTunes and Podcasting 2.0) from the
 * manifest's ENTRIES, atomically; -1 (said) on failure. */
int cli_podcast_write(const char *dir, struct json_object *const *entries, size_t count,
                      const cli_options *opts);
/* play.c */
int cli_play(const cli_options *opts, const aloud_article *article);
/* voices (export.c) */
int cli_list_voices(const cli_options *opts);

#endif /* ALOUD_CLI_H */
