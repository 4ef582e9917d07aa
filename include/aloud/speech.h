/*
 * aloud/speech.h - speak an article with espeak-ng: voices, and export to
 * WAV, MP3, Opus, M4B or FLAC with a chapter mark per section and tags.
 * Include <aloud.h> rather than this file.
 *
 * Usage:
 *
 *     aloud_speech_options speech = ALOUD_SPEECH_OPTIONS_INIT;
 *     aloud_export_options out = ALOUD_EXPORT_OPTIONS_INIT;
 *     aloud_export_result result;
 *     int err;
 *
 *     speech.voice = "de";              // or NULL to follow the article
 *     out.wav_path = "article.wav";
 *     out.chapters_path = "article.cue";
 *     if ((err = aloud_export(&result, article, &speech, &out)) < 0)
 *         fprintf(stderr, "aloud: %s\n", aloud_error_message());
 *     else
 *         printf("%llu samples at %u Hz\n", result.samples, result.sample_rate);
 *     aloud_speech_shutdown();          // once, at the end of the program
 *
 * espeak-ng keeps global state: one synthesis runs at a time per process.
 * A second export or playback started while one runs fails with
 * ALOUD_ESYNTH. aloud_export() speaks in worker processes it forks, and
 * encodes MP3, Opus, M4B and FLAC in another (reaped before it returns),
 * so a program that reaps every child from a SIGCHLD handler must not do
 * so during an export. Nothing here prints;
 * notices (such as a fallback to English) come back in the structures
 * below.
 */
#ifndef ALOUD_SPEECH_H
#define ALOUD_SPEECH_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include "common.h"
#include "article.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Speaking rate limits, words per minute (the default is ALOUD_DEFAULT_RATE). */
#define ALOUD_RATE_MIN 80
#define ALOUD_RATE_MAX 450

#define ALOUD_SPEECH_OPTIONS_VERSION 1

/** How to speak. Initialise with ALOUD_SPEECH_OPTIONS_INIT. */
typedef struct {
    unsigned int version;
    /** An espeak-ng voice or language with an optional variant ("en-us",
     *  "de", "fr+f3", "gmw/en-GB-x-rp"), or the name of a voice profile
     *  from voices/ ("narrator", "brisk"). NULL: the "narrator" profile in
     *  the article's language (English when espeak-ng has no voice for it). */
    const char *voice;
    int rate;              /* words per minute, 80-450; 0: the profile's (175) */
    int pitch;             /* 0-99; -1: the profile's */
    int volume;            /* 0-200 (percent); -1: the profile's (100) */
    bool intro;            /* say the title, "by BYLINE" and the site first */
    size_t first_section;  /* 0-based index of the first section spoken */
    bool only;             /* just first_section and its subsections */
    /** A pronunciation lexicon file (format in aloud(1), LEXICON), read
     *  after the shipped entries and before $XDG_CONFIG_HOME/aloud/lexicon;
     *  NULL: none. A bad entry fails with ALOUD_EINVAL naming file and line. */
    const char *lexicon;
} aloud_speech_options;

#define ALOUD_SPEECH_OPTIONS_INIT { ALOUD_SPEECH_OPTIONS_VERSION, NULL, 0, -1, -1, true, 0, false, NULL }

/** The voice a speech run uses, as resolved from the options and article. */
typedef struct {
    char profile[64];       /* profile used ("narrator"), "" when none */
    char espeak_voice[96];  /* espeak-ng voice set, with variant: "de+m3" */
    char language[32];      /* language spoken: "de", "en-us" */
    char description[96];   /* espeak-ng's name for it: "German" */
    char requested[32];     /* the article's language when the voice follows
                               it ("de-DE"), "" otherwise */
    bool fallback;          /* espeak-ng has no voice for `requested`;
                               English is spoken instead (tell the user) */
    int rate, pitch, volume;
} aloud_voice_info;

