/*
 * outline.c - split the article's items into sections at its headings.
 *
 * The untitled lead comes first (heading NULL, level 1) when there is text
 * before the first heading; each heading then opens a section at its level
 * (h2 -> 2, h3 -> 3, an h1 inside the body -> 2). All blocks live in one
 * array; each section points at its run of it.
 */
#include <stdlib.h>
#include <string.h>

#include "article.h"

static bool spoken(const al_item *it)
{
    return !it->junk && it->kind != AL_ITEM_RULE && it->text && it->text[0];
}

int al_outline(aloud_article *a, al_items *items)
{
    size_t i, nblocks = 0, nsections = 0;
    bool lead = false;
    aloud_section *cur = NULL;

    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];
        if (!spoken(it))
            continue;
        if (it->kind == AL_ITEM_HEADING) {
            nsections++;
        } else {
            nblocks++;
            if (nsections == 0)
                lead = true;
        }
    }
    nsections += lead;
    a->blocks = calloc(nblocks ? nblocks : 1, sizeof(*a->blocks));
    a->sections = calloc(nsections ? nsections : 1, sizeof(*a->sections));
    if (!a->blocks || !a->sections)
        return al_error_oom();
    if (lead) {
        cur = &a->sections[a->section_count++];
        cur->level = 1;
        cur->blocks = a->blocks;
    }
    for (i = 0; i < items->count; i++) {
        al_item *it = &items->items[i];
        if (!spoken(it))
            continue;
        if (it->kind == AL_ITEM_HEADING) {
            cur = &a->sections[a->section_count++];
            cur->heading = it->text;
            cur->level = it->level < 2 ? 2 : it->level;
            cur->blocks = a->blocks + a->block_count;
        } else {
            aloud_block *b = &a->blocks[a->block_count++];
            b->kind = (aloud_block_kind)it->kind;
            b->text = it->text;
            b->lang = it->lang;
            b->number = it->number;
            b->spans = it->spans;
            b->span_count = it->span_count;
            it->lang = NULL;
            it->spans = NULL;
            it->span_count = 0;
            cur->block_count++;
        }
        it->text = NULL;    /* the article owns it now */
    }
    return ALOUD_OK;
}
