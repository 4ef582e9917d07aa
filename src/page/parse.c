/*
 * parse.c - parse UTF-8 HTML into an al_dom: gumbo runs in a sandboxed
 * child (htmlparse.c), and this file rebuilds its tree from the flat form
 * the child wrote (nesting.h).
 *
 * That output is untrusted: a child that gumbo's bugs let a page take over
 * can write anything. So al_dom_from_flat() reads it through bounds-checked
 * getters, accepts only known node types and tags, strings that end in
 * their NUL inside the buffer, a depth that is exactly one below an open
 * element (which is how the parent links are found, by closing deeper
 * elements as in a pre-order walk), node and attribute counts no larger
 * than the child's memory budget could have built, and a final count that
 * matches; anything else fails the page. Strings are not copied: the
 * nodes point into the buffer, which the dom keeps. Text-node lengths and
 * comma counts are measured here once; al_dom_sum() (extract.c) adds them
 * up per subtree.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dom.h"
#include "nesting.h"

/* Characters of S with white space runs counted once; commas counted. */
static void measure_text(const char *s, unsigned *len, unsigned *commas)
{
    const unsigned char *p = (const unsigned char *)s;
    unsigned n = 0, c = 0;
    bool space = false;

    for (; *p; p++) {
        if (*p == ' ' || (*p >= 0x09 && *p <= 0x0D)) {
            if (!space)
                n++;
            space = true;
            continue;
        }
        space = false;
        if ((*p & 0xC0) != 0x80)
            n++;
        if (*p == ',')
            c++;
        else if (p[0] == 0xD8 && p[1] == 0x8C)                    /* U+060C arabic comma */
            c++;
        else if (p[0] == 0xEF && p[1] == 0xBC && p[2] == 0x8C)    /* U+FF0C fullwidth */
            c++;
        else if (p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x81)    /* U+3001 ideographic */
            c++;
    }
    *len = n;
    *commas = c;
}

/* Never read: scripts, metadata, embeds and controls. <noframes> and
 * <noembed> too: what a browser without frames or plug-ins would show, hidden
 * by every browser now; their content is raw text, so a fallback link in one
 * is its markup spelt out ("<a href=...>"). */
static bool is_always_dropped(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_APPLET: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_RP: case GUMBO_TAG_RT:
        return true;
    default:
        return false;
    }
}

bool al_dom_is_block_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CENTER: case GUMBO_TAG_MENU:
    case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP: case GUMBO_TAG_DIR:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_VIDEO: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_IMG: 
        return true;
    default:
        return false;
    }
}

const char *al_dom_attr(const al_dom *dom, int i, const char *name)
{
    const al_node *n = &dom->nodes[i];
    unsigned k;

    for (k = 0; k < n->attr_count; k++)
        if (strcasecmp(dom->attrs[n->attr + k].name, name) == 0)
            return dom->attrs[n->attr + k].value;
    return NULL;
}

bool al_dom_attr_has_token(const al_dom *dom, int i, const char *name, const char *token)
{
    const char *p = al_dom_attr(dom, i, name);
    size_t n = strlen(token);

    while (p && *p) {
        size_t len;

        p += strspn(p, " \t\n\r\f");
        len = strcspn(p, " \t\n\r\f");
        if (len == n && strncasecmp(p, token, n) == 0)
            return true;
        p += len;
    }
    return false;
}

/* Skip the spaces at P, then MARK if P starts with it. */
static const char *skip_mark(const char *p, const char *mark)
{
    size_t n = strlen(mark);

    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        p++;
    return strncmp(p, mark, n) == 0 ? p + n : p;
}

/* Pages written for XHTML wrap a script's JSON as a CDATA section or a
 * comment, often behind "//" so that old browsers' JavaScript skipped
 * the marks: "<![CDATA[ {...} ]]>". A JSON parser fails on the opening
 * mark and stops by itself at the closing brace, before the closing
 * mark: only the opening one is skipped. */
