/*
 * standfirst.c - the subtitle (dek, standfirst, lead paragraph) under the
 * article's title.
 *
 * Readability's scoring finds the body; the standfirst often sits apart
 * from it, in the article's header between the title and the body. When
 * that header comes before the kept container, sentence-like blocks in it
 * are kept as the lead. When it opens the kept container
 * (<article><header>...), its standfirst is read and the rest of it
 * (kicker, title, meta line, share bar) is not; a lead image's caption
 * stays. An "unlikely" class on the title's own header does not count.
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

/* The heading that carries the title, or -1. */
static int find_title_node(const al_dom *dom, const al_meta *meta)
{
    int i, end = dom->body >= 0 ? dom->nodes[dom->body].end : 0;

    if (!meta->title || dom->body < 0)
        return -1;
    for (i = dom->body; i < end; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *text;
        bool same;

        if ((t != GUMBO_TAG_H1 && t != GUMBO_TAG_H2) || (dom->nodes[i].flags & AL_NODE_TEXT))
            continue;
        text = al_dom_text(dom, i, true);
        same = text && al_text_same_words(text, meta->title);
        free(text);
        if (same)
            return i;
    }
    return -1;
}

/* A byline and date line: it holds a <time> or the author's link. */
static bool is_meta_line(const al_dom *dom, int i)
{
    int j;

    for (j = i + 1; j < dom->nodes[i].end; j++) {
        const char *rel;
        if (dom->nodes[j].tag == GUMBO_TAG_TIME)
            return true;
        if (dom->nodes[j].tag == GUMBO_TAG_A && (rel = al_dom_attr(dom, j, "rel")) && strstr(rel, "author"))
            return true;
    }
    return false;
}

/* Is node J a standfirst, or the lead image's caption: a paragraph-like
 * block of one sentence or more, not a link list, not chrome by name? */
static bool is_standfirst(const al_dom *dom, int j)
{
    const al_node *n = &dom->nodes[j];
    GumboTag tag = n->tag;
    char *text;
    bool sentence;

    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_H2 && tag != GUMBO_TAG_H3 && tag != GUMBO_TAG_H4 &&
        tag != GUMBO_TAG_FIGCAPTION && !(tag == GUMBO_TAG_DIV && al_score_div_is_paragraph(dom, j)))
        return false;
    if (n->text_len < 40 || al_dom_link_density(dom, j) >= 0.3 || al_boilerplate_class(dom, j) ||
        is_meta_line(dom, j))
        return false;
    text = al_dom_text(dom, j, true);
    sentence = text && al_text_words(text) >= 8;
    free(text);
    return sentence;
}

/* Blocks right under the title in [FROM, LIMIT): at most two, with little
 * other text (a byline, a date) between them and the title. Inside the
 * title's own header (below HEADER_END) an "unlikely" class does not
 * count: the header is the title's. Calls FOUND for each; returns how many. */
static int scan_standfirst(al_dom *dom, int from, int limit, int header_end, unsigned skip,
                           void (*found)(al_dom *, int, void *), void *arg)
{
    unsigned between = 0;
    int j, taken = 0;

    for (j = from; j < limit && taken < 2 && between <= 200; j++) {
        const al_node *n = &dom->nodes[j];

        if (n->flags & (j < header_end ? skip & ~AL_NODE_UNLIKELY : skip)) {
            j = n->end - 1;
            continue;
        }
        if (n->flags & AL_NODE_TEXT) {
            between += n->text_len;
            continue;
        }
        if (n->end > limit || !is_standfirst(dom, j))   /* an ancestor of the body, or no lead */
            continue;
        found(dom, j, arg);
        taken += n->tag != GUMBO_TAG_FIGCAPTION;   /* a lead image's caption comes on top */
        j = n->end - 1;
    }
    return taken;
}

/* Before the body: the standfirst is kept as an article node of its own. */
static void keep_before_body(al_dom *dom, int j, void *arg)
{
    int k;

    (void)arg;
    dom->nodes[j].flags |= AL_NODE_KEEP | AL_NODE_LEAD;
    for (k = j; k < dom->nodes[j].end; k++)
        dom->nodes[k].flags &= ~AL_NODE_UNLIKELY;
}

