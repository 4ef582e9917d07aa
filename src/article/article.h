/*
 * article.h - the aloud_article behind the public handle (private).
 */
#ifndef ALOUD_ARTICLE_PRIVATE_H
#define ALOUD_ARTICLE_PRIVATE_H

#include "extract.h"

struct aloud_article {
    al_meta meta;                /* title, byline, ... (owned) */
    aloud_section *sections;     /* headings owned */
    size_t section_count;
    aloud_block *blocks;         /* every block, sections point into it; texts owned */
    size_t block_count;
    bool digest;                 /* a front's stories, not one article (front.c) */
};

/* outline.c */
/** Build ARTICLE's sections from the items that are not junk; takes their texts. */
int al_outline(aloud_article *article, al_items *items);

#endif /* ALOUD_ARTICLE_PRIVATE_H */