const char *al_dom_json_ld_text(const al_dom *dom, int i)
{
    const char *type = al_dom_attr(dom, i, "type"), *p;

    if ((dom->nodes[i].flags & AL_NODE_TEXT) || dom->nodes[i].tag != GUMBO_TAG_SCRIPT || !type ||
        strcasecmp(type, "application/ld+json") != 0 || i + 1 >= dom->nodes[i].end ||
        !(dom->nodes[i + 1].flags & AL_NODE_TEXT))
        return NULL;
    p = skip_mark(dom->nodes[i + 1].g->v.text.text, "//");
    p = skip_mark(skip_mark(p, "<![CDATA["), "<!--");
    return p;
}

/* hidden, aria-hidden="true", or an inline style that hides it. */
/* The utility classes that hide an element in the CSS frameworks pages
 * are built with: Bootstrap's "d-none", Tailwind's and Bootstrap 3's
 * "hidden" (the class name a script removes to show it), unless another
 * class shows it again at a breakpoint ("d-none d-md-block",
 * "hidden md:block": hidden on phones only, shown on a desktop). */
static bool hidden_by_class(const char *cls)
{
    const char *p = cls;
    bool none = false;

    while (*p) {
        size_t n;
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        n = strcspn(p, " \t\n");
        if ((n == 6 && strncmp(p, "d-none", 6) == 0) || (n == 6 && strncmp(p, "hidden", 6) == 0))
            none = true;
        else if (n > 2 && strncmp(p, "d-", 2) == 0 && memchr(p + 2, '-', n - 2))
            return false;                   /* d-sm-block, d-print-inline, ... */
        else if (memchr(p, ':', n))
            return false;                   /* md:block, lg:flex, ... */
        p += n;
    }
    return none;
}

/* An element with AMP's "fallback" attribute is shown only where its
 * media element (amp-video, amp-iframe, amp-list) cannot play or load: a
 * player's "Your browser does not support video", text inside a media
 * element, as a <video>'s own is. An element with role="tooltip" is a
 * popup shown only while the pointer or focus rests on the word it
 * explains (a glossary's "Endemics are species that ..."): hidden from
 * the eye until then, and read in the middle of the sentence it would
 * break (tests/pages/b24-ru-nauka-baikal-gubki-istochniki,
 * b25-en-gb-glossary-tooltip-terms). */
static bool is_hidden(const al_dom *dom, int i)
{
    const char *v;

    if (al_dom_attr(dom, i, "hidden") || al_dom_attr(dom, i, "fallback"))
        return true;
    if ((v = al_dom_attr(dom, i, "role")) && strcasecmp(v, "tooltip") == 0)
        return true;
    if ((v = al_dom_attr(dom, i, "aria-hidden")) && strcasecmp(v, "true") == 0)
        return true;
    if ((v = al_dom_attr(dom, i, "class")) != NULL && hidden_by_class(v))
        return true;
    if ((v = al_dom_attr(dom, i, "style")) != NULL) {
        char *f = al_text_fold(v), *q, *w;
        bool hidden = false;

        if (f) {
            for (q = w = f; *q; q++)      /* "display : none" -> "display:none" */
                if (*q != ' ')
                    *w++ = *q;
            *w = '\0';
            hidden = strstr(f, "display:none") || strstr(f, "visibility:hidden");
        }
        free(f);
        return hidden;
    }
    return false;
}

/* ---- reading the flat form --------------------------------------------- */

enum { FLAT_OK, FLAT_BAD, FLAT_OOM };

typedef struct {
    const char *p, *end;
    size_t node_cap, attr_cap, attr_count;
    size_t max_nodes, max_attrs;
    int open;              /* the deepest element that may still get children, or -1 */
} reader;

static bool get(reader *r, void *v, size_t n)
{
    if ((size_t)(r->end - r->p) < n)
        return false;
    memcpy(v, r->p, n);
    r->p += n;
    return true;
}

/* A string that ends with its NUL inside the buffer, or NULL. */
static const char *get_str(reader *r)
{
    uint32_t n;
    const char *s;

    if (!get(r, &n, sizeof(n)) || n == 0 || n > (size_t)(r->end - r->p) || r->p[n - 1] != '\0')
        return NULL;
    s = r->p;
    r->p += n;
    return s;
}

static int grow(void **p, size_t cap, size_t size)
{
    void *q = realloc(*p, cap * size);

    if (!q)
        return FLAT_OOM;
    *p = q;
    return FLAT_OK;
}