/* In the kept container's header: the standfirst and the path to it stay,
 * flagged so that no cleaning removes them. */
static void keep_in_header(al_dom *dom, int j, void *arg)
{
    int header = *(const int *)arg, k;

    dom->nodes[j].flags |= AL_NODE_LEAD;
    for (k = j; k < dom->nodes[j].end; k++)
        dom->nodes[k].flags &= ~(AL_NODE_UNLIKELY | AL_NODE_JUNK);
    for (k = dom->nodes[j].parent; k >= header; k = dom->nodes[k].parent)
        dom->nodes[k].flags = (dom->nodes[k].flags & ~(AL_NODE_UNLIKELY | AL_NODE_JUNK)) | AL_NODE_HOLDS_LEAD;
}

/* Does node I hold a figure (the lead image's caption is read)? */
static bool holds_figure(const al_dom *dom, int i)
{
    int j;

    for (j = i; j < dom->nodes[i].end; j++)
        if (dom->nodes[j].tag == GUMBO_TAG_FIGURE || dom->nodes[j].tag == GUMBO_TAG_FIGCAPTION)
            return true;
    return false;
}

/* A standfirst (dek, subtitle, lead paragraph) sits in the article's
 * header, between the title and the body. When the header comes before
 * the kept container, sentence-like blocks there are kept as the lead.
 * When it opens the kept container (<article><header>), its standfirst
 * is read and the rest of it (kicker, title, meta line, share bar) is not. */
void al_standfirst_gather(al_dom *dom, const al_meta *meta, unsigned skip)
{
    int t = find_title_node(dom, meta), j, first_keep = -1, header, u;

    for (j = 0; j < dom->count && first_keep < 0; j++)
        if (dom->nodes[j].flags & AL_NODE_KEEP)
            first_keep = j;
    if (t < 0 || first_keep < 0)
        return;
    /* an "unlikely" header around the title is the title's own */
    for (u = t; dom->nodes[u].parent >= 0 && (dom->nodes[dom->nodes[u].parent].flags & AL_NODE_UNLIKELY);)
        u = dom->nodes[u].parent;
    if (t < first_keep && dom->nodes[t].end <= first_keep) {
        scan_standfirst(dom, dom->nodes[t].end, first_keep, dom->nodes[u].end, skip, keep_before_body, NULL);
        return;
    }
    if (t <= first_keep || t >= dom->nodes[first_keep].end)
        return;
    /* the title's header: its nearest ancestor inside the kept container
     * that is a <header> (or named so), small and without the body */
    for (header = dom->nodes[t].parent; header > first_keep; header = dom->nodes[header].parent)
        if (dom->nodes[header].tag == GUMBO_TAG_HEADER || dom->nodes[header].tag == GUMBO_TAG_HGROUP ||
            al_dom_class_has(dom, header, "header") || al_dom_class_has(dom, header, "hero"))
            break;
    if (header <= first_keep || dom->nodes[header].text_len > 1500 || dom->nodes[header].end - header > 5000 ||
        al_score_holds_article(dom, header))
        return;
    if (scan_standfirst(dom, dom->nodes[t].end, dom->nodes[header].end, dom->nodes[header].end, skip,
                        keep_in_header, &header) == 0)
        return;
    for (j = header; j < dom->nodes[header].end; j++) {  /* the rest of the header is not read */
        al_node *n = &dom->nodes[j];
        if ((n->flags & AL_NODE_HOLDS_LEAD) ||
            (n->tag != GUMBO_TAG_FIGURE && n->tag != GUMBO_TAG_FIGCAPTION && holds_figure(dom, j)))
            continue;                   /* look inside */
        if (!(n->flags & AL_NODE_LEAD) && n->tag != GUMBO_TAG_FIGURE && n->tag != GUMBO_TAG_FIGCAPTION)
            n->flags |= AL_NODE_JUNK;
        j = n->end - 1;
    }
}
