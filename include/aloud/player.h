/*
 * aloud/player.h - live playback of an article, steered by section.
 * Include <aloud.h> rather than this file.
 *
 * The player speaks an article through the sound system (pcaudiolib:
 * PulseAudio or PipeWire's pulse server, then ALSA) or through "null", a
 * silent device that consumes audio in real time. Synthesis runs ahead of
 * playback in a thread of its own; audio reaches the device in chunks of
 * about 50 ms, so commands take effect at once. Commands may be sent from
 * any thread; events come back through a callback.
 *
 * Usage:
 *
 *     static void on_event(const aloud_player_event *ev, void *data)
 *     {
 *         if (ev->type == ALOUD_PLAYER_EVENT_SECTION)
 *             printf("now: section %zu\n", ev->section + 1);
 *     }
 *
 *     aloud_player_options po = ALOUD_PLAYER_OPTIONS_INIT;
 *     aloud_player *player = NULL;
 *     int err;
 *
 *     po.audio_device = "null";
 *     po.on_event = on_event;
 *     if ((err = aloud_player_start(&player, article, &po)) < 0)
 *         goto cleanup;                       // aloud_error_message() says why
 *     aloud_player_send(player, ALOUD_PLAYER_NEXT_SECTION, 0);
 *     while ((err = aloud_player_wait(player, 200)) == 0)
 *         ;                                   // e.g. redraw a status line
 *   cleanup:
 *     aloud_player_free(player);
 */
#ifndef ALOUD_PLAYER_H
#define ALOUD_PLAYER_H

#include <stdbool.h>
#include <stddef.h>
#include "common.h"
#include "article.h"
#include "speech.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A playback in progress. Opaque. */
typedef struct aloud_player aloud_player;

/** What happened. */
typedef enum {
    ALOUD_PLAYER_EVENT_SECTION = 0, /* the first sample of a section reached the device */
    ALOUD_PLAYER_EVENT_PARAGRAPH,   /* ... of a paragraph other than a section's first */
    ALOUD_PLAYER_EVENT_PAUSE,       /* playback paused */
    ALOUD_PLAYER_EVENT_RESUME,      /* playback resumed */
    ALOUD_PLAYER_EVENT_RATE,        /* the rate changed; heard from the next sentence */
    ALOUD_PLAYER_EVENT_END,         /* the last sample has been played */
    ALOUD_PLAYER_EVENT_QUIT,        /* stopped by ALOUD_PLAYER_QUIT */
    ALOUD_PLAYER_EVENT_ERROR,       /* stopped by an error (see the error field) */
    ALOUD_PLAYER_EVENT_SENTENCE,    /* ... of a sentence other than a paragraph's first */
    ALOUD_PLAYER_EVENT_VOLUME       /* the volume changed or was muted: at once */
} aloud_player_event_type;

/** An event. Valid during the callback only; strings are borrowed. */
typedef struct {
    aloud_player_event_type type;
    double time;            /* CLOCK_MONOTONIC seconds at which it happened */
    size_t section;         /* 0-based index into aloud_article_sections() */
    size_t paragraph;       /* 0-based block index within that section */
    const char *heading;    /* the section's heading; NULL for the untitled lead */
    int rate;               /* words per minute in force */
    int error;              /* ALOUD_PLAYER_EVENT_ERROR: the aloud_error */
    const char *message;    /* ALOUD_PLAYER_EVENT_ERROR: what failed */
    size_t sentence;        /* 0-based sentence within the paragraph (a section's
                               heading is sentence 0 of its first paragraph) */
    int volume;             /* playback volume in percent (see ALOUD_PLAYER_LOUDER) */
    bool muted;
} aloud_player_event;

/**
 * Event callback. Called from the player's playback thread, one event at a
 * time, in order; keep it short (it delays the audio) and do not call
 * aloud_player_free() from it. Other aloud_player_* calls are allowed.
 */
typedef void (*aloud_player_callback)(const aloud_player_event *event, void *data);

#define ALOUD_PLAYER_OPTIONS_VERSION 1

/** Options for aloud_player_start(). Initialise with ALOUD_PLAYER_OPTIONS_INIT. */
typedef struct {
    unsigned int version;
    const char *audio_device;           /* NULL: the default device; "null": silent, real time */
    const aloud_speech_options *speech; /* voice, rate, first_section, only...; NULL: defaults */
    size_t start_paragraph;             /* block to start at in speech->first_section */
    aloud_player_callback on_event;     /* or NULL */
    void *data;                         /* passed to on_event */
} aloud_player_options;

#define ALOUD_PLAYER_OPTIONS_INIT { ALOUD_PLAYER_OPTIONS_VERSION, NULL, NULL, 0, NULL, NULL }

