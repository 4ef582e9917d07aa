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

#include "voice.h"

/** One espeak-ng call's worth of speech. */
typedef struct {
    size_t section;     /* index into aloud_article_sections() */
    size_t paragraph;   /* block index in the section; intro and heading are 0 */
    size_t words;       /* for time estimates before it is synthesised */
    char *ssml;         /* "<speak>...</speak>" */
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
 * "J. R. R. Tolkien", "e.g. this" and "3.5" do not end one.
 */
size_t al_sentence_length(const char *text);

#endif /* ALOUD_PLAYER_PRIV_H */
