/*
 * extract.h - find the article in a parsed page and turn it into a flat
 * list of items (private): the extraction stage's interface to article/.
 *
 * extract.c is the driver: it scores candidate containers (Readability's
 * method plus structured hints), marks the article's nodes KEEP and runs
 * the passes of passes.h. outline.c (article/) groups the items into
 * sections.
 */
#ifndef ALOUD_EXTRACT_H
#define ALOUD_EXTRACT_H

#include "items.h"
#include "meta.h"

/** Find the article, collect and clean its items. ALOUD_ENOARTICLE when none. */
int al_extract(al_items *out, al_dom *dom, const al_meta *meta, const char *name);

/* structure.c */
/**
 * Mark what a listener needs to hear the structure of ITEMS: an ordered
 * list item's number, a table's header row (kind ALOUD_BLOCK_TABLE_HEADER),
 * and the language of a block marked with another lang than PAGE_LANG.
 * Returns ALOUD_OK or an error (out of memory).
 */
int al_structure_mark(al_items *items, const al_dom *dom, const char *page_lang);

/* credits.c */
/** Cut photo credits from the end of captions; a caption that is only a credit becomes junk.
 *  DOM (may be NULL) is the page ITEMS came from: a credit in the caption's own last element;
 *  SITE (may be NULL) the site's name, which credits its own photographers; TITLE (may be
 *  NULL) the article's title: a caption that is the title once its credit is cut is junk. */
void al_credits_trim(al_items *items, const al_dom *dom, const char *site, const char *title);
/** Where the slideshow counter at P ("3 of 12", "3 / 12" when SLASH) ends, or NULL. */
const char *al_counter_end(const char *p, bool slash);
/** True when TEXT is an outlet's credit: its name, then a labelled credit
 *  ("Courier photo by Jan Mertz"). */
bool al_credit_outlet(const char *text);
/** True when TEXT is nothing but a credit in brackets: "(Jane Doe/Reuters)", "(@janedoe/Twitter)". */
bool al_credit_bracketed(const char *text);
/** True when TEXT opens with a credit label cut short by a full stop and then
 *  holds nothing but a name: "Fot. KMP Konin", "fot. Jan Nowak / Portal X". */
bool al_credit_stop_labelled(const char *text);
/** True when TEXT has an agency credit's shape alone, two words or more joined
 *  by '/' or "via": "Jane Doe/Reuters", "JANE DOE/AFP/Getty Images". */
bool al_credit_shaped(const char *text);
/** True when TEXT is a credit label of [extract.credit] and nothing more, a
 *  final full stop aside: "Imagen de archivo", "File photo". */
bool al_credit_label_alone(const char *text);

/* langguess.c */
/**
 * The language of ITEMS' text, as a BCP 47 primary tag ("zh", "ru", "de"),
 * from its script and, for Latin script, its function words; NULL when
 * unclear. For pages that do not declare one. Caller frees.
 */
char *al_lang_guess(const al_items *items);

/**
 * The language of Latin-script TEXT by its function words
 * ([extract.stopwords]): the tag of the language whose words are densest
 * when it stands out ("fr"), or NULL. Static storage: do not free.
 */
const char *al_lang_guess_latin(const char *text);

/** al_lang_guess_latin() of the text whose al_text_key() is KEY (NULL:
 *  none told): a caller that holds the key spares making it again. */
const char *al_lang_guess_latin_key(const char *key);

/**
 * The article's language when the page declares DECLARED but the article
 * says otherwise: the lang attribute that most of ITEMS' words carry (on
 * their nearest element that has one), or the guess of al_lang_guess()
 * from enough words when the declared language's function words are rare
 * in them. NULL to keep DECLARED. Caller frees.
 */
char *al_lang_article(const al_items *items, const al_dom *dom, const char *declared);

#endif /* ALOUD_EXTRACT_H */
