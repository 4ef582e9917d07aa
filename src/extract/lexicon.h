/*
 * lexicon.h - the multilingual boilerplate lexicon (private).
 *
 * Phrases that mark blocks a listener must not hear, by kind, in English,
 * German, French, Spanish, Italian, Dutch and Portuguese (and fewer in
 * twenty-four more languages). The data lives in data/lang/<lang>.txt, one table per kind
 * ([extract.share]...; see lexicon.c); matching is on word keys (lower
 * case, punctuation removed), so "Read more:" and "READ MORE ›" are the
 * same phrase, and on every language's phrases at once.
 */
#ifndef ALOUD_LEXICON_H
#define ALOUD_LEXICON_H

#include <stdbool.h>

typedef enum {
    AL_LEX_SHARE = 0,      /* share widgets: the whole block is such words */
    AL_LEX_READMORE,       /* "Read more:", "Related:" lines (prefix) */
    AL_LEX_HEADING,        /* a heading that opens a chrome section (prefix) */
    AL_LEX_APPEAL,         /* donation and membership appeals (contains) */
    AL_LEX_PAYMENT,        /* payment details: PayPal, bank transfer, IBAN (contains) */
    AL_LEX_NEWSLETTER,     /* subscription prompts (contains) */
    AL_LEX_COOKIE,         /* cookie and consent notices (contains) */
    AL_LEX_COMMENT,        /* comment calls and forms (contains) */
    AL_LEX_GOBACK,         /* "Go back to", "Back to top" trails (prefix) */
    AL_LEX_META,           /* "Tags:", "Filed under", "Posted in" (prefix) */
    AL_LEX_APPEAL_HEAD,    /* a short heading starting so may be an appeal: "Support Tech ARP!" (prefix) */
    AL_LEX_SHARE_PROMPT,   /* "Know someone who...? Send this to them." (contains) */
    AL_LEX_CREDIT,         /* "Image: Reuters", "Photo credit" (prefix) */
    AL_LEX_DATELINE,       /* "Published 4 March", "Last updated" (prefix) */
    AL_LEX_DISCLOSURE,     /* affiliate and sponsorship disclosures (contains) */
    AL_LEX_CTA,            /* shop buttons: "Check prices", "Book now" (contains) */
    AL_LEX_COPYRIGHT,      /* "All rights reserved" and the like (contains) */
    AL_LEX_PUBLISHER,      /* who publishes the site: "owned by", "GmbH", "RCS" (contains) */
    AL_LEX_CITE,           /* "Cite this article", "Jak cytować": a citation line's label (exact) */
    AL_LEX_METER,          /* a paywall's counter: "free articles", "articles gratuits" (contains) */
    AL_LEX_TIP,            /* a news tip the reader may give: "tip", "Hinweis", "segnalazione" (contains) */
    AL_LEX_TIP_TO,         /* the newsroom as its addressee: "newsroom", "Redaktion", "escríbenos" (contains) */
    AL_LEX_TIP_CHANNEL,    /* how to reach it: "WhatsApp", "e-mail", "contact form" (contains) */
    AL_LEX_REPUBLISHED,    /* a republication note: "first published in", "originally appeared" (contains) */
    AL_LEX_DISCLAIMER,     /* a site's advice disclaimer: "nie zastępuje konsultacji" (contains) */
    AL_LEX_SOCIAL_ASK,     /* asking the reader to show or tag a result: "Tag", "Mostre-me" (prefix) */
    AL_LEX_WRITE_IN,       /* a call to write in: "Write to", "Scrivi a", "Écrivez-nous" (prefix) */
    AL_LEX_KINDS
} al_lex_kind;

/** True when KEY (see al_text_key) matches a phrase of KIND. */
bool al_lexicon_match(al_lex_kind kind, const char *key);
/**
 * Stop-word density of KEY (see al_text_key): the share of its words that
 * are function words of language LANG ("en", "de-DE"...; NULL or unknown:
 * all the languages aloud knows). Returns -1 when KEY has no words or the
 * language is one aloud has no list for (CJK, say).
 */
double al_lexicon_stopword_density(const char *key, const char *lang);
/** A language that has stop words, and the share of a key's words that are its. */
typedef struct {
    const char *lang;
    double density;
} al_lex_density;

/** The most languages al_lexicon_stopword_densities() reports. */
#define AL_LEX_STOP_LANGS 32

/**
 * al_lexicon_stopword_density() of KEY for every language that has stop
 * words, in one pass over KEY: fills OUT (AL_LEX_STOP_LANGS entries) in
 * the languages' order and returns how many; 0 when KEY has no words.
 */
size_t al_lexicon_stopword_densities(const char *key, al_lex_density *out);
/** True when KEY is exactly a phrase of KIND. */
bool al_lexicon_exact(al_lex_kind kind, const char *key);
/**
 * True when KEY contains a Chinese or Japanese phrase of KIND anywhere:
 * those scripts have no spaces between words, so al_lexicon_match's word
 * boundaries never occur inside a run of ideographs.
 */
bool al_lexicon_contains_cjk(al_lex_kind kind, const char *key);
/** Number of distinct phrases (word keys) of KIND contained in KEY. */
int al_lexicon_count(al_lex_kind kind, const char *key);
/**
 * True when KEY holds a phrase of KIND anywhere, on word boundaries, even
 * for a kind that al_lexicon_match looks for at the start ("Mis à jour"
 * after a date).
 */
bool al_lexicon_anywhere(al_lex_kind kind, const char *key);

#endif /* ALOUD_LEXICON_H */
