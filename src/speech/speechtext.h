/*
 * speechtext.h - what is said: an article's sections as SSML for espeak-ng
 * (private).
 */
#ifndef ALOUD_SPEECHTEXT_H
#define ALOUD_SPEECHTEXT_H

#include "voice.h"

/** The few fixed phrases aloud says, in one language. */
typedef struct {
    const char *by;            /* "by" (before the byline) */
    const char *caption;       /* "Caption" */
    const char *code_skipped;  /* "Code block skipped." */
} al_speech_phrases;

/** The phrases for language LANG ("de", "pt-br"); English when unknown. */
al_speech_phrases al_speech_phrases_for(const char *lang);

/** True when TEXT already ends a sentence (closing quotes and brackets aside). */
bool al_speech_ends_sentence(const char *text);

/**
 * The sections OPTS selects: [*first, *end). --only keeps a section and
 * the deeper-level sections under it (the untitled lead keeps itself).
 * Returns ALOUD_OK, or ALOUD_ENOSECTION when first_section is past the end.
 */
int al_speech_range(size_t *first, size_t *end, const aloud_article *article,
                    const aloud_speech_options *opts);

/**
 * The SSML document ("<speak>...</speak>") for section INDEX spoken with
 * VOICE; INTRO puts the title, "by BYLINE" and the site name first.
 * Caller frees *OUT. Returns ALOUD_OK or ALOUD_ERROR (out of memory).
 */
int al_speech_section(char **out, const aloud_article *article, size_t index,
                      const al_voice *voice, bool intro);

/**
 * The chapter label of section INDEX: its heading, or "Introduction" for
 * the untitled lead (as aloud --sections shows it). Borrowed.
 */
const char *al_speech_label(const aloud_article *article, size_t index);

/**
 * Append TEXT to B as SSML character data: '&', '<' and '>' escaped, and
 * every bare URL ("https://www.example.com/a/b", "www.example.com/x",
 * "example.com/path") replaced by its host name ("example.com"), so that
 * no address is read out character by character.
 */
void al_speech_append_text(al_buf *b, const char *text);

#endif /* ALOUD_SPEECHTEXT_H */