/**
 * Work out which voice ARTICLE would be spoken with. Use it to tell the
 * user, before a long export, which voice was chosen and whether it fell
 * back to English.
 *
 * @param out      filled in on success
 * @param article  the article (its language matters when opts->voice is
 *                 NULL or a profile that follows the article); may be NULL
 * @param opts     speech options, or NULL for the defaults
 * @return ALOUD_OK, ALOUD_EVOICE (no such voice or profile, or a profile
 *         file with an error: the message names it), ALOUD_EINVAL (rate,
 *         pitch or volume out of range), ALOUD_ESYNTH (espeak-ng unusable)
 */
ALOUD_EXPORT int aloud_voice_resolve(aloud_voice_info *out, const aloud_article *article,
                                     const aloud_speech_options *opts);

/** What a voice list entry is. */
typedef enum {
    ALOUD_VOICE_PROFILE = 0,  /* a profile file from voices/ */
    ALOUD_VOICE_ESPEAK        /* an espeak-ng voice (one per language) */
} aloud_voice_kind;

/** One voice that --voice accepts. Strings live in the list's allocation. */
typedef struct {
    aloud_voice_kind kind;
    const char *name;         /* what to pass as voice: "narrator", "en-us" */
    const char *language;     /* "auto" (follows the article), "en-us", ... */
    const char *description;  /* "Calm narrator for long articles", "English (America)" */
} aloud_voice_entry;

/**
 * List the voice profiles (first, by name) and espeak-ng's voices (by
 * language). MBROLA voices, which need separate data, are left out.
 *
 * @param out    receives the array; free it with one aloud_free()
 * @param count  receives the number of entries
 * @return ALOUD_OK, ALOUD_ESYNTH, ALOUD_ERROR
 */
ALOUD_EXPORT int aloud_voices_list(aloud_voice_entry **out, size_t *count);

/**
 * The text handed to espeak-ng for the article (SSML, one <speak> element
 * per section, separated by blank lines), for inspection and tests.
 *
 * @param out  receives a NUL-terminated UTF-8 string; free with aloud_free()
 * @return ALOUD_OK, ALOUD_EVOICE, ALOUD_EINVAL, ALOUD_ENOSECTION, ALOUD_ERROR
 */
ALOUD_EXPORT int aloud_speech_text(char **out, const aloud_article *article,
                                   const aloud_speech_options *opts);

/**
 * How long each section of ARTICLE lasts when spoken with OPTS (NULL: the
 * defaults), measured by synthesising it with espeak-ng as export would
 * (intro included, audio discarded; past 15 minutes of audio the rest is
 * estimated at the pace measured so far). Sections outside OPTS's
 * selection get 0.
 *
 * @param out    receives an array of *COUNT seconds, one per section of
 *               the article; free it with aloud_free()
 * @return ALOUD_OK, ALOUD_EVOICE, ALOUD_ENOSECTION, ALOUD_ESYNTH,
 *         ALOUD_EINVAL or ALOUD_EFILE (the lexicon), ALOUD_ERROR
 */
ALOUD_EXPORT int aloud_speech_durations(double **out, size_t *count,
                                        const aloud_article *article,
                                        const aloud_speech_options *opts);

/** Where an export stands, for progress display. */
typedef struct {
    size_t sections_done;          /* sections completely written */
    size_t section_count;          /* sections being exported */
    unsigned long long samples;    /* audio written so far */
    unsigned int sample_rate;      /* samples per second (22050) */
    /** MP3, Opus, M4B and FLAC files are encoded once every section is
     *  spoken (their chapters go first): samples of audio encoded so far,
     *  out of encode_total (0 when nothing is to be encoded; the whole
     *  file and --split's files both count). New with export options
     *  version 3. */
    unsigned long long encoded;
    unsigned long long encode_total;
} aloud_progress;

/** Called as audio is written (every ~0.1 s of audio and after each
 *  section) and as it is encoded (every 32768 samples). */
typedef void (*aloud_progress_cb)(const aloud_progress *progress, void *data);