static int read_attrs(al_dom *dom, reader *r, al_node *n)
{
    uint32_t count, k;

    /* each attribute takes at least two empty strings, 10 bytes */
    if (!get(r, &count, sizeof(count)) || count > (size_t)(r->end - r->p) / 10 ||
        count > r->max_attrs - r->attr_count)
        return FLAT_BAD;
    if (r->attr_count + count > r->attr_cap) {
        size_t cap = r->attr_cap ? r->attr_cap : 1024;
        while (cap < r->attr_count + count)
            cap *= 2;
        if (grow((void **)&dom->attrs, cap, sizeof(al_attr)) != FLAT_OK)
            return FLAT_OOM;
        r->attr_cap = cap;
    }
    n->attr = (unsigned)r->attr_count;
    n->attr_count = count;
    for (k = 0; k < count; k++) {
        al_attr *a = &dom->attrs[r->attr_count++];
        if (!(a->name = get_str(r)) || !(a->value = get_str(r)))
            return FLAT_BAD;
    }
    return FLAT_OK;
}

/* One node record (its type byte read) into node dom->count. */
static int read_node(al_dom *dom, reader *r, unsigned type)
{
    bool text = type == GUMBO_NODE_TEXT || type == GUMBO_NODE_WHITESPACE || type == GUMBO_NODE_CDATA;
    bool element = type == GUMBO_NODE_ELEMENT || type == GUMBO_NODE_TEMPLATE;
    int i = dom->count, err;
    uint32_t depth;
    uint16_t tag;
    al_node *n;

    if (!get(r, &depth, sizeof(depth)) || (size_t)i >= r->max_nodes)
        return FLAT_BAD;
    if (type == GUMBO_NODE_DOCUMENT ? i != 0 || depth != 0 : i == 0 || !(text || element))
        return FLAT_BAD;
    /* the parent is the open element one level up: close the deeper ones */
    while (r->open >= 0 && (uint32_t)dom->nodes[r->open].depth >= depth) {
        dom->nodes[r->open].end = i;
        r->open = dom->nodes[r->open].parent;
    }
    if (i > 0 && (r->open < 0 || (uint32_t)dom->nodes[r->open].depth + 1 != depth))
        return FLAT_BAD;
    if ((size_t)i == r->node_cap) {
        size_t cap = r->node_cap ? r->node_cap * 2 : 1024;
        if (grow((void **)&dom->nodes, cap, sizeof(al_node)) != FLAT_OK ||
            grow((void **)&dom->gnodes, cap, sizeof(al_gnode)) != FLAT_OK)
            return FLAT_OOM;
        r->node_cap = cap;
    }
    n = &dom->nodes[i];
    memset(n, 0, sizeof(*n));
    memset(&dom->gnodes[i], 0, sizeof(dom->gnodes[i]));
    dom->gnodes[i].type = (GumboNodeType)type;
    n->parent = i > 0 ? r->open : -1;
    n->depth = (int)depth;
    n->end = i + 1;
    n->tag = GUMBO_TAG_UNKNOWN;
    if (text) {
        if (!(dom->gnodes[i].v.text.text = get_str(r)))
            return FLAT_BAD;
        n->flags |= AL_NODE_TEXT;
        measure_text(dom->gnodes[i].v.text.text, &n->text_len, &n->commas);
    } else {
        if (element) {
            if (!get(r, &tag, sizeof(tag)) || tag >= GUMBO_TAG_LAST)
                return FLAT_BAD;
            n->tag = (GumboTag)tag;
            if ((err = read_attrs(dom, r, n)) != FLAT_OK)
                return err;
            if (al_dom_is_block_tag(n->tag))
                n->flags |= AL_NODE_BLOCK;
            if (n->tag == GUMBO_TAG_HTML) dom->html = i;
            if (n->tag == GUMBO_TAG_HEAD) dom->head = i;
            if (n->tag == GUMBO_TAG_BODY) dom->body = i;
        }
        r->open = i;
    }
    dom->count++;
    return FLAT_OK;
}

