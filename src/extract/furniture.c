/*
 * furniture.c - page furniture found by its structure, not its words.
 *
 * Some parts of a page are for the eye and make no sense read aloud, but
 * carry no telling class name or phrase: a table of contents (links into
 * the page itself), footnote marks ("now.1", "[3]"), the notes list with
 * its back-links ("↩"), link labels in brackets ("[source]", "[edit]").
 * They are marked DROP before the article is scored, in every pass.
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

/* A table of contents: this many in-page links, holding this share of
 * its text. */
#define CONTENTS_MIN_JUMPS 3
#define CONTENTS_SHARE 0.7

/* An in-page link: "#section", not "#" alone. */
static bool is_jump_link(const al_dom *dom, int i)
{
    const char *href = dom->nodes[i].tag == GUMBO_TAG_A ? al_dom_attr(dom, i, "href") : NULL;

    return href && href[0] == '#' && href[1] && href[1] != '!';
}

/* The element before I under the same parent (white space skipped), or -1. */
static int prev_sibling(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, k = i - 1;

    while (k > p) {
        int a = k;
        while (dom->nodes[a].parent != p)
            a = dom->nodes[a].parent;
        if (!(dom->nodes[a].flags & AL_NODE_TEXT) || dom->nodes[a].text_len > 1)
            return a;
        k = a - 1;
    }
    return -1;
}

/* The label right before a dropped box ("In this issue", "Contents"),
 * with the box's show/hide toggle when it shares the label's line
 * ("Índice Mostrar/Ocultar"): a few words, no sentence, no text node,
 * not the page's title (an <h1>). */
static void drop_label_before(al_dom *dom, int i)
{
    int k = prev_sibling(dom, i), j;
    char *text;
    bool label;

    if (k < 0 || (dom->nodes[k].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || dom->nodes[k].text_len == 0 ||
        dom->nodes[k].text_len > 40 || dom->nodes[k].tag == GUMBO_TAG_H1)
        return;
    text = al_dom_text(dom, k, true);
    label = text && al_text_words(text) <= 4 && !strpbrk(text, ".!?");
    free(text);
    if (label)
        for (j = k; j < dom->nodes[k].end; j++)
            dom->nodes[j].flags |= AL_NODE_DROP;
}

/* Is node I, already dropped as chrome (a <nav> is never the article),
 * the top of a table of contents: a nav or list whose CONTENTS_MIN_JUMPS
 * or more in-page links hold CONTENTS_SHARE of its text, dropped ones
 * counted (JUMPS_ALL, JUMP_TEXT_ALL, RAW_TEXT)? Its label goes with it. */
static bool dropped_contents_box(const al_dom *dom, int i, const unsigned *jumps_all, const unsigned *jump_text_all,
                                 const unsigned *raw_text)
{
    const al_node *n = &dom->nodes[i];
    GumboTag t = n->tag;

    if (!(n->flags & AL_NODE_DROP) || (n->flags & AL_NODE_TEXT) || n->parent < 0 ||
        (dom->nodes[n->parent].flags & AL_NODE_DROP))
        return false;
    if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_NAV)
        return false;
    return jumps_all[i] >= CONTENTS_MIN_JUMPS && raw_text[i] > 0 &&
           (double)jump_text_all[i] >= CONTENTS_SHARE * raw_text[i];
}

/* A table of contents: a list (or box) of three or more links into the
 * page itself, which hold most of its text (white space between the
 * items counts too). The listener has the outline already (and "next
 * section"); hearing "1 History, 1.1 Early years, ..." is noise. Dropped
 * with a heading it holds ("Contents"), and with the label line before
 * it ("Índice", its "Mostrar/Ocultar" toggle) also when the box itself
 * was dropped already as a <nav> (dropped_contents_box). */
static int drop_contents_boxes(al_dom *dom)
{
    size_t count = (size_t)dom->count;
    unsigned *jump_text = calloc(count, sizeof(*jump_text));
    unsigned *jumps = calloc(count, sizeof(*jumps));
    unsigned *all = calloc(count * 3, sizeof(*all));   /* jumps, jump text, text: dropped ones too */
    unsigned char *inside = calloc(count, 1);
    unsigned *jumps_all = all, *jump_text_all = all ? all + count : NULL, *raw_text = all ? all + 2 * count : NULL;
    int i, j;

    if (!jump_text || !jumps || !inside || !all) {
        free(jump_text);
        free(jumps);
        free(all);
        free(inside);
        return al_error_oom();
    }
    for (i = 0; i < dom->count; i++) {          /* parents first: inherit */
        int p = dom->nodes[i].parent;
        inside[i] = (p >= 0 && inside[p]) || is_jump_link(dom, i);
        jumps[i] = is_jump_link(dom, i);
    }
    for (i = dom->count - 1; i >= 0; i--) {     /* children first: sum */
        const al_node *n = &dom->nodes[i];
        if ((n->flags & AL_NODE_TEXT) && inside[i])
            jump_text[i] = n->text_len;
        if (n->flags & AL_NODE_TEXT) {
            raw_text[i] += n->text_len;
            jump_text_all[i] += inside[i] ? n->text_len : 0;
        }
        jumps_all[i] += is_jump_link(dom, i);
        if (n->parent >= 0) {
            jumps_all[n->parent] += jumps_all[i];
            jump_text_all[n->parent] += jump_text_all[i];
            raw_text[n->parent] += raw_text[i];
        }
        if (n->parent >= 0 && !(n->flags & AL_NODE_DROP)) {
            jump_text[n->parent] += jump_text[i];
            jumps[n->parent] += jumps[i];
        }
    }
    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        GumboTag t = n->tag;
        if (dropped_contents_box(dom, i, jumps_all, jump_text_all, raw_text)) {
            drop_label_before(dom, i);
            i = n->end - 1;
            continue;
        }
        if (n->flags & (AL_NODE_TEXT | AL_NODE_DROP))
            continue;
        if (t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_DIV && t != GUMBO_TAG_NAV &&
            t != GUMBO_TAG_SECTION && t != GUMBO_TAG_ASIDE && t != GUMBO_TAG_TABLE)
            continue;
        if (jumps[i] < CONTENTS_MIN_JUMPS || n->text_len == 0 || (double)jump_text[i] < CONTENTS_SHARE * n->text_len ||
            al_score_holds_article(dom, i))
            continue;
        for (j = i; j < n->end; j++)
            dom->nodes[j].flags |= AL_NODE_DROP;
        drop_label_before(dom, i);
        i = n->end - 1;
    }
    free(jump_text);
    free(jumps);
    free(all);
    free(inside);
    return ALOUD_OK;
}

