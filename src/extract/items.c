/*
 * items.c - the article as a flat list of items (headings and blocks in
 * reading order), the currency between the extraction passes.
 */
#include <stdlib.h>
#include <string.h>

#include "items.h"

int al_items_push(al_items *items, const al_item *item)
{
    if (items->count == items->cap) {
        size_t cap = items->cap ? items->cap * 2 : 64;
        al_item *p = realloc(items->items, cap * sizeof(*p));
        if (!p)
            return al_error_oom();
        items->items = p;
        items->cap = cap;
    }
    items->items[items->count++] = *item;
    return ALOUD_OK;
}

void al_items_free(al_items *items)
{
    size_t i;

    for (i = 0; i < items->count; i++) {
        free(items->items[i].text);
        free(items->items[i].lang);
        al_spans_free(items->items[i].spans, items->items[i].span_count);
    }
    free(items->items);
    memset(items, 0, sizeof(*items));
}

int al_items_add(al_items *items, int kind, int level, int node, char *text, unsigned link_len)
{
    al_item it = { 0 };

    if (!text)
        return al_error_oom();
    if (!text[0] && kind != AL_ITEM_RULE) {
        free(text);
        return ALOUD_OK;
    }
    it.kind = kind;
    it.appeal = -1;
    it.level = level;
    it.text = text;
    it.node = node;
    it.text_len = al_utf8_chars(text);
    it.link_len = link_len > it.text_len ? it.text_len : link_len;
    if (al_items_push(items, &it) < 0) {
        free(text);
        return ALOUD_ERROR;
    }
    return ALOUD_OK;
}

double al_item_link_share(const al_item *it)
{
    return it->text_len ? (double)it->link_len / it->text_len : 0;
}

bool al_item_is_block(const al_item *it)
{
    return it->kind < AL_ITEM_HEADING;
}

void al_spans_free(aloud_span *spans, size_t count)
{
    for (size_t i = 0; i < count; i++)
        free((char *)spans[i].lang);
    free(spans);
}
