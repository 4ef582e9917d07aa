/*
 * fuzz_nesting.c - libFuzzer target for the bounds nesting.c puts on what
 * a page makes gumbo build.
 *
 * nesting.c flattens elements nested deeper than AL_HTML_MAX_DEPTH with a
 * light tokenizer, so that gumbo (quadratic in the depth of its stack)
 * and every later tree walk stay fast. The tokenizer only models the tree
 * builder; if some markup made it under-count, gumbo would build a deeper
 * tree than the cap allows and a big page of that markup would be slow
 * again. So this target parses the input as aloud does (al_dom_parse:
 * al_html_bound, then gumbo in its sandbox) and aborts when the tree is
 * deeper than the cap can explain: each counted level may carry a few
 * elements that cannot nest by themselves (p, li, td, tr, tbody, h1...).
 * Inputs are UTF-8 bytes as decode.c hands them over (NULs dropped).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "nesting.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A counted element may hold a chain of those that do not count: in
 * <table><tr><td><h2><p><option><rb><rt><rtc>... gumbo adds up to ten
 * (tbody included) per <table>. Anything deeper means nesting.c missed a
 * way to nest. */
#define DEPTH_ALLOWED (AL_HTML_MAX_DEPTH * 12 + 64)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *html = malloc(size + 1);
    size_t len = 0, i;
    al_dom dom;
    int n, deepest = 0;

    if (!html)
        return 0;
    for (i = 0; i < size; i++)
        if (data[i])
            html[len++] = (char)data[i];
    html[len] = '\0';
    if (al_dom_parse(&dom, html, len, "fuzz") == ALOUD_OK) {   /* takes HTML */
        for (n = 0; n < dom.count; n++)
            if (dom.nodes[n].depth > deepest)
                deepest = dom.nodes[n].depth;
        if (deepest > DEPTH_ALLOWED) {
            fprintf(stderr, "gumbo built a tree %d deep, the cap allows %d\n", deepest,
                    DEPTH_ALLOWED);
            abort();
        }
        al_dom_free(&dom);
    }
    return 0;
}
