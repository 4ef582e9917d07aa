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
    const char *quote;         /* "Quote" (before a block quote) */
    const char *end_quote;     /* "End of quote." (after it) */
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
 * Open V's pronunciation lexicon: the shipped entries, OPTS->lexicon and
 * the user's $XDG_CONFIG_HOME/aloud/lexicon (pronounce.h). Close it with
 * al_speech_lexicon_close(). ALOUD_EINVAL or ALOUD_EFILE name the file.
 */
int al_speech_lexicon_open(al_voice *v, const aloud_speech_options *opts);
void al_speech_lexicon_close(al_voice *v);

/** The pauses aloud adds, from shortest to longest (paragraph_pause and
 * heading_pause of the voice profile; a sentence's own pause is espeak-ng's). */
typedef enum {
    AL_GAP_LIST,            /* after a list item or table row */
    AL_GAP_PARAGRAPH,       /* after a paragraph, quote, caption, the byline */
    AL_GAP_AFTER_HEADING,   /* between a heading and its first block */
    AL_GAP_BEFORE_HEADING   /* at the end of a section: before the next heading */
} al_gap;

/** The length of pause GAP in milliseconds for voice V. */
int al_speech_gap(const al_voice *v, al_gap gap);
/** Append a pause of MS milliseconds (nothing when MS <= 0). */
void al_speech_put_break(al_buf *b, int ms);
/**
 * Append the first N bytes of TEXT as one spoken block in language LANG
 * (NULL: V's): addresses as their host, V's pronunciation lexicon, the
 * normalisation of normalise.c, escaped; ended as a sentence (a full stop
 * when it has no mark) and closed so that espeak-ng's pitch falls and no
 * "dot" is said.
 */
void al_speech_put_sentence(al_buf *b, const char *text, size_t n, const al_voice *v,
                            const char *lang);
/**
 * Bytes [FROM, FROM + N) of block BLK's text as al_speech_put_sentence()
 * says them, with each of the block's spans (passages in another
 * language) inside <voice xml:lang> and normalised by its own language.
 */
void al_speech_put_block_sentence(al_buf *b, const aloud_block *blk, size_t from, size_t n,
                                  const al_voice *v);
/** A heading of LEVEL (1: the title, 2: h2...): higher and slower the higher its rank, then a pause. */
void al_speech_put_heading(al_buf *b, const char *text, int level, const al_voice *v);
/**
 * A table row "a | b | c" read cell by cell as one sentence: "a, b, c.",
 * or with HEADER (the table's header row, NULL: none) each cell after its
 * column's name: "Model: X1, Price: 899 pounds."
 */
void al_speech_put_table_row(al_buf *b, const char *row, const char *header, const al_voice *v,
                             const char *lang);
/** The header row of the table that block I of S belongs to, or NULL. */
const char *al_speech_table_header(const aloud_section *s, size_t i);
/**
 * What goes before block I of S's text: "Quote:" at the start of a block
 * quote, "Caption:", an ordered item's number, and <voice xml:lang> when
 * the block is in its own language; al_speech_block_close() ends it (and
 * says "End of quote." after a quote's last block).
 */
void al_speech_block_open(al_buf *b, const aloud_section *s, size_t i, const al_speech_phrases *ph);
void al_speech_block_close(al_buf *b, const aloud_section *s, size_t i, const al_voice *v,
                           const al_speech_phrases *ph);
/** "by BYLINE." (not doubled when BYLINE starts with the word). */
void al_speech_put_byline(al_buf *b, const char *byline, const al_voice *v,
                          const al_speech_phrases *ph);
/** The intro: title as a heading, byline, site name, then a pause. Returns its words. */
size_t al_speech_put_intro(al_buf *b, const aloud_article *article, const al_voice *v,
                           const al_speech_phrases *ph);

/**
 * Append TEXT to B as SSML character data: '&', '<' and '>' escaped, and
 * every bare URL ("https://www.example.com/a/b", "www.example.com/x",
 * "example.com/path") replaced by its host name ("example.com"), so that
 * no address is read out character by character.
 */
void al_speech_append_text(al_buf *b, const char *text);

#endif /* ALOUD_SPEECHTEXT_H */