int al_dom_from_flat(al_dom *dom, char *flat, size_t len, size_t max_memory, const char *name)
{
    reader r = { flat, flat ? flat + len : NULL, 0, 0, 0, max_memory / sizeof(GumboNode),
                 max_memory / sizeof(GumboAttribute), -1 };
    uint8_t type = 0;
    uint32_t count;
    int rc = FLAT_OK, i, err;

    memset(dom, 0, sizeof(*dom));
    dom->html = dom->head = dom->body = dom->ld_container = -1;
    dom->flat = flat;
    if (r.max_nodes > INT_MAX - 1)
        r.max_nodes = INT_MAX - 1;
    if (r.max_attrs > UINT_MAX)
        r.max_attrs = UINT_MAX;
    while (rc == FLAT_OK && type != AL_FLAT_END) {
        if (!flat || !get(&r, &type, 1))
            rc = FLAT_BAD;
        else if (type != AL_FLAT_END)
            rc = read_node(dom, &r, type);
    }
    if (rc == FLAT_OK && (!get(&r, &count, sizeof(count)) || count != (uint32_t)dom->count ||
                          dom->count == 0 || r.p != r.end))
        rc = FLAT_BAD;
    if (rc != FLAT_OK) {
        err = rc == FLAT_OOM ? al_error_oom()
            : al_error_set(ALOUD_ERROR, "%s: the HTML parser's output is malformed (at byte %zu "
                           "of %zu): the page cannot be read", name ? name : "input",
                           flat ? (size_t)(r.p - flat) : 0, len);
        al_dom_free(dom);
        return err;
    }
    while (r.open >= 0) {
        dom->nodes[r.open].end = dom->count;
        r.open = dom->nodes[r.open].parent;
    }
    for (i = 0; i < dom->count; i++)
        dom->nodes[i].g = &dom->gnodes[i];
    return ALOUD_OK;
}

/* ---- marks ----------------------------------------------------------------- */

/* Links that lead away: not "#section" anchors or "javascript:" handlers.
 * A bare "#" is a link whose target a script sets (a card's headline, a
 * related story in a template), no anchor in the page: it counts, as
 * Readability's link density counts it (only "#name" is weighed less). */
static bool is_real_link(const char *href)
{
    if (!href)
        return false;
    while (*href == ' ' || *href == '\t' || *href == '\n')
        href++;
    if (href[0] == '#' && (href[1] == '\0' || href[1] == ' '))
        return true;
    return *href && *href != '#' && strncasecmp(href, "javascript:", 11) != 0;
}

/* Flags that follow from the markup alone: dropped tags, hidden nodes,
 * links, formulas (and what the page's own <style>s hide, css.c). Parents
 * come before children, so flags inherit in one pass. */
static void mark_static(al_dom *dom)
{
    int i;

    for (i = 0; i < dom->count; i++) {
        al_node *n = &dom->nodes[i];
        unsigned inherited = n->parent >= 0 ? dom->nodes[n->parent].flags & (AL_NODE_DROP | AL_NODE_LINK) : 0;

        n->flags |= inherited;
        if (n->flags & AL_NODE_TEXT)
            continue;
        if (is_always_dropped(n->tag) || (n->g->type == GUMBO_NODE_ELEMENT && is_hidden(dom, i)))
            n->flags |= AL_NODE_DROP;
        if (n->tag == GUMBO_TAG_A && is_real_link(al_dom_attr(dom, i, "href")))
            n->flags |= AL_NODE_LINK;
    }
    al_css_mark_hidden(dom);          /* and what the page's style sheets hide */
    /* children come after parents: one backward pass marks the ancestors
     * of every formula */
    for (i = dom->count - 1; i >= 0; i--) {
        al_node *n = &dom->nodes[i];
        if (n->tag == GUMBO_TAG_MATH && !(n->flags & AL_NODE_TEXT))
            n->flags |= AL_NODE_MATH;
        if ((n->flags & AL_NODE_MATH) && n->parent >= 0)
            dom->nodes[n->parent].flags |= AL_NODE_MATH;
    }
}

int al_dom_parse(al_dom *dom, char *utf8, size_t len, const char *name)
{
    char *flat = NULL;
    size_t flat_len = 0, budget;
    int err;

    memset(dom, 0, sizeof(*dom));
    /* no page may make gumbo quadratic or huge (nesting.c): bounded depth,
     * elements, memory and time */
    if ((err = al_html_bound(&utf8, &len, name)) < 0)
        goto cleanup;
    budget = al_html_memory_limit(len);
    if ((err = al_html_parse(&flat, &flat_len, utf8, len, budget, name)) < 0)
        goto cleanup;
    free(utf8);                  /* every string the dom needs is in FLAT */
    utf8 = NULL;
    if ((err = al_dom_from_flat(dom, flat, flat_len, budget, name)) < 0)
        goto cleanup;
    mark_static(dom);
    return ALOUD_OK;
cleanup:
    free(utf8);
    return err;
}

