/*
 * furniture.c - page furniture found by its structure, not its words.
 *
 * Some parts of a page are for the eye and make no sense read aloud, but
 * carry no telling class name or phrase: a table of contents (links into
 * the page itself), footnote marks ("now.1", "[3]"), the notes list with
 * its back-links ("↩"), link labels in brackets ("[source]", "[edit]"),
 * a permalink's sign ("¶" linking to its own heading or definition),
 * a skip link ("↓ Jump to the list of tools"), a chapter's time stamp that
 * seeks the page's player ("00:04:22" before the chapter's title), an
 * embedded post's widget lines (its counts, "View this post on ..."),
 * a picture's share button (a link to a share endpoint: "Enregistrer").
 * They are marked DROP before the article is scored, in every pass.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "langdata.h"
#include "passes.h"
#include "util.h"

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

/* A short table of contents: a post of two or three sections has a
 * contents box of two entries ("目次": two links to "#toc1", "#toc2").
 * Two in-page links make a contents box when each link's words are those
 * of a heading (h2 to h6) after the box: the box names the sections the
 * listener is about to hear. The ids the links point to are not asked (a
 * site's generated ids say nothing); their words are. The headings' keys
 * are read once per page, CONTENTS_MAX_HEADINGS of them; a box of more
 * than SHORT_CONTENTS_MAX_NODES nodes is none, asked before it is walked. */
#define SHORT_CONTENTS_MIN_JUMPS 2
#define CONTENTS_MAX_HEADINGS 128
#define SHORT_CONTENTS_MAX_NODES 64

typedef struct {
    int count;                  /* -1: not read yet */
    int node[CONTENTS_MAX_HEADINGS];
    char *key[CONTENTS_MAX_HEADINGS];
} page_headings;

static void read_headings(const al_dom *dom, page_headings *h)
{
    h->count = 0;
    for (int i = 0; i < dom->count && h->count < CONTENTS_MAX_HEADINGS; i++) {
        GumboTag t = dom->nodes[i].tag;
        char *text;
        if ((dom->nodes[i].flags & AL_NODE_TEXT) || t < GUMBO_TAG_H2 || t > GUMBO_TAG_H6)
            continue;
        text = al_dom_text(dom, i, false);
        h->key[h->count] = text ? al_text_key(text) : NULL;
        free(text);
        if (h->key[h->count] && *h->key[h->count])
            h->node[h->count++] = i;
        else
            free(h->key[h->count]);
    }
}

/* Is box I, of SHORT_CONTENTS_MIN_JUMPS in-page links or more, a
 * contents box by its links' words (above)? */
