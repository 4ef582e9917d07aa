/*
 * front.c - a section front read as a digest of its stories.
 *
 * Some pages are not one article but a front: a grid of story cards, each
 * a linked headline with a summary (a "dek") and perhaps a kicker, a
 * byline and a photo credit. Readability reads such a page whole; aloud's
 * article passes find no prose in it and would read scraps (kickers,
 * credits), or, on a blog's home page, the excerpts without their titles.
 * When the page holds at least FRONT_MIN_STORIES cards that have a summary,
 * and the article passes found no prose or found mostly those summaries,
 * the listener hears a digest instead: one section per story, its headline
 * as the heading and its summary as the paragraph, so that "next section"
 * moves to the next story.
 *
 * A list of bare headlines is not a digest: without summaries there is
 * nothing to hear but link text, and such a page stays "no readable
 * article". Cards in page chrome (navigation, sidebars, "most read",
 * footers) are not read either: their subtrees are DROP or UNLIKELY.
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"
#include "util.h"

#define FRONT_MIN_STORIES 4
#define FRONT_MAX_STORIES 100
#define HEADLINE_MAX_CHARS 250     /* longer is a paragraph, not a headline */
#define SUMMARY_MIN_WORDS 8
#define SUMMARY_MAX_GAP 300        /* characters between headline and summary */
#define PROSE_MIN_WORDS 20         /* what counts as prose in an article pass */

