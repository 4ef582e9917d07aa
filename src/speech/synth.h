/*
 * synth.h - the one module that owns espeak-ng (private).
 *
 * espeak-ng keeps global state, so this is a singleton in disguise: one
 * al_synth session may be open at a time in the whole process (a second
 * al_synth_open() fails with ALOUD_ESYNTH until the first is closed).
 * espeak-ng is initialised on first use, in synchronous mode, and stays
 * initialised until al_synth_shutdown(): espeak-ng 1.51 deadlocks when it
 * is terminated and initialised again, so it is started once per process.
 *
 * A session speaks one piece of SSML at a time (one section per call, so
 * that the samples counted per call give exact section offsets) and hands
 * the 16-bit mono PCM to a sink callback in chunks of about 0.1 s. The
 * sink stops the synthesis by returning nonzero: that is how a caller
 * aborts (Ctrl-C, skip to the next section...), from any thread, by
 * setting a flag its sink checks.
 *
 * Sessions must be used from one thread at a time; the voice queries may
 * be called from any thread, also while a session runs.
 */
#ifndef ALOUD_SYNTH_H
#define ALOUD_SYNTH_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

/** One espeak-ng voice or variant, copied from espeak_ListVoices(). */
typedef struct {
    char identifier[64];   /* "gmw/en-US", variants "!v/m3" */
    char name[64];         /* "English (America)", variants "m3" style names */
    char languages[6][24]; /* "en-us", "en": lower-case, as espeak-ng lists them */
    int priorities[6];     /* each language's priority (lower is preferred) */
    int language_count;
} al_espeak_voice;

/** How to speak; all values already validated. */
typedef struct {
    char voice[128];  /* a name espeak_SetVoiceByName() takes: identifier, with "+variant" */
    int rate;         /* words per minute, 80-450 */
    int pitch;        /* 0-99 */
    int range;        /* pitch range (intonation), 0-99 */
    int volume;       /* 0-200 */
    int word_gap;     /* extra pause between words, in units of 10 ms */
} al_synth_params;

/** Receives COUNT samples; return 0 to go on, nonzero to stop the synthesis. */
typedef int (*al_synth_sink)(const int16_t *pcm, size_t count, void *data);

typedef struct al_synth al_synth;

/**
 * Start a session with PARAMS (initialising espeak-ng if needed).
 * Returns ALOUD_OK, ALOUD_ESYNTH (espeak-ng unusable, shut down, or
 * already in use by another session), ALOUD_EVOICE (espeak-ng refused the
 * voice), ALOUD_ERROR (out of memory).
 */
int al_synth_open(al_synth **out, const al_synth_params *params);

/** Samples per second of the audio (22050 for espeak-ng's own voices). */
unsigned int al_synth_sample_rate(const al_synth *s);

/**
 * Speak SSML (a UTF-8 "<speak>...</speak>" document, or plain text) and
 * deliver its audio to SINK. Blocks until done or stopped. *SAMPLES (may
 * be NULL) receives the number of samples delivered by this call.
 * Returns ALOUD_OK, ALOUD_EINTERRUPTED (the sink returned nonzero),
 * ALOUD_ESYNTH.
 */
int al_synth_speak(al_synth *s, const char *ssml, al_synth_sink sink, void *data,
                   uint64_t *samples);

/** End the session (espeak-ng stays initialised). Accepts NULL. */
void al_synth_close(al_synth *s);

/**
 * espeak-ng's voices (MBROLA voices left out: they need data espeak-ng
 * does not ship, and espeak-ng 1.51 hangs when asked to load a missing
 * one) or its variants. The array is borrowed and valid until
 * al_synth_shutdown(). Returns ALOUD_OK or ALOUD_ESYNTH.
 */
int al_synth_voices(const al_espeak_voice **voices, size_t *count);
int al_synth_variants(const al_espeak_voice **variants, size_t *count);

/**
 * Initialise espeak-ng and copy its voice list in a thread of its own, so
 * that this overlaps the caller's work; every other function here waits
 * for it first. Does nothing when espeak-ng is initialised, shut down or
 * warming up already. Returns ALOUD_OK or ALOUD_ERROR (no thread: the
 * initialisation then happens on first use, as without this call).
 */
int al_synth_warm_up(void);

/** Terminate espeak-ng for good (no session may be open). */
void al_synth_shutdown(void);

#endif /* ALOUD_SYNTH_H */