static bool names_headings(const al_dom *dom, int i, page_headings *h)
{
    int end = dom->nodes[i].end, named = 0;

    if (end - i > SHORT_CONTENTS_MAX_NODES)
        return false;
    if (h->count < 0)
        read_headings(dom, h);
    for (int j = i + 1; j < end; j++) {
        char *text, *key;
        bool found = false;
        if ((dom->nodes[j].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || !is_jump_link(dom, j))
            continue;
        text = al_dom_text(dom, j, false);
        key = text ? al_text_key(text) : NULL;
        for (int k = 0; key && *key && k < h->count && !found; k++)
            found = h->node[k] >= end && strcmp(h->key[k], key) == 0;
        free(text);
        free(key);
        if (!found)
            return false;
        named++;
        j = dom->nodes[j].end - 1;
    }
    return named >= SHORT_CONTENTS_MIN_JUMPS;
}

/* A table of contents: a list (or box) of three or more links into the
 * page itself, which hold most of its text (white space between the
 * items counts too), or of two that name the headings after it (above). The listener has the outline already (and "next
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
    page_headings *headings = malloc(sizeof(*headings));
    int i, j;

    if (!jump_text || !jumps || !inside || !all || !headings) {
        free(jump_text);
        free(jumps);
        free(all);
        free(inside);
        free(headings);
        return al_error_oom();
    }
    headings->count = -1;
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
        if (jumps[i] < SHORT_CONTENTS_MIN_JUMPS || n->text_len == 0 ||
            (double)jump_text[i] < CONTENTS_SHARE * n->text_len || al_score_holds_article(dom, i) ||
            (jumps[i] < CONTENTS_MIN_JUMPS && !names_headings(dom, i, headings)))
            continue;
        for (j = i; j < n->end; j++)
            dom->nodes[j].flags |= AL_NODE_DROP;
        drop_label_before(dom, i);
        i = n->end - 1;
    }
    for (i = 0; i < headings->count; i++)
        free(headings->key[i]);
    free(headings);
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

/* Is TEXT a permalink's sign alone: "¶", "§", "#" or "🔗" (a heading's or
 * a definition's anchor, Sphinx's "headerlink")? */
static bool permalink_sign(const char *text)
{
    static const char *const signs[] = { "\xC2\xB6", "\xC2\xA7", "#", "\xF0\x9F\x94\x97" };
    size_t n;

    text += strspn(text, " ");
    n = strlen(text);
    while (n && text[n - 1] == ' ')
        n--;
    for (size_t k = 0; k < sizeof(signs) / sizeof(signs[0]); k++)
        if (n == strlen(signs[k]) && strncmp(text, signs[k], n) == 0)
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
 * brackets ("[source]", "[edit]", "[3]"), an in-page link that is only a
 * permalink's sign ("¶"). */
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
        } else if (bracketed(text) || (is_jump_link(dom, i) && permalink_sign(text))) {
            drop_subtree(dom, i);
        } else {
            /* the brackets outside the link, in an inline box around it
             * beside other text: "<span>[</span><a>edit</a><span>]</span>"
             * after a heading's words, "[<i><a>citation needed</a></i>]"
             * after a sentence (MediaWiki's edit and fact marks); a
             * paragraph of its own, "[Via SJ]", is a credit */
            for (up = 0, p = n->parent; p > 0 && up < 2 && dom->nodes[p].text_len <= 24 &&
                                        !al_dom_is_block_tag(dom->nodes[p].tag);
                 up++, p = dom->nodes[p].parent) {
                int q = dom->nodes[p].parent;
                char *box = q >= 0 && dom->nodes[q].text_len > dom->nodes[p].text_len ? al_dom_text(dom, p, true) : NULL;
                bool mark = box && bracketed(box);
                free(box);
                if (mark) {
                    drop_subtree(dom, p);
                    break;
                }
            }
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

/* A skip link is at most this many words ("Aller directement à la liste
 * du matériel"); past it, a line is more than a pointer. */
#define SKIP_LINK_MAX_WORDS 12
/* ... and its block at most this many characters (bounds the work). */
#define SKIP_LINK_MAX_CHARS 160

/* The places of the page an in-page link may lead to: the elements' ids
 * and old anchors' names, sorted (found by bisection: a page may hold
 * many links and many ids). */
typedef struct {
    const char **names;
    size_t count;
    bool made;
} targets;

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int make_targets(const al_dom *dom, targets *t)
{
    const char *v;
    int k;

    t->made = true;
    if (!(t->names = malloc((size_t)dom->count * 2 * sizeof(*t->names) + 1)))
        return al_error_oom();
    for (k = 0; k < dom->count; k++) {
        if (dom->nodes[k].flags & AL_NODE_TEXT)
            continue;
        if ((v = al_dom_attr(dom, k, "id")) != NULL)
            t->names[t->count++] = v;
        if (dom->nodes[k].tag == GUMBO_TAG_A && (v = al_dom_attr(dom, k, "name")) != NULL)
            t->names[t->count++] = v;
    }
    qsort(t->names, t->count, sizeof(*t->names), cmp_name);
    return ALOUD_OK;
}

/* Does the page hold the place that in-page link I leads to (an element
 * with that id, or an old anchor's name)? -1 on failure to allocate. */
static int has_target(const al_dom *dom, int i, targets *t)
{
    const char *want = al_dom_attr(dom, i, "href") + 1;

    if (!t->made && make_targets(dom, t) < 0)
        return -1;
    return t->count && bsearch(&want, t->names, t->count, sizeof(*t->names), cmp_name) != NULL;
}

/* Does TEXT hold a letter or a digit (arrows, dashes and signs do not count)? */
static bool has_word_char(const char *text)
{
    const unsigned char *p = (const unsigned char *)text;
    size_t n = strlen(text), i = 0, len;
    uint32_t c;

    for (; i < n; i += len ? len : 1) {
        len = al_utf8_decode(p + i, n - i, &c);
        if (c < 0x80 ? ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9')
                     : c >= 0xC0 && c != 0xD7 && c != 0xF7 && !(c >= 0x2000 && c <= 0x2BFF))
            return true;
    }
    return false;
}

/* ---- numbered notes with no superscript --------------------------------
 * Some editors (Substack's) write a footnote's mark as a bare in-page link
 * whose text is the note's number, glued to the sentence ("again.1"), and
 * the note as a block that opens with an in-page link of the same number
 * back to the mark. The pair is the evidence: a number link inside a
 * sentence's block, and further down a block that begins with a link of
 * that number and goes on with the note's text. The ids the links point at
 * are not needed (generated ids break them); both links leading into the
 * page, the numbers matching and the order are. Both are for the eye. */

/* The numbers a mark may carry: "1" to "999". */
#define NOTE_NUMBER_MAX_DIGITS 3

/* The number of in-page link I ("7", "7." in a note), or -1. */
static int note_number(const al_dom *dom, int i)
{
    char *text;
    size_t n, d;
    int v = -1;

    if (!is_jump_link(dom, i) || dom->nodes[i].text_len == 0 || dom->nodes[i].text_len > 8)
        return -1;
    if (!(text = al_dom_text(dom, i, true)))
        return -1;
    n = strlen(text);
    d = strspn(text, "0123456789");
    if (d > 0 && d <= NOTE_NUMBER_MAX_DIGITS && (d == n || (d + 1 == n && text[d] == '.')))
        v = atoi(text);
    free(text);
    return v;
}

/* The nearest block element that holds node I, or -1. */
static int block_of(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent;

    while (p >= 0 && !al_dom_is_block_tag(dom->nodes[p].tag))
        p = dom->nodes[p].parent;
    return p;
}

/* Does a text node with a letter or a digit stand in block B before node I? */
static bool text_before(const al_dom *dom, int b, int i)
{
    for (int j = b + 1; j < i; j++) {
        const al_node *n = &dom->nodes[j];
        char *text;
        bool word;
        if (!(n->flags & AL_NODE_TEXT) || n->text_len == 0)
            continue;
        if (!(text = al_dom_text(dom, j, false)))
            return true;                         /* cannot tell: not a note's head */
        word = has_word_char(text);
        free(text);
        if (word)
            return true;
    }
    return false;
}

typedef struct {
    int link, block, number;
    bool glued;                                  /* a mark in a sentence, or a note's head */
} num_link;

static void drop_numbered_notes(al_dom *dom)
{
    num_link *l = NULL;
    size_t count = 0, cap = 0, a, b;

    for (int i = 0; i < dom->count; i++) {
        const al_node *n = &dom->nodes[i];
        int v, blk;
        if (n->flags & AL_NODE_DROP) {
            i = n->end - 1;
            continue;
        }
        if (n->tag != GUMBO_TAG_A || (v = note_number(dom, i)) < 0 || (blk = block_of(dom, i)) < 0)
            continue;
        if (count == cap) {
            num_link *m = realloc(l, (cap = cap ? cap * 2 : 16) * sizeof(*l));
            if (!m)
                break;                           /* no memory: the marks stay */
            l = m;
        }
        l[count++] = (num_link){ i, blk, v, text_before(dom, blk, i) };
    }
    for (b = 0; b < count; b++) {               /* a note: its head, then its text */
        bool paired = false;
        if (l[b].glued || dom->nodes[l[b].block].text_len <= dom->nodes[l[b].link].text_len + 1)
            continue;
        for (a = 0; a < b; a++)
            if (l[a].glued && l[a].number == l[b].number && l[a].link < l[b].block) {
                drop_subtree(dom, l[a].link);
                paired = true;
            }
        if (paired)
            drop_subtree(dom, l[b].block);
    }
    free(l);
}

/* Is block I one in-page link and nothing else but signs ("↓", "»"): a
 * short line, no sentence, to a place the page holds? It returns -1 on
 * failure to allocate. */
static int skip_link_block(const al_dom *dom, int i, targets *t)
{
    const al_node *n = &dom->nodes[i];
    int j, link = -1, ok = 1;
    char *text;

    for (j = i + 1; j < n->end && ok; j++) {
        const al_node *c = &dom->nodes[j];
        if (is_jump_link(dom, j)) {
            if (link >= 0)
                return 0;
            link = j;
            j = c->end - 1;
        } else if (c->flags & AL_NODE_TEXT) {
            if (!(text = al_dom_text(dom, j, true)))
                return al_error_oom();
            ok = !has_word_char(text);
            free(text);
        } else if (c->tag == GUMBO_TAG_IMG || c->tag == GUMBO_TAG_BUTTON || c->tag == GUMBO_TAG_INPUT) {
            return 0;
        }
    }
    if (!ok || link < 0 || dom->nodes[link].text_len == 0)
        return 0;
    if (!(text = al_dom_text(dom, link, true)))
        return al_error_oom();
    ok = al_text_words(text) <= SKIP_LINK_MAX_WORDS && !strpbrk(text, ".!?") && has_word_char(text);
    free(text);
    return ok ? has_target(dom, link, t) : 0;
}

/* A skip link: a paragraph, a line or a list item that is one link to a
 * place further in this page ("↓ Aller directement à la liste du
 * matériel", "Jump to Recipe") and nothing beside it but an arrow. It
 * moves the eye; a listener hears the page in order, and the outline
 * (and "next section") does the jumping. A sentence that links to a
 * place of the page ("The table below ... .") is prose and stays. */
static int drop_skip_links(al_dom *dom)
{
    targets t = { NULL, 0, false };
    int i, r;

    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        if (n->flags & AL_NODE_DROP) {
            i = n->end - 1;
            continue;
        }
        if ((n->flags & AL_NODE_TEXT) || n->text_len == 0 || n->text_len > SKIP_LINK_MAX_CHARS ||
            (n->tag != GUMBO_TAG_P && n->tag != GUMBO_TAG_DIV && n->tag != GUMBO_TAG_LI))
            continue;
        if ((r = skip_link_block(dom, i, &t)) < 0) {
            free(t.names);
            return r;
        }
        if (r) {
            drop_subtree(dom, i);
            i = n->end - 1;
        }
    }
    free(t.names);
    return ALOUD_OK;
}

/* Is T a time stamp of a recording: "00:04:22", "4:22", "1:02:07" (two or
 * three groups of digits joined by colons, in brackets or not)? */
static bool time_stamp(const char *t)
{
    size_t groups = 0, n;

    t += *t == '(' || *t == '[';
    for (;;) {
        n = strspn(t, "0123456789");
        if (n == 0 || n > 2 + (groups == 0))
            return false;
        groups++;
        t += n;
        if (*t != ':')
            break;
        t++;
    }
    t += *t == ')' || *t == ']';
    return *t == '\0' && groups >= 2 && groups <= 3;
}

/* A chapter's time stamp that seeks the page's own player: an in-page
 * link ("#t=262") whose text is a time stamp, the first text of its block
 * and followed by the chapter's title ("<li><a href="#t=262">00:04:22</a>
 * Was ein Moor eigentlich ist</li>"). It is a control for the eye and the
 * mouse; the title is read. A time said in a sentence ("at 12:30 she
 * says") is not the first text of its block. */
static void drop_seek_stamps(al_dom *dom)
{
    int i, k, block;

    for (i = 0; i < dom->count; i++) {
        char *text;
        bool stamp;

        if (dom->nodes[i].tag != GUMBO_TAG_A || (dom->nodes[i].flags & AL_NODE_DROP) || !is_jump_link(dom, i) ||
            dom->nodes[i].text_len == 0 || dom->nodes[i].text_len > 12)
            continue;
        for (block = dom->nodes[i].parent; block >= 0 && !(dom->nodes[block].flags & AL_NODE_BLOCK);
             block = dom->nodes[block].parent)
            ;
        if (block < 0 || dom->nodes[block].text_len <= dom->nodes[i].text_len + 1)
            continue;                   /* no title after it */
        for (k = block + 1; k < i; k++)
            if (dom->nodes[k].g && dom->nodes[k].g->type == GUMBO_NODE_TEXT && dom->nodes[k].text_len > 0)
                break;
        if (k < i)
            continue;                   /* text before it: a time in a sentence */
        text = al_dom_text(dom, i, true);
        stamp = text && time_stamp(text);
        free(text);
        if (stamp)
            drop_subtree(dom, i);
    }
}

/* An embedded post's line of counts and dates: at most this many words. */
#define EMBED_LINE_MAX_WORDS 10

/* Does link A lead to a social network of [extract.follow_network]: its
 * host, past "www.", is the network's name and a domain
 * ("https://www.instagram.com/p/...", "https://twitter.com/...")? */
static bool network_link(const al_dom *dom, int a)
{
    const char *href = al_dom_attr(dom, a, "href"), *host;
    size_t i, n, count;
    const al_lang_entry *e = al_lang_table("extract.follow_network", NULL, &count);

    if (!href || !(host = strstr(href, "://")))
        return false;
    host += 3;
    if (strncmp(host, "www.", 4) == 0)
        host += 4;
    for (i = 0; i < count; i++) {
        n = strlen(e[i].key);
        if (strncmp(host, e[i].key, n) == 0 && host[n] == '.')
            return true;
    }
    return false;
}

/* Is T a web address written out as a link's text, with no scheme
 * ("pic.twitter.com/b9xKq"): one word, a dot in its host, then a path? */
static bool address_text(const char *t)
{
    const char *slash = strchr(t, '/'), *dot = strchr(t, '.');

    return *t && !strpbrk(t, " \t\n") && slash && dot && dot < slash && slash[1] &&
           isalnum((unsigned char)t[0]);
}

/* Does T end a sentence or hold one's end ("... here. Then")? */
static bool has_sentence(const char *t)
{
    size_t n = strlen(t);

    while (n && t[n - 1] == ' ')
        n--;
    return (n && strchr(".!?", t[n - 1])) || strstr(t, ". ") || strstr(t, "! ") || strstr(t, "? ");
}

/* An embedded post (a <blockquote> that links to a social network, as
 * the networks' embed code writes it) is read for the post's own text.
 * What the widget adds around it is for the eye: the picture's address
 * as a link at the post's end ("pic.twitter.com/b9xKq"), a line of its
 * own of counts and the date after the post ("1 284 J'aime · 17 juin
 * 2026": a number, no sentence, few words, a longer block of the quote
 * before it, so that a short post, "Reggie Wayne my 6th round pick
 * #takingchances", is read), and the link back to the network that is a
 * line of its own ("Voir cette publication sur Instagram": words, no
 * number). The signature ("— NAME (@handle) date") is judged by
 * blocks.c's post-signature rule, which knows whether the article named
 * the poster. A quote within the quote is a post of its own, looked at
 * as such: each node is looked at once, however deep the quotes nest. */
#define EMBED_LINE_MAX_CHARS 160    /* a line of counts: a few words */
#define EMBED_LINK_MAX_CHARS 200    /* an address or "View on ..." */

/* Is node Q a quote that links to a social network itself (not only
 * through a quote within it)? */
static bool embedded_post(const al_dom *dom, int q)
{
    for (int j = q + 1; j < dom->nodes[q].end; j++) {
        if (dom->nodes[j].tag == GUMBO_TAG_BLOCKQUOTE)
            j = dom->nodes[j].end - 1;
        else if (dom->nodes[j].tag == GUMBO_TAG_A && network_link(dom, j))
            return true;
    }
    return false;
}

/* Is node J, a child of a post's quote, a line of counts and the date? */
static bool embed_count_line(const al_dom *dom, int j)
{
    char *text = al_dom_text(dom, j, true);
    bool drop = text && al_text_words(text) <= EMBED_LINE_MAX_WORDS && strpbrk(text, "0123456789") &&
                !has_sentence(text) && strncmp(text, "\xE2\x80\x94", 3) != 0 && text[0] != '-';

    free(text);
    return drop;
}

/* Is link J of quote Q the picture's address or the way back to the
 * network? */
static bool embed_widget_link(const al_dom *dom, int q, int j)
{
    char *text = al_dom_text(dom, j, true);
    bool drop = text && (address_text(text) ||
                         (dom->nodes[j].parent == q && network_link(dom, j) &&
                          !strpbrk(text, "0123456789") && al_text_words(text) >= 2));

    free(text);
    return drop;
}

/* The note an embed's loader shows right after the post, with its button
 * ("Innholdet er hentet fra X. [Vis innhold]", "Content from X. [Load]"):
 * the element that follows the post's quote (or follows the quote's
 * wrapper, when the quote is all the wrapper shows), at most
 * EMBED_NOTE_MAX_WORDS words, holding a <button> of at most
 * EMBED_NOTE_BUTTON_WORDS words; no picture, quote or heading. It asks
 * the eye for consent to show what the listener hears already. Only
 * EMBED_NOTE_MAX_NODES nodes of it are looked at.
 * (b23-nb-direkte-uvaer-vestlandet, with its classes stripped) */
#define EMBED_NOTE_MAX_WORDS 12
#define EMBED_NOTE_BUTTON_WORDS 3
#define EMBED_NOTE_MAX_NODES 32

/* The element with text right after node E among its parent's children,
 * or -1 (loose text first, or none). */
static int text_sibling_after(const al_dom *dom, int e)
{
    int p = dom->nodes[e].parent;

    for (int c = dom->nodes[e].end; p >= 0 && c < dom->nodes[p].end; c = dom->nodes[c].end)
        if (dom->nodes[c].text_len > 0 && dom->nodes[c].g->type != GUMBO_NODE_WHITESPACE)
            return (dom->nodes[c].flags & AL_NODE_TEXT) ? -1 : c;
    return -1;
}

static void drop_embed_note(al_dom *dom, int q)
{
    int e = q, note, p = dom->nodes[q].parent, j, button = -1;
    char *text;
    bool drop;

    if (p >= 0 && dom->nodes[p].text_len <= dom->nodes[q].text_len + 2)
        e = p;                                  /* the quote's wrapper */
    if ((note = text_sibling_after(dom, e)) < 0 || dom->nodes[note].text_len > EMBED_LINE_MAX_CHARS ||
        dom->nodes[note].end - note > EMBED_NOTE_MAX_NODES)
        return;
    for (j = note; j < dom->nodes[note].end; j++) {
        GumboTag t = dom->nodes[j].tag;
        if (t == GUMBO_TAG_IMG || t == GUMBO_TAG_BLOCKQUOTE || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6))
            return;
        if (t == GUMBO_TAG_BUTTON && !(dom->nodes[j].flags & AL_NODE_TEXT))
            button = j;
    }
    if (button < 0 || !(text = al_dom_text(dom, button, true)))
        return;
    drop = al_text_words(text) <= EMBED_NOTE_BUTTON_WORDS;
    free(text);
    if (drop && (text = al_dom_text(dom, note, true)) != NULL) {
        drop = al_text_words(text) <= EMBED_NOTE_MAX_WORDS;
        free(text);
        if (drop)
            drop_subtree(dom, note);
    }
}