void al_dom_free(al_dom *dom)
{
    free(dom->nodes);
    free(dom->gnodes);
    free(dom->attrs);
    free(dom->flat);
    memset(dom, 0, sizeof(*dom));
}

char *al_dom_text_less_jump(const al_dom *dom, int i)
{
    char *text = al_dom_text(dom, i, true);

    for (int j = i + 1; text && j < dom->nodes[i].end; j++) {
        const char *href;
        char *link;
        size_t n, ln;
        if (dom->nodes[j].tag != GUMBO_TAG_A || (dom->nodes[j].flags & AL_NODE_TEXT) ||
            !(href = al_dom_attr(dom, j, "href")) || href[0] != '#' || !href[1])
            continue;
        link = al_dom_text(dom, j, true);
        n = strlen(text);
        ln = link ? strlen(link) : 0;
        if (ln && n > ln + 1 && strcmp(text + n - ln, link) == 0 && text[n - ln - 1] == ' ') {
            text[n - ln - 1] = '\0';
            j = dom->nodes[i].end;
        }
        free(link);
    }
    return text;
}

char *al_dom_text(const al_dom *dom, int i, bool skip_dropped)
{
    return al_dom_text_masked(dom, i, skip_dropped ? AL_NODE_DROP | AL_NODE_JUNK : 0);
}

/* The text of node I's subtree without the subtrees flagged in MASK; a
 * block or a <br> between two texts is a space, or with LINES a line
 * break. */
static char *dom_text(const al_dom *dom, int i, unsigned mask, bool lines)
{
    al_buf b = AL_BUF_INIT;
    bool space = false, line = false;
    int j;

    for (j = i; j < dom->nodes[i].end; j++) {
        const al_node *n = &dom->nodes[j];

        if (n->flags & mask) {
            j = n->end - 1;
            continue;
        }
        if (n->flags & AL_NODE_TEXT) {
            const char *t = n->g->v.text.text;
            if (line) {             /* the first text after a block or <br> */
                t += strspn(t, " \t\r\n\f");
                if (!*t)
                    continue;
                if (b.len > 0) {
                    al_buf_putc(&b, '\n');
                    space = false;
                }
                line = false;       /* (the element itself may be the block) */
            }
            al_text_append_normalized(&b, t, strlen(t), &space);
        } else if (n->flags & AL_NODE_BLOCK || n->tag == GUMBO_TAG_BR) {
            if (lines)
                line = true;
            else
                space = true;
        }
    }
    return al_buf_detach(&b);
}

char *al_dom_text_masked(const al_dom *dom, int i, unsigned mask)
{
    return dom_text(dom, i, mask, false);
}

char *al_dom_text_lines(const al_dom *dom, int i, unsigned mask)
{
    return dom_text(dom, i, mask, true);
}

int al_dom_prev_element(const al_dom *dom, int i)
{
    int p = dom->nodes[i].parent, k = i - 1;

    /* back from the node before I, up to the child of P it lies in: the
     * depth of the tree, not a walk over all the siblings before I (a
     * page of 20,000 <div>s side by side, each asked) */
    while (p >= 0 && k > p) {
        while (dom->nodes[k].parent != p)
            k = dom->nodes[k].parent;
        if (!(dom->nodes[k].flags & AL_NODE_TEXT))
            return k;
        k--;
    }
    return -1;
}

bool al_dom_class_has(const al_dom *dom, int i, const char *word)
{
    const char *c = al_dom_attr(dom, i, "class"), *id = al_dom_attr(dom, i, "id");

    return (c && al_text_casestr(c, word)) || (id && al_text_casestr(id, word));
}

double al_dom_link_density(const al_dom *dom, int i)
{
    const al_node *n = &dom->nodes[i];

    return n->text_len ? (double)n->link_len / n->text_len : 0.0;
}