/* Link text that is a mark for the eye: "[source]", "[edit]", "[12]". */
static bool bracketed(const char *t)
{
    size_t n = strlen(t);

    return n >= 3 && n <= 24 && t[0] == '[' && t[n - 1] == ']' && !strchr(t + 1, '[');
}

/* A footnote's way back into the text: "↩", "↩︎", "↑", "^". */
static bool is_backref(const char *t)
{
    static const char *const marks[] = { "\xE2\x86\xA9", "\xE2\x86\xA9\xEF\xB8\x8E",
                                         "\xE2\x86\xA9\xEF\xB8\x8F", "\xE2\x86\x91", "^", NULL };
    size_t k;

    for (k = 0; marks[k]; k++)
        if (strcmp(t, marks[k]) == 0)
            return true;
    return false;
}

/* Does node I hold or sit in (two levels up) an in-page link? */
static bool near_jump_link(const al_dom *dom, int i)
{
    int j, p, up;

    if (dom->nodes[i].end - i > 64)          /* a mark is a few nodes; bounded work */
        return false;
    for (j = i; j < dom->nodes[i].end; j++)
        if (is_jump_link(dom, j))
            return true;
    for (up = 0, p = dom->nodes[i].parent; p >= 0 && up < 2; up++, p = dom->nodes[p].parent)
        if (is_jump_link(dom, p))
            return true;
    return false;
}

static void drop_subtree(al_dom *dom, int i)
{
    int j;

    for (j = i; j < dom->nodes[i].end; j++)
        dom->nodes[j].flags |= AL_NODE_DROP;
}

/* Footnotes are for the eye. A list whose every item links back into the
 * text ("↩") is the notes: dropped whole (with the "Notes" heading left
 * empty, which the outline drops). Marks in the text go where they stand:
 * a superscript number that links to its note, a back-link, link text in
 * brackets ("[source]", "[edit]", "[3]"). */
static int drop_marks(al_dom *dom)
{
    unsigned char *noted = calloc((size_t)dom->count, 1);
    int i, j, p, up;

    if (!noted)
        return al_error_oom();
    for (i = 0; i < dom->count; i++) {           /* back-links, and the items they end */
        al_node *n = &dom->nodes[i];
        char *text;
        if (n->flags & AL_NODE_DROP) {
            i = n->end - 1;
            continue;
        }
        if (n->tag != GUMBO_TAG_A || (n->flags & AL_NODE_TEXT) || n->text_len > 24)
            continue;
        if (!(text = al_dom_text(dom, i, true))) {
            free(noted);
            return al_error_oom();
        }
        if (is_jump_link(dom, i) && is_backref(text)) {
            noted[i] = 1;
            for (up = 0, p = n->parent; p >= 0 && up < 4; up++, p = dom->nodes[p].parent)
                if (dom->nodes[p].tag == GUMBO_TAG_LI) {
                    noted[p] = 1;
                    break;
                }
        } else if (bracketed(text)) {
            drop_subtree(dom, i);
        }
        free(text);
    }
    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        int items = 0, notes = 0;
        if (n->flags & AL_NODE_DROP) {
            i = n->end - 1;
            continue;
        }
        if (n->tag == GUMBO_TAG_SUP && n->text_len > 0 && n->text_len <= 6 && near_jump_link(dom, i)) {
            drop_subtree(dom, i);                /* "sternly:²" */
            i = n->end - 1;
            continue;
        }
        if (noted[i] && n->tag == GUMBO_TAG_A) {
            drop_subtree(dom, i);
            continue;
        }
        if (n->tag != GUMBO_TAG_OL && n->tag != GUMBO_TAG_UL)
            continue;
        for (j = i + 1; j < n->end; j = dom->nodes[j].end)   /* the list's own items */
            if (dom->nodes[j].tag == GUMBO_TAG_LI) {
                items++;
                notes += noted[j];
            }
        if (items > 0 && notes == items) {
            drop_subtree(dom, i);
            i = n->end - 1;
        }
    }
    free(noted);
    return ALOUD_OK;
}

int al_furniture_drop(al_dom *dom)
{
    int err;

    if ((err = drop_contents_boxes(dom)) < 0)
        return err;
    return drop_marks(dom);
}