static void drop_embed_chrome(al_dom *dom)
{
    for (int q = 0; q < dom->count; q++) {
        unsigned longest = 0;   /* the longest child of Q's so far, not dropped */

        if (dom->nodes[q].tag != GUMBO_TAG_BLOCKQUOTE || (dom->nodes[q].flags & AL_NODE_DROP) ||
            !embedded_post(dom, q))
            continue;
        for (int j = q + 1; j < dom->nodes[q].end; j++) {
            al_node *n = &dom->nodes[j];
            bool child = n->parent == q, drop = false;

            if (n->tag == GUMBO_TAG_BLOCKQUOTE) {
                j = n->end - 1;         /* a post of its own */
                continue;
            }
            if ((n->flags & (AL_NODE_TEXT | AL_NODE_DROP)) || n->text_len == 0)
                continue;
            if (n->tag == GUMBO_TAG_A)
                drop = n->text_len <= EMBED_LINK_MAX_CHARS && embed_widget_link(dom, q, j);
            else if ((n->flags & AL_NODE_BLOCK) && child && n->text_len < longest)
                drop = n->text_len <= EMBED_LINE_MAX_CHARS && embed_count_line(dom, j);
            if (drop)
                drop_subtree(dom, j);
            else if (child && n->text_len > longest)
                longest = n->text_len;
        }
        drop_embed_note(dom, q);
    }
}

