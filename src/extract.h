/*
 * extract.h - find the article in a parsed page and turn it into a flat
 * list of items: headings and blocks in reading order (private).
 *
 * extract.c    scores candidate containers (Readability's method plus
 *              structured hints) and marks the article's nodes KEEP
 * furniture.c  drops what is for the eye only (contents, footnotes)
 * standfirst.c keeps the subtitle under the title
 * collect.c    walks the kept nodes and emits items
 * blocks.c     judges one item by its words, shape and class name
 * boilerplate.c  drops junk items: share prompts, donation sections,
 *              "read more" lines, captions that repeat the title...
 * front.c      reads a page of story cards as a digest of its stories
 * outline.c    groups items into sections
 */
#ifndef ALOUD_EXTRACT_H
#define ALOUD_EXTRACT_H

#include "dom.h"
#include "meta.h"

#define AL_ITEM_HEADING 100   /* item kind beyond aloud_block_kind */
#define AL_ITEM_RULE 101      /* an <hr>: a boundary, never spoken */

typedef struct {
    int kind;                 /* aloud_block_kind, AL_ITEM_HEADING or AL_ITEM_RULE */
    int level;                /* headings: 2..6 */
    char *text;               /* normalised UTF-8 (CODE keeps its newlines) */
    int node;                 /* the element it came from */
    unsigned text_len;        /* characters */
    unsigned link_len;        /* characters inside links */
    bool junk;                /* set by boilerplate.c */
    signed char appeal;       /* boilerplate.c's cache: -1 unknown, 0 no, 1 asks for money/subscription */
} al_item;

typedef struct {
    al_item *items;
    size_t count, cap;
    bool digest;              /* a front's stories (front.c), not one article */
} al_items;

/* Relaxations tried when the strict pass finds too little (as Readability's flags). */
enum {
    AL_EXTRACT_STRIP_UNLIKELY = 1u << 0,
    AL_EXTRACT_WEIGHT_CLASSES = 1u << 1,
    AL_EXTRACT_CLEAN_CONDITIONALLY = 1u << 2,
    AL_EXTRACT_ALL = 7u
};

/* extract.c */
/** Find the article, collect and clean its items. ALOUD_ENOARTICLE when none. */
int al_extract(al_items *out, al_dom *dom, const al_meta *meta, const char *name);
/** Class/id weight of node I: -25 per negative hint, +25 per positive. */
int al_extract_class_weight(const al_dom *dom, int i);
/** True when node I holds at least half of the page's paragraph text. */
bool al_extract_holds_article(const al_dom *dom, int i);
/** Recompute subtree sums, not counting nodes with any of the flags in MASK. */
void al_dom_sum(al_dom *dom, unsigned mask);
/** True when the div I holds no block (dropped and unlikely ones aside): a paragraph. */
bool al_extract_div_is_paragraph(const al_dom *dom, int i);

/* furniture.c */
/** Mark DROP what is for the eye only: tables of contents, footnote marks and notes, "[edit]" labels. */
int al_furniture_drop(al_dom *dom);

/* standfirst.c */
/** Keep the subtitle under the title (KEEP|LEAD), from the nodes not flagged SKIP. */
void al_standfirst_gather(al_dom *dom, const al_meta *meta, unsigned skip);

/* collect.c */
/** Emit the items of the KEEP nodes in document order. */
int al_collect(al_items *out, al_dom *dom, unsigned flags);
void al_items_free(al_items *items);
int al_items_push(al_items *items, const al_item *item);
/** Add an item; takes TEXT (NULL: out of memory; "" is dropped, except for rules). */
int al_items_add(al_items *items, int kind, int level, int node, char *text, unsigned link_len);

/* front.c */
/**
 * Read the page as a front: OUT gets a heading and a summary per story.
 * Returns the number of stories (0, OUT empty, when there are too few to
 * make a digest) or an error.
 */
int al_front_digest(al_items *out, al_dom *dom);
/** The share of ARTICLE's spoken text that lies in DIGEST's summaries (0..1). */
double al_front_coverage(const al_items *article, const al_items *digest, const al_dom *dom);
/** True when ITEMS hold prose: a paragraph of 20 words or more, not a link. */
bool al_front_has_prose(const al_items *items);

/* langguess.c */
/**
 * The language of ITEMS' text, as a BCP 47 primary tag ("zh", "ru", "de"),
 * from its script and, for Latin script, its function words; NULL when
 * unclear. For pages that do not declare one. Caller frees.
 */
char *al_lang_guess(const al_items *items);

/* blocks.c */
/** True when the class/id of node I names page chrome (share, cookie, newsletter...). */
bool al_boilerplate_class(const al_dom *dom, int i);
/** True when item IT (KEY its al_text_key) is chrome by its own words and shape. */
bool al_block_is_junk(const al_item *it, const char *key, const al_meta *meta, const al_dom *dom);
/** Does IT ask for money, a subscription or a share? Cached in IT->appeal. */
bool al_block_is_appeal(al_item *it);
/** The share of IT's text inside links (0..1). */
double al_item_link_share(const al_item *it);
/** True for a block of text (not a heading or a rule). */
bool al_item_is_block(const al_item *it);

/* boilerplate.c */
/** Mark as junk the items a listener must not hear. LANG may be NULL. */
void al_boilerplate_filter(al_items *items, const al_dom *dom, const al_meta *meta);

#endif /* ALOUD_EXTRACT_H */
