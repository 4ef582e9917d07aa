/*
 * structure.c - what a listener needs to hear the article's structure,
 * found on the DOM after the article's items are chosen.
 *
 *   - an ordered list's item gets its number, as a reader sees it: the
 *     list's start (1 by default), counted up (down for <ol reversed>),
 *     an <li value> resetting the count; only the item's first block;
 *   - a table row whose cells are all <th>, or that sits in <thead>, is
 *     the table's header: the speech layer pairs each later cell with its
 *     column name;
 *   - a block whose nearest lang attribute (on itself or an ancestor)
 *     names another language than the page's is spoken in that language;
 *     so is a passage inside a block (<q lang="fr">, <span lang="de">) of
 *     four words or more, found in the block's text as a span.
 *
 * Evidence: markup only (tags and the start, value, reversed and lang
 * attributes); no words.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

/* The nearest <li> at or above node I, or -1 (not across another list). */
static int list_item_of(const al_dom *dom, int i)
{
    for (int p = i, up = 0; p >= 0 && up < 16; p = dom->nodes[p].parent, up++) {
        GumboTag t = dom->nodes[p].tag;
        if (t == GUMBO_TAG_LI)
            return p;
        if (t == GUMBO_TAG_OL || t == GUMBO_TAG_UL || t == GUMBO_TAG_TABLE)
            return -1;
    }
    return -1;
}

/* An attribute that holds a whole number: its value, or DEF. */
static long int_attr(const al_dom *dom, int i, const char *name, long def)
{
    const char *v = al_dom_attr(dom, i, name);
    char *end;
    long n;

    if (!v)
        return def;
    n = strtol(v, &end, 10);
    return end != v && n > -1000000 && n < 1000000 ? n : def;
}

/* The number of <li> LI in its <ol>, or 0 when its list is not ordered. */
static unsigned item_number(const al_dom *dom, int li)
{
    int ol = dom->nodes[li].parent;
    bool down;
    long n;

    if (ol < 0 || dom->nodes[ol].tag != GUMBO_TAG_OL)
        return 0;
    down = al_dom_attr(dom, ol, "reversed") != NULL;
    n = 1;
    if (down) {                  /* counts down from the number of items */
        n = 0;
        for (int c = ol + 1; c < dom->nodes[ol].end; c = dom->nodes[c].end)
            n += dom->nodes[c].tag == GUMBO_TAG_LI;
    }
    n = int_attr(dom, ol, "start", n);
    for (int c = ol + 1; c < dom->nodes[ol].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].tag != GUMBO_TAG_LI)
            continue;
        n = int_attr(dom, c, "value", n);
        if (c == li)
            break;
        n += down ? -1 : 1;
    }
    return n > 0 ? (unsigned)n : 0;
}

static bool is_header_row(const al_dom *dom, int tr)
{
    bool cells = false;

    if (tr < 0 || dom->nodes[tr].tag != GUMBO_TAG_TR)
        return false;
    if (dom->nodes[tr].parent >= 0 && dom->nodes[dom->nodes[tr].parent].tag == GUMBO_TAG_THEAD)
        return true;
    for (int c = tr + 1; c < dom->nodes[tr].end; c = dom->nodes[c].end) {
        if (dom->nodes[c].tag == GUMBO_TAG_TD)
            return false;
        cells |= dom->nodes[c].tag == GUMBO_TAG_TH;
    }
    return cells;
}

/* Node I's own lang (or xml:lang), or NULL when it has none or an empty one. */
static const char *own_lang(const al_dom *dom, int i)
{
    const char *l = al_dom_attr(dom, i, "lang");

    if (!l)
        l = al_dom_attr(dom, i, "xml:lang");
    return l && *l ? l : NULL;
}

/* Same primary language ("en-GB" and "en")? Unknown counts as the same. */
static bool same_language(const char *a, const char *b)
{
    size_t n = strcspn(a, "-_"), m = strcspn(b, "-_");

    return n == 0 || m == 0 || (n == m && strncasecmp(a, b, n) == 0);
}

/* A tag aloud can hand espeak-ng: letters, digits and hyphens, short. */
static bool plausible_tag(const char *l)
{
    size_t n = strlen(l);

    if (n < 2 || n > 35)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((l[i] >= 'a' && l[i] <= 'z') || (l[i] >= 'A' && l[i] <= 'Z') ||
              (l[i] >= '0' && l[i] <= '9') || l[i] == '-' || l[i] == '_'))
            return false;
    return true;
}

/* A passage worth its own voice: a few foreign words ("je ne sais quoi")
 * are read in the sentence's voice, as a reader would. */
