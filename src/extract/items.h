/*
 * items.h - the article as a flat list of items: headings and blocks in
 * reading order (private). Every extraction pass reads and writes these.
 */
#ifndef ALOUD_ITEMS_H
#define ALOUD_ITEMS_H

#include "appeal.h"
#include "dom.h"

#define AL_ITEM_HEADING 100   /* item kind beyond aloud_block_kind */
#define AL_ITEM_RULE 101      /* an <hr>: a boundary, never spoken */

typedef struct {
    int kind;                 /* aloud_block_kind, AL_ITEM_HEADING or AL_ITEM_RULE */
    int level;                /* headings: 2..6 */
    char *text;               /* normalised UTF-8 (CODE keeps its newlines) */
    int node;                 /* the element it came from */
    unsigned text_len;        /* characters */
    unsigned link_len;        /* characters inside links */
    unsigned number;          /* an ordered list item's number (structure.c), else 0 */
    char *lang;               /* the block's own language when not the page's (structure.c), else NULL */
    aloud_span *spans;        /* passages in another language (structure.c; langs owned) */
    size_t span_count;
    bool junk;                /* set by boilerplate.c */
    signed char appeal;       /* blocks.c's cache: -1 unknown, 0 no, 1 asks for money/subscription */
    bool measured;            /* blocks.c's cache: FEATURES are TEXT's, as FEATURES_OF says */
    unsigned long long features_of;   /* a hash of the text they were measured on */
    al_appeal_features features;      /* appeal.c's features of TEXT */
} al_item;

typedef struct {
    al_item *items;
    size_t count, cap;
    bool digest;              /* a front's stories (front.c), not one article */
} al_items;

void al_items_free(al_items *items);
/** Free COUNT spans and their language tags (NULL is fine). */
void al_spans_free(aloud_span *spans, size_t count);
int al_items_push(al_items *items, const al_item *item);
/** Add an item; takes TEXT (NULL: out of memory; "" is dropped, except for rules). */
int al_items_add(al_items *items, int kind, int level, int node, char *text, unsigned link_len);
/** The share of IT's text inside links (0..1). */
double al_item_link_share(const al_item *it);
/** True for a block of text (not a heading or a rule). */
bool al_item_is_block(const al_item *it);

#endif /* ALOUD_ITEMS_H */