/** Audio file formats. All are mono at the synthesiser's rate (Opus: 48 kHz). */
typedef enum {
    ALOUD_FORMAT_AUTO = 0,  /* from the file name's extension */
    ALOUD_FORMAT_WAV,       /* .wav: 16-bit PCM, `cue ` chapters, LIST/INFO tags */
    ALOUD_FORMAT_MP3,       /* .mp3: 64 kbit/s, ID3v2 tags and CHAP/CTOC chapters */
    ALOUD_FORMAT_OPUS,      /* .opus: Ogg Opus, 32 kbit/s, CHAPTERxx comments */
    ALOUD_FORMAT_M4B,       /* .m4b, .m4a: AAC in MP4, 64 kbit/s, chapter track */
    ALOUD_FORMAT_FLAC       /* .flac: lossless, CHAPTERxx comments */
} aloud_audio_format;

/**
 * Work out the format of an output: NAME ("wav", "mp3", "opus", "m4b",
 * "m4a", "flac"; any case) when it is not NULL, else PATH's extension;
 * a PATH without an extension, or "-" (standard output), is WAV. PATH
 * may be NULL when NAME is given.
 *
 * @param out   receives the format (never ALOUD_FORMAT_AUTO)
 * @return ALOUD_OK, or ALOUD_EINVAL for an unknown name or extension (the
 *         message names the known formats) and for MP4 on standard output
 *         (an MP4 file cannot be streamed)
 */
ALOUD_EXPORT int aloud_audio_format_resolve(aloud_audio_format *out, const char *path,
                                            const char *name);

/** The usual extension of a format, without the dot ("mp3"); "" for AUTO. */
ALOUD_EXPORT const char *aloud_audio_format_extension(aloud_audio_format format);

/**
 * Whether DATA (LEN bytes) can be an export's cover
 * (aloud_export_options.cover): a JPEG or a PNG of at most 64 MiB that
 * FFmpeg's libraries tell by its bytes and describe (size, pixel
 * format), in a process forked for the check, as an export encodes (so
 * the caller's process never loads them). aloud_export() refuses any
 * other bytes, so a program that fetched an image (aloud_image_fetch())
 * checks it here first and can go on without a cover.
 *
 * @return ALOUD_OK; ALOUD_EINVAL when the bytes are no such image;
 *         ALOUD_ERROR when FFmpeg's libraries cannot be loaded or the
 *         process cannot be started
 */
ALOUD_EXPORT int aloud_cover_check(const unsigned char *data, size_t len);

#define ALOUD_EXPORT_OPTIONS_VERSION 4

/**
 * Where to export. Initialise with ALOUD_EXPORT_OPTIONS_INIT. At least one
 * of wav_path and split_dir must be set.
 */
