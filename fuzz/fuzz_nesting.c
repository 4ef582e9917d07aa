/*
 * fuzz_nesting.c - libFuzzer target for the bounds nesting.c puts on what
 * a page makes gumbo build.
 *
 * nesting.c flattens elements nested deeper than AL_HTML_MAX_DEPTH with a
 * light tokenizer, so that gumbo (quadratic in the depth of its stack)
 * and every later tree walk stay fast. The tokenizer only models the tree
 * builder; if some markup made it under-count, gumbo would build a deeper
 * tree than the cap allows and a big page of that markup would be slow
 * again. So this target parses the input as aloud does (al_html_bound,
 * then al_html_parse within its budgets) and aborts when the tree is
 * deeper than the cap can explain: each counted level may carry a few
 * elements that cannot nest by themselves (p, li, td, tr, tbody, h1...).
 * Inputs are UTF-8 bytes as decode.c hands them over (NULs dropped).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nesting.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A counted element may hold a chain of those that do not count: in
 * <table><tr><td><h2><p><option><rb><rt><rtc>... gumbo adds up to ten
 * (tbody included) per <table>. Anything deeper means nesting.c missed a
 * way to nest. */
#define DEPTH_ALLOWED (AL_HTML_MAX_DEPTH * 12 + 64)

static const GumboVector *children(const GumboNode *g)
{
    if (g->type == GUMBO_NODE_DOCUMENT)
        return &g->v.document.children;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE)
        return &g->v.element.children;
    return NULL;
}

/* The deepest element of the tree, walked without recursion. */
static size_t max_depth(const GumboNode *root)
{
    const GumboNode *g = root;
    size_t depth = 0, deepest = 0;

    while (g) {
        const GumboVector *kids = children(g);
        if (kids && kids->length) {
            g = kids->data[0];
            if (++depth > deepest)
                deepest = depth;
            continue;
        }
        while (g != root) {
            const GumboVector *sib = children(g->parent);
            if (g->index_within_parent + 1 < sib->length) {
                g = sib->data[g->index_within_parent + 1];
                break;
            }
            g = g->parent;
            depth--;
        }
        if (g == root)
            break;
    }
    return deepest;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *html = malloc(size + 1);
    size_t len = 0, i, depth;
    GumboOutput *out = NULL;

    if (!html)
        return 0;
    for (i = 0; i < size; i++)
        if (data[i])
            html[len++] = (char)data[i];
    html[len] = '\0';
    if (al_html_bound(&html, &len, "fuzz") == ALOUD_OK &&
        al_html_parse(&out, html, len, "fuzz") == ALOUD_OK) {
        if ((depth = max_depth(out->document)) > DEPTH_ALLOWED) {
            fprintf(stderr, "gumbo built a tree %zu deep, the cap allows %d\n", depth,
                    DEPTH_ALLOWED);
            abort();
        }
        al_html_free(out);
    }
    free(html);
    return 0;
}
