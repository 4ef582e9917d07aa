/*
 * player.h - live playback internals (private).
 *
 * The player speaks an article as a list of small units, each one
 * espeak-ng call: the intro, a heading, one sentence of a paragraph, a
 * table row. Small units are what let it restart at any paragraph, and
 * change the rate from the next sentence on, without waiting for a whole
 * section to be synthesised again.
 */
#ifndef ALOUD_PLAYER_PRIV_H
#define ALOUD_PLAYER_PRIV_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#include "audio.h"
#include "voice.h"

/** One espeak-ng call's worth of speech. */
typedef struct {
    size_t section;     /* index into aloud_article_sections() */
    size_t paragraph;   /* block index in the section; intro and heading are 0 */
    size_t words;       /* for time estimates before it is synthesised */
    char *ssml;         /* "<speak>...</speak>" */
    char *text;         /* what it says, as plain text (the live sentence) */
} al_play_unit;

/* ---- playunits.c ---- */

/**
 * Cut sections [FIRST, END) of ARTICLE into units spoken with VOICE; INTRO
 * puts the title, byline and site before section FIRST. The units come in
 * speaking order; every section in the range has at least one unit.
 * Caller frees with al_play_units_free(). Returns ALOUD_OK or ALOUD_ERROR.
 */
int al_play_units(al_play_unit **out, size_t *count, const aloud_article *article,
                  size_t first, size_t end, const al_voice *voice, bool intro);

void al_play_units_free(al_play_unit *units, size_t count);

/**
 * Length in bytes of the first sentence of TEXT, trailing spaces included
 * (strlen(TEXT) when it holds one sentence). A sentence ends at '.', '!',
 * '?' or an ellipsis (after closing quotes and brackets) followed by a
 * space and a word that does not start in lower case; "Dr. Smith",
 * "J. R. R. Tolkien", "e.g. this" and "3.5" do not end one. It also ends
 * after an ideographic or full-width full stop, '!' or '?', a Devanagari
 * danda, an Arabic '?' or an Urdu full stop, space or not.
 */
size_t al_sentence_length(const char *text);

/* ---- the player's state (player.c: API, playengine.c: threads) ---- */

#define SLICE_SAMPLES (AL_AUDIO_RATE / 20)       /* 50 ms */
#define AHEAD_SAMPLES (AL_AUDIO_RATE * 3)        /* synthesis runs 3 s ahead */
#define HISTORY_SAMPLES (AL_AUDIO_RATE * 2)      /* kept for rewinding on pause */
#define BACK_SAMPLES ((uint64_t)AL_AUDIO_RATE * 2) /* "previous" goes back within 2 s */
#define MAX_COMMANDS 64
#define STALE_WORDS 150                          /* see synth_sink() */

typedef struct chunk {
    struct chunk *prev, *next;
    size_t unit;
    size_t count, pos;        /* samples, and how many have been played */
    int16_t pcm[];
} chunk;

typedef struct {
    aloud_player_command cmd;
    size_t arg;
} pending_command;

struct aloud_player {
    const aloud_article *article;
    al_voice voice;
    al_play_unit *units;
    size_t unit_count;
    size_t first, end;             /* the sections played: [first, end) */
    size_t section_count;          /* in the article */
    uint64_t *unit_samples;        /* length once synthesised, else 0 */
    int *unit_rate;                /* the rate it was synthesised at */
    size_t measure_unit;           /* next unit to measure in the background */
    al_audio *audio;
    al_synth *synth;               /* used by the synthesis thread only */
    int synth_rate;                /* the rate the session was opened with */
    aloud_player_callback on_event;
    void *data;

    pthread_mutex_t lock;
    pthread_cond_t wake_synth, wake_play, done_cond;
    pthread_t synth_thread, play_thread;
    bool threads_started;

    pending_command commands[MAX_COMMANDS];
    size_t cmd_head, cmd_count;

    /* the queue: head..tail, `play` is the next chunk to play */
    chunk *head, *tail, *play;
    unsigned gen;
    size_t synth_unit;             /* next unit to synthesise */
    bool synth_busy;
    size_t busy_unit;
    int rate;                      /* words per minute for what is synthesised next */

    /* the position */
    size_t cur_unit;
    uint64_t section_played, paragraph_played, unit_played;  /* samples since their start */
    size_t clock_unit;             /* the unit unit_played counts */
    uint64_t base_samples;         /* where the last jump (or the start) landed */
    uint64_t played_since;         /* samples played since then */
    size_t pending_at_write;       /* what the device held unheard after the last write */
    double write_time;             /* ... and when (CLOCK_MONOTONIC seconds) */
    double shown_elapsed;          /* the last elapsed time reported */
    unsigned jumps;                /* counts jumps, so the status knows of them */
    unsigned shown_jumps;
    int volume;                    /* percent */
    bool muted;
    bool announce;                 /* an event for cur_unit is due */
    size_t told_section, told_paragraph, told_unit;  /* last section/paragraph/unit told */
    bool told_any;
    bool paused, finished, stopping;
    int result;                    /* 1 ended or quit, < 0 error */
    char message[512];
};

/* ---- playengine.c ---- */

/** Thread bodies; ARG is the player. */
void *al_player_synth_main(void *arg);
void *al_player_play_main(void *arg);

/** (Re)open the espeak-ng session at RATE unless it is open at it already. */
int al_player_set_rate(aloud_player *p, int rate);

/** Free every queued chunk (lock held, or threads not running). */
void al_player_drop_queue(aloud_player *p);

/** The unit U clamped into range, and the first unit of its paragraph. */
const al_play_unit *al_player_unit_at(const aloud_player *p, size_t u);
size_t al_player_paragraph_start(const aloud_player *p, size_t u);

/* ---- playlength.c (lock held) ---- */

/** Samples per word for units not measured yet, at the current rate: the
 * pace of the units measured so far, or espeak-ng's nominal one. */
double al_player_samples_per_word(const aloud_player *p);

/** Samples of unit U: exact once synthesised, else estimated at SPW (from
 * al_player_samples_per_word()); a unit still to be heard that was
 * measured at another rate is scaled to the current one. */
double al_player_unit_length(const aloud_player *p, size_t u, double spw);

/** Samples from the first unit to the start of unit U. */
uint64_t al_player_offset(const aloud_player *p, size_t u);

/** The next unit whose length is unknown (or was measured at another rate
 * and is still to be heard), or unit_count when there is none. */
size_t al_player_next_to_measure(aloud_player *p);


#endif /* ALOUD_PLAYER_PRIV_H */