typedef struct {
    unsigned int version;
    /** The whole article as one audio file with a chapter per section
     *  (titled with its heading, "Introduction" for the untitled lead) and
     *  the article's tags (title, artist: the byline, album: the site,
     *  date, comment: the URL, language, genre "Speech"). The format is
     *  `format`, else the extension (aloud_audio_format_resolve()). "-" is
     *  standard output: written as it is synthesised, with the tags but
     *  without chapters (they are known only at the end); WAV then has
     *  the streaming header (sizes 0xFFFFFFFF). NULL: none. */
    const char *wav_path;
    /** The chapter list: an ffmetadata file (";FFMETADATA1", chapters in
     *  milliseconds) when the name ends in .txt or .ffmeta, a CUE sheet
     *  when it ends in .cue. NULL: none. */
    const char *chapters_path;
    /** One file per section, "01 Heading.wav" (numbered as the article's
     *  sections are; the heading's own letters in any script, only "/" and
     *  control characters replaced), each tagged with its track number and
     *  heading, and "playlist.m3u" listing them in order. The format is
     *  `format`, else wav_path's, else WAV. The directory is created when
     *  missing (one level). A directory holding another article's export
     *  (its playlist names another source) is refused with ALOUD_EWRITE
     *  unless `force`; this article's files from an earlier run are
     *  replaced, so the playlist lists exactly the files there. NULL: none. */
    const char *split_dir;
    aloud_progress_cb progress;    /* or NULL */
    void *progress_data;
    /** When non-NULL and it becomes nonzero (e.g. set by a SIGINT handler),
     *  the export stops within a fraction of a second, removes what it
     *  wrote and returns ALOUD_EINTERRUPTED. */
    volatile sig_atomic_t *cancel;
    /* version 2 */
    aloud_audio_format format;     /* ALOUD_FORMAT_AUTO: by extension */
    /** Bits per second for MP3, Opus and AAC, 8000-320000; 0: the speech
     *  default (MP3 64000, Opus 32000, AAC 64000). WAV and FLAC ignore it. */
    unsigned int bitrate;
    /** --split into a directory holding another article's export: replace
     *  that export's files instead of failing. */
    bool force;
    /* version 3 */
    /** Worker processes synthesising at once (1-64), forked from the
     *  caller's; 0: one per processor online. The audio is the same,
     *  sample for sample, whatever the number: the sections are spoken in
     *  groups fixed by the article (a few hundred words or more), each by
     *  a fresh copy of the engine, with one job too. */
    unsigned int jobs;
    /* version 4 */
    /** Cover art: a JPEG or PNG image (e.g. from aloud_image_fetch() of
     *  aloud_article_image()), written as the front cover of MP3 (ID3v2
     *  APIC), M4B (covr), FLAC (PICTURE) and Opus files
     *  (METADATA_BLOCK_PICTURE), each --split file too; WAV has none.
     *  Other bytes: ALOUD_EINVAL. NULL: no cover. Borrowed. */
    const unsigned char *cover;
    size_t cover_size;
} aloud_export_options;

#define ALOUD_EXPORT_OPTIONS_INIT { ALOUD_EXPORT_OPTIONS_VERSION, NULL, NULL, NULL, NULL, NULL, \
                                    NULL, ALOUD_FORMAT_AUTO, 0, false, 0, NULL, 0 }

/** What an export produced. */
typedef struct {
    unsigned long long samples;    /* length of the (whole) audio */
    unsigned int sample_rate;      /* samples per second */
    size_t section_count;          /* sections (chapters) exported */
    aloud_voice_info voice;        /* the voice used */
} aloud_export_result;

/**
 * Speak ARTICLE into the files named in OPTS. Audio is streamed to disk as
 * it is synthesised, so memory stays flat however long the article. Every
 * file is written to a temporary file in its target directory and renamed
 * into place only when everything succeeded; on failure or cancellation
 * nothing is left behind and existing files are untouched.
 *
 * @param result  filled in on success, or NULL
 * @param article the article to speak
 * @param speech  voice and section selection, or NULL for the defaults
 * @param opts    the files to write
 * @return ALOUD_OK, ALOUD_EINVAL, ALOUD_EVOICE, ALOUD_ENOSECTION
 *         (first_section past the end), ALOUD_ESYNTH, ALOUD_EWRITE (the
 *         message names the file and the cause), ALOUD_EINTERRUPTED
 */
ALOUD_EXPORT int aloud_export(aloud_export_result *result, const aloud_article *article,
                              const aloud_speech_options *speech,
                              const aloud_export_options *opts);

/**
 * Optional: start setting espeak-ng up (its data and its voice list, 5 to
 * 10 ms) now, in a thread of its own, so that it overlaps what the caller
 * does next; the next speech function waits for it. Call it after
 * aloud_article_load(), not before: loading starts the parser's sandbox
 * with fork(), which would copy the thread's half-made engine into the
 * child, where it is lost. The audio is the same with or without it. Returns
 * ALOUD_OK, or ALOUD_ERROR when no thread could be started (nothing is
 * lost: espeak-ng is then set up on first use, as without this call).
 */
ALOUD_EXPORT int aloud_speech_warm_up(void);

/**
 * Release espeak-ng. Call once at the end of the program, when no export
 * or playback runs; speech functions fail with ALOUD_ESYNTH afterwards
 * (espeak-ng 1.51 cannot be started again in the same process).
 * Safe to call when speech was never used, and more than once.
 */
ALOUD_EXPORT void aloud_speech_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif /* ALOUD_SPEECH_H */