/** Commands for aloud_player_send(). */
typedef enum {
    ALOUD_PLAYER_TOGGLE_PAUSE = 0, /* pause, or resume exactly where it paused */
    ALOUD_PLAYER_PAUSE,
    ALOUD_PLAYER_RESUME,
    ALOUD_PLAYER_NEXT_SECTION,     /* the next heading (the end after the last) */
    ALOUD_PLAYER_PREV_SECTION,     /* within 2 s of a section's start the previous
                                      one, else the start of the current one */
    ALOUD_PLAYER_NEXT_PARAGRAPH,
    ALOUD_PLAYER_PREV_PARAGRAPH,   /* same 2 s rule as sections */
    ALOUD_PLAYER_FASTER,           /* +25 words per minute, from the next sentence */
    ALOUD_PLAYER_SLOWER,           /* -25 words per minute, from the next sentence */
    ALOUD_PLAYER_GOTO_SECTION,     /* ARG: 0-based section index */
    ALOUD_PLAYER_QUIT,
    ALOUD_PLAYER_NEXT_SENTENCE,    /* the next sentence (the end after the last) */
    ALOUD_PLAYER_PREV_SENTENCE,    /* same 2 s rule as sections */
    ALOUD_PLAYER_FORWARD,          /* ARG milliseconds on (0: 10 s), to the start of the
                                      sentence heard then, at least the next one */
    ALOUD_PLAYER_BACK,             /* ARG milliseconds back (0: 10 s), to the start of
                                      a sentence, not past the start of the section;
                                      within 2 s of a section's start, the previous one */
    ALOUD_PLAYER_TOGGLE_MUTE,      /* silence at once, or sound again */
    ALOUD_PLAYER_LOUDER,           /* +ALOUD_PLAYER_VOLUME_STEP percent, at once */
    ALOUD_PLAYER_QUIETER           /* -ALOUD_PLAYER_VOLUME_STEP percent, at once */
} aloud_player_command;

/** Step of ALOUD_PLAYER_FASTER / SLOWER (bounded by ALOUD_RATE_MIN/MAX). */
#define ALOUD_PLAYER_RATE_STEP 25
/** Playback volume: from 0 to ALOUD_PLAYER_VOLUME_MAX percent (100 at start),
 * in steps of ALOUD_PLAYER_VOLUME_STEP; applied to the audio as it is
 * played, on top of the speech volume (aloud_speech_options.volume). */
#define ALOUD_PLAYER_VOLUME_STEP 10
#define ALOUD_PLAYER_VOLUME_MAX 150
/** The default step of ALOUD_PLAYER_FORWARD / BACK, in milliseconds. */
#define ALOUD_PLAYER_SEEK_MS 10000

/**
 * Start playing ARTICLE. Opens the audio device first, so a missing device
 * fails here, before any thread starts.
 *
 * @param out      receives the player; free it with aloud_player_free()
 * @param article  borrowed: it must outlive the player
 * @param opts     options, or NULL for the defaults
 * @return ALOUD_OK; ALOUD_EAUDIO (no usable device: the message suggests
 *         --audio-device null or -o FILE.wav), ALOUD_EVOICE, ALOUD_ENOSECTION,
 *         ALOUD_ESYNTH, ALOUD_EINVAL...
 */
ALOUD_EXPORT int aloud_player_start(aloud_player **out, const aloud_article *article,
                                    const aloud_player_options *opts);

/**
 * Send a command; it is carried out by the playback thread within a few
 * milliseconds. ARG is used by ALOUD_PLAYER_GOTO_SECTION only.
 *
 * @return ALOUD_OK, ALOUD_EINVAL (unknown command or section out of range)
 */
ALOUD_EXPORT int aloud_player_send(aloud_player *player, aloud_player_command command,
                                   size_t arg);

/**
 * Wait until playback ends (the article is over, quit, or an error) or
 * TIMEOUT_MS milliseconds pass (a negative timeout waits for ever).
 *
 * @return 0 still playing; 1 ended normally or by quit; a negative
 *         aloud_error when it stopped on an error
 */
ALOUD_EXPORT int aloud_player_wait(aloud_player *player, int timeout_ms);

/** Where playback stands, for a status line. (sentence, text, volume and
 * muted were added at the end in 0.1: a layout change, rebuild.) */
typedef struct {
    size_t section;          /* 0-based */
    size_t section_count;
    size_t paragraph;        /* 0-based block within the section */
    const char *heading;     /* borrowed from the article; NULL for the lead */
    double elapsed;          /* the position in seconds: where the last jump
                                landed plus the audio played since; it never
                                goes back but by a jump */
    double total;            /* the article's length in seconds: exact for
                                what has been synthesised (the player measures
                                the whole article in the background, soon
                                after the start), estimated for the rest */
    int rate;                /* words per minute */
    bool paused;
    bool finished;
    size_t sentence;         /* 0-based sentence within the paragraph */
    const char *text;        /* the sentence being spoken, as plain text, or NULL;
                                borrowed until aloud_player_free() */
    int volume;              /* playback volume in percent */
    bool muted;
} aloud_player_status;

/** Fill OUT with the current position. */
ALOUD_EXPORT void aloud_player_get_status(aloud_player *player, aloud_player_status *out);

/** Stop playback (if still running), join its threads, free. Accepts NULL. */
ALOUD_EXPORT void aloud_player_free(aloud_player *player);

/* ---- Resume positions ----
 * Kept under $XDG_STATE_HOME/aloud/ (default ~/.local/state/aloud), one
 * file per article, keyed by its URL or the absolute path of its file. */

/**
 * Read the position where playback of SOURCE last stopped.
 *
 * @return 1 and the position, 0 when none is saved (position 0, 0), or a
 *         negative aloud_error (ALOUD_EINVAL for "-": stdin has no name)
 */
ALOUD_EXPORT int aloud_resume_load(size_t *section, size_t *paragraph, const char *source);

/** Save the position of SOURCE, atomically. @return ALOUD_OK or ALOUD_EWRITE... */
ALOUD_EXPORT int aloud_resume_save(const char *source, size_t section, size_t paragraph);

/** Forget the position of SOURCE (e.g. it was played to the end). */
ALOUD_EXPORT int aloud_resume_forget(const char *source);

#ifdef __cplusplus
}
#endif

#endif /* ALOUD_PLAYER_H */