/* A picture's share button: a link inside a <figure>, outside its
 * caption, to a network's share endpoint, which opens a form to post the
 * picture elsewhere. The address is the evidence, not the host (any
 * network, a site's own short domain): its path is one that a share form
 * has ("/pin/create/", "/sharer.php", "/intent/tweet", "/shareArticle",
 * "/submit?url="). Its label ("Enregistrer", "Pin it", "Teilen") names the
 * button laid over the picture, never the picture (b42-fr-tuto-etapes-
 * materiel-pinterest stripped); a label of a sentence or more is words of
 * the article and stays. A share bar outside a figure is left whole to
 * blocks.c, which reads its label and its network links together. */
#define SHARE_BUTTON_MAX_WORDS 4

static bool share_endpoint(const char *href)
{
    static const char *const paths[] = {
        "/pin/create", "/sharer", "/intent/tweet", "/intent/post", "/shareArticle",
        "/share-offsite", "/share?url=", "/share?text=", "/submit?url=", "/send?text=",
    };
    const char *path;

    if (!href || !(path = strstr(href, "://")) || !(path = strchr(path + 3, '/')))
        return false;
    for (size_t k = 0; k < sizeof(paths) / sizeof(paths[0]); k++)
        if (strstr(path, paths[k]))
            return true;
    return false;
}

