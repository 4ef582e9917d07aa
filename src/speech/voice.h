/*
 * voice.h - voice profiles (voices/NAME.voice) and the choice of an espeak-ng
 * voice for an article (private).
 */
#ifndef ALOUD_VOICE_H
#define ALOUD_VOICE_H

#include "synth.h"

/** A voice profile: the contents of voices/NAME.voice (see voices/README.md). */
typedef struct {
    char name[64];          /* file name without ".voice"; "" for built-in defaults */
    char description[96];
    char voice[64];         /* espeak-ng voice or language, or "auto" (follow the article) */
    char variant[32];       /* espeak-ng variant ("m3", "f2"), "" for none */
    int rate;               /* words per minute, 80-450 */
    int pitch;              /* 0-99 */
    int range;              /* intonation, 0-99 */
    int volume;             /* 0-200 */
    int word_gap;           /* extra pause between words, 10 ms units, 0-50 */
    int heading_pitch;      /* heading pitch change in percent, -50..100 */
    int heading_rate;       /* heading rate change in percent, -50..50 */
    int heading_pause;      /* silence before and after a heading, ms, 0-5000 */
    int paragraph_pause;    /* silence after a paragraph, ms, 0-5000 */
} al_voice_profile;

/** A resolved voice: what the user is told, what espeak-ng gets, the style. */
typedef struct al_pronounce al_pronounce;

typedef struct {
    aloud_voice_info info;
    al_synth_params synth;
    al_voice_profile style;
    al_pronounce *lexicon;  /* words said otherwise (speechtext.c opens it), or NULL */
} al_voice;

/** Fill P with the built-in defaults (those of voices/narrator.voice). */
void al_voice_profile_defaults(al_voice_profile *p);

/**
 * Parse a profile's text over P (unset keys keep their value). ORIGIN
 * names the file in messages. Returns ALOUD_OK or ALOUD_EVOICE with
 * "ORIGIN:LINE: cause".
 */
int al_voice_profile_parse(al_voice_profile *p, const char *text, const char *origin);

/**
 * Find and load profile NAME from the search path: $ALOUD_VOICES_DIR, the
 * source tree's voices/ (build tree only), the installed ALOUD_DATADIR/voices.
 * Returns ALOUD_OK, 1 when there is no such profile (or NAME cannot be
 * a profile name), ALOUD_EVOICE when the file exists but is wrong.
 */
int al_voice_profile_load(al_voice_profile *p, const char *name);

/** Resolve the voice for ARTICLE (may be NULL) and OPTS (may be NULL). */
int al_voice_resolve(al_voice *out, const aloud_article *article,
                     const aloud_speech_options *opts);

/**
 * The espeak-ng voice for language TAG ("de-DE", "pt_BR", "zh-Hant"), by
 * language with subtags dropped one by one; NULL when there is none.
 */
const al_espeak_voice *al_voice_for_language(const al_espeak_voice *list, size_t n,
                                             const char *tag);

#endif /* ALOUD_VOICE_H */