#define SPAN_MIN_WORDS 4

static int add_span(al_item *it, size_t start, size_t len, const char *lang)
{
    aloud_span *grown = realloc(it->spans, (it->span_count + 1) * sizeof(*grown));
    char *tag = al_strdup(lang);

    if (!grown || !tag) {
        free(tag);
        if (grown)
            it->spans = grown;
        return al_error_oom();
    }
    it->spans = grown;
    it->spans[it->span_count].start = start;
    it->spans[it->span_count].length = len;
    it->spans[it->span_count].lang = tag;
    it->span_count++;
    return ALOUD_OK;
}

/* The elements of the page with a lang attribute, in the document's
 * order: a block's passages are looked for among them, not among all the
 * nodes under the block (past nesting.c's 512 levels a box may hold the
 * rest of the page, and each of its lines is a block). */
typedef struct {
    int *node;
    size_t count;
} lang_nodes;

/* The first of LN at or after node FROM. */
static size_t lang_node_at(const lang_nodes *ln, int from)
{
    size_t lo = 0, hi = ln->count;

    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ln->node[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Elements inside IT's node with their own lang (not BLOCK_LANG's) and
 * enough words: found in IT's text, in order, as spans. */
static int mark_spans(al_item *it, const al_dom *dom, const lang_nodes *ln, const char *block_lang)
{
    const al_node *top = &dom->nodes[it->node];
    size_t from = 0;

    for (size_t k = lang_node_at(ln, it->node + 1); k < ln->count && ln->node[k] < top->end; k++) {
        int j = ln->node[k];
        const char *l = al_dom_attr(dom, j, "lang");
        char *text, *at;
        int err = ALOUD_OK;

        if (!l || !plausible_tag(l) || same_language(l, block_lang))
            continue;
        if ((text = al_dom_text(dom, j, true)) && al_text_words(text) >= SPAN_MIN_WORDS &&
            (at = strstr(it->text + from, text))) {
            from = (size_t)(at - it->text) + strlen(text);
            err = add_span(it, (size_t)(at - it->text), strlen(text), l);
        }
        free(text);
        if (err < 0)
            return err;
        while (k + 1 < ln->count && ln->node[k + 1] < dom->nodes[j].end)
            k++;                        /* a passage's own passages are its words */
    }
    return ALOUD_OK;
}

int al_structure_mark(al_items *items, const al_dom *dom, const char *page_lang)
{
    int last_li = -1, err = ALOUD_OK;
    lang_nodes ln = { NULL, 0 };
    /* Each node's nearest lang at or above it, from its parent's (a parent
     * comes first): walking up for each block cost the depth of nesting. */
    const char **lang_at = NULL;

    if (page_lang && dom->count > 0 && !(lang_at = malloc((size_t)dom->count * sizeof(*lang_at))))
        return al_error_oom();
    for (int j = 0; page_lang && j < dom->count; j++) {
        const char *own = own_lang(dom, j);
        int p = dom->nodes[j].parent;

        lang_at[j] = own ? own : p >= 0 ? lang_at[p] : NULL;
        if ((dom->nodes[j].flags & AL_NODE_TEXT) || !al_dom_attr(dom, j, "lang"))
            continue;
        if (!ln.node && !(ln.node = malloc((size_t)dom->count * sizeof(*ln.node)))) {
            free(lang_at);
            return al_error_oom();
        }
        ln.node[ln.count++] = j;
    }
    for (size_t k = 0; k < items->count; k++) {
        al_item *it = &items->items[k];
        const char *lang;
        int li;

        if (it->node < 0 || it->node >= dom->count || !al_item_is_block(it))
            continue;
        if (it->kind == ALOUD_BLOCK_LIST_ITEM && (li = list_item_of(dom, it->node)) >= 0 &&
            li != last_li) {
            it->number = item_number(dom, li);
            last_li = li;
        }
        if (it->kind == ALOUD_BLOCK_TABLE_ROW && is_header_row(dom, it->node))
            it->kind = ALOUD_BLOCK_TABLE_HEADER;
        lang = lang_at ? lang_at[it->node] : NULL;
        if (page_lang && lang && plausible_tag(lang) && !same_language(lang, page_lang)) {
            if (!(it->lang = al_strdup(lang))) {
                err = al_error_oom();
                break;
            }
        }
        if (page_lang && it->text && ln.count &&
            (err = mark_spans(it, dom, &ln, it->lang ? it->lang : page_lang)) < 0)
            break;
    }
    free(ln.node);
    free(lang_at);
    return err < 0 ? err : ALOUD_OK;
}