/* Is node I inside a <figure> and not inside its <figcaption>? */
static bool in_figure_not_caption(const al_dom *dom, int i)
{
    for (int p = dom->nodes[i].parent; p >= 0; p = dom->nodes[p].parent) {
        if (dom->nodes[p].tag == GUMBO_TAG_FIGCAPTION)
            return false;
        if (dom->nodes[p].tag == GUMBO_TAG_FIGURE)
            return true;
    }
    return false;
}

static void drop_share_buttons(al_dom *dom)
{
    int i;

    for (i = 0; i < dom->count; i++) {
        char *text;
        bool button;

        if (dom->nodes[i].tag != GUMBO_TAG_A || (dom->nodes[i].flags & AL_NODE_DROP) ||
            !share_endpoint(al_dom_attr(dom, i, "href")) || !in_figure_not_caption(dom, i))
            continue;
        text = al_dom_text(dom, i, true);
        button = text && al_text_words(text) <= SHARE_BUTTON_MAX_WORDS && !has_sentence(text);
        free(text);
        if (button)
            drop_subtree(dom, i);
    }
}

/* A consent wall that sits in the page as a plain box (no class or id
 * that names it): an element before the article's first <h1> that holds
 * CONSENT_WALL_MIN_TOGGLES or more checkboxes (or role="switch" toggles)
 * and a button, and whose words speak of cookies and consent ("cookie",
 * and a word of [extract.embed_consent]: "toestemming", "Einwilligung",
 * "zgodę"). It asks the eye to choose purposes; nothing before the title
 * is a section of the article. A form inside the article (a poll, a
 * newsletter's topics) lies after the <h1>; a page with no <h1> is left
 * alone. (b48-nl-veerpont-app-banner-inlogmelding; pl-zgoda-przed-tytulem) */