static bool is_heading_tag(GumboTag tag)
{
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

/* Does every link in heading I lead to a place on this page (PAGE_URL):
 * a fragment ("#entry-5518"), alone or after the page's own address? A
 * live blog's entries link their headings to themselves, their
 * permalinks; a front's headlines lead to other pages
 * (tests/pages/en-live-permalink-headings). */
static bool links_to_page_itself(const al_dom *dom, int i, const char *page_url)
{
    int links = 0;

    for (int j = i + 1; j < dom->nodes[i].end; j++) {
        const char *href = dom->nodes[j].tag == GUMBO_TAG_A ? al_dom_attr(dom, j, "href") : NULL;
        const char *frag = href ? strchr(href, '#') : NULL;

        if (!href)
            continue;
        if (!frag || !frag[1] || (frag != href && !al_href_same_page(href, page_url)))
            return false;
        links++;
    }
    return links > 0;
}

/* A story's headline: an h2-h5 whose text is mostly a link to another
 * page, a few words long. */
static bool is_headline(const al_dom *dom, int i, const char *page_url)
{
    const al_node *n = &dom->nodes[i];
    char *text;
    size_t words;

    if (n->flags & AL_NODE_TEXT || n->tag < GUMBO_TAG_H2 || n->tag > GUMBO_TAG_H5)
        return false;
    if (n->text_len == 0 || n->text_len > HEADLINE_MAX_CHARS || n->link_len * 2 < n->text_len ||
        links_to_page_itself(dom, i, page_url) || al_heading_entry_permalink(dom, i))
        return false;
    if (!(text = al_dom_text(dom, i, true)))
        return false;
    words = al_text_words(text);
    free(text);
    return words >= 3;
}


/* Which nodes are headlines, how many headlines each subtree holds and
 * which subtrees hold blocks: one pass down to find the headlines, one
 * pass back up (children follow their parents in the array) to sum. */
typedef struct {
    int *count;                /* headlines in the subtree */
    unsigned char *self;       /* the node is a headline */
    unsigned char *blocks;     /* the subtree holds a block element below its root */
} headlines;

/* A <p> or <div> that holds only inline content: a paragraph-like leaf. */
static bool is_leaf_block(const al_dom *dom, const headlines *hl, int i)
{
    GumboTag t = dom->nodes[i].tag;

    return (t == GUMBO_TAG_P || t == GUMBO_TAG_DIV) && !hl->blocks[i];
}

static int find_headlines(headlines *hl, const al_dom *dom, const char *page_url)
{
    int i, end = dom->nodes[dom->body].end;

    hl->count = calloc((size_t)dom->count, sizeof(*hl->count));
    hl->self = calloc((size_t)dom->count, 1);
    hl->blocks = calloc((size_t)dom->count, 1);
    if (!hl->count || !hl->self || !hl->blocks)
        return al_error_oom();
    for (i = dom->body; i < end; i++) {
        if (dom->nodes[i].flags & (AL_NODE_DROP | AL_NODE_UNLIKELY)) {
            i = dom->nodes[i].end - 1;
            continue;
        }
        if (is_headline(dom, i, page_url))
            hl->self[i] = 1, hl->count[i] = 1;
    }
    for (i = dom->count - 1; i > 0; i--) {
        const al_node *n = &dom->nodes[i];
        if (n->parent < 0)
            continue;
        if (hl->count[i])
            hl->count[n->parent] += hl->count[i];
        if (hl->blocks[i] || (!(n->flags & AL_NODE_TEXT) && al_dom_is_block_tag(n->tag)))
            hl->blocks[n->parent] = 1;
    }
    return ALOUD_OK;
}

/* The card of headline H: its highest ancestor with no other headline in
 * it (an <article>, an <li>, a WordPress post with its title in a
 * <header> and its excerpt after it). A headline that shares its parent
 * with others (the linked product names of a list article, each followed
 * by its paragraph) has no card: it is no story of a front. */
static int card_of(const al_dom *dom, const headlines *hl, int h)
{
    int top = h;

    while (dom->nodes[top].parent >= 0 && hl->count[dom->nodes[top].parent] <= 1)
        top = dom->nodes[top].parent;
    return top;
}

/* The summary that follows headline H in its card, or -1: the first
 * sentence-like leaf block after it, before any other heading and with
 * little text (a byline, a date) in between. */
static int find_summary(const al_dom *dom, const headlines *hl, int h)
{
    int j, end = dom->nodes[card_of(dom, hl, h)].end;
    unsigned gap = 0;

    for (j = dom->nodes[h].end; j < end && gap <= SUMMARY_MAX_GAP; j++) {
        const al_node *n = &dom->nodes[j];
        char *text;
        bool ok;

        if (n->flags & (AL_NODE_DROP | AL_NODE_UNLIKELY)) {
            j = n->end - 1;
            continue;
        }
        if (n->flags & AL_NODE_TEXT) {
            gap += n->text_len;
            continue;
        }
        if (is_heading_tag(n->tag))
            return -1;
        if (!is_leaf_block(dom, hl, j) || n->text_len == 0)
            continue;
        if (!(text = al_dom_text(dom, j, true)))
            return -1;
        ok = al_text_words(text) >= SUMMARY_MIN_WORDS;
        free(text);
        if (ok)
            return j;
        gap += n->text_len;
        j = n->end - 1;
    }
    return -1;
}

/* Has the headline's key been read already? Fronts repeat their stories. */
static bool seen_before(char **keys, size_t count, const char *key)
{
    size_t k;

    for (k = 0; k < count; k++)
        if (!strcmp(keys[k], key))
            return true;
    return false;
}

int al_front_digest(al_items *out, al_dom *dom, const char *page_url)
{
    char *keys[FRONT_MAX_STORIES];
    headlines hl = { 0 };
    size_t nkeys = 0, k;
    int i, err = ALOUD_OK, end;

    memset(out, 0, sizeof(*out));
    if (dom->body < 0)
        return 0;
    al_dom_sum(dom, AL_NODE_DROP);
    if ((err = find_headlines(&hl, dom, page_url)) < 0)
        goto cleanup;
    end = dom->nodes[dom->body].end;
    for (i = dom->body; i < end && nkeys < FRONT_MAX_STORIES; i++) {
        const al_node *n = &dom->nodes[i];
        char *headline, *key;
        int summary;

        if (n->flags & (AL_NODE_DROP | AL_NODE_UNLIKELY)) {
            i = n->end - 1;
            continue;
        }
        if (!hl.self[i] || (summary = find_summary(dom, &hl, i)) < 0)
            continue;
        if (!(headline = al_dom_text(dom, i, true)) || !(key = al_text_key(headline))) {
            free(headline);
            err = al_error_oom();
            goto cleanup;
        }
        if (seen_before(keys, nkeys, key)) {
            free(headline);
            free(key);
            i = dom->nodes[summary].end - 1;
            continue;
        }
        keys[nkeys++] = key;
        if ((err = al_items_add(out, AL_ITEM_HEADING, 2, i, headline, 0)) < 0 ||
            (err = al_items_add(out, ALOUD_BLOCK_PARAGRAPH, 0, summary, al_dom_text(dom, summary, true), 0)) < 0)
            goto cleanup;
        i = dom->nodes[summary].end - 1;
    }
cleanup:
    for (k = 0; k < nkeys; k++)
        free(keys[k]);
    free(hl.count);
    free(hl.self);
    free(hl.blocks);
    if (err < 0 || nkeys < FRONT_MIN_STORIES) {
        al_items_free(out);
        return err < 0 ? err : 0;
    }
    out->digest = true;
    return (int)nkeys;
}

double al_front_coverage(const al_items *article, const al_items *digest, const al_dom *dom)
{
    size_t i, k, covered = 0, total = 0;

    for (i = 0; i < article->count; i++) {
        const al_item *it = &article->items[i];

        if (it->junk || it->kind == AL_ITEM_HEADING || it->kind == AL_ITEM_RULE)
            continue;
        total += it->text_len;
        for (k = 0; k < digest->count; k++) {
            int s = digest->items[k].node;
            if (digest->items[k].kind != AL_ITEM_HEADING && it->node >= s && it->node < dom->nodes[s].end) {
                covered += it->text_len;
                break;
            }
        }
    }
    return total ? (double)covered / total : 0;
}

bool al_front_has_prose(const al_items *items)
{
    size_t i;

    for (i = 0; i < items->count; i++) {
        const al_item *it = &items->items[i];

        if (it->junk || it->kind == AL_ITEM_HEADING || it->kind == AL_ITEM_RULE)
            continue;
        if (it->link_len * 2 < it->text_len && al_text_words(it->text) >= PROSE_MIN_WORDS)
            return true;
    }
    return false;
}