#define CONSENT_WALL_MIN_TOGGLES 2

static bool toggle_node(const al_dom *dom, int j)
{
    const char *type = al_dom_attr(dom, j, "type"), *role = al_dom_attr(dom, j, "role");

    return (dom->nodes[j].tag == GUMBO_TAG_INPUT && type && !strcasecmp(type, "checkbox")) ||
           (role && !strcasecmp(role, "switch"));
}

static bool button_node(const al_dom *dom, int j)
{
    const char *type = al_dom_attr(dom, j, "type");

    return dom->nodes[j].tag == GUMBO_TAG_BUTTON ||
           (dom->nodes[j].tag == GUMBO_TAG_INPUT && type &&
            (!strcasecmp(type, "submit") || !strcasecmp(type, "button")));
}

static bool consent_wall(const al_dom *dom, int e)
{
    char *text = al_dom_text(dom, e, true), *key;
    bool wall;

    if (!text)
        return false;
    key = al_text_key(text);
    free(text);
    wall = key && strstr(key, "cookie") && al_block_key_has_table_word(key, "extract.embed_consent");
    free(key);
    return wall;
}

/* The toggles and buttons before the first <h1> are counted once, as
 * running sums over the nodes (a subtree is a range of them), so that
 * nested boxes cost no more than one pass. */
static void drop_consent_walls(al_dom *dom)
{
    int h1, *toggles, *buttons;

    for (h1 = 0; h1 < dom->count && dom->nodes[h1].tag != GUMBO_TAG_H1; h1++)
        ;
    if (h1 == dom->count || !(toggles = calloc((size_t)h1 + 1, sizeof(*toggles))))
        return;
    if (!(buttons = calloc((size_t)h1 + 1, sizeof(*buttons)))) {
        free(toggles);
        return;
    }
    for (int j = 0; j < h1; j++) {
        bool el = !(dom->nodes[j].flags & AL_NODE_TEXT);
        toggles[j + 1] = toggles[j] + (el && toggle_node(dom, j));
        buttons[j + 1] = buttons[j] + (el && button_node(dom, j));
    }
    for (int e = 0; e < h1; e++) {
        GumboTag t = dom->nodes[e].tag;
        int end = dom->nodes[e].end;

        if ((dom->nodes[e].flags & (AL_NODE_TEXT | AL_NODE_DROP)) || end > h1 ||
            !(t == GUMBO_TAG_SECTION || t == GUMBO_TAG_DIV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_FORM) ||
            toggles[end] - toggles[e + 1] < CONSENT_WALL_MIN_TOGGLES || buttons[end] - buttons[e + 1] < 1)
            continue;
        if (consent_wall(dom, e)) {
            drop_subtree(dom, e);
            e = end - 1;
        }
    }
    free(toggles);
    free(buttons);
}


int al_furniture_drop(al_dom *dom)
{
    int err;

    if ((err = drop_contents_boxes(dom)) < 0 || (err = drop_marks(dom)) < 0)
        return err;
    drop_numbered_notes(dom);
    drop_seek_stamps(dom);
    drop_embed_chrome(dom);
    drop_share_buttons(dom);
    drop_consent_walls(dom);
    return drop_skip_links(dom);
}
